import {
    OPTIONS,
    parseDuration,
    parseSmokeSettings,
    SmokeUsageError,
    usageText,
    wantsHelp,
} from "../../smoke/settings";

const PASSWORD = "correct horse battery staple";
const base = {
    SMOKE_ROUTE_URL: "https://api.dev.acme.com/orders",
    KONNECT_PORTAL_DEVELOPER_EMAIL: "smoke@acme.com",
    KONNECT_PORTAL_DEVELOPER_PASSWORD: PASSWORD,
};

function problemsOf(argv: string[], env: Record<string, string | undefined>): string[] {
    try {
        parseSmokeSettings(argv, env);
    } catch (error) {
        expect(error).toBeInstanceOf(SmokeUsageError);
        return (error as SmokeUsageError).problems.map((p) => `${p.setting}: got ${p.got}; expected ${p.expected}`);
    }
    throw new Error("expected a SmokeUsageError");
}

describe("smoke settings", () => {
    it("reads flags in both --flag value and --flag=value forms", () => {
        const settings = parseSmokeSettings(
            [
                "--stack",
                "dev",
                "--route-url=https://api.acme.com/a",
                "--api-id",
                "9F5061CE-78F6-4452-9108-AD7C02821FD5",
                "--auth=bearer",
                "--keep",
            ],
            base,
        );
        expect(settings).toMatchObject({
            stack: "dev",
            routeUrl: "https://api.acme.com/a",
            apiId: "9f5061ce-78f6-4452-9108-ad7c02821fd5",
            authChecks: ["bearer"],
            keep: true,
            developer: { email: "smoke@acme.com", password: PASSWORD },
        });
    });

    it("lets flags win over their environment variables, and reads the environment otherwise", () => {
        const env = {
            ...base,
            SMOKE_STACK: "staging",
            SMOKE_API_ID: "9f5061ce-78f6-4452-9108-ad7c02821fd5",
            SMOKE_KEEP: "true",
        };
        expect(parseSmokeSettings(["--stack", "prod"], env)).toMatchObject({
            stack: "prod",
            apiId: "9f5061ce-78f6-4452-9108-ad7c02821fd5",
            keep: true,
        });
        expect(parseSmokeSettings(["--keep=false"], env).keep).toBe(false);
    });

    it("defaults to both route checks, no API registration and production-sized timeouts", () => {
        const settings = parseSmokeSettings([], base);
        expect(settings.authChecks).toEqual(["basic", "bearer"]);
        expect(settings.apiId).toBeUndefined();
        expect(settings.keep).toBe(false);
        expect(settings.timeouts).toEqual({
            requestMs: 15_000,
            approvalMs: 300_000,
            routeMs: 60_000,
            pollIntervalMs: 5_000,
        });
    });

    it("parses durations in ms, s, m and bare seconds, and nothing else", () => {
        expect([parseDuration("250ms"), parseDuration("1.5s"), parseDuration("2m"), parseDuration("30")]).toEqual([
            250, 1500, 120_000, 30_000,
        ]);
        expect([parseDuration("5 minutes"), parseDuration("-1s"), parseDuration("")]).toEqual([
            undefined,
            undefined,
            undefined,
        ]);
    });

    it("lists every bad setting at once, naming it and the form it expects", () => {
        const problems = problemsOf(
            ["--stack", "dev stack", "--api-id", "orders", "--auth", "basic,digest", "--poll-interval", "soon"],
            {
                SMOKE_ROUTE_URL: "http://api.acme.com/orders",
                KONNECT_PORTAL_DEVELOPER_EMAIL: "smoke",
            },
        );
        expect(problems).toEqual([
            '--stack: got "dev stack"; expected a Pulumi stack name such as dev or acme/konnect-auth0-dcr/dev',
            'SMOKE_ROUTE_URL: got "http://api.acme.com/orders"; expected an absolute https URL (http only for localhost)',
            '--api-id: got "orders"; expected the Konnect API id, a UUID',
            '--auth: got "basic,digest"; expected basic, bearer or basic,bearer',
            '--poll-interval: got "soon"; expected a duration such as 500ms, 30s or 5m (a bare number is seconds), at least 1 ms',
            'KONNECT_PORTAL_DEVELOPER_EMAIL: got "smoke"; expected an email address such as smoke@acme.com',
            "KONNECT_PORTAL_DEVELOPER_PASSWORD: got nothing (unset); expected the portal developer's password",
        ]);
    });

    it("names unknown flags and flags missing their value", () => {
        expect(problemsOf(["--route", "x", "--api-id", "--keep"], base)).toEqual([
            expect.stringMatching(/^arguments: got "--route"; expected one of --stack, --outputs, --route-url/),
            expect.stringMatching(/^arguments: got "x"/),
            "--api-id: got no value; expected --api-id <uuid>",
        ]);
    });

    it("takes a separate value starting with a dash as a missing value and reads it as the next flag", () => {
        const { SMOKE_ROUTE_URL: _unset, ...withoutRoute } = base;
        expect(problemsOf(["--api-id", "--route-url", "https://api.acme.com/b"], withoutRoute)).toEqual([
            "--api-id: got no value; expected --api-id <uuid>",
        ]);
        expect(problemsOf(["--stack", "-dev"], base)).toEqual([
            "--stack: got no value; expected --stack <stack>",
            expect.stringMatching(/^arguments: got "-dev"; expected one of --stack,/),
        ]);
        expect(parseSmokeSettings(["--stack=-dev"], base).stack).toBe("-dev");
    });

    it("lets the last of a repeated flag win", () => {
        const settings = parseSmokeSettings(["--stack", "dev", "--keep", "--stack=prod", "--keep=false"], base);
        expect([settings.stack, settings.keep]).toEqual(["prod", false]);
    });

    it("never shows the developer password in its errors", () => {
        let message = "";
        try {
            parseSmokeSettings(["--stack", "a b", "--request-timeout", "x"], {
                ...base,
                SMOKE_ROUTE_URL: "nope",
                KONNECT_PORTAL_DEVELOPER_EMAIL: "nope",
            });
        } catch (error) {
            message = (error as Error).message;
        }
        expect(message).toMatch(/4 problems/);
        expect(message).not.toContain(PASSWORD);
    });

    it("recognises --help and -h wherever they stand", () => {
        expect([
            wantsHelp(["--stack", "dev", "--help"]),
            wantsHelp(["-h"]),
            wantsHelp(["--stack", "-h"]),
            wantsHelp(["--stack", "dev"]),
            wantsHelp(["--", "--help"]),
        ]).toEqual([true, true, true, false, false]);
    });

    it("documents every flag, its environment variable and the exit codes in --help", () => {
        const text = usageText();
        for (const option of Object.values(OPTIONS)) {
            expect(text).toContain(option.flag);
            if ("env" in option) expect(text).toContain(option.env);
        }
        expect(text).toMatch(/^ {2}-h, --help +show this help$/m);
        expect(text).toContain("Exit codes: 0 all checks passed, 1 a check failed, 2 bad input, 3 cleanup failed");
    });
});
