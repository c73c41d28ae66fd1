/**
 * "Exactly the nine DCR scopes": the program's list and the policy pack's, each against the list Kong's guide
 * "Dynamic client registration with Auth0" (Konnect Dev Portal) gives for the DCR admin application's Management
 * API grant, written out here rather than taken from either list.
 */
import { DCR_MANAGEMENT_SCOPES, dcrGrantScopes, DEVELOPER_MANAGED_SCOPES_EXTRA } from "../auth0/dcrScopes";
import { DCR_ALLOWED_SCOPES, DEVELOPER_MANAGED_SCOPE } from "../policies/lib/auth0Facts";

const KONG_GUIDE_SCOPES = [
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
/** Kong's guide: with developer-managed scopes the app also reads the APIs' scopes. */
const KONG_GUIDE_DEVELOPER_MANAGED = "read:resource_servers";

const sorted = (list: readonly string[]) => [...list].sort();

it("the program grants exactly the nine scopes of Kong's guide", () => {
    expect(sorted(DCR_MANAGEMENT_SCOPES)).toEqual(sorted(KONG_GUIDE_SCOPES));
    expect(dcrGrantScopes(false)).toEqual(sorted(KONG_GUIDE_SCOPES));
    expect(dcrGrantScopes(true)).toEqual(sorted([...KONG_GUIDE_SCOPES, KONG_GUIDE_DEVELOPER_MANAGED]));
    expect(DEVELOPER_MANAGED_SCOPES_EXTRA).toBe(KONG_GUIDE_DEVELOPER_MANAGED);
});

it("the policy pack allows exactly the nine scopes of Kong's guide", () => {
    expect(sorted(DCR_ALLOWED_SCOPES)).toEqual(sorted(KONG_GUIDE_SCOPES));
    expect(DEVELOPER_MANAGED_SCOPE).toBe(KONG_GUIDE_DEVELOPER_MANAGED);
});
