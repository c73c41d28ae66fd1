/**
 * The drift job (`.github/workflows/drift.yml`) on the real Pulumi CLI with the project's own program: the dev
 * stack deployed with the deploy credentials, drift made in Konnect, then what the job runs, in its order, with
 * ONLY the read-only credentials in the environment of pulumi:
 *
 * 1. `npm run drift:read-only -- --stack <stack> --out <copy>`: a copy of the stack file without ESC imports and
 *    credential settings (`auth0:clientId` among them); the stack file itself is left as it is;
 * 2. `pulumi preview --config-file <copy> --refresh --expect-no-changes --diff --suppress-outputs`;
 * 3. on failure, the same preview with `--json`, turned into the job summary (`scripts/driftSummary.ts`).
 *
 * Read-only means: a Konnect token the emulator lets read but not write (`setReadOnlyToken`), and a second Auth0
 * Machine-to-Machine app with only the read scopes the README lists. The Konnect emulator labels each request
 * with the token it used, so the scenario shows that no request of the drift run used the deploy token.
 */
import * as fs from "fs";
import * as path from "path";
import { parseDocument } from "yaml";
import { driftOf, exitCodeOf, PreviewDigest, renderDriftMarkdown } from "../../scripts/driftSummary";
import { CliResult, PulumiWorkspace } from "../../scripts/engine/pulumiCli";
import {
    initWholeProgramStack,
    readShippedStack,
    ShippedStack,
    startWholeProgramEmulators,
    WholeProgramEmulators,
} from "../../scripts/engine/wholeProgram";
import { main as readOnlyStackFileMain } from "../../scripts/readOnlyStackFile";

/** The Management API scopes of the drift job's Auth0 app (README, "Drift detection"): reads only. */
const READ_ONLY_AUTH0_SCOPES = ["read:clients", "read:client_grants", "read:resource_servers", "read:client_keys"];
/** The drift job's Konnect token: a system-account token with viewer roles only. */
const READ_ONLY_KONNECT_TOKEN = "spat_DriftCheckReadOnly0123456789abcdefABCDEF";
/** The drift job's preview flags (drift.yml), after `--stack` and `--config-file`. */
const DRIFT_PREVIEW = ["--refresh", "--run-program", "--expect-no-changes", "--diff", "--suppress-outputs"];
const STRATEGY = "konnect-portal-dcr-auth-strategy";

let shipped: ShippedStack;
let emulators: WholeProgramEmulators;
let stack: PulumiWorkspace;

beforeAll(async () => {
    shipped = readShippedStack("dev");
    emulators = await startWholeProgramEmulators(shipped);
    stack = await initWholeProgramStack(emulators, shipped, "engine-drift-read-only");
});

afterAll(async () => {
    stack?.dispose();
    await emulators?.close();
});

/** Writes the emulators received (Auth0 token requests are not writes to the tenant's objects). */
function writes(): string[] {
    return [
        ...emulators.konnect.requests.filter((r) => r.method !== "GET").map((r) => `Konnect ${r.method} ${r.path}`),
        ...emulators.tenant.requests
            .filter((r) => r.method !== "GET" && r.path !== "/oauth/token")
            .map((r) => `Auth0 ${r.method} ${r.path}`),
    ];
}

/** How many Konnect requests used each token, e.g. `{ "read-only": 12 }`. */
function konnectTokens(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of emulators.konnect.requests) counts[r.token] = (counts[r.token] ?? 0) + 1;
    return counts;
}

/** `pulumi preview` as the drift job runs it: this stack, the read-only copy of its stack file. */
function driftPreview(configFile: string, extra: string[] = []): Promise<CliResult> {
    return stack.run(["preview", "--stack", stack.stack, "--config-file", configFile, ...DRIFT_PREVIEW, ...extra], {
        stackless: true,
    });
}

it("deploys the dev stack with the deploy credentials (every Konnect request with the deploy token)", async () => {
    emulators.konnect.resetRequests();
    await stack.ok(["up", "--yes", "--skip-preview"]);
    expect(Object.keys(konnectTokens())).toEqual(["deploy"]);
    expect([...emulators.konnect.authStrategies.values()].some((s) => s.name === "auth0-dcr-dev-5f1c3c9e")).toBe(true);
});

it("drift made in Konnect: the job's commands with read-only credentials only fail naming it; no deploy token, no write", async () => {
    const { konnect, tenant } = emulators;
    // Drift: the strategy's display name changed in Konnect's UI.
    const strategy = [...konnect.authStrategies.values()].find((s) => s.name === "auth0-dcr-dev-5f1c3c9e")!;
    const declaredDisplayName = strategy.display_name as string;
    strategy.display_name = "Changed in the Konnect UI";

    // The read-only credentials: a Konnect token that cannot write, an Auth0 app that can only read.
    konnect.setReadOnlyToken(READ_ONLY_KONNECT_TOKEN);
    const readOnlyApp = tenant.addClient({
        name: "Pulumi drift check (read-only)",
        app_type: "non_interactive",
        grant_types: ["client_credentials"],
        token_endpoint_auth_method: "client_secret_post",
    });
    tenant.addGrant({
        client_id: readOnlyApp.client_id,
        audience: tenant.managementApiAudience,
        scope: READ_ONLY_AUTH0_SCOPES,
    });
    tenant.allowTokens(readOnlyApp.client_id);

    // The job's environment: the read-only credentials and no other (the workspace scrubs the machine's own).
    for (const name of ["AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET", "KONNECT_TOKEN", "KONNECT_SPAT"]) {
        delete stack.env[name];
    }
    stack.env.AUTH0_CLIENT_ID = readOnlyApp.client_id as string;
    stack.env.AUTH0_CLIENT_SECRET = readOnlyApp.client_secret as string;
    stack.env.KONNECT_TOKEN = READ_ONLY_KONNECT_TOKEN;

    // 1. npm run drift:read-only -- --stack <stack> --out <copy> (the workspace's stack file is the checkout's).
    const stackFileBefore = fs.readFileSync(stack.configFile, "utf8");
    const copy = path.join(stack.dir, "runner-temp", "read-only", `Pulumi.${stack.stack}.yaml`);
    const printed: string[] = [];
    const code = readOnlyStackFileMain(
        ["--stack", stack.stack, "--out", copy],
        { out: (t) => printed.push(t), err: () => undefined },
        path.dirname(stack.configFile),
    );
    expect([code, printed]).toEqual([0, [copy]]);
    expect(fs.readFileSync(stack.configFile, "utf8")).toBe(stackFileBefore);
    const copied = parseDocument(fs.readFileSync(copy, "utf8")).toJSON() as { config: Record<string, unknown> };
    expect(copied.config["auth0:clientId"]).toBeUndefined();
    expect(copied.config["auth0:domain"]).toBe(shipped.auth0Domain);

    // 2. The drift check, then 3. on its failure the same preview as JSON for the summary.
    konnect.resetRequests();
    tenant.resetRequests();
    const check = await driftPreview(copy);
    const json = await driftPreview(copy, ["--json"]);
    const said = check.stdout + check.stderr;

    expect(check.code).not.toBe(0);
    expect(said).toContain(STRATEGY);
    expect(said).toMatch(/no changes were expected for preview but changes were proposed/);
    let digest: PreviewDigest;
    try {
        digest = JSON.parse(json.stdout) as PreviewDigest;
    } catch {
        throw new Error(`pulumi preview --json printed no JSON (exit ${json.code}):\n${json.stdout}\n${json.stderr}`);
    }
    const report = driftOf("dev", digest);
    expect(report.errors).toEqual([]);
    expect(report.resources.map((r) => `${r.op} ${r.name}`)).toEqual([`update ${STRATEGY}`]);
    expect(exitCodeOf(report)).toBe(1);
    expect(renderDriftMarkdown(report)).toContain("## Drift in `dev`: 1 resource differs from the stack");

    // Every Konnect request of the drift run carried the read-only token; nothing was written anywhere.
    const tokens = konnectTokens();
    process.stdout.write(`\nKonnect requests of the drift run by token: ${JSON.stringify(tokens)}\n`);
    expect(Object.keys(tokens)).toEqual(["read-only"]);
    expect(konnect.requests.filter((r) => r.status === 401 || r.status === 403)).toEqual([]);
    expect(tenant.requests.filter((r) => r.status === 401 || r.status === 403)).toEqual([]);
    expect(tenant.requests.some((r) => r.path === "/oauth/token" && r.status === 200)).toBe(true);
    expect(writes()).toEqual([]);
    expect(konnect.authStrategies.get(strategy.id)!.display_name).toBe("Changed in the Konnect UI");
    expect(declaredDisplayName).not.toBe("Changed in the Konnect UI");

    // Put back by hand: the same read-only run passes, so nothing the read-only credentials cannot see (the DCR
    // admin app's secret needs read:client_keys) shows as a false difference.
    strategy.display_name = declaredDisplayName;
    konnect.resetRequests();
    tenant.resetRequests();
    const clean = await driftPreview(copy);
    expect([clean.code, clean.stderr]).toEqual([0, expect.anything()]);
    expect(Object.keys(konnectTokens())).toEqual(["read-only"]);
    expect(writes()).toEqual([]);
});
