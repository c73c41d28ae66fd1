/**
 * The provider object every dynamic resource of the stack registers: a few lines that, on each call, load the
 * implementation from the project checked out where `pulumi` runs (package `konnect-auth0-dcr`, export
 * `./dynamic-providers`, see `dynamic/entry.js`).
 *
 * Why: Pulumi serializes a dynamic resource's provider object into the state, and its Node.js host runs `delete`
 * and `read` with the text stored at the resource's last create or update. A provider that carried its
 * implementation (the Konnect client, payloads, checks) put about 150-190 KiB of code in each resource's state and
 * ran yesterday's code on `destroy` and `refresh`. This one carries its kind's name and a lookup, so every
 * operation runs today's code and a resource's state holds little more than its inputs and outputs.
 *
 * The lookup resolves the package by name from the working directory of the provider host, which the engine starts
 * in the program's directory: no absolute path (or machine name) is ever stored.
 */
import type * as pulumi from "@pulumi/pulumi";

/** The stack's dynamic resource kinds, as `dynamic/providers.ts` serves them. Stored in state: never rename one. */
export type DynamicKind =
    | "DcrProvider"
    | "ApplicationAuthStrategy"
    | "PortalAuthStrategyBinding"
    | "ApiPublicationAuthStrategy"
    | "DcrVerification";

/** The provider methods the engine may call. */
export type ProviderMethod = "check" | "diff" | "create" | "read" | "update" | "delete";
const ALL_METHODS: readonly ProviderMethod[] = ["check", "diff", "create", "read", "update", "delete"];

/**
 * A provider for `kind` whose `methods` (all unless said) load the implementation when called. A method left out is
 * one the host's own default does the same as the implementation (the verification's `read` and `delete`): each one
 * costs the state about 400 bytes. Everything the methods capture is serialized with them: `kind`, the method's name
 * and `run` (which uses only Node's own `module` and `path`).
 */
export function projectProvider<I, O>(
    kind: DynamicKind,
    methods: readonly ProviderMethod[] = ALL_METHODS,
): pulumi.dynamic.ResourceProvider<I, O> {
    // A require at call time, from the provider host's working directory (the program's): the implementation is
    // whatever the project holds now. A static import would be serialized with the provider.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const run = (method: ProviderMethod, args: unknown[]) => {
        const load = require("module").createRequire(require("path").join(process.cwd(), "package.json"));
        const implementation = load("konnect-auth0-dcr/dynamic-providers").provider(kind);
        return implementation[method](...args);
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
    return Object.fromEntries(
        methods.map((method) => [method, (...args: unknown[]) => run(method, args)]),
    ) as unknown as pulumi.dynamic.ResourceProvider<I, O>;
}
