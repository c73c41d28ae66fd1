/**
 * The project's own program (`Pulumi.yaml`, `index.ts`, the shipped stack files) on the real Pulumi CLI, against
 * the Auth0 tenant emulator (through the stand-in Auth0 plugin, a test double of the real provider) and the
 * Konnect emulator. Each stack is made from a shipped `Pulumi.<stack>.yaml` as it is, with AUTH0_CLIENT_SECRET and
 * KONNECT_TOKEN in the environment of each command, as the README tells users. One scenario a test, in order.
 *
 * What this does not prove: the real Auth0 provider's own behaviour (its diffs, retries and API calls). The
 * stand-in answers the program's resources through the Management API the emulator serves.
 */
import * as fs from "fs";
import * as path from "path";
import { load } from "js-yaml";
import { missingKeysMessage, missingProjectKeys, ProjectDocument } from "../../config/projectConfig";
import { konnectLabels } from "../../konnect";
import { startKonnectEmulator } from "../../emulators/konnect";
import { routeThisProcessThrough } from "../../emulators/tls";
import { changes, PulumiWorkspace, REPO_ROOT, resourceSummary } from "../../scripts/engine/pulumiCli";
import {
    initWholeProgramStack,
    readShippedStack,
    ShippedStack,
    startWholeProgramEmulators,
    WholeProgramEmulators,
} from "../../scripts/engine/wholeProgram";
import { KONG_GUIDE_DCR_SCOPES as KONG_DCR_SCOPES } from "../support/kongGuide";

/** The default name of the dev stack's provider and strategy: environment and the first 8 characters of its portal id. */
const DEV_DEFAULT_NAME = "auth0-dcr-dev-5f1c3c9e";

const lines: string[] = [];
const opened: { emulators: WholeProgramEmulators; stack?: PulumiWorkspace }[] = [];

async function open(name: string, stackName: string) {
    const shipped = readShippedStack(name);
    const emulators = await startWholeProgramEmulators(shipped);
    const entry: (typeof opened)[number] = { emulators };
    opened.push(entry);
    entry.stack = await initWholeProgramStack(emulators, shipped, stackName);
    return { shipped, emulators, stack: entry.stack };
}

function report(step: string, ms: number, emulators: WholeProgramEmulators): void {
    const konnect = emulators.konnect.counts();
    const auth0 = emulators.tenant.counts();
    lines.push(
        `${step.padEnd(56)} ${(ms / 1000).toFixed(1).padStart(6)} s   Konnect ${konnect.get} GET / ${konnect.write} write` +
            `   Auth0 ${auth0.get} GET / ${auth0.write} write`,
    );
}

/** Writes the emulators received (Auth0 token requests are not writes to the tenant's objects). */
function writes(emulators: WholeProgramEmulators): string[] {
    return [
        ...emulators.konnect.requests.filter((r) => r.method !== "GET").map((r) => `Konnect ${r.method} ${r.path}`),
        ...emulators.tenant.requests
            .filter((r) => r.method !== "GET" && r.path !== "/oauth/token")
            .map((r) => `Auth0 ${r.method} ${r.path}`),
    ];
}

function resetRequests(emulators: WholeProgramEmulators): void {
    emulators.konnect.resetRequests();
    emulators.tenant.resetRequests();
}

afterAll(async () => {
    if (lines.length) process.stdout.write(`\nWhole-program steps:\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
    for (const { emulators, stack } of opened) {
        stack?.dispose();
        await emulators.close();
    }
});

describe("config validation: the CLI's own check", () => {
    it("a stack file lacking a required key is refused by the CLI with the message the fast test predicts", async () => {
        const { shipped, stack, emulators } = await open("dev", "engine-missing");
        await stack.run(["config", "rm", "konnect-auth0-dcr:portalAudience"]);
        const preview = await stack.run(["preview"]);
        const project = load(fs.readFileSync(path.join(REPO_ROOT, "Pulumi.yaml"), "utf8")) as ProjectDocument;
        const withoutAudience = load(shipped.text) as { config: Record<string, unknown> };
        delete withoutAudience.config["konnect-auth0-dcr:portalAudience"];
        const predicted = missingKeysMessage("engine-missing", missingProjectKeys(project, withoutAudience));
        expect(predicted).toBe("Stack 'engine-missing' is missing configuration value 'portalAudience'");
        expect(preview.code).not.toBe(0);
        expect(preview.stdout + preview.stderr).toContain(predicted);
        expect(writes(emulators)).toEqual([]);
    });
});

describe.each(["dev", "staging", "prod"])("Pulumi.%s.yaml", (name) => {
    it("previews on the real CLI with config validation on: every object a create, nothing written", async () => {
        const { stack, emulators } = await open(name, `engine-preview-${name}`);
        const preview = await stack.preview();
        report(`preview of Pulumi.${name}.yaml`, preview.result.ms, emulators);
        expect([preview.result.code, preview.result.stderr]).toEqual([0, expect.anything()]);
        const ops = new Set(
            preview.steps.filter((s) => !/pulumi:pulumi:Stack|pulumi:providers:/.test(s.urn)).map((s) => s.op),
        );
        expect([...ops]).toEqual(["create"]);
        const created = changes(preview).map((c) => c.split("::").pop());
        expect(created).toEqual(
            expect.arrayContaining([
                "dcr-admin-client",
                "dcr-admin-management-api-grant",
                "dcr-admin-credentials",
                "konnect-portal-dcr-dcr-provider",
                "konnect-portal-dcr-auth-strategy",
                "konnect-portal-dcr-portal-binding",
            ]),
        );
        // prod looks up the existing audience API instead of creating one.
        expect(created.includes("portal-audience-api")).toBe(name !== "prod");
        expect(writes(emulators)).toEqual([]);
    });
});

describe("the dev stack's lifecycle", () => {
    let shipped: ShippedStack;
    let emulators: WholeProgramEmulators;
    let stack: PulumiWorkspace;
    let apiIds: string[];

    beforeAll(async () => {
        ({ shipped, emulators, stack } = await open("dev", "engine-dev"));
        // Two APIs already published on the portal, listed as a YAML list with the --path form.
        apiIds = ["orders", "payments"].map((api) => emulators.konnect.addApi({ name: api }).id);
        for (const [index, apiId] of apiIds.entries()) {
            emulators.konnect.publishApi({
                apiId,
                portalId: shipped.portalId,
                visibility: "public",
                authStrategyIds: [emulators.handMadeStrategyId],
            });
            await stack.ok(["config", "set", "--path", `konnect-auth0-dcr:konnectApiIds[${index}]`, apiId]);
        }
    });

    beforeEach(() => resetRequests(emulators));

    it("a bad setting stops the run with the program's one error listing every bad key, before any write", async () => {
        await stack.setConfig("konnect-auth0-dcr:konnectPortalKind", "v4");
        await stack.setConfig("konnect-auth0-dcr:konnectAuthStrategyDisplayName", "<b>Auth0</b>");
        const preview = await stack.run(["preview"]);
        await stack.ok(["config", "rm", "konnect-auth0-dcr:konnectPortalKind"]);
        await stack.ok(["config", "rm", "konnect-auth0-dcr:konnectAuthStrategyDisplayName"]);
        const said = preview.stdout + preview.stderr;
        expect(preview.code).not.toBe(0);
        expect(said).toContain('Invalid configuration for stack "engine-dev" (2 problems)');
        expect(said).toContain('konnect-auth0-dcr:konnectPortalKind: got "v4"; expected one of v3, classic');
        expect(said).toContain(
            'konnect-auth0-dcr:konnectAuthStrategyDisplayName: got "<b>Auth0</b>"; expected a non-empty name of at most 256 characters without < or >',
        );
        expect(writes(emulators)).toEqual([]);
    });

    it("pulumi up creates the Auth0 and Konnect objects, runs the verification, and its outputs are as documented", async () => {
        const up = await stack.ok(["up", "--yes", "--skip-preview"]);
        report("dev: up", up.ms, emulators);
        const { tenant, konnect } = emulators;
        const admin = tenant.clients().find((c) => c.name === "Konnect Portal DCR Admin (dev)")!;
        expect(admin).toMatchObject({
            app_type: "non_interactive",
            grant_types: ["client_credentials"],
            token_endpoint_auth_method: "client_secret_post",
        });
        const grant = tenant.grants().find((g) => g.client_id === admin.client_id)!;
        expect(grant.audience).toBe(`https://${shipped.auth0Domain}/api/v2/`);
        expect([...grant.scope].sort()).toEqual([...KONG_DCR_SCOPES].sort());
        const api = tenant.resourceServers().find((s) => s.identifier === shipped.portalAudience)!;
        expect(api).toMatchObject({ name: "Acme Developer Portal API (dev)", signing_alg: "RS256" });

        const provider = [...konnect.dcrProviders.values()].find((p) => p.name === DEV_DEFAULT_NAME)!;
        expect(provider).toMatchObject({ issuer: `https://${shipped.auth0Domain}`, provider_type: "auth0" });
        expect(provider.dcr_config.initial_client_id).toBe(admin.client_id);
        expect(konnect.initialClientSecretOf(provider.id)).toBe(admin.client_secret);
        const strategy = [...konnect.authStrategies.values()].find((s) => s.name === DEV_DEFAULT_NAME)!;
        // Kong's Auth0 DCR guide: the audience goes with each token request, as token_post_args.
        expect(strategy.configs["openid-connect"]).toMatchObject({
            issuer: `https://${shipped.auth0Domain}`,
            credential_claim: ["azp"],
            scopes: ["openid"],
            token_post_args_names: ["audience"],
            token_post_args_values: [shipped.portalAudience],
        });
        expect(konnect.portals.get(shipped.portalId)!.default_application_auth_strategy_id).toBe(strategy.id);
        for (const apiId of apiIds) {
            expect(konnect.apiPublications.get(`${apiId}/${shipped.portalId}`)!.auth_strategy_ids).toEqual([
                strategy.id,
            ]);
        }
        // The post-deploy verification: Konnect's verify of the provider and the issuer's discovery document.
        expect(konnect.requests.some((r) => r.method === "POST" && r.path.endsWith("/verify"))).toBe(true);
        expect(tenant.requests.some((r) => r.path === "/.well-known/openid-configuration")).toBe(true);

        const outputs = await stack.outputs();
        expect(outputs).toEqual({
            issuer: `https://${shipped.auth0Domain}`,
            audience: shipped.portalAudience,
            managementApiAudience: `https://${shipped.auth0Domain}/api/v2/`,
            dcrAdminClientId: admin.client_id,
            dcrAdminClientSecret: "[secret]",
            grantedScopes: expect.arrayContaining(KONG_DCR_SCOPES),
            konnectDcrProviderId: provider.id,
            konnectAuthStrategyId: strategy.id,
            konnectPortalId: shipped.portalId,
            konnectPortalUrl: "https://acme-dev.us.kongportals.com",
            konnectApiIds: apiIds,
        });
        const state = await stack.exportState();
        expect(state.text).not.toContain(admin.client_secret);
        expect(state.text).not.toContain(emulators.konnect.token);
        // No deploy credential in the state, not even encrypted: the providers' stored configuration has none.
        const providers = (
            JSON.parse(state.text) as { deployment: { resources: { type: string; inputs?: object }[] } }
        ).deployment.resources.filter((r) => r.type.startsWith("pulumi:providers:"));
        expect(providers.map((r) => r.type).sort()).toEqual([
            "pulumi:providers:auth0",
            "pulumi:providers:pulumi-nodejs",
        ]);
        for (const { type, inputs } of providers) {
            // Pulumi's marker of a secret value (encrypted in the state): the providers keep none.
            const secrets = Object.entries(inputs ?? {}).filter(([, v]) =>
                JSON.stringify(v).includes("1b47061264138c4ac30d75fd1eb44270"),
            );
            expect([type, secrets.map(([k]) => k)]).toEqual([type, []]);
        }
        expect(state.text).not.toContain(emulators.auth0ClientSecret);
    });

    it("an API id that is not published on the portal fails the preview and the up before any write", async () => {
        const unpublished = emulators.konnect.addApi({ name: "drafts" }).id;
        await stack.ok(["config", "set", "--path", "konnect-auth0-dcr:konnectApiIds[2]", unpublished]);
        const preview = await stack.run(["preview"]);
        const up = await stack.run(["up", "--yes", "--skip-preview"]);
        await stack.ok(["config", "rm", "--path", "konnect-auth0-dcr:konnectApiIds[2]"]);
        for (const run of [preview, up]) {
            expect(run.code).not.toBe(0);
            expect(run.stdout + run.stderr).toContain(
                `konnect-auth0-dcr:konnectApiIds[2]: "drafts" (${unpublished}) is not published on the Dev Portal`,
            );
        }
        expect(writes(emulators)).toEqual([]);
    });

    it("a misspelled setting fails the run naming the nearest known key, before any write", async () => {
        await stack.setConfig("konnect-auth0-dcr:konnectAuthStrategyDisplayNam", "Auth0 (dev)");
        const preview = await stack.run(["preview"]);
        await stack.ok(["config", "rm", "konnect-auth0-dcr:konnectAuthStrategyDisplayNam"]);
        expect(preview.code).not.toBe(0);
        expect(preview.stdout + preview.stderr).toContain(
            "konnect-auth0-dcr:konnectAuthStrategyDisplayNam: got a setting this project does not know; expected a " +
                "known setting: did you mean konnect-auth0-dcr:konnectAuthStrategyDisplayName?",
        );
        expect(writes(emulators)).toEqual([]);
    });

    it("a second pulumi up changes nothing and writes nothing on either side", async () => {
        const preview = await stack.preview();
        expect(changes(preview)).toEqual([]);
        const up = await stack.ok(["up", "--yes", "--skip-preview"]);
        report("dev: no-op preview + up", preview.result.ms + up.ms, emulators);
        expect(Object.keys(resourceSummary(up.stdout))).toEqual(["unchanged"]);
        expect(writes(emulators)).toEqual([]);
    });

    /** The DCR admin app as the tenant holds it, and the secret Konnect's DCR provider holds for it. */
    function adminSecrets() {
        const admin = emulators.tenant.clients().find((c) => c.name === "Konnect Portal DCR Admin (dev)")!;
        const provider = [...emulators.konnect.dcrProviders.values()].find((p) => p.name === DEV_DEFAULT_NAME)!;
        return {
            clientId: admin.client_id as string,
            auth0: admin.client_secret as string,
            konnect: emulators.konnect.initialClientSecretOf(provider.id)!,
            providerId: provider.id as string,
        };
    }

    /** Whether Auth0 issues the admin app a Management API token for `secret` (as Konnect asks for one). */
    async function auth0AcceptsSecret(clientId: string, secret: string): Promise<boolean> {
        emulators.tenant.allowTokens(clientId);
        const restore = routeThisProcessThrough(emulators.tenant.env, emulators.tenant.caPem);
        try {
            const response = await fetch(`https://${shipped.auth0Domain}/oauth/token`, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: JSON.stringify({
                    grant_type: "client_credentials",
                    client_id: clientId,
                    client_secret: secret,
                    audience: `https://${shipped.auth0Domain}/api/v2/`,
                }),
            });
            return response.status === 200;
        } finally {
            restore();
        }
    }

    it("dcrAdminSecretVersion 1: the stack sets a secret it generated on the admin app and hands the same one to Konnect", async () => {
        const before = adminSecrets();
        await stack.setConfig("konnect-auth0-dcr:dcrAdminSecretVersion", "1");
        const up = await stack.ok(["up", "--yes", "--skip-preview"]);
        report("dev: dcrAdminSecretVersion 1", up.ms, emulators);
        const after = adminSecrets();
        expect(after.auth0).toMatch(/^[A-Za-z0-9_-]{64}$/);
        expect(after.auth0).not.toBe(before.auth0);
        expect(after.konnect).toBe(after.auth0);
    });

    it("raising it to 2 previews updates of exactly the secret, Auth0's credentials, Konnect's DCR provider and the verification", async () => {
        await stack.setConfig("konnect-auth0-dcr:dcrAdminSecretVersion", "2");
        const preview = await stack.preview();
        report("dev: preview of a rotation", preview.result.ms, emulators);
        expect(changes(preview).sort()).toEqual([
            "update konnect-auth0-dcr:auth0:DcrAdmin$auth0:index/clientCredentials:ClientCredentials::dcr-admin-credentials",
            "update konnect-auth0-dcr:auth0:DcrAdmin$pulumi-nodejs:dynamic/auth0:GeneratedClientSecret::dcr-admin-secret",
            "update konnect-auth0-dcr:konnect:KonnectPortalDcr$pulumi-nodejs:dynamic/konnect:DcrProvider::konnect-portal-dcr-dcr-provider",
            "update konnect-auth0-dcr:konnect:KonnectPortalDcr$pulumi-nodejs:dynamic/konnect:DcrVerification::konnect-portal-dcr-verify",
        ]);
        expect(writes(emulators)).toEqual([]);
    });

    it("one pulumi up rotates it: Auth0 and Konnect (one PATCH) hold the same new secret, the verification runs, and the secret is nowhere in plaintext", async () => {
        const before = adminSecrets();
        const up = await stack.ok(["up", "--yes", "--skip-preview"]);
        report("dev: rotation up (version 2)", up.ms, emulators);
        const after = adminSecrets();
        expect(after.auth0).toMatch(/^[A-Za-z0-9_-]{64}$/);
        expect(after.auth0).not.toBe(before.auth0);
        expect(after.konnect).toBe(after.auth0);
        // Auth0: only the admin app's secret is written; nothing is created or deleted on either side.
        const auth0Writes = writes(emulators).filter((w) => w.startsWith("Auth0"));
        expect(auth0Writes.length).toBeGreaterThan(0);
        expect(new Set(auth0Writes)).toEqual(new Set([`Auth0 PATCH /api/v2/clients/${after.clientId}`]));
        expect(writes(emulators).filter((w) => w.startsWith("Konnect PATCH"))).toEqual([
            `Konnect PATCH /v2/dcr-providers/${after.providerId}`,
        ]);
        expect(writes(emulators)).toContain(`Konnect POST /v2/dcr-providers/${after.providerId}/verify`);
        expect(await auth0AcceptsSecret(after.clientId, after.auth0)).toBe(true);
        expect(await auth0AcceptsSecret(after.clientId, before.auth0)).toBe(false);
        const { text } = await stack.exportState();
        expect(text).not.toContain(after.auth0);
        expect(up.stdout + up.stderr).not.toContain(after.auth0);
    });

    it("the next pulumi up after a rotation changes nothing", async () => {
        const preview = await stack.preview();
        expect(changes(preview)).toEqual([]);
    });

    it("a failed Konnect PATCH leaves Konnect on the old secret; the next pulumi up completes the rotation with one PATCH", async () => {
        const before = adminSecrets();
        await stack.setConfig("konnect-auth0-dcr:dcrAdminSecretVersion", "3");
        emulators.konnect.inject({ method: "PATCH", path: `/v2/dcr-providers/${before.providerId}`, status: 400 });
        const failed = await stack.run(["up", "--yes", "--skip-preview"]);
        expect(failed.code).not.toBe(0);
        const half = adminSecrets();
        expect(half.auth0).not.toBe(before.auth0);
        expect(half.konnect).toBe(before.konnect);
        expect(failed.stdout + failed.stderr).not.toContain(half.auth0);
        resetRequests(emulators);

        const up = await stack.ok(["up", "--yes", "--skip-preview"]);
        report("dev: rotation completed after a failed PATCH", up.ms, emulators);
        const after = adminSecrets();
        expect(after.auth0).toBe(half.auth0);
        expect(after.konnect).toBe(after.auth0);
        expect(writes(emulators).filter((w) => w.startsWith("Auth0"))).toEqual([]);
        expect(writes(emulators).filter((w) => w.startsWith("Konnect PATCH"))).toEqual([
            `Konnect PATCH /v2/dcr-providers/${after.providerId}`,
        ]);
        expect(changes(await stack.preview())).toEqual([]);
    });

    it("a portal default changed by hand: refresh keeps the binding, up binds again, and what to restore is kept", async () => {
        const { konnect } = emulators;
        const portal = konnect.portals.get(shipped.portalId)!;
        const ours = portal.default_application_auth_strategy_id;
        const byHand = konnect.addKeyAuthStrategy("changed-by-hand", "By hand").id;
        portal.default_application_auth_strategy_id = byHand;
        const refresh = await stack.ok(["refresh", "--yes", "--skip-preview"]);
        const binding = (await stack.exportState()).resources.filter((r) =>
            r.type.endsWith("PortalAuthStrategyBinding"),
        );
        expect(binding).toHaveLength(1);
        resetRequests(emulators);
        const up = await stack.ok(["up", "--yes", "--skip-preview"]);
        report("dev: hand-changed default: refresh + up", refresh.ms + up.ms, emulators);
        expect(writes(emulators).filter((w) => w.startsWith("Konnect"))).toEqual([
            `Konnect PATCH /v3/portals/${shipped.portalId}`,
        ]);
        expect(konnect.portals.get(shipped.portalId)!.default_application_auth_strategy_id).toBe(ours);
    });

    it("the stack, not the shell, says where Konnect is: a KONNECT_SERVER_URL naming another URL stops the preview", async () => {
        stack.env.KONNECT_SERVER_URL = "https://eu.api.konghq.com";
        const preview = await stack.run(["preview"]).finally(() => delete stack.env.KONNECT_SERVER_URL);
        expect(preview.code).not.toBe(0);
        expect(preview.stdout + preview.stderr).toContain(
            `KONNECT_SERVER_URL: got "https://eu.api.konghq.com"; expected unset or ${emulators.konnect.url}`,
        );
        expect(writes(emulators)).toEqual([]);
    });

    it("moving a deployed stack's Konnect URL is refused before any write, never planned as a replacement", async () => {
        // Another region: a Konnect where this portal does not exist.
        const elsewhere = await startKonnectEmulator({ token: emulators.konnect.token });
        try {
            await stack.setConfig("konnect-auth0-dcr:konnectServerUrl", elsewhere.url);
            const preview = await stack.run(["preview"]);
            const up = await stack.run(["up", "--yes", "--skip-preview"]);
            await stack.setConfig("konnect-auth0-dcr:konnectServerUrl", emulators.konnect.url);
            for (const run of [preview, up]) {
                const said = run.stdout + run.stderr;
                expect(run.code).not.toBe(0);
                expect(said).toContain(
                    `konnect-auth0-dcr:konnectPortalId: Konnect has no Dev Portal ${shipped.portalId} at ${elsewhere.url}`,
                );
                expect(said).not.toMatch(/replac/);
            }
            expect(writes(emulators)).toEqual([]);
            expect(elsewhere.requests.filter((r) => r.method !== "GET")).toEqual([]);
        } finally {
            await elsewhere.close();
        }
        // The same Konnect under another URL passes the preflight; the providers' check still refuses the move.
        const sameKonnect = emulators.konnect.url.replace("127.0.0.1", "localhost");
        await stack.setConfig("konnect-auth0-dcr:konnectServerUrl", sameKonnect);
        const moved = await stack.run(["preview"]);
        await stack.setConfig("konnect-auth0-dcr:konnectServerUrl", emulators.konnect.url);
        expect(moved.code).not.toBe(0);
        expect(moved.stdout + moved.stderr).toContain(
            `This stack's Konnect objects live at ${emulators.konnect.url}; the stack's settings now say ${sameKonnect}.`,
        );
        expect(moved.stdout + moved.stderr).not.toMatch(/replac/);
        expect(writes(emulators)).toEqual([]);
    });

    it("protectResources: true makes pulumi destroy refuse, and nothing is deleted", async () => {
        await stack.setConfig("konnect-auth0-dcr:protectResources", "true");
        await stack.ok(["up", "--yes", "--skip-preview"]);
        // As the README says: every Auth0 and Konnect object protected, the verification never.
        const flags = (await stack.exportState()).resources
            .filter((r) => !/pulumi:pulumi:Stack|pulumi:providers:|konnect-auth0-dcr:(auth0|konnect):/.test(r.type))
            .map((r) => `${r.type.split(/[:/]/).pop()} ${r.protect === true ? "protected" : "not protected"}`)
            .sort();
        expect(flags).toEqual([
            "ApiPublicationAuthStrategy protected",
            "ApiPublicationAuthStrategy protected",
            "ApplicationAuthStrategy protected",
            "Client protected",
            "ClientCredentials protected",
            "ClientGrant protected",
            "DcrProvider protected",
            "DcrVerification not protected",
            "GeneratedClientSecret not protected",
            "PortalAuthStrategyBinding protected",
            "ResourceServer protected",
        ]);
        resetRequests(emulators);
        const destroy = await stack.run(["destroy", "--yes", "--skip-preview"]);
        report("dev: destroy refused (protected)", destroy.ms, emulators);
        expect(destroy.code).not.toBe(0);
        expect(destroy.stdout + destroy.stderr).toMatch(/protected/);
        expect(writes(emulators).filter((w) => / DELETE /.test(w))).toEqual([]);
        await stack.setConfig("konnect-auth0-dcr:protectResources", "false");
        await stack.ok(["up", "--yes", "--skip-preview"]);
    });

    it("pulumi destroy leaves nothing of the stack in either emulator and the portal's default as found", async () => {
        const destroy = await stack.ok(["destroy", "--yes", "--skip-preview"]);
        report("dev: destroy", destroy.ms, emulators);
        const { tenant, konnect } = emulators;
        expect(tenant.clients().map((c) => c.client_id)).toEqual([shipped.auth0ClientId]);
        expect(tenant.grants().map((g) => g.client_id)).toEqual([shipped.auth0ClientId]);
        expect(tenant.resourceServers().map((s) => s.identifier)).toEqual([`https://${shipped.auth0Domain}/api/v2/`]);
        expect([...konnect.dcrProviders.values()]).toEqual([]);
        // The strategies made by hand (the first default, and the one a test set by hand) stay; the stack's goes.
        expect([...konnect.authStrategies.values()].map((s) => s.name).sort()).toEqual([
            "changed-by-hand",
            "hand-made-key-auth",
        ]);
        expect(konnect.portals.get(shipped.portalId)!.default_application_auth_strategy_id).toBe(
            emulators.handMadeStrategyId,
        );
        for (const apiId of apiIds) {
            expect(konnect.apiPublications.get(`${apiId}/${shipped.portalId}`)!.auth_strategy_ids).toEqual([
                emulators.handMadeStrategyId,
            ]);
        }
    });
});

describe("taking over a setup made by hand", () => {
    it("the adopt* settings import the hand-made admin app, its grant and the audience API: nothing created or deleted", async () => {
        const { shipped, emulators, stack } = await open("dev", "engine-takeover");
        const { tenant } = emulators;
        const client = tenant.addClient({
            name: "Konnect Portal DCR Admin (dev)",
            description: "Konnect Dev Portal Dynamic Client Registration. Managed by konnect-auth0-dcr.",
            app_type: "non_interactive",
            grant_types: ["client_credentials"],
            token_endpoint_auth_method: "client_secret_post",
            callbacks: [],
            allowed_origins: [],
            web_origins: [],
            oidc_conformant: true,
            jwt_configuration: { alg: "RS256" },
        });
        const grant = tenant.addGrant({
            client_id: client.client_id,
            audience: `https://${shipped.auth0Domain}/api/v2/`,
            scope: KONG_DCR_SCOPES,
        });
        const api = tenant.addResourceServer({
            identifier: shipped.portalAudience,
            name: "Acme Developer Portal API (dev)",
            signing_alg: "RS256",
            allow_offline_access: false,
            token_dialect: "access_token",
        });
        await stack.setConfig("konnect-auth0-dcr:adoptDcrAdminClientId", client.client_id);
        await stack.setConfig("konnect-auth0-dcr:adoptDcrAdminGrantId", grant.id);
        await stack.setConfig("konnect-auth0-dcr:adoptPortalAudienceId", api.id);
        resetRequests(emulators);

        const up = await stack.ok(["up", "--yes", "--skip-preview"]);
        report("take-over: up", up.ms, emulators);
        const auth0Writes = writes(emulators).filter((w) => w.startsWith("Auth0"));
        expect(auth0Writes.filter((w) => /POST|DELETE/.test(w))).toEqual([]);
        expect(
            tenant
                .clients()
                .map((c) => c.client_id)
                .sort(),
        ).toEqual([client.client_id, shipped.auth0ClientId].sort());
        expect(tenant.grants().map((g) => g.id)).toContain(grant.id);
        // The hand-made app's secret is kept, and it is the one Konnect receives.
        const provider = [...emulators.konnect.dcrProviders.values()][0];
        expect(emulators.konnect.initialClientSecretOf(provider.id)).toBe(client.client_secret);
        const imported = (await stack.exportState()).resources
            .filter((r) => r.type.startsWith("auth0:"))
            .map((r) => r.type)
            .sort();
        expect(imported).toEqual([
            "auth0:index/client:Client",
            "auth0:index/clientCredentials:ClientCredentials",
            "auth0:index/clientGrant:ClientGrant",
            "auth0:index/resourceServer:ResourceServer",
        ]);
    });
});

describe("a stack's objects stay its own", () => {
    it("a same-name DCR provider owned by another stack stops pulumi up before any write, naming it", async () => {
        const { emulators, stack } = await open("dev", "engine-owned-elsewhere");
        const other = emulators.konnect.addDcrProvider({
            name: DEV_DEFAULT_NAME,
            issuer: "https://acme-dev.us.auth0.com",
            initialClientId: "another-projects-admin-client-id",
            initialClientSecret: "another-projects-admin-secret-value",
        }).id;
        // Labelled as another project's dev stack, as that project's run labels its objects.
        Object.assign(
            emulators.konnect.dcrProviders.get(other)!.labels,
            konnectLabels({ organization: "organization", project: "another-project", stack: "dev" }),
        );
        resetRequests(emulators);
        const up = await stack.run(["up", "--yes", "--skip-preview"]);
        report("owned elsewhere: up refused", up.ms, emulators);
        expect(up.code).not.toBe(0);
        expect(up.stdout + up.stderr).toContain(other);
        expect(up.stdout + up.stderr).toContain("another-project");
        expect(writes(emulators)).toEqual([]);
    });

    it("an unlabelled same-name provider (made by hand) is adopted; a second dev stack on another portal gets its own objects", async () => {
        const { shipped, emulators, stack } = await open("dev", "engine-adopt-unlabelled");
        const handMade = emulators.konnect.addDcrProvider({
            name: DEV_DEFAULT_NAME,
            issuer: "https://acme-dev.us.auth0.com",
            initialClientId: "hand-made-client-id",
            initialClientSecret: "hand-made-secret-value",
        }).id;
        await stack.ok(["up", "--yes", "--skip-preview"]);
        expect(emulators.konnect.requests.filter((r) => r.method === "POST" && r.path === "/v2/dcr-providers")).toEqual(
            [],
        );
        expect(emulators.konnect.dcrProviders.get(handMade)!.labels).toMatchObject({
            "managed-by": "konnect-auth0-dcr",
            "pulumi-project": "konnect-auth0-dcr",
            "pulumi-stack": "engine-adopt-unlabelled",
        });

        // The same organization and project, the same environment name and default settings, another portal.
        const secondPortal = emulators.konnect.addPortal({ name: "second-portal" }).id;
        const second = await initWholeProgramStack(emulators, shipped, "engine-second-dev");
        opened.push({ emulators: { ...emulators, close: async () => undefined }, stack: second });
        await second.setConfig("konnect-auth0-dcr:konnectPortalId", secondPortal);
        await second.setConfig("konnect-auth0-dcr:portalAudience", "https://api.dev.acme.com/second-portal");
        await second.setConfig("konnect-auth0-dcr:portalAudienceName", "Second Portal API (dev)");
        await second.ok(["up", "--yes", "--skip-preview"]);
        const names = [...emulators.konnect.dcrProviders.values()].map((p) => p.name).sort();
        expect(names).toEqual([DEV_DEFAULT_NAME, `auth0-dcr-dev-${secondPortal.slice(0, 8)}`].sort());
        expect(emulators.konnect.dcrProviders.get(handMade)!.labels["pulumi-stack"]).toBe("engine-adopt-unlabelled");
    });

    it("a stack deployed with the earlier default names keeps its objects' names and ids after the upgrade", async () => {
        const { emulators, stack } = await open("dev", "engine-upgrade");
        // The earlier default, auth0-dcr-<environment>, as an earlier version deployed it.
        await stack.setConfig("konnect-auth0-dcr:konnectDcrProviderName", "auth0-dcr-dev");
        await stack.setConfig("konnect-auth0-dcr:konnectAuthStrategyName", "auth0-dcr-dev");
        await stack.ok(["up", "--yes", "--skip-preview"]);
        const before = [...emulators.konnect.dcrProviders.values(), ...emulators.konnect.authStrategies.values()]
            .filter((o) => o.name === "auth0-dcr-dev")
            .map((o) => o.id);
        expect(before).toHaveLength(2);
        await stack.ok(["config", "rm", "konnect-auth0-dcr:konnectDcrProviderName"]);
        await stack.ok(["config", "rm", "konnect-auth0-dcr:konnectAuthStrategyName"]);
        resetRequests(emulators);
        const preview = await stack.preview();
        expect(changes(preview)).toEqual([]);
        await stack.ok(["up", "--yes", "--skip-preview"]);
        expect(writes(emulators)).toEqual([]);
        const after = [...emulators.konnect.dcrProviders.values(), ...emulators.konnect.authStrategies.values()]
            .filter((o) => o.name === "auth0-dcr-dev")
            .map((o) => o.id);
        expect(after).toEqual(before);
    });
});

describe("Pulumi.prod.yaml deployed", () => {
    it("protects every Auth0 and Konnect object, as the README says for prod", async () => {
        const { stack, emulators } = await open("prod", "engine-prod");
        // prod's issuer is its custom domain (login.acme.com), which no emulator here serves: the verification,
        // never protected, is shown on dev; everything else deploys as shipped.
        await stack.setConfig("konnect-auth0-dcr:postDeployVerification", "false");
        const up = await stack.ok(["up", "--yes", "--skip-preview"]);
        report("prod: up", up.ms, emulators);
        const flags = (await stack.exportState()).resources
            .filter((r) => !/pulumi:pulumi:Stack|pulumi:providers:|konnect-auth0-dcr:(auth0|konnect):/.test(r.type))
            .map((r) => `${r.type.split(/[:/]/).pop()} ${r.protect === true ? "protected" : "not protected"}`)
            .sort();
        // The existing audience API is looked up, not managed: no ResourceServer.
        expect(flags).toEqual([
            "ApplicationAuthStrategy protected",
            "Client protected",
            "ClientCredentials protected",
            "ClientGrant protected",
            "DcrProvider protected",
            "PortalAuthStrategyBinding protected",
        ]);
        const destroy = await stack.run(["destroy", "--yes", "--skip-preview"]);
        expect(destroy.code).not.toBe(0);
        expect(destroy.stdout + destroy.stderr).toMatch(/protected/);
    });
});

describe("credentials come from the run", () => {
    it("after the Konnect token and the Auth0 secret are rotated, refresh and destroy work with the new ones, no up between", async () => {
        const { shipped, emulators, stack } = await open("dev", "engine-rotated");
        await stack.ok(["up", "--yes", "--skip-preview"]);
        // Both rotated at the source: the old ones are refused from now on.
        const newSecret = emulators.tenant.rotateSecret(shipped.auth0ClientId);
        const newToken = "kpat_RotatedAfterDeploy0123456789abc";
        emulators.konnect.rotateToken(newToken);
        stack.env.AUTH0_CLIENT_SECRET = newSecret;
        stack.env.KONNECT_TOKEN = newToken;
        resetRequests(emulators);

        const refresh = await stack.ok(["refresh", "--yes", "--skip-preview"]);
        const destroy = await stack.ok(["destroy", "--yes", "--skip-preview"]);
        report("rotated credentials: refresh + destroy", refresh.ms + destroy.ms, emulators);
        expect(emulators.konnect.requests.filter((r) => r.status === 401)).toEqual([]);
        expect(emulators.tenant.requests.filter((r) => r.status === 401)).toEqual([]);
        expect([...emulators.konnect.dcrProviders.values()]).toEqual([]);
        expect(emulators.tenant.clients().map((c) => c.client_id)).toEqual([shipped.auth0ClientId]);
        expect(emulators.konnect.portals.get(shipped.portalId)!.default_application_auth_strategy_id).toBe(
            emulators.handMadeStrategyId,
        );
    });
});
