import { execFile } from "child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { runCli } from "../../smoke/main";
import { pulumiStackOutput } from "../../smoke/pulumiCli";
import { startStandIns, StandIns } from "../../emulators/portalStandIns";
import { runSmokeAgainst, secretsOf, standInEnv } from "../support/smokeHarness";

const ROOT = path.resolve(__dirname, "..", "..");

/** The stand-ins' outputs the way `pulumi stack output --json` prints them, secret ones masked. */
function stackOutputJson(s: StandIns): string {
    return JSON.stringify({
        issuer: s.issuer.url,
        audience: s.audience,
        managementApiAudience: `${s.issuer.url}/api/v2/`,
        dcrAdminClientId: "dcr-admin",
        dcrAdminClientSecret: "[secret]",
        grantedScopes: ["read:clients", "create:clients"],
        konnectDcrProviderId: "93f8380e-7798-4566-99e3-2edf2b57d289",
        konnectAuthStrategyId: s.strategyId,
        konnectPortalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
        konnectPortalUrl: s.portal.url,
    });
}

const withoutOutputVariables = {
    SMOKE_ISSUER: undefined,
    SMOKE_AUDIENCE: undefined,
    SMOKE_KONNECT_AUTH_STRATEGY_ID: undefined,
    SMOKE_KONNECT_PORTAL_URL: undefined,
};

describe("smoke CLI", () => {
    let standIns: StandIns;
    beforeAll(async () => {
        standIns = await startStandIns();
    });
    afterAll(async () => {
        await standIns.close();
    });

    it("exits 2 on bad input, naming each setting, before any request or output lookup", async () => {
        let out = "";
        let err = "";
        const fetch = jest.fn();
        const pulumi = jest.fn();
        const code = await runCli(
            ["--stack", "dev", "--api-id", "orders"],
            { KONNECT_PORTAL_DEVELOPER_PASSWORD: "hunter2 hunter2" },
            {
                fetch,
                now: Date.now,
                sleep: async () => undefined,
                out: { write: (t: string) => (out += t) },
                err: { write: (t: string) => (err += t) },
                readFile: jest.fn(),
                pulumiStackOutput: pulumi,
            },
        );
        expect(code).toBe(2);
        expect(out).toBe("");
        expect(err).toContain("--route-url / SMOKE_ROUTE_URL: got nothing (unset)");
        expect(err).toContain('--api-id: got "orders"; expected the Konnect API id, a UUID');
        expect(err).toContain("KONNECT_PORTAL_DEVELOPER_EMAIL: got nothing (unset)");
        expect(err).not.toContain("hunter2");
        expect(fetch).not.toHaveBeenCalled();
        expect(pulumi).not.toHaveBeenCalled();
    });

    it("exits 2 on malformed stack outputs before any request", async () => {
        const requestsBefore = standIns.portal.requests.length;
        const { code, err } = await runSmokeAgainst(standIns, [], { SMOKE_KONNECT_AUTH_STRATEGY_ID: "auth0-dcr-dev" });
        expect(code).toBe(2);
        expect(err).toContain(
            'output konnectAuthStrategyId (from SMOKE_KONNECT_AUTH_STRATEGY_ID): got "auth0-dcr-dev"; expected the Konnect application auth strategy id, a UUID',
        );
        expect(standIns.portal.requests.length).toBe(requestsBefore);
    });

    it("prints usage and exits 0 with --help", async () => {
        const { code, out } = await runSmokeAgainst(standIns, ["--help"]);
        expect(code).toBe(0);
        expect(out).toMatch(/^Usage: npm run smoke -- --stack <stack> --route-url <url>/);
    });

    it("reads the outputs from an --outputs file", async () => {
        const files: Record<string, string> = { "dev-outputs.json": stackOutputJson(standIns) };
        const { code, out } = await runSmokeAgainst(
            standIns,
            ["--outputs", "dev-outputs.json"],
            withoutOutputVariables,
            {
                readFile: async (p) => files[p],
            },
        );
        expect(code).toBe(0);
        expect(out).toContain("smoke: outputs from dev-outputs.json;");
    });

    it("reads the outputs with `pulumi stack output` for --stack, and names the application after the stack", async () => {
        const stacks: string[] = [];
        const { code, out } = await runSmokeAgainst(standIns, ["--stack", "dev"], withoutOutputVariables, {
            pulumiStackOutput: async (stack) => (stacks.push(stack), stackOutputJson(standIns)),
        });
        expect(code).toBe(0);
        expect(stacks).toEqual(["dev"]);
        expect(out).toContain("smoke: outputs from stack dev;");
        expect(out).toMatch(/smoke: application smoke-dev-\d{8}T\d{6}Z-[0-9a-f]+/);
    });

    it("exits 2 when `pulumi stack output` fails, passing on its reason", async () => {
        const { code, err } = await runSmokeAgainst(standIns, ["--stack", "qa"], withoutOutputVariables, {
            pulumiStackOutput: async () =>
                Promise.reject(new Error("pulumi stack output --stack qa failed: error: no stack named 'qa' found")),
        });
        expect(code).toBe(2);
        expect(err).toContain("no stack named 'qa' found");
    });

    it("runs as `npm run smoke` does and sets the process exit code", async () => {
        const run = (args: string[], env: Record<string, string>) =>
            new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
                const child = execFile(
                    process.execPath,
                    ["-r", "ts-node/register/transpile-only", "smoke/cli.ts", ...args],
                    { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env } },
                    (_e, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
                );
            });
        const [passed, bad] = await Promise.all([
            run([], standInEnv(standIns)),
            run(["--auth", "digest"], standInEnv(standIns)),
        ]);

        expect(passed.code).toBe(0);
        expect(passed.stdout).toMatch(/✓ cleanup .*deleted\nsmoke passed in /);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('--auth: got "digest"');
        for (const secret of secretsOf(standIns)) expect(passed.stdout + passed.stderr).not.toContain(secret);
        expect(standIns.portal.applications.size).toBe(0);
    }, 20_000);
});

describe("pulumi stack output", () => {
    let bin: string;
    beforeAll(() => {
        bin = mkdtempSync(path.join(tmpdir(), "smoke-pulumi-"));
    });
    afterAll(() => {
        rmSync(bin, { recursive: true, force: true });
    });
    const fakePulumi = (script: string) => {
        writeFileSync(path.join(bin, "pulumi"), `#!/bin/sh\n${script}\n`);
        chmodSync(path.join(bin, "pulumi"), 0o755);
    };

    it("returns what `pulumi stack output --json --stack <stack>` prints", async () => {
        fakePulumi('echo "{\\"args\\": \\"$*\\"}"');
        expect(JSON.parse((await pulumiStackOutput("dev", { PATH: bin }))!)).toEqual({
            args: "stack output --json --stack dev",
        });
    });

    it("answers undefined when the pulumi CLI is not on PATH", async () => {
        expect(await pulumiStackOutput("dev", { PATH: path.join(bin, "empty") })).toBeUndefined();
    });

    it("fails with the first line of pulumi's error output", async () => {
        fakePulumi("echo \"error: no stack named 'qa' found\" >&2; echo more >&2; exit 255");
        await expect(pulumiStackOutput("qa", { PATH: bin })).rejects.toThrow(
            "pulumi stack output --stack qa failed: error: no stack named 'qa' found",
        );
    });
});
