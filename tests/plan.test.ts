/**
 * `npm run plan`: the offline plan's output and exit codes, run in-process (and once as the command
 * itself, to prove the exit code and the error text a shell sees).
 */
import { execFile } from "child_process";
import * as path from "path";
import { promisify } from "util";
import { OFFLINE_ADMIN_CLIENT_SECRET } from "../offline/mockOutputs";
import { listStacks, offlineStackConfig, RegisteredResource } from "../offline/programRunner";
import { main, parsePlanArgs, PlanUsageError } from "../scripts/plan";
import { policyConfigFile } from "../scripts/policyConfig";
import { dependencyOrderedTree, displayValue } from "../scripts/planReport";
import { findSecretLeaks } from "../scripts/planSecrets";

const ROOT = path.resolve(__dirname, "..");

async function plan(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Every placeholder secret value the offline run supplies for a stack. */
function placeholderValues(stack: string): string[] {
    return [...Object.values(offlineStackConfig({ stack }).placeholders), OFFLINE_ADMIN_CLIENT_SECRET];
}

describe("npm run plan (dev, the default stack)", () => {
    let result: Awaited<ReturnType<typeof plan>>;
    beforeAll(async () => {
        result = await plan();
    });

    it("exits 0 with nothing on stderr", () => {
        expect(result.err).toBe("");
        expect(result.code).toBe(0);
    });

    it("prints the resource tree nested by parent, children after what they depend on", () => {
        // Each row: "+", the tree glyphs, the type, the name, the plan. A row's parent is the nearest row
        // above it whose type starts further left; no exact spacing is assumed.
        const tree = result.out
            .split("\n")
            .filter((l) => l.startsWith("+ "))
            .map((line) => {
                const [, glyphs, type, name, plan] = /^\+([\s│├└─]*)(\S+)\s+(\S+)\s+(\S+)/.exec(line)!;
                return { line, column: glyphs.length, type, name, plan };
            });
        const row = (type: string) => tree.findIndex((r) => r.type === type);
        const parentOf = (type: string) => {
            const i = row(type);
            return [...tree.slice(0, i)].reverse().find((r) => r.column < tree[i].column)?.type;
        };
        expect(tree[0]).toMatchObject({ type: "pulumi:pulumi:Stack", name: "konnect-auth0-dcr-dev", plan: "create" });
        expect(tree.every((r) => r.plan === "create")).toBe(true);
        for (const component of ["konnect-auth0-dcr:auth0:DcrAdmin", "konnect-auth0-dcr:auth0:PortalAudience"]) {
            expect([component, parentOf(component)]).toEqual([component, "pulumi:pulumi:Stack"]);
        }
        for (const child of ["auth0:index/client:Client", "auth0:index/clientGrant:ClientGrant"]) {
            expect([child, parentOf(child)]).toEqual([child, "konnect-auth0-dcr:auth0:DcrAdmin"]);
        }
        expect(parentOf("auth0:index/resourceServer:ResourceServer")).toBe("konnect-auth0-dcr:auth0:PortalAudience");
        expect(tree[row("auth0:index/client:Client")].name).toBe("dcr-admin-client");
        expect(row("auth0:index/client:Client")).toBeLessThan(row("auth0:index/clientGrant:ClientGrant"));
        expect(row("auth0:index/client:Client")).toBeLessThan(row("auth0:index/clientCredentials:ClientCredentials"));
        expect(tree[row("auth0:index/clientGrant:ClientGrant")].line).toContain("delete-before-replace");
    });

    it("shows the inputs that matter: app type, audience and scopes, the portal API", () => {
        expect(result.out).toContain('appType:         "non_interactive"');
        expect(result.out).toContain('audience:     "https://acme-dev.us.auth0.com/api/v2/"');
        expect(result.out).toMatch(/scopes:\n( +- "[a-z_:]+"\n){9}/);
        expect(result.out).toContain('identifier:          "https://api.dev.acme.com/portal"');
    });

    it("masks every secret as [secret] and leaks no placeholder secret", () => {
        expect(result.out).toContain("clientSecret (output):  [secret]");
        expect(result.out).toMatch(/dcrAdminClientSecret *: \[secret\]/);
        for (const secret of placeholderValues("dev")) expect(result.out).not.toContain(secret);
        expect(result.out).not.toContain("offline-placeholder");
    });

    it("lists every policy with its level and the policy config used", () => {
        expect(result.out).toContain("Policies: konnect-auth0-dcr-guardrails@v0.1.0, config policies/config/dev.json");
        expect(result.out).toMatch(/✓ mandatory dcr-admin-grant-least-privilege +passed on 1 resource/);
        expect(result.out).toMatch(/✓ advisory {2}audience-signed-with-rs256 +passed on 1 resource/);
        expect(result.out).toMatch(
            /- mandatory protect-production +not applicable: Stack "dev" is not a production stack \(prod\)/,
        );
        expect(result.out).toContain("Policy results: 0 mandatory, 0 advisory; secret leaks: 0.");
    });
});

describe("npm run plan -- --stack prod", () => {
    it("plans the prod stack file with its own policy config and marks protected resources", async () => {
        const { code, out } = await plan("--stack", "prod");
        expect(code).toBe(0);
        expect(out).toContain("Previewing update (prod)");
        expect(out).toContain("config policies/config/prod.json");
        expect(out).toMatch(/auth0:index\/client:Client +dcr-admin-client +create +protected/);
        expect(out).toMatch(/✓ mandatory protect-production +passed on \d+ resources/);
        for (const secret of placeholderValues("prod")) expect(out).not.toContain(secret);
    });

    it("exits 1 and names the violation when a mandatory policy fails", async () => {
        const { code, out } = await plan("-s", "prod", "-c", "protectResources=false");
        expect(code).toBe(1);
        const violations = Number(/✗ mandatory protect-production +(\d+) violations/.exec(out)?.[1]);
        expect(violations).toBeGreaterThanOrEqual(2);
        expect(out).toContain('[mandatory] protect-production  (auth0:index/client:Client "dcr-admin-client")');
        expect(out).toContain(`Policy results: ${violations} mandatory`);
    });
});

describe("configuration errors", () => {
    it("exit 2 with the StackConfigError message and no stack trace", async () => {
        const { code, out, err } = await plan(
            "--stack=dev",
            "--config",
            "konnect-auth0-dcr:portalAudience=https://acme-dev.us.auth0.com/api/v2/",
        );
        expect(code).toBe(2);
        expect(out).toBe("");
        expect(err).toBe(
            'error: Invalid configuration for stack "dev" (1 problem):\n' +
                '  - konnect-auth0-dcr:portalAudience: got "https://acme-dev.us.auth0.com/api/v2/"; expected your own API\'s identifier, not an Auth0 Management API audience (…/api/v2/)',
        );
    });

    it("exit 2 for a stack without a stack file, naming the stacks there are", async () => {
        const { code, err } = await plan("--stack", "qa");
        expect(code).toBe(2);
        expect(err).toBe(`error: no stack file Pulumi.qa.yaml; the stacks are: ${listStacks(ROOT).join(", ")}`);
        expect(listStacks(ROOT)).toEqual(expect.arrayContaining(["dev", "prod"]));
    });

    it("exit 2 with usage for an unknown argument", async () => {
        const { code, err } = await plan("--stak", "dev");
        expect(code).toBe(2);
        expect(err).toMatch(/^error: Unknown argument "--stak"\nUsage: npm run plan/);
    });

    it("as a command: exit status 2, the message on stderr, no stack trace", async () => {
        const run = promisify(execFile)(
            process.execPath,
            [
                "-r",
                "ts-node/register/transpile-only",
                "scripts/plan.ts",
                "-s",
                "dev",
                "-c",
                "konnectPortalId=not-a-uuid",
            ],
            {
                cwd: ROOT,
            },
        );
        await expect(run).rejects.toMatchObject({ code: 2, stdout: "" });
        const { stderr } = (await run.catch((e: { stderr: string }) => e)) as { stderr: string };
        expect(stderr).toContain(
            'error: Invalid configuration for stack "dev" (1 problem):\n  - konnect-auth0-dcr:konnectPortalId: got "not-a-uuid"',
        );
        expect(stderr).not.toMatch(/^\s+at /m);
    });
});

describe("plan building blocks", () => {
    it("parses the stack, config overrides (bare keys get the project prefix) and the policy config", () => {
        expect(parsePlanArgs([])).toEqual({
            stack: "dev",
            configOverrides: {},
            policyConfigPath: undefined,
            help: false,
        });
        expect(
            parsePlanArgs([
                "-s",
                "prod",
                "-c",
                "a=1",
                "--config=auth0:domain=x.auth0.com",
                "--policy-config",
                "p.json",
            ]),
        ).toEqual({
            stack: "prod",
            configOverrides: { "konnect-auth0-dcr:a": "1", "auth0:domain": "x.auth0.com" },
            policyConfigPath: "p.json",
            help: false,
        });
        expect(() => parsePlanArgs(["--stack"])).toThrow(PlanUsageError);
        expect(() => parsePlanArgs(["-c", "novalue"])).toThrow("--config expects <key>=<value>");
    });

    it("picks a stack's own policy config, else the default one", () => {
        expect(path.relative(ROOT, policyConfigFile("prod"))).toBe(path.join("policies", "config", "prod.json"));
        expect(path.relative(ROOT, policyConfigFile("staging-eu"))).toBe(
            path.join("policies", "config", "default.json"),
        );
    });

    it("orders siblings after the siblings they (or their children) depend on", () => {
        const r = (name: string, parent?: string, dependencies: string[] = []): RegisteredResource => ({
            urn: name,
            type: "t",
            name,
            custom: true,
            parent,
            dependencies,
            inputs: {},
            outputs: {},
            options: { protect: false, deleteBeforeReplace: false, additionalSecretOutputs: [], ignoreChanges: [] },
        });
        // "konnect" registers first but its child uses the admin's client: it is planned after "admin".
        const rows = dependencyOrderedTree([
            r("stack"),
            r("konnect", "stack"),
            r("provider", "konnect", ["client"]),
            r("admin", "stack"),
            r("client", "admin"),
        ]);
        expect(rows.map((row) => `${"  ".repeat(row.depth)}${row.resource.name}`)).toEqual([
            "stack",
            "  admin",
            "    client",
            "  konnect",
            "    provider",
        ]);
    });

    it("masks secrets wherever they sit in a value", () => {
        const isSecret = (v: unknown) => typeof v === "object" && v !== null && "secret" in v;
        expect(displayValue({ a: [1, { secret: "x" }], b: "s" }, isSecret)).toBe('{ "a": [1, [secret]], "b": "s" }');
    });

    it("finds a secret value outside its wrapper, in resources and non-secret outputs only", () => {
        const isSecret = (v: unknown) => typeof v === "object" && v !== null && "wrapped" in v;
        const resource = {
            urn: "urn:x",
            inputs: { ok: { wrapped: "hunter22hunter" }, env: { TOKEN: "Bearer hunter22hunter" } },
            outputs: {},
        } as unknown as RegisteredResource;
        const leaks = findSecretLeaks(
            {
                resources: [resource],
                outputs: { shown: "hunter22hunter", hidden: "hunter22hunter" },
                secretOutputNames: ["hidden"],
            },
            { "my:token": "hunter22hunter" },
            isSecret,
        );
        expect(leaks).toEqual([
            { where: "urn:x", path: "inputs.env.TOKEN", secret: "my:token" },
            { where: "stack output shown", path: "shown", secret: "my:token" },
        ]);
    });
});
