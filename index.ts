/**
 * Entry point of the konnect-auth0-dcr stack: `pulumi up` runs this file. The stack itself is declared in
 * `program.ts`; the exported function is awaited by the engine (the program reads Konnect before it registers
 * anything), and each output is returned by name, as `pulumi stack output` shows it.
 */
import { konnectAuth0DcrProgram } from "./program";

export = async () => {
    const outputs = await konnectAuth0DcrProgram();
    return {
        issuer: outputs.issuer,
        audience: outputs.audience,
        managementApiAudience: outputs.managementApiAudience,
        dcrAdminClientId: outputs.dcrAdminClientId,
        dcrAdminClientSecret: outputs.dcrAdminClientSecret,
        grantedScopes: outputs.grantedScopes,
        konnectDcrProviderId: outputs.konnectDcrProviderId,
        konnectAuthStrategyId: outputs.konnectAuthStrategyId,
        konnectPortalId: outputs.konnectPortalId,
        konnectPortalUrl: outputs.konnectPortalUrl,
        konnectApiIds: outputs.konnectApiIds,
    };
};
