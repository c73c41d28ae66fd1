/**
 * `npm run plan`: the offline plan's output and exit codes, run in-process (and once as the command
 * itself, to prove the exit code and the error text a shell sees).
 */
import { execFile } from "child_process";
import * as path from "path";
import { promisify } from "util";
import { OFFLINE_ADMIN_CLIENT_SECRET } from "../offline/mockOutputs";
import { listStacks } from "../config/stackFiles";
import { offlineStackConfig, RegisteredResource } from "../offline/programRunner";
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

let defaultPlan: ReturnType<typeof plan> | undefined;

/** `npm run plan` with no arguments, run once for every test that reads it. */
const planWithNoArguments = () => (defaultPlan ??= plan());

/** Every placeholder secret value the offline run supplies for a stack. */
function placeholderValues(stack: string): string[] {
    return [...Object.values(offlineStackConfig({ stack }).placeholders), OFFLINE_ADMIN_CLIENT_SECRET];
}

describe("npm run plan (dev, the default stack)", () => {
    let result: Awaited<ReturnType<typeof plan>>;
    beforeAll(async () => {
        result = await planWithNoArguments();
    });

    it("exits 0 with nothing on stderr", () => {
        expect(result.err).toBe("");
        expect(result.code).toBe(0);
    });

    it("prints the resource tree nested by parent, children after what they depend on", () => {
        const tree = result.out.split("\n").filter((l) => l.startsWith("+ "));
        expect(tree[0]).toMatch(/^\+ {3}pulumi:pulumi:Stack +konnect-auth0-dcr-dev +create$/);
        const row = (type: string) => tree.findIndex((l) => l.includes(type));
        expect(tree[row("konnect-auth0-dcr:auth0:DcrAdmin")]).toMatch(
            /[├└]─ konnect-auth0-dcr:auth0:DcrAdmin +dcr-admin /,
        );
        expect(tree[row("auth0:index/client:Client")]).toMatch(/│ {2}├─ auth0:index\/client:Client +dcr-admin-client/);
        expect(row("auth0:index/client:Client")).toBeLessThan(row("auth0:index/clientGrant:ClientGrant"));
        expect(row("auth0:index/client:Client")).toBeLessThan(row("auth0:index/clientCredentials:ClientCredentials"));
        expect(tree[row("auth0:index/clientGrant:ClientGrant")]).toContain("delete-before-replace");
        expect(tree[row("auth0:index/resourceServer:ResourceServer")]).toMatch(
            /└─ auth0:index\/resourceServer:ResourceServer +portal-audience-api/,
        );
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

describe("npm run plan finding a secret in plaintext", () => {
    it("exits 1 on a leak alone, with no policy violation, and names the secret that leaked", async () => {
        // The run's Konnect token (a placeholder no policy recognises as a token) as a plain setting: the
        // audience API's name then carries it in plaintext, and only the plan's own scan can see it.
        // The KONNECT_TOKEN the offline run puts in the program's environment (offline/programRunner.ts).
        const token = "offline-placeholder-KONNECT_TOKEN-0f3c9a";
        const leaked = await plan("-c", `portalAudienceName=${token}`);
        expect(leaked.out).toContain("Policy results: 0 mandatory");
        expect(leaked.out).toMatch(/secret leaks: [1-9]/);
        expect(leaked.out).toContain("KONNECT_TOKEN");
        expect(leaked.code).toBe(1);
    });
});

describe("npm run plan -- -c 'konnectApiIds=[…]'", () => {
    const apis = ["9f5061ce-78f6-4452-9108-ad7c02821fd5", "2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f"];

    it("shows one publication resource per API, after the strategy and the portal binding, with its API id", async () => {
        // A list as the CLI hands it to the program: JSON text.
        const { code, out } = await plan(
            "-c",
            'konnectApiIds=["9f5061ce-78f6-4452-9108-ad7c02821fd5","2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f"]',
        );
        expect(code).toBe(0);
        const tree = out.split("\n").filter((l) => l.startsWith("+ "));
        const rows = (type: string) => tree.flatMap((l, i) => (l.includes(type) ? [i] : []));
        const publications = rows("pulumi-nodejs:dynamic/konnect:ApiPublicationAuthStrategy");
        expect(publications.map((i) => tree[i])).toEqual(
            apis.map((id) => expect.stringContaining(`konnect-portal-dcr-publication-${id}`)),
        );
        const [strategy] = rows("pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy");
        const [binding] = rows("pulumi-nodejs:dynamic/konnect:PortalAuthStrategyBinding");
        for (const row of publications) expect(row).toBeGreaterThan(Math.max(strategy, binding));
        for (const id of apis) expect(out).toMatch(new RegExp(`apiId: +"${id}"`));
    });

    it("with no API ids registers no publication resource", async () => {
        const { out } = await planWithNoArguments();
        expect(out).not.toContain("ApiPublicationAuthStrategy");
    });

    it("exits 2 on the comma form, showing the YAML list and the --path commands to use instead", async () => {
        const { code, out, err } = await plan(
            "-c",
            "konnectApiIds=9f5061ce-78f6-4452-9108-ad7c02821fd5,2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
        );
        expect(code).toBe(2);
        expect(out).toBe("");
        expect(err).toBe(
            'error: Invalid configuration for stack "dev" (1 problem):\n' +
                '  - konnect-auth0-dcr:konnectApiIds: got "9f5061ce-78f6-4452-9108-ad7c02821fd5,2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f"; ' +
                "expected a list, not text (the comma-separated form is refused). In Pulumi.dev.yaml, under config:, write a YAML list\n" +
                "        konnect-auth0-dcr:konnectApiIds:\n" +
                "          - 9f5061ce-78f6-4452-9108-ad7c02821fd5\n" +
                "          - 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f\n" +
                "      or run\n" +
                "        pulumi config rm konnect-auth0-dcr:konnectApiIds\n" +
                "        pulumi config set --path 'konnect-auth0-dcr:konnectApiIds[0]' 9f5061ce-78f6-4452-9108-ad7c02821fd5\n" +
                "        pulumi config set --path 'konnect-auth0-dcr:konnectApiIds[1]' 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f\n" +
                "      (an empty list, [], leaves it unset)",
        );
    });
});

describe("npm run plan with take-over settings", () => {
    it("marks the Auth0 objects it will import with their ids, and counts them apart from creates", async () => {
        const { code, out } = await plan(
            "-c",
            "adoptDcrAdminClientId=Xk3pQ9rT2vW8yZ1aB4cD6eF7gH0jK5mN",
            "-c",
            "adoptDcrAdminGrantId=cgr_4pI9a42haOLLWnwq",
            "-c",
            "adoptPortalAudienceId=5c4a1d3b8f0e6a2d7c9b1e0f",
        );
        expect(code).toBe(0);
        const imports = out.split("\n").filter((l) => l.startsWith("= "));
        expect(imports).toEqual([
            expect.stringMatching(
                /auth0:index\/client:Client +dcr-admin-client +import +\[id=Xk3pQ9rT2vW8yZ1aB4cD6eF7gH0jK5mN\], protected$/,
            ),
            expect.stringMatching(
                /auth0:index\/clientCredentials:ClientCredentials +dcr-admin-credentials +import +\[id=Xk3pQ9rT2vW8yZ1aB4cD6eF7gH0jK5mN\], protected$/,
            ),
            expect.stringMatching(
                /auth0:index\/clientGrant:ClientGrant +dcr-admin-management-api-grant +import +\[id=cgr_4pI9a42haOLLWnwq\], protected, delete-before-replace$/,
            ),
            expect.stringMatching(
                /auth0:index\/resourceServer:ResourceServer +portal-audience-api +import +\[id=5c4a1d3b8f0e6a2d7c9b1e0f\], protected$/,
            ),
        ]);
        expect(out).toContain(
            "(taken over: keeps Auth0's current subjectType, scopes; the values below apply once the adopt settings are removed)",
        );
        expect(out).toMatch(/^Resources: 4 to import, \d+ to create/m);
    });

    it("exits 2 naming a malformed id, before anything is registered", async () => {
        const { code, out, err } = await plan(
            "-c",
            "adoptDcrAdminGrantId=cgr-4pI9a42haOLLWnwq",
            "-c",
            "adoptDcrAdminClientId=Xk3pQ9rT2vW8yZ1aB4cD6eF7gH0jK5mN",
        );
        expect(code).toBe(2);
        expect(out).toBe("");
        expect(err).toContain(
            'konnect-auth0-dcr:adoptDcrAdminGrantId: got "cgr-4pI9a42haOLLWnwq"; expected the id of that application\'s Management API grant, cgr_',
        );
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
            id: "",
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
