/**
 * The stack's Konnect DCR settings on the real Pulumi engine: preview → up → no-op → one-field update →
 * drift and refresh → secret rotation → state secrets → policy enforcement → protection → destroy, against the
 * Konnect emulator, with the Auth0 tenant emulator serving the issuer's discovery document over TLS under the
 * tenant's real name (the post-deploy verification fetches it). One scenario a test, in order; each prints its
 * wall time and the emulators' call counts.
 */
import * as path from "path";
import type { Auth0Emulator } from "../../emulators/auth0";
import type { KonnectEmulator } from "../../emulators/konnect";
import { driftOf } from "../../scripts/driftSummary";
import { changes, PulumiWorkspace, REPO_ROOT, resourceSummary } from "../../scripts/engine/pulumiCli";
import { UNKNOWN_VALUE as UNKNOWN } from "../../konnect/validation";
import {
    ENGINE_TENANT,
    EngineEmulators,
    initProgramStack,
    startEngineEmulators,
} from "../../scripts/engine/programStack";

const BROKEN = path.join(__dirname, "broken");
const POLICY_PACK = [
    "--policy-pack",
    path.join(REPO_ROOT, "policies"),
    "--policy-pack-config",
    path.join(REPO_ROOT, "policies", "config", "dev.json"),
];

const ISSUER = `https://${ENGINE_TENANT}`;
const DISCOVERY = "GET /.well-known/openid-configuration";
const ADMIN_CLIENT_ID = "dcr-admin-client-id-from-auth0";
const ADMIN_SECRET = "dcr-admin-secret-7Qv2Lw9sKx4Pz8Rt1Yb6Nc3Hd5Jf0Gm";
const ROTATED_SECRET = "dcr-admin-secret-rotated-Ua4Ke8Xo2Wi6Qs0Bz3Vn7Ly1Tm9";

/** What the drift workflow runs per stack. */
const DRIFT_CHECK = ["preview", "--refresh", "--expect-no-changes", "--diff", "--suppress-outputs"] as const;

const lines: string[] = [];
let emulators: EngineEmulators;
let emulator: KonnectEmulator;
let tenant: Auth0Emulator;
let stack: PulumiWorkspace;
let portalId: string;
let previousDefault: string;
let apiId: string;

/** Records one step: its wall time and what it cost each emulator. */
function report(step: string, ms: number): void {
    const konnect = emulator.counts();
    const auth0 = tenant.counts();
    lines.push(
        `${step.padEnd(52)} ${(ms / 1000).toFixed(1).padStart(6)} s   Konnect ${konnect.get} GET / ${konnect.write} write` +
            `   Auth0 ${auth0.get} GET / ${auth0.write} write`,
    );
}

/** How often the post-deploy verification fetched the issuer's discovery document since the last reset. */
function discoveries(): number {
    return tenant.requests.filter((r) => r.route === DISCOVERY).length;
}

/** Konnect writes since the last reset, as `METHOD path`. */
function konnectWrites(): string[] {
    return emulator.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);
}

async function konnectPost(pathName: string, body: unknown): Promise<{ id: string }> {
    const response = await fetch(`${emulator.url}${pathName}`, {
        method: "POST",
        headers: { authorization: `Bearer ${emulator.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`seeding ${pathName}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
}

function onlyStrategy<T extends Map<string, Record<string, any>>>(map: T): Record<string, any> {
    const ours = [...map.values()].filter((s) => s.name === "auth0-dcr-dev");
    expect(ours).toHaveLength(1);
    return ours[0];
}

beforeAll(async () => {
    emulators = await startEngineEmulators();
    ({ konnect: emulator, tenant } = emulators);
    // The portal as a team finds it: a key-auth strategy made by hand is its default.
    previousDefault = (
        await konnectPost("/v2/application-auth-strategies", {
            name: "hand-made-key-auth",
            display_name: "Key auth",
            strategy_type: "key_auth",
            configs: { "key-auth": { key_names: ["apikey"] } },
        })
    ).id;
    portalId = emulator.addPortal({
        name: "developer-portal",
        defaultApplicationAuthStrategyId: previousDefault,
        defaultDomain: "acme.us.kongportals.com",
    }).id;
    // An API already published on the portal with that strategy, which the stack moves to DCR.
    apiId = emulator.addApi({ name: "orders" }).id;
    emulator.publishApi({ apiId, portalId, visibility: "public", authStrategyIds: [previousDefault] });

    stack = await initProgramStack(emulators, "dev", {
        portalId,
        dcrAdminClientId: ADMIN_CLIENT_ID,
        dcrAdminClientSecret: ADMIN_SECRET,
        apiIds: [apiId],
    });
});

afterAll(async () => {
    if (lines.length) process.stdout.write(`\nEngine suite steps:\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
    stack?.dispose();
    await emulators?.close();
});

beforeEach(() => {
    emulator.resetRequests();
    tenant.resetRequests();
});

it("a. the first preview runs the policy pack with no mandatory violation and writes nothing", async () => {
    const preview = await stack.preview(POLICY_PACK);
    report("a. first preview with the policy pack", preview.result.ms);
    expect(preview.result.code).toBe(0);
    expect(preview.result.stdout + preview.result.stderr).not.toMatch(/mandatory/i);
    const creates = changes(preview).filter((c) => c.startsWith("create"));
    expect(creates).toEqual(
        expect.arrayContaining([
            expect.stringContaining("DcrProvider::konnect-portal-dcr-dcr-provider"),
            expect.stringContaining("ApplicationAuthStrategy::konnect-portal-dcr-auth-strategy"),
            expect.stringContaining("PortalAuthStrategyBinding::konnect-portal-dcr-portal-binding"),
            expect.stringContaining(`ApiPublicationAuthStrategy::konnect-portal-dcr-publication-${apiId}`),
        ]),
    );
    expect(emulator.counts().write).toBe(0);
});

it("b. pulumi up creates the DCR provider, the strategy, the portal default and the API's publication strategy, then verifies them", async () => {
    const up = await stack.ok(["up", "--yes", "--skip-preview", ...POLICY_PACK]);
    report("b. up", up.ms);
    const provider = [...emulator.dcrProviders.values()].find((p) => p.name === "auth0-dcr-dev")!;
    expect(provider).toMatchObject({
        provider_type: "auth0",
        issuer: ISSUER,
        dcr_config: { initial_client_id: ADMIN_CLIENT_ID },
    });
    expect(emulator.initialClientSecretOf(provider.id)).toBe(ADMIN_SECRET);
    const strategy = onlyStrategy(emulator.authStrategies);
    expect(strategy).toMatchObject({ strategy_type: "openid_connect", dcr_provider: { id: provider.id } });
    expect(strategy.configs["openid-connect"]).toMatchObject({
        issuer: ISSUER,
        credential_claim: ["azp"],
        scopes: ["openid"],
    });
    expect(emulator.portals.get(portalId)!.default_application_auth_strategy_id).toBe(strategy.id);
    expect(emulator.apiPublications.get(`${apiId}/${portalId}`)).toMatchObject({
        auth_strategy_ids: [strategy.id],
        visibility: "public",
    });

    const outputs = await stack.outputs();
    expect(outputs).toEqual({
        konnectDcrProviderId: provider.id,
        konnectAuthStrategyId: strategy.id,
        konnectPortalId: portalId,
    });
});

it("c. with nothing changed, a second preview and up change nothing and write nothing", async () => {
    const preview = await stack.preview();
    expect(changes(preview)).toEqual([]);
    const up = await stack.ok(["up", "--yes", "--skip-preview"]);
    report("c. no-op preview + up", preview.result.ms + up.ms);
    expect(Object.keys(resourceSummary(up.stdout))).toEqual(["unchanged"]);
    expect(emulator.counts().write).toBe(0);
    expect(discoveries()).toBe(0);
});

it("d. one setting changed previews as exactly one update, with nothing downstream unknown, and applies as one PATCH", async () => {
    await stack.setConfig("konnect-auth0-dcr:konnectAuthStrategyDisplayName", "Auth0 (engine)");
    // --show-sames: the JSON then lists the unchanged resources too, with the inputs the engine planned.
    const preview = await stack.preview(["--show-sames"]);
    expect(changes(preview)).toEqual([
        "update konnect-auth0-dcr:konnect:KonnectPortalDcr$pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy::konnect-portal-dcr-auth-strategy",
    ]);
    // Downstream (binding, publication, verification) the inputs stay known: the strategy's id does not change.
    for (const step of preview.steps.filter((step) => step.op === "same")) {
        // The serialized provider code is left out: it holds the sentinel as a constant of its own checks.
        const { __provider, ...inputs } = step.newState?.inputs ?? {};
        expect([step.urn, JSON.stringify(inputs)]).toEqual([step.urn, expect.not.stringContaining(UNKNOWN)]);
    }
    expect(preview.steps.filter((step) => step.op === "same").length).toBeGreaterThanOrEqual(4);

    emulator.resetRequests();
    const up = await stack.ok(["up", "--yes", "--skip-preview"]);
    report("d. one-field update (preview + up)", preview.result.ms + up.ms);
    // Nothing the verification checked changed, so it does not run again.
    expect(konnectWrites()).toEqual([
        `PATCH /v2/application-auth-strategies/${onlyStrategy(emulator.authStrategies).id}`,
    ]);
    expect(discoveries()).toBe(0);
    expect(onlyStrategy(emulator.authStrategies).display_name).toBe("Auth0 (engine)");
});

it("e. drift made in Konnect: the drift workflow's preview fails naming it, pulumi refresh reads it, one PATCH puts it back", async () => {
    const strategy = onlyStrategy(emulator.authStrategies);
    strategy.configs["openid-connect"].scopes = ["openid", "email"];

    // The scheduled drift check (.github/workflows/drift.yml): the same commands, and its summary of the JSON.
    const check = await stack.run([...DRIFT_CHECK]);
    expect(check.code).not.toBe(0);
    const drift = driftOf("dev", await stack.preview(["--refresh"]));
    expect(drift.resources.map((r) => `${r.op} ${r.name}`)).toEqual(["update konnect-portal-dcr-auth-strategy"]);
    expect(emulator.counts().write).toBe(0);

    const refresh = await stack.ok(["refresh", "--yes", "--skip-preview"]);
    expect(resourceSummary(refresh.stdout)).toMatchObject({ updated: 1 });
    expect(emulator.counts().write).toBe(0);
    const { resources } = await stack.exportState();
    const refreshed = resources.find(
        (r) => r.type === "pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy",
    ) as unknown as {
        outputs: { scopes: string[] };
    };
    expect(refreshed.outputs.scopes).toEqual(["openid", "email"]);

    const preview = await stack.preview();
    expect(changes(preview)).toEqual([
        expect.stringMatching(/^update .*ApplicationAuthStrategy::konnect-portal-dcr-auth-strategy$/),
    ]);
    emulator.resetRequests();
    const up = await stack.ok(["up", "--yes", "--skip-preview"]);
    report("e. drift: refresh, preview, up", refresh.ms + preview.result.ms + up.ms);
    expect(konnectWrites()).toEqual([`PATCH /v2/application-auth-strategies/${strategy.id}`]);
    expect(onlyStrategy(emulator.authStrategies).configs["openid-connect"].scopes).toEqual(["openid"]);
    // Put back: the drift check passes again.
    expect((await stack.run([...DRIFT_CHECK])).code).toBe(0);
});

it("f. a rotated DCR admin secret reaches Konnect in one PATCH and the verification runs again", async () => {
    await stack.setConfig("konnect-auth0-dcr:dcrAdminClientSecret", { value: ROTATED_SECRET, secret: true });
    const up = await stack.ok(["up", "--yes", "--skip-preview"]);
    report("f. secret rotation", up.ms);
    const provider = [...emulator.dcrProviders.values()].find((p) => p.name === "auth0-dcr-dev")!;
    expect(konnectWrites()).toEqual([
        `PATCH /v2/dcr-providers/${provider.id}`,
        `POST /v2/dcr-providers/${provider.id}/verify`,
    ]);
    expect(discoveries()).toBe(1);
    expect(emulator.initialClientSecretOf(provider.id)).toBe(ROTATED_SECRET);
});

it("g. the engine's state holds neither the admin secret nor the Konnect token in plaintext", async () => {
    const started = Date.now();
    const { text, resources } = await stack.exportState();
    report("g. state export scanned", Date.now() - started);
    expect(resources.some((r) => r.type === "pulumi-nodejs:dynamic/konnect:DcrProvider")).toBe(true);
    for (const secret of [ADMIN_SECRET, ROTATED_SECRET, emulator.token]) expect(text).not.toContain(secret);
});

it("h. the policy pack stops a preview of broken DCR settings, naming the mandatory policy", async () => {
    const broken = new PulumiWorkspace(BROKEN, "dev", { KONNECT_TOKEN: emulator.token });
    try {
        await broken.init({
            "konnect-auth0-dcr:konnectServerUrl": emulator.url,
            "konnect-auth0-dcr:dcrAdminClientSecret": { value: ADMIN_SECRET, secret: true },
        });
        const result = await broken.run(["preview", ...POLICY_PACK]);
        report("h. broken program refused by the policy pack", result.ms);
        expect(result.code).not.toBe(0);
        expect(result.stdout + result.stderr).toContain("konnect-issuer-consistency");
        expect(result.stdout + result.stderr).toMatch(/mandatory/);
        expect(emulator.counts().write).toBe(0);
    } finally {
        broken.dispose();
    }
});

it("i. protected resources make pulumi destroy fail until they are unprotected", async () => {
    await stack.setConfig("konnect-auth0-dcr:protectResources", "true");
    await stack.ok(["up", "--yes", "--skip-preview"]);
    emulator.resetRequests();
    const refused = await stack.run(["destroy", "--yes", "--skip-preview"]);
    report("i. destroy refused while protected", refused.ms);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/protected/);
    expect(emulator.counts().write).toBe(0);
    await stack.ok(["state", "unprotect", "--all", "--yes"]);
    await stack.setConfig("konnect-auth0-dcr:protectResources", "false");
});

it("j. pulumi destroy leaves Konnect as it was found; a second destroy is a no-op", async () => {
    const destroy = await stack.ok(["destroy", "--yes", "--skip-preview"]);
    report("j. destroy", destroy.ms);
    expect([...emulator.dcrProviders.values()].filter((p) => p.name === "auth0-dcr-dev")).toEqual([]);
    expect([...emulator.authStrategies.values()].map((s) => s.id)).toEqual([previousDefault]);
    expect(emulator.portals.get(portalId)!.default_application_auth_strategy_id).toBe(previousDefault);
    expect(emulator.apiPublications.get(`${apiId}/${portalId}`)).toMatchObject({
        auth_strategy_ids: [previousDefault],
        visibility: "public",
    });

    emulator.resetRequests();
    const again = await stack.ok(["destroy", "--yes", "--skip-preview"]);
    report("j. second destroy", again.ms);
    expect(emulator.counts()).toEqual({ get: 0, write: 0 });
});
