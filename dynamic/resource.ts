/**
 * The stack's dynamic resources: `pulumi-nodejs:dynamic/konnect:<kind>` resources whose provider, as the state keeps
 * it (`__provider`), is one line that loads the implementation from the project checked out where `pulumi` runs
 * (package `konnect-auth0-dcr`, export `./dynamic-providers`: `dynamic/entry.js`).
 *
 * Why: the Node.js dynamic-provider host runs `delete` and `read` with the provider text stored at the resource's last
 * create or update. `pulumi.dynamic.Resource` stores the provider object's closure-serialized code: 150-210 KiB of
 * the Konnect client and payloads in each resource's state, and yesterday's code on `destroy` and `refresh`. This
 * text names only the kind, so every operation runs today's code, the state holds little more than the inputs and
 * outputs, and no closure serializer runs at all.
 *
 * The package is resolved by name from the working directory of the provider host, which the engine starts in the
 * program's directory: no absolute path (or machine name) is ever stored.
 */
import * as pulumi from "@pulumi/pulumi";

/** The stack's dynamic resource kinds, as `dynamic/providers.ts` serves them. Stored in state: never rename one. */
export type DynamicKind =
    | "DcrProvider"
    | "ApplicationAuthStrategy"
    | "PortalAuthStrategyBinding"
    | "ApiPublicationAuthStrategy"
    | "DcrVerification"
    | "GeneratedClientSecret";

/** The module of each kind's type token, `pulumi-nodejs:dynamic/<module>:<kind>`. Part of the URN: never change one. */
const MODULE_OF: Record<DynamicKind, "konnect" | "auth0"> = {
    DcrProvider: "konnect",
    ApplicationAuthStrategy: "konnect",
    PortalAuthStrategyBinding: "konnect",
    ApiPublicationAuthStrategy: "konnect",
    DcrVerification: "konnect",
    GeneratedClientSecret: "auth0",
};

/** The input in which the engine keeps a dynamic resource's provider (as `pulumi.dynamic.Resource` names it). */
export const PROVIDER_CODE_KEY = "__provider";

/**
 * The provider module the host loads for `kind` (require-from-string, then `handler()`): the implementation the
 * project holds now, resolved when the host first needs it.
 */
export function providerModule(kind: DynamicKind): string {
    return (
        'exports.handler = () => require("module").createRequire(require("path").join(process.cwd(), "package.json"))' +
        `("konnect-auth0-dcr/dynamic-providers").provider(${JSON.stringify(kind)});\n`
    );
}

/**
 * A dynamic resource of the stack: the type token and provider input `pulumi.dynamic.Resource` would register, with
 * `providerModule(kind)` as the provider.
 */
export abstract class ProjectDynamicResource extends pulumi.CustomResource {
    /**
     * @param kind the resource kind (its type is `pulumi-nodejs:dynamic/<module>:<kind>`, see `MODULE_OF`)
     * @param name the _unique_ name of the resource
     * @param props its inputs, and its outputs as `undefined`
     * @param opts resource options
     */
    protected constructor(kind: DynamicKind, name: string, props: pulumi.Inputs, opts?: pulumi.CustomResourceOptions) {
        super(
            `pulumi-nodejs:dynamic/${MODULE_OF[kind]}:${kind}`,
            name,
            { ...props, [PROVIDER_CODE_KEY]: providerModule(kind) },
            opts,
        );
    }
}
