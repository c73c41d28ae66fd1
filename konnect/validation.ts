/**
 * Input checks for the Konnect resources, run by the providers' `check` before anything is sent.
 * Values not yet known during a preview are skipped. Failures never quote the initial client secret.
 */
import { AUTH_METHODS, isUuid } from "./vocabulary";
import { isAllowedKonnectServerUrl, KONNECT_SERVER_URL_FORMS, parseSecureUrl } from "./endpoints";
import { labelProblems } from "./payloads";

/** Pulumi's placeholder for a value that is not known yet (preview). */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True when the value, or anything inside it, is not known yet. */
export function containsUnknown(value: unknown): boolean {
    if (value === UNKNOWN_VALUE) return true;
    if (Array.isArray(value)) return value.some(containsUnknown);
    if (typeof value === "object" && value !== null) return Object.values(value).some(containsUnknown);
    return false;
}

/** One invalid input, as Pulumi's check reports it. */
export interface InputFailure {
    readonly property: string;
    readonly reason: string;
}

/** Collects failures; each rule is skipped when its value is unknown. */
interface Checker {
    readonly failures: InputFailure[];
    /** Runs `rule` on a known value; `optional` values may be absent. */
    rule(property: string, optional: boolean, rule: (value: unknown) => string | undefined): void;
}

// A closure rather than a class: Pulumi's closure serializer drops class field initializers.
function checker(inputs: Record<string, unknown>): Checker {
    const failures: InputFailure[] = [];
    return {
        failures,
        rule(property, optional, rule) {
            const value = inputs[property];
            if (containsUnknown(value)) return;
            if (value === undefined || value === null) {
                if (!optional) failures.push({ property, reason: `${property} is required` });
                return;
            }
            const reason = rule(value);
            if (reason) failures.push({ property, reason });
        },
    };
}

function text(min: number, max: number, what: string) {
    return (value: unknown) => {
        if (typeof value !== "string") return `${what} must be a string`;
        if (value.trim().length < min || value.length > max)
            return `${what} must be ${min} to ${max} characters long, got ${value.length}`;
        return undefined;
    };
}

function httpsUrl(what: string, allowLoopbackHttp: boolean, allowPath: boolean) {
    return (value: unknown) => {
        if (typeof value !== "string") return `${what} must be a string`;
        let url: URL;
        try {
            url = new URL(value);
        } catch {
            return `${what} must be an absolute URL, got ${JSON.stringify(value)}`;
        }
        if (url.protocol !== "https:" && !(allowLoopbackHttp && parseSecureUrl(value))) {
            return `${what} must use https, got ${JSON.stringify(value)}`;
        }
        if (value.endsWith("/"))
            return `${what} must not end with "/" (Konnect compares issuers literally), got ${JSON.stringify(value)}`;
        if (!allowPath && url.pathname !== "/") return `${what} must have no path, got ${JSON.stringify(value)}`;
        if (url.search || url.hash || url.username)
            return `${what} must have no query, fragment or credentials, got ${JSON.stringify(value)}`;
        if (value.length > 256) return `${what} must be at most 256 characters long`;
        return undefined;
    };
}

function uuid(what: string) {
    return (value: unknown) =>
        typeof value === "string" && isUuid(value) ? undefined : `${what} must be a UUID, got ${JSON.stringify(value)}`;
}

function list(what: string, minItems: number, maxItems: number, maxLength: number, allowed?: readonly string[]) {
    return (value: unknown) => {
        if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
            return `${what} must be a list of strings`;
        if (value.length < minItems || value.length > maxItems)
            return `${what} must have ${minItems} to ${maxItems} entries, got ${value.length}`;
        const tooLong = value.find((v: string) => v.length === 0 || v.length > maxLength);
        if (tooLong !== undefined)
            return `${what} entries must be 1 to ${maxLength} characters long, got ${JSON.stringify(tooLong)}`;
        const unknown = allowed ? value.filter((v: string) => !allowed.includes(v)) : [];
        if (unknown.length > 0)
            return `${what} has unsupported entries ${unknown.join(", ")}; allowed: ${allowed!.join(", ")}`;
        return undefined;
    };
}

function labels(value: unknown): string | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return "labels must be a map of strings";
    const problems = labelProblems(value as Record<string, unknown>);
    return problems.length ? problems.join("; ") : undefined;
}

function serverUrl(c: Checker): void {
    // Not quoted: the provider sends the token there, so say only which forms are allowed.
    c.rule("serverUrl", false, (v) =>
        typeof v === "string" && isAllowedKonnectServerUrl(v)
            ? undefined
            : `serverUrl (where the Konnect token is sent) must be ${KONNECT_SERVER_URL_FORMS}`,
    );
}

function portalKind(c: Checker): void {
    c.rule("portalKind", false, (v) =>
        v === "v3" || v === "classic" ? undefined : `portalKind must be "v3" or "classic", got ${JSON.stringify(v)}`,
    );
}

/** Checks the inputs of a DcrProvider. */
export function checkDcrProviderInputs(inputs: Record<string, unknown>): InputFailure[] {
    const c = checker(inputs);
    serverUrl(c);
    c.rule("name", false, text(1, 256, "name"));
    c.rule("displayName", true, text(1, 256, "displayName"));
    c.rule(
        "issuer",
        false,
        httpsUrl("issuer (the Auth0 tenant or custom domain, e.g. https://acme.us.auth0.com)", false, false),
    );
    c.rule("initialClientId", false, text(1, 256, "initialClientId"));
    // Checked without quoting the value, which is a secret.
    c.rule("initialClientSecret", false, (v) => {
        if (typeof v === "string" && v.trim() === "") {
            // Auth0 returns the secret as "" to credentials without read:client_keys: say so rather than send it.
            return (
                "initialClientSecret is empty: Auth0 hides the DCR admin app's client secret from Pulumi's own Auth0 " +
                "credentials unless their Management API grant includes read:client_keys (or read:client_credentials)"
            );
        }
        return typeof v === "string" && v.length <= 256
            ? undefined
            : "initialClientSecret must be a non-empty string of at most 256 characters";
    });
    c.rule("initialClientAudience", true, (v) =>
        v === ""
            ? undefined
            : httpsUrl(
                  "initialClientAudience (the Auth0 Management API audience, https://TENANT.REGION.auth0.com/api/v2/)",
                  false,
                  true,
              )(typeof v === "string" ? v.replace(/\/$/, "") : v),
    );
    c.rule("useDeveloperManagedScopes", true, (v) =>
        typeof v === "boolean" ? undefined : "useDeveloperManagedScopes must be true or false",
    );
    c.rule("labels", false, labels);
    return c.failures;
}

/** Checks the inputs of an ApplicationAuthStrategy. */
export function checkAuthStrategyInputs(inputs: Record<string, unknown>): InputFailure[] {
    const c = checker(inputs);
    serverUrl(c);
    c.rule("name", false, text(1, 256, "name"));
    c.rule("displayName", false, text(1, 256, "displayName"));
    c.rule(
        "issuer",
        false,
        httpsUrl("issuer (the Auth0 tenant or custom domain, e.g. https://acme.us.auth0.com)", false, false),
    );
    c.rule("audience", false, text(1, 256, "audience"));
    c.rule("scopes", false, list("scopes", 1, 50, 128));
    c.rule("credentialClaim", false, list("credentialClaim", 1, 10, 128));
    c.rule("authMethods", false, list("authMethods", 1, 10, 64, AUTH_METHODS));
    c.rule("dcrProviderId", false, uuid("dcrProviderId"));
    c.rule("labels", false, labels);
    return c.failures;
}

/** Checks the inputs of a PortalAuthStrategyBinding. */
export function checkBindingInputs(inputs: Record<string, unknown>): InputFailure[] {
    const c = checker(inputs);
    serverUrl(c);
    c.rule("portalId", false, uuid("portalId"));
    portalKind(c);
    c.rule("authStrategyId", false, uuid("authStrategyId"));
    return c.failures;
}

/** Checks the inputs of an ApiPublicationAuthStrategy. */
export function checkPublicationInputs(inputs: Record<string, unknown>): InputFailure[] {
    const c = checker(inputs);
    serverUrl(c);
    c.rule("portalId", false, uuid("portalId"));
    portalKind(c);
    c.rule("apiId", false, uuid("apiId (the API's id, or the API product version's id on a classic portal)"));
    c.rule("authStrategyId", false, uuid("authStrategyId"));
    return c.failures;
}

/** Checks the inputs of a DcrVerification. */
export function checkVerificationInputs(inputs: Record<string, unknown>): InputFailure[] {
    const c = checker(inputs);
    serverUrl(c);
    c.rule("dcrProviderId", false, uuid("dcrProviderId"));
    c.rule("authStrategyId", false, uuid("authStrategyId"));
    c.rule(
        "issuer",
        false,
        httpsUrl("issuer (the Auth0 tenant or custom domain, e.g. https://acme.us.auth0.com)", true, false),
    );
    for (const key of ["dcrProviderName", "initialClientId", "initialClientSecretHash", "audience", "bindingId"]) {
        c.rule(key, false, text(1, 1024, key));
    }
    return c.failures;
}
