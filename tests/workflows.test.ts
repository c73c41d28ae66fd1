/**
 * The GitHub workflows, parsed as YAML: triggers, permissions, concurrency, the policy pack wiring and the
 * credentials they reference. Their shell snippets run here too (bash, with `npm` stubbed where needed),
 * so the stack list and the policy-config choice are what the plan and the tests assume.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as yaml from "js-yaml";
import { listStacks } from "../config/stackFiles";
import { policyConfigFile } from "../scripts/policyConfig";

const ROOT = path.resolve(__dirname, "..");
const DIR = path.join(ROOT, ".github", "workflows");

interface Step {
    name?: string;
    id?: string;
    if?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
    "working-directory"?: string;
}
interface Job {
    if?: string;
    needs?: string | string[];
    uses?: string;
    with?: Record<string, unknown>;
    secrets?: unknown;
    environment?: unknown;
    concurrency?: { group: string; "cancel-in-progress"?: boolean };
    strategy?: { matrix: Record<string, unknown> };
    steps?: Step[];
    outputs?: Record<string, string>;
}
interface Workflow {
    name: string;
    on: Record<string, any>;
    permissions?: Record<string, string>;
    concurrency?: { group: string; "cancel-in-progress"?: boolean };
    jobs: Record<string, Job>;
}

const text = (file: string) => fs.readFileSync(path.join(DIR, file), "utf8");
const load = (file: string) => yaml.load(text(file)) as Workflow;
const stepUsing = (job: Job, action: string) => job.steps?.find((s) => s.uses?.startsWith(`${action}@`));
const indexOf = (job: Job, match: (s: Step) => boolean) => job.steps?.findIndex(match) ?? -1;

/** Runs a workflow's `run:` snippet with bash in `cwd`, with GITHUB_OUTPUT captured; returns the outputs and stdout. */
function runSnippet(
    script: string,
    cwd: string,
    env: Record<string, string> = {},
): { outputs: Record<string, string>; stdout: string } {
    const outputFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wf-")), "output");
    fs.writeFileSync(outputFile, "");
    const stdout = execFileSync("bash", ["-eo", "pipefail", "-c", script], {
        cwd,
        env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile },
        encoding: "utf8",
    });
    const outputs = Object.fromEntries(
        fs
            .readFileSync(outputFile, "utf8")
            .split("\n")
            .filter((l) => l.includes("="))
            .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    return { outputs, stdout };
}

describe("every workflow", () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".yml"));

    it("are the test, preview, deploy, drift, rotation and mutation workflows plus the reusable up", () => {
        expect(files.sort()).toEqual([
            "deploy.yml",
            "drift.yml",
            "mutation.yml",
            "preview.yml",
            "pulumi-up.yml",
            "rotate.yml",
            "test.yml",
        ]);
    });

    it("pin every action to a major version", () => {
        for (const file of files) {
            const jobs = Object.values(load(file).jobs);
            for (const uses of jobs
                .flatMap((j) => [j.uses, ...(j.steps ?? []).map((s) => s.uses)])
                .filter((u): u is string => u !== undefined)) {
                expect([file, uses]).toEqual([
                    file,
                    expect.stringMatching(/^(\.\/\.github\/workflows\/[a-z-]+\.yml|[\w-]+\/[\w-]+@v\d+)$/),
                ]);
            }
        }
    });

    it("use pulumi/actions v6 or later with the CLI pinned to the SDK's version in the lockfile, and Node 24 with the npm cache", () => {
        const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
        const sdk = lock.packages["node_modules/@pulumi/pulumi"].version;
        let pinned = 0;
        for (const file of files) {
            for (const job of Object.values(load(file).jobs)) {
                const pulumi = stepUsing(job, "pulumi/actions");
                if (pulumi) {
                    expect(Number(/@v(\d+)/.exec(pulumi.uses!)![1])).toBeGreaterThanOrEqual(6);
                    expect([file, pulumi.with?.["pulumi-version"]]).toEqual([file, sdk]);
                    pinned++;
                }
                const node = stepUsing(job, "actions/setup-node");
                if (node) {
                    expect(node.with).toMatchObject({ "node-version": 24, cache: "npm" });
                    expect(node.with!["cache-dependency-path"]).toBe("package-lock.json");
                }
            }
        }
        expect(pinned).toBeGreaterThanOrEqual(3);
    });

    it("run on a Node.js the packages declare: 24 for the project (its emulators use Node.js 24's proxy API), 22 for the pack", () => {
        const engines = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")).engines.node;
        expect(engines("package.json")).toBe(">=24");
        // The pack alone runs wherever @pulumi/pulumi 3.276 does.
        expect(engines("policies/package.json")).toBe(">=22");
    });

    it("give the pull-request preview the same credential variables as the deploy, so a preview fails only where the deploy would", () => {
        const credentials = (file: string, job: string) =>
            Object.keys(stepUsing(load(file).jobs[job], "pulumi/actions")?.env ?? {})
                .filter((name) => /^(PULUMI_ACCESS_TOKEN|AUTH0_|KONNECT_)/.test(name))
                .sort();
        expect(credentials("pulumi-up.yml", "up")).toEqual([
            "AUTH0_CLIENT_SECRET",
            "KONNECT_TOKEN",
            "PULUMI_ACCESS_TOKEN",
        ]);
        expect(credentials("preview.yml", "preview")).toEqual(credentials("pulumi-up.yml", "up"));
    });

    it("reference only the documented secrets", () => {
        const referenced = new Set(
            files.flatMap((f) => [...text(f).matchAll(/secrets\.([A-Z0-9_]+)/g)].map((m) => m[1])),
        );
        expect([...referenced].sort()).toEqual([
            "AUTH0_CLIENT_SECRET",
            "GITHUB_TOKEN",
            "KONNECT_PORTAL_DEVELOPER_PASSWORD",
            "KONNECT_TOKEN",
            "PULUMI_ACCESS_TOKEN",
            "ROTATION_PR_TOKEN",
        ]);
    });
});

describe("test.yml", () => {
    const wf = load("test.yml");
    const job = wf.jobs.test;

    it("runs on pushes to main and on pull requests, with read-only permissions and no secrets", () => {
        expect(Object.keys(wf.on).sort()).toEqual(["pull_request", "push"]);
        expect(wf.on.push.branches).toEqual(["main"]);
        expect(wf.permissions).toEqual({ contents: "read" });
        expect(text("test.yml")).not.toMatch(/secrets\./);
    });

    it("installs from the lockfile, then runs the tests, then the plan", () => {
        const install = indexOf(job, (s) => /^npm ci\b/.test(s.run ?? "") && s["working-directory"] === undefined);
        const test = indexOf(job, (s) => s.run === "npm test");
        const plan = indexOf(job, (s) => /npm run plan -- --stack/.test(s.run ?? ""));
        expect(install).toBeGreaterThan(0);
        expect(test).toBeGreaterThan(install);
        expect(plan).toBeGreaterThan(test);
    });

    it("plans every Pulumi.<stack>.yaml, failing on the first failed plan", () => {
        const script = job.steps!.find((s) => /npm run plan/.test(s.run ?? ""))!.run!;
        const bin = fs.mkdtempSync(path.join(os.tmpdir(), "npm-stub-"));
        fs.writeFileSync(path.join(bin, "npm"), '#!/bin/sh\necho "npm $*"\n[ "$5" != "broken" ]\n', { mode: 0o755 });
        const { stdout } = runSnippet(script, ROOT, { PATH: `${bin}:${process.env.PATH}` });
        expect(stdout.split("\n").filter((l) => l.startsWith("npm "))).toEqual(
            listStacks(ROOT).map((s) => `npm run plan -- --stack ${s}`),
        );

        const project = fs.mkdtempSync(path.join(os.tmpdir(), "stacks-"));
        for (const stack of ["broken", "dev"])
            fs.writeFileSync(path.join(project, `Pulumi.${stack}.yaml`), "config: {}\n");
        expect(() => runSnippet(script, project, { PATH: `${bin}:${process.env.PATH}` })).toThrow();
    });
});

describe("preview.yml", () => {
    const wf = load("preview.yml");
    const job = wf.jobs.preview;
    const pulumi = stepUsing(job, "pulumi/actions")!;

    it("runs on pull requests only, may comment on them, and cancels superseded previews of the same PR", () => {
        expect(Object.keys(wf.on)).toEqual(["pull_request"]);
        expect(wf.permissions).toEqual({ contents: "read", "pull-requests": "write" });
        expect(wf.concurrency).toEqual({
            group: "pulumi-preview-${{ github.event.pull_request.number }}",
            "cancel-in-progress": true,
        });
    });

    it("previews unprotected stacks automatically, and protected ones (prod) only in an environment that holds them for approval", () => {
        expect(job.needs).toBe("stacks");
        expect(job.strategy!.matrix.stack).toBe("${{ fromJSON(needs.stacks.outputs.stacks) }}");
        expect(job.environment).toBeUndefined();
        const gated = wf.jobs["preview-protected"];
        expect(gated.strategy!.matrix.stack).toBe("${{ fromJSON(needs.stacks.outputs.protected) }}");
        expect(gated.environment).toBe("${{ matrix.stack }}-preview");
        expect(gated.steps).toEqual(job.steps);

        const list = wf.jobs.stacks.steps!.find((s) => s.id === "list")!.run!;
        const { outputs } = runSnippet(list, ROOT, {
            PROTECTED_STACKS: (wf as unknown as { env: Record<string, string> }).env.PROTECTED_STACKS,
        });
        expect(JSON.parse(outputs.protected)).toEqual(["prod"]);
        expect(JSON.parse(outputs.stacks)).toEqual(listStacks(ROOT).filter((s) => s !== "prod"));
    });

    it("runs pulumi preview with the local policy pack after installing it (a workspace of the root install), and comments on the PR", () => {
        expect(pulumi.with).toMatchObject({
            command: "preview",
            "stack-name": "${{ matrix.stack }}",
            "comment-on-pr": true,
            policyPacks: "policies",
            policyPackConfigs: "${{ steps.policy-config.outputs.file }}",
        });
        const install = indexOf(job, (s) => /^npm ci\b/.test(s.run ?? "") && s["working-directory"] === undefined);
        expect(install).toBeGreaterThan(-1);
        expect(install).toBeLessThan(job.steps!.indexOf(pulumi));
        expect(pulumi.env).toEqual({
            PULUMI_ACCESS_TOKEN: "${{ secrets.PULUMI_ACCESS_TOKEN }}",
            AUTH0_CLIENT_SECRET: "${{ secrets.AUTH0_CLIENT_SECRET }}",
            KONNECT_TOKEN: "${{ secrets.KONNECT_TOKEN }}",
        });
    });
});

describe("deploy.yml and pulumi-up.yml", () => {
    const wf = load("deploy.yml");
    const up = load("pulumi-up.yml");
    const upJob = up.jobs.up;
    const pulumi = stepUsing(upJob, "pulumi/actions")!;

    it("deploys on main, on v* tags and by dispatch, queued and never cancelled", () => {
        expect(wf.on.push).toEqual({ branches: ["main"], tags: ["v*"] });
        expect(wf.on.workflow_dispatch.inputs.stack.options).toEqual(["dev", "staging", "prod"]);
        expect(wf.concurrency!["cancel-in-progress"]).toBe(false);
        expect(upJob.concurrency).toEqual({ group: "pulumi-up-${{ inputs.stack }}", "cancel-in-progress": false });
    });

    it("updates dev then staging from main, and prod only from a tag or a dispatch", () => {
        for (const stack of ["dev", "staging", "prod"]) {
            expect(wf.jobs[stack]).toMatchObject({
                uses: "./.github/workflows/pulumi-up.yml",
                with: { stack },
                secrets: "inherit",
            });
        }
        expect(wf.jobs.dev.if).toContain("github.ref == 'refs/heads/main'");
        expect(wf.jobs.staging.needs).toEqual(["stacks", "dev"]);
        expect(wf.jobs.staging.if).toContain("github.ref == 'refs/heads/main'");
        expect(wf.jobs.prod.if).not.toContain("refs/heads/main");
        expect(wf.jobs.prod.if).toContain("startsWith(github.ref, 'refs/tags/v')");
        expect(wf.jobs.prod.if).toContain("inputs.stack == 'prod'");
    });

    it("runs each update in the GitHub environment of its stack, so prod waits for its approval", () => {
        expect(up.on.workflow_call.inputs.stack).toMatchObject({ type: "string", required: true });
        expect(upJob.environment).toBe("${{ inputs.stack }}");
    });

    it("runs the offline plan, then pulumi up with the policy pack enforced and outputs suppressed", () => {
        const plan = indexOf(
            upJob,
            (s) => s.run === 'npm run plan -- --stack "$STACK"' && s.env?.STACK === "${{ inputs.stack }}",
        );
        const install = indexOf(upJob, (s) => /^npm ci\b/.test(s.run ?? "") && s["working-directory"] === undefined);
        expect(install).toBeGreaterThan(-1);
        expect(plan).toBeGreaterThan(install);
        expect(plan).toBeLessThan(upJob.steps!.indexOf(pulumi));
        expect(pulumi.with).toMatchObject({
            command: "up",
            "stack-name": "${{ inputs.stack }}",
            policyPacks: "policies",
            policyPackConfigs: "${{ steps.policy-config.outputs.file }}",
            "suppress-outputs": true,
        });
        expect(Object.keys(pulumi.env!).sort()).toEqual([
            "AUTH0_CLIENT_SECRET",
            "KONNECT_TOKEN",
            "PULUMI_ACCESS_TOKEN",
        ]);
    });

    it("pick the policy-pack config file by the one rule npm run plan uses (scripts/policyConfig.ts)", () => {
        for (const workflow of [up, load("preview.yml")]) {
            const job = Object.values(workflow.jobs).find((j) => j.steps?.some((s) => s.id === "policy-config"))!;
            const script = job.steps!.find((s) => s.id === "policy-config")!.run!;
            expect(script).toContain("scripts/policyConfig.ts");
            expect(script).not.toMatch(/policies\/config/);
        }
        const script = up.jobs.up.steps!.find((s) => s.id === "policy-config")!.run!;
        for (const stack of ["prod", "staging-eu"]) {
            const { outputs } = runSnippet(script, ROOT, { STACK: stack });
            expect(path.resolve(ROOT, outputs.file)).toBe(policyConfigFile(stack));
        }
    });
});

describe("pulumi-up.yml smoke step", () => {
    it("runs the smoke test after the update, only where the environment configures a route, with the password as a secret", () => {
        const steps = load("pulumi-up.yml").jobs.up.steps ?? [];
        const up = steps.findIndex((s) => (s.uses ?? "").startsWith("pulumi/actions@"));
        const smoke = steps.findIndex((s) => /npm run smoke -- --stack/.test(s.run ?? ""));
        expect(smoke).toBeGreaterThan(up);
        expect(steps[smoke].if).toBe("vars.SMOKE_ROUTE_URL != ''");
        expect(steps[smoke].env?.KONNECT_PORTAL_DEVELOPER_PASSWORD).toBe(
            "${{ secrets.KONNECT_PORTAL_DEVELOPER_PASSWORD }}",
        );
    });
});

describe("drift.yml", () => {
    const wf = load("drift.yml");
    const job = wf.jobs.drift;
    const steps = job.steps ?? [];
    const step = (name: string) => steps.find((s) => s.name === name)!;
    const preview = step("pulumi preview --refresh --expect-no-changes");

    /** A directory of stub commands that record their arguments to `calls`. */
    function stubs(scripts: Record<string, string>): { bin: string; calls: string } {
        const bin = fs.mkdtempSync(path.join(os.tmpdir(), "drift-stubs-"));
        const calls = path.join(bin, "calls");
        fs.writeFileSync(calls, "");
        for (const [command, body] of Object.entries(scripts)) {
            fs.writeFileSync(path.join(bin, command), `#!/bin/bash\necho "${command} $*" >> "${calls}"\n${body}\n`, {
                mode: 0o755,
            });
        }
        return { bin, calls };
    }

    it("runs on a schedule and on demand, reads the repository and writes only issues", () => {
        expect(Object.keys(wf.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
        expect(wf.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* \*$/) }]);
        expect(wf.permissions).toEqual({ contents: "read", issues: "write" });
    });

    it("never changes a stack: no up, refresh, destroy or import, and no deploy credentials", () => {
        const commands = steps.map((s) => s.run ?? "").join("\n");
        expect(commands).not.toMatch(/pulumi (up|update|refresh|destroy|import|state|config set)\b/);
        // Every pulumi command reads the read-only copy of the stack file, never the checkout's.
        const pulumiCommands = commands.match(/^\s*pulumi .*$/gm) ?? [];
        expect(pulumiCommands).toHaveLength(2);
        // …and refreshes with the providers the program configures from it and the job's environment, not with the
        // configuration the state stored at the last deploy (the deploy Auth0 app's auth0:clientId).
        for (const command of pulumiCommands) {
            expect(command).toContain('--config-file "$CONFIG_FILE" --refresh --run-program');
        }
        expect(steps.filter((s) => s.uses?.startsWith("pulumi/actions@")).map((s) => s.with)).toEqual([
            { "pulumi-version": "3.276.0" },
        ]);
        // The read-only credentials live in their own GitHub environment per stack, not the deploy one.
        expect(job.environment).toBe("${{ matrix.stack }}-readonly");
    });

    it("checks each stack in its own job, built from the stack files, without one failure stopping the others", () => {
        expect(job.needs).toBe("stacks");
        expect(job.strategy!.matrix.stack).toBe("${{ fromJSON(needs.stacks.outputs.stacks) }}");
        expect((job.strategy as { "fail-fast"?: boolean })["fail-fast"]).toBe(false);
        const list = wf.jobs.stacks.steps!.find((s) => s.id === "list")!.run!;
        expect(JSON.parse(runSnippet(list, ROOT).outputs.stacks)).toEqual(listStacks(ROOT));
    });

    it("uses Node.js 24 and Pulumi 3.276.0", () => {
        expect(stepUsing(job, "actions/setup-node")!.with!["node-version"]).toBe(24);
        expect(stepUsing(job, "pulumi/actions")!.with!["pulumi-version"]).toBe("3.276.0");
    });

    it("passes every expression to its commands through env, never inline", () => {
        for (const s of Object.values(wf.jobs).flatMap((j) => j.steps ?? [])) {
            expect([s.name ?? s.id ?? s.uses, s.run ?? ""]).toEqual([
                s.name ?? s.id ?? s.uses,
                expect.not.stringContaining("${{"),
            ]);
        }
    });

    it("previews a read-only copy of the stack file, never the checkout's, with the read-only credentials", () => {
        const strip = indexOf(job, (s) => /npm run --silent drift:read-only -- --stack "\$STACK"/.test(s.run ?? ""));
        expect(strip).toBeGreaterThan(-1);
        expect(strip).toBeLessThan(steps.indexOf(preview));
        expect(steps[strip].id).toBe("read-only");
        expect(preview.env).toEqual({
            STACK: "${{ matrix.stack }}",
            CONFIG_FILE: "${{ steps.read-only.outputs.config-file }}",
            PULUMI_ACCESS_TOKEN: "${{ secrets.PULUMI_ACCESS_TOKEN }}",
            AUTH0_CLIENT_ID: "${{ vars.AUTH0_CLIENT_ID }}",
            AUTH0_CLIENT_SECRET: "${{ secrets.AUTH0_CLIENT_SECRET }}",
            KONNECT_TOKEN: "${{ secrets.KONNECT_TOKEN }}",
        });
    });

    it("writes the read-only copy under RUNNER_TEMP and hands its path on; the checkout's stack file is untouched", () => {
        // A project folder with a stack file, and `npm run` of the real script in it.
        const project = fs.mkdtempSync(path.join(os.tmpdir(), "drift-project-"));
        const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), "drift-runner-temp-"));
        const stackFile = [
            "environment:",
            "  - konnect-auth0-dcr/dev",
            "config:",
            "  auth0:domain: acme-dev.us.auth0.com",
            "  auth0:clientId: 7bXqk2LmP9sRt4VwYz1AcDeFgHiJkLmN",
            "  konnect-auth0-dcr:portalAudience: https://api.dev.acme.com/portal",
            "",
        ].join("\n");
        fs.writeFileSync(path.join(project, "Pulumi.dev.yaml"), stackFile);
        const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
        expect(packageJson.scripts["drift:read-only"]).toBe(
            "node -r ts-node/register/transpile-only scripts/readOnlyStackFile.ts",
        );
        const { bin, calls } = stubs({
            npm: [
                'while [ "$1" != "--" ]; do shift; done; shift',
                `export TS_NODE_PROJECT="${path.join(ROOT, "tsconfig.json")}"`,
                `exec node -r "${path.join(ROOT, "node_modules", "ts-node", "register", "transpile-only")}" "${path.join(ROOT, "scripts", "readOnlyStackFile.ts")}" "$@"`,
            ].join("\n"),
        });
        const strip = steps.find((s) => s.id === "read-only")!;
        const { outputs, stdout } = runSnippet(strip.run!, project, {
            PATH: `${bin}:${process.env.PATH}`,
            STACK: "dev",
            RUNNER_TEMP: runnerTemp,
        });
        const copy = path.join(runnerTemp, "read-only", "Pulumi.dev.yaml");
        expect(outputs["config-file"]).toBe(copy);
        expect(fs.readFileSync(calls, "utf8")).toContain(
            `npm run --silent drift:read-only -- --stack dev --out ${copy}`,
        );
        expect(fs.readFileSync(copy, "utf8")).toBe(
            "config:\n  auth0:domain: acme-dev.us.auth0.com\n  konnect-auth0-dcr:portalAudience: https://api.dev.acme.com/portal\n",
        );
        expect(fs.readFileSync(path.join(project, "Pulumi.dev.yaml"), "utf8")).toBe(stackFile);
        expect(fs.readdirSync(project)).toEqual(["Pulumi.dev.yaml"]);
        expect(stdout).toBe("");
    }, 30_000);

    it("refuses to preview without the read-only copy (an empty --config-file would mean the checkout's file)", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-run-"));
        const { bin, calls } = stubs({ pulumi: "exit 0" });
        for (const file of ["", path.join(dir, "missing.yaml")]) {
            expect(() =>
                runSnippet(preview.run!, dir, { PATH: `${bin}:${process.env.PATH}`, STACK: "dev", CONFIG_FILE: file }),
            ).toThrow();
        }
        expect(fs.readFileSync(calls, "utf8")).toBe("");
    });

    it("keeps the preview's exit code and, on drift, saves the same preview as JSON", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-run-"));
        const sample = fs.readFileSync(path.join(ROOT, "tests", "fixtures", "preview-refresh-drift.json"), "utf8");
        fs.writeFileSync(path.join(dir, "sample.json"), sample);
        const { bin, calls } = stubs({
            pulumi: `if [[ " $* " == *" --json "* ]]; then cat "${path.join(dir, "sample.json")}"; else exit 255; fi`,
        });
        const copy = path.join(dir, "Pulumi.dev.read-only.yaml");
        fs.writeFileSync(copy, "config: {}\n");
        const env = { STACK: "dev", CONFIG_FILE: copy };
        const { outputs } = runSnippet(preview.run!, dir, { ...env, PATH: `${bin}:${process.env.PATH}` });
        expect(outputs.exit).toBe("255");
        expect(fs.readFileSync(calls, "utf8").trim().split("\n")).toEqual([
            `pulumi preview --stack dev --config-file ${copy} --refresh --run-program --expect-no-changes --diff --suppress-outputs --non-interactive`,
            `pulumi preview --stack dev --config-file ${copy} --refresh --run-program --json --suppress-outputs --non-interactive`,
        ]);
        expect(fs.readFileSync(path.join(dir, "preview.json"), "utf8")).toBe(sample);

        const clean = stubs({ pulumi: "exit 0" });
        expect(runSnippet(preview.run!, dir, { ...env, PATH: `${clean.bin}:${process.env.PATH}` }).outputs.exit).toBe(
            "0",
        );
        expect(fs.readFileSync(clean.calls, "utf8").trim().split("\n")).toHaveLength(1);
    });

    it("writes the drift report to the job summary, then fails the job", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-summary-"));
        fs.copyFileSync(
            path.join(ROOT, "tests", "fixtures", "preview-refresh-drift.json"),
            path.join(dir, "preview.json"),
        );
        const summaryFile = path.join(dir, "summary.md");
        // npm runs in the repository; the snippet's relative files are in `dir`.
        const npm = execFileSync("bash", ["-c", "command -v npm"], { encoding: "utf8" }).trim();
        const { bin } = stubs({ npm: `cd "${ROOT}" && exec "${npm}" "$@" < /dev/null` });
        const script = step("Summarise the drift").run!.replace("preview.json", path.join(dir, "preview.json"));
        const { outputs } = runSnippet(script, dir, {
            PATH: `${bin}:${process.env.PATH}`,
            STACK: "dev",
            GITHUB_STEP_SUMMARY: summaryFile,
        });
        expect(outputs.exit).toBe("1");
        const summary = fs.readFileSync(summaryFile, "utf8");
        expect(summary).toContain("## Drift in `dev`: 3 resources differ from the stack");
        expect(summary).toContain('| `scopes[9]` | `"read:users"` | (none) | only live |');
        expect(step("Fail on drift").if).toBe("steps.preview.outputs.exit != '0'");
        expect(() => runSnippet(step("Fail on drift").run!, dir, { CODE: "255" })).toThrow();
    }, 30_000);

    it("opens one tracking issue per stack, or comments on the open one", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-issue-"));
        fs.writeFileSync(path.join(dir, "drift.md"), "## Drift in `dev`\n");
        const env = { STACK: "dev", RUN_URL: "https://github.com/acme/konnect-auth0-dcr/actions/runs/1" };
        const script = step("Open or update the tracking issue").run!;

        const none = stubs({ gh: 'if [ "$1 $2" = "issue list" ]; then echo ""; fi' });
        runSnippet(script, dir, { ...env, PATH: `${none.bin}:${process.env.PATH}` });
        const created = fs.readFileSync(none.calls, "utf8");
        expect(created).toContain("gh issue create --title Drift in dev --label drift --body-file issue.md");
        expect(fs.readFileSync(path.join(dir, "issue.md"), "utf8")).toBe(
            "## Drift in `dev`\n\nFound by https://github.com/acme/konnect-auth0-dcr/actions/runs/1\n",
        );

        const open = stubs({ gh: 'if [ "$1 $2" = "issue list" ]; then echo 42; fi' });
        runSnippet(script, dir, { ...env, PATH: `${open.bin}:${process.env.PATH}` });
        const commented = fs.readFileSync(open.calls, "utf8");
        expect(commented).toContain("gh issue comment 42 --body-file issue.md");
        expect(commented).not.toContain("issue create");

        const closing = stubs({ gh: 'if [ "$1 $2" = "issue list" ]; then echo 42; fi' });
        runSnippet(step("Close the tracking issue when the stack is clean again").run!, dir, {
            ...env,
            PATH: `${closing.bin}:${process.env.PATH}`,
        });
        expect(fs.readFileSync(closing.calls, "utf8")).toContain(
            "gh issue close 42 --comment No drift any more: https://github.com/acme/konnect-auth0-dcr/actions/runs/1",
        );
    });
});

describe("rotate.yml", () => {
    const wf = load("rotate.yml");
    const job = wf.jobs.rotate;
    const steps = job.steps ?? [];
    const raise = steps.find((s) => s.id === "raise")!;

    it("runs on a schedule and on demand, and may only push a branch and open pull requests", () => {
        expect(Object.keys(wf.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
        expect(wf.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    });

    it("needs no Auth0, Konnect or Pulumi credential and never runs pulumi", () => {
        expect(text("rotate.yml")).not.toMatch(/AUTH0_|KONNECT_|PULUMI_ACCESS_TOKEN/);
        expect(steps.map((s) => s.run ?? "").join("\n")).not.toMatch(/^\s*pulumi /m);
        expect(job.environment).toBeUndefined();
    });

    it("handles each stack in its own job, built from the stack files", () => {
        expect(job.strategy!.matrix.stack).toBe("${{ fromJSON(needs.stacks.outputs.stacks) }}");
        const list = wf.jobs.stacks.steps!.find((s) => s.id === "list")!.run!;
        expect(JSON.parse(runSnippet(list, ROOT).outputs.stacks)).toEqual(listStacks(ROOT));
    });

    it("takes its period from ROTATION_PERIOD_DAYS, 90 days when unset", () => {
        expect(raise.env!.PERIOD_DAYS).toBe("${{ inputs.period_days || vars.ROTATION_PERIOD_DAYS || '90' }}");
    });

    it("raises the setting in a copy of a stack file that was never rotated, and opens the pull request only when due", () => {
        const repo = fs.mkdtempSync(path.join(os.tmpdir(), "rotate-"));
        fs.copyFileSync(path.join(ROOT, "Pulumi.dev.yaml"), path.join(repo, "Pulumi.dev.yaml"));
        const git = (...args: string[]) =>
            execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo });
        git("init", "-q");
        git("add", "Pulumi.dev.yaml");
        git("commit", "-q", "-m", "the stack file as shipped");
        const bin = fs.mkdtempSync(path.join(os.tmpdir(), "rotate-npm-"));
        // npm run --silent rotate:raise -- …, run as npm would, from the project.
        fs.writeFileSync(
            path.join(bin, "npm"),
            `#!/bin/bash\nshift 3\nshift\nexec node -r ts-node/register/transpile-only ${ROOT}/scripts/rotateSecretVersion.ts "$@"\n`,
            { mode: 0o755 },
        );
        const { outputs } = runSnippet(raise.run!, repo, {
            STACK: "dev",
            PERIOD_DAYS: "90",
            PATH: `${bin}:${process.env.PATH}`,
            NODE_PATH: path.join(ROOT, "node_modules"),
            TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json"),
        });
        expect(outputs).toEqual({ due: "true", version: "1" });
        const raised = yaml.load(fs.readFileSync(path.join(repo, "Pulumi.dev.yaml"), "utf8")) as {
            config: Record<string, unknown>;
        };
        expect(raised.config["konnect-auth0-dcr:dcrAdminSecretVersion"]).toBe(1);
        const open = steps.find((s) => s.name === "Open the pull request")!;
        expect(open.if).toBe("steps.raise.outputs.due == 'true'");
        expect(open.run).toContain('gh pr create --head "$branch"');
    });
});

describe("mutation.yml", () => {
    const wf = load("mutation.yml");
    const steps = wf.jobs.mutation.steps ?? [];

    it("runs weekly and on demand with read-only permissions and no secrets", () => {
        expect(Object.keys(wf.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
        expect(wf.permissions).toEqual({ contents: "read" });
        expect(text("mutation.yml")).not.toMatch(/secrets\./);
    });

    it("installs from the lockfile and runs npm run test:mutation, whose per-folder gate fails the job", () => {
        expect(steps.map((s) => s.run).filter(Boolean)).toEqual([
            "npm ci --no-audit --no-fund",
            "npm run test:mutation",
        ]);
        // npm runs posttest:mutation after test:mutation: the gate on konnect/, config/ and policies/.
        const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;
        expect(scripts["posttest:mutation"]).toBe("node -r ts-node/register/transpile-only scripts/mutationScores.ts");
        const config = JSON.parse(fs.readFileSync(path.join(ROOT, "stryker.config.json"), "utf8"));
        expect(config.jsonReporter.fileName).toBe("reports/mutation/mutation.json");
        expect(config.incremental).toBe(true);
    });
});
