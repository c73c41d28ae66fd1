import { KonnectEmulator, SERVER_FILLED_OIDC_FIELD, startKonnectEmulator } from "../emulators/konnect";
import { KonnectSpecName, loadKonnectSpec } from "../emulators/openApiValidator";

let emulator: KonnectEmulator;

beforeAll(async () => {
    emulator = await startKonnectEmulator();
});

afterAll(async () => {
    await emulator.close();
});

interface Answer {
    status: number;
    headers: Headers;
    text: string;
    body: any;
}

/** Every response received, for the secret scan. */
let seen: { status: number; text: string }[] = [];

async function call(
    method: string,
    path: string,
    body?: unknown,
    token: string | null = emulator.token,
): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (token !== null) {
        headers.authorization = `Bearer ${token}`;
    }
    if (body !== undefined) {
        headers["content-type"] = "application/json";
    }
    const res = await fetch(emulator.url + path, {
        method,
        headers,
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    seen.push({ status: res.status, text });
    return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
}

/** Problems with `body` against what the spec documents for this operation and status. */
function specProblems(spec: KonnectSpecName, operationId: string, status: number, body: unknown): string[] {
    const openApi = loadKonnectSpec(spec);
    const op = openApi.operations.find((o) => o.operationId === operationId);
    if (!op) {
        throw new Error(`${spec} has no ${operationId}`);
    }
    return openApi.responseErrors(op, status, body);
}

const AAS = "application-auth-strategies/v2";
const ISSUER = "https://tenant.us.auth0.com";

function auth0Provider(name: string, secret = "initial-secret-value"): Record<string, any> {
    return {
        name,
        display_name: "Auth0",
        provider_type: "auth0",
        issuer: ISSUER,
        dcr_config: { initial_client_id: "m2m-client-id", initial_client_secret: secret },
        labels: { "managed-by": "tests" },
    };
}

function oidcStrategy(name: string, dcrProviderId?: string | null): Record<string, any> {
    return {
        name,
        display_name: "Auth0 client credentials",
        strategy_type: "openid_connect",
        configs: {
            "openid-connect": {
                issuer: ISSUER,
                credential_claim: ["azp"],
                scopes: ["openid"],
                auth_methods: ["client_credentials", "bearer"],
                token_post_args_names: ["audience"],
                token_post_args_values: ["https://api.example.com"],
            },
        },
        ...(dcrProviderId === undefined ? {} : { dcr_provider_id: dcrProviderId }),
    };
}

async function createProvider(name: string, secret?: string): Promise<Record<string, any>> {
    const res = await call("POST", "/v2/dcr-providers", auth0Provider(name, secret));
    expect(res.status).toBe(201);
    return res.body;
}

async function createStrategy(name: string, dcrProviderId?: string | null): Promise<Record<string, any>> {
    const res = await call("POST", "/v2/application-auth-strategies", oidcStrategy(name, dcrProviderId));
    expect(res.status).toBe(201);
    return res.body;
}

function expectProblem(res: Answer, status: number): void {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({ status, type: `https://httpstatuses.com/${status}` });
    expect(res.body.instance).toMatch(/^kong:trace:\d+$/);
    expect(typeof res.body.title).toBe("string");
    expect(typeof res.body.detail).toBe("string");
}

describe("authentication", () => {
    it("answers 401 problem+json without a bearer token and with a wrong one", async () => {
        const missing = await call("GET", "/v2/dcr-providers", undefined, null);
        expectProblem(missing, 401);
        expect(missing.body.title).toBe("Unauthorized");
        const wrong = await call("GET", "/v2/dcr-providers", undefined, "kpat_wrong");
        expectProblem(wrong, 401);
    });

    it("lets a read-only token read but answers 403 naming the missing role on writes", async () => {
        emulator.setReadOnlyToken("kpat_read_only");
        const provider = await createProvider("read-only-target");
        expect((await call("GET", `/v2/dcr-providers/${provider.id}`, undefined, "kpat_read_only")).status).toBe(200);

        const create = await call("POST", "/v2/dcr-providers", auth0Provider("denied"), "kpat_read_only");
        expectProblem(create, 403);
        expect(create.body.title).toBe("Forbidden");
        expect(create.body.detail).toBe("DCR Provider Creator role required");
        const strategy = await call(
            "POST",
            "/v2/application-auth-strategies",
            oidcStrategy("denied"),
            "kpat_read_only",
        );
        expect(strategy.body.detail).toBe("Auth Strategy Creator role required");
        expect((await call("DELETE", `/v2/dcr-providers/${provider.id}`, undefined, "kpat_read_only")).status).toBe(
            403,
        );
        expect(emulator.dcrProviders.has(provider.id)).toBe(true);
        expect([...emulator.dcrProviders.values()].some((p) => p.name === "denied")).toBe(false);
    });
});

describe("DCR providers", () => {
    it("creates an Auth0 provider with id, timestamps, labels and defaults, shaped as the spec's response", async () => {
        const res = await call("POST", "/v2/dcr-providers", auth0Provider("create-shape"));

        expect(res.status).toBe(201);
        expect(res.body).toEqual({
            id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
            name: "create-shape",
            display_name: "Auth0",
            provider_type: "auth0",
            issuer: ISSUER,
            active: false,
            dcr_config: {
                initial_client_id: "m2m-client-id",
                initial_client_audience: null,
                use_developer_managed_scopes: false,
            },
            labels: { "managed-by": "tests" },
            created_at: expect.any(String),
            updated_at: res.body.created_at,
        });
        expect(specProblems(AAS, "create-dcr-provider", 201, res.body)).toEqual([]);
        expect(emulator.dcrProviders.get(res.body.id)).toEqual(res.body);
        expect(emulator.initialClientSecretOf(res.body.id)).toBe("initial-secret-value");
    });

    it("lists providers with filter[name], filter[name][eq], filter[name][contains] and pages", async () => {
        await createProvider("list-alpha");
        await createProvider("list-beta");
        await createProvider("list-gamma");

        const eq = await call("GET", "/v2/dcr-providers?filter[name][eq]=list-beta");
        expect(eq.body.data.map((p: any) => p.name)).toEqual(["list-beta"]);
        expect(eq.body.meta).toEqual({ page: { number: 1, size: 10, total: 1 } });
        expect(specProblems(AAS, "list-dcr-providers", 200, eq.body)).toEqual([]);

        const short = await call("GET", "/v2/dcr-providers?filter%5Bname%5D=list-gamma");
        expect(short.body.data.map((p: any) => p.name)).toEqual(["list-gamma"]);

        const contains = await call(
            "GET",
            "/v2/dcr-providers?filter[name][contains]=list-&page[size]=2&page[number]=2",
        );
        expect(contains.body.data.map((p: any) => p.name)).toEqual(["list-gamma"]);
        expect(contains.body.meta.page).toEqual({ number: 2, size: 2, total: 3 });

        const none = await call("GET", "/v2/dcr-providers?filter[name]=no-such-provider");
        expect(none.body).toEqual({ data: [], meta: { page: { number: 1, size: 10, total: 0 } } });
    });

    it("rejects filters the spec does not document and page sizes below 1", async () => {
        const unknown = await call("GET", "/v2/dcr-providers?filter[colour]=blue");
        expectProblem(unknown, 400);
        expect(unknown.body.invalid_parameters).toEqual([
            { field: "filter[colour]", rule: "invalid", reason: 'cannot filter on "colour"', source: "query" },
        ]);
        expect((await call("GET", "/v2/dcr-providers?page[size]=0")).status).toBe(400);
    });

    it("PATCH merges top-level and dcr_config fields and rotates the write-only secret", async () => {
        const created = await createProvider("patch-me");
        await new Promise((r) => setTimeout(r, 5));

        const res = await call("PATCH", `/v2/dcr-providers/${created.id}`, {
            display_name: "Auth0 tenant",
            labels: { team: "platform", "managed-by": null },
            dcr_config: {
                initial_client_audience: "https://tenant.custom.example/api/v2/",
                initial_client_secret: "rotated-secret",
            },
        });

        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
            id: created.id,
            name: "patch-me",
            display_name: "Auth0 tenant",
            provider_type: "auth0",
            issuer: ISSUER,
            labels: { team: "platform" },
            dcr_config: {
                initial_client_id: "m2m-client-id",
                initial_client_audience: "https://tenant.custom.example/api/v2/",
                use_developer_managed_scopes: false,
            },
            created_at: created.created_at,
        });
        expect(res.body.updated_at > created.updated_at).toBe(true);
        expect(specProblems(AAS, "update-dcr-provider", 200, res.body)).toEqual([]);
        expect(emulator.initialClientSecretOf(created.id)).toBe("rotated-secret");
    });

    it("rejects provider_type in a PATCH as an unknown property", async () => {
        const created = await createProvider("immutable-type");
        const res = await call("PATCH", `/v2/dcr-providers/${created.id}`, { provider_type: "okta" });
        expectProblem(res, 400);
        expect(res.body.invalid_parameters).toEqual([
            {
                field: "provider_type",
                rule: "unknown_property",
                reason: '"provider_type" is not allowed',
                source: "body",
            },
        ]);
    });

    it("rejects a PATCH whose dcr_config fields belong to another provider type", async () => {
        const created = await createProvider("type-bound-config");
        const res = await call("PATCH", `/v2/dcr-providers/${created.id}`, { dcr_config: { dcr_token: "okta-token" } });
        expectProblem(res, 400);
        expect(res.body.invalid_parameters).toEqual([
            {
                field: "dcr_config.dcr_token",
                rule: "unknown_property",
                reason: '"dcr_token" is not allowed',
                source: "body",
            },
        ]);
        expect(emulator.dcrProviders.get(created.id)?.dcr_config).toEqual(created.dcr_config);
    });

    it("DELETE answers 204, then 404 for the same id", async () => {
        const created = await createProvider("delete-me");
        const deleted = await call("DELETE", `/v2/dcr-providers/${created.id}`);
        expect(deleted.status).toBe(204);
        expect(deleted.text).toBe("");
        expectProblem(await call("GET", `/v2/dcr-providers/${created.id}`), 404);
        expectProblem(await call("DELETE", `/v2/dcr-providers/${created.id}`), 404);
        expectProblem(await call("PATCH", `/v2/dcr-providers/${created.id}`, { name: "x" }), 404);
        expect(emulator.initialClientSecretOf(created.id)).toBeUndefined();
    });

    it("verify answers success by default, the configured result otherwise, and 404 for unknown ids", async () => {
        const created = await createProvider("verify-me");
        const ok = await call("POST", `/v2/dcr-providers/${created.id}/verify`);
        expect(ok.status).toBe(200);
        expect(ok.body).toEqual({ status: "success", errors: [] });
        expect(specProblems(AAS, "verify-dcr-provider", 200, ok.body)).toEqual([]);

        emulator.setVerifyResult(created.id, { status: "failed", errors: ["Unable to create the DCR application"] });
        const failed = await call("POST", `/v2/dcr-providers/${created.id}/verify`);
        expect(failed.body).toEqual({ status: "failed", errors: ["Unable to create the DCR application"] });

        expectProblem(await call("POST", "/v2/dcr-providers/6f1e4a52-4c1b-4d7e-9d59-0d5b8f4c2a10/verify"), 404);
    });
});

describe("request validation against the spec", () => {
    it("rejects an unknown dcr_config property with rule unknown_property and creates nothing", async () => {
        const body = auth0Provider("unknown-field");
        body.dcr_config.client_audience = "https://api.example.com";
        const res = await call("POST", "/v2/dcr-providers", body);

        expectProblem(res, 400);
        expect(res.body).toMatchObject({ title: "Bad Request", detail: "Invalid Parameters" });
        expect(res.body.invalid_parameters).toEqual([
            {
                field: "dcr_config.client_audience",
                rule: "unknown_property",
                reason: '"client_audience" is not allowed',
                source: "body",
            },
        ]);
        expect(specProblems(AAS, "create-dcr-provider", 400, res.body)).toEqual([]);
        expect([...emulator.dcrProviders.values()].some((p) => p.name === "unknown-field")).toBe(false);
    });

    it("rejects an unknown top-level property of an auth strategy", async () => {
        const res = await call("POST", "/v2/application-auth-strategies", {
            ...oidcStrategy("unknown-top"),
            audience: "x",
        });
        expectProblem(res, 400);
        expect(res.body.invalid_parameters).toEqual([
            { field: "audience", rule: "unknown_property", reason: '"audience" is not allowed', source: "body" },
        ]);
    });

    it("rejects a body missing a required field, naming the field", async () => {
        const { issuer: _issuer, ...noIssuer } = auth0Provider("no-issuer");
        const provider = await call("POST", "/v2/dcr-providers", noIssuer);
        expectProblem(provider, 400);
        expect(provider.body.invalid_parameters).toEqual([
            { field: "issuer", rule: "required", reason: "is a required field", source: "body" },
        ]);

        const strategy = oidcStrategy("no-scopes");
        delete strategy.configs["openid-connect"].scopes;
        const res = await call("POST", "/v2/application-auth-strategies", strategy);
        expect(res.body.invalid_parameters).toEqual([
            { field: "configs.openid-connect.scopes", rule: "required", reason: "is a required field", source: "body" },
        ]);
    });

    it("rejects values of the wrong type or format and an unknown provider_type", async () => {
        const res = await call("POST", "/v2/application-auth-strategies", {
            ...oidcStrategy("bad-values"),
            dcr_provider_id: "not-a-uuid",
            labels: "managed-by=tests",
        });
        expect(res.body.invalid_parameters).toEqual(
            expect.arrayContaining([
                { field: "dcr_provider_id", rule: "is_uuid", reason: "must be a valid UUID", source: "body" },
                { field: "labels", rule: "is_object", reason: "must be an object", source: "body" },
            ]),
        );
        const type = await call("POST", "/v2/dcr-providers", {
            ...auth0Provider("bad-type"),
            provider_type: "keycloak",
        });
        expect(type.body.invalid_parameters).toEqual([
            expect.objectContaining({
                field: "provider_type",
                rule: "enum",
                choices: expect.arrayContaining(["auth0", "okta"]),
            }),
        ]);
    });

    it("rejects a missing or malformed JSON body", async () => {
        const empty = await call("POST", "/v2/dcr-providers");
        expectProblem(empty, 400);
        expect(empty.body.invalid_parameters[0]).toMatchObject({ field: "body", rule: "required" });
        const malformed = await call("POST", "/v2/dcr-providers", "{not json");
        expect(malformed.body.invalid_parameters[0]).toMatchObject({ field: "body", rule: "invalid" });
    });

    it("accepts extra openid-connect plugin fields such as token_post_args_names, as Konnect does", async () => {
        const strategy = await createStrategy("extra-plugin-fields");
        expect(strategy.configs["openid-connect"]).toMatchObject({
            token_post_args_names: ["audience"],
            token_post_args_values: ["https://api.example.com"],
        });
    });
});

describe("application auth strategies", () => {
    it("creates a strategy showing its DCR provider as dcr_provider and marks the provider active", async () => {
        const provider = await createProvider("strategy-provider");
        const res = await call("POST", "/v2/application-auth-strategies", {
            ...oidcStrategy("with-provider", provider.id),
            labels: { env: "test" },
        });

        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({
            name: "with-provider",
            display_name: "Auth0 client credentials",
            strategy_type: "openid_connect",
            active: false,
            dcr_provider: { id: provider.id, name: "strategy-provider", display_name: "Auth0", provider_type: "auth0" },
            labels: { env: "test" },
        });
        expect(res.body).not.toHaveProperty("dcr_provider_id");
        expect(specProblems(AAS, "create-app-auth-strategy", 201, res.body)).toEqual([]);
        expect((await call("GET", `/v2/dcr-providers/${provider.id}`)).body.active).toBe(true);

        const withoutProvider = await createStrategy("without-provider");
        expect(withoutProvider.dcr_provider).toBeNull();
    });

    it("rejects an unknown dcr_provider_id with 400 missing_reference", async () => {
        const res = await call(
            "POST",
            "/v2/application-auth-strategies",
            oidcStrategy("dangling", "0b9e2f7c-3a51-4d0e-8f8e-2c7d5b1a9e44"),
        );
        expectProblem(res, 400);
        expect(res.body.invalid_parameters).toEqual([
            expect.objectContaining({ field: "dcr_provider_id", rule: "missing_reference", source: "body" }),
        ]);
        expect([...emulator.authStrategies.values()].some((s) => s.name === "dangling")).toBe(false);
    });

    it("lists strategies filtered by name and by dcr_provider_id", async () => {
        const provider = await createProvider("filter-provider");
        const bound = await createStrategy("filter-bound", provider.id);
        await createStrategy("filter-unbound");

        const byProvider = await call(
            "GET",
            `/v2/application-auth-strategies?filter[dcr_provider_id][eq]=${provider.id}`,
        );
        expect(byProvider.body.data.map((s: any) => s.id)).toEqual([bound.id]);
        expect(specProblems(AAS, "list-app-auth-strategies", 200, byProvider.body)).toEqual([]);
        const byName = await call("GET", "/v2/application-auth-strategies?filter[name]=filter-unbound");
        expect(byName.body.data.map((s: any) => s.name)).toEqual(["filter-unbound"]);
    });

    it("PATCH merges top-level fields and replaces a given configs.openid-connect object", async () => {
        const provider = await createProvider("patch-strategy-provider");
        const created = await createStrategy("patch-strategy", provider.id);

        const renamed = await call("PATCH", `/v2/application-auth-strategies/${created.id}`, {
            display_name: "Client credentials",
        });
        expect(renamed.status).toBe(200);
        expect(renamed.body).toMatchObject({
            display_name: "Client credentials",
            name: "patch-strategy",
            configs: created.configs,
            dcr_provider: { id: provider.id },
        });

        const replacement = {
            issuer: ISSUER,
            credential_claim: ["client_id"],
            scopes: ["openid", "email"],
            auth_methods: ["bearer"],
        };
        const replaced = await call("PATCH", `/v2/application-auth-strategies/${created.id}`, {
            configs: { "openid-connect": replacement },
        });
        expect(replaced.status).toBe(200);
        expect(replaced.body.configs).toEqual({
            "openid-connect": { ...replacement, [SERVER_FILLED_OIDC_FIELD]: expect.any(String) },
        });
        expect(specProblems(AAS, "update-app-auth-strategy", 200, replaced.body)).toEqual([]);

        const unlinked = await call("PATCH", `/v2/application-auth-strategies/${created.id}`, {
            dcr_provider_id: null,
        });
        expect(unlinked.body.dcr_provider).toBeNull();
        expect(emulator.dcrProviders.get(provider.id)?.active).toBe(false);
    });

    it("fills in a field of its own in openid-connect and refuses a write that sends it back", async () => {
        const created = await createStrategy("server-filled");
        const filled = created.configs["openid-connect"];
        expect(filled[SERVER_FILLED_OIDC_FIELD]).toMatch(/^plg-/);
        const resent = await call("PATCH", `/v2/application-auth-strategies/${created.id}`, {
            configs: { "openid-connect": filled },
        });
        expectProblem(resent, 400);
        expect(resent.body.invalid_parameters).toEqual([
            expect.objectContaining({ field: `configs.openid-connect.${SERVER_FILLED_OIDC_FIELD}`, rule: "read_only" }),
        ]);
    });

    it("PATCH with a partial openid-connect object is a 400, because it would replace the stored one", async () => {
        const created = await createStrategy("partial-oidc");
        const res = await call("PATCH", `/v2/application-auth-strategies/${created.id}`, {
            configs: { "openid-connect": { scopes: ["openid", "profile"] } },
        });
        expectProblem(res, 400);
        expect(res.body.invalid_parameters).toEqual(
            expect.arrayContaining([
                expect.objectContaining({ field: "configs.openid-connect.issuer", rule: "required" }),
            ]),
        );
        expect(emulator.authStrategies.get(created.id)?.configs).toEqual(created.configs);
    });

    it("PUT replaces the whole strategy, answers 201 and refuses a strategy_type change", async () => {
        const provider = await createProvider("put-provider");
        const created = await call("POST", "/v2/application-auth-strategies", {
            ...oidcStrategy("put-me", provider.id),
            labels: { old: "label" },
        });

        const replaced = await call(
            "PUT",
            `/v2/application-auth-strategies/${created.body.id}`,
            oidcStrategy("put-me-again"),
        );
        expect(replaced.status).toBe(201);
        expect(replaced.body).toMatchObject({
            id: created.body.id,
            name: "put-me-again",
            labels: {},
            dcr_provider: null,
            created_at: created.body.created_at,
        });

        const keyAuth = {
            name: "put-me",
            display_name: "Key auth",
            strategy_type: "key_auth",
            configs: { "key-auth": { key_names: ["apikey"] } },
        };
        expectProblem(await call("PUT", `/v2/application-auth-strategies/${created.body.id}`, keyAuth), 400);
        expectProblem(
            await call("PUT", "/v2/application-auth-strategies/2a0d6c1e-9b7f-4e3a-a5c8-7d1f0e6b4c22", keyAuth),
            404,
        );
    });

    it("answers 409 when deleting a DCR provider an auth strategy still uses, naming the strategy", async () => {
        const provider = await createProvider("provider-in-use");
        const strategy = await createStrategy("uses-provider", provider.id);

        const res = await call("DELETE", `/v2/dcr-providers/${provider.id}`);
        expectProblem(res, 409);
        expect(res.body.title).toBe("Conflict");
        expect(res.body.detail).toContain("uses-provider");
        expect(emulator.dcrProviders.has(provider.id)).toBe(true);

        expect((await call("DELETE", `/v2/application-auth-strategies/${strategy.id}`)).status).toBe(204);
        expect((await call("DELETE", `/v2/dcr-providers/${provider.id}`)).status).toBe(204);
    });
});

describe("portals", () => {
    it("binds a strategy as a v3 portal's default; deleting the strategy is a 409 naming the portal until unbound", async () => {
        const { id: portalId } = emulator.addPortal({ name: "developer-portal" });
        const strategy = await createStrategy("portal-default");

        const bound = await call("PATCH", `/v3/portals/${portalId}`, {
            default_application_auth_strategy_id: strategy.id,
        });
        expect(bound.status).toBe(200);
        expect(bound.body.default_application_auth_strategy_id).toBe(strategy.id);
        expect(specProblems("portal-management/v3", "update-portal", 200, bound.body)).toEqual([]);
        expect((await call("GET", `/v2/application-auth-strategies/${strategy.id}`)).body.active).toBe(true);

        const conflict = await call("DELETE", `/v2/application-auth-strategies/${strategy.id}`);
        expectProblem(conflict, 409);
        expect(conflict.body.detail).toContain("developer-portal");

        const unbound = await call("PATCH", `/v3/portals/${portalId}`, { default_application_auth_strategy_id: null });
        expect(unbound.body.default_application_auth_strategy_id).toBeNull();
        expect((await call("DELETE", `/v2/application-auth-strategies/${strategy.id}`)).status).toBe(204);
    });

    it("returns a v3 portal shaped as the spec's response, with a kongportals.com default domain", async () => {
        const { id } = emulator.addPortal({ name: "shape-portal" });
        const res = await call("GET", `/v3/portals/${id}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ id, name: "shape-portal", default_application_auth_strategy_id: null });
        expect(res.body.default_domain).toMatch(/^[0-9a-f]{8}\.us\.kongportals\.com$/);
        expect(res.body).not.toHaveProperty("kind");
        expect(specProblems("portal-management/v3", "get-portal", 200, res.body)).toEqual([]);
        expect(emulator.portals.get(id)?.kind).toBe("v3");
    });

    it("serves classic portals only on /v2 and v3 portals only on /v3", async () => {
        const { id: classicId } = emulator.addPortal({
            name: "classic-portal",
            kind: "classic",
            defaultDomain: "abc.example.com",
        });
        const { id: v3Id } = emulator.addPortal({ name: "new-portal", kind: "v3" });
        const strategy = await createStrategy("classic-default");

        expectProblem(await call("GET", `/v3/portals/${classicId}`), 404);
        expectProblem(await call("GET", `/v2/portals/${v3Id}`), 404);
        expectProblem(
            await call("PATCH", `/v3/portals/${classicId}`, { default_application_auth_strategy_id: strategy.id }),
            404,
        );

        const bound = await call("PATCH", `/v2/portals/${classicId}`, {
            default_application_auth_strategy_id: strategy.id,
        });
        expect(bound.status).toBe(200);
        expect(bound.body).toMatchObject({
            id: classicId,
            default_domain: "abc.example.com",
            default_application_auth_strategy_id: strategy.id,
        });
        expect((await call("GET", `/v2/portals/${classicId}`)).body.default_application_auth_strategy_id).toBe(
            strategy.id,
        );
        expect(emulator.authStrategies.get(strategy.id)?.active).toBe(true);
        expectProblem(await call("DELETE", `/v2/application-auth-strategies/${strategy.id}`), 409);
    });

    it("rejects binding a portal to an unknown strategy or to a non-uuid", async () => {
        const { id } = emulator.addPortal({ name: "strict-portal" });
        const unknown = await call("PATCH", `/v3/portals/${id}`, {
            default_application_auth_strategy_id: "5b3c1d2e-8f9a-4b7c-9d0e-1f2a3b4c5d6e",
        });
        expectProblem(unknown, 400);
        expect(unknown.body.invalid_parameters[0]).toMatchObject({
            field: "default_application_auth_strategy_id",
            rule: "missing_reference",
        });
        const malformed = await call("PATCH", `/v3/portals/${id}`, {
            default_application_auth_strategy_id: "auth0-dcr",
        });
        expect(malformed.body.invalid_parameters[0]).toMatchObject({
            field: "default_application_auth_strategy_id",
            rule: "is_uuid",
        });
        expect(emulator.portals.get(id)?.default_application_auth_strategy_id).toBeNull();
    });
});

describe("API publications and classic product versions", () => {
    it("publishes an API on a v3 portal with the spec's defaults, shaped as the spec's response, and unpublishes it", async () => {
        const { id: portalId } = emulator.addPortal({ name: "api-portal" });
        const { id: apiId } = emulator.addApi({ name: "orders" });
        const strategy = await createStrategy("publication-strategy");
        const path = `/v3/apis/${apiId}/publications/${portalId}`;
        expectProblem(await call("GET", path), 404);

        const put = await call("PUT", path, { auth_strategy_ids: [strategy.id] });
        expect(put.status).toBe(200);
        expect(put.body).toMatchObject({
            visibility: "private",
            auto_approve_registrations: false,
            auth_strategy_ids: [strategy.id],
        });
        expect(specProblems("api-builder/v3", "publish-api-to-portal", 200, put.body)).toEqual([]);
        const got = await call("GET", path);
        expect(specProblems("api-builder/v3", "fetch-publication", 200, got.body)).toEqual([]);
        expect(emulator.authStrategies.get(strategy.id)?.active).toBe(true);

        const conflict = await call("DELETE", `/v2/application-auth-strategies/${strategy.id}`);
        expectProblem(conflict, 409);
        expect(conflict.body.detail).toContain(`API publication [${apiId}/${portalId}]`);
        expect((await call("DELETE", path)).status).toBe(204);
        expectProblem(await call("GET", path), 404);
        expect((await call("DELETE", `/v2/application-auth-strategies/${strategy.id}`)).status).toBe(204);
    });

    it("takes the portal default when auth_strategy_ids is omitted, keeps null, and rejects two strategies or unknown ones", async () => {
        const strategy = await createStrategy("portal-default-for-publication");
        const { id: portalId } = emulator.addPortal({
            name: "defaulting-portal",
            defaultApplicationAuthStrategyId: strategy.id,
        });
        const { id: apiId } = emulator.addApi({ name: "inventory" });
        const path = `/v3/apis/${apiId}/publications/${portalId}`;
        expect((await call("PUT", path, { visibility: "public" })).body.auth_strategy_ids).toEqual([strategy.id]);
        expect((await call("PUT", path, { auth_strategy_ids: null })).body).toMatchObject({
            auth_strategy_ids: null,
            visibility: "private",
        });
        expectProblem(await call("PUT", path, { auth_strategy_ids: [strategy.id, strategy.id] }), 400);
        const unknown = await call("PUT", path, { auth_strategy_ids: ["5b3c1d2e-8f9a-4b7c-9d0e-1f2a3b4c5d6e"] });
        expect(unknown.body.invalid_parameters[0]).toMatchObject({
            field: "auth_strategy_ids",
            rule: "missing_reference",
        });
    });

    it("answers 404 for an unknown API or a classic portal, and 403 naming API Publisher to a read-only token", async () => {
        const { id: portalId } = emulator.addPortal({ name: "guarded-portal" });
        const { id: classicId } = emulator.addPortal({ name: "old-portal", kind: "classic" });
        const { id: apiId } = emulator.addApi({ name: "billing" });
        expectProblem(await call("GET", `/v3/apis/6f1e4a52-4c1b-4d7e-9d59-0d5b8f4c2a10`), 404);
        expectProblem(
            await call("PUT", `/v3/apis/6f1e4a52-4c1b-4d7e-9d59-0d5b8f4c2a10/publications/${portalId}`, {}),
            404,
        );
        expectProblem(await call("PUT", `/v3/apis/${apiId}/publications/${classicId}`, {}), 404);
        await call("PUT", `/v3/apis/${apiId}/publications/${portalId}`, {});
        const api = await call("GET", `/v3/apis/${apiId}`);
        expect(api.body).toMatchObject({ name: "billing", portals: [{ id: portalId, name: "guarded-portal" }] });
        expect(specProblems("api-builder/v3", "fetch-api", 200, api.body)).toEqual([]);
        await call("DELETE", `/v3/apis/${apiId}/publications/${portalId}`);
        emulator.setReadOnlyToken("kpat_read_only");
        const denied = await call("PUT", `/v3/apis/${apiId}/publications/${portalId}`, {}, "kpat_read_only");
        expectProblem(denied, 403);
        expect(denied.body.detail).toBe("API Publisher role required");
        expect(emulator.apiPublications.has(`${apiId}/${portalId}`)).toBe(false);
    });

    it("shows a classic product version's strategies as auth_strategies and PATCHes only what is sent", async () => {
        const { id: portalId } = emulator.addPortal({ name: "classic-versions", kind: "classic" });
        const strategy = await createStrategy("classic-version-strategy");
        const { id: versionId } = emulator.addPortalProductVersion({ portalId, deprecated: true });
        const path = `/v2/portals/${portalId}/product-versions/${versionId}`;
        const got = await call("GET", path);
        expect(got.body).toMatchObject({
            product_version_id: versionId,
            auth_strategies: [],
            deprecated: true,
            publish_status: "published",
        });
        expect(specProblems("portal-management/v2", "get-portal-product-version", 200, got.body)).toEqual([]);

        const patched = await call("PATCH", path, { auth_strategy_ids: [strategy.id] });
        expect(patched.status).toBe(200);
        expect(patched.body.auth_strategies).toEqual([
            {
                id: strategy.id,
                name: "classic-version-strategy",
                credential_type: "client_credentials",
                auth_methods: ["client_credentials", "bearer"],
            },
        ]);
        expect(patched.body).toMatchObject({
            deprecated: true,
            publish_status: "published",
            application_registration_enabled: true,
        });
        expect(specProblems("portal-management/v2", "update-portal-product-version", 200, patched.body)).toEqual([]);
        expectProblem(await call("DELETE", `/v2/application-auth-strategies/${strategy.id}`), 409);
        expectProblem(await call("PATCH", path, { auth_strategy_ids: ["5b3c1d2e-8f9a-4b7c-9d0e-1f2a3b4c5d6e"] }), 400);
        expectProblem(
            await call("GET", `/v2/portals/${portalId}/product-versions/6f1e4a52-4c1b-4d7e-9d59-0d5b8f4c2a10`),
            404,
        );
    });
});

describe("the initial client secret", () => {
    it("is never returned by any response of a full lifecycle", async () => {
        seen = [];
        const first = "first-secret-7f3a9c";
        const second = "second-secret-b21e44";
        const rejected = "rejected-secret-90ad1f";
        const { id: portalId } = emulator.addPortal({ name: "lifecycle-portal" });

        const provider = await createProvider("lifecycle", first);
        await call("GET", `/v2/dcr-providers/${provider.id}`);
        await call("GET", "/v2/dcr-providers?filter[name][eq]=lifecycle");
        await call("PATCH", `/v2/dcr-providers/${provider.id}`, { dcr_config: { initial_client_secret: second } });
        await call("PATCH", `/v2/dcr-providers/${provider.id}`, {
            dcr_config: { initial_client_secret: rejected, audience: "x" },
        });
        await call("POST", `/v2/dcr-providers/${provider.id}/verify`);
        const strategy = await createStrategy("lifecycle", provider.id);
        await call("GET", `/v2/application-auth-strategies/${strategy.id}`);
        await call("GET", "/v2/application-auth-strategies");
        await call("PATCH", `/v3/portals/${portalId}`, { default_application_auth_strategy_id: strategy.id });
        await call("GET", `/v3/portals/${portalId}`);
        await call("DELETE", `/v2/dcr-providers/${provider.id}`);
        await call("PATCH", `/v3/portals/${portalId}`, { default_application_auth_strategy_id: null });
        await call("DELETE", `/v2/application-auth-strategies/${strategy.id}`);
        await call("DELETE", `/v2/dcr-providers/${provider.id}`);

        // The statuses show every path ran, including the rejected PATCH and the refused DELETE.
        expect(seen.map((r) => r.status)).toEqual([
            201, 200, 200, 200, 400, 200, 201, 200, 200, 200, 200, 409, 200, 204, 204,
        ]);
        for (const { text } of seen) {
            expect(text).not.toContain(first);
            expect(text).not.toContain(second);
            expect(text).not.toContain(rejected);
        }
        expect(JSON.stringify(provider)).not.toContain("initial_client_secret");
    });

    it("is kept for tests as last received, and stays out of the stored object", async () => {
        const provider = await createProvider("kept-secret", "kept-secret-value");
        expect(emulator.initialClientSecretOf(provider.id)).toBe("kept-secret-value");
        expect(JSON.stringify(emulator.dcrProviders.get(provider.id))).not.toContain("kept-secret-value");
    });
});

describe("injected faults", () => {
    beforeEach(() => emulator.resetRequests());

    it("answers 429 with Retry-After without processing the request, then recovers", async () => {
        emulator.inject({ method: "POST", path: "/v2/dcr-providers", status: 429, retryAfter: "2" });

        const limited = await call("POST", "/v2/dcr-providers", auth0Provider("rate-limited"));
        expectProblem(limited, 429);
        expect(limited.headers.get("retry-after")).toBe("2");
        expect(limited.body.title).toBe("Too Many Requests");
        expect([...emulator.dcrProviders.values()].some((p) => p.name === "rate-limited")).toBe(false);

        expect((await call("POST", "/v2/dcr-providers", auth0Provider("rate-limited"))).status).toBe(201);
        expect(emulator.requests.map((r) => r.status)).toEqual([429, 201]);
    });

    it("applies faults only to matching method and path, `times` times, in injection order", async () => {
        emulator.inject({ method: "GET", path: /^\/v2\/application-auth-strategies/, status: 503, times: 2 });
        emulator.inject({ path: /^\/v2\/application-auth-strategies/, status: 502 });

        expect((await call("GET", "/v2/dcr-providers")).status).toBe(200);
        expect((await call("GET", "/v2/application-auth-strategies")).status).toBe(503);
        expect((await call("GET", "/v2/application-auth-strategies?page[size]=1")).status).toBe(503);
        expect((await call("GET", "/v2/application-auth-strategies")).status).toBe(502);
        expect((await call("GET", "/v2/application-auth-strategies")).status).toBe(200);
    });

    it("clearFaults drops faults not yet used up", async () => {
        emulator.inject({ path: "/v2/dcr-providers", status: 500, times: 3 });
        expect((await call("GET", "/v2/dcr-providers")).status).toBe(500);
        emulator.clearFaults();
        expect((await call("GET", "/v2/dcr-providers")).status).toBe(200);
    });

    it.each([500, 502, 503, 504])("answers an injected %i as problem+json", async (status) => {
        emulator.inject({
            path: "/v2/dcr-providers",
            status,
            retryAfter: status === 503 ? "Wed, 21 Oct 2065 07:28:00 GMT" : undefined,
        });
        const res = await call("GET", "/v2/dcr-providers");
        expectProblem(res, status);
        expect(res.headers.get("retry-after")).toBe(status === 503 ? "Wed, 21 Oct 2065 07:28:00 GMT" : null);
    });

    it("reset drops the connection without processing; the request is recorded with status 0", async () => {
        emulator.inject({ method: "POST", path: "/v2/dcr-providers", kind: "reset" });

        await expect(call("POST", "/v2/dcr-providers", auth0Provider("reset-victim"))).rejects.toThrow();

        expect([...emulator.dcrProviders.values()].some((p) => p.name === "reset-victim")).toBe(false);
        expect(emulator.requests).toEqual([
            {
                method: "POST",
                path: "/v2/dcr-providers",
                query: {},
                body: auth0Provider("reset-victim"),
                status: 0,
                token: "deploy",
                userAgent: "node",
            },
        ]);
    });

    it("lostResponse processes the request but drops the answer: the object exists afterwards", async () => {
        emulator.inject({ method: "POST", path: "/v2/dcr-providers", kind: "lostResponse" });

        await expect(call("POST", "/v2/dcr-providers", auth0Provider("lost-answer"))).rejects.toThrow();

        const found = await call("GET", "/v2/dcr-providers?filter[name][eq]=lost-answer");
        expect(found.body.data).toHaveLength(1);
        expect(emulator.requests.map((r) => [r.method, r.status])).toEqual([
            ["POST", 0],
            ["GET", 200],
        ]);
    });
});

describe("OIDC discovery", () => {
    it("serves the issuer with a trailing slash without auth, an override, and 404 when unset", async () => {
        const res = await call("GET", "/.well-known/openid-configuration", undefined, null);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
            issuer: `${emulator.url}/`,
            authorization_endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//),
            token_endpoint: `${emulator.url}/oauth/token`,
            jwks_uri: `${emulator.url}/.well-known/jwks.json`,
        });

        emulator.setDiscoveryIssuer("https://tenant.us.auth0.com/");
        expect((await call("GET", "/.well-known/openid-configuration", undefined, null)).body.issuer).toBe(
            "https://tenant.us.auth0.com/",
        );

        emulator.setDiscoveryIssuer(undefined);
        expectProblem(await call("GET", "/.well-known/openid-configuration", undefined, null), 404);
        emulator.setDiscoveryIssuer(`${emulator.url}/`);
    });
});

describe("which token each request used", () => {
    it("records a label for the token, never the token: deploy, read-only, other or none", async () => {
        emulator.setReadOnlyToken("kpat_read_only_label");
        emulator.resetRequests();
        await call("GET", "/v2/dcr-providers");
        await call("GET", "/v2/dcr-providers", undefined, "kpat_read_only_label");
        await call("POST", "/v2/dcr-providers", auth0Provider("refused-read-only"), "kpat_read_only_label");
        await call("GET", "/v2/dcr-providers", undefined, "kpat_someone_else");
        await call("GET", "/v2/dcr-providers", undefined, null);
        await call("GET", "/.well-known/openid-configuration", undefined, null);
        expect(emulator.requests.map((r) => [r.method, r.path, r.status, r.token])).toEqual([
            ["GET", "/v2/dcr-providers", 200, "deploy"],
            ["GET", "/v2/dcr-providers", 200, "read-only"],
            ["POST", "/v2/dcr-providers", 403, "read-only"],
            ["GET", "/v2/dcr-providers", 401, "other"],
            ["GET", "/v2/dcr-providers", 401, "none"],
            ["GET", "/.well-known/openid-configuration", 200, "none"],
        ]);
        const log = JSON.stringify(emulator.requests);
        expect(log).not.toContain(emulator.token);
        expect(log).not.toContain("kpat_read_only_label");
        expect(log).not.toContain("kpat_someone_else");
    });

    it("labels by the tokens as they stand when the request arrives: a rotated-out deploy token is other", async () => {
        const before = emulator.token;
        emulator.resetRequests();
        try {
            emulator.rotateToken("kpat_rotated_label_test");
            await call("GET", "/v2/dcr-providers", undefined, before);
            await call("GET", "/v2/dcr-providers", undefined, "kpat_rotated_label_test");
        } finally {
            emulator.rotateToken(before);
        }
        expect(emulator.requests.map((r) => [r.status, r.token])).toEqual([
            [401, "other"],
            [200, "deploy"],
        ]);
        expect(JSON.stringify(emulator.requests)).not.toContain("kpat_rotated_label_test");
    });
});

describe("routing and recording", () => {
    it("records method, path, query, body, status and user agent of every request and counts gets and writes", async () => {
        emulator.resetRequests();
        await call("GET", "/v2/dcr-providers?filter[name][eq]=recorded&page[size]=5");
        const provider = await createProvider("recorded");
        await call("PATCH", `/v2/dcr-providers/${provider.id}`, { display_name: "Recorded" });
        await call("DELETE", `/v2/dcr-providers/${provider.id}`);
        await call("GET", `/v2/dcr-providers/${provider.id}`);

        expect(emulator.requests).toEqual([
            {
                method: "GET",
                path: "/v2/dcr-providers",
                query: { "filter[name][eq]": "recorded", "page[size]": "5" },
                body: undefined,
                status: 200,
                token: "deploy",
                userAgent: "node",
            },
            {
                method: "POST",
                path: "/v2/dcr-providers",
                query: {},
                body: auth0Provider("recorded"),
                status: 201,
                token: "deploy",
                userAgent: "node",
            },
            {
                method: "PATCH",
                path: `/v2/dcr-providers/${provider.id}`,
                query: {},
                body: { display_name: "Recorded" },
                status: 200,
                token: "deploy",
                userAgent: "node",
            },
            {
                method: "DELETE",
                path: `/v2/dcr-providers/${provider.id}`,
                query: {},
                body: undefined,
                status: 204,
                token: "deploy",
                userAgent: "node",
            },
            {
                method: "GET",
                path: `/v2/dcr-providers/${provider.id}`,
                query: {},
                body: undefined,
                status: 404,
                token: "deploy",
                userAgent: "node",
            },
        ]);
        expect(emulator.counts()).toEqual({ get: 2, write: 3 });
        emulator.resetRequests();
        expect(emulator.requests).toEqual([]);
    });

    it("answers 404 outside the specs, 405 for undocumented methods and 501 for documented but unemulated operations", async () => {
        expectProblem(await call("GET", "/v2/unknown"), 404);
        expectProblem(await call("PUT", "/v2/dcr-providers/6f1e4a52-4c1b-4d7e-9d59-0d5b8f4c2a10", {}), 405);
        expectProblem(await call("POST", "/v3/portals", { name: "not-emulated" }), 501);
    });
});
