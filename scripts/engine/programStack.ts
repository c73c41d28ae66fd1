/**
 * The engine suite's program (`tests/engine/program`, the stack's Konnect half) on a throwaway stack, against
 * fresh emulators: the Konnect emulator, and the Auth0 tenant emulator whose discovery document the post-deploy
 * verification fetches over TLS. Shared by the engine suite and `npm run bench:engine`.
 */
import * as path from "path";
import { Auth0Emulator, startAuth0Emulator } from "../../emulators/auth0";
import { KonnectEmulator, startKonnectEmulator } from "../../emulators/konnect";
import { PulumiWorkspace, REPO_ROOT } from "./pulumiCli";

export const PROGRAM_DIR = path.join(REPO_ROOT, "tests", "engine", "program");
/** The tenant the program's issuer names; the Auth0 emulator answers for it. */
export const ENGINE_TENANT = "acme-dev.us.auth0.com";

export interface EngineEmulators {
    readonly konnect: KonnectEmulator;
    readonly tenant: Auth0Emulator;
    close(): Promise<void>;
}

export async function startEngineEmulators(): Promise<EngineEmulators> {
    const konnect = await startKonnectEmulator();
    const tenant = await startAuth0Emulator({
        domain: ENGINE_TENANT,
        adminClient: { clientId: "pulumi-admin-client-id-000000000", clientSecret: "pulumi-admin-secret-unused-here" },
    });
    return {
        konnect,
        tenant,
        close: async () => {
            await konnect.close();
            await tenant.close();
        },
    };
}

/** The settings the Auth0 objects would give the Konnect component, and the portal to bind. */
export interface ProgramSettings {
    readonly portalId: string;
    readonly dcrAdminClientId: string;
    readonly dcrAdminClientSecret: string;
    readonly apiIds?: readonly string[];
}

/** Creates the stack with the program's settings (the engine suite's program, or the same one in `programDir`); the Konnect token is encrypted stack configuration only. */
export async function initProgramStack(
    emulators: EngineEmulators,
    stack: string,
    settings: ProgramSettings,
    programDir: string = PROGRAM_DIR,
): Promise<PulumiWorkspace> {
    // The engine and its plugins reach the tenant through the emulator's proxy and trust its throwaway CA.
    // The Konnect token only in the environment of each pulumi command, as the README says for every stack.
    const workspace = new PulumiWorkspace(programDir, stack, {
        ...emulators.tenant.env,
        KONNECT_TOKEN: emulators.konnect.token,
    });
    await workspace.init({
        "konnect-auth0-dcr:konnectServerUrl": emulators.konnect.url,
        "konnect-auth0-dcr:konnectPortalId": settings.portalId,
        "konnect-auth0-dcr:issuer": `https://${ENGINE_TENANT}`,
        "konnect-auth0-dcr:portalAudience": "https://api.dev.acme.com/portal",
        "konnect-auth0-dcr:dcrAdminClientId": settings.dcrAdminClientId,
        "konnect-auth0-dcr:dcrAdminClientSecret": { value: settings.dcrAdminClientSecret, secret: true },
        ...(settings.apiIds?.length ? { "konnect-auth0-dcr:konnectApiIds": settings.apiIds.join(",") } : {}),
    });
    return workspace;
}
