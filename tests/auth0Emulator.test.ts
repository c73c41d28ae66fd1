/**
 * The Auth0 tenant emulator, driven through the real `auth0` npm ManagementClient (reaching the tenant's real
 * name through the emulator's proxy, trusting its throwaway CA) and through raw requests for what Auth0 refuses.
 */
import { execFile } from "child_process";
import * as http from "http";
import * as path from "path";
import { ManagementClient } from "auth0";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { Auth0Emulator, startAuth0Emulator } from "../emulators/auth0";
import { startKonnectEmulator } from "../emulators/konnect";
import { routeThisProcessThrough } from "../emulators/tls";

const DOMAIN = "acme-dev.us.auth0.com";
const ADMIN = { clientId: "pulumiAdminClientId0000000000000", clientSecret: "pulumi-admin-secret-value-never-logged" };
const MANAGEMENT_API = `https://${DOMAIN}/api/v2/`;

let emulator: Auth0Emulator;
let restoreNetworking: (() => void) | undefined;

beforeAll(async () => {
    emulator = await startAuth0Emulator({ domain: DOMAIN, adminClient: ADMIN });
    // This process reaches the tenant as its children do: through the proxy, trusting the throwaway CA.
    restoreNetworking = routeThisProcessThrough(emulator.env, emulator.caPem);
});

afterAll(async () => {
    restoreNetworking?.();
    await emulator?.close();
});

beforeEach(() => emulator.reset());

function management(): ManagementClient {
    return new ManagementClient({
        domain: DOMAIN,
        clientId: ADMIN.clientId,
        clientSecret: ADMIN.clientSecret,
        maxRetries: 0,
    });
}

interface Answer {
    status: number;
    headers: Headers;
    body: any;
}

async function request(
    method: string,
    path: string,
    options: { body?: unknown; token?: string | null; headers?: Record<string, string>; raw?: string } = {},
): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? await adminToken() : options.token;
    if (token !== null) {
        headers.authorization = `Bearer ${token}`;
    }
    if (options.body !== undefined || options.raw !== undefined) {
        headers["content-type"] ??= "application/json";
    }
    const res = await fetch(`https://${DOMAIN}${path}`, {
        method,
        headers,
        body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** The admin client's client-credentials request to the token endpoint, with `change` applied to its body. */
function tokenRequest(change: Record<string, string> = {}): Promise<Response> {
    return fetch(`https://${DOMAIN}/oauth/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
            grant_type: "client_credentials",
            client_id: ADMIN.clientId,
            client_secret: ADMIN.clientSecret,
            audience: MANAGEMENT_API,
            ...change,
        }),
    });
}

async function adminToken(): Promise<string> {
    const res = await tokenRequest();
    expect(res.status).toBe(200);
    return ((await res.json()) as { access_token: string }).access_token;
}

/** Runs `node <args>` and answers what it printed, then `exit <code>` when it failed. */
function runNode(args: string[], options: { env: NodeJS.ProcessEnv; timeout: number; cwd?: string }): Promise<string> {
    return new Promise((resolve) => {
        execFile(process.execPath, args, options, (error, stdout, stderr) =>
            resolve(`${stdout}${stderr}${error ? `exit ${error.code}` : ""}`),
        );
    });
}

/** The environment of a child process, without any proxy or CA settings inherited from ours. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
    const env = { ...process.env };
    for (const name of [
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "NO_PROXY",
        "no_proxy",
        "NODE_EXTRA_CA_CERTS",
        "NODE_USE_ENV_PROXY",
        "SSL_CERT_FILE",
        "NODE_OPTIONS",
    ]) {
        delete env[name];
    }
    return { ...env, ...extra };
}

const DISCOVERY_SCRIPT = `
try {
    const res = await fetch("https://${DOMAIN}/.well-known/openid-configuration");
    console.log("tenant", res.status, (await res.json()).issuer);
} catch (error) { console.log("tenant failed", error.cause?.code ?? error.cause?.message ?? error.message); }
try {
    const res = await fetch("https://example.com/");
    console.log("other", res.status);
} catch (error) { console.log("other failed"); }
`;

describe("TLS and host routing", () => {
    test("a child node process with the emulator's env reaches https://<tenant>/ through the proxy, trusts its certificate, and is refused any other host", async () => {
        const out = await runNode(["--input-type=module", "-e", DISCOVERY_SCRIPT], {
            env: cleanEnv(emulator.env),
            timeout: 15000,
        });
        expect(out).toContain(`tenant 200 https://${DOMAIN}/`);
        expect(out).toContain("other failed");
        expect(emulator.proxy.connects).toEqual([
            { authority: `${DOMAIN}:443`, allowed: true },
            { authority: "example.com:443", allowed: false },
        ]);
        expect(emulator.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
            "GET /.well-known/openid-configuration 200",
        ]);
    });

    test("without the CA the same child refuses the emulator's certificate", async () => {
        const { NODE_EXTRA_CA_CERTS: _ca, ...withoutCa } = emulator.env;
        const out = await runNode(["--input-type=module", "-e", DISCOVERY_SCRIPT], {
            env: cleanEnv(withoutCa),
            timeout: 15000,
        });
        expect(out).toMatch(
            /tenant failed (UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)/,
        );
    });

    test("the proxy refuses plain (non-CONNECT) requests and CONNECT to the tenant on another port", async () => {
        const plain = await new Promise<number>((resolve, reject) => {
            const url = new URL(emulator.env.HTTPS_PROXY);
            http.get({ host: url.hostname, port: url.port, path: `http://${DOMAIN}/`, agent: false }, (res) => {
                res.resume();
                resolve(res.statusCode ?? 0);
            }).on("error", reject);
        });
        expect(plain).toBe(403);
        const connect = await new Promise<number>((resolve, reject) => {
            const url = new URL(emulator.env.HTTPS_PROXY);
            const req = http.request({
                host: url.hostname,
                port: url.port,
                method: "CONNECT",
                path: `${DOMAIN}:8443`,
                agent: false,
            });
            req.on("connect", (res, socket) => {
                socket.destroy();
                resolve(res.statusCode ?? 0);
            });
            req.on("error", reject);
            req.end();
        });
        expect(connect).toBe(403);
    });
});

test("the stack's post-deploy verification, run in a child process with the emulator's env, checks the tenant's discovery document over TLS", async () => {
    const konnect = await startKonnectEmulator();
    try {
        const issuer = `https://${DOMAIN}`;
        const providerId = konnect.addDcrProvider({
            name: "auth0-dcr-dev",
            issuer,
            initialClientId: ADMIN.clientId,
            initialClientSecret: "initial-secret-value-123",
        }).id;
        // What the dynamic-provider host does on `pulumi up`: the DcrVerification provider's create, in a process
        // of its own that has only the environment the engine would pass on.
        const inputs = {
            serverUrl: konnect.url,
            dcrProviderId: providerId,
            dcrProviderName: "auth0-dcr-dev",
            initialClientId: ADMIN.clientId,
            initialClientSecretHash: "sha256:not-checked-here",
            authStrategyId: "00000000-0000-4000-8000-000000000001",
            issuer,
            audience: "https://api.dev.acme.com/portal",
            bindingId: "v3/00000000-0000-4000-8000-000000000002",
        };
        const script =
            'require("./verification/dcrVerification").dcrVerificationProvider().create(JSON.parse(process.env.VERIFY_INPUTS))' +
            ".then((r) => console.log(r.outs.report), (e) => { console.log(e.message); process.exitCode = 1; });";
        const env = cleanEnv({ ...emulator.env, KONNECT_TOKEN: konnect.token, VERIFY_INPUTS: JSON.stringify(inputs) });
        const stdout = await runNode(["-r", "ts-node/register/transpile-only", "-e", script], {
            cwd: path.resolve(__dirname, ".."),
            env,
            timeout: 80000,
        });
        expect(stdout).toContain(
            `ok   issuer-discovery: https://${DOMAIN}/.well-known/openid-configuration names issuer "https://${DOMAIN}/"`,
        );
        expect(stdout).toMatch(/^ok {3}dcr-provider-verify: /m);
        // Konnect (127.0.0.1, in NO_PROXY) was called directly; only the tenant went through the proxy.
        expect(emulator.proxy.connects).toEqual([{ authority: `${DOMAIN}:443`, allowed: true }]);
        expect(emulator.requests.map((r) => r.route)).toEqual(["GET /.well-known/openid-configuration"]);
    } finally {
        await konnect.close();
    }
    // The child compiles the verification module with ts-node: slow on a loaded machine.
}, 90000);

describe("OIDC discovery and the token endpoint", () => {
    test("discovery names the issuer with its trailing slash; the JWKS verifies the access tokens it issues", async () => {
        const discovery = await request("GET", "/.well-known/openid-configuration", { token: null });
        expect(discovery.status).toBe(200);
        expect(discovery.body.issuer).toBe(`https://${DOMAIN}/`);
        expect(discovery.body.token_endpoint).toBe(`https://${DOMAIN}/oauth/token`);
        const { payload } = await jwtVerify(await adminToken(), createRemoteJWKSet(new URL(discovery.body.jwks_uri)), {
            issuer: `https://${DOMAIN}/`,
            audience: MANAGEMENT_API,
        });
        expect(payload.sub).toBe(`${ADMIN.clientId}@clients`);
        expect(String(payload.scope).split(" ")).toEqual(
            expect.arrayContaining(["create:clients", "read:client_keys"]),
        );
    });

    test("the token endpoint takes form or JSON bodies and Basic or body credentials", async () => {
        const form = new URLSearchParams({ grant_type: "client_credentials", audience: MANAGEMENT_API });
        const basic = await fetch(`https://${DOMAIN}/oauth/token`, {
            method: "POST",
            headers: {
                "content-type": "application/x-www-form-urlencoded",
                authorization: `Basic ${Buffer.from(`${ADMIN.clientId}:${ADMIN.clientSecret}`).toString("base64")}`,
            },
            body: form.toString(),
        });
        expect(basic.status).toBe(200);
        expect(await basic.json()).toEqual(
            expect.objectContaining({ token_type: "Bearer", expires_in: 86400, access_token: expect.any(String) }),
        );
        form.set("client_id", ADMIN.clientId);
        form.set("client_secret", ADMIN.clientSecret);
        const body = await fetch(`https://${DOMAIN}/oauth/token`, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: form.toString(),
        });
        expect(body.status).toBe(200);
    });

    test.each([
        [
            "a wrong secret",
            { client_secret: "wrong" },
            401,
            { error: "access_denied", error_description: "Unauthorized" },
        ],
        [
            "another client",
            { client_id: "someOtherClient" },
            401,
            { error: "access_denied", error_description: "Unauthorized" },
        ],
        [
            "another audience",
            { audience: "https://api.example.com/" },
            403,
            { error: "access_denied", error_description: "Service not found: https://api.example.com/" },
        ],
        [
            "another grant type",
            { grant_type: "password" },
            403,
            { error: "unauthorized_client", error_description: "Grant type 'password' not allowed for the client." },
        ],
    ])("the token endpoint refuses %s with Auth0's OAuth error", async (_what, change, status, error) => {
        const res = await tokenRequest(change);
        expect(res.status).toBe(status);
        expect(await res.json()).toEqual(error);
    });
});

describe("Management API authentication", () => {
    test("calls without a token, or with a token the tenant did not sign, get 401", async () => {
        const missing = await request("GET", "/api/v2/clients", { token: null });
        expect(missing.status).toBe(401);
        expect(missing.body).toEqual({
            statusCode: 401,
            error: "Unauthorized",
            message: "Missing authentication",
            errorCode: "missing_authentication",
        });
        const forged = await request("GET", "/api/v2/clients", { token: "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." });
        expect(forged.status).toBe(401);
        expect(forged.body.message).toBe("Invalid token");
    });

    test("a token without a route's scope gets 403 insufficient_scope, and without read:client_keys secrets are left out", async () => {
        const [grant] = emulator.grants().filter((g) => g.client_id === ADMIN.clientId);
        const narrowed = (grant.scope as string[]).filter(
            (s) => s !== "read:resource_servers" && s !== "read:client_keys",
        );
        expect(
            (await request("PATCH", `/api/v2/client-grants/${grant.id}`, { body: { scope: narrowed } })).status,
        ).toBe(200);
        const token = await adminToken();
        const denied = await request("GET", "/api/v2/resource-servers", { token });
        expect(denied.status).toBe(403);
        expect(denied.body).toEqual({
            statusCode: 403,
            error: "Forbidden",
            message: "Insufficient scope, expected any of: read:resource_servers",
            errorCode: "insufficient_scope",
        });
        const admin = await request("GET", `/api/v2/clients/${ADMIN.clientId}`, { token });
        expect(admin.status).toBe(200);
        expect(admin.body).not.toHaveProperty("client_secret");
    });

    test("a second app gets tokens only once allowed, carrying its own grant's scopes (a read-only app cannot write)", async () => {
        const reader = emulator.addClient({ name: "Pulumi drift check (read-only)", app_type: "non_interactive" });
        emulator.addGrant({ client_id: reader.client_id, audience: MANAGEMENT_API, scope: ["read:clients"] });
        const asReader = { client_id: reader.client_id, client_secret: reader.client_secret };
        expect((await tokenRequest(asReader)).status).toBe(401);
        emulator.allowTokens(reader.client_id);
        const issued = await tokenRequest(asReader);
        expect(issued.status).toBe(200);
        const { access_token: token, scope } = (await issued.json()) as { access_token: string; scope: string };
        expect(scope).toBe("read:clients");
        expect((await request("GET", "/api/v2/clients", { token })).status).toBe(200);
        const write = await request("POST", "/api/v2/clients", { token, body: { name: "x" } });
        expect([write.status, write.body.message]).toEqual([
            403,
            "Insufficient scope, expected any of: create:clients",
        ]);
    });
});

describe("clients", () => {
    test("create, read (with fields), update, rotate the secret, list credentials and delete through the auth0 ManagementClient", async () => {
        const m = management();
        const created = await m.clients.create({
            name: "Konnect Portal DCR Admin (dev)",
            app_type: "non_interactive",
            grant_types: ["client_credentials"],
            description: "Managed by Pulumi",
        });
        expect(created.client_id).toMatch(/^[A-Za-z0-9]{32}$/);
        expect(created.client_secret).toEqual(expect.any(String));
        expect(created).toEqual(
            expect.objectContaining({
                app_type: "non_interactive",
                grant_types: ["client_credentials"],
                is_first_party: true,
                jwt_configuration: { secret_encoded: false, lifetime_in_seconds: 36000 },
            }),
        );
        expect(created).not.toHaveProperty("token_endpoint_auth_method");

        const id = created.client_id!;
        expect((await m.clients.get(id)).client_secret).toBe(created.client_secret);
        const some = await m.clients.get(id, { fields: "client_id,app_type", include_fields: true });
        expect(Object.keys(some).sort()).toEqual(["app_type", "client_id", "signing_keys"]);

        const updated = await m.clients.update(id, { token_endpoint_auth_method: "client_secret_post" });
        expect(updated.token_endpoint_auth_method).toBe("client_secret_post");

        const rotated = await m.clients.rotateSecret(id);
        expect(rotated.client_secret).toEqual(expect.any(String));
        expect(rotated.client_secret).not.toBe(created.client_secret);
        expect(emulator.clients().find((c) => c.client_id === id)?.client_secret).toBe(rotated.client_secret);

        expect(await m.clients.credentials.list(id)).toEqual([]);

        await m.clients.delete(id);
        const gone = await request("GET", `/api/v2/clients/${id}`);
        expect(gone.status).toBe(404);
        expect(gone.body).toEqual({
            statusCode: 404,
            error: "Not Found",
            message: "The client does not exist",
            errorCode: "inexistent_client",
        });
    });

    test("an unknown property, a camelCase enum value or a missing name is a 400 like Auth0's", async () => {
        const unknown = await request("POST", "/api/v2/clients", {
            body: { name: "x", tokenEndpointAuthMethod: "client_secret_post", colour: "blue" },
        });
        expect(unknown.status).toBe(400);
        expect(unknown.body).toEqual({
            statusCode: 400,
            error: "Bad Request",
            message: "Payload validation error: 'Additional properties not allowed: tokenEndpointAuthMethod,colour'.",
            errorCode: "invalid_body",
        });
        const camel = await request("POST", "/api/v2/clients", { body: { name: "x", app_type: "nonInteractive" } });
        expect(camel.body.message).toBe(
            `Payload validation error: 'No enum match for: "nonInteractive"' on property app_type.`,
        );
        const nameless = await request("POST", "/api/v2/clients", { body: { app_type: "non_interactive" } });
        expect(nameless.body.message).toBe("Payload validation error: 'Missing required property: name'.");
        const patch = await request("PATCH", `/api/v2/clients/${ADMIN.clientId}`, {
            body: { refresh_token: { rotation_type: "rotating", sometimes: true } },
        });
        expect(patch.body.message).toBe(
            "Payload validation error: 'Additional properties not allowed: sometimes' on property refresh_token.",
        );
        expect(emulator.clients()).toHaveLength(1);
    });

    test("bodies the Terraform provider sent to a real tenant (recorded) are accepted", async () => {
        const client = await request("POST", "/api/v2/clients", {
            body: {
                name: "Acceptance Test - Client Credentials With Secret Rotation",
                app_type: "non_interactive",
                token_endpoint_auth_method: "client_secret_post",
            },
        });
        expect(client.status).toBe(201);
        const id = client.body.client_id;
        const patched = await request("PATCH", `/api/v2/clients/${id}`, {
            body: {
                client_authentication_methods: null,
                signed_request_object: null,
                token_endpoint_auth_method: "client_secret_post",
            },
        });
        expect(patched.status).toBe(200);
        const server = await request("POST", "/api/v2/resource-servers", {
            body: {
                name: "Acceptance Test - Client Grant",
                identifier: "https://uat.tf.example.com/client-grant",
                authorization_details: [{ type: "payment" }, { type: "shipping" }],
                // Not in the auth0 package's types, but accepted by Auth0 (recorded) and sent by the plugin.
                token_lifetime: 7200,
                token_lifetime_for_web: 3600,
                subject_type_authorization: {
                    user: { policy: "allow_all" },
                    client: { policy: "require_client_grant" },
                },
            },
        });
        expect(server.status).toBe(201);
        for (const body of [
            { authorization_details: null },
            { token_encryption: null },
            { proof_of_possession: null },
            {
                scopes: [
                    { value: "create:bar", description: "Create bars" },
                    { value: "create:foo", description: "Create foos" },
                ],
            },
        ]) {
            expect((await request("PATCH", `/api/v2/resource-servers/${server.body.id}`, { body })).status).toBe(200);
        }
        const grant = await request("POST", "/api/v2/client-grants", {
            body: {
                client_id: id,
                audience: "https://uat.tf.example.com/client-grant",
                scope: ["create:bar"],
                subject_type: "user",
                authorization_details_types: ["payment", "shipping"],
            },
        });
        expect(grant.status).toBe(201);
        expect(grant.body.id).toMatch(/^cgr_[A-Za-z0-9]{16}$/);
        const patchedGrant = await request("PATCH", `/api/v2/client-grants/${grant.body.id}`, {
            body: { scope: ["create:foo"], authorization_details_types: ["payment"] },
        });
        expect(patchedGrant.body.scope).toEqual(["create:foo"]);
    });
});

describe("client grants", () => {
    async function newClient(m: ManagementClient): Promise<string> {
        return (await m.clients.create({ name: "Konnect Portal DCR Admin (dev)", app_type: "non_interactive" }))
            .client_id!;
    }

    test("create, list (paginated with totals, filtered), read, update and delete a grant on the Management API", async () => {
        const m = management();
        const clientId = await newClient(m);
        const grant = await m.clientGrants.create({
            client_id: clientId,
            audience: MANAGEMENT_API,
            scope: ["read:clients", "create:clients"],
            subject_type: "client",
        });
        expect(grant).toEqual({
            id: expect.stringMatching(/^cgr_/),
            client_id: clientId,
            audience: MANAGEMENT_API,
            scope: ["read:clients", "create:clients"],
            subject_type: "client",
        });

        const query = `audience=${encodeURIComponent(MANAGEMENT_API)}&client_id=${clientId}&per_page=50&include_totals=true`;
        const listed = await request("GET", `/api/v2/client-grants?${query}`);
        expect(listed.body).toEqual({ total: 1, start: 0, limit: 50, client_grants: [grant] });

        const page = await m.clientGrants.list({ client_id: clientId });
        expect(page.data).toEqual([grant]);

        expect(await m.clientGrants.get(grant.id!)).toEqual(grant);
        const updated = await m.clientGrants.update(grant.id!, { scope: ["read:clients"] });
        expect(updated.scope).toEqual(["read:clients"]);

        await m.clientGrants.delete(grant.id!);
        const gone = await request("GET", `/api/v2/client-grants/${grant.id}`);
        expect(gone.status).toBe(404);
        expect(gone.body.statusCode).toBe(404);
    });

    test("a second grant for the same client, audience and subject type is a 409", async () => {
        const m = management();
        const clientId = await newClient(m);
        const body = { client_id: clientId, audience: MANAGEMENT_API, scope: ["read:clients"] };
        expect((await request("POST", "/api/v2/client-grants", { body })).status).toBe(201);
        const duplicate = await request("POST", "/api/v2/client-grants", { body: { ...body, subject_type: "client" } });
        expect(duplicate.status).toBe(409);
        expect(duplicate.body).toEqual({
            statusCode: 409,
            error: "Conflict",
            message: `A client grant already exists between ${clientId} and ${MANAGEMENT_API}`,
            errorCode: "conflict",
        });
        expect(emulator.grants().filter((g) => g.client_id === clientId)).toHaveLength(1);
    });

    test("a grant's audience must be an existing resource server and its scopes ones that server defines", async () => {
        const m = management();
        const clientId = await newClient(m);
        const unknownAudience = await request("POST", "/api/v2/client-grants", {
            body: { client_id: clientId, audience: "https://api.example.com/orders", scope: [] },
        });
        expect(unknownAudience.status).toBe(404);
        expect(unknownAudience.body).toEqual({
            statusCode: 404,
            error: "Not Found",
            message: "No resource with identifier https://api.example.com/orders",
            errorCode: "inexistent_resource_server",
        });
        const unknownScope = await request("POST", "/api/v2/client-grants", {
            body: { client_id: clientId, audience: MANAGEMENT_API, scope: ["read:clients", "read:everything"] },
        });
        expect(unknownScope.status).toBe(400);
        expect(unknownScope.body.message).toBe(
            "Payload validation error: scope must be a subset of resource server scopes",
        );
        const allScopes = await request("POST", "/api/v2/client-grants", {
            body: { client_id: clientId, audience: MANAGEMENT_API, allow_all_scopes: false, scope: ["read:clients"] },
        });
        expect(allScopes.status).toBe(400);
        expect(allScopes.body.message).toBe("allow_all_scopes cannot be provided when audience is a system API");
        const unknownClient = await request("POST", "/api/v2/client-grants", {
            body: { client_id: "noSuchClient", audience: MANAGEMENT_API, scope: [] },
        });
        expect(unknownClient.status).toBe(404);
        expect(emulator.grants().filter((g) => g.client_id === clientId)).toEqual([]);
    });

    test("deleting a client deletes its grants", async () => {
        const m = management();
        const clientId = await newClient(m);
        await m.clientGrants.create({ client_id: clientId, audience: MANAGEMENT_API, scope: ["read:clients"] });
        await m.clients.delete(clientId);
        expect(emulator.grants().filter((g) => g.client_id === clientId)).toEqual([]);
    });
});

describe("resource servers", () => {
    const IDENTIFIER = "https://api.acme.example/portal";

    test("create, read by id and by identifier (encoded once or twice), update by identifier and delete through the ManagementClient and raw calls", async () => {
        const m = management();
        const created = await m.resourceServers.create({
            name: "Konnect Portal API (dev)",
            identifier: IDENTIFIER,
            signing_alg: "RS256",
            token_dialect: "access_token",
            allow_offline_access: false,
        });
        expect(created).toEqual(
            expect.objectContaining({
                id: expect.stringMatching(/^[0-9a-f]{24}$/),
                identifier: IDENTIFIER,
                signing_alg: "RS256",
                token_lifetime: 86400,
                token_lifetime_for_web: 7200,
                allow_offline_access: false,
            }),
        );
        expect(created).not.toHaveProperty("signing_secret");
        expect((await m.resourceServers.get(created.id!)).identifier).toBe(IDENTIFIER);
        expect((await m.resourceServers.get(IDENTIFIER)).id).toBe(created.id);
        const goStyle = IDENTIFIER.replace(/\//g, "%2F");
        expect((await request("GET", `/api/v2/resource-servers/${goStyle}`)).body.id).toBe(created.id);
        expect((await request("GET", `/api/v2/resource-servers/${encodeURIComponent(goStyle)}`)).body.id).toBe(
            created.id,
        );

        const patched = await request("PATCH", `/api/v2/resource-servers/${goStyle}`, {
            body: { scopes: [{ value: "read:orders", description: "Read orders" }] },
        });
        expect(patched.body.scopes).toEqual([{ value: "read:orders", description: "Read orders" }]);

        await m.resourceServers.delete(created.id!);
        const gone = await request("GET", `/api/v2/resource-servers/${created.id}`);
        expect(gone.body).toEqual({
            statusCode: 404,
            error: "Not Found",
            message: "The resource server does not exist",
            errorCode: "inexistent_resource_server",
        });
    });

    test("the seeded Management API is a system API with its scopes and cannot be deleted", async () => {
        const system = await request(
            "GET",
            `/api/v2/resource-servers/${encodeURIComponent(encodeURIComponent(MANAGEMENT_API))}`,
        );
        expect(system.body).toEqual(
            expect.objectContaining({ name: "Auth0 Management API", identifier: MANAGEMENT_API, is_system: true }),
        );
        expect(system.body.scopes).toEqual(
            expect.arrayContaining([{ value: "update:client_keys", description: "Update Client Keys" }]),
        );
        const refused = await request("DELETE", `/api/v2/resource-servers/${system.body.id}`);
        expect(refused.status).toBe(400);
        expect(refused.body).toEqual({
            statusCode: 400,
            error: "Bad Request",
            message: "The system API Auth0 Management API cannot be deleted",
            errorCode: "operation_not_supported",
        });
        expect(emulator.resourceServers().map((s) => s.identifier)).toEqual([MANAGEMENT_API]);
    });

    test("an HS256 API gets a signing secret; a second API with the same identifier is a 409", async () => {
        const m = management();
        const created = await m.resourceServers.create({ identifier: IDENTIFIER, signing_alg: "HS256" });
        expect(created.signing_secret).toEqual(expect.any(String));
        expect(created.name).toBe(IDENTIFIER);
        const duplicate = await request("POST", "/api/v2/resource-servers", { body: { identifier: IDENTIFIER } });
        expect(duplicate.status).toBe(409);
    });
});

describe("faults, log and reset", () => {
    test("an injected 429 carries Auth0's rate-limit headers; the node client waits and retries", async () => {
        emulator.injectFault({ method: "GET", path: "/api/v2/clients", status: 429 });
        const limited = await request("GET", "/api/v2/clients");
        expect(limited.status).toBe(429);
        expect(limited.body).toEqual({
            statusCode: 429,
            error: "Too Many Requests",
            message: "Global limit has been reached",
            errorCode: "too_many_requests",
        });
        expect(limited.headers.get("x-ratelimit-limit")).toBe("50");
        expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
        expect(Number(limited.headers.get("x-ratelimit-reset"))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));

        emulator.injectFault({ method: "GET", path: /^\/api\/v2\/clients\//, status: 429 });
        const retrying = new ManagementClient({
            domain: DOMAIN,
            clientId: ADMIN.clientId,
            clientSecret: ADMIN.clientSecret,
            maxRetries: 2,
        });
        expect((await retrying.clients.get(ADMIN.clientId)).client_id).toBe(ADMIN.clientId);
        expect(emulator.requests.filter((r) => r.route === "GET /api/v2/clients/{id}").map((r) => r.status)).toEqual([
            429, 200,
        ]);
    });

    test("injected 5xx and dropped connections hit only the matching requests", async () => {
        emulator.injectFault({ path: "/oauth/token", status: 503 });
        const down = await fetch(`https://${DOMAIN}/oauth/token`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
        });
        expect(down.status).toBe(503);
        expect(await down.json()).toEqual({
            error: "server_error",
            error_description: "Service Unavailable (injected)",
        });
        emulator.injectFault({ method: "DELETE", kind: "reset" });
        await expect(request("DELETE", `/api/v2/clients/${ADMIN.clientId}`)).rejects.toThrow();
        expect((await request("GET", `/api/v2/clients/${ADMIN.clientId}`)).status).toBe(200);
    });

    test("reset returns to the seeded tenant", async () => {
        const m = management();
        await m.resourceServers.create({ identifier: "https://api.acme.example/portal" });
        await m.clients.create({ name: "extra" });
        emulator.injectFault({ status: 500, times: 5 });
        emulator.reset();
        expect(emulator.resourceServers().map((s) => s.name)).toEqual(["Auth0 Management API"]);
        expect(emulator.clients().map((c) => c.client_id)).toEqual([ADMIN.clientId]);
        expect(emulator.grants()).toEqual([
            expect.objectContaining({ client_id: ADMIN.clientId, audience: MANAGEMENT_API }),
        ]);
        expect(emulator.requests).toEqual([]);
        expect(emulator.proxy.connects).toEqual([]);
        expect((await request("GET", "/.well-known/openid-configuration", { token: null })).status).toBe(200);
    });
});

describe("the emulator through the calls the Pulumi auth0 plugin makes (made here by the auth0 SDK; the plugin itself runs in the engine suite's stand-in)", () => {
    test("create client → look for a grant to adopt → create grant → set the auth method → read → rotate → delete are answered in that order, every call logged and no secret in the log", async () => {
        const m = management();
        const secrets: string[] = [ADMIN.clientSecret];
        const client = await m.clients.create({
            name: "Konnect Portal DCR Admin (dev)",
            app_type: "non_interactive",
            grant_types: ["client_credentials"],
            description: "Managed by Pulumi",
        });
        const id = client.client_id!;
        secrets.push(client.client_secret!);
        const existing = await request(
            "GET",
            `/api/v2/client-grants?audience=${encodeURIComponent(MANAGEMENT_API)}&client_id=${id}&per_page=50&include_totals=true`,
        );
        expect(existing.body.client_grants).toEqual([]);
        const grant = await m.clientGrants.create({
            client_id: id,
            audience: MANAGEMENT_API,
            scope: ["create:client_grants", "read:clients", "update:client_keys"],
            subject_type: "client",
        });
        await m.clients.get(id);
        await m.clients.update(id, { token_endpoint_auth_method: "client_secret_post" });
        const read = await m.clients.get(id);
        expect(read.token_endpoint_auth_method).toBe("client_secret_post");
        const rotated = await m.clients.rotateSecret(id);
        secrets.push(rotated.client_secret!);
        expect(await m.clients.credentials.list(id)).toEqual([]);
        await m.clientGrants.delete(grant.id!);
        await m.clients.delete(id);

        expect(emulator.countsByRoute()).toEqual({
            "POST /oauth/token": 2,
            "POST /api/v2/clients": 1,
            "GET /api/v2/client-grants": 1,
            "POST /api/v2/client-grants": 1,
            "GET /api/v2/clients/{id}": 2,
            "PATCH /api/v2/clients/{id}": 1,
            "POST /api/v2/clients/{id}/rotate-secret": 1,
            "GET /api/v2/clients/{id}/credentials": 1,
            "DELETE /api/v2/client-grants/{id}": 1,
            "DELETE /api/v2/clients/{id}": 1,
        });
        expect(emulator.counts()).toEqual({ get: 4, write: 8 });
        expect(emulator.requests.every((r) => r.status >= 200 && r.status < 300)).toBe(true);
        const log = JSON.stringify(emulator.requests);
        for (const secret of secrets) {
            expect(log).not.toContain(secret);
        }
        expect(Object.keys(emulator.requests[0]).sort()).toEqual(["method", "path", "route", "status"]);
    });
});
