/**
 * The project's own program (`Pulumi.yaml`, `index.ts`) on the real Pulumi CLI, on a throwaway stack made from a
 * shipped `Pulumi.<stack>.yaml` as it is, with the credentials in the environment of each command as the README
 * tells users ("Supplying secrets"), against local emulators: the Auth0 tenant the stack file
 * names (through the stand-in Auth0 plugin, a test double) and Konnect (its URL set in the stack's own
 * `konnectServerUrl`). Shared by the engine suite and `npm run sandbox`.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { parseDocument } from "yaml";
import { Auth0Emulator, startAuth0Emulator } from "../../emulators/auth0";
import { KonnectEmulator, startKonnectEmulator } from "../../emulators/konnect";
import { installAuth0StandIn } from "../../tests/engine/auth0StandIn";
import { PulumiWorkspace, REPO_ROOT } from "./pulumiCli";

const PROJECT = "konnect-auth0-dcr";

/** What a shipped stack file says about the objects the emulators must hold before the first `up`. */
export interface ShippedStack {
    /** `dev`, `staging` or `prod`: the stack file's name. */
    readonly name: string;
    /** The stack file's text as shipped. */
    readonly text: string;
    readonly auth0Domain: string;
    readonly auth0ClientId: string;
    readonly portalId: string;
    readonly portalAudience: string;
    readonly createPortalAudience: boolean;
}

export function readShippedStack(name: string): ShippedStack {
    const text = fs.readFileSync(path.join(REPO_ROOT, `Pulumi.${name}.yaml`), "utf8");
    const config = (parseDocument(text).toJSON() as { config: Record<string, unknown> }).config;
    const get = (key: string) => String(config[key] ?? "");
    return {
        name,
        text,
        auth0Domain: get("auth0:domain"),
        auth0ClientId: get("auth0:clientId"),
        portalId: get(`${PROJECT}:konnectPortalId`),
        portalAudience: get(`${PROJECT}:portalAudience`),
        createPortalAudience: config[`${PROJECT}:createPortalAudience`] !== false,
    };
}

/**
 * The stack file as shipped (an `environment:` import, if one is added, dropped: ESC needs Pulumi Cloud), plus
 * `konnectServerUrl` so the stack, not the shell, says where Konnect is.
 */
export function stackFileForEmulators(shipped: ShippedStack, konnectServerUrl: string): string {
    const doc = parseDocument(shipped.text);
    doc.delete("environment");
    doc.setIn(["config", `${PROJECT}:konnectServerUrl`], konnectServerUrl);
    return doc.toString();
}

export interface WholeProgramEmulators {
    readonly konnect: KonnectEmulator;
    readonly tenant: Auth0Emulator;
    /** The secret of Pulumi's own Auth0 application (the stack file's `auth0:clientId`) in the emulated tenant. */
    readonly auth0ClientSecret: string;
    /** The strategy made by hand that is the portal's default before the stack's first `up`. */
    readonly handMadeStrategyId: string;
    close(): Promise<void>;
}

/**
 * Emulators holding what a shipped stack expects to find: the Auth0 tenant with Pulumi's own application (and
 * the existing portal API where the stack only looks it up), and the Dev Portal with a default strategy made
 * by hand.
 */
export async function startWholeProgramEmulators(shipped: ShippedStack): Promise<WholeProgramEmulators> {
    const auth0ClientSecret = randomBytes(24).toString("base64url");
    const tenant = await startAuth0Emulator({
        domain: shipped.auth0Domain,
        adminClient: { clientId: shipped.auth0ClientId, clientSecret: auth0ClientSecret },
    });
    const konnect = await startKonnectEmulator();
    if (!shipped.createPortalAudience) {
        tenant.addResourceServer({ identifier: shipped.portalAudience, name: "Acme API (made by hand)" });
    }
    const handMadeStrategyId = konnect.addKeyAuthStrategy("hand-made-key-auth", "Key auth").id;
    konnect.addPortal({
        id: shipped.portalId,
        name: `developer-portal-${shipped.name}`,
        defaultApplicationAuthStrategyId: handMadeStrategyId,
        defaultDomain: `acme-${shipped.name}.us.kongportals.com`,
    });
    return {
        konnect,
        tenant,
        auth0ClientSecret,
        handMadeStrategyId,
        close: async () => {
            await konnect.close();
            await tenant.close();
        },
    };
}

/**
 * A throwaway stack of the real program: `stackName` must not be a shipped stack's name (the CLI writes the
 * stack file beside `Pulumi.yaml` on `stack init`; the workspace moves it away). The stand-in Auth0 plugin is
 * installed into the workspace's own PULUMI_HOME only.
 */
export async function initWholeProgramStack(
    emulators: WholeProgramEmulators,
    shipped: ShippedStack,
    stackName: string,
    options: { cliDir?: string } = {},
): Promise<PulumiWorkspace> {
    // The credentials in the environment of each pulumi command (README, "Supplying secrets"), never in config.
    const credentials = { AUTH0_CLIENT_SECRET: emulators.auth0ClientSecret, KONNECT_TOKEN: emulators.konnect.token };
    const workspace = new PulumiWorkspace(REPO_ROOT, stackName, { ...emulators.tenant.env, ...credentials }, options);
    await installAuth0StandIn(workspace.env.PULUMI_HOME!, workspace.env);
    await workspace.init({}, stackFileForEmulators(shipped, emulators.konnect.url));
    return workspace;
}
