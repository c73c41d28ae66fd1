/**
 * The stand-ins are only worth what they refuse: these tests prove the portal holds requests to the Portal
 * API document, and that the issuer and the gateway refuse what Auth0 and Kong would.
 */
import { SignJWT, generateKeyPair } from "jose";
import { startStandIns, StandIns } from "../../emulators/portalStandIns";
import { PortalSpec } from "../../emulators/portalSpec";

let s: StandIns;
let cookie: string;

beforeAll(async () => {
    s = await startStandIns();
    const response = await fetch(`${s.portal.url}/api/v3/developer/authenticate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: s.developer.email, password: s.developer.password }),
    });
    cookie = response.headers.getSetCookie()[0].split(";")[0];
});
afterAll(async () => {
    await s.close();
});
afterEach(() => {
    s.portal.violations.length = 0;
});

const portal = (method: string, path: string, body?: unknown, headers: Record<string, string> = { cookie }) =>
    fetch(`${s.portal.url}${path}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });

/** A response's JSON body, loosely typed: these tests assert on its fields. */
const json = (response: Response): Promise<any> => response.json();

async function createApp(name: string): Promise<{ id: string; client_id: string; client_secret: string }> {
    const response = await portal("POST", "/api/v3/applications", { name, auth_strategy_id: s.strategyId });
    expect(response.status).toBe(201);
    return json(response);
}

const token = (body: Record<string, string>) =>
    fetch(`${s.issuer.url}/oauth/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(body),
    });

describe("portal stand-in", () => {
    it("rejects a body field the document does not declare, the way Konnect does", async () => {
        const response = await portal("POST", "/api/v3/applications", {
            name: "x",
            auth_strategy_id: s.strategyId,
            client_secret: "mine",
        });
        expect(response.status).toBe(400);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect((await json(response)).invalid_parameters).toEqual([
            {
                field: "client_secret",
                rule: "unknown_property",
                reason: '"client_secret" is not allowed',
                source: "body",
            },
        ]);
        expect(s.portal.violations).toEqual(['create-application: body client_secret "client_secret" is not allowed']);
    });

    it("rejects undeclared query parameters, malformed path ids and unknown operations", async () => {
        expect((await portal("GET", "/api/v3/applications?name=x")).status).toBe(400);
        expect((await portal("DELETE", "/api/v3/applications/smoke-app")).status).toBe(400);
        expect((await portal("POST", "/api/v3/applications/search", {})).status).toBe(404);
        expect(s.portal.violations).toHaveLength(3);
    });

    it("requires the session cookie where the document secures the operation, and only there", async () => {
        expect((await portal("GET", "/api/v3/applications", undefined, {})).status).toBe(401);
        expect((await portal("GET", `/api/v3/apis/${s.apiId}`, undefined, {})).status).toBe(200);
        expect((await portal("GET", "/api/v3/apis/orders-v1", undefined, {})).status).toBe(200);
        expect(s.portal.violations).toEqual([]);
    });

    it("returns the client secret once, at creation, and never in a listing", async () => {
        const app = await createApp("once");
        const listed = await json(await portal("GET", "/api/v3/applications?filter%5Bname%5D%5Beq%5D=once"));
        expect(listed.data).toEqual([expect.objectContaining({ id: app.id, client_id: app.client_id })]);
        expect(JSON.stringify(listed)).not.toContain(app.client_secret);
        expect((await portal("DELETE", `/api/v3/applications/${app.id}`)).status).toBe(204);
        expect(s.portal.violations).toEqual([]);
    });

    it("checks its own responses against the document too", () => {
        const spec = new PortalSpec();
        const op = spec.match("POST", "/api/v3/applications")!;
        expect(spec.validateResponse(op, 201, { id: "not-a-uuid", name: "x" })).not.toEqual([]);
        expect(spec.validateResponse(op, 500, undefined)).toEqual(["create-application documents no 500 response"]);
    });
});

describe("issuer stand-in", () => {
    it("issues RS256 tokens with azp and the requested audience only to applications the portal created", async () => {
        const app = await createApp("issuer");
        const ok = await token({
            grant_type: "client_credentials",
            client_id: app.client_id,
            client_secret: app.client_secret,
            audience: s.audience,
        });
        expect(ok.status).toBe(200);
        const jwt: string = (await json(ok)).access_token;
        const header = JSON.parse(Buffer.from(jwt.split(".")[0], "base64url").toString());
        const claims = JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString());
        expect(header.alg).toBe("RS256");
        expect(claims).toMatchObject({ azp: app.client_id, aud: s.audience, iss: `${s.issuer.url}/` });

        const wrongSecret = await token({
            grant_type: "client_credentials",
            client_id: app.client_id,
            client_secret: "guess",
            audience: s.audience,
        });
        expect([wrongSecret.status, (await json(wrongSecret)).error]).toEqual([401, "access_denied"]);
        const ungranted = await token({
            grant_type: "client_credentials",
            client_id: app.client_id,
            client_secret: app.client_secret,
            audience: "https://elsewhere",
        });
        expect(ungranted.status).toBe(403);

        await portal("DELETE", `/api/v3/applications/${app.id}`);
        const deleted = await token({
            grant_type: "client_credentials",
            client_id: app.client_id,
            client_secret: app.client_secret,
            audience: s.audience,
        });
        expect(deleted.status).toBe(401);
    });
});

describe("gateway stand-in", () => {
    const call = (authorization?: string) =>
        fetch(s.gateway.routeUrl, { headers: authorization ? { authorization } : {} });

    it("accepts Basic and Bearer credentials of an approved application, and nothing else", async () => {
        const app = await createApp("gateway");
        const basic = `Basic ${Buffer.from(`${app.client_id}:${app.client_secret}`).toString("base64")}`;
        expect((await call(basic)).status).toBe(403); // not registered yet
        await portal("POST", `/api/v3/applications/${app.id}/registrations`, { api_id: s.apiId });
        expect((await call(basic)).status).toBe(200);
        const jwt = (
            await json(
                await token({
                    grant_type: "client_credentials",
                    client_id: app.client_id,
                    client_secret: app.client_secret,
                    audience: s.audience,
                }),
            )
        ).access_token;
        expect((await call(`Bearer ${jwt}`)).status).toBe(200);
        expect((await call()).status).toBe(401);
        expect((await call(`Basic ${Buffer.from(`${app.client_id}:wrong`).toString("base64")}`)).status).toBe(401);
        await portal("DELETE", `/api/v3/applications/${app.id}`);
        expect(s.portal.violations).toEqual([]);
    });

    it("refuses a token signed by another key, with invalid_token", async () => {
        const { privateKey } = await generateKeyPair("RS256");
        const forged = await new SignJWT({ azp: "anyone" })
            .setProtectedHeader({ alg: "RS256" })
            .setIssuer(`${s.issuer.url}/`)
            .setAudience(s.audience)
            .setExpirationTime("1h")
            .sign(privateKey);
        const response = await call(`Bearer ${forged}`);
        expect(response.status).toBe(401);
        expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    });
});
