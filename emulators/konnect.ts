/**
 * A local stand-in for the Konnect control-plane API, for tests: DCR providers, application auth strategies,
 * portal default auth strategy bindings (new v3 and classic v2 portals), plus an OIDC discovery document.
 *
 * Requests are routed through the operations of Kong's published specs and every request body is validated
 * against its operation's schema (see `openApiValidator.ts`), so a client that passes here sends what Konnect
 * documents. Behaviour the specs leave open is decided here, and written down where it is decided:
 * - PATCH merges top-level fields and the fields of a provider's `dcr_config`, but a given
 *   `configs.openid-connect` (or `configs.key-auth`) object REPLACES the stored one. The result of a PATCH must
 *   still be a valid create body for its type, so a partial `openid-connect` object is a 400: clients should
 *   send the whole object, which is right whichever way Konnect merges.
 * - `labels` in a PATCH are merged: a `null` value removes that key, `labels: null` removes all.
 * - PUT on an auth strategy answers 201 (as the spec says), needs an existing id and cannot change `strategy_type`.
 * - Write-only `dcr_config` fields (anything the spec's response schema for the provider type does not list,
 *   e.g. `initial_client_secret`) are kept aside and never returned.
 * - Lists start in creation order; `sort` is ignored; unknown `filter[...]` fields are a 400.
 * - Operations of these specs that are not implemented answer 501, paths outside them 404.
 */
import { randomBytes, randomUUID } from "crypto";
import * as http from "http";
import type { AddressInfo } from "net";
import { InvalidParameter, KONNECT_SPEC_NAMES, loadKonnectSpec, OpenApiSpec, SpecOperation } from "./openApiValidator";

/** One request as the emulator received it, with the status it answered (0 when the connection was dropped). */
export interface RecordedRequest {
    method: string;
    path: string;
    query: Record<string, string>;
    body: unknown;
    status: number;
}

/** A failure to inject into the next matching requests. */
export interface FaultSpec {
    /** Only requests with this method; default: any. */
    method?: string;
    /** Only requests whose path (without query) equals this string or matches this RegExp; default: any. */
    path?: string | RegExp;
    /** How many matching requests get the fault; default 1. */
    times?: number;
    /** For kind "status" (the default): answered with problem+json, the request is NOT processed. Default 500. */
    status?: number;
    /** Retry-After header value (seconds or an HTTP date). */
    retryAfter?: string;
    /**
     * "status": answer `status`; "reset": destroy the socket without processing the request;
     * "lostResponse": process the request fully, then destroy the socket before answering.
     */
    kind?: "status" | "reset" | "lostResponse";
}

/** The running emulator. Stored objects are kept exactly as the API returns them. */
export interface KonnectEmulator {
    /** `http://127.0.0.1:<ephemeral port>`, without a trailing slash. */
    readonly url: string;
    /** The bearer token accepted for reads and writes. */
    readonly token: string;
    /** Every request, in order of arrival. */
    readonly requests: RecordedRequest[];
    resetRequests(): void;
    /** Recorded GETs and writes (POST, PATCH, PUT, DELETE). */
    counts(): { get: number; write: number };
    /** Queues a fault; faults apply before normal processing, in injection order. */
    inject(fault: FaultSpec): void;
    /** Drops the faults not yet used up. */
    clearFaults(): void;
    /** Adds a portal; "v3" portals are only visible on /v3/portals, "classic" ones only on /v2/portals. */
    addPortal(p: {
        name: string;
        kind?: "v3" | "classic";
        id?: string;
        defaultApplicationAuthStrategyId?: string | null;
        defaultDomain?: string;
    }): { id: string };
    dcrProviders: Map<string, Record<string, any>>;
    authStrategies: Map<string, Record<string, any>>;
    /** Portals as the API returns them, plus `kind`. */
    portals: Map<string, Record<string, any>>;
    /** The write-only `dcr_config.initial_client_secret` as last received, for tests. */
    initialClientSecretOf(dcrProviderId: string): string | undefined;
    /** What `POST /v2/dcr-providers/{id}/verify` answers for this provider (default: success). */
    setVerifyResult(dcrProviderId: string, result: { status: "success" | "failed"; errors: string[] }): void;
    /** A second token: GETs allowed, writes answer 403. */
    setReadOnlyToken(token: string): void;
    /** The issuer in `/.well-known/openid-configuration` (default `${url}/`); undefined makes it 404. */
    setDiscoveryIssuer(issuer: string | undefined): void;
    close(): Promise<void>;
}

/** Starts an emulator on 127.0.0.1 with an ephemeral port. */
export async function startKonnectEmulator(options: { token?: string } = {}): Promise<KonnectEmulator> {
    const emulator = new Emulator(options.token ?? `kpat_emulator${randomBytes(16).toString("hex")}`);
    await emulator.listen();
    return emulator;
}

type Json = Record<string, any>;

interface Reply {
    status: number;
    body?: unknown;
    headers?: Record<string, string>;
}

/** A routed Konnect request, body already validated against its operation. */
interface Call {
    op: SpecOperation;
    params: Record<string, string>;
    query: Record<string, string>;
    body: any;
}

/** Thrown by handlers to answer with an error. */
class Answer extends Error {
    constructor(readonly reply: Reply) {
        super(`HTTP ${reply.status}`);
    }
}

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);

/** The role a 403 names, by the operation's first tag. */
const WRITE_ROLES: Record<string, string> = {
    "DCR Providers": "DCR Provider Creator",
    "App Auth Strategies": "Auth Strategy Creator",
    Portals: "Portal Admin",
};

const FILTER_OPERATORS: Record<string, (actual: string, wanted: string) => boolean> = {
    eq: (actual, wanted) => actual === wanted,
    neq: (actual, wanted) => actual !== wanted,
    contains: (actual, wanted) => actual.includes(wanted),
    oeq: (actual, wanted) => wanted.split(",").includes(actual),
    ocontains: (actual, wanted) => wanted.split(",").some((w) => actual.includes(w)),
};

const AUTH_STRATEGIES = "application-auth-strategies/v2";

class Emulator implements KonnectEmulator {
    readonly requests: RecordedRequest[] = [];
    readonly dcrProviders = new Map<string, Json>();
    readonly authStrategies = new Map<string, Json>();
    readonly portals = new Map<string, Json>();
    url = "";
    private readonly server = http.createServer();
    private readonly operations = KONNECT_SPEC_NAMES.flatMap((name) => loadKonnectSpec(name).operations);
    private readonly authSpec = loadKonnectSpec(AUTH_STRATEGIES);
    private readonly handlers: Record<string, (call: Call) => Reply>;
    /** Write-only dcr_config fields per provider id. */
    private readonly secrets = new Map<string, Json>();
    private readonly verifyResults = new Map<string, { status: "success" | "failed"; errors: string[] }>();
    private readonly faults: { fault: FaultSpec; left: number }[] = [];
    private readOnlyToken?: string;
    private discoveryIssuer?: string;
    private trace = 0;

    constructor(readonly token: string) {
        const at = (op: string) => `${AUTH_STRATEGIES} ${op}`;
        this.handlers = {
            [at("create-dcr-provider")]: (c) => this.createDcrProvider(c.body),
            [at("list-dcr-providers")]: (c) => this.list(c, [...this.dcrProviders.values()], dcrProviderField),
            [at("get-dcr-provider")]: (c) => ({ status: 200, body: this.dcrProvider(c.params.dcrProviderId) }),
            [at("update-dcr-provider")]: (c) => this.patchDcrProvider(c.params.dcrProviderId, c.body),
            [at("delete-dcr-provider")]: (c) => this.deleteDcrProvider(c.params.dcrProviderId),
            [at("verify-dcr-provider")]: (c) => this.verifyDcrProvider(c.params.dcrProviderId),
            [at("create-app-auth-strategy")]: (c) => this.createAuthStrategy(c.body),
            [at("list-app-auth-strategies")]: (c) => this.list(c, [...this.authStrategies.values()], authStrategyField),
            [at("get-app-auth-strategy")]: (c) => ({ status: 200, body: this.authStrategy(c.params.authStrategyId) }),
            [at("replace-app-auth-strategy")]: (c) => this.replaceAuthStrategy(c.params.authStrategyId, c.body),
            [at("update-app-auth-strategy")]: (c) => this.patchAuthStrategy(c.params.authStrategyId, c.body),
            [at("delete-app-auth-strategy")]: (c) => this.deleteAuthStrategy(c.params.authStrategyId),
        };
        for (const [spec, kind] of [
            ["portal-management/v3", "v3"],
            ["portal-management/v2", "classic"],
        ] as const) {
            this.handlers[`${spec} list-portals`] = (c) => this.list(c, this.portalsOf(kind));
            this.handlers[`${spec} get-portal`] = (c) => ({
                status: 200,
                body: portalView(this.portal(kind, c.params.portalId)),
            });
            this.handlers[`${spec} update-portal`] = (c) => this.patchPortal(kind, c);
        }
        // Compile the validators now rather than on the first request of each kind.
        for (const op of this.operations) {
            if (op.requestBody && this.handlers[`${op.spec.name} ${op.operationId}`]) {
                op.spec.validator(op.requestBody.schema);
            }
        }
        this.server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
            this.onRequest(req, res).catch((err: Error) => {
                if (!res.headersSent) {
                    send(res, this.problem(500, `Konnect emulator failure: ${err.message}`));
                }
            });
        });
    }

    async listen(): Promise<void> {
        await new Promise<void>((resolve, reject) => {
            this.server.once("error", reject);
            this.server.listen(0, "127.0.0.1", resolve);
        });
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
        // Auth0 publishes its issuer with a trailing slash.
        this.discoveryIssuer = `${this.url}/`;
    }

    close(): Promise<void> {
        return new Promise((resolve, reject) => {
            this.server.close((err) => (err ? reject(err) : resolve()));
            this.server.closeAllConnections();
        });
    }

    resetRequests(): void {
        this.requests.length = 0;
    }

    counts(): { get: number; write: number } {
        return {
            get: this.requests.filter((r) => r.method === "GET").length,
            write: this.requests.filter((r) => WRITE_METHODS.has(r.method)).length,
        };
    }

    inject(fault: FaultSpec): void {
        this.faults.push({ fault, left: fault.times ?? 1 });
    }

    clearFaults(): void {
        this.faults.length = 0;
    }

    addPortal(p: {
        name: string;
        kind?: "v3" | "classic";
        id?: string;
        defaultApplicationAuthStrategyId?: string | null;
        defaultDomain?: string;
    }): { id: string } {
        const now = new Date().toISOString();
        const id = p.id ?? randomUUID();
        const domain = p.defaultDomain ?? `${randomBytes(4).toString("hex")}.us.kongportals.com`;
        const strategyId = p.defaultApplicationAuthStrategyId ?? null;
        // Defaults as a freshly created portal of each API shows them; the tests check these against the specs.
        const portal =
            (p.kind ?? "v3") === "v3"
                ? {
                      id,
                      name: p.name,
                      display_name: p.name,
                      description: null,
                      authentication_enabled: true,
                      rbac_enabled: false,
                      sipr_enabled: false,
                      default_api_visibility: "private",
                      default_page_visibility: "private",
                      default_application_auth_strategy_id: strategyId,
                      auto_approve_applications: false,
                      auto_approve_developers: false,
                      default_domain: domain,
                      canonical_domain: domain,
                      labels: {},
                      notifications_developer_pii_visibility_enabled: false,
                      created_at: now,
                      updated_at: now,
                      kind: "v3",
                  }
                : {
                      id,
                      name: p.name,
                      display_name: p.name,
                      default_domain: domain,
                      is_public: false,
                      rbac_enabled: false,
                      auto_approve_applications: false,
                      auto_approve_developers: false,
                      custom_domain: null,
                      custom_client_domain: null,
                      default_application_auth_strategy_id: strategyId,
                      labels: {},
                      application_count: 0,
                      developer_count: 0,
                      published_product_count: 0,
                      created_at: now,
                      updated_at: now,
                      kind: "classic",
                  };
        this.portals.set(id, portal);
        this.refreshDerived();
        return { id };
    }

    initialClientSecretOf(dcrProviderId: string): string | undefined {
        return this.secrets.get(dcrProviderId)?.initial_client_secret;
    }

    setVerifyResult(dcrProviderId: string, result: { status: "success" | "failed"; errors: string[] }): void {
        this.verifyResults.set(dcrProviderId, { status: result.status, errors: [...result.errors] });
    }

    setReadOnlyToken(token: string): void {
        this.readOnlyToken = token;
    }

    setDiscoveryIssuer(issuer: string | undefined): void {
        this.discoveryIssuer = issuer;
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
        const chunks: Buffer[] = [];
        for await (const chunk of req) {
            chunks.push(chunk as Buffer);
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const url = new URL(req.url ?? "/", "http://emulator.invalid");
        const method = (req.method ?? "GET").toUpperCase();
        const record: RecordedRequest = {
            method,
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            body: parseLeniently(raw),
            status: 0,
        };
        this.requests.push(record);

        const fault = this.takeFault(method, url.pathname);
        const kind = fault ? (fault.kind ?? "status") : undefined;
        if (kind === "reset") {
            req.socket.destroy();
            return;
        }
        const reply =
            fault && kind === "status"
                ? this.faultReply(fault)
                : this.process(method, url.pathname, record.query, raw, req.headers.authorization);
        if (kind === "lostResponse") {
            req.socket.destroy();
            return;
        }
        record.status = reply.status;
        send(res, reply);
    }

    private takeFault(method: string, path: string): FaultSpec | undefined {
        const i = this.faults.findIndex(
            ({ fault }) =>
                (!fault.method || fault.method.toUpperCase() === method) &&
                (fault.path === undefined ||
                    (typeof fault.path === "string" ? fault.path === path : path.search(fault.path) >= 0)),
        );
        if (i < 0) {
            return undefined;
        }
        const entry = this.faults[i];
        if (--entry.left <= 0) {
            this.faults.splice(i, 1);
        }
        return entry.fault;
    }

    private faultReply(fault: FaultSpec): Reply {
        const status = fault.status ?? 500;
        const reply = this.problem(
            status,
            status === 429 ? "API rate limit exceeded" : `${http.STATUS_CODES[status]} (injected)`,
        );
        if (fault.retryAfter !== undefined) {
            reply.headers = { "retry-after": fault.retryAfter };
        }
        return reply;
    }

    private process(
        method: string,
        path: string,
        query: Record<string, string>,
        raw: string,
        authorization?: string,
    ): Reply {
        if (path === "/.well-known/openid-configuration" && method === "GET") {
            return this.discovery();
        }
        try {
            const route = this.route(method, path);
            const credential = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1];
            const readOnly = credential !== undefined && credential !== this.token && credential === this.readOnlyToken;
            if (credential !== this.token && !readOnly) {
                return this.problem(401, credential === undefined ? "No credentials provided" : "Invalid credentials");
            }
            if (readOnly && WRITE_METHODS.has(method)) {
                const role = route.op && WRITE_ROLES[route.op.tags[0]];
                return this.problem(
                    403,
                    role ? `${role} role required` : "You do not have permission to perform this action",
                );
            }
            if (!route.op) {
                return route.status === 405
                    ? this.problem(405, `${method} is not allowed on ${path}`)
                    : this.problem(404, `No Konnect route for ${path}`);
            }
            const handler = this.handlers[`${route.op.spec.name} ${route.op.operationId}`];
            if (!handler) {
                return this.problem(501, `${route.op.operationId} is not implemented by the Konnect emulator`);
            }
            const reply = handler({ op: route.op, params: route.params, query, body: this.requestBody(route.op, raw) });
            this.refreshDerived();
            return reply;
        } catch (err) {
            if (err instanceof Answer) {
                return err.reply;
            }
            throw err;
        }
    }

    private route(
        method: string,
        path: string,
    ): { op?: SpecOperation; params: Record<string, string>; status?: number } {
        let pathKnown = false;
        for (const op of this.operations) {
            const params = op.match(path);
            if (params && op.method === method) {
                return { op, params };
            }
            pathKnown ||= params !== undefined;
        }
        return { params: {}, status: pathKnown ? 405 : 404 };
    }

    /** The parsed body, validated against the operation's schema; answers 400 otherwise. */
    private requestBody(op: SpecOperation, raw: string): unknown {
        if (!op.requestBody) {
            return undefined;
        }
        if (raw.trim() === "") {
            if (op.requestBody.required) {
                throw this.badRequest([
                    { field: "body", rule: "required", reason: "is a required field", source: "body" },
                ]);
            }
            return undefined;
        }
        let body: unknown;
        try {
            body = JSON.parse(raw);
        } catch {
            throw this.badRequest([{ field: "body", rule: "invalid", reason: "must be valid JSON", source: "body" }]);
        }
        this.mustBeValid(op.spec, op.requestBody.schema, body);
        return body;
    }

    private mustBeValid(spec: OpenApiSpec, schema: Json, data: unknown): void {
        const invalid = spec.validate(schema, data);
        if (invalid.length > 0) {
            throw this.badRequest(invalid);
        }
    }

    private problem(status: number, detail: string, extra: Json = {}): Reply {
        const body = {
            status,
            title: http.STATUS_CODES[status] ?? "Error",
            type: `https://httpstatuses.com/${status}`,
            instance: `kong:trace:${++this.trace}`,
            detail,
            ...extra,
        };
        return { status, body };
    }

    private badRequest(invalid: InvalidParameter[]): Answer {
        return new Answer(this.problem(400, "Invalid Parameters", { invalid_parameters: invalid }));
    }

    private notFound(what: string, id: string): Answer {
        return new Answer(this.problem(404, `${what} [${id}] not found`));
    }

    private discovery(): Reply {
        if (this.discoveryIssuer === undefined) {
            return this.problem(404, "No OpenID Connect discovery document");
        }
        // Endpoints point back at the emulator so they stay reachable whatever issuer a test sets.
        return {
            status: 200,
            body: {
                issuer: this.discoveryIssuer,
                authorization_endpoint: `${this.url}/authorize`,
                token_endpoint: `${this.url}/oauth/token`,
                userinfo_endpoint: `${this.url}/userinfo`,
                jwks_uri: `${this.url}/.well-known/jwks.json`,
                registration_endpoint: `${this.url}/oidc/register`,
                revocation_endpoint: `${this.url}/oauth/revoke`,
                scopes_supported: ["openid", "profile", "offline_access", "email"],
                response_types_supported: [
                    "code",
                    "token",
                    "id_token",
                    "code token",
                    "code id_token",
                    "token id_token",
                ],
                subject_types_supported: ["public"],
                id_token_signing_alg_values_supported: ["HS256", "RS256", "PS256"],
                token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "private_key_jwt"],
            },
        };
    }

    // --- Lists --------------------------------------------------------------------------------------------------

    /** A page of `items` after the `filter[...]` query parameters the operation documents. */
    private list(
        call: Call,
        items: Json[],
        fieldOf: (item: Json, field: string) => unknown = (item, f) => item[f],
    ): Reply {
        const allowed = call.op.filterFields();
        const invalid: InvalidParameter[] = [];
        const tests: ((item: Json) => boolean)[] = [];
        for (const [key, wanted] of Object.entries(call.query)) {
            const m = /^filter\[([^\]]+)\](?:\[([^\]]+)\])?$/.exec(key);
            if (!m) {
                continue;
            }
            const [, field, operator = "eq"] = m;
            const test = FILTER_OPERATORS[operator];
            if (!allowed.has(field) || !test) {
                const reason = allowed.has(field)
                    ? `unknown filter operator "${operator}"`
                    : `cannot filter on "${field}"`;
                invalid.push({ field: key, rule: "invalid", reason, source: "query" });
                continue;
            }
            tests.push((item) => test(String(fieldOf(item, field) ?? ""), wanted));
        }
        const size = pageParameter(call.query, "page[size]", 10, invalid);
        const number = pageParameter(call.query, "page[number]", 1, invalid);
        if (invalid.length > 0) {
            throw this.badRequest(invalid);
        }
        const matching = items.filter((item) => tests.every((test) => test(item)));
        return {
            status: 200,
            body: {
                data: matching.slice((number - 1) * size, number * size),
                meta: { page: { number, size, total: matching.length } },
            },
        };
    }

    // --- DCR providers ------------------------------------------------------------------------------------------

    /** The create operation's body schema: the shape every stored object must still have after a change. */
    private createSchema(operationId: string): Json {
        const op = this.authSpec.operations.find((o) => o.operationId === operationId);
        if (!op?.requestBody) {
            throw new Error(`${AUTH_STRATEGIES} has no ${operationId} body`);
        }
        return op.requestBody.schema;
    }

    private dcrProvider(id: string): Json {
        const provider = this.dcrProviders.get(id);
        if (!provider) {
            throw this.notFound("DCR provider", id);
        }
        return provider;
    }

    private createDcrProvider(input: Json): Reply {
        const now = new Date().toISOString();
        const id = randomUUID();
        this.storeDcrProvider(id, input, now, now);
        return { status: 201, body: this.dcrProviders.get(id) };
    }

    private patchDcrProvider(id: string, patch: Json): Reply {
        const stored = this.dcrProvider(id);
        const current = this.dcrProviderInput(stored);
        const merged = {
            ...current,
            ...patch,
            labels: mergeLabels(current.labels, patch.labels),
            dcr_config: { ...current.dcr_config, ...patch.dcr_config },
        };
        // The schema of a PATCH allows any provider type's fields; the result must fit this provider's type.
        this.mustBeValid(this.authSpec, this.createSchema("create-dcr-provider"), merged);
        this.storeDcrProvider(id, merged, stored.created_at, new Date().toISOString());
        return { status: 200, body: this.dcrProviders.get(id) };
    }

    private deleteDcrProvider(id: string): Reply {
        const provider = this.dcrProvider(id);
        const users = [...this.authStrategies.values()].filter((s) => s.dcr_provider?.id === id);
        if (users.length > 0) {
            const names = users.map((s) => `[${s.name}] (${s.id})`).join(", ");
            throw new Answer(
                this.problem(409, `DCR provider [${provider.name}] is in use by application auth strategy ${names}`),
            );
        }
        this.dcrProviders.delete(id);
        this.secrets.delete(id);
        this.verifyResults.delete(id);
        return { status: 204 };
    }

    private verifyDcrProvider(id: string): Reply {
        this.dcrProvider(id);
        return { status: 200, body: this.verifyResults.get(id) ?? { status: "success", errors: [] } };
    }

    /** Stores a provider from a create-shaped body: the fields the API shows, with write-only ones kept aside. */
    private storeDcrProvider(id: string, input: Json, createdAt: string, updatedAt: string): void {
        const shown = this.dcrConfigResponseSchema(input.provider_type);
        const dcrConfig: Json = {};
        const secret: Json = {};
        for (const [key, value] of Object.entries<unknown>(input.dcr_config ?? {})) {
            (key in (shown.properties ?? {}) ? dcrConfig : secret)[key] = value;
        }
        for (const key of shown.required ?? []) {
            if (!(key in dcrConfig)) {
                dcrConfig[key] = defaultOf(this.authSpec.resolve(shown.properties[key]));
            }
        }
        this.dcrProviders.set(
            id,
            withoutUndefined({
                id,
                name: input.name,
                display_name: input.display_name,
                provider_type: input.provider_type,
                issuer: input.issuer,
                active: false,
                dcr_config: withoutUndefined(dcrConfig),
                labels: input.labels ?? {},
                created_at: createdAt,
                updated_at: updatedAt,
            }),
        );
        this.secrets.set(id, secret);
    }

    /** A stored provider as the create body that would produce it, secrets included. */
    private dcrProviderInput(provider: Json): Json {
        return withoutUndefined({
            name: provider.name,
            display_name: provider.display_name,
            provider_type: provider.provider_type,
            issuer: provider.issuer,
            labels: provider.labels,
            dcr_config: { ...provider.dcr_config, ...this.secrets.get(provider.id) },
        });
    }

    /** The spec's response schema of `dcr_config` for a provider type (`DcrProviderResponse`'s discriminator). */
    private dcrConfigResponseSchema(providerType: string): Json {
        const variants = this.authSpec
            .component("DcrProviderResponse")
            .allOf.find((s: Json) => s["x-discriminator-mapping"]);
        return this.authSpec.resolve(
            this.authSpec.resolve(variants["x-discriminator-mapping"][providerType]).properties.dcr_config,
        );
    }

    // --- Application auth strategies ----------------------------------------------------------------------------

    private authStrategy(id: string): Json {
        const strategy = this.authStrategies.get(id);
        if (!strategy) {
            throw this.notFound("Application auth strategy", id);
        }
        return strategy;
    }

    private createAuthStrategy(input: Json): Reply {
        const now = new Date().toISOString();
        const id = randomUUID();
        this.storeAuthStrategy(id, input, now, now);
        return { status: 201, body: this.authStrategies.get(id) };
    }

    private replaceAuthStrategy(id: string, input: Json): Reply {
        const stored = this.authStrategy(id);
        if (input.strategy_type !== stored.strategy_type) {
            throw this.badRequest([
                {
                    field: "strategy_type",
                    rule: "invalid",
                    reason: "cannot be changed; delete and recreate the strategy",
                    source: "body",
                },
            ]);
        }
        this.storeAuthStrategy(id, input, stored.created_at, new Date().toISOString());
        return { status: 201, body: this.authStrategies.get(id) };
    }

    private patchAuthStrategy(id: string, patch: Json): Reply {
        const stored = this.authStrategy(id);
        const current = this.authStrategyInput(stored);
        const merged = withoutUndefined({
            ...current,
            ...patch,
            // A given `openid-connect`/`key-auth` object replaces the stored one (see the module comment).
            configs: { ...current.configs, ...patch.configs },
            labels: mergeLabels(current.labels, patch.labels),
            dcr_provider_id:
                "dcr_provider_id" in patch ? (patch.dcr_provider_id ?? undefined) : current.dcr_provider_id,
        });
        this.mustBeValid(this.authSpec, this.createSchema("create-app-auth-strategy"), merged);
        this.storeAuthStrategy(id, merged, stored.created_at, new Date().toISOString());
        return { status: 200, body: this.authStrategies.get(id) };
    }

    private deleteAuthStrategy(id: string): Reply {
        const strategy = this.authStrategy(id);
        const users = [...this.portals.values()].filter((p) => p.default_application_auth_strategy_id === id);
        if (users.length > 0) {
            const names = users.map((p) => `[${p.name}] (${p.id})`).join(", ");
            throw new Answer(
                this.problem(
                    409,
                    `Application auth strategy [${strategy.name}] is the default auth strategy of portal ${names}`,
                ),
            );
        }
        this.authStrategies.delete(id);
        return { status: 204 };
    }

    private storeAuthStrategy(id: string, input: Json, createdAt: string, updatedAt: string): void {
        const providerId: string | undefined = input.dcr_provider_id ?? undefined;
        if (providerId && !this.dcrProviders.has(providerId)) {
            throw this.badRequest([
                {
                    field: "dcr_provider_id",
                    rule: "missing_reference",
                    reason: `DCR provider [${providerId}] does not exist`,
                    source: "body",
                },
            ]);
        }
        this.authStrategies.set(
            id,
            withoutUndefined({
                id,
                name: input.name,
                display_name: input.display_name,
                strategy_type: input.strategy_type,
                configs: input.configs,
                active: false,
                // Filled in from the provider by refreshDerived().
                dcr_provider: providerId ? { id: providerId } : null,
                labels: input.labels ?? {},
                principals: input.principals,
                created_at: createdAt,
                updated_at: updatedAt,
            }),
        );
    }

    /** A stored strategy as the create body that would produce it. */
    private authStrategyInput(strategy: Json): Json {
        return withoutUndefined({
            name: strategy.name,
            display_name: strategy.display_name,
            strategy_type: strategy.strategy_type,
            configs: strategy.configs,
            dcr_provider_id: strategy.dcr_provider?.id,
            labels: strategy.labels,
            principals: strategy.principals,
        });
    }

    // --- Portals ------------------------------------------------------------------------------------------------

    private portalsOf(kind: "v3" | "classic"): Json[] {
        return [...this.portals.values()].filter((p) => p.kind === kind).map(portalView);
    }

    private portal(kind: "v3" | "classic", id: string): Json {
        const portal = this.portals.get(id);
        if (!portal || portal.kind !== kind) {
            throw this.notFound("Portal", id);
        }
        return portal;
    }

    private patchPortal(kind: "v3" | "classic", call: Call): Reply {
        const portal = this.portal(kind, call.params.portalId);
        const strategyId = call.body.default_application_auth_strategy_id;
        if (strategyId && !this.authStrategies.has(strategyId)) {
            throw this.badRequest([
                {
                    field: "default_application_auth_strategy_id",
                    rule: "missing_reference",
                    reason: `application auth strategy [${strategyId}] does not exist`,
                    source: "body",
                },
            ]);
        }
        const properties = call.op.spec.resolve(call.op.requestBody?.schema ?? {}).properties ?? {};
        for (const [key, value] of Object.entries<unknown>(call.body)) {
            // Read-only fields (id, domains, timestamps) are Konnect's to set.
            if (!call.op.spec.resolve(properties[key]).readOnly) {
                portal[key] = key === "labels" ? mergeLabels(portal.labels, value as Json | null) : value;
            }
        }
        portal.updated_at = new Date().toISOString();
        return { status: 200, body: portalView(portal) };
    }

    // --- Derived fields -----------------------------------------------------------------------------------------

    /** Recomputes what depends on other objects: `active` flags and the provider summary inside strategies. */
    private refreshDerived(): void {
        const portals = [...this.portals.values()];
        for (const strategy of this.authStrategies.values()) {
            const provider = strategy.dcr_provider ? this.dcrProviders.get(strategy.dcr_provider.id) : undefined;
            if (provider) {
                strategy.dcr_provider = withoutUndefined({
                    id: provider.id,
                    name: provider.name,
                    display_name: provider.display_name,
                    provider_type: provider.provider_type,
                });
            }
            strategy.active = portals.some((p) => p.default_application_auth_strategy_id === strategy.id);
            strategy.supports_multiple_credentials =
                strategy.strategy_type === "key_auth" || provider?.dcr_config.allow_multiple_credentials === true;
        }
        const strategies = [...this.authStrategies.values()];
        for (const provider of this.dcrProviders.values()) {
            provider.active = strategies.some((s) => s.dcr_provider?.id === provider.id);
        }
    }
}

function dcrProviderField(provider: Json, field: string): unknown {
    return field === "initial_client_id" || field === "initial_client_audience"
        ? provider.dcr_config?.[field]
        : provider[field];
}

function authStrategyField(strategy: Json, field: string): unknown {
    const provider = strategy.dcr_provider ?? {};
    const fromProvider: Record<string, unknown> = {
        dcr_provider_id: provider.id,
        dcr_provider_name: provider.name,
        dcr_provider_type: provider.provider_type,
    };
    return field in fromProvider ? fromProvider[field] : strategy[field];
}

function portalView(portal: Json): Json {
    const { kind: _kind, ...view } = portal;
    return view;
}

function pageParameter(
    query: Record<string, string>,
    name: string,
    fallback: number,
    invalid: InvalidParameter[],
): number {
    const value = query[name];
    if (value === undefined || value === "") {
        return fallback;
    }
    if (!/^[1-9]\d*$/.test(value)) {
        invalid.push({ field: name, rule: "min", minimum: 1, reason: "must be a positive integer", source: "query" });
        return fallback;
    }
    return Number(value);
}

/** Applies a Konnect `LabelsUpdate`: null values remove keys, a null object removes all. */
function mergeLabels(current: Json | undefined, update: Json | null | undefined): Json {
    if (update === undefined) {
        return current ?? {};
    }
    if (update === null) {
        return {};
    }
    const merged: Json = { ...current, ...update };
    for (const [key, value] of Object.entries(update)) {
        if (value === null) {
            delete merged[key];
        }
    }
    return merged;
}

/** What an API fills in for a required response field the request left out. */
function defaultOf(schema: Json): unknown {
    if (schema.default !== undefined) {
        return schema.default;
    }
    if (schema.nullable) {
        return null;
    }
    return schema.type === "boolean" ? false : undefined;
}

function withoutUndefined(obj: Json): Json {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

function parseLeniently(raw: string): unknown {
    if (raw === "") {
        return undefined;
    }
    try {
        return JSON.parse(raw);
    } catch {
        return raw;
    }
}

function send(res: http.ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...reply.headers };
    let payload: string | undefined;
    if (reply.body !== undefined) {
        payload = JSON.stringify(reply.body);
        headers["content-type"] = reply.status >= 400 ? "application/problem+json" : "application/json";
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
}
