/**
 * Auth0 tenant domains, issuers and the Management API audience.
 *
 * Pure functions: no Pulumi, no I/O. The canonical tenant domain decides the Management API audience;
 * the issuer handed to Konnect is the custom domain when one is set, because tokens requested through a
 * custom domain carry it as `iss`.
 */

/** Regions that appear in Auth0 public-cloud tenant domains (`TENANT.REGION.auth0.com`). */
export const AUTH0_REGIONS = ["us", "eu", "au", "jp", "ca", "uk"] as const;
export type Auth0Region = (typeof AUTH0_REGIONS)[number];

/**
 * Tenant names are 3–63 lowercase letters, digits and hyphens, not starting or ending with a hyphen.
 * Legacy US tenants (created before June 2020) have no region label.
 */
const TENANT_DOMAIN = new RegExp(
    `^([a-z0-9][a-z0-9-]{1,61}[a-z0-9])(?:\\.(${AUTH0_REGIONS.join("|")}))?\\.auth0\\.com$`,
);

/** A DNS hostname: labels of letters, digits and hyphens, at least one dot, no scheme, port or path. */
const HOSTNAME = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export interface TenantDomain {
    /** The canonical domain as configured, e.g. `acme-dev.us.auth0.com`. */
    readonly domain: string;
    /** The tenant name, e.g. `acme-dev`. */
    readonly tenant: string;
    /** The region label, or undefined for a legacy regionless US tenant. */
    readonly region?: Auth0Region;
}

/** Parses a canonical Auth0 tenant domain; undefined when the value is not one. */
export function parseTenantDomain(value: string): TenantDomain | undefined {
    const match = TENANT_DOMAIN.exec(value);
    if (!match) {
        return undefined;
    }
    return { domain: value, tenant: match[1], region: match[2] as Auth0Region | undefined };
}

/** True for a bare hostname such as `login.acme.com`. */
export function isHostname(value: string): boolean {
    return HOSTNAME.test(value);
}

/** True for any Auth0-hosted domain (`*.auth0.com`), which can never be a custom domain. */
export function isAuth0HostedDomain(hostname: string): boolean {
    return hostname === "auth0.com" || hostname.endsWith(".auth0.com");
}

/** The Management API audience, always on the canonical domain and always with its trailing slash. */
export function managementApiAudience(canonicalDomain: string): string {
    return `https://${canonicalDomain}/api/v2/`;
}

/**
 * The issuer Konnect is given: `https://<custom domain or canonical domain>`, without a trailing slash
 * (Konnect rejects the trailing-slash form that Auth0's discovery document carries).
 */
export function konnectIssuer(canonicalDomain: string, customDomain?: string): string {
    return `https://${customDomain ?? canonicalDomain}`;
}

/**
 * True when `uri` is a Management API identifier (`…/api/v2` with or without the slash): some tenant's, on an
 * `*.auth0.com` host, or the one on the tenant's custom domain when `customDomain` is given. Granting portal
 * applications that audience would hand them the tenant.
 */
export function isManagementApiAudience(uri: string, customDomain?: string): boolean {
    let url: URL;
    try {
        url = new URL(uri);
    } catch {
        return false;
    }
    const host = url.hostname.toLowerCase();
    const apiHost = isAuth0HostedDomain(host) || host === customDomain?.toLowerCase();
    return apiHost && /^\/api\/v2\/?$/.test(url.pathname);
}

/**
 * An issuer as the project compares it: no surrounding whitespace, no trailing slashes. Auth0's discovery
 * document and its tokens' `iss` end in `/`; Konnect is given the issuer without one; both name the same issuer.
 * The one rule for Konnect's diff, the post-deploy verification and the smoke test.
 */
export function normalizeIssuer(issuer: string): string {
    return issuer.trim().replace(/\/+$/, "");
}

/** True when both name the same issuer (see {@link normalizeIssuer}). */
export function sameIssuer(a: string, b: string): boolean {
    return normalizeIssuer(a) === normalizeIssuer(b);
}

/** `https://<domain>/.well-known/openid-configuration` for an issuer written either way. */
export function discoveryUrl(issuer: string): string {
    return `${normalizeIssuer(issuer)}/.well-known/openid-configuration`;
}
