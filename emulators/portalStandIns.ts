/**
 * Local stand-ins for what the smoke run talks to, on 127.0.0.1 ports chosen by the OS:
 *
 * - `PortalStandIn`: the Dev Portal developer API (cookie sessions, applications, registrations). Every
 *   request is checked against `dev-portal/v3/openapi.yaml` (operation, query names, path parameters,
 *   body) and so is every response it sends; anything off the document lands in `violations`.
 * - `IssuerStandIn`: an Auth0-like OIDC issuer: discovery (issuer with a trailing slash), JWKS, and
 *   `/oauth/token` issuing RS256 JWTs with `azp` = client id for the requested audience, but only to
 *   client ids and secrets the portal stand-in created, as Konnect's DCR does in Auth0.
 * - `GatewayStandIn`: a route that accepts credentials only as Kong's OpenID Connect plugin would: Basic
 *   (exchanged at the issuer with the strategy's audience) or Bearer, a valid signature, issuer and
 *   audience (else 401), and an `azp` that maps to an application approved for the API (else 403).
 */
import http from "http";
import { AddressInfo } from "net";
import { randomBytes, randomUUID } from "crypto";
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, JWTVerifyGetKey, KeyLike, SignJWT } from "jose";
import { MatchedOperation, PortalSpec, RequestProblem } from "./portalSpec";

/** What a handler answers. */
interface Reply {
    readonly status: number;
    readonly body?: unknown;
    readonly headers?: Record<string, string | string[]>;
}

interface IncomingRequest {
    readonly method: string;
    readonly url: URL;
    readonly headers: http.IncomingHttpHeaders;
    readonly body: string;
}

/** A started HTTP server on 127.0.0.1. */
interface Listening {
    readonly url: string;
    close(): Promise<void>;
}

async function listen(handler: (req: IncomingRequest) => Promise<Reply>): Promise<Listening> {
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
            const request = {
                method: req.method ?? "GET",
                url: new URL(req.url ?? "/", "http://127.0.0.1"),
                headers: req.headers,
                body: Buffer.concat(chunks).toString("utf8"),
            };
            handler(request)
                .catch((error: Error): Reply => ({
                    status: 500,
                    body: { message: `stand-in error: ${error.message}` },
                }))
                .then((reply) => {
                    const json = reply.body !== undefined;
                    const contentType =
                        reply.status >= 400 && json && (reply.body as { title?: unknown }).title !== undefined
                            ? "application/problem+json"
                            : "application/json";
                    res.writeHead(reply.status, { ...(json ? { "content-type": contentType } : {}), ...reply.headers });
                    res.end(json ? JSON.stringify(reply.body) : undefined);
                });
        });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
}

const secret = (bytes: number) => randomBytes(bytes).toString("base64url");
const now = () => new Date().toISOString();

/** A problem+json body as the portal sends it. */
function problem(status: number, title: string, detail: string, invalid?: readonly RequestProblem[]): Reply {
    const body = {
        status,
        title,
        type: `https://httpstatuses.com/${status}`,
        instance: `kong:trace:${randomBytes(6).readUIntBE(0, 6)}`,
        detail,
        ...(invalid ? { invalid_parameters: invalid } : {}),
    };
    return { status, body };
}

// ---------------------------------------------------------------------------------------------------
// Portal developer API

export interface DeveloperAccount {
    readonly email: string;
    readonly password: string;
}

export interface StandInStrategy {
    readonly id: string;
    readonly name: string;
    readonly authMethods: readonly string[];
}

/** How registrations for an API are decided: at once, never (until `approve`), or after N status polls. */
export type Approval = "auto" | "manual" | { readonly pendingPolls: number };

export interface StandInApi {
    readonly id: string;
    readonly name: string;
    readonly slug: string;
    readonly authStrategyIds: readonly string[];
    readonly approval: Approval;
}

export interface StandInRegistration {
    readonly id: string;
    readonly apiId: string;
    status: "approved" | "pending" | "rejected" | "revoked";
    pollsLeft?: number;
    readonly createdAt: string;
    updatedAt: string;
}

export interface StandInApplication {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly redirectUri: string | null;
    readonly clientId: string;
    readonly clientSecret: string;
    readonly strategy: StandInStrategy;
    readonly createdAt: string;
    readonly registrations: Map<string, StandInRegistration>;
}

/** An injected failure of `POST /api/v3/applications`: before or after the application is stored. */
export type CreateFault = "before-create" | "after-create";

export interface PortalOptions {
    readonly developer: DeveloperAccount;
    readonly strategies: readonly StandInStrategy[];
    readonly defaultStrategyId?: string;
    readonly apis: readonly StandInApi[];
}

export class PortalStandIn {
    /** Live applications by id; what the smoke run leaves behind is what remains here. */
    readonly applications = new Map<string, StandInApplication>();
    /** Every application ever created, including deleted ones. */
    readonly created: StandInApplication[] = [];
    /** Requests or responses that did not match the Portal API document. */
    readonly violations: string[] = [];
    /** Every session cookie value handed out. */
    readonly issuedCookies: string[] = [];
    /** `METHOD /path` of every request, in order. */
    readonly requests: string[] = [];
    /** Failures for the next creates, consumed in order. */
    readonly createFaults: CreateFault[] = [];
    /** Answer every delete with 503, as a portal outage during cleanup would. */
    failDeletes = false;
    private readonly sessions = new Set<string>();

    constructor(
        readonly url: string,
        private readonly spec: PortalSpec,
        readonly options: PortalOptions,
    ) {}

    /** Invalidates every session, as an expired access token would. */
    expireSessions(): void {
        this.sessions.clear();
    }

    /** The live application with this client id (what Auth0 knows through DCR). */
    findByClientId(clientId: string): StandInApplication | undefined {
        return [...this.applications.values()].find((a) => a.clientId === clientId);
    }

    /** Approves a pending registration of `applicationId` for `apiId`. */
    approve(applicationId: string, apiId: string): void {
        const registration = this.applications.get(applicationId)?.registrations.get(apiId);
        if (registration) registration.status = "approved";
    }

    async handle(req: IncomingRequest): Promise<Reply> {
        this.requests.push(`${req.method} ${req.url.pathname}`);
        const op = this.spec.match(req.method, req.url.pathname);
        if (!op) {
            this.violations.push(`no operation ${req.method} ${req.url.pathname}`);
            return problem(404, "Not Found", `no operation ${req.method} ${req.url.pathname}`);
        }
        let body: unknown;
        if (req.body !== "") {
            try {
                body = JSON.parse(req.body);
            } catch {
                this.violations.push(`${op.operationId}: body is not JSON`);
                return problem(400, "Bad Request", "Invalid Parameters", [
                    { field: "body", rule: "invalid", reason: "is not JSON", source: "body" },
                ]);
            }
        }
        const requestProblems = this.spec.validateRequest(op, req.url.searchParams, body);
        if (requestProblems.length > 0) {
            this.violations.push(
                ...requestProblems.map((p) => `${op.operationId}: ${p.source} ${p.field} ${p.reason}`),
            );
            return problem(400, "Bad Request", "Invalid Parameters", requestProblems);
        }
        if (op.requiresSession && !this.sessions.has(cookie(req.headers.cookie, "portalaccesstoken") ?? "")) {
            return this.checked(op, problem(401, "Unauthorized", "Invalid credentials"));
        }
        const { reply, fault } = await this.dispatch(op, req.url.searchParams, body as Record<string, unknown>);
        // Injected failures are outside the document on purpose; everything else must match it.
        return fault ? reply : this.checked(op, reply);
    }

    private checked(op: MatchedOperation, reply: Reply): Reply {
        this.violations.push(...this.spec.validateResponse(op, reply.status, reply.body));
        return reply;
    }

    private async dispatch(
        op: MatchedOperation,
        query: URLSearchParams,
        body: Record<string, unknown>,
    ): Promise<{ reply: Reply; fault?: boolean }> {
        const app =
            op.pathParams.applicationId === undefined ? undefined : this.applications.get(op.pathParams.applicationId);
        const needsApp = op.pathParams.applicationId !== undefined;
        if (needsApp && !app)
            return { reply: problem(404, "Not Found", `application ${op.pathParams.applicationId} not found`) };
        switch (op.operationId) {
            case "authenticate":
                return { reply: this.authenticate(body) };
            case "create-application":
                return this.createApplication(body);
            case "list-applications":
                return { reply: this.listApplications(query) };
            case "get-application":
                return { reply: { status: 200, body: applicationView(app!) } };
            case "delete-application":
                if (this.failDeletes)
                    return { reply: problem(503, "Service Unavailable", "try again later"), fault: true };
                this.applications.delete(app!.id);
                return { reply: { status: 204 } };
            case "fetch-api":
                return { reply: this.fetchApi(op.pathParams.apiIdOrSlug) };
            case "create-application-registration":
                return { reply: this.register(app!, String(body.api_id)) };
            case "get-application-registration":
                return { reply: this.getRegistration(app!, op.pathParams.registrationId) };
            default:
                this.violations.push(`the stand-in does not implement ${op.operationId}`);
                return { reply: { status: 501 }, fault: true };
        }
    }

    private authenticate(body: Record<string, unknown>): Reply {
        const { email, password } = this.options.developer;
        if (body.username !== email || body.password !== password)
            return problem(401, "Unauthorized", "Invalid credentials");
        const access = secret(24);
        this.sessions.add(access);
        this.issuedCookies.push(access);
        return {
            status: 204,
            headers: {
                "set-cookie": [
                    `portalaccesstoken=${access}; Path=/; HttpOnly; Secure; SameSite=None`,
                    `portalrefreshtoken=${secret(24)}; Path=/api/v3/developer/refresh; HttpOnly; Secure; SameSite=None`,
                ],
            },
        };
    }

    private createApplication(body: Record<string, unknown>): { reply: Reply; fault?: boolean } {
        const strategyId = (body.auth_strategy_id as string | null | undefined) ?? this.options.defaultStrategyId;
        const strategy = this.options.strategies.find((s) => s.id === strategyId);
        if (!strategy) {
            return {
                reply: problem(400, "Bad Request", "Invalid Parameters", [
                    {
                        field: "auth_strategy_id",
                        rule: "invalid",
                        reason: "is not an auth strategy of this portal",
                        source: "body",
                    },
                ]),
            };
        }
        if ([...this.applications.values()].some((a) => a.name === body.name)) {
            return { reply: problem(409, "Conflict", `an application named ${String(body.name)} exists`) };
        }
        const fault = this.createFaults.shift();
        if (fault === "before-create")
            return { reply: problem(500, "Internal Server Error", "create failed"), fault: true };
        const app: StandInApplication = {
            id: randomUUID(),
            name: String(body.name),
            description: String(body.description ?? ""),
            redirectUri: (body.redirect_uri as string | undefined) ?? null,
            clientId: secret(24),
            clientSecret: secret(48),
            strategy,
            createdAt: now(),
            registrations: new Map(),
        };
        this.applications.set(app.id, app);
        this.created.push(app);
        // The application exists, yet the caller sees a failure and never learns its id or secret.
        if (fault === "after-create")
            return { reply: problem(500, "Internal Server Error", "create failed"), fault: true };
        return { reply: { status: 201, body: { ...applicationView(app), client_secret: app.clientSecret } } };
    }

    private listApplications(query: URLSearchParams): Reply {
        const name = query.get("filter[name][eq]") ?? query.get("filter[name]");
        const size = Number(query.get("page[size]") ?? 10);
        const number = Number(query.get("page[number]") ?? 1);
        const all = [...this.applications.values()].filter((a) => name === null || a.name === name);
        const page = all.slice((number - 1) * size, number * size);
        return {
            status: 200,
            body: { data: page.map(applicationView), meta: { page: { number, size, total: all.length } } },
        };
    }

    private fetchApi(idOrSlug: string): Reply {
        const api = this.options.apis.find((a) => a.id === idOrSlug || a.slug === idOrSlug);
        if (!api) return problem(404, "Not Found", `API ${idOrSlug} not found`);
        const strategies = this.options.strategies.filter((s) => api.authStrategyIds.includes(s.id));
        return {
            status: 200,
            body: {
                id: api.id,
                created_at: now(),
                updated_at: now(),
                name: api.name,
                version: "v1",
                description: null,
                visibility: "public",
                slug: api.slug,
                specifications: [],
                attributes: {},
                auth_strategies: strategies.map((s) => ({
                    id: s.id,
                    name: s.name,
                    credential_type: "client_credentials",
                    auth_methods: [...s.authMethods],
                })),
            },
        };
    }

    private register(app: StandInApplication, apiId: string): Reply {
        const api = this.options.apis.find((a) => a.id === apiId);
        if (!api) return problem(404, "Not Found", `API ${apiId} not found`);
        if (!api.authStrategyIds.includes(app.strategy.id)) {
            return problem(400, "Bad Request", "Invalid Parameters", [
                {
                    field: "api_id",
                    rule: "invalid",
                    reason: "does not accept the application's auth strategy",
                    source: "body",
                },
            ]);
        }
        if (app.registrations.has(apiId)) return problem(409, "Conflict", "already registered");
        const approval = api.approval;
        const registration: StandInRegistration = {
            id: randomUUID(),
            apiId,
            status: approval === "auto" ? "approved" : "pending",
            pollsLeft: typeof approval === "object" ? approval.pendingPolls : undefined,
            createdAt: now(),
            updatedAt: now(),
        };
        app.registrations.set(apiId, registration);
        return { status: 201, body: registrationView(app, api, registration) };
    }

    private getRegistration(app: StandInApplication, registrationId: string): Reply {
        const registration = [...app.registrations.values()].find((r) => r.id === registrationId);
        if (!registration) return problem(404, "Not Found", `registration ${registrationId} not found`);
        if (
            registration.status === "pending" &&
            registration.pollsLeft !== undefined &&
            --registration.pollsLeft <= 0
        ) {
            registration.status = "approved";
            registration.updatedAt = now();
        }
        const api = this.options.apis.find((a) => a.id === registration.apiId)!;
        return { status: 200, body: registrationView(app, api, registration) };
    }
}

function applicationView(app: StandInApplication) {
    return {
        id: app.id,
        name: app.name,
        client_id: app.clientId,
        description: app.description,
        redirect_uri: app.redirectUri,
        auth_strategy: {
            id: app.strategy.id,
            name: app.strategy.name,
            credential_type: "client_credentials",
            auth_methods: [...app.strategy.authMethods],
        },
        created_at: app.createdAt,
        updated_at: app.createdAt,
    };
}

function registrationView(app: StandInApplication, api: StandInApi, r: StandInRegistration) {
    return {
        id: r.id,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
        status: r.status,
        api_name: api.name,
        api_id: api.id,
        api_slug: api.slug,
        application_id: app.id,
    };
}

/** The value of cookie `name` in a Cookie header. */
function cookie(header: string | undefined, name: string): string | undefined {
    for (const part of (header ?? "").split(";")) {
        const [key, ...rest] = part.trim().split("=");
        if (key === name) return rest.join("=");
    }
    return undefined;
}

// ---------------------------------------------------------------------------------------------------
// OIDC issuer

export interface IssuerOptions {
    /** Audiences DCR clients have a grant for; others get Auth0's 403 "Client is not authorized". */
    readonly grantedAudiences: readonly string[];
    /** Put `azp` = client id into tokens (Auth0 does); false to prove what a missing claim does. */
    readonly includeAzp: boolean;
}

export class IssuerStandIn {
    /** Every access token issued, to scan output for. */
    readonly issuedTokens: string[] = [];
    private kid = secret(8);

    constructor(
        readonly url: string,
        private readonly portal: PortalStandIn,
        readonly options: IssuerOptions,
        private readonly keys: { privateKey: KeyLike; publicKey: KeyLike },
    ) {}

    /** The issuer as Auth0's discovery document and its tokens state it: with a trailing slash. */
    get issuer(): string {
        return `${this.url}/`;
    }

    async handle(req: IncomingRequest): Promise<Reply> {
        const path = req.url.pathname;
        if (req.method === "GET" && path === "/.well-known/openid-configuration") {
            return {
                status: 200,
                body: {
                    issuer: this.issuer,
                    token_endpoint: `${this.url}/oauth/token`,
                    jwks_uri: `${this.url}/.well-known/jwks.json`,
                    grant_types_supported: ["client_credentials"],
                    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
                    id_token_signing_alg_values_supported: ["RS256"],
                },
            };
        }
        if (req.method === "GET" && path === "/.well-known/jwks.json") {
            return {
                status: 200,
                body: {
                    keys: [{ ...(await exportJWK(this.keys.publicKey)), kid: this.kid, alg: "RS256", use: "sig" }],
                },
            };
        }
        if (req.method === "POST" && path === "/oauth/token") return this.token(req);
        return { status: 404, body: { error: "not_found" } };
    }

    private async token(req: IncomingRequest): Promise<Reply> {
        const type = req.headers["content-type"] ?? "";
        const params: Record<string, string> = type.startsWith("application/json")
            ? JSON.parse(req.body)
            : Object.fromEntries(new URLSearchParams(req.body));
        let { client_id: clientId, client_secret: clientSecret } = params;
        const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "");
        if (basic) [clientId, clientSecret] = Buffer.from(basic[1], "base64").toString("utf8").split(":");
        if (params.grant_type !== "client_credentials")
            return { status: 400, body: { error: "unsupported_grant_type" } };
        const app = clientId ? this.portal.findByClientId(clientId) : undefined;
        if (!app || app.clientSecret !== clientSecret)
            return { status: 401, body: { error: "access_denied", error_description: "Unauthorized" } };
        const audience = params.audience;
        if (!this.options.grantedAudiences.includes(audience)) {
            return {
                status: 403,
                body: {
                    error: "access_denied",
                    error_description: `Client is not authorized to access "${audience}". You need to create a "client-grant" associated to this API.`,
                },
            };
        }
        const token = await new SignJWT({
            gty: "client-credentials",
            ...(this.options.includeAzp ? { azp: clientId } : {}),
        })
            .setProtectedHeader({ alg: "RS256", kid: this.kid, typ: "JWT" })
            .setIssuer(this.issuer)
            .setSubject(`${clientId}@clients`)
            .setAudience(audience)
            .setIssuedAt()
            .setExpirationTime("1h")
            .sign(this.keys.privateKey);
        this.issuedTokens.push(token);
        return { status: 200, body: { access_token: token, token_type: "Bearer", expires_in: 3600 } };
    }
}

// ---------------------------------------------------------------------------------------------------
// Gateway route

export interface GatewayOptions {
    /** Audience the route's strategy requests at the issuer (token_post_args) and checks in tokens. */
    readonly audience: string;
    /** API behind the route: the application must be registered and approved for it. */
    readonly apiId?: string;
    /** Calls refused with 401 before the gateway "has synced" the application. */
    unsyncedCalls: number;
}

export class GatewayStandIn {
    /** Authorization headers seen, to check what the smoke run sent. */
    readonly authorizations: string[] = [];
    private jwks: JWTVerifyGetKey | undefined;

    constructor(
        readonly url: string,
        private readonly issuer: IssuerStandIn,
        private readonly portal: PortalStandIn,
        readonly options: GatewayOptions,
    ) {}

    get routeUrl(): string {
        return `${this.url}/orders`;
    }

    async handle(req: IncomingRequest): Promise<Reply> {
        if (req.url.pathname !== "/orders")
            return { status: 404, body: { message: "no Route matched with those values" } };
        const authorization = req.headers.authorization ?? "";
        this.authorizations.push(authorization);
        const unauthorized = (error?: string): Reply => ({
            status: 401,
            body: { message: "Unauthorized" },
            headers: { "www-authenticate": `Bearer realm="kong"${error ? `, error="${error}"` : ""}` },
        });
        let token: string;
        const basic = /^Basic (.+)$/.exec(authorization);
        const bearer = /^Bearer (.+)$/.exec(authorization);
        if (basic) {
            // client_credentials auth method: the gateway exchanges the pair at the issuer itself.
            const [clientId, clientSecret] = Buffer.from(basic[1], "base64").toString("utf8").split(":");
            const discovery = (await (await fetch(`${this.issuer.url}/.well-known/openid-configuration`)).json()) as {
                token_endpoint: string;
            };
            const response = await fetch(discovery.token_endpoint, {
                method: "POST",
                headers: { "content-type": "application/x-www-form-urlencoded" },
                body: new URLSearchParams({
                    grant_type: "client_credentials",
                    client_id: clientId,
                    client_secret: clientSecret,
                    audience: this.options.audience,
                }),
            });
            if (response.status !== 200) return unauthorized();
            token = ((await response.json()) as { access_token: string }).access_token;
        } else if (bearer) {
            token = bearer[1];
        } else {
            return unauthorized();
        }
        let azp: unknown;
        try {
            this.jwks ??= createRemoteJWKSet(new URL(`${this.issuer.url}/.well-known/jwks.json`));
            const { payload } = await jwtVerify(token, this.jwks, {
                issuer: this.issuer.issuer,
                audience: this.options.audience,
                algorithms: ["RS256"],
            });
            azp = payload.azp;
        } catch {
            return unauthorized("invalid_token");
        }
        if (this.options.unsyncedCalls > 0) {
            this.options.unsyncedCalls--;
            return unauthorized();
        }
        // Consumer claim azp: the token must map to an application, approved for the API when there is one.
        const app = typeof azp === "string" ? this.portal.findByClientId(azp) : undefined;
        if (!app) return { status: 403, body: { message: "Forbidden" } };
        if (this.options.apiId !== undefined && app.registrations.get(this.options.apiId)?.status !== "approved") {
            return { status: 403, body: { message: "You cannot consume this service" } };
        }
        return { status: 200, body: { orders: [] } };
    }
}

// ---------------------------------------------------------------------------------------------------
// All three together

export interface StandInOptions {
    readonly approval?: Approval;
    /** Strategies the API is published with; default: the stack's strategy. */
    readonly apiStrategyIds?: readonly string[];
    readonly authMethods?: readonly string[];
    readonly grantedAudiences?: readonly string[];
    readonly includeAzp?: boolean;
    /** Audience the gateway's strategy uses; default: the stack's audience. */
    readonly gatewayAudience?: string;
    /** Whether the route requires a registration for the API (default true). */
    readonly routeRequiresRegistration?: boolean;
    readonly unsyncedCalls?: number;
}

export interface StandIns {
    readonly portal: PortalStandIn;
    readonly issuer: IssuerStandIn;
    readonly gateway: GatewayStandIn;
    readonly strategyId: string;
    readonly apiId: string;
    readonly audience: string;
    readonly developer: DeveloperAccount;
    close(): Promise<void>;
}

let sharedSpec: PortalSpec | undefined;
let sharedKeys: Promise<{ privateKey: KeyLike; publicKey: KeyLike }> | undefined;

/** Starts the portal, issuer and gateway stand-ins wired to each other. */
export async function startStandIns(options: StandInOptions = {}): Promise<StandIns> {
    sharedSpec ??= new PortalSpec();
    sharedKeys ??= generateKeyPair("RS256");
    const strategyId = randomUUID();
    const apiId = randomUUID();
    const audience = "https://api.dev.acme.test/portal";
    const developer = { email: "smoke@acme.test", password: `pw ${secret(12)}!` };
    // Handlers are bound late: each stand-in needs the others' URLs, known only once all listen.
    /* eslint-disable prefer-const -- assigned once, after the servers the handlers above close over listen */
    let portal!: PortalStandIn;
    let issuer!: IssuerStandIn;
    let gateway!: GatewayStandIn;
    /* eslint-enable prefer-const */
    const servers = await Promise.all([
        listen((req) => portal.handle(req)),
        listen((req) => issuer.handle(req)),
        listen((req) => gateway.handle(req)),
    ]);
    portal = new PortalStandIn(servers[0].url, sharedSpec, {
        developer,
        strategies: [
            {
                id: strategyId,
                name: "Auth0",
                authMethods: options.authMethods ?? ["client_credentials", "bearer", "session"],
            },
            { id: randomUUID(), name: "Key auth", authMethods: ["bearer"] },
        ],
        defaultStrategyId: strategyId,
        apis: [
            {
                id: apiId,
                name: "Orders",
                slug: "orders-v1",
                authStrategyIds: options.apiStrategyIds ?? [strategyId],
                approval: options.approval ?? "auto",
            },
        ],
    });
    issuer = new IssuerStandIn(
        servers[1].url,
        portal,
        { grantedAudiences: options.grantedAudiences ?? [audience], includeAzp: options.includeAzp ?? true },
        await sharedKeys,
    );
    gateway = new GatewayStandIn(servers[2].url, issuer, portal, {
        audience: options.gatewayAudience ?? audience,
        apiId: options.routeRequiresRegistration === false ? undefined : apiId,
        unsyncedCalls: options.unsyncedCalls ?? 0,
    });
    return {
        portal,
        issuer,
        gateway,
        strategyId,
        apiId,
        audience,
        developer,
        close: async () => {
            await Promise.all(servers.map((s) => s.close()));
        },
    };
}
