/**
 * Konnect failures read well and leak nothing: messages name the operation and object, carry Konnect's
 * problem details and trace id, say which token setting and which role a 401/403 concerns, and never
 * contain the token or a secret. Also the token and server URL resolution order.
 */
import { createKonnectClient } from "../konnect/client";
import { describeTokenSource, resolveKonnectToken } from "../konnect/endpoints";
import { describeOperation, KonnectApiError, parseProblem, redactSecrets } from "../konnect/errors";
import { dcrProviderCreateBody, oidcStrategyBody } from "./support/konnectFixtures";
import { KonnectEmulator, startKonnectEmulator } from "../emulators/konnect";
import type { KonnectTokenSource } from "../konnect/vocabulary";

const fast = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 4, totalTimeoutMs: 5_000, requestTimeoutMs: 2_000 };
const SECRET = "initial-client-secret-6f1d2c";

let emulator: KonnectEmulator;

beforeAll(async () => {
    emulator = await startKonnectEmulator();
});

afterAll(() => emulator.close());

beforeEach(() => emulator.resetRequests());

function body(name: string) {
    return dcrProviderCreateBody(name, SECRET);
}

/** A client of the emulator with fast retries; by default with its valid token, as from KONNECT_TOKEN. */
function emulatorClient(token = emulator.token, tokenSource: KonnectTokenSource = "env:KONNECT_TOKEN") {
    return createKonnectClient({ serverUrl: emulator.url, token, tokenSource, retry: fast });
}

/** A client of Konnect's US region whose every answer comes from `answer`, holding `token`. */
function konnectAnswering(answer: (request: Request) => Promise<Response>, token: string) {
    return createKonnectClient({
        serverUrl: "https://us.api.konghq.com",
        token,
        tokenSource: "env:KONNECT_TOKEN",
        fetch: answer,
        retry: fast,
    });
}

describe("token and server URL resolution", () => {
    it("prefers KONNECT_TOKEN, then KONNECT_SPAT", () => {
        const env = { KONNECT_TOKEN: "kpat_env", KONNECT_SPAT: "spat_env" };
        expect(resolveKonnectToken(env)).toEqual({ token: "kpat_env", source: "env:KONNECT_TOKEN" });
        expect(resolveKonnectToken({ KONNECT_TOKEN: "  ", KONNECT_SPAT: "spat_env" })).toEqual({
            token: "spat_env",
            source: "env:KONNECT_SPAT",
        });
    });

    it("explains where to put a token when there is none", () => {
        expect(() => resolveKonnectToken({})).toThrow(
            "No Konnect token: set KONNECT_TOKEN (or KONNECT_SPAT) to a personal (kpat_…) or system-account (spat_…) " +
                "token in the environment of pulumi (with Pulumi ESC: environmentVariables).",
        );
    });

    it("names each source without its value", () => {
        expect(describeTokenSource("env:KONNECT_TOKEN")).toBe("the token from KONNECT_TOKEN");
        expect(describeTokenSource("env:KONNECT_SPAT")).toBe("the token from KONNECT_SPAT");
    });

    it("refuses to build a client that would send the token to a host other than Konnect's or loopback, before any request", () => {
        const requests: string[] = [];
        const spy = async (request: Request) => {
            requests.push(request.url);
            return new Response("{}");
        };
        for (const serverUrl of [
            "https://evil.example.com",
            "https://us.api.konghq.com.evil.io",
            "http://us.api.konghq.com",
            "https://global.api.konghq.com",
            "http://10.0.0.5:8080",
        ]) {
            expect(() =>
                createKonnectClient({
                    serverUrl,
                    token: "kpat_SecretToken123456",
                    tokenSource: "env:KONNECT_TOKEN",
                    fetch: spy,
                }),
            ).toThrow(
                /must be https:\/\/<region>\.api\.konghq\.com with <region> one of us, eu, au, me, in, sg .*http:\/\/127\.0\.0\.1:<port>/,
            );
        }
        expect(requests).toEqual([]);
        expect(() =>
            createKonnectClient({
                serverUrl: "https://eu.api.konghq.com",
                token: "t",
                tokenSource: "env:KONNECT_TOKEN",
                fetch: spy,
            }),
        ).not.toThrow();
        expect(() =>
            createKonnectClient({
                serverUrl: "http://[::1]:9000",
                token: "t",
                tokenSource: "env:KONNECT_TOKEN",
                fetch: spy,
            }),
        ).not.toThrow();
    });
});

describe("error messages", () => {
    it("describe the operation with the object's name and id", () => {
        expect(describeOperation({ action: "update", kind: "DCR provider", name: "auth0-dcr-dev", id: "93f8" })).toBe(
            'update DCR provider "auth0-dcr-dev" (93f8)',
        );
    });

    it("carry the problem's title, detail, invalid parameters and trace id", async () => {
        const client = emulatorClient();
        const valid = body("auth0-dcr-invalid");
        // dcr_config admits no unknown fields.
        const invalid = { ...valid, dcr_config: { ...valid.dcr_config, colour: "blue" } } as ReturnType<typeof body>;
        const error: KonnectApiError = await client.dcrProviders.create(invalid).catch((e) => e);
        expect(error).toBeInstanceOf(KonnectApiError);
        expect(error.status).toBe(400);
        expect(error.operation).toBe('create DCR provider "auth0-dcr-invalid"');
        expect(error.title).toBe("Bad Request");
        expect(error.instance).toMatch(/^kong:trace:\d+$/);
        expect(error.invalidParameters.length).toBeGreaterThan(0);
        expect(error.message).toContain(
            'Konnect: create DCR provider "auth0-dcr-invalid" failed with 400 Bad Request: Invalid Parameters',
        );
        expect(error.message).toContain(
            `  - ${error.invalidParameters[0].field}: ${error.invalidParameters[0].reason}`,
        );
        expect(error.message).toContain(`Konnect trace id: ${error.instance}`);
        expect(error.message).not.toContain(SECRET);
        expect(error.message).not.toContain(emulator.token);
        // A client error is not retried.
        expect(emulator.requests).toHaveLength(1);
    });

    it("scrub the token and secrets even when Konnect echoes them", async () => {
        const token = "kpat_Echoed0123456789abcdef";
        const echoing = async (request: Request) => {
            const sent = await request.text();
            const problem = {
                status: 400,
                title: "Invalid Request",
                instance: "kong:trace:42",
                detail: `Rejected ${sent} with ${request.headers.get("authorization")}`,
                invalid_parameters: [
                    {
                        field: "dcr_config.initial_client_secret",
                        reason: `value [${SECRET}] is too weak; spat_AnotherToken999 also seen`,
                    },
                ],
            };
            return new Response(JSON.stringify(problem), {
                status: 400,
                headers: { "content-type": "application/problem+json" },
            });
        };
        const client = konnectAnswering(echoing, token);
        const created: KonnectApiError = await client.dcrProviders.create(body("echo")).catch((e) => e);
        // A rotation sends the secret in a PATCH: a refused one is scrubbed the same way.
        const rotation = { dcr_config: { initial_client_id: "m2m-id", initial_client_secret: SECRET } };
        const updated: KonnectApiError = await client.dcrProviders
            .update("93f8380e-7798-4566-99e3-2edf2b57d289", "echo", rotation)
            .catch((e) => e);
        for (const error of [created, updated]) {
            expect(error).toBeInstanceOf(KonnectApiError);
            const everything = JSON.stringify({
                message: error.message,
                detail: error.detail,
                params: error.invalidParameters,
                title: error.title,
            });
            expect(everything).not.toContain(token);
            expect(everything).not.toContain(SECRET);
            expect(everything).not.toContain("spat_AnotherToken999");
            expect(error.message).toContain("[redacted]");
            expect(error.message).toContain("Konnect trace id: kong:trace:42");
        }
    });

    it("scrub the secret from Konnect's title and from an invalid parameter's field name too", () => {
        const error = new KonnectApiError({
            operation: { action: "update", kind: "DCR provider", name: "p" },
            status: 400,
            problem: parseProblem(400, {
                title: `Bad secret ${SECRET}`,
                invalid_parameters: [{ field: `dcr_config.${SECRET}`, reason: "unknown field" }],
            }),
            secrets: [SECRET],
        });
        expect(error.title).toBe("Bad secret [redacted]");
        expect(error.invalidParameters.map((p) => p.field)).toEqual(["dcr_config.[redacted]"]);
        expect(error.message).not.toContain(SECRET);
    });

    it("redact known secrets and anything shaped like a Konnect token", () => {
        expect(redactSecrets("a kpat_abcdefgh1234 b spat_ZZZZZZZZ c my-long-secret", ["my-long-secret"])).toBe(
            "a [redacted] b [redacted] c [redacted]",
        );
    });

    it("mask a configured secret however short it is, and a secret containing another one whole", () => {
        expect(redactSecrets("client secret Qz9 was refused", ["Qz9"])).toBe("client secret [redacted] was refused");
        expect(redactSecrets("x", ["x"])).toBe("[redacted]");
        expect(redactSecrets("got abcXYZabc", ["abc", "abcXYZabc"])).toBe("got [redacted]");
        expect(redactSecrets("nothing to hide", ["", undefined])).toBe("nothing to hide");
    });

    it("scrub a short initial client secret from a Konnect error", () => {
        const error = new KonnectApiError({
            operation: { action: "update", kind: "DCR provider", name: "p" },
            status: 400,
            problem: parseProblem(400, { title: "Invalid", detail: "initial_client_secret s3c is too short" }),
            secrets: ["s3c"],
        });
        expect(error.message).not.toContain("s3c");
        expect(error.message).toContain("initial_client_secret [redacted] is too short");
    });

    it("read plain-text and empty error bodies", () => {
        expect(parseProblem(502, "<html>Bad gateway</html>")).toMatchObject({
            status: 502,
            detail: "<html>Bad gateway</html>",
        });
        expect(parseProblem(503, "")).toMatchObject({ status: 503, invalidParameters: [] });
    });
});

describe("401 and 403", () => {
    it("a rejected token names its source and is not retried; its value never appears", async () => {
        const wrong = "kpat_NotTheRightToken000000000";
        const client = emulatorClient(wrong);
        const error: KonnectApiError = await client.dcrProviders.findByName("x").catch((e) => e);
        expect(error.status).toBe(401);
        expect(error.tokenSource).toBe("env:KONNECT_TOKEN");
        expect(error.message).toContain(
            "Konnect rejected the token from KONNECT_TOKEN: it is invalid, expired or revoked",
        );
        expect(error.message).not.toContain(wrong);
        expect(JSON.stringify(error)).not.toContain(wrong);
        expect(emulator.requests).toHaveLength(1);
    });

    it("a token without write permission names the setting and the likely missing role per object kind", async () => {
        const readOnly = "spat_ReadOnlyToken0000000000";
        emulator.setReadOnlyToken(readOnly);
        const client = emulatorClient(readOnly, "env:KONNECT_SPAT");

        const provider: KonnectApiError = await client.dcrProviders.create(body("forbidden")).catch((e) => e);
        expect(provider.status).toBe(403);
        expect(provider.message).toContain(
            'The token from KONNECT_SPAT is valid but not allowed to create DCR providers: its user or system account likely lacks the "DCR Provider Creator" role.',
        );

        const strategy: KonnectApiError = await client.authStrategies
            .create(oidcStrategyBody("forbidden"))
            .catch((e) => e);
        expect(strategy.message).toContain('"Auth Strategy Creator" role');

        const { id } = emulator.addPortal({ name: "forbidden-portal" });
        const portal: KonnectApiError = await client.portals.setDefaultAuthStrategy("v3", id, null).catch((e) => e);
        expect(portal.message).toContain(`update Dev Portal (${id}) failed with 403`);
        expect(portal.message).toContain('"Portal Admin" on this portal (or "Portal Creator") role');

        // A classic portal's product version: the roles Konnect's classic portal uses for it.
        const classic = emulator.addPortal({ name: "forbidden-classic", kind: "classic" }).id;
        const productVersionId = emulator.addPortalProductVersion({ portalId: classic }).id;
        const deploy = emulatorClient(emulator.token, "env:KONNECT_TOKEN");
        const live = (await deploy.publications.get("classic", classic, productVersionId))!;
        const version: KonnectApiError = await client.publications.setAuthStrategies(live, []).catch((e) => e);
        expect(version.status).toBe(403);
        expect(version.message).toContain(
            'likely lacks the "Portal Admin" on the classic portal (or "Product Publisher" on the API product) role.',
        );

        for (const error of [provider, strategy, portal, version]) {
            expect(error.message).not.toContain(readOnly);
            expect(error.message).not.toContain(SECRET);
        }
    });
});

describe("conflicts and ambiguity", () => {
    it("explains which strategy still uses a DCR provider that cannot be deleted", async () => {
        const client = emulatorClient();
        const { object: provider } = await client.dcrProviders.create(body("in-use-provider"));
        const { object: strategy } = await client.authStrategies.create(
            oidcStrategyBody("in-use-strategy", { dcrProviderId: provider.id }),
        );
        const error: KonnectApiError = await client.dcrProviders.delete(provider.id, provider.name).catch((e) => e);
        expect(error.status).toBe(409);
        expect(error.message).toContain(
            `delete DCR provider "in-use-provider" (${provider.id}) failed with 409 Conflict`,
        );
        expect(error.message).toContain(
            `It is used by the application auth strategy "in-use-strategy" (${strategy.id})`,
        );
        expect(error.message).toContain("Delete those strategies");
    });

    it("names the portal default and each published API that still use an auth strategy that cannot be deleted", async () => {
        const client = emulatorClient();
        const { object: strategy } = await client.authStrategies.create(oidcStrategyBody("in-use-strategy"));
        const portal = emulator.addPortal({ name: "in-use-portal", defaultApplicationAuthStrategyId: strategy.id });
        const orders = emulator.addApi({ name: "orders" }).id;
        const billing = emulator.addApi({ name: "billing" }).id;
        emulator.publishApi({ apiId: orders, portalId: portal.id, authStrategyIds: [strategy.id] });
        emulator.publishApi({ apiId: billing, portalId: portal.id, authStrategyIds: null });
        const error: KonnectApiError = await client.authStrategies.delete(strategy.id, strategy.name).catch((e) => e);
        expect(error.status).toBe(409);
        expect(error.message).toContain(`It is the default strategy of the Dev Portal "in-use-portal" (${portal.id}).`);
        expect(error.message).toContain(
            `Published APIs still using it: API "orders" (${orders}) on the Dev Portal ${portal.id}.`,
        );
        expect(error.message).not.toContain(billing);
    });

    it("says what to do when Konnect refuses to delete an auth strategy that no portal default or API publication shows using", async () => {
        const client = emulatorClient();
        const { object: strategy } = await client.authStrategies.create(oidcStrategyBody("refused-strategy"));
        // A classic portal's product version can hold it too; the client cannot look those up.
        emulator.inject({ method: "DELETE", path: `/v2/application-auth-strategies/${strategy.id}`, status: 409 });
        const error: KonnectApiError = await client.authStrategies.delete(strategy.id, strategy.name).catch((e) => e);
        expect(error.status).toBe(409);
        expect(error.message).toContain(
            "Konnect refuses to delete an auth strategy that a portal default, an API publication or a classic portal " +
                "product version still uses. Remove those uses first (the PortalAuthStrategyBinding restores the " +
                "portal's previous default when it is destroyed, each ApiPublicationAuthStrategy its API's earlier " +
                "strategies; re-point or unpublish other APIs that name this strategy), then run the destroy again.",
        );
    });

    it("names a published API by its id alone when Konnect no longer shows the API", async () => {
        const client = emulatorClient();
        const { object: strategy } = await client.authStrategies.create(oidcStrategyBody("orphan-strategy"));
        const portal = emulator.addPortal({ name: "orphan-portal" });
        const apiId = emulator.addApi({ name: "retired" }).id;
        emulator.publishApi({ apiId, portalId: portal.id, authStrategyIds: [strategy.id] });
        emulator.apis.delete(apiId);
        const error: KonnectApiError = await client.authStrategies.delete(strategy.id, strategy.name).catch((e) => e);
        expect(error.status).toBe(409);
        expect(error.message).toContain(
            `still uses. Published APIs still using it: API ${apiId} on the Dev Portal ${portal.id}. Remove those uses first`,
        );
    });

    it("says what to do when Konnect refuses to delete a DCR provider no strategy shows using", async () => {
        const client = emulatorClient();
        const { object: provider } = await client.dcrProviders.create(body("refused-provider"));
        emulator.inject({ method: "DELETE", path: `/v2/dcr-providers/${provider.id}`, status: 409 });
        const error: KonnectApiError = await client.dcrProviders.delete(provider.id, provider.name).catch((e) => e);
        expect(error.status).toBe(409);
        expect(error.message).toContain(
            "Konnect refuses to delete a DCR provider that an application auth strategy still uses. Delete those " +
                "strategies (or point them at another provider) first, then run the destroy again.",
        );
    });

    it("lists every strategy still using a DCR provider, separated by commas", async () => {
        const client = emulatorClient();
        const { object: provider } = await client.dcrProviders.create(body("shared-provider"));
        const { object: first } = await client.authStrategies.create(
            oidcStrategyBody("first-user", { dcrProviderId: provider.id }),
        );
        const { object: second } = await client.authStrategies.create(
            oidcStrategyBody("second-user", { dcrProviderId: provider.id }),
        );
        const error: KonnectApiError = await client.dcrProviders.delete(provider.id, provider.name).catch((e) => e);
        expect(error.message).toContain(
            `It is used by the application auth strategy "first-user" (${first.id}), "second-user" (${second.id}). `,
        );
    });

    it("never shows the token, even when Konnect's refusal of a delete echoes it", async () => {
        // Not shaped like a Konnect token, so only the client's own list of secrets can hide it.
        const token = "loopback-test-credential-4711";
        const echoing = async (request: Request) => {
            if (request.method === "DELETE") {
                const problem = {
                    status: 409,
                    title: "Conflict",
                    detail: `Refused for ${request.headers.get("authorization")}`,
                };
                return new Response(JSON.stringify(problem), {
                    status: 409,
                    headers: { "content-type": "application/problem+json" },
                });
            }
            return new Response(JSON.stringify({ data: [], meta: { page: { number: 1, size: 100, total: 0 } } }), {
                headers: { "content-type": "application/json" },
            });
        };
        const client = konnectAnswering(echoing, token);
        const id = "93f8380e-7798-4566-99e3-2edf2b57d289";
        const error: KonnectApiError = await client.dcrProviders.delete(id, "echo").catch((e) => e);
        expect(error.status).toBe(409);
        expect(error.message).toContain("Refused for Bearer [redacted]");
        expect(error.message).not.toContain(token);
    });

    it("names every object sharing a name, separated by commas, and says how to resolve it", async () => {
        const client = emulatorClient();
        const a = await client.dcrProviders.create(body("triplet"));
        const b = await client.dcrProviders.create(body("triplet"));
        const error: KonnectApiError = await client.dcrProviders.findByName("triplet").catch((e) => e);
        expect(error.message).toBe(
            'Konnect: look up DCR provider "triplet" failed\n' +
                `2 objects are named "triplet": ${a.object.id}, ${b.object.id}. Konnect does not keep names unique; ` +
                "delete or rename the extra ones, then run pulumi up again.",
        );
    });

    it("refuses to pick one of several objects with the same name, and names them all", async () => {
        const client = emulatorClient();
        const a = await client.dcrProviders.create(body("twin"));
        const b = await client.dcrProviders.create(body("twin"));
        const error: KonnectApiError = await client.dcrProviders.findByName("twin").catch((e) => e);
        expect(error.message).toContain('2 objects are named "twin"');
        expect(error.message).toContain(a.object.id);
        expect(error.message).toContain(b.object.id);
    });
});
