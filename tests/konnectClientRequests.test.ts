/**
 * What each Konnect request sends and how the client reads each answer: the headers every call carries, the
 * documented `filter[...]` query each lookup asks Konnect to filter by (Kong's OpenAPI documents:
 * application-auth-strategies v2 `filter[name]` and `filter[dcr_provider_id]`, portal-management v3
 * `PortalFilterParameters.default_application_auth_strategy_id`, api-builder v3
 * `ApiPublicationFilterParameters.auth_strategy_id`, all `page[size]` up to 100), the exact matches kept from a page
 * that holds more, the fields read from Konnect's objects, and what a delete or a create reports back.
 */
import { createKonnectClient, KonnectClient } from "../konnect/client";
import { KonnectEmulator } from "../emulators/konnect";
import { oidcStrategyBody, withKonnectEmulator } from "./support/konnectFixtures";

const fast = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3, totalTimeoutMs: 5_000, requestTimeoutMs: 2_000 };

const STRATEGY_ID = "5f9fd312-a987-4628-b4c5-bb4f4fddd5f7";
const OTHER_STRATEGY_ID = "75606071-49c7-4c2e-ae49-8a86d72a8110";
const PROVIDER_ID = "93f8380e-7798-4566-99e3-2edf2b57d289";
const OTHER_PROVIDER_ID = "73f8380e-7798-4566-99e3-2edf2b57d281";
const PORTAL_ID = "f32d905a-ed33-46a3-a093-d8f536af9a8a";
const OTHER_PORTAL_ID = "4a1f9c3e-5b2d-4e7a-8c6f-1d2e3f4a5b6c";
const API_ID = "9f5061ce-78f6-4452-9108-ad7c02821fd5";
const OTHER_API_ID = "3c6a0c2e-2b7a-4e4b-9a0e-3c2f4b1d6a77";

let emulator: KonnectEmulator;
withKonnectEmulator((started) => (emulator = started));

/** A client of the emulator, built in the test (so each test's requests are its own). */
function emulatorClient(options: { serverUrl?: string; fetch?: (request: Request) => Promise<Response> } = {}) {
    return createKonnectClient({
        serverUrl: options.serverUrl ?? emulator.url,
        token: emulator.token,
        tokenSource: "env:KONNECT_TOKEN",
        retry: fast,
        ...(options.fetch ? { fetch: options.fetch } : {}),
    });
}

/** A client of a Konnect that answers every request with `body` (a page or an object Konnect might send). */
function clientAnswering(body: unknown): KonnectClient {
    return createKonnectClient({
        serverUrl: "https://us.api.konghq.com",
        token: "kpat_RequestsTest0000000000",
        tokenSource: "env:KONNECT_TOKEN",
        retry: fast,
        fetch: async () =>
            new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } }),
    });
}

/** A list response as Konnect's documents define it: `data` and `meta.page`. */
const page = (data: unknown[]) => ({ data, meta: { page: { number: 1, size: 100, total: data.length } } });

function strategy(id: string, name: string, dcrProviderId: string | null) {
    return {
        id,
        name,
        display_name: name,
        strategy_type: "openid_connect",
        configs: { "openid-connect": { issuer: "https://acme-dev.us.auth0.com" } },
        dcr_provider: dcrProviderId === null ? null : { id: dcrProviderId, name: "auth0-dcr-dev" },
        active: false,
    };
}

function provider(id: string, name: string) {
    return {
        id,
        name,
        provider_type: "auth0",
        issuer: "https://acme-dev.us.auth0.com",
        active: false,
        dcr_config: { initial_client_id: "m2m-client-id" },
    };
}

describe("every request", () => {
    it("asks for JSON or problem+json and names this project as its User-Agent", async () => {
        const accepts: (string | null)[] = [];
        const client = emulatorClient({
            fetch: async (request) => {
                accepts.push(request.headers.get("accept"));
                return fetch(request);
            },
        });
        await client.dcrProviders.findByName("auth0-dcr-dev");
        expect(accepts).toEqual(["application/json, application/problem+json"]);
        expect(emulator.requests.map((r) => [r.userAgent, r.token])).toEqual([["konnect-auth0-dcr", "deploy"]]);
    });

    it("goes to the API's /v2 paths when the server URL ends with several slashes", async () => {
        const client = emulatorClient({ serverUrl: `${emulator.url}//` });
        await expect(client.dcrProviders.findByName("auth0-dcr-dev")).resolves.toBeUndefined();
        expect(emulator.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
            "GET /v2/dcr-providers 200",
        ]);
    });
});

describe("each lookup asks Konnect to filter by the documented field, so one page of 100 is enough", () => {
    it("looks up a DCR provider by filter[name][eq]", async () => {
        await emulatorClient().dcrProviders.findByName("auth0-dcr-dev");
        expect(emulator.requests.map((r) => [r.path, r.query])).toEqual([
            ["/v2/dcr-providers", { "filter[name][eq]": "auth0-dcr-dev", "page[size]": "100" }],
        ]);
    });

    it("looks up an auth strategy by filter[name][eq]", async () => {
        await emulatorClient().authStrategies.findByName("auth0-dcr-dev");
        expect(emulator.requests.map((r) => [r.path, r.query])).toEqual([
            ["/v2/application-auth-strategies", { "filter[name][eq]": "auth0-dcr-dev", "page[size]": "100" }],
        ]);
    });

    it("looks up the strategies using a DCR provider by filter[dcr_provider_id][eq]", async () => {
        await emulatorClient().authStrategies.findByDcrProvider(PROVIDER_ID);
        expect(emulator.requests.map((r) => [r.path, r.query])).toEqual([
            ["/v2/application-auth-strategies", { "filter[dcr_provider_id][eq]": PROVIDER_ID, "page[size]": "100" }],
        ]);
    });

    it("looks up the Dev Portals defaulting to a strategy by filter[default_application_auth_strategy_id][eq]", async () => {
        await emulatorClient().portals.findUsingAuthStrategy(STRATEGY_ID);
        expect(emulator.requests.map((r) => [r.path, r.query])).toEqual([
            ["/v3/portals", { "filter[default_application_auth_strategy_id][eq]": STRATEGY_ID, "page[size]": "100" }],
        ]);
    });

    it("looks up the API publications naming a strategy by filter[auth_strategy_id][eq]", async () => {
        await emulatorClient().publications.findUsingAuthStrategy(STRATEGY_ID);
        expect(emulator.requests.map((r) => [r.path, r.query])).toEqual([
            ["/v3/api-publications", { "filter[auth_strategy_id][eq]": STRATEGY_ID, "page[size]": "100" }],
        ]);
    });
});

describe("each lookup keeps only the exact matches of a page that holds more", () => {
    it("finds the one auth strategy named exactly so among near names", async () => {
        const client = clientAnswering(
            page([
                strategy(OTHER_STRATEGY_ID, "auth0-dcr-dev-old", PROVIDER_ID),
                strategy(STRATEGY_ID, "auth0-dcr-dev", PROVIDER_ID),
                strategy("0b7e5b8e-2b7a-4e4b-9a0e-3c2f4b1d6a77", "Auth0-DCR-dev", PROVIDER_ID),
            ]),
        );
        expect((await client.authStrategies.findByName("auth0-dcr-dev"))?.id).toBe(STRATEGY_ID);
    });

    it("finds the one DCR provider named exactly so among near names", async () => {
        const client = clientAnswering(
            page([provider(OTHER_PROVIDER_ID, "auth0-dcr-dev-2"), provider(PROVIDER_ID, "auth0-dcr-dev")]),
        );
        expect((await client.dcrProviders.findByName("auth0-dcr-dev"))?.id).toBe(PROVIDER_ID);
    });

    it("finds no auth strategy or DCR provider when only near names come back", async () => {
        const strategies = clientAnswering(page([strategy(STRATEGY_ID, "auth0-dcr-dev-old", PROVIDER_ID)]));
        await expect(strategies.authStrategies.findByName("auth0-dcr-dev")).resolves.toBeUndefined();
        const providers = clientAnswering(page([provider(PROVIDER_ID, "auth0-dcr-dev-old")]));
        await expect(providers.dcrProviders.findByName("auth0-dcr-dev")).resolves.toBeUndefined();
    });

    it("keeps only the strategies that use the DCR provider asked about", async () => {
        const client = clientAnswering(
            page([
                strategy(OTHER_STRATEGY_ID, "other", OTHER_PROVIDER_ID),
                strategy(STRATEGY_ID, "auth0-dcr-dev", PROVIDER_ID),
                strategy("0b7e5b8e-2b7a-4e4b-9a0e-3c2f4b1d6a77", "key-auth", null),
            ]),
        );
        expect((await client.authStrategies.findByDcrProvider(PROVIDER_ID)).map((s) => s.id)).toEqual([STRATEGY_ID]);
    });

    it("keeps only the Dev Portals whose default strategy is the one asked about", async () => {
        const client = clientAnswering(
            page([
                { id: OTHER_PORTAL_ID, name: "partners", default_application_auth_strategy_id: OTHER_STRATEGY_ID },
                { id: PORTAL_ID, name: "developers", default_application_auth_strategy_id: STRATEGY_ID },
                {
                    id: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                    name: "internal",
                    default_application_auth_strategy_id: null,
                },
            ]),
        );
        expect(await client.portals.findUsingAuthStrategy(STRATEGY_ID)).toEqual([
            { id: PORTAL_ID, name: "developers", kind: "v3", defaultAuthStrategyId: STRATEGY_ID, domain: undefined },
        ]);
    });

    it("keeps only the API publications that list the strategy asked about", async () => {
        const client = clientAnswering(
            page([
                { api_id: OTHER_API_ID, portal_id: PORTAL_ID, auth_strategy_ids: [OTHER_STRATEGY_ID] },
                { api_id: API_ID, portal_id: PORTAL_ID, auth_strategy_ids: [OTHER_STRATEGY_ID, STRATEGY_ID] },
                { api_id: OTHER_API_ID, portal_id: OTHER_PORTAL_ID, auth_strategy_ids: null },
            ]),
        );
        expect(await client.publications.findUsingAuthStrategy(STRATEGY_ID)).toEqual([
            { apiId: API_ID, portalId: PORTAL_ID },
        ]);
    });
});

describe("objects as Konnect returns them", () => {
    it.each([
        [
            "a DCR provider",
            (c: KonnectClient) => c.dcrProviders.get(PROVIDER_ID),
            provider(PROVIDER_ID, "auth0-dcr-dev"),
        ],
        [
            "an auth strategy",
            (c: KonnectClient) => c.authStrategies.get(STRATEGY_ID),
            strategy(STRATEGY_ID, "auth0-dcr-dev", PROVIDER_ID),
        ],
    ])("reads %s in use as active, with its labels", async (_kind, get, object) => {
        const live = await get(clientAnswering({ ...object, active: true, labels: { env: "dev" } }));
        expect(live?.active).toBe(true);
        expect(live?.labels).toEqual({ env: "dev" });
    });

    it("reads labels that are absent, null or not a map as no labels at all", async () => {
        for (const labels of [undefined, null, "env=dev"]) {
            const providerLive = await clientAnswering({ ...provider(PROVIDER_ID, "p"), labels }).dcrProviders.get(
                PROVIDER_ID,
            );
            expect(providerLive !== undefined && "labels" in providerLive).toBe(false);
            const strategyLive = await clientAnswering({
                ...strategy(STRATEGY_ID, "s", PROVIDER_ID),
                labels,
            }).authStrategies.get(STRATEGY_ID);
            expect(strategyLive !== undefined && "labels" in strategyLive).toBe(false);
        }
    });

    it("reads a portal's empty default strategy as none, and skips an empty domain for the next one", async () => {
        const client = clientAnswering({
            id: PORTAL_ID,
            name: "developers",
            default_application_auth_strategy_id: "",
            default_domain: "",
            canonical_domain: "developer.acme.com",
        });
        expect(await client.portals.get("v3", PORTAL_ID)).toEqual({
            id: PORTAL_ID,
            name: "developers",
            kind: "v3",
            defaultAuthStrategyId: null,
            domain: "developer.acme.com",
        });
    });

    it("reads a verification without errors (the field is optional) as one with none", async () => {
        const client = clientAnswering({ status: "success" });
        expect(await client.dcrProviders.verify(PROVIDER_ID, "auth0-dcr-dev")).toEqual({
            status: "success",
            errors: [],
        });
    });
});

describe("writes", () => {
    it("says a delete deleted something, and that a second delete of the same object found it gone (404)", async () => {
        const client = emulatorClient();
        const providerId = emulator.addDcrProvider({
            name: "auth0-dcr-dev",
            issuer: "https://acme-dev.us.auth0.com",
            initialClientId: "m2m-client-id",
            initialClientSecret: "initial-secret-value",
        }).id;
        await expect(client.dcrProviders.delete(providerId, "auth0-dcr-dev")).resolves.toBe(true);
        await expect(client.dcrProviders.delete(providerId, "auth0-dcr-dev")).resolves.toBe(false);
        const strategyId = emulator.addKeyAuthStrategy("key-auth", "Key auth").id;
        await expect(client.authStrategies.delete(strategyId, "key-auth")).resolves.toBe(true);
        await expect(client.authStrategies.delete(strategyId, "key-auth")).resolves.toBe(false);
        expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
            "DELETE 204",
            "DELETE 404",
            "DELETE 204",
            "DELETE 404",
        ]);
    });

    it("reports an auth strategy created by its own POST as created, not recovered", async () => {
        const created = await emulatorClient().authStrategies.create(oidcStrategyBody("auth0-dcr-dev"));
        expect(created.recovered).toBe(false);
        expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 201"]);
    });

    it("clears a classic product version's strategies with an empty auth_strategy_ids list", async () => {
        const portalId = emulator.addPortal({ name: "classic", kind: "classic" }).id;
        const productVersionId = emulator.addPortalProductVersion({ portalId }).id;
        const client = emulatorClient();
        const live = (await client.publications.get("classic", portalId, productVersionId))!;
        emulator.resetRequests();
        await client.publications.setAuthStrategies(live, null);
        expect(emulator.requests.map((r) => [r.method, r.body])).toEqual([["PATCH", { auth_strategy_ids: [] }]]);
    });
});
