/**
 * A local stand-in for the Konnect control-plane API, for tests: DCR providers, application auth strategies,
 * portal default auth strategy bindings (new v3 and classic v2 portals), API publications on v3 portals
 * (`/v3/apis/{apiId}/publications/{portalId}`), classic portal product versions, plus an OIDC discovery document.
 *
 * Requests are routed through the operations of Kong's published specs and every request body is validated
 * against its operation's schema (see `openApiValidator.ts`), so a client that passes here sends what Konnect
 * documents. Behaviour the specs leave open is decided here, and written down where it is decided:
 * - PATCH merges top-level fields and the fields of a provider's `dcr_config`, but a given
 *   `configs.openid-connect` (or `configs.key-auth`) object REPLACES the stored one. The result of a PATCH must
 *   still be a valid create body for its type, so a partial `openid-connect` object is a 400: clients should
 *   send the whole object, which is right whichever way Konnect merges.
 * - `labels` in a PATCH are merged: a `null` value removes that key, `labels: null` removes all.
 * - A strategy's `configs.openid-connect` comes back with a field Konnect fills in itself
 *   (`SERVER_FILLED_OIDC_FIELD`); a create, PUT or PATCH that sends it back is a 400, so a client that re-sends
 *   the live object shows up.
 * - PUT on an auth strategy answers 201 (as the spec says), needs an existing id and cannot change `strategy_type`.
 * - Write-only `dcr_config` fields (anything the spec's response schema for the provider type does not list,
 *   e.g. `initial_client_secret`) are kept aside and never returned.
 * - An API publication PUT without `auth_strategy_ids` takes the portal's default strategy at that moment; every
 *   strategy named by a publication, product version or portal default must exist (400), and deleting a strategy
 *   any of them uses is a 409. A PUT replaces the publication: fields it omits fall back to the spec's defaults.
 * - Lists start in creation order; `sort` is ignored; unknown `filter[...]` fields are a 400.
 * - Operations of these specs that are not implemented answer 501, paths outside them 404.
 */
import { randomBytes, randomUUID } from "crypto";
import * as http from "http";
import type { AddressInfo } from "net";
import {
    Answer,
    countGetsAndWrites,
    FaultMatch,
    FaultQueue,
    readBody,
    Reply,
    send,
    WRITE_METHODS,
} from "./emulatorSupport";
import { InvalidParameter, KONNECT_SPEC_NAMES, loadKonnectSpec, OpenApiSpec, SpecOperation } from "./openApiValidator";
import { auth0DiscoveryDocument } from "./auth0Discovery";

/**
 * A field the emulator adds to every `openid-connect` config it returns and refuses on write, standing in for
 * whatever Konnect fills in itself (the documents do not name such fields).
 */
export const SERVER_FILLED_OIDC_FIELD = "konnect_assigned_plugin_id";

/**
 * Which bearer token a request carried, by its role, never its value (the log must hold no secret): "deploy" the
 * emulator's main token (`token`), "read-only" the one set with `setReadOnlyToken`, "other" any other token
 * (a revoked or wrong one), "none" no `Authorization: Bearer` at all.
 */
export type TokenLabel = "deploy" | "read-only" | "other" | "none";

/** One request as the emulator received it, with the status it answered (0 when the connection was dropped). */
export interface RecordedRequest {
    method: string;
    path: string;
    query: Record<string, string>;
    body: unknown;
    status: number;
    /** The token the request used, as a label. */
    token: TokenLabel;
    /** The client's User-Agent header (which code sent the request). */
    userAgent?: string;
}

/** The objects an emulator holds, as `snapshot` gives them and `restore` takes them (JSON, for fixtures). */
export interface KonnectObjects {
    readonly dcrProviders: [string, Record<string, unknown>][];
    readonly authStrategies: [string, Record<string, unknown>][];
    readonly portals: [string, Record<string, unknown>][];
    readonly apis: [string, Record<string, unknown>][];
    readonly apiPublications: [string, Record<string, unknown>][];
    readonly portalProductVersions: [string, Record<string, unknown>][];
    /** The write-only `dcr_config` fields per DCR provider id. */
    readonly secrets: [string, Record<string, unknown>][];
}

/** A failure to inject into the next matching requests. */
export interface FaultSpec extends FaultMatch {
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

/** A portal to start a test from; "v3" (the default) or "classic". */
export interface PortalSeed {
    name: string;
    kind?: "v3" | "classic";
    id?: string;
    defaultApplicationAuthStrategyId?: string | null;
    defaultDomain?: string;
}

/** An Auth0 DCR provider to start a test from. */
export interface DcrProviderSeed {
    name: string;
    issuer: string;
    initialClientId: string;
    initialClientSecret: string;
}

/** An API publication on a v3 portal to start a test from. */
export interface PublicationSeed {
    apiId: string;
    portalId: string;
    visibility?: "public" | "private";
    authStrategyIds?: string[] | null;
    autoApproveRegistrations?: boolean;
}

/** A classic portal product version to start a test from; omitted fields take a fresh publication's values. */
export interface ProductVersionSeed {
    portalId: string;
    productVersionId?: string;
    authStrategyIds?: string[];
    publishStatus?: "published" | "unpublished";
    applicationRegistrationEnabled?: boolean;
    autoApproveRegistration?: boolean;
    deprecated?: boolean;
}

/** The running emulator. Stored objects are kept exactly as the API returns them. */
export interface KonnectEmulator {
    /** `http://127.0.0.1:<ephemeral port>`, without a trailing slash. */
    readonly url: string;
    /** The bearer token accepted for reads and writes. */
    readonly token: string;
    /** Rotates that token (as revoking it and creating a new one does): the old one is refused from now on. */
    rotateToken(token: string): void;
    /** Every request, in order of arrival. */
    readonly requests: RecordedRequest[];
    resetRequests(): void;
    /** Recorded GETs and writes (POST, PATCH, PUT, DELETE). */
    counts(): { get: number; write: number };
    /** Queues a fault; faults apply before normal processing, in injection order. */
    inject(fault: FaultSpec): void;
    /** Drops the faults not yet used up. */
    clearFaults(): void;
    /** Every object held, to start another emulator from (`restore`). */
    snapshot(): KonnectObjects;
    /** Replaces every object held with `objects` (a `snapshot`, possibly of another emulator). */
    restore(objects: KonnectObjects): void;
    /** Adds a portal; "v3" portals are only visible on /v3/portals, "classic" ones only on /v2/portals. */
    addPortal(p: PortalSeed): { id: string };
    /** Adds an API (`/v3/apis`), shown by `GET /v3/apis/{apiId}`. */
    addApi(a: { name: string; id?: string }): { id: string };
    /** Adds an Auth0 DCR provider as `POST /v2/dcr-providers` makes one (the body checked the same way). */
    addDcrProvider(p: DcrProviderSeed): { id: string };
    /** Adds an application auth strategy as `POST /v2/application-auth-strategies` makes one (the body checked the same way). */
    addAuthStrategy(body: Record<string, unknown>): { id: string };
    /** Adds a key-auth strategy (key name `apikey`), as a team makes one by hand. */
    addKeyAuthStrategy(name: string, displayName: string): { id: string };
    /** Publishes an API on a v3 portal as `PUT /v3/apis/{apiId}/publications/{portalId}` would (tests' starting state). */
    publishApi(p: PublicationSeed): void;
    /** Publishes an API product version on a classic portal (a portal product version). */
    addPortalProductVersion(p: ProductVersionSeed): { id: string };
    dcrProviders: Map<string, Record<string, any>>;
    authStrategies: Map<string, Record<string, any>>;
    apis: Map<string, Record<string, any>>;
    /** API publications as the API returns them, keyed `<apiId>/<portalId>`. */
    apiPublications: Map<string, Record<string, any>>;
    /** Classic portal product versions as the API stores them (`auth_strategy_ids`), keyed `<portalId>/<productVersionId>`. */
    portalProductVersions: Map<string, Record<string, any>>;
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

/** The content type of this emulator's JSON bodies, by status. */
const contentType = (status: number) => (status >= 400 ? "application/problem+json" : "application/json");

type Json = Record<string, any>;

/** A routed Konnect request, body already validated against its operation. */
interface Call {
    op: SpecOperation;
    params: Record<string, string>;
    query: Record<string, string>;
    body: any;
}

/** The role a 403 names, by the operation's first tag. */
const WRITE_ROLES: Record<string, string> = {
    "DCR Providers": "DCR Provider Creator",
    "App Auth Strategies": "Auth Strategy Creator",
    Portals: "Portal Admin",
    "API Publication": "API Publisher",
    "Portal Product Versions": "Portal Admin",
};

const FILTER_OPERATORS: Record<string, (actual: string, wanted: string) => boolean> = {
    eq: (actual, wanted) => actual === wanted,
    neq: (actual, wanted) => actual !== wanted,
    contains: (actual, wanted) => actual.includes(wanted),
    oeq: (actual, wanted) => wanted.split(",").includes(actual),
    ocontains: (actual, wanted) => wanted.split(",").some((w) => actual.includes(w)),
};

const AUTH_STRATEGIES = "application-auth-strategies/v2";
const API_BUILDER = "api-builder/v3";

class Emulator implements KonnectEmulator {
    readonly requests: RecordedRequest[] = [];
    readonly dcrProviders = new Map<string, Json>();
    readonly authStrategies = new Map<string, Json>();
    readonly portals = new Map<string, Json>();
    readonly apis = new Map<string, Json>();
    readonly apiPublications = new Map<string, Json>();
    readonly portalProductVersions = new Map<string, Json>();
    url = "";
    private readonly server = http.createServer();
    private readonly operations = KONNECT_SPEC_NAMES.flatMap((name) => loadKonnectSpec(name).operations);
    private readonly authSpec = loadKonnectSpec(AUTH_STRATEGIES);
    private readonly handlers: Record<string, (call: Call) => Reply>;
    /** Write-only dcr_config fields per provider id. */
    private readonly secrets = new Map<string, Json>();
    private readonly verifyResults = new Map<string, { status: "success" | "failed"; errors: string[] }>();
    private readonly faults = new FaultQueue<FaultSpec>();
    private readOnlyToken?: string;
    private discoveryIssuer?: string;
    private trace = 0;

    constructor(public token: string) {
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
        this.handlers[`${API_BUILDER} fetch-api`] = (c) => ({
            status: 200,
            body: this.apiView(this.api(c.params.apiId)),
        });
        this.handlers[`${API_BUILDER} publish-api-to-portal`] = (c) =>
            this.putPublication(c.params.apiId, c.params.portalId, c.body);
        this.handlers[`${API_BUILDER} list-api-publications`] = (c) => {
            // `auth_strategy_id` matches a publication that lists the strategy among its `auth_strategy_ids`.
            const wanted = c.query["filter[auth_strategy_id][eq]"] ?? c.query["filter[auth_strategy_id]"];
            const items = [...this.apiPublications.entries()].map(([key, publication]) => {
                const [api_id, portal_id] = key.split("/");
                return { api_id, portal_id, ...publication };
            });
            return this.list(c, items, (item, field) =>
                field === "auth_strategy_id"
                    ? (item.auth_strategy_ids ?? []).includes(wanted)
                        ? wanted
                        : ""
                    : item[field],
            );
        };
        this.handlers[`${API_BUILDER} fetch-publication`] = (c) => ({
            status: 200,
            body: this.publication(c.params.apiId, c.params.portalId),
        });
        this.handlers[`${API_BUILDER} delete-publication`] = (c) =>
            this.deletePublication(c.params.apiId, c.params.portalId);
        this.handlers["portal-management/v2 get-portal-product-version"] = (c) => ({
            status: 200,
            body: this.productVersionView(this.productVersion(c.params.portalId, c.params.productVersionId)),
        });
        this.handlers["portal-management/v2 update-portal-product-version"] = (c) => this.writeProductVersion(c);
        this.handlers["portal-management/v2 replace-portal-product-version"] = (c) => this.writeProductVersion(c);
        this.handlers["portal-management/v2 delete-portal-product-version"] = (c) => {
            this.productVersion(c.params.portalId, c.params.productVersionId);
            this.portalProductVersions.delete(`${c.params.portalId}/${c.params.productVersionId}`);
            return { status: 204 };
        };
        // Compile the validators now rather than on the first request of each kind.
        for (const op of this.operations) {
            if (op.requestBody && this.handlers[`${op.spec.name} ${op.operationId}`]) {
                op.spec.validator(op.requestBody.schema);
            }
        }
        this.server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
            this.onRequest(req, res).catch((err: Error) => {
                if (!res.headersSent) {
                    send(res, this.problem(500, `Konnect emulator failure: ${err.message}`), contentType);
                }
            });
        });
    }

    addKeyAuthStrategy(name: string, displayName: string): { id: string } {
        return this.addAuthStrategy({
            name,
            display_name: displayName,
            strategy_type: "key_auth",
            configs: { "key-auth": { key_names: ["apikey"] } },
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
        return countGetsAndWrites(this.requests);
    }

    inject(fault: FaultSpec): void {
        this.faults.push(fault);
    }

    clearFaults(): void {
        this.faults.clear();
    }

    addPortal(p: PortalSeed): { id: string } {
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

    addDcrProvider(p: DcrProviderSeed): { id: string } {
        const body = {
            name: p.name,
            provider_type: "auth0",
            issuer: p.issuer,
            dcr_config: { initial_client_id: p.initialClientId, initial_client_secret: p.initialClientSecret },
        };
        this.mustBeValid(this.authSpec, this.createSchema("create-dcr-provider"), body);
        return { id: (this.createDcrProvider(body).body as Json).id };
    }

    addAuthStrategy(body: Json): { id: string } {
        this.mustBeValid(this.authSpec, this.createSchema("create-app-auth-strategy"), body);
        return { id: (this.createAuthStrategy(body).body as Json).id };
    }

    addApi(a: { name: string; id?: string }): { id: string } {
        const now = new Date().toISOString();
        const id = a.id ?? randomUUID();
        // As an API made with only a name (`POST /v3/apis {"name": …}`) shows itself: no version, no spec yet.
        this.apis.set(id, {
            id,
            name: a.name,
            description: null,
            version: null,
            current_version_summary: null,
            slug: a.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
            api_spec_ids: [],
            labels: {},
            created_at: now,
            updated_at: now,
        });
        return { id };
    }

    publishApi(p: PublicationSeed): void {
        this.putPublication(
            p.apiId,
            p.portalId,
            withoutUndefined({
                visibility: p.visibility,
                auth_strategy_ids: p.authStrategyIds,
                auto_approve_registrations: p.autoApproveRegistrations,
            }),
        );
        this.refreshDerived();
    }

    addPortalProductVersion(p: ProductVersionSeed): { id: string } {
        this.portal("classic", p.portalId);
        const now = new Date().toISOString();
        const productVersionId = p.productVersionId ?? randomUUID();
        this.portalProductVersions.set(`${p.portalId}/${productVersionId}`, {
            id: randomUUID(),
            product_version_id: productVersionId,
            publish_status: p.publishStatus ?? "published",
            application_registration_enabled: p.applicationRegistrationEnabled ?? true,
            auto_approve_registration: p.autoApproveRegistration ?? false,
            deprecated: p.deprecated ?? false,
            auth_strategy_ids: this.existingStrategies(p.authStrategyIds ?? [], "auth_strategy_ids"),
            created_at: now,
            updated_at: now,
        });
        this.refreshDerived();
        return { id: productVersionId };
    }

    snapshot(): KonnectObjects {
        const copy = (map: Map<string, Json>) => structuredClone([...map.entries()]);
        return {
            dcrProviders: copy(this.dcrProviders),
            authStrategies: copy(this.authStrategies),
            portals: copy(this.portals),
            apis: copy(this.apis),
            apiPublications: copy(this.apiPublications),
            portalProductVersions: copy(this.portalProductVersions),
            secrets: copy(this.secrets),
        };
    }

    restore(objects: KonnectObjects): void {
        const fill = (map: Map<string, Json>, entries: [string, Record<string, unknown>][]) => {
            map.clear();
            for (const [key, value] of structuredClone(entries)) map.set(key, value);
        };
        fill(this.dcrProviders, objects.dcrProviders);
        fill(this.authStrategies, objects.authStrategies);
        fill(this.portals, objects.portals);
        fill(this.apis, objects.apis);
        fill(this.apiPublications, objects.apiPublications);
        fill(this.portalProductVersions, objects.portalProductVersions);
        fill(this.secrets, objects.secrets);
        this.refreshDerived();
    }

    initialClientSecretOf(dcrProviderId: string): string | undefined {
        return this.secrets.get(dcrProviderId)?.initial_client_secret;
    }

    setVerifyResult(dcrProviderId: string, result: { status: "success" | "failed"; errors: string[] }): void {
        this.verifyResults.set(dcrProviderId, { status: result.status, errors: [...result.errors] });
    }

    rotateToken(token: string): void {
        this.token = token;
    }

    setReadOnlyToken(token: string): void {
        this.readOnlyToken = token;
    }

    setDiscoveryIssuer(issuer: string | undefined): void {
        this.discoveryIssuer = issuer;
    }

    /** The role of the bearer token in `authorization`, as the tokens stand when the request arrives. */
    private tokenLabel(authorization: string | undefined): TokenLabel {
        const credential = bearer(authorization);
        if (credential === undefined) return "none";
        if (credential === this.token) return "deploy";
        return credential === this.readOnlyToken ? "read-only" : "other";
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
        const raw = await readBody(req);
        const url = new URL(req.url ?? "/", "http://emulator.invalid");
        const method = (req.method ?? "GET").toUpperCase();
        const record: RecordedRequest = {
            method,
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            body: parseLeniently(raw),
            status: 0,
            token: this.tokenLabel(req.headers.authorization),
            userAgent: req.headers["user-agent"],
        };
        this.requests.push(record);

        const fault = this.faults.take(method, url.pathname);
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
        send(res, reply, contentType);
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
            const credential = bearer(authorization);
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

    /** The object stored under `key`, else Konnect's 404 for `what` with `id` (the key unless given). */
    private stored(objects: ReadonlyMap<string, Json>, what: string, key: string, id: string = key): Json {
        const object = objects.get(key);
        if (!object) throw this.notFound(what, id);
        return object;
    }

    private discovery(): Reply {
        if (this.discoveryIssuer === undefined) {
            return this.problem(404, "No OpenID Connect discovery document");
        }
        // Endpoints point back at the emulator so they stay reachable whatever issuer a test sets.
        return { status: 200, body: auth0DiscoveryDocument(this.discoveryIssuer, this.url) };
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
        return this.stored(this.dcrProviders, "DCR provider", id);
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
        return this.stored(this.authStrategies, "Application auth strategy", id);
    }

    /** Refuses a body that sends back what the server fills in itself. */
    private refuseServerFilled(input: Json): void {
        if (input?.configs?.["openid-connect"] && SERVER_FILLED_OIDC_FIELD in input.configs["openid-connect"]) {
            throw this.badRequest([
                {
                    field: `configs.openid-connect.${SERVER_FILLED_OIDC_FIELD}`,
                    rule: "read_only",
                    reason: "is set by Konnect and cannot be written",
                    source: "body",
                },
            ]);
        }
    }

    private createAuthStrategy(input: Json): Reply {
        this.refuseServerFilled(input);
        const now = new Date().toISOString();
        const id = randomUUID();
        this.storeAuthStrategy(id, input, now, now);
        return { status: 201, body: this.authStrategies.get(id) };
    }

    private replaceAuthStrategy(id: string, input: Json): Reply {
        this.refuseServerFilled(input);
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
        this.refuseServerFilled(patch);
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
        const published = this.publicationsUsing(id);
        if (published.length > 0) {
            throw new Answer(
                this.problem(409, `Application auth strategy [${strategy.name}] is used by ${published.join(", ")}`),
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
                configs: withServerFilled(id, input.configs),
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

    /** A stored strategy as the create body that would produce it (without what the server fills in). */
    private authStrategyInput(strategy: Json): Json {
        const oidc = strategy.configs?.["openid-connect"];
        const { [SERVER_FILLED_OIDC_FIELD]: _filled, ...written } = oidc ?? {};
        return withoutUndefined({
            name: strategy.name,
            display_name: strategy.display_name,
            strategy_type: strategy.strategy_type,
            configs: oidc ? { ...strategy.configs, "openid-connect": written } : strategy.configs,
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
        if (strategyId) this.existingStrategies([strategyId], "default_application_auth_strategy_id");
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

    // --- API publications (v3) and portal product versions (classic) --------------------------------------------

    private api(id: string): Json {
        return this.stored(this.apis, "API", id);
    }

    /** A stored API with the portals it is published on. */
    private apiView(api: Json): Json {
        const portals = [...this.apiPublications.keys()]
            .filter((key) => key.startsWith(`${api.id}/`))
            .map((key) => this.portals.get(key.slice(api.id.length + 1)))
            .filter((portal): portal is Json => portal !== undefined)
            .map((portal) => ({ id: portal.id, name: portal.name, display_name: portal.display_name }));
        return { ...api, portals };
    }

    private publication(apiId: string, portalId: string): Json {
        this.api(apiId);
        return this.stored(this.apiPublications, "API publication", `${apiId}/${portalId}`);
    }

    /** The ids, after checking each names an existing strategy (400 missing_reference otherwise). */
    private existingStrategies(ids: string[], field: string): string[] {
        for (const id of ids) {
            if (!this.authStrategies.has(id)) {
                throw this.badRequest([
                    {
                        field,
                        rule: "missing_reference",
                        reason: `application auth strategy [${id}] does not exist`,
                        source: "body",
                    },
                ]);
            }
        }
        return [...ids];
    }

    private putPublication(apiId: string, portalId: string, body: Json): Reply {
        this.api(apiId);
        const portal = this.portal("v3", portalId);
        const existing = this.apiPublications.get(`${apiId}/${portalId}`);
        const now = new Date().toISOString();
        const strategies =
            "auth_strategy_ids" in body
                ? body.auth_strategy_ids === null
                    ? null
                    : this.existingStrategies(body.auth_strategy_ids, "auth_strategy_ids")
                : portal.default_application_auth_strategy_id
                  ? [portal.default_application_auth_strategy_id]
                  : null;
        const publication = {
            auto_approve_registrations: body.auto_approve_registrations ?? false,
            auth_strategy_ids: strategies,
            visibility: body.visibility ?? "private",
            created_at: existing?.created_at ?? now,
            updated_at: now,
        };
        this.apiPublications.set(`${apiId}/${portalId}`, publication);
        return { status: 200, body: publication };
    }

    private deletePublication(apiId: string, portalId: string): Reply {
        this.publication(apiId, portalId);
        this.apiPublications.delete(`${apiId}/${portalId}`);
        return { status: 204 };
    }

    private productVersion(portalId: string, productVersionId: string): Json {
        this.portal("classic", portalId);
        const key = `${portalId}/${productVersionId}`;
        return this.stored(this.portalProductVersions, "Portal product version", key, productVersionId);
    }

    private writeProductVersion(call: Call): Reply {
        const stored = this.productVersion(call.params.portalId, call.params.productVersionId);
        const { notify_developers: _notify, ...fields } = call.body as Json;
        if ("auth_strategy_ids" in fields) {
            fields.auth_strategy_ids = this.existingStrategies(fields.auth_strategy_ids ?? [], "auth_strategy_ids");
        }
        // PATCH merges; a PUT's body carries every writable field (the spec requires them all), so assigning serves both.
        Object.assign(stored, fields, { updated_at: new Date().toISOString() });
        return { status: 200, body: this.productVersionView(stored) };
    }

    /** A stored product version as the API shows it: strategies as `auth_strategies` summaries. */
    private productVersionView(stored: Json): Json {
        const { auth_strategy_ids: ids, ...view } = stored;
        return {
            ...view,
            auth_strategies: (ids as string[]).map((id) => {
                const strategy = this.authStrategies.get(id);
                if (strategy?.strategy_type === "key_auth") {
                    return {
                        id,
                        name: strategy.name,
                        credential_type: "key_auth",
                        key_names: strategy.configs?.["key-auth"]?.key_names ?? [],
                    };
                }
                return {
                    id,
                    name: strategy?.name ?? "deleted",
                    credential_type: "client_credentials",
                    auth_methods: strategy?.configs?.["openid-connect"]?.auth_methods ?? [],
                };
            }),
        };
    }

    /** What names strategy `id` among API publications and product versions, for 409 messages. */
    private publicationsUsing(id: string): string[] {
        const users: string[] = [];
        for (const [key, publication] of this.apiPublications) {
            if ((publication.auth_strategy_ids ?? []).includes(id)) users.push(`API publication [${key}]`);
        }
        for (const [key, version] of this.portalProductVersions) {
            if (version.auth_strategy_ids.includes(id)) users.push(`portal product version [${key}]`);
        }
        return users;
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
            strategy.active =
                portals.some((p) => p.default_application_auth_strategy_id === strategy.id) ||
                this.publicationsUsing(strategy.id).length > 0;
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

/** The token of an `Authorization: Bearer <token>` header. */
function bearer(authorization: string | undefined): string | undefined {
    return /^Bearer (.+)$/i.exec(authorization ?? "")?.[1];
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

/** `configs` with the server-filled field added to an `openid-connect` object (see the module comment). */
function withServerFilled(id: string, configs: Json): Json {
    const oidc = configs?.["openid-connect"];
    return oidc
        ? { ...configs, "openid-connect": { ...oidc, [SERVER_FILLED_OIDC_FIELD]: `plg-${id.slice(0, 8)}` } }
        : configs;
}
