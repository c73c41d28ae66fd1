/**
 * The Konnect providers' code stays in the project, not in the state, on the real Pulumi engine:
 * - a stack deployed by the version before the thin providers (a fixture of its state, its Konnect objects seeded
 *   back into the emulator) moves to today's form with no Konnect object created, deleted or replaced, and no POST
 *   or DELETE: one `pulumi up` of updates that only rewrite the state;
 * - every dynamic resource then takes at most 8 KiB in `pulumi stack export`, holding no path of the checkout;
 * - `pulumi refresh` and `pulumi destroy` run the code checked out now: a copy of the project deploys, its Konnect
 *   client is then changed, and the emulator sees the changed client on refresh and on destroy.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { changes, PulumiWorkspace, REPO_ROOT } from "../../scripts/engine/pulumiCli";
import { EngineEmulators, initProgramStack, startEngineEmulators } from "../../scripts/engine/programStack";
import { EARLIER_STACK, readEarlierStateFixture, seedPortal } from "../../scripts/engine/earlierStateFixture";

/** The most a dynamic resource may take in `pulumi stack export`. */
const MAX_RESOURCE_BYTES = 8 * 1024;
const DYNAMIC = "pulumi-nodejs:dynamic/";

/** Each dynamic resource's size in the export, by type. */
function dynamicResourceSizes(exported: string): Record<string, number> {
    const { deployment } = JSON.parse(exported) as { deployment: { resources?: { type: string }[] } };
    return Object.fromEntries(
        (deployment.resources ?? [])
            .filter((r) => r.type.startsWith(DYNAMIC))
            .map((r) => [r.type.slice(DYNAMIC.length), Buffer.byteLength(JSON.stringify(r))]),
    );
}

function expectSmall(sizes: Record<string, number>): void {
    expect(Object.keys(sizes).sort()).toEqual([
        "konnect:ApiPublicationAuthStrategy",
        "konnect:ApplicationAuthStrategy",
        "konnect:DcrProvider",
        "konnect:DcrVerification",
        "konnect:PortalAuthStrategyBinding",
    ]);
    for (const [type, bytes] of Object.entries(sizes)) {
        expect({ type, small: bytes <= MAX_RESOURCE_BYTES }).toEqual({ type, small: true });
    }
    process.stdout.write(`dynamic resources in stack export (bytes): ${JSON.stringify(sizes)}\n`);
}

describe("a stack deployed by the version before the thin providers", () => {
    let emulators: EngineEmulators;
    let stack: PulumiWorkspace;
    let apiId: string;

    beforeAll(async () => {
        emulators = await startEngineEmulators();
        const fixture = readEarlierStateFixture(emulators.konnect.url);
        apiId = fixture.settings.apiIds![0];
        emulators.konnect.restore(fixture.konnect);
        stack = await initProgramStack(emulators, EARLIER_STACK, fixture.settings);
        const file = path.join(stack.dir, "earlier-state.json");
        fs.writeFileSync(file, JSON.stringify(fixture.deployment));
        await stack.ok(["stack", "import", "--file", file]);
        const sizes = dynamicResourceSizes((await stack.exportState()).text);
        // The fixture is what it says: each resource carries its provider's whole code.
        for (const bytes of Object.values(sizes)) expect(bytes).toBeGreaterThan(100 * 1024);
    });

    afterAll(async () => {
        stack?.dispose();
        await emulators?.close();
    });

    beforeEach(() => emulators.konnect.resetRequests());

    it("previews updates of the five Konnect resources only: nothing created, deleted or replaced", async () => {
        const preview = await stack.preview();
        expect(preview.result.code).toBe(0);
        const konnect = "konnect-auth0-dcr:konnect:KonnectPortalDcr$pulumi-nodejs:dynamic/konnect";
        expect(changes(preview).sort()).toEqual([
            `update ${konnect}:ApiPublicationAuthStrategy::konnect-portal-dcr-publication-${apiId}`,
            `update ${konnect}:ApplicationAuthStrategy::konnect-portal-dcr-auth-strategy`,
            `update ${konnect}:DcrProvider::konnect-portal-dcr-dcr-provider`,
            `update ${konnect}:DcrVerification::konnect-portal-dcr-verify`,
            `update ${konnect}:PortalAuthStrategyBinding::konnect-portal-dcr-portal-binding`,
        ]);
        expect(emulators.konnect.counts().write).toBe(0);
    });

    it("pulumi up sends Konnect no POST or DELETE (no write at all), and leaves every resource under 8 KiB", async () => {
        const before = emulators.konnect.snapshot();
        await stack.ok(["up", "--yes", "--skip-preview"]);
        const writes = emulators.konnect.requests.filter((r) => r.method !== "GET");
        expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([]);
        expect(emulators.konnect.snapshot()).toEqual(before);
        expectSmall(dynamicResourceSizes((await stack.exportState()).text));
    });

    it("then previews no change", async () => {
        await stack.ok(["preview", "--expect-no-changes"]);
    });
});

/** The project's tracked (and new, not ignored) files copied to a temporary folder, `node_modules` linked. */
function copyOfProject(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "konnect-auth0-dcr-copy-"));
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
        cwd: REPO_ROOT,
        encoding: "utf8",
    })
        .split("\0")
        .filter((file) => file !== "" && fs.existsSync(path.join(REPO_ROOT, file)));
    for (const file of files) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.copyFileSync(path.join(REPO_ROOT, file), path.join(dir, file));
    }
    fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"));
    return dir;
}

describe("refresh and destroy run the code checked out now", () => {
    const CHANGED_AGENT = "konnect-auth0-dcr (changed after up)";
    let emulators: EngineEmulators;
    let project: string;
    let stack: PulumiWorkspace;

    beforeAll(async () => {
        emulators = await startEngineEmulators();
        const { portalId, apiId } = seedPortal(emulators.konnect);
        project = copyOfProject();
        stack = await initProgramStack(
            emulators,
            "today",
            {
                portalId,
                dcrAdminClientId: "dcr-admin-client-id-from-auth0",
                dcrAdminClientSecret: "dcr-admin-secret-today-0000000000",
                apiIds: [apiId],
            },
            path.join(project, "tests", "engine", "program"),
        );
        await stack.ok(["up", "--yes", "--skip-preview"]);
    });

    afterAll(async () => {
        stack?.dispose();
        if (project) fs.rmSync(project, { recursive: true, force: true });
        await emulators?.close();
    });

    beforeEach(() => emulators.konnect.resetRequests());

    it("keeps each dynamic resource under 8 KiB, with no path of the checkout in the state", async () => {
        const { text } = await stack.exportState();
        expectSmall(dynamicResourceSizes(text));
        expect(text).not.toContain(project);
        // The engine's own stack traces name the linked node_modules' real folder; the providers' code names none.
        const { deployment } = JSON.parse(text) as {
            deployment: { resources: { inputs?: { __provider?: string } }[] };
        };
        const code = deployment.resources.map((r) => r.inputs?.__provider).filter((c) => c !== undefined);
        expect(code).toHaveLength(5);
        for (const one of code) expect(one).not.toMatch(/\/(tmp|work|home|root|Users)\//);
    });

    it("is served by the launcher Pulumi.yaml names for the dynamic-provider host, started in the program's folder", async () => {
        // The copy's launcher notes where it ran; Pulumi's own launcher would leave no note.
        const launcher = path.join(project, "dynamic", "host", "launch.js");
        const note = path.join(stack.dir, "launched-in");
        fs.appendFileSync(launcher, `\nrequire("fs").writeFileSync(${JSON.stringify(note)}, process.cwd());\n`);
        await stack.ok(["preview", "--expect-no-changes"]);
        expect(fs.readFileSync(note, "utf8")).toBe(path.join(project, "tests", "engine", "program"));
    });

    it("pulumi refresh, after the project's Konnect client changed, reads with the changed client", async () => {
        const client = path.join(project, "konnect", "client.ts");
        const code = fs.readFileSync(client, "utf8");
        expect(code).toContain('"User-Agent": "konnect-auth0-dcr"');
        fs.writeFileSync(client, code.replace('"User-Agent": "konnect-auth0-dcr"', `"User-Agent": "${CHANGED_AGENT}"`));
        await stack.ok(["refresh", "--yes", "--skip-preview"]);
        const agents = new Set(emulators.konnect.requests.map((r) => r.userAgent));
        expect(emulators.konnect.requests.length).toBeGreaterThan(0);
        expect([...agents]).toEqual([CHANGED_AGENT]);
    });

    it("pulumi destroy deletes and restores with the changed client", async () => {
        await stack.ok(["destroy", "--yes", "--skip-preview"]);
        const writes = emulators.konnect.requests.filter((r) => r.method !== "GET");
        expect(writes.map((r) => r.method)).toEqual(expect.arrayContaining(["DELETE"]));
        expect([...new Set(emulators.konnect.requests.map((r) => r.userAgent))]).toEqual([CHANGED_AGENT]);
        expect(emulators.konnect.dcrProviders.size).toBe(0);
    });
});
