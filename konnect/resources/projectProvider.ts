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

/** The package export the thin providers load; `package.json` maps it to `dynamic/entry.js`. */
export const DYNAMIC_PROVIDERS_EXPORT = "konnect-auth0-dcr/dynamic-providers";

/**
 * A provider for `kind` whose methods load the implementation when called. Everything the methods capture is
 * serialized with them: only `kind` and `load` (which uses Node's own `module` and `path`).
 */
export function projectProvider<I, O>(kind: DynamicKind): pulumi.dynamic.ResourceProvider<I, O> {
    // A require at call time, from the provider host's working directory (the program's): the implementation is
    // whatever the project holds now. A static import would be serialized with the provider.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const load = (): Required<pulumi.dynamic.ResourceProvider<I, O>> =>
        require("module")
            .createRequire(require("path").join(process.cwd(), "package.json"))(DYNAMIC_PROVIDERS_EXPORT)
            .provider(kind);
    /* eslint-enable @typescript-eslint/no-require-imports */
    return {
        check: (olds, news) => load().check(olds, news),
        diff: (id, olds, news) => load().diff(id, olds, news),
        create: (inputs) => load().create(inputs),
        read: (id, props) => load().read(id, props),
        update: (id, olds, news) => load().update(id, olds, news),
        delete: (id, props) => load().delete(id, props),
    };
}
