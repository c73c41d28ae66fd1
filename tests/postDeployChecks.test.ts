import {
    discoveryUrl,
    formatResults,
    judgeDiscovery,
    judgeVerifyResponse,
    runPostDeployChecks,
    sameIssuer,
} from "../verification/postDeployChecks";

describe("issuer comparison", () => {
    it("treats Auth0's trailing-slash issuer as the issuer Konnect was given", () => {
        expect(sameIssuer("https://acme-dev.us.auth0.com/", "https://acme-dev.us.auth0.com")).toBe(true);
        expect(sameIssuer("https://login.acme.com/", "https://acme-dev.us.auth0.com")).toBe(false);
        expect(discoveryUrl("https://acme-dev.us.auth0.com/")).toBe(
            "https://acme-dev.us.auth0.com/.well-known/openid-configuration",
        );
    });
});

describe("judging the checks", () => {
    it("passes a successful verify and names the fix for a failed one", () => {
        expect(judgeVerifyResponse({ status: "success", errors: [] }).ok).toBe(true);
        const failed = judgeVerifyResponse({ status: "failed", errors: ["Unable to create the DCR application"] });
        expect(failed.ok).toBe(false);
        expect(failed.detail).toContain("Unable to create the DCR application");
        expect(failed.fix).toMatch(/nine DCR scopes.*OIDC Dynamic Application Registration/s);
    });

    it("fails a discovery document that names another issuer, pointing at the custom domain setting", () => {
        const result = judgeDiscovery("https://acme.eu.auth0.com", 200, { issuer: "https://login.acme.com/" });
        expect(result.ok).toBe(false);
        expect(result.detail).toContain('"https://login.acme.com/"');
        expect(result.fix).toContain("konnect-auth0-dcr:auth0CustomDomain");
    });

    it("fails a missing discovery document and one without an issuer", () => {
        expect(judgeDiscovery("https://acme.eu.auth0.com", 404, undefined)).toMatchObject({
            ok: false,
            detail: expect.stringContaining("HTTP 404"),
        });
        expect(judgeDiscovery("https://acme.eu.auth0.com", 200, { jwks_uri: "x" })).toMatchObject({
            ok: false,
            detail: expect.stringContaining('no "issuer"'),
        });
    });
});

describe("runPostDeployChecks", () => {
    const discovery = (issuer: string): typeof fetch =>
        (async () =>
            new Response(JSON.stringify({ issuer }), {
                status: 200,
                headers: { "content-type": "application/json" },
            })) as typeof fetch;

    it("reports both checks as passed", async () => {
        const results = await runPostDeployChecks({
            dcrProviderId: "p1",
            issuer: "https://acme-dev.us.auth0.com",
            verifyDcrProvider: async () => ({ status: "success", errors: [] }),
            fetch: discovery("https://acme-dev.us.auth0.com/"),
        });
        expect(results.map((r) => [r.check, r.ok])).toEqual([
            ["dcr-provider-verify", true],
            ["issuer-discovery", true],
        ]);
    });

    it("reports a Konnect error and an unreachable issuer as failures, with what to fix", async () => {
        const results = await runPostDeployChecks({
            dcrProviderId: "p1",
            issuer: "https://acme-dev.us.auth0.com",
            verifyDcrProvider: async () => {
                throw new Error("verify DCR provider (p1): 403 Forbidden");
            },
            fetch: (async () => {
                throw new TypeError("fetch failed");
            }) as typeof fetch,
        });
        expect(results.every((r) => !r.ok)).toBe(true);
        const text = formatResults(results);
        expect(text).toMatch(/^FAIL dcr-provider-verify: verify DCR provider \(p1\): 403 Forbidden$/m);
        expect(text).toMatch(/^FAIL issuer-discovery: .*could not be fetched: fetch failed$/m);
        expect(text).toMatch(/^fix issuer-discovery: /m);
    });
});
