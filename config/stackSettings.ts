/**
 * Reads and checks the whole stack configuration before any resource is registered.
 *
 * `validateStackConfig` is pure: it takes the raw strings of the stack's configuration (as
 * `pulumi config` stores them) and either returns typed settings or throws one
 * `StackConfigError` that lists every bad key with what it got and the form it expects.
 * Nothing is half-applied: the program registers no resource until this has passed.
 */
import {
    isAuth0HostedDomain,
    isHostname,
    isManagementApiAudience,
    konnectIssuer,
    managementApiAudience,
    parseTenantDomain,
    TenantDomain,
} from "../auth0/domains";
import {
    AUTH_METHODS,
    AuthMethod,
    isUuid,
    KONNECT_REGIONS,
    KonnectRegion,
    KonnectTokenSource,
    PORTAL_KINDS,
    PortalKind,
} from "../konnect/vocabulary";

export const PROJECT = "konnect-auth0-dcr";

export const ENVIRONMENTS = ["dev", "staging", "prod"] as const;
export type EnvironmentName = (typeof ENVIRONMENTS)[number];

/**
 * Every project configuration key (without the `konnect-auth0-dcr:` prefix), with the Auth0 provider's
 * `auth0:domain` under its full name. `Pulumi.yaml` declares the same keys; a test keeps the two in step.
 */
export const CONFIG_KEYS = [
    "auth0:domain",
    "environment",
    "auth0CustomDomain",
    "portalAudience",
    "portalAudienceName",
    "createPortalAudience",
    "developerManagedScopes",
    "protectResources",
    "konnectRegion",
    "konnectServerUrl",
    "konnectToken",
    "konnectPortalId",
    "konnectPortalKind",
    "konnectDcrProviderName",
    "konnectAuthStrategyName",
    "konnectAuthStrategyDisplayName",
    "konnectAuthMethods",
    "postDeployVerification",
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/** The raw configuration: each key's string value as stored, or undefined when unset. */
export type RawStackConfig = Partial<Record<ConfigKey, string>>;

/** Environment variables the stack reads as fallbacks (the names Kong's and Auth0's own tooling use). */
export interface ConfigEnvironment {
    AUTH0_DOMAIN?: string;
    KONNECT_TOKEN?: string;
    KONNECT_SPAT?: string;
    KONNECT_SERVER_URL?: string;
}

export interface Auth0Settings extends TenantDomain {
    /** Custom domain (e.g. `login.acme.com`) when the tenant has one; tokens then carry it as issuer. */
    readonly customDomain?: string;
    /** `https://<custom or canonical domain>`, no trailing slash: the issuer handed to Konnect. */
    readonly issuer: string;
    /** `https://<canonical domain>/api/v2/`: the audience of the DCR admin app's grant. */
    readonly managementApiAudience: string;
}

export interface PortalAudienceSettings {
    /** The Auth0 API identifier, i.e. the audience portal applications are granted. */
    readonly identifier: string;
    /** The Auth0 API's display name. */
    readonly name: string;
    /** Create the API (true) or look up an existing one with this identifier (false). */
    readonly create: boolean;
}

export interface KonnectSettings {
    /** `https://<region>.api.konghq.com`, or the explicit server URL; no trailing slash. */
    readonly serverUrl: string;
    readonly region?: KonnectRegion;
    /** Which setting supplies the token; the token itself is never part of the settings. */
    readonly tokenSource: KonnectTokenSource;
    readonly portalId: string;
    readonly portalKind: PortalKind;
    readonly dcrProviderName: string;
    readonly authStrategyName: string;
    readonly authStrategyDisplayName: string;
    readonly authMethods: readonly AuthMethod[];
    /** Run the post-deploy verification command after the DCR settings change. */
    readonly verify: boolean;
}

/** The validated settings the program is built from. */
export interface StackSettings {
    readonly stack: string;
    readonly environment: EnvironmentName;
    /** Appended to Auth0 object names, e.g. `Konnect Portal DCR Admin (dev)`. */
    readonly nameSuffix: string;
    readonly auth0: Auth0Settings;
    readonly portalAudience: PortalAudienceSettings;
    /** Konnect DCR with developer-managed scopes; the admin app then also needs `read:resource_servers`. */
    readonly developerManagedScopes: boolean;
    /** Mark the Auth0 and Konnect objects `protect`ed (default: on for `prod`). */
    readonly protectResources: boolean;
    readonly konnect: KonnectSettings;
}

/** One bad setting: its key, what it was given (secrets never shown) and what it should look like. */
export interface ConfigProblem {
    readonly key: string;
    readonly got: string;
    readonly expected: string;
}

/** Thrown with every configuration problem at once, before any resource is registered. */
export class StackConfigError extends Error {
    /**
     * Marks this as a Pulumi `RunError` (the SDK recognises it by this member), so `pulumi up` prints the
     * message alone, without a stack trace, and this module stays free of the SDK.
     */
    readonly __pulumiRunError = true;

    constructor(
        readonly stack: string,
        readonly problems: readonly ConfigProblem[],
    ) {
        super(
            `Invalid configuration for stack "${stack}" (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
                problems.map((p) => `  - ${p.key}: got ${p.got}; expected ${p.expected}`).join("\n"),
        );
        this.name = "StackConfigError";
    }
}

const qualified = (key: ConfigKey) => (key.includes(":") ? key : `${PROJECT}:${key}`);
const shown = (value: string | undefined) => (value === undefined ? "nothing (unset)" : JSON.stringify(value));

/**
 * Validates the raw configuration of `stack`. `env` supplies the documented environment-variable
 * fallbacks; `hasSecretToken` says whether the secret `konnectToken` setting is present (its value is
 * never passed here, so it cannot leak into an error message).
 */
export function validateStackConfig(
    stack: string,
    raw: RawStackConfig,
    env: ConfigEnvironment = {},
    hasSecretToken = false,
): StackSettings {
    const problems: ConfigProblem[] = [];
    const problem = (key: ConfigKey, got: string | undefined, expected: string) =>
        problems.push({ key: qualified(key), got: shown(got), expected });
    const text = (key: ConfigKey) => {
        const value = raw[key];
        return value === undefined || value.trim() === "" ? undefined : value.trim();
    };
    const bool = (key: ConfigKey, fallback: boolean): boolean => {
        const value = text(key);
        if (value === undefined) return fallback;
        if (value === "true" || value === "false") return value === "true";
        problem(key, value, "true or false");
        return fallback;
    };
    const oneOf = <T extends string>(key: ConfigKey, allowed: readonly T[], fallback: T | undefined): T | undefined => {
        const value = text(key) ?? fallback;
        if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
        problem(key, text(key), `one of ${allowed.join(", ")}`);
        return fallback;
    };
    const name = (key: ConfigKey, fallback: string, max = 256): string => {
        const value = raw[key] ?? fallback;
        if (value.trim() === "" || value.length > max || /[<>]/.test(value)) {
            problem(key, raw[key], `a non-empty name of at most ${max} characters without < or >`);
        }
        return value;
    };

    // Environment: the stack name by default, so `dev`, `staging` and `prod` stacks need not repeat it.
    const environmentDefault = (ENVIRONMENTS as readonly string[]).includes(stack)
        ? (stack as EnvironmentName)
        : undefined;
    const environment = oneOf("environment", ENVIRONMENTS, environmentDefault) ?? "dev";
    const nameSuffix = ` (${environment})`;

    // Auth0 tenant: the provider's own setting, or the AUTH0_DOMAIN variable the provider also reads.
    const domainValue = text("auth0:domain") ?? env.AUTH0_DOMAIN?.trim();
    const tenant = domainValue === undefined ? undefined : parseTenantDomain(domainValue);
    if (!tenant) {
        problem(
            "auth0:domain",
            domainValue,
            "the canonical Auth0 tenant domain, TENANT.REGION.auth0.com with REGION one of us, eu, au, jp, ca, uk " +
                "(or legacy TENANT.auth0.com): no https://, no path, no trailing slash, not a custom domain",
        );
    }
    const canonical = tenant?.domain ?? "invalid.auth0.com";

    const customDomain = text("auth0CustomDomain")?.toLowerCase();
    if (customDomain !== undefined) {
        if (!isHostname(customDomain)) {
            problem(
                "auth0CustomDomain",
                raw.auth0CustomDomain,
                "a bare hostname such as login.acme.com (no https://, path or trailing slash)",
            );
        } else if (customDomain === canonical) {
            problem(
                "auth0CustomDomain",
                raw.auth0CustomDomain,
                "a custom domain different from auth0:domain, or leave it unset",
            );
        } else if (isAuth0HostedDomain(customDomain)) {
            problem(
                "auth0CustomDomain",
                raw.auth0CustomDomain,
                "your own domain verified in Auth0 (an *.auth0.com domain is not a custom domain)",
            );
        }
    }

    // Portal audience: an absolute URI that is not a Management API.
    const audience = text("portalAudience");
    if (audience === undefined) {
        problem(
            "portalAudience",
            undefined,
            "the audience portal applications are granted, an absolute URI such as https://api.acme.com/portal",
        );
    } else if (!/^[a-z][a-z0-9+.-]*:\/\/[^/\s]+/i.test(audience) || /\s/.test(audience)) {
        problem("portalAudience", audience, "an absolute URI such as https://api.acme.com/portal");
    } else if (
        isManagementApiAudience(audience) ||
        (customDomain && /^https:\/\/[^/]+\/api\/v2\/?$/i.test(audience) && new URL(audience).hostname === customDomain)
    ) {
        problem(
            "portalAudience",
            audience,
            "your own API's identifier, not an Auth0 Management API audience (…/api/v2/)",
        );
    }
    const audienceName = name("portalAudienceName", `Konnect Portal API${nameSuffix}`, 200);
    const createAudience = bool("createPortalAudience", true);
    const developerManagedScopes = bool("developerManagedScopes", false);
    const protectResources = bool("protectResources", environment === "prod");

    // Konnect: an explicit server URL wins over the region (KONNECT_SERVER_URL as Kong's tooling reads it).
    const serverUrlValue = text("konnectServerUrl") ?? env.KONNECT_SERVER_URL?.trim();
    let serverUrl: string | undefined;
    let region: KonnectRegion | undefined;
    if (serverUrlValue !== undefined) {
        if (!isServerUrl(serverUrlValue)) {
            problem(
                "konnectServerUrl",
                serverUrlValue,
                "an https:// URL with no path and no trailing slash, such as https://eu.api.konghq.com (http:// only for localhost)",
            );
        }
        serverUrl = serverUrlValue;
        if (text("konnectRegion") !== undefined) oneOf("konnectRegion", KONNECT_REGIONS, undefined);
    } else {
        region = oneOf("konnectRegion", KONNECT_REGIONS, "us");
        serverUrl = `https://${region ?? "us"}.api.konghq.com`;
    }

    let tokenSource: KonnectTokenSource | undefined;
    if (hasSecretToken) tokenSource = "config:konnectToken";
    else if (env.KONNECT_TOKEN) tokenSource = "env:KONNECT_TOKEN";
    else if (env.KONNECT_SPAT) tokenSource = "env:KONNECT_SPAT";
    if (raw.konnectToken !== undefined && !hasSecretToken) {
        problem("konnectToken", "a plaintext value", "a secret: pulumi config set --secret konnectToken <token>");
    }
    if (tokenSource === undefined) {
        problem(
            "konnectToken",
            undefined,
            "a Konnect personal (kpat_…) or system-account (spat_…) token, from `pulumi config set --secret konnectToken` or the KONNECT_TOKEN / KONNECT_SPAT environment variable",
        );
    }

    const portalId = text("konnectPortalId");
    if (portalId === undefined || !isUuid(portalId)) {
        problem(
            "konnectPortalId",
            portalId,
            "the Dev Portal's id, a UUID such as 0b7e5b8e-2b7a-4e4b-9a0e-3c2f4b1d6a77",
        );
    }
    const portalKind = oneOf("konnectPortalKind", PORTAL_KINDS, "v3") ?? "v3";
    const dcrProviderName = name("konnectDcrProviderName", `auth0-dcr-${environment}`);
    const authStrategyName = name("konnectAuthStrategyName", `auth0-dcr-${environment}`);
    const authStrategyDisplayName = name("konnectAuthStrategyDisplayName", "Auth0");

    const methodsValue = text("konnectAuthMethods");
    let authMethods: AuthMethod[] = ["client_credentials", "bearer", "session"];
    if (methodsValue !== undefined) {
        const listed = methodsValue
            .split(",")
            .map((m) => m.trim())
            .filter((m) => m !== "");
        const unknown = listed.filter((m) => !(AUTH_METHODS as readonly string[]).includes(m));
        if (listed.length === 0 || unknown.length > 0 || listed.length > 10) {
            problem(
                "konnectAuthMethods",
                methodsValue,
                `a comma-separated list of 1 to 10 of ${AUTH_METHODS.join(", ")}`,
            );
        } else {
            authMethods = [...new Set(listed)] as AuthMethod[];
        }
    }
    const verify = bool("postDeployVerification", true);

    if (problems.length > 0) {
        throw new StackConfigError(stack, problems);
    }
    return {
        stack,
        environment,
        nameSuffix,
        auth0: {
            ...(tenant as TenantDomain),
            customDomain,
            issuer: konnectIssuer(canonical, customDomain),
            managementApiAudience: managementApiAudience(canonical),
        },
        portalAudience: { identifier: audience as string, name: audienceName, create: createAudience },
        developerManagedScopes,
        protectResources,
        konnect: {
            serverUrl: serverUrl as string,
            region,
            tokenSource: tokenSource as KonnectTokenSource,
            portalId: portalId as string,
            portalKind,
            dcrProviderName,
            authStrategyName,
            authStrategyDisplayName,
            authMethods,
            verify,
        },
    };
}

/** https with a host and no path or trailing slash; plain http is allowed for loopback (local emulators). */
function isServerUrl(value: string): boolean {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return false;
    }
    const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    const schemeOk = url.protocol === "https:" || (url.protocol === "http:" && loopback);
    return (
        schemeOk &&
        url.pathname === "/" &&
        !value.endsWith("/") &&
        url.search === "" &&
        url.hash === "" &&
        url.username === ""
    );
}
