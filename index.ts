/**
 * Entry point of the konnect-auth0-dcr stack: `pulumi up` runs this file. The stack itself is declared
 * in `program.ts`; each output is exported by name, as `pulumi stack output` shows it.
 */
import { konnectAuth0DcrProgram } from "./program";

const outputs = konnectAuth0DcrProgram();

export const issuer = outputs.issuer;
export const audience = outputs.audience;
export const managementApiAudience = outputs.managementApiAudience;
export const dcrAdminClientId = outputs.dcrAdminClientId;
export const dcrAdminClientSecret = outputs.dcrAdminClientSecret;
export const grantedScopes = outputs.grantedScopes;
export const konnectDcrProviderId = outputs.konnectDcrProviderId;
export const konnectAuthStrategyId = outputs.konnectAuthStrategyId;
export const konnectPortalId = outputs.konnectPortalId;
export const konnectPortalUrl = outputs.konnectPortalUrl;
export const konnectApiIds = outputs.konnectApiIds;
