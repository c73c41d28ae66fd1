/**
 * "Taking over a setup made by hand" (README) under the policy pack, on the real Pulumi CLI with the project's own
 * program: a hand-made DCR admin app whose Management API grant carries one scope too many (`read:users`) and a
 * hand-made portal API that allows offline access, taken over with the adopt settings, then the settings removed.
 *
 * On the real engine a policy sees, for every input a take-over keeps with `ignoreChanges`, the live value (the
 * engine puts it in place of the declared one before any analyzer runs), so the mandatory policies leave those
 * inputs to the advisory ones while the take-over is pending (`policies/lib/takeOver.ts`). This file proves, in
 * order: the take-over preview and `up` pass the pack with advisories naming the differences, and the `up` writes
 * nothing to Auth0's objects; with the adopt settings removed the preview shows the differences as updates and
 * passes; `up` applies them; a final preview is clean; a scope hand-added again is an update the pack lets through
 * (the declared grant is least privilege) while a program that declares an extra scope is still refused.
 * One scenario a test, in order.
 */
import * as path from "path";
import { CliResult, PulumiWorkspace, REPO_ROOT } from "../../scripts/engine/pulumiCli";
import {
    initWholeProgramStack,
    readShippedStack,
    ShippedStack,
    startWholeProgramEmulators,
    WholeProgramEmulators,
} from "../../scripts/engine/wholeProgram";
import { routeThisProcessThrough } from "../../emulators/tls";
import { KONG_GUIDE_DCR_SCOPES as KONG_DCR_SCOPES } from "../support/kongGuide";

const POLICY_PACK = [
    "--policy-pack",
    path.join(REPO_ROOT, "policies"),
    "--policy-pack-config",
    path.join(REPO_ROOT, "policies", "config", "dev.json"),
];

/** The same scopes as the policies list them (sorted). */
const DECLARED = [...KONG_DCR_SCOPES].sort().join(", ");

const GRANT = 'ClientGrant "dcr-admin-management-api-grant"';
const API = 'ResourceServer "portal-audience-api" (https://api.dev.acme.com/portal)';
const kept = (setting: string) =>
    ` Kept by the take-over until konnect-auth0-dcr:${setting} is removed; the preview after that shows it as an update, and pulumi up applies it.`;
const ADOPT_SETTINGS = ["adoptDcrAdminClientId", "adoptDcrAdminGrantId", "adoptPortalAudienceId"];

const lines: string[] = [];
let shipped: ShippedStack;
let emulators: WholeProgramEmulators;
let stack: PulumiWorkspace;
let grantId: string;
let apiId: string;

/**
 * The policy results a `pulumi preview`/`up` printed, as `<level> <policy>: <message>`. The CLI's "Policies:" section
 * prints each as `- [<level>] [severity: …]  <policy>  (<type>: <name>)`, the policy's description on the next line and
 * the message on the one after; with `--diff` they are printed inline as `<pack>@v<version> [<level>] …  (<type>:
 * <name>)<description>` and the message on the next line.
 */
function policyLines(result: CliResult): string[] {
    const output = result.stdout.split("\n");
    const found: string[] = [];
    output.forEach((line, i) => {
        const match = /\[(mandatory|advisory)\] \[severity: \w+\]\s+(\S+)\s+\([^)]*\)(.*)$/.exec(line);
        if (match) {
            const message = output[match[3].trim() === "" ? i + 2 : i + 1] ?? "";
            found.push(`${match[1]} ${match[2]}: ${message.trim()}`);
        }
    });
    return found;
}

function report(step: string, ms: number): void {
    const konnect = emulators.konnect.counts();
    const auth0 = emulators.tenant.counts();
    lines.push(
        `${step.padEnd(60)} ${(ms / 1000).toFixed(1).padStart(6)} s   Konnect ${konnect.get} GET / ${konnect.write} write` +
            `   Auth0 ${auth0.get} GET / ${auth0.write} write`,
    );
}

/** Auth0 writes since the last reset, as `METHOD path` (token requests are not writes to the tenant's objects). */
function auth0Writes(): string[] {
    return emulators.tenant.requests
        .filter((r) => r.method !== "GET" && r.path !== "/oauth/token")
        .map((r) => `${r.method} ${r.path}`);
}

function resetRequests(): void {
    emulators.konnect.resetRequests();
    emulators.tenant.resetRequests();
}

/** The grant and the API as the tenant holds them now. */
const liveGrant = () => emulators.tenant.grants().find((g) => g.id === grantId)!;
const liveApi = () => emulators.tenant.resourceServers().find((s) => s.id === apiId)!;

/** The preview's Auth0 steps that change something, as `op type::name` (the parent component left out). */
async function auth0Changes(): Promise<string[]> {
    const preview = await stack.preview();
    expect(preview.result.code).toBe(0);
    return preview.steps
        .filter((step) => step.op !== "same")
        .map((step) => `${step.op} ${step.urn.split("::").slice(-2).join("::").split("$").pop()}`)
        .filter((change) => / auth0:/.test(change));
}

/** A hand edit in the dashboard: one Management API call with Pulumi's own app, through the tenant's proxy. */
async function managementApi(method: string, pathName: string, body: unknown): Promise<void> {
    const restore = routeThisProcessThrough(emulators.tenant.env, emulators.tenant.caPem);
    try {
        const token = await fetch(`${emulators.tenant.url}/oauth/token`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
                grant_type: "client_credentials",
                client_id: shipped.auth0ClientId,
                client_secret: emulators.auth0ClientSecret,
                audience: `https://${shipped.auth0Domain}/api/v2/`,
            }),
        });
        const { access_token } = (await token.json()) as { access_token: string };
        const response = await fetch(`${emulators.tenant.url}/api/v2${pathName}`, {
            method,
            headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
            body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${method} ${pathName}: ${response.status} ${await response.text()}`);
    } finally {
        restore();
    }
}

beforeAll(async () => {
    shipped = readShippedStack("dev");
    emulators = await startWholeProgramEmulators(shipped);
    stack = await initWholeProgramStack(emulators, shipped, "engine-takeover-policy");
    const { tenant } = emulators;
    // Kong's manual procedure, done by hand, with two differences from what the stack declares.
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
    grantId = tenant.addGrant({
        client_id: client.client_id,
        audience: `https://${shipped.auth0Domain}/api/v2/`,
        scope: [...KONG_DCR_SCOPES, "read:users"],
    }).id;
    apiId = tenant.addResourceServer({
        identifier: shipped.portalAudience,
        name: "Acme Developer Portal API (dev)",
        signing_alg: "RS256",
        allow_offline_access: true,
        token_dialect: "access_token",
    }).id;
    await stack.setConfig("konnect-auth0-dcr:adoptDcrAdminClientId", client.client_id);
    await stack.setConfig("konnect-auth0-dcr:adoptDcrAdminGrantId", grantId);
    await stack.setConfig("konnect-auth0-dcr:adoptPortalAudienceId", apiId);
});

afterAll(async () => {
    if (lines.length)
        process.stdout.write(`\nTake-over under the policy pack:\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
    stack?.dispose();
    await emulators?.close();
});

beforeEach(() => resetRequests());

it("1. the take-over preview passes the pack; advisories name read:users and offline access; only imports in Auth0", async () => {
    const preview = await stack.run(["preview", ...POLICY_PACK]);
    report("1. take-over preview with the pack", preview.ms);
    expect(preview.code).toBe(0);
    expect(policyLines(preview)).toEqual([
        `advisory dcr-admin-live-grant-least-privilege: ${GRANT} as Auth0 holds it has scopes beyond what the stack declares: read:users. ` +
            `The stack declares exactly: ${DECLARED}.${kept("adoptDcrAdminGrantId")}`,
        `advisory portal-audience-live-settings: ${API} as Auth0 holds it allows offline access (refresh tokens); ` +
            `the stack declares allowOfflineAccess false.${kept("adoptPortalAudienceId")}`,
    ]);
    expect(preview.stdout).not.toMatch(/\[mandatory\]/);
    expect((await auth0Changes()).sort()).toEqual([
        "import auth0:index/client:Client::dcr-admin-client",
        "import auth0:index/clientCredentials:ClientCredentials::dcr-admin-credentials",
        "import auth0:index/clientGrant:ClientGrant::dcr-admin-management-api-grant",
        "import auth0:index/resourceServer:ResourceServer::portal-audience-api",
    ]);
    expect(auth0Writes()).toEqual([]);
});

it("2. pulumi up with the pack imports the hand-made objects: no write to Auth0's objects, the differences kept", async () => {
    const up = await stack.run(["up", "--yes", "--skip-preview", ...POLICY_PACK]);
    report("2. take-over up with the pack", up.ms);
    expect(up.code).toBe(0);
    expect(up.stdout).not.toMatch(/\[mandatory\]/);
    expect(policyLines(up)).toEqual([
        expect.stringMatching(
            /^advisory dcr-admin-live-grant-least-privilege: .* beyond what the stack declares: read:users\./,
        ),
        expect.stringMatching(/^advisory portal-audience-live-settings: .* allows offline access/),
    ]);
    // Not a single write to the tenant's objects: no POST, no DELETE, not even a PATCH.
    expect(auth0Writes()).toEqual([]);
    expect(liveGrant().scope).toEqual([...KONG_DCR_SCOPES, "read:users"]);
    expect(liveApi().allow_offline_access).toBe(true);
    const imported = (await stack.exportState()).resources.filter((r) => r.type.startsWith("auth0:"));
    expect(imported.map((r) => `${r.type} ${r.protect ? "protected" : "unprotected"}`).sort()).toEqual([
        "auth0:index/client:Client protected",
        "auth0:index/clientCredentials:ClientCredentials protected",
        "auth0:index/clientGrant:ClientGrant protected",
        "auth0:index/resourceServer:ResourceServer protected",
    ]);
});

it("3. with the adopt settings removed, the preview shows the differences as updates and passes the pack", async () => {
    for (const key of ADOPT_SETTINGS) await stack.ok(["config", "rm", `konnect-auth0-dcr:${key}`]);
    const preview = await stack.run(["preview", "--diff", ...POLICY_PACK]);
    report("3. preview after removing the adopt settings", preview.ms);
    expect(preview.code).toBe(0);
    expect(policyLines(preview)).toEqual([]);
    const json = await stack.preview();
    const step = (name: string) => json.steps.find((s) => s.urn.endsWith(`::${name}`))!;
    const grant = step("dcr-admin-management-api-grant");
    expect(grant.op).toBe("update");
    expect(grant.oldState?.inputs?.scopes).toEqual([...KONG_DCR_SCOPES, "read:users"]);
    expect([...(grant.newState?.inputs?.scopes as string[])].sort()).toEqual([...KONG_DCR_SCOPES].sort());
    const api = step("portal-audience-api");
    expect(api.op).toBe("update");
    expect([api.oldState?.inputs?.allowOfflineAccess, api.newState?.inputs?.allowOfflineAccess]).toEqual([true, false]);
    expect((await auth0Changes()).sort()).toEqual([
        "update auth0:index/clientGrant:ClientGrant::dcr-admin-management-api-grant",
        "update auth0:index/resourceServer:ResourceServer::portal-audience-api",
    ]);
    expect(preview.stdout).toMatch(/-\s+\[9\]: "read:users"/);
    expect(preview.stdout).toMatch(/~ allowOfflineAccess\s*: true => false/);
    expect(auth0Writes()).toEqual([]);
});

it("4. pulumi up applies them: the grant loses read:users, the API loses offline access; nothing created or deleted", async () => {
    const up = await stack.run(["up", "--yes", "--skip-preview", ...POLICY_PACK]);
    report("4. up after removing the adopt settings", up.ms);
    expect(up.code).toBe(0);
    expect(policyLines(up)).toEqual([]);
    expect([...liveGrant().scope].sort()).toEqual([...KONG_DCR_SCOPES].sort());
    expect(liveApi().allow_offline_access).toBe(false);
    expect(auth0Writes().sort()).toEqual(
        [`PATCH /api/v2/client-grants/${grantId}`, `PATCH /api/v2/resource-servers/${apiId}`].sort(),
    );
});

it("5. a final preview with the pack shows no change and no policy result", async () => {
    const preview = await stack.run(["preview", ...POLICY_PACK]);
    report("5. final preview with the pack", preview.ms);
    expect(preview.code).toBe(0);
    expect(policyLines(preview)).toEqual([]);
    expect(await auth0Changes()).toEqual([]);
});

it("6. read:users hand-added again: preview --refresh passes the pack and shows the update that removes it", async () => {
    await managementApi("PATCH", `/client-grants/${grantId}`, { scope: [...KONG_DCR_SCOPES, "read:users"] });
    expect(liveGrant().scope).toContain("read:users");
    resetRequests();
    // What the stack declares is least privilege, and the update puts it back: refusing the preview would block the fix.
    const preview = await stack.run(["preview", "--refresh", "--diff", ...POLICY_PACK]);
    report("6. preview --refresh after a hand edit", preview.ms);
    expect(preview.code).toBe(0);
    expect(preview.stdout).not.toMatch(/\[mandatory\]/);
    expect(preview.stdout).toMatch(/-\s+\[9\]: "read:users"/);
    // Nor does the advisory name it: with an update planned, the stack policies see the update's planned state
    // (the declared scopes), not the refreshed one. The diff above and the drift job's summary name it.
    expect(policyLines(preview)).toEqual([]);
    // The drift job's check fails on it.
    const drift = await stack.run(["preview", "--refresh", "--expect-no-changes", ...POLICY_PACK]);
    expect(drift.code).not.toBe(0);
    expect(auth0Writes()).toEqual([]);
    // The deploy puts the declared scopes back; it must refresh too, or the state still says least privilege.
    await stack.ok(["up", "--yes", "--skip-preview", "--refresh", ...POLICY_PACK]);
    expect([...liveGrant().scope].sort()).toEqual([...KONG_DCR_SCOPES].sort());
});

it("7. a program that declares an extra scope, with no take-over, is still refused by the mandatory policy", async () => {
    // developerManagedScopes adds read:resource_servers to the declared grant; dev's policy config does not allow it.
    await stack.setConfig("konnect-auth0-dcr:developerManagedScopes", "true");
    const preview = await stack.run(["preview", ...POLICY_PACK]);
    report("7. preview declaring an extra scope", preview.ms);
    expect(preview.code).not.toBe(0);
    expect(policyLines(preview)).toEqual([
        `mandatory dcr-admin-grant-least-privilege: Grant "dcr-admin-management-api-grant" on https://${shipped.auth0Domain}/api/v2/ ` +
            "has scopes Konnect DCR does not need: read:resource_servers (read:resource_servers is needed only with developer-managed scopes, " +
            "and this policy's developerManagedScopes is false).",
    ]);
    expect(auth0Writes()).toEqual([]);
    await stack.ok(["config", "rm", "konnect-auth0-dcr:developerManagedScopes"]);
});
