/**
 * Small helpers the policies share: config with defaults, the stack of a URN, type filters for the
 * dynamic Konnect resources, and tolerant reads of values that may be unknown during preview.
 */
import { PolicyResource, ResourceValidation, ResourceValidationArgs, UnknownValueError } from "./policySdk";
import { isManagementApiAudience } from "./auth0Facts";
import { AUTH0_CLIENT_GRANT } from "./resourceTypes";

/**
 * The policy's config over its defaults. The CLI applies the schema's `default`s before handing config to
 * the pack, but a policy must not depend on that (older CLIs, hand-written config files), so each policy
 * passes the same defaults its schema declares.
 */
export function configOf<T extends object>(args: { getConfig<C extends object>(): C }, defaults: T): T {
    const given = args.getConfig<Partial<T>>() ?? {};
    const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
    for (const [key, value] of Object.entries(given)) {
        if (value !== undefined && value !== null) merged[key] = value;
    }
    return merged as T;
}

/** The stack name in a URN, `urn:pulumi:<stack>::<project>::<type>::<name>`; undefined if it is not one. */
export function stackOfUrn(urn: string): string | undefined {
    const match = /^urn:pulumi:([^:]+)::/.exec(urn);
    return match?.[1];
}

/**
 * A resource validation that runs only for the given type tokens (the dynamic Konnect resources have no
 * SDK class to pass to `validateResourceOfType`). Like the SDK helper, a single token is attached as
 * `__pulumiType`, so the engine skips other resources without calling the function.
 */
export function validateTypes(
    types: readonly string[],
    validate: (
        props: Record<string, any>,
        args: ResourceValidationArgs,
        report: (message: string) => void,
    ) => void | Promise<void>,
): ResourceValidation {
    const fn: ResourceValidation & { __pulumiType?: string } = (args, reportViolation) => {
        if (!types.includes(args.type)) {
            args.notApplicable(`Policy only applies to resources of type ${types.map((t) => `'${t}'`).join(", ")}`);
        }
        return validate(args.props, args, (message) => reportViolation(message, args.urn));
    };
    if (types.length === 1) fn.__pulumiType = types[0];
    return fn;
}

/**
 * Reads a value that may be unknown during preview; `undefined` when it is. For checks that have a
 * fallback (e.g. a link through dependencies); everything else lets the engine report the unknown.
 */
export function known<T>(read: () => T): T | undefined {
    try {
        return read();
    } catch (e) {
        if (e instanceof UnknownValueError) return undefined;
        throw e;
    }
}

/** An absolute URI: a scheme, `://`, a host, and no whitespace. */
export function isAbsoluteUri(value: unknown): value is string {
    if (typeof value !== "string" || /\s/.test(value) || !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.test(value)) return false;
    try {
        return new URL(value).host !== "";
    } catch {
        return false;
    }
}

/** A string list from a prop that may be missing or not a list. */
export function stringList(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** `a, b, c` for messages. */
export function listed(values: readonly string[]): string {
    return values.join(", ");
}

/** The canonical tenant domain of a Management API audience (`https://<domain>/api/v2/`). */
export function domainOfManagementApiAudience(audience: string): string | undefined {
    return isManagementApiAudience(audience) ? new URL(audience).hostname.toLowerCase() : undefined;
}

/** The Management API grants among a stack's resources. */
export function managementApiGrants(resources: readonly PolicyResource[]): PolicyResource[] {
    return resources.filter(
        (r) =>
            r.type === AUTH0_CLIENT_GRANT &&
            typeof r.props.audience === "string" &&
            isManagementApiAudience(r.props.audience),
    );
}

/**
 * The resources of `types` that `resource` depends on through `property` (the engine's property
 * dependencies), falling back to all its dependencies when the engine did not record per-property ones.
 */
export function linkedResources(
    resource: PolicyResource,
    property: string,
    types: readonly string[],
): PolicyResource[] {
    const byProperty = resource.propertyDependencies?.[property] ?? [];
    const candidates = byProperty.length > 0 ? byProperty : resource.dependencies;
    return candidates.filter((d) => types.includes(d.type));
}

/** A short, stable label for a resource in messages: `<type> "<name>"`. */
export function describe(resource: { type: string; name: string }): string {
    return `${resource.type.split(":").pop()} "${resource.name}"`;
}
