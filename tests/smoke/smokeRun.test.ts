/**
 * The smoke run end to end, in-process, against the portal, issuer and gateway stand-ins on 127.0.0.1.
 * After every test: no request or response strayed from the Portal API document, and no secret the
 * stand-ins handed out appears in anything the run printed.
 */
import { startStandIns, StandInOptions, StandIns } from "../../emulators/portalStandIns";
import { runSmokeAgainst, secretsOf, SmokeRunCapture, stepLine } from "../support/smokeHarness";

let standIns: StandIns | undefined;
let captured: SmokeRunCapture[] = [];

async function given(options: StandInOptions = {}): Promise<StandIns> {
    standIns = await startStandIns(options);
    return standIns;
}

async function run(
    s: StandIns,
    args: string[] = [],
    env: Record<string, string | undefined> = {},
): Promise<SmokeRunCapture> {
    const result = await runSmokeAgainst(s, args, env);
    captured.push(result);
    return result;
}

afterEach(async () => {
    const current = standIns;
    const printed = captured.map((c) => c.out + c.err).join("\n");
    standIns = undefined;
    captured = [];
    if (!current) return;
    try {
        const secrets = secretsOf(current);
        expect(secrets.length).toBeGreaterThan(0);
        for (const secret of secrets) expect(printed).not.toContain(secret);
        expect(current.portal.violations).toEqual([]);
    } finally {
        // Closed even when a check above fails: open servers would keep jest from exiting.
        await current.close();
    }
});

describe("smoke run against the stand-ins", () => {
    it("passes every step on a healthy stack, calls the route both ways and deletes its application", async () => {
        const s = await given();
        const { code, out, err } = await run(s);

        expect({ code, err }).toEqual({ code: 0, err: "" });
        for (const step of [
            "sign-in",
            "create-application",
            "register",
            "token",
            "route-basic",
            "route-bearer",
            "cleanup",
        ]) {
            expect(stepLine(out, step)).toMatch(/^✓ .* \d+ ms/);
        }
        expect(stepLine(out, "register")).toContain("approved for Orders");
        expect(out).toMatch(/smoke passed in \d+(\.\d)? m?s/);
        expect(s.portal.created).toHaveLength(1);
        expect(s.portal.created[0].strategy.id).toBe(s.strategyId);
        expect(s.portal.applications.size).toBe(0);
        const [basic, bearer] = s.gateway.authorizations;
        expect(Buffer.from(basic.replace(/^Basic /, ""), "base64").toString()).toBe(
            `${s.portal.created[0].clientId}:${s.portal.created[0].clientSecret}`,
        );
        expect(bearer).toBe(`Bearer ${s.issuer.issuedTokens[0]}`);
    });

    it("reports wrong audience when the issuer has no grant for the stack's audience", async () => {
        const s = await given();
        const { code, out } = await run(s, [], { SMOKE_AUDIENCE: "https://api.dev.acme.test/other" });

        expect(code).toBe(1);
        expect(stepLine(out, "token")).toMatch(/^✗ token .*HTTP 403.*Client is not authorized/);
        expect(out).toContain(
            "likely: wrong audience: the application's Auth0 client has no grant for https://api.dev.acme.test/other",
        );
        // The gateway exchanges Basic credentials with its own audience, so that path still works.
        expect(stepLine(out, "route-basic")).toMatch(/^✓/);
        expect(stepLine(out, "route-bearer")).toMatch(/^- route-bearer +skipped: no token/);
        expect(s.portal.applications.size).toBe(0);
    });

    it("reports wrong audience when the gateway expects another audience than the token's", async () => {
        const s = await given({
            gatewayAudience: "https://api.dev.acme.test/gateway",
            grantedAudiences: ["https://api.dev.acme.test/portal", "https://api.dev.acme.test/gateway"],
        });
        const { code, out } = await run(s);

        expect(code).toBe(1);
        expect(stepLine(out, "token")).toMatch(/^✓/);
        expect(stepLine(out, "route-bearer")).toMatch(/^✗ route-bearer .*HTTP 401/);
        expect(out).toContain(
            "likely: wrong audience: the route's strategy may request or expect another audience than https://api.dev.acme.test/portal",
        );
        expect(out).toContain("likely: the gateway said: invalid_token");
    });

    it("reports an unregistered application when no API id is given, and still deletes it", async () => {
        const s = await given();
        const { code, out } = await run(s, [], { SMOKE_API_ID: undefined });

        expect(code).toBe(1);
        expect(stepLine(out, "register")).toMatch(/^- register +skipped: no --api-id/);
        expect(stepLine(out, "route-basic")).toMatch(/^✗ route-basic .*HTTP 403/);
        expect(out).toContain("likely: unregistered application: no --api-id / SMOKE_API_ID was given");
        expect(stepLine(out, "cleanup")).toMatch(/^✓ cleanup .*deleted/);
        expect(s.portal.applications.size).toBe(0);
    });

    it("waits for a pending registration that is approved after a few polls, printing progress", async () => {
        const s = await given({ approval: { pendingPolls: 3 } });
        const { code, out } = await run(s);

        expect(code).toBe(0);
        expect(out.match(/… register: pending approval/g)).toHaveLength(3);
        expect(stepLine(out, "register")).toMatch(/^✓ register .*approved for Orders after .* pending/);
        expect(s.portal.requests.filter((r) => /registrations\/[0-9a-f-]+$/.test(r))).toHaveLength(3);
    });

    it("fails with registration pending when approval does not come in time, and cleans up", async () => {
        const s = await given({ approval: "manual" });
        const started = Date.now();
        const { code, out } = await run(s, ["--approval-timeout", "100ms"]);

        expect(code).toBe(1);
        // Far below the default wait of 5 minutes, however loaded the machine is.
        expect(Date.now() - started).toBeLessThan(30_000);
        expect(stepLine(out, "register")).toMatch(/^✗ register .*still pending after \d+(\.\d)? m?s/);
        expect(out).toContain("likely: registration pending: approve it in Konnect");
        // The route is still tried once, and its refusal is explained by the pending registration first.
        expect(stepLine(out, "route-basic")).toMatch(/^✗ route-basic .*HTTP 403/);
        expect(out.split("\n").filter((l) => l.includes("likely: registration pending")).length).toBeGreaterThanOrEqual(
            3,
        );
        expect(s.portal.applications.size).toBe(0);
    });

    it("leaves no application behind when the portal fails with 5xx after creating it", async () => {
        const s = await given();
        s.portal.createFaults.push("after-create");
        const { code, out } = await run(s);

        expect(code).toBe(1);
        expect(stepLine(out, "create-application")).toMatch(/^✗ create-application .*HTTP 500.*kong:trace:/);
        expect(stepLine(out, "cleanup")).toMatch(/^✓ cleanup .*deleted 1 application\(s\) named smoke-/);
        expect(s.portal.created).toHaveLength(1);
        expect(s.portal.applications.size).toBe(0);
    });

    it("looks for a half-created application after a 5xx before creation and finds none", async () => {
        const s = await given();
        s.portal.createFaults.push("before-create");
        const { code, out } = await run(s);

        expect(code).toBe(1);
        expect(stepLine(out, "cleanup")).toMatch(/^✓ cleanup .*no application was created/);
        expect(s.portal.requests).toContain("GET /api/v3/applications");
        expect(s.portal.created).toHaveLength(0);
    });

    it("cleans up after a failed call: a token without azp fails as 'claim not azp' and the application is deleted", async () => {
        const s = await given({ includeAzp: false });
        const { code, out } = await run(s);

        expect(code).toBe(1);
        expect(stepLine(out, "token")).toMatch(/^✗ token .*claims do not fit/);
        expect(out).toContain("likely: claim not azp: the token has no azp claim");
        expect(stepLine(out, "route-bearer")).toMatch(/^✗ route-bearer .*HTTP 403/);
        expect(stepLine(out, "cleanup")).toMatch(/^✓ cleanup .*deleted/);
        expect(s.portal.applications.size).toBe(0);
    });

    it("reports strategy not bound when the API is published with another auth strategy", async () => {
        const s = await given({ apiStrategyIds: [] });
        const { code, out } = await run(s);

        expect(code).toBe(1);
        expect(stepLine(out, "register")).toMatch(/^✗ register .*API Orders takes auth strategies \[\]/);
        expect(out).toContain(
            `likely: strategy not bound: publish the API with the stack's auth strategy ${s.strategyId}`,
        );
        expect(s.portal.applications.size).toBe(0);
    });

    it("keeps the application with --keep and says which one", async () => {
        const s = await given();
        const { code, out } = await run(s, ["--keep"]);

        expect(code).toBe(0);
        const [app] = s.portal.applications.values();
        expect(app).toBeDefined();
        expect(stepLine(out, "cleanup")).toBe(
            `- cleanup                         skipped: --keep: application ${app.name} (${app.id}) left on the portal`,
        );
    });

    it("retries 401 from the route while the gateway has not synced the application", async () => {
        const s = await given({ unsyncedCalls: 2 });
        const { code, out } = await run(s, ["--route-timeout", "2s"]);

        expect(code).toBe(0);
        expect(out.match(/… route-basic: HTTP 401, waiting for the gateway/g)).toHaveLength(2);
        expect(stepLine(out, "route-basic")).toMatch(/^✓ route-basic .*HTTP 200 after 3 attempts/);
    });

    it("signs in again when the session expires during the run, so cleanup still deletes", async () => {
        const s = await given({ approval: { pendingPolls: 2 } });
        const origin = s.portal.handle.bind(s.portal);
        // Expire the session once the registration exists: the next portal call must re-authenticate.
        s.portal.handle = async (req) => {
            const reply = await origin(req);
            if (req.method === "POST" && req.url.pathname.endsWith("/registrations")) s.portal.expireSessions();
            return reply;
        };
        const { code } = await run(s);

        expect(code).toBe(0);
        expect(s.portal.issuedCookies).toHaveLength(2);
        expect(s.portal.applications.size).toBe(0);
    });

    it("exits 3 and names the application when it cannot be deleted", async () => {
        const s = await given();
        s.portal.failDeletes = true;
        const { code, out } = await run(s);

        expect(code).toBe(3);
        expect(stepLine(out, "cleanup")).toMatch(/^✗ cleanup .*HTTP 503/);
        const [app] = s.portal.applications.values();
        expect(out).toContain(`application ${app.name} may remain on the portal`);
        expect(s.portal.requests.filter((r) => r.startsWith("DELETE"))).toHaveLength(3);
        expect(out).toMatch(/smoke FAILED \(exit 3\): cleanup/);
    });

    it("redacts the session cookie, Basic pair and token when the portal and gateway echo them in errors", async () => {
        const s = await given();
        const portal = s.portal.handle.bind(s.portal);
        s.portal.handle = async (req) =>
            req.method === "POST" && req.url.pathname.endsWith("/registrations")
                ? {
                      status: 500,
                      body: { status: 500, title: "Internal Server Error", detail: `session ${req.headers.cookie}` },
                  }
                : portal(req);
        s.gateway.handle = async (req) => ({ status: 403, body: { message: `refused ${req.headers.authorization}` } });
        const { code, out } = await run(s);

        expect(code).toBe(1);
        expect(stepLine(out, "register")).toMatch(/^✗ register .*session portalaccesstoken=\[redacted\]/);
        expect(stepLine(out, "route-basic")).toMatch(/^✗ route-basic .*refused Basic \[redacted\]/);
        expect(stepLine(out, "route-bearer")).toMatch(/^✗ route-bearer .*refused Bearer \[redacted\]/);
        expect(s.issuer.issuedTokens).toHaveLength(1);
        // The afterEach scan then proves none of the echoed values was printed.
    });

    it("redacts the client secret when the issuer echoes the token request", async () => {
        const s = await given();
        const issuer = s.issuer.handle.bind(s.issuer);
        s.issuer.handle = async (req) =>
            req.url.pathname === "/oauth/token"
                ? { status: 401, body: { error: "access_denied", error_description: `rejected ${req.body}` } }
                : issuer(req);
        const { code, out } = await run(s);

        expect(code).toBe(1);
        expect(stepLine(out, "token")).toMatch(
            /^✗ token .*rejected grant_type=client_credentials&client_id=[^&]+&client_secret=\[redacted\]/,
        );
        expect(s.portal.created).toHaveLength(1);
    });

    it("stops after a refused sign-in without creating anything", async () => {
        const s = await given();
        const { code, out } = await run(s, [], { KONNECT_PORTAL_DEVELOPER_PASSWORD: "not the password" });

        expect(code).toBe(1);
        expect(stepLine(out, "sign-in")).toMatch(/^✗ sign-in .*refused the developer credentials/);
        expect(stepLine(out, "cleanup")).toMatch(/^- cleanup +skipped: nothing was created/);
        expect(out).not.toContain("not the password");
        expect(s.portal.created).toHaveLength(0);
    });
});
