/**
 * "Exactly the nine DCR scopes": the program's list and the policy pack's, each against the list Kong's guide
 * "Dynamic client registration with Auth0" (Konnect Dev Portal) gives for the DCR admin application's Management
 * API grant (tests/support/kongGuide.ts), rather than against each other.
 */
import { DCR_MANAGEMENT_SCOPES, dcrGrantScopes, DEVELOPER_MANAGED_SCOPES_EXTRA } from "../auth0/dcrScopes";
import { DCR_ALLOWED_SCOPES, DEVELOPER_MANAGED_SCOPE } from "../policies/lib/auth0Facts";
import {
    KONG_GUIDE_DCR_SCOPES as KONG_GUIDE_SCOPES,
    KONG_GUIDE_DEVELOPER_MANAGED_SCOPE as KONG_GUIDE_DEVELOPER_MANAGED,
} from "./support/kongGuide";

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
