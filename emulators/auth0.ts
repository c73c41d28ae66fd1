/**
 * A local stand-in for one Auth0 tenant over TLS, for tests and the engine suite: the Authentication API's
 * client-credentials token endpoint, the Management API objects the stack manages (clients, client grants,
 * resource servers) and the OIDC discovery document with its JWKS.
 *
 * Clients reach it under the tenant's real name (`https://<domain>`) through a CONNECT proxy that tunnels only
 * that host (see `tls.ts`); `env` is what a child process (the Pulumi engine and its Go plugin, the post-deploy
 * verification) needs for that. Request bodies are checked against the request types the `auth0` npm package
 * publishes (`auth0Schema.ts`), so an unknown property is refused as Auth0 refuses it.
 *
 * Shapes, statuses and messages come from Auth0's recorded tenant traffic (terraform-provider-auth0's
 * `test/data/recordings`) where it shows them. Where it does not, the behaviour is decided here:
 * - a grant's audience must be an existing resource server (404 `No resource with identifier <audience>`, the
 *   message Auth0 gives for it) and its scopes must be defined by that server (400, Auth0's message
 *   "scope must be a subset of resource server scopes"); the `errorCode`s of both, of the 409 on a duplicate
 *   grant and of the 400 on deleting the system API are this emulator's choice;
 * - deleting a client or a resource server deletes the grants that name it;
 * - only the admin client given at start gets tokens, and the clients a test lets with `allowTokens`; a token
 *   carries the scopes of its client's grant on the Management API, and each route needs the scope Auth0
 *   documents for it (403 `insufficient_scope`);
 *   without `read:client_keys` a client's `client_secret` is left out of responses, as Auth0 does.
 * - every Management API response carries `x-ratelimit-limit/remaining/reset`; injected 429s have remaining 0.
 */
import { randomBytes } from "crypto";
import * as http from "http";
import * as https from "https";
import type { AddressInfo } from "net";
import { exportJWK, generateKeyPair, jwtVerify, SignJWT } from "jose";
import type { KeyLike } from "jose";
import { Answer, countGetsAndWrites, FaultMatch, FaultQueue, readBody, Reply, send } from "./emulatorSupport";
import { payloadProblem, RequestBodyName, requestBodyShape } from "./auth0Schema";
import {
    ConnectProxy,
    createThrowawayCertificates,
    proxyEnvironment,
    ProxyEnvironment,
    startConnectProxy,
    ThrowawayCertificates,
} from "./tls";
import { auth0DiscoveryDocument } from "./auth0Discovery";

/** One request as the emulator received it: never a body, header or query value (they may carry secrets). */
export interface Auth0RecordedRequest {
    readonly method: string;
    /** The path without the query string. */
    readonly path: string;
    /** The route it matched, e.g. `PATCH /api/v2/clients/{id}`; the path itself when none matched. */
    readonly route: string;
    /** The status answered; 0 when the connection was dropped. */
    status: number;
}

/** A failure to inject into the next matching requests (the request is not processed). */
export interface Auth0FaultSpec extends FaultMatch {
    /** The status to answer (default 500); 429 comes with Auth0's rate-limit headers. */
    status?: number;
    /** "status" (default) answers `status`; "reset" destroys the connection without an answer. */
    kind?: "status" | "reset";
    /** For 429: seconds until `x-ratelimit-reset` (default 1). */
    resetAfterSeconds?: number;
}

export interface Auth0EmulatorOptions {
    /** The tenant's canonical domain, e.g. `acme-dev.us.auth0.com`. */
    domain: string;
    /** The application Pulumi uses; the only one that gets tokens. */
    adminClient: {
        clientId: string;
        clientSecret: string;
        /** Its Management API scopes; default: every scope the seeded Management API defines. */
        scopes?: readonly string[];
    };
}

/** The content type of this emulator's JSON bodies, by status. */
const contentType = () => "application/json; charset=utf-8";

type Json = Record<string, any>;

export interface Auth0Emulator {
    readonly domain: string;
    /** `https://<domain>`: reachable through the proxy in `env`. */
    readonly url: string;
    /** The TLS port on 127.0.0.1. */
    readonly port: number;
    /** `https://<domain>/` as the discovery document and tokens carry it. */
    readonly issuer: string;
    /** `https://<domain>/api/v2/`. */
    readonly managementApiAudience: string;
    /** The CA certificate (PEM) that signed the server certificate. */
    readonly caPem: string;
    /** Environment for a child process: `HTTPS_PROXY`, `NO_PROXY`, `SSL_CERT_FILE`, `NODE_EXTRA_CA_CERTS`, `NODE_USE_ENV_PROXY`. */
    readonly env: ProxyEnvironment;
    /** The CONNECT proxy (its `connects` log shows which hosts were asked for). */
    readonly proxy: ConnectProxy;
    /** Every request, in order of arrival. */
    readonly requests: Auth0RecordedRequest[];
    /** Empties `requests` and the proxy's `connects`. */
    resetRequests(): void;
    /** Recorded GETs and writes (POST, PATCH, PUT, DELETE). */
    counts(): { get: number; write: number };
    /** Recorded requests per route (`POST /api/v2/clients`: 1, …). */
    countsByRoute(): Record<string, number>;
    /** Queues a fault; faults apply before normal processing, in injection order. */
    injectFault(fault: Auth0FaultSpec): void;
    clearFaults(): void;
    /** Back to the seeded tenant: the Management API, the admin client and its grant; no faults, no requests. */
    reset(): void;
    /** Copies of the stored objects as the API returns them (client secrets included). */
    clients(): Json[];
    grants(): Json[];
    resourceServers(): Json[];
    /** Rotates a client's secret out of band (as the dashboard would); returns the new secret. */
    rotateSecret(clientId: string): string;
    /** Adds an object made by hand (as the dashboard would, the body in the Management API's form); returns it. */
    addResourceServer(body: Json): Json;
    addClient(body: Json): Json;
    addGrant(body: Json): Json;
    /**
     * Lets a client added with `addClient` get Management API tokens (client credentials) as the admin client
     * does, with the scopes of its own grant: a second Machine-to-Machine app, e.g. a read-only one. `reset` forgets it.
     */
    allowTokens(clientId: string): void;
    close(): Promise<void>;
}

/** The Management API's scopes the seeded tenant defines (a subset of a real tenant's ~180), with Auth0's descriptions. */
const MANAGEMENT_API_SCOPES: readonly [string, string][] = [
    ["read:client_grants", "Read Client Grants"],
    ["create:client_grants", "Create Client Grants"],
    ["delete:client_grants", "Delete Client Grants"],
    ["update:client_grants", "Update Client Grants"],
    ["read:clients", "Read Clients"],
    ["update:clients", "Update Clients"],
    ["delete:clients", "Delete Clients"],
    ["create:clients", "Create Clients"],
    ["read:client_keys", "Read Client Keys"],
    ["update:client_keys", "Update Client Keys"],
    ["delete:client_keys", "Delete Client Keys"],
    ["create:client_keys", "Create Client Keys"],
    ["read:resource_servers", "Read Resource Servers"],
    ["update:resource_servers", "Update Resource Servers"],
    ["delete:resource_servers", "Delete Resource Servers"],
    ["create:resource_servers", "Create Resource Servers"],
    ["read:tenant_settings", "Read Tenant Settings"],
    ["update:tenant_settings", "Update Tenant Settings"],
    ["read:client_credentials", "Read Client Credentials"],
    ["create:client_credentials", "Create Client Credentials"],
    ["update:client_credentials", "Update Client Credentials"],
    ["delete:client_credentials", "Delete Client Credentials"],
    ["read:users", "Read Users"],
];

/** Auth0's defaults for a new client's grant types and refresh token settings (recorded create responses). */
const DEFAULT_GRANT_TYPES = ["authorization_code", "implicit", "refresh_token", "client_credentials"];
const DEFAULT_REFRESH_TOKEN = {
    rotation_type: "non-rotating",
    expiration_type: "non-expiring",
    leeway: 0,
    token_lifetime: 31557600,
    infinite_token_lifetime: true,
    infinite_idle_token_lifetime: true,
    idle_token_lifetime: 2592000,
};
const RATE_LIMIT = 50;
const TOKEN_LIFETIME_SECONDS = 86400;
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Auth0's Management API error body. */
function apiError(status: number, message: string, errorCode?: string): Answer {
    return new Answer({
        status,
        body: {
            statusCode: status,
            error: http.STATUS_CODES[status] ?? "Error",
            message,
            ...(errorCode ? { errorCode } : {}),
        },
    });
}

const invalidBody = (message: string) => apiError(400, message, "invalid_body");
const noClient = () => apiError(404, "The client does not exist", "inexistent_client");
const noResourceServer = () => apiError(404, "The resource server does not exist", "inexistent_resource_server");
const noGrant = () => apiError(404, "The client grant does not exist", "inexistent_client_grant");

/** The Authentication API's OAuth error body. */
function oauthError(status: number, error: string, description: string): Reply {
    return { status, body: { error, error_description: description } };
}

function randomString(length: number, alphabet = ALPHANUMERIC): string {
    const bytes = randomBytes(length);
    return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

const newClientSecret = () => randomBytes(48).toString("base64url");
const copy = <T>(value: T): T => structuredClone(value);

/** A matched Management API call. */
interface Call {
    method: string;
    params: Record<string, string>;
    query: URLSearchParams;
    body: any;
    scopes: Set<string>;
}

interface Route {
    method: string;
    pattern: string;
    regex: RegExp;
    /** The scope Auth0 requires (any of them). */
    scopes: readonly string[];
    body?: RequestBodyName;
    handle(call: Call): Reply;
}

/** Starts the emulator: certificates, the TLS server on 127.0.0.1 and the CONNECT proxy for `domain`. */
export async function startAuth0Emulator(options: Auth0EmulatorOptions): Promise<Auth0Emulator> {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(options.domain)) {
        throw new Error(
            `startAuth0Emulator: domain must be a bare host name such as acme-dev.us.auth0.com, got "${options.domain}"`,
        );
    }
    const certificates = await createThrowawayCertificates([options.domain]);
    try {
        const { privateKey, publicKey } = await generateKeyPair("RS256");
        const emulator = new Emulator(options, certificates, privateKey, publicKey);
        await emulator.start();
        return emulator;
    } catch (error) {
        certificates.cleanup();
        throw error;
    }
}

class Emulator implements Auth0Emulator {
    readonly domain: string;
    readonly url: string;
    readonly issuer: string;
    readonly managementApiAudience: string;
    readonly caPem: string;
    readonly requests: Auth0RecordedRequest[] = [];
    port = 0;
    env!: ProxyEnvironment;
    proxy!: ConnectProxy;
    private readonly server: https.Server;
    private readonly routes: Route[];
    private readonly keyId = randomString(22);
    private readonly faults = new FaultQueue<Auth0FaultSpec>();
    private clientStore = new Map<string, Json>();
    private grantStore = new Map<string, Json>();
    private serverStore = new Map<string, Json>();
    /** Clients besides the admin client that get tokens (`allowTokens`). */
    private readonly tokenClients = new Set<string>();

    constructor(
        private readonly options: Auth0EmulatorOptions,
        private readonly certificates: ThrowawayCertificates,
        private readonly privateKey: KeyLike,
        private readonly publicKey: KeyLike,
    ) {
        this.domain = options.domain;
        this.url = `https://${options.domain}`;
        this.issuer = `https://${options.domain}/`;
        this.managementApiAudience = `https://${options.domain}/api/v2/`;
        this.caPem = certificates.caPem;
        this.routes = this.buildRoutes();
        // Compile the body shapes now rather than on the first request of each kind.
        for (const route of this.routes) {
            if (route.body) {
                requestBodyShape(route.body);
            }
        }
        this.server = https.createServer({ key: certificates.keyPem, cert: certificates.certPem });
        this.server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
            this.onRequest(req, res).catch((err: Error) => {
                if (!res.headersSent) {
                    send(res, apiError(500, `Auth0 emulator failure: ${err.message}`).reply, contentType);
                }
            });
        });
        this.seed();
    }

    async start(): Promise<void> {
        await new Promise<void>((resolve, reject) => {
            this.server.once("error", reject);
            this.server.listen(0, "127.0.0.1", resolve);
        });
        this.port = (this.server.address() as AddressInfo).port;
        this.proxy = await startConnectProxy({ [this.domain]: this.port });
        this.env = proxyEnvironment(this.proxy, this.certificates);
    }

    async close(): Promise<void> {
        await this.proxy?.close();
        await new Promise<void>((resolve) => {
            this.server.close(() => resolve());
            this.server.closeAllConnections();
        });
        this.certificates.cleanup();
    }

    resetRequests(): void {
        this.requests.length = 0;
        this.proxy.connects.length = 0;
    }

    counts(): { get: number; write: number } {
        return countGetsAndWrites(this.requests);
    }

    countsByRoute(): Record<string, number> {
        const counts: Record<string, number> = {};
        for (const r of this.requests) {
            counts[r.route] = (counts[r.route] ?? 0) + 1;
        }
        return counts;
    }

    injectFault(fault: Auth0FaultSpec): void {
        this.faults.push(fault);
    }

    clearFaults(): void {
        this.faults.clear();
    }

    reset(): void {
        this.clearFaults();
        this.resetRequests();
        this.tokenClients.clear();
        this.seed();
    }

    clients(): Json[] {
        return [...this.clientStore.values()].map(copy);
    }

    grants(): Json[] {
        return [...this.grantStore.values()].map(copy);
    }

    resourceServers(): Json[] {
        return [...this.serverStore.values()].map(copy);
    }

    rotateSecret(clientId: string): string {
        const client = this.clientStore.get(clientId);
        if (!client) {
            throw new Error(`no client ${clientId}`);
        }
        client.client_secret = newClientSecret();
        return client.client_secret;
    }

    addResourceServer(body: Json): Json {
        return this.createResourceServer(body).body as Json;
    }

    addClient(body: Json): Json {
        const client = this.newClient(body);
        this.clientStore.set(client.client_id, client);
        return copy(client);
    }

    addGrant(body: Json): Json {
        return this.createGrant(body).body as Json;
    }

    allowTokens(clientId: string): void {
        if (!this.clientStore.has(clientId)) {
            throw new Error(`no client ${clientId}`);
        }
        this.tokenClients.add(clientId);
    }

    // --- Seed ---------------------------------------------------------------------------------------------------

    private seed(): void {
        this.clientStore = new Map();
        this.grantStore = new Map();
        this.serverStore = new Map();
        const system = {
            id: randomBytes(12).toString("hex"),
            name: "Auth0 Management API",
            identifier: this.managementApiAudience,
            allow_offline_access: false,
            skip_consent_for_verifiable_first_party_clients: false,
            token_lifetime: 86400,
            token_lifetime_for_web: 7200,
            signing_alg: "RS256",
            scopes: MANAGEMENT_API_SCOPES.map(([value, description]) => ({ value, description })),
            is_system: true,
        };
        this.serverStore.set(system.id, system);
        const admin = this.options.adminClient;
        this.clientStore.set(admin.clientId, {
            ...this.newClient({
                name: "Pulumi (admin)",
                app_type: "non_interactive",
                grant_types: ["client_credentials"],
                token_endpoint_auth_method: "client_secret_post",
            }),
            client_id: admin.clientId,
            client_secret: admin.clientSecret,
        });
        const grantId = `cgr_${randomString(16)}`;
        this.grantStore.set(grantId, {
            id: grantId,
            client_id: admin.clientId,
            audience: this.managementApiAudience,
            scope: [...(admin.scopes ?? MANAGEMENT_API_SCOPES.map(([value]) => value))],
        });
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
        const raw = await readBody(req);
        const url = new URL(req.url ?? "/", this.url);
        const method = (req.method ?? "GET").toUpperCase();
        const matched = this.match(method, url.pathname);
        const record: Auth0RecordedRequest = {
            method,
            path: url.pathname,
            route: matched ? `${method} ${matched.route.pattern}` : `${method} ${url.pathname}`,
            status: 0,
        };
        this.requests.push(record);

        const fault = this.faults.take(method, url.pathname);
        if (fault?.kind === "reset") {
            req.socket.destroy();
            return;
        }
        const reply = fault
            ? this.faultReply(fault, url.pathname)
            : await this.process(method, url, raw, req.headers, matched);
        if (url.pathname.startsWith("/api/v2/")) {
            reply.headers = { ...rateLimitHeaders(RATE_LIMIT - 1, 60), ...reply.headers };
        }
        record.status = reply.status;
        send(res, reply, contentType);
    }

    private faultReply(fault: Auth0FaultSpec, path: string): Reply {
        const status = fault.status ?? 500;
        const oauth = !path.startsWith("/api/v2/");
        if (status === 429) {
            const reply = oauth
                ? oauthError(429, "too_many_requests", "Global limit has been reached")
                : apiError(429, "Global limit has been reached", "too_many_requests").reply;
            return { ...reply, headers: rateLimitHeaders(0, fault.resetAfterSeconds ?? 1) };
        }
        const message = `${http.STATUS_CODES[status] ?? "Error"} (injected)`;
        return oauth ? oauthError(status, "server_error", message) : apiError(status, message).reply;
    }

    private async process(
        method: string,
        url: URL,
        raw: string,
        headers: http.IncomingHttpHeaders,
        matched?: { route: Route; params: Record<string, string> },
    ): Promise<Reply> {
        const path = url.pathname;
        try {
            if (path === "/.well-known/openid-configuration" && method === "GET") {
                return { status: 200, body: this.discovery() };
            }
            if (path === "/.well-known/jwks.json" && method === "GET") {
                return {
                    status: 200,
                    body: {
                        keys: [{ ...(await exportJWK(this.publicKey)), kid: this.keyId, alg: "RS256", use: "sig" }],
                    },
                };
            }
            if (path === "/oauth/token" && method === "POST") {
                return await this.token(raw, headers);
            }
            if (!path.startsWith("/api/v2/")) {
                return apiError(404, "Not Found").reply;
            }
            const scopes = await this.authenticate(headers.authorization);
            if (!matched) {
                return apiError(404, "Not Found").reply;
            }
            const { route, params } = matched;
            if (!route.scopes.some((s) => scopes.has(s))) {
                throw apiError(
                    403,
                    `Insufficient scope, expected any of: ${route.scopes.join(",")}`,
                    "insufficient_scope",
                );
            }
            const body = route.body ? parseBody(raw, route.body) : undefined;
            return route.handle({ method, params, query: url.searchParams, body, scopes });
        } catch (err) {
            if (err instanceof Answer) {
                return err.reply;
            }
            throw err;
        }
    }

    private match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
        for (const route of this.routes) {
            const m = route.regex.exec(path);
            if (m && route.method === method) {
                return { route, params: { ...m.groups } };
            }
        }
        return undefined;
    }

    // --- Authentication API -------------------------------------------------------------------------------------

    private discovery(): Json {
        return auth0DiscoveryDocument(this.issuer, this.url);
    }

    /** `POST /oauth/token`, client credentials only, form or JSON body, Basic or body credentials. */
    private async token(raw: string, headers: http.IncomingHttpHeaders): Promise<Reply> {
        const type = (headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
        let params: Record<string, unknown>;
        if (type === "application/json") {
            try {
                params = JSON.parse(raw);
            } catch {
                return oauthError(400, "invalid_request", "Invalid request payload JSON format");
            }
        } else if (type === "application/x-www-form-urlencoded") {
            params = Object.fromEntries(new URLSearchParams(raw));
        } else {
            return oauthError(
                400,
                "invalid_request",
                "Unsupported content type; send application/x-www-form-urlencoded or application/json",
            );
        }
        let clientId = typeof params.client_id === "string" ? params.client_id : undefined;
        let clientSecret = typeof params.client_secret === "string" ? params.client_secret : undefined;
        const basic = /^Basic (.+)$/i.exec(headers.authorization ?? "")?.[1];
        if (basic) {
            // RFC 6749 2.3.1: both halves are form-urlencoded before the Basic encoding.
            const decoded = Buffer.from(basic, "base64").toString("utf8");
            const colon = decoded.indexOf(":");
            clientId = decodeURIComponent(decoded.slice(0, colon < 0 ? undefined : colon).replace(/\+/g, " "));
            clientSecret = colon < 0 ? "" : decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, " "));
        }
        const grantType = params.grant_type;
        if (typeof grantType !== "string" || grantType === "") {
            return oauthError(400, "invalid_request", "Missing required parameter: grant_type");
        }
        const admin = this.options.adminClient;
        const known =
            clientId !== undefined && (clientId === admin.clientId || this.tokenClients.has(clientId))
                ? this.clientStore.get(clientId)
                : undefined;
        if (!known || clientSecret !== known.client_secret) {
            return oauthError(401, "access_denied", "Unauthorized");
        }
        if (grantType !== "client_credentials") {
            return oauthError(403, "unauthorized_client", `Grant type '${grantType}' not allowed for the client.`);
        }
        const audience = params.audience;
        if (typeof audience !== "string" || audience === "") {
            return oauthError(
                403,
                "access_denied",
                "No audience parameter was provided, and no default audience has been configured",
            );
        }
        if (audience !== this.managementApiAudience) {
            return oauthError(403, "access_denied", `Service not found: ${audience}`);
        }
        const grant = [...this.grantStore.values()].find((g) => g.client_id === clientId && g.audience === audience);
        if (!grant) {
            return oauthError(403, "access_denied", `Client has not been granted scopes: ${audience}`);
        }
        const scope = (grant.scope as string[]).join(" ");
        const accessToken = await new SignJWT({ scope, gty: "client-credentials", azp: clientId })
            .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: this.keyId })
            .setIssuer(this.issuer)
            .setSubject(`${clientId}@clients`)
            .setAudience(audience)
            .setIssuedAt()
            .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
            .sign(this.privateKey);
        return {
            status: 200,
            body: { access_token: accessToken, scope, expires_in: TOKEN_LIFETIME_SECONDS, token_type: "Bearer" },
        };
    }

    /** The scopes of a valid Management API token; 401 otherwise. */
    private async authenticate(authorization: string | undefined): Promise<Set<string>> {
        const token = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1];
        if (!token) {
            throw apiError(401, "Missing authentication", "missing_authentication");
        }
        try {
            const { payload } = await jwtVerify(token, this.publicKey, {
                issuer: this.issuer,
                audience: this.managementApiAudience,
                algorithms: ["RS256"],
            });
            return new Set(
                String(payload.scope ?? "")
                    .split(" ")
                    .filter(Boolean),
            );
        } catch {
            throw apiError(401, "Invalid token", "invalid_token");
        }
    }

    // --- Management API routes ----------------------------------------------------------------------------------

    private buildRoutes(): Route[] {
        const route = (
            method: string,
            pattern: string,
            scopes: string[],
            handle: (c: Call) => Reply,
            body?: RequestBodyName,
        ): Route => ({
            method,
            pattern,
            regex: new RegExp(`^${pattern.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`),
            scopes,
            body,
            handle,
        });
        return [
            route("GET", "/api/v2/clients", ["read:clients"], (c) => this.listClients(c)),
            route(
                "POST",
                "/api/v2/clients",
                ["create:clients"],
                (c) => this.createClient(c),
                "CreateClientRequestContent",
            ),
            route("GET", "/api/v2/clients/{id}", ["read:clients"], (c) => ({
                status: 200,
                body: this.clientView(this.client(c.params.id), c),
            })),
            route(
                "PATCH",
                "/api/v2/clients/{id}",
                ["update:clients", "update:client_keys"],
                (c) => this.patchClient(c),
                "UpdateClientRequestContent",
            ),
            route("DELETE", "/api/v2/clients/{id}", ["delete:clients"], (c) => this.deleteClient(c.params.id)),
            route("POST", "/api/v2/clients/{id}/rotate-secret", ["update:client_keys"], (c) => {
                this.rotateSecret(this.client(c.params.id).client_id);
                return { status: 200, body: this.clientView(this.client(c.params.id), c) };
            }),
            // Only client-secret authentication is emulated, so a client has no stored credentials.
            route("GET", "/api/v2/clients/{id}/credentials", ["read:client_credentials"], (c) => {
                this.client(c.params.id);
                return { status: 200, body: [] };
            }),
            route("GET", "/api/v2/client-grants", ["read:client_grants"], (c) => this.listGrants(c)),
            route(
                "POST",
                "/api/v2/client-grants",
                ["create:client_grants"],
                (c) => this.createGrant(c.body),
                "CreateClientGrantRequestContent",
            ),
            route("GET", "/api/v2/client-grants/{id}", ["read:client_grants"], (c) => ({
                status: 200,
                body: copy(this.grant(c.params.id)),
            })),
            route(
                "PATCH",
                "/api/v2/client-grants/{id}",
                ["update:client_grants"],
                (c) => this.patchGrant(c.params.id, c.body),
                "UpdateClientGrantRequestContent",
            ),
            route("DELETE", "/api/v2/client-grants/{id}", ["delete:client_grants"], (c) => {
                this.grant(c.params.id);
                this.grantStore.delete(c.params.id);
                return { status: 204 };
            }),
            route("GET", "/api/v2/resource-servers", ["read:resource_servers"], (c) => this.listResourceServers(c)),
            route(
                "POST",
                "/api/v2/resource-servers",
                ["create:resource_servers"],
                (c) => this.createResourceServer(c.body),
                "CreateResourceServerRequestContent",
            ),
            route("GET", "/api/v2/resource-servers/{id}", ["read:resource_servers"], (c) => ({
                status: 200,
                body: copy(this.resourceServer(c.params.id)),
            })),
            route(
                "PATCH",
                "/api/v2/resource-servers/{id}",
                ["update:resource_servers"],
                (c) => this.patchResourceServer(c.params.id, c.body),
                "UpdateResourceServerRequestContent",
            ),
            route("DELETE", "/api/v2/resource-servers/{id}", ["delete:resource_servers"], (c) =>
                this.deleteResourceServer(c.params.id),
            ),
        ];
    }

    // --- Clients ------------------------------------------------------------------------------------------------

    private client(id: string): Json {
        const client = this.clientStore.get(safeDecode(id));
        if (!client) {
            throw noClient();
        }
        return client;
    }

    /** A new client as Auth0 stores it: its defaults, then what the request set. */
    private newClient(input: Json): Json {
        const { jwt_configuration, ...rest } = input;
        return withoutNull({
            name: input.name,
            client_id: randomString(32),
            client_secret: newClientSecret(),
            is_first_party: true,
            is_token_endpoint_ip_header_trusted: false,
            oidc_conformant: false,
            sso_disabled: false,
            cross_origin_authentication: false,
            grant_types: DEFAULT_GRANT_TYPES,
            custom_login_page_on: true,
            refresh_token: DEFAULT_REFRESH_TOKEN,
            ...rest,
            jwt_configuration: { secret_encoded: false, lifetime_in_seconds: 36000, ...jwt_configuration },
            signing_keys: [{ cert: this.certificates.certPem, subject: `/CN=${this.domain}` }],
        });
    }

    private createClient(call: Call): Reply {
        const client = this.newClient(call.body);
        this.clientStore.set(client.client_id, client);
        return { status: 201, body: this.clientView(client, call) };
    }

    private patchClient(call: Call): Reply {
        const client = this.client(call.params.id);
        const touchesSecret = "client_secret" in call.body;
        const needs = touchesSecret ? "update:client_keys" : "update:clients";
        if (!call.scopes.has(needs)) {
            throw apiError(403, `Insufficient scope, expected any of: ${needs}`, "insufficient_scope");
        }
        applyPatch(client, call.body, ["jwt_configuration"]);
        return { status: 200, body: this.clientView(client, call) };
    }

    private deleteClient(id: string): Reply {
        const client = this.client(id);
        this.clientStore.delete(client.client_id);
        this.deleteGrantsWhere((g) => g.client_id === client.client_id);
        return { status: 204 };
    }

    private listClients(call: Call): Reply {
        const views = [...this.clientStore.values()].map((c) => this.clientView(c, call));
        return this.page(call, views, "clients");
    }

    /** A client as a caller with `scopes` sees it, after `fields` / `include_fields`. */
    private clientView(client: Json, call: Call): Json {
        const view = copy(client);
        if (!call.scopes.has("read:client_keys") && call.method === "GET") {
            delete view.client_secret;
        }
        const fields = call.query.get("fields");
        if (!fields) {
            return view;
        }
        const names = new Set(fields.split(",").map((f) => f.trim()));
        const include = call.query.get("include_fields") !== "false";
        // Recorded responses carry `signing_keys` whatever `fields` asks for.
        return Object.fromEntries(
            Object.entries(view).filter(([k]) => k === "signing_keys" || names.has(k) === include),
        );
    }

    // --- Client grants ------------------------------------------------------------------------------------------

    private grant(id: string): Json {
        const grant = this.grantStore.get(id);
        if (!grant) {
            throw noGrant();
        }
        return grant;
    }

    private createGrant(input: Json): Reply {
        if (input.client_id === undefined && input.default_for === undefined) {
            throw invalidBody("Payload validation error: 'Missing required property: client_id'.");
        }
        if (input.client_id !== undefined && !this.clientStore.has(input.client_id)) {
            throw noClient();
        }
        const server = this.serverByIdentifier(input.audience);
        if (!server) {
            throw apiError(404, `No resource with identifier ${input.audience}`, "inexistent_resource_server");
        }
        if (input.allow_all_scopes !== undefined && server.is_system) {
            throw invalidBody("allow_all_scopes cannot be provided when audience is a system API");
        }
        this.mustBeServerScopes(server, input.scope);
        const subject = input.subject_type ?? "client";
        const duplicate = [...this.grantStore.values()].find(
            (g) =>
                g.client_id === input.client_id &&
                g.default_for === input.default_for &&
                g.audience === input.audience &&
                (g.subject_type ?? "client") === subject,
        );
        if (duplicate) {
            throw apiError(
                409,
                `A client grant already exists between ${input.client_id ?? input.default_for} and ${input.audience}`,
                "conflict",
            );
        }
        const id = `cgr_${randomString(16)}`;
        const grant = withoutNull({ id, ...input, scope: input.allow_all_scopes ? undefined : (input.scope ?? []) });
        this.grantStore.set(id, grant);
        return { status: 201, body: copy(grant) };
    }

    private patchGrant(id: string, patch: Json): Reply {
        const grant = this.grant(id);
        const server = this.serverByIdentifier(grant.audience);
        if (server?.is_system && patch.allow_all_scopes !== undefined && patch.allow_all_scopes !== null) {
            throw invalidBody("allow_all_scopes cannot be provided when audience is a system API");
        }
        if (server) {
            this.mustBeServerScopes(server, patch.scope ?? undefined);
        }
        applyPatch(grant, patch);
        // All scopes replace the list (recorded: the response then has no `scope`).
        if (grant.allow_all_scopes === true) {
            delete grant.scope;
        } else if (grant.scope === undefined) {
            grant.scope = [];
        }
        return { status: 200, body: copy(grant) };
    }

    private deleteGrantsWhere(test: (grant: Json) => boolean): void {
        for (const [id, grant] of this.grantStore) {
            if (test(grant)) {
                this.grantStore.delete(id);
            }
        }
    }

    private mustBeServerScopes(server: Json, scopes: string[] | undefined): void {
        const defined = new Set((server.scopes ?? []).map((s: Json) => s.value));
        if ((scopes ?? []).some((s) => !defined.has(s))) {
            throw invalidBody("Payload validation error: scope must be a subset of resource server scopes");
        }
    }

    private listGrants(call: Call): Reply {
        const filters: [string, (g: Json) => unknown][] = [
            ["audience", (g) => g.audience],
            ["client_id", (g) => g.client_id],
            ["subject_type", (g) => g.subject_type ?? "client"],
            ["default_for", (g) => g.default_for],
        ];
        let grants = [...this.grantStore.values()];
        for (const [name, field] of filters) {
            const wanted = call.query.get(name);
            if (wanted !== null) {
                grants = grants.filter((g) => field(g) === wanted);
            }
        }
        if (call.query.has("take") || call.query.has("from")) {
            // Checkpoint pagination (what the node client sends): `from` is the id to continue after.
            const take = pageNumber(call.query, "take", 50, 1, 100);
            const from = call.query.get("from");
            const start = from ? grants.findIndex((g) => g.id === from) + 1 : 0;
            const slice = grants.slice(start, start + take);
            const more = start + take < grants.length;
            return {
                status: 200,
                body: { client_grants: slice.map(copy), ...(more ? { next: slice[slice.length - 1].id } : {}) },
            };
        }
        return this.page(call, grants.map(copy), "client_grants");
    }

    // --- Resource servers ---------------------------------------------------------------------------------------

    private serverByIdentifier(identifier: string): Json | undefined {
        return [...this.serverStore.values()].find((s) => s.identifier === identifier);
    }

    /**
     * By id or by identifier. The identifier comes URL-encoded once (node, go-auth0) or twice (the provider's
     * data source): Auth0 answers 200 to both (recorded), so a second decoding is tried when the first finds none.
     */
    private resourceServer(idOrIdentifier: string): Json {
        let key = idOrIdentifier;
        for (let i = 0; i < 3; i++) {
            const found = this.serverStore.get(key) ?? this.serverByIdentifier(key);
            if (found) {
                return found;
            }
            const decoded = safeDecode(key);
            if (decoded === key) {
                break;
            }
            key = decoded;
        }
        throw noResourceServer();
    }

    private createResourceServer(input: Json): Reply {
        if (this.serverByIdentifier(input.identifier)) {
            throw apiError(409, "A resource server with the same identifier already exists", "conflict");
        }
        const signingAlg = input.signing_alg ?? "RS256";
        const server = withoutNull({
            id: randomBytes(12).toString("hex"),
            name: input.name ?? input.identifier,
            identifier: input.identifier,
            allow_offline_access: false,
            skip_consent_for_verifiable_first_party_clients: false,
            token_lifetime: 86400,
            token_lifetime_for_web: 7200,
            ...input,
            signing_alg: signingAlg,
            ...(signingAlg === "HS256"
                ? { signing_secret: input.signing_secret ?? randomBytes(24).toString("base64url") }
                : {}),
        });
        this.serverStore.set(server.id, server);
        return { status: 201, body: copy(server) };
    }

    private patchResourceServer(idOrIdentifier: string, patch: Json): Reply {
        const server = this.resourceServer(idOrIdentifier);
        applyPatch(server, patch);
        return { status: 200, body: copy(server) };
    }

    private deleteResourceServer(idOrIdentifier: string): Reply {
        const server = this.resourceServer(idOrIdentifier);
        if (server.is_system) {
            throw apiError(400, `The system API ${server.name} cannot be deleted`, "operation_not_supported");
        }
        this.serverStore.delete(server.id);
        this.deleteGrantsWhere((g) => g.audience === server.identifier);
        return { status: 204 };
    }

    private listResourceServers(call: Call): Reply {
        let servers = [...this.serverStore.values()];
        const identifiers = call.query.getAll("identifiers");
        if (identifiers.length > 0) {
            servers = servers.filter((s) => identifiers.includes(s.identifier));
        }
        return this.page(call, servers.map(copy), "resource_servers");
    }

    // --- Offset pagination --------------------------------------------------------------------------------------

    /** `page` / `per_page` / `include_totals`: a plain array, or `{<key>, start, limit, total}`. */
    private page(call: Call, items: Json[], key: string): Reply {
        const perPage = pageNumber(call.query, "per_page", 50, 1, 100);
        const page = pageNumber(call.query, "page", 0, 0, Number.MAX_SAFE_INTEGER);
        const slice = items.slice(page * perPage, (page + 1) * perPage);
        if (call.query.get("include_totals") === "true") {
            return { status: 200, body: { total: items.length, start: page * perPage, limit: perPage, [key]: slice } };
        }
        return { status: 200, body: slice };
    }
}

function pageNumber(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
    const value = query.get(name);
    if (value === null || value === "") {
        return fallback;
    }
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
        throw apiError(
            400,
            `Query validation error: '${name}' must be an integer between ${min} and ${max}.`,
            "invalid_query_string",
        );
    }
    return n;
}

/** The JSON body, checked against the published request type; 400 as Auth0 answers otherwise. */
function parseBody(raw: string, name: RequestBodyName): Json {
    let body: unknown;
    try {
        body = raw.trim() === "" ? {} : JSON.parse(raw);
    } catch {
        throw invalidBody("Invalid request payload JSON format");
    }
    const problem = payloadProblem(requestBodyShape(name), body);
    if (problem) {
        throw invalidBody(problem);
    }
    return body as Json;
}

function rateLimitHeaders(remaining: number, resetAfterSeconds: number): Record<string, string> {
    return {
        "x-ratelimit-limit": String(RATE_LIMIT),
        "x-ratelimit-remaining": String(remaining),
        "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + resetAfterSeconds),
    };
}

function safeDecode(value: string): string {
    try {
        return decodeURIComponent(value);
    } catch {
        return value;
    }
}

/**
 * Applies a PATCH body as Auth0 does: `null` removes a field, any other value replaces it, and the `merged`
 * fields (objects) are merged into the stored object instead.
 */
function applyPatch(target: Json, patch: Json, merged: readonly string[] = []): void {
    for (const [key, value] of Object.entries<unknown>(patch)) {
        if (value === null) {
            delete target[key];
        } else if (merged.includes(key)) {
            target[key] = { ...target[key], ...(value as Json) };
        } else {
            target[key] = value;
        }
    }
}

function withoutNull(obj: Json): Json {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null));
}
