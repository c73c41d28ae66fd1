import { loadStackOutputs, OutputsIo, outputEnvName, resolveStackOutputs } from "../../smoke/outputs";
import { SmokeUsageError } from "../../smoke/settings";

const STRATEGY = "22f8380e-7798-4566-99e3-2edf2b57d289";
const stackOutputs = {
    issuer: "https://acme-dev.us.auth0.com",
    audience: "https://api.dev.acme.com/portal",
    managementApiAudience: "https://acme-dev.us.auth0.com/api/v2/",
    dcrAdminClientId: "7bXqk2LmP9sRt4VwYz1AcDeFgHiJkLmN",
    dcrAdminClientSecret: "[secret]",
    grantedScopes: ["read:clients"],
    konnectDcrProviderId: "93f8380e-7798-4566-99e3-2edf2b57d289",
    konnectAuthStrategyId: STRATEGY,
    konnectPortalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
    konnectPortalUrl: "https://abc123.us.kongportals.com",
};

function io(files: Record<string, string> = {}, pulumi?: string): OutputsIo & { pulumiCalls: string[] } {
    const pulumiCalls: string[] = [];
    return {
        pulumiCalls,
        readFile: async (path) => {
            if (path in files) return files[path];
            throw Object.assign(new Error("missing"), { code: "ENOENT" });
        },
        pulumiStackOutput: async (stack) => {
            pulumiCalls.push(stack);
            return pulumi;
        },
    };
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
    const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SmokeUsageError);
    return (error as SmokeUsageError).problems.map((p) => `${p.setting}: got ${p.got}; expected ${p.expected}`);
}

describe("stack outputs for the smoke run", () => {
    it("names each output's environment variable after the output", () => {
        expect(["issuer", "konnectAuthStrategyId", "konnectPortalUrl"].map(outputEnvName)).toEqual([
            "SMOKE_ISSUER",
            "SMOKE_KONNECT_AUTH_STRATEGY_ID",
            "SMOKE_KONNECT_PORTAL_URL",
        ]);
    });

    it("reads `pulumi stack output --json` of the stack when nothing else supplies the outputs", async () => {
        const fake = io({}, JSON.stringify(stackOutputs));
        const { outputs, sources } = await loadStackOutputs({ stack: "dev" }, {}, fake);
        expect(fake.pulumiCalls).toEqual(["dev"]);
        expect(outputs).toEqual({
            issuer: "https://acme-dev.us.auth0.com",
            audience: "https://api.dev.acme.com/portal",
            konnectAuthStrategyId: STRATEGY,
            konnectPortalUrl: "https://abc123.us.kongportals.com",
            konnectPortalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
        });
        expect(new Set(Object.values(sources))).toEqual(new Set(["stack dev"]));
    });

    it("takes each output from SMOKE_* first, then the --outputs file, and skips pulumi when nothing is missing", async () => {
        const fake = io(
            { "out.json": JSON.stringify(stackOutputs) },
            JSON.stringify({ ...stackOutputs, audience: "https://wrong" }),
        );
        const { outputs, sources } = await loadStackOutputs(
            { stack: "dev", outputsFile: "out.json" },
            { SMOKE_ISSUER: "https://login.acme.com/" },
            fake,
        );
        expect(outputs.issuer).toBe("https://login.acme.com");
        expect(outputs.audience).toBe("https://api.dev.acme.com/portal");
        expect(sources).toMatchObject({ issuer: "environment", audience: "out.json" });
        expect(fake.pulumiCalls).toEqual([]);
    });

    it("fills only what is still missing from the stack, leaving the variables' values in place", async () => {
        const fake = io({}, JSON.stringify(stackOutputs));
        const { outputs, sources } = await loadStackOutputs(
            { stack: "dev" },
            { SMOKE_KONNECT_PORTAL_URL: "portal.acme.com" },
            fake,
        );
        expect(outputs.konnectPortalUrl).toBe("https://portal.acme.com");
        expect(sources).toMatchObject({ konnectPortalUrl: "environment", issuer: "stack dev" });
    });

    it("says how to supply a missing output when the pulumi CLI is not on PATH", async () => {
        const problems = await problemsOf(
            loadStackOutputs({ stack: "dev" }, { SMOKE_ISSUER: "https://acme-dev.us.auth0.com" }, io()),
        );
        expect(problems).toEqual([
            "output audience: got nothing; expected the portal audience, an absolute URI such as https://api.acme.com/portal; the pulumi CLI is not on PATH for --stack dev: pass --outputs <file> or set SMOKE_AUDIENCE",
            "output konnectAuthStrategyId: got nothing; expected the Konnect application auth strategy id, a UUID; the pulumi CLI is not on PATH for --stack dev: pass --outputs <file> or set SMOKE_KONNECT_AUTH_STRATEGY_ID",
            "output konnectPortalUrl: got nothing; expected the portal URL or domain, e.g. https://abc123.us.kongportals.com; the pulumi CLI is not on PATH for --stack dev: pass --outputs <file> or set SMOKE_KONNECT_PORTAL_URL",
        ]);
    });

    it("names where a malformed output came from", async () => {
        const file = JSON.stringify({
            ...stackOutputs,
            konnectAuthStrategyId: "auth0-dcr-dev",
            konnectPortalUrl: "https://abc.kongportals.com/portal",
            audience: 42,
        });
        const problems = await problemsOf(
            loadStackOutputs(
                { outputsFile: "o.json" },
                { SMOKE_ISSUER: "http://acme-dev.us.auth0.com" },
                io({ "o.json": file }),
            ),
        );
        expect(problems).toEqual([
            'output issuer (from SMOKE_ISSUER): got "http://acme-dev.us.auth0.com"; expected the Auth0 issuer URL, e.g. https://acme-dev.us.auth0.com',
            "output audience (from o.json): got a number; expected the portal audience, an absolute URI such as https://api.acme.com/portal",
            'output konnectAuthStrategyId (from o.json): got "auth0-dcr-dev"; expected the Konnect application auth strategy id, a UUID',
            'output konnectPortalUrl (from o.json): got "https://abc.kongportals.com/portal"; expected the portal URL or domain, e.g. https://abc123.us.kongportals.com',
        ]);
    });

    it("treats an unreadable or non-JSON outputs file as bad input", async () => {
        expect(await problemsOf(loadStackOutputs({ outputsFile: "gone.json" }, {}, io()))).toEqual([
            '--outputs / SMOKE_OUTPUTS_FILE: got "gone.json" (ENOENT); expected a readable JSON file',
        ]);
        expect(
            await problemsOf(
                loadStackOutputs({ outputsFile: "o.json" }, {}, io({ "o.json": "Current stack outputs (10):" })),
            ),
        ).toEqual([
            "o.json: got text that is not a JSON object; expected the JSON object printed by `pulumi stack output --json`",
        ]);
    });

    it("allows plain http only for loopback hosts", () => {
        const layer = (issuer: string) => ({ source: "f", values: { ...stackOutputs, issuer } });
        expect(resolveStackOutputs([layer("http://127.0.0.1:8080/")]).outputs.issuer).toBe("http://127.0.0.1:8080");
        expect(() => resolveStackOutputs([layer("http://acme.us.auth0.com")])).toThrow(SmokeUsageError);
    });
});
