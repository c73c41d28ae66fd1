/**
 * The Management API scopes Konnect needs to register portal applications in Auth0: exactly these,
 * nothing more (a client that can create grants can grant itself more, so least privilege matters).
 */
export const DCR_MANAGEMENT_SCOPES = [
    "read:client_grants",
    "create:client_grants",
    "delete:client_grants",
    "update:client_grants",
    "read:clients",
    "create:clients",
    "delete:clients",
    "update:clients",
    "update:client_keys",
] as const;

/** Needed in addition when Konnect's developer-managed scopes read the API's scopes. */
export const DEVELOPER_MANAGED_SCOPES_EXTRA = "read:resource_servers";

/**
 * The grant's scopes, sorted: the grant stores an ordered list, so a stable order keeps `pulumi preview`
 * free of order-only diffs.
 */
export function dcrGrantScopes(developerManagedScopes: boolean): string[] {
    const scopes: string[] = [...DCR_MANAGEMENT_SCOPES];
    if (developerManagedScopes) {
        scopes.push(DEVELOPER_MANAGED_SCOPES_EXTRA);
    }
    return scopes.sort();
}
