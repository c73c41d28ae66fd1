/**
 * The Auth0 facts the policies judge by, stated by the pack itself: the pack is published and run on its
 * own (`pulumi policy publish` uploads only this folder), and a guardrail that imported the program's
 * own rules could never disagree with the code it guards.
 */

/**
 * The Management API scopes Konnect needs for Dynamic Client Registration: read, create, update and
 * delete clients and client grants, and rotate client keys. The default of the
 * `dcr-admin-grant-least-privilege` policy's `allowedScopes` config.
 */
export const DCR_ALLOWED_SCOPES: readonly string[] = [
    "create:client_grants",
    "create:clients",
    "delete:client_grants",
    "delete:clients",
    "read:client_grants",
    "read:clients",
    "update:client_grants",
    "update:client_keys",
    "update:clients",
];

/** Konnect's developer-managed scopes read the portal API's scopes, which needs this one more scope. */
export const DEVELOPER_MANAGED_SCOPE = "read:resource_servers";

/** True for any Auth0-hosted domain (`*.auth0.com`). */
function isAuth0Hosted(hostname: string): boolean {
    return hostname === "auth0.com" || hostname.endsWith(".auth0.com");
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
    const apiHost = isAuth0Hosted(host) || host === customDomain?.toLowerCase();
    return apiHost && /^\/api\/v2\/?$/.test(url.pathname);
}

/** The Management API audience of a canonical tenant domain, with its trailing slash. */
export function managementApiAudience(canonicalDomain: string): string {
    return `https://${canonicalDomain}/api/v2/`;
}
