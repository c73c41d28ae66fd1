/**
 * What Kong's guide "Dynamic client registration with Auth0" (Konnect Dev Portal) says the DCR admin application
 * needs, written out as the guide lists it: the tests' oracle, never read from the code under test.
 */

/** The nine Management API scopes of the DCR admin application's grant, in the guide's order. */
export const KONG_GUIDE_DCR_SCOPES: readonly string[] = [
    "read:client_grants",
    "create:client_grants",
    "delete:client_grants",
    "update:client_grants",
    "read:clients",
    "create:clients",
    "delete:clients",
    "update:clients",
    "update:client_keys",
];

/** With developer-managed scopes the app also reads the APIs' scopes. */
export const KONG_GUIDE_DEVELOPER_MANAGED_SCOPE = "read:resource_servers";
