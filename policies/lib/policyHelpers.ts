/**
 * Small helpers the policies share: config with defaults, the stack and project of a URN, owner labels, type filters for the
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

/** The project name in a URN, `urn:pulumi:<stack>::<project>::<type>::<name>`; undefined if it is not one. */
export function projectOfUrn(urn: string): string | undefined {
    const match = /^urn:pulumi:[^:]+::([^:]+)::/.exec(urn);
    return match?.[1];
}

/** Konnect label values: 1-63 characters, alphanumeric at both ends, `-`, `.`, `_` inside. */
const LABEL_VALUE = /^[a-z0-9A-Z]([a-z0-9A-Z-._]*[a-z0-9A-Z]+)?$/;

/**
 * Whether an owner label (`pulumi-project`, `pulumi-stack`) names `name` the way the providers write it: the name
 * itself when it is a valid label value, else its label-safe form cut to 54 characters, `-` and 8 hex digits of
 * its SHA-256 (not recomputed here: the pack imports no hashing module, so any 8 hex digits pass).
 */
export function ownerLabelNames(label: unknown, name: string): boolean {
    if (typeof label !== "string") return false;
    if (name.length <= 63 && LABEL_VALUE.test(name)) return label === name;
    const prefix = name
        .replace(/[^a-z0-9A-Z-._]/g, "-")
        .slice(0, 54)
        .replace(/^[^a-z0-9A-Z]+/, "")
        .replace(/[^a-z0-9A-Z]+$/, "");
    const hash = /^(?:(.+)-)?[0-9a-f]{8}$/.exec(label);
    return hash !== null && (hash[1] ?? "") === prefix;
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
