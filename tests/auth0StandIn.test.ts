/**
 * The Auth0 stand-in plugin (tests/engine/auth0StandIn, a TEST DOUBLE of pulumi-resource-auth0 for the engine
 * suite) driven in-process against the Auth0 tenant emulator: create / read / update / delete of each resource
 * type, import, diff and replacements, the getResourceServer function, secrets and errors. Expectations come from
 * the emulator's stored objects and from the provider's schema (terraform-provider-auth0), not from the stand-in.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import { Auth0Emulator, startAuth0Emulator } from "../emulators/auth0";
import { routeThisProcessThrough } from "../emulators/tls";
import {
    applyProviderConfig,
    auth0StandIn as standIn,
    isSecret,
    reveal,
    secret,
    STAND_IN_VERSION,
    typeOfUrn,
    withEngineRequest,
} from "./engine/auth0StandIn/provider";
import { AUTH0_PLUGIN_VERSION, AUTH0_STAND_IN_PLUGIN } from "./engine/auth0StandIn";

const DOMAIN = "acme-dev.us.auth0.com";
const ADMIN = { clientId: "standInAdminClientId000000000000", clientSecret: "stand-in-admin-secret-never-logged" };
const MANAGEMENT_API = `https://${DOMAIN}/api/v2/`;
const PORTAL_API = "https://api.acme.example/portal";

const STACK = "urn:pulumi:dev::konnect-auth0-dcr::";
const CLIENT = `${STACK}konnect-auth0-dcr:auth0:DcrAdmin$auth0:index/client:Client::dcr-admin-client`;
const GRANT = `${STACK}konnect-auth0-dcr:auth0:DcrAdmin$auth0:index/clientGrant:ClientGrant::dcr-admin-grant`;
const CREDENTIALS = `${STACK}konnect-auth0-dcr:auth0:DcrAdmin$auth0:index/clientCredentials:ClientCredentials::creds`;
const API = `${STACK}konnect-auth0-dcr:auth0:PortalAudience$auth0:index/resourceServer:ResourceServer::portal-api`;
const GET_RESOURCE_SERVER = "auth0:index/getResourceServer:getResourceServer";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The inputs DcrAdmin gives its client. */
const CLIENT_INPUTS = {
    name: "Konnect Portal DCR Admin (dev)",
    description: "Konnect Dev Portal Dynamic Client Registration. Managed by konnect-auth0-dcr.",
    appType: "non_interactive",
    grantTypes: ["client_credentials"],
    callbacks: [],
    allowedOrigins: [],
    webOrigins: [],
    oidcConformant: true,
    jwtConfiguration: { alg: "RS256" },
};

/** The client inputs read answers: the program's, and Auth0's defaults of the other program-settable fields. */
const READ_BACK = expect.objectContaining({
    ...CLIENT_INPUTS,
    jwtConfiguration: expect.objectContaining({ alg: "RS256" }),
});

let emulator: Auth0Emulator;
let restoreNetworking: (() => void) | undefined;

beforeAll(async () => {
    emulator = await startAuth0Emulator({ domain: DOMAIN, adminClient: ADMIN });
    restoreNetworking = routeThisProcessThrough(emulator.env, emulator.caPem);
});

afterAll(async () => {
    restoreNetworking?.();
    await emulator?.close();
});

beforeEach(() => {
    emulator.reset();
    // What the engine's Configure carries for a default provider (the secret as a Pulumi secret).
    applyProviderConfig({ domain: DOMAIN, clientId: ADMIN.clientId, clientSecret: secret(ADMIN.clientSecret) });
});

const stored = {
    client: (id: string) => emulator.clients().find((c) => c.client_id === id),
    grant: (id: string) => emulator.grants().find((g) => g.id === id),
    server: (id: string) => emulator.resourceServers().find((s) => s.id === id),
};

async function newClient(inputs: Record<string, unknown> = CLIENT_INPUTS): Promise<{ id: string; outs: any }> {
    await standIn.check!(CLIENT, {}, inputs);
    return (await standIn.create!(CLIENT, inputs)) as { id: string; outs: any };
}

function notFoundMessage(err: unknown): string {
    return err instanceof Error ? err.message : String(err);
}

describe("Client", () => {
    test("create, read, update and delete: the stored client is what the inputs say, in Auth0's names", async () => {
        const { id, outs } = await newClient();
        const live = stored.client(id)!;
        expect(live).toEqual(
            expect.objectContaining({
                name: CLIENT_INPUTS.name,
                description: CLIENT_INPUTS.description,
                app_type: "non_interactive",
                grant_types: ["client_credentials"],
                callbacks: [],
                allowed_origins: [],
                web_origins: [],
                oidc_conformant: true,
            }),
        );
        expect(live.jwt_configuration.alg).toBe("RS256");
        expect(outs.clientId).toBe(live.client_id);
        expect(outs).toEqual(
            expect.objectContaining({
                name: live.name,
                appType: live.app_type,
                grantTypes: live.grant_types,
                oidcConformant: true,
                jwtConfiguration: {
                    alg: "RS256",
                    lifetimeInSeconds: live.jwt_configuration.lifetime_in_seconds,
                    secretEncoded: live.jwt_configuration.secret_encoded,
                },
                isFirstParty: live.is_first_party,
            }),
        );
        // signingKeys is a secret output of the real provider; the client's secret is no Client output in 3.49.
        expect(isSecret(outs.signingKeys)).toBe(true);
        expect(reveal(outs.signingKeys)).toEqual(live.signing_keys);
        expect(JSON.stringify(outs)).not.toContain(live.client_secret);

        const read = await standIn.read!(id, CLIENT, outs);
        expect(read.id).toBe(id);
        expect(read.props).toEqual(outs);
        expect(read.inputs).toEqual(READ_BACK);

        const news = { ...CLIENT_INPUTS, description: "changed", callbacks: ["https://app.example/cb"] };
        expect(await standIn.diff!(id, CLIENT, outs, news)).toEqual({ changes: true, replaces: [] });
        const updated = await standIn.update!(id, CLIENT, outs, news);
        expect(stored.client(id)).toEqual(
            expect.objectContaining({ description: "changed", callbacks: ["https://app.example/cb"] }),
        );
        expect(updated.outs.description).toBe("changed");

        await standIn.delete!(id, CLIENT, updated.outs);
        expect(stored.client(id)).toBeUndefined();
        expect(await standIn.read!(id, CLIENT, updated.outs)).toEqual({});
        // Deleting what is already gone is no error.
        await standIn.delete!(id, CLIENT, updated.outs);
    });

    test("diff: the program's own inputs against what create answered are no change; absent and empty are alike", async () => {
        const { id, outs } = await newClient();
        expect(await standIn.diff!(id, CLIENT, outs, CLIENT_INPUTS)).toEqual({ changes: false, replaces: [] });
        // allowedLogoutUrls: Auth0 stores nothing for an unset list; [] in the program is the same.
        expect(await standIn.diff!(id, CLIENT, outs, { ...CLIENT_INPUTS, allowedLogoutUrls: [] })).toEqual({
            changes: false,
            replaces: [],
        });
        // Inputs the program leaves out are never a change, whatever the live object holds.
        expect(await standIn.diff!(id, CLIENT, outs, { name: CLIENT_INPUTS.name })).toEqual({
            changes: false,
            replaces: [],
        });
        expect(
            await standIn.diff!(id, CLIENT, outs, { ...CLIENT_INPUTS, grantTypes: ["client_credentials", "x"] }),
        ).toEqual({ changes: true, replaces: [] });
        expect(await standIn.diff!(id, CLIENT, outs, { ...CLIENT_INPUTS, jwtConfiguration: { alg: "HS256" } })).toEqual(
            { changes: true, replaces: [] },
        );
        expect(await standIn.diff!(id, CLIENT, outs, { ...CLIENT_INPUTS, name: UNKNOWN })).toEqual({
            changes: true,
            replaces: [],
        });
    });

    test("import: read with the client id and no props answers the live inputs", async () => {
        const { id } = await newClient();
        const imported = await standIn.read!(id, CLIENT, {});
        expect(imported.id).toBe(id);
        expect(imported.inputs).toEqual(READ_BACK);
        expect(imported.props.clientId).toBe(id);
        expect(await standIn.diff!(id, CLIENT, imported.props, CLIENT_INPUTS)).toEqual({
            changes: false,
            replaces: [],
        });
    });

    test("a secret input comes back as a secret output and is stored revealed", async () => {
        const { id, outs } = await newClient({ ...CLIENT_INPUTS, description: secret("confidential description") });
        expect(stored.client(id)!.description).toBe("confidential description");
        expect(outs.description).toEqual(secret("confidential description"));
    });
});

describe("ClientGrant", () => {
    const scopes = ["read:clients", "create:clients"];

    test("create, read, update and delete a grant on the Management API", async () => {
        const client = await newClient();
        const inputs = { clientId: client.id, audience: MANAGEMENT_API, subjectType: "client", scopes };
        const check = await standIn.check!(GRANT, {}, inputs);
        expect(check.failures).toEqual([]);
        const { id, outs } = await standIn.create!(GRANT, inputs);
        const live = stored.grant(id)!;
        expect(live).toEqual({
            id,
            client_id: client.id,
            audience: MANAGEMENT_API,
            subject_type: "client",
            scope: scopes,
        });
        expect(outs).toEqual(
            expect.objectContaining({ clientId: client.id, audience: MANAGEMENT_API, scopes, subjectType: "client" }),
        );
        expect(outs.isSystem).toBe(false);

        const read = await standIn.read!(id, GRANT, outs);
        expect(read.props).toEqual(outs);
        expect(read.inputs).toEqual(inputs);

        expect(await standIn.diff!(id, GRANT, outs, inputs)).toEqual({ changes: false, replaces: [] });
        const news = { ...inputs, scopes: ["read:clients"] };
        expect(await standIn.diff!(id, GRANT, outs, news)).toEqual({ changes: true, replaces: [] });
        const updated = await standIn.update!(id, GRANT, outs, news);
        expect(stored.grant(id)!.scope).toEqual(["read:clients"]);
        expect(updated.outs.scopes).toEqual(["read:clients"]);

        await standIn.delete!(id, GRANT, updated.outs);
        expect(stored.grant(id)).toBeUndefined();
        expect(await standIn.read!(id, GRANT, updated.outs)).toEqual({});
    });

    test("clientId, audience and subjectType changes are replacements (upstream ForceNew), also when unknown", async () => {
        const client = await newClient();
        const inputs = { clientId: client.id, audience: MANAGEMENT_API, subjectType: "client", scopes };
        const { id, outs } = await standIn.create!(GRANT, inputs);
        expect(await standIn.diff!(id, GRANT, outs, { ...inputs, clientId: "another" })).toEqual({
            changes: true,
            replaces: ["clientId"],
        });
        expect(await standIn.diff!(id, GRANT, outs, { ...inputs, audience: PORTAL_API, scopes: [] })).toEqual({
            changes: true,
            replaces: ["audience"],
        });
        expect(await standIn.diff!(id, GRANT, outs, { ...inputs, subjectType: "user" })).toEqual({
            changes: true,
            replaces: ["subjectType"],
        });
        expect(await standIn.diff!(id, GRANT, outs, { ...inputs, clientId: UNKNOWN })).toEqual({
            changes: true,
            replaces: ["clientId"],
        });
    });

    test("create adopts an existing grant for the same client and audience, as the real provider does", async () => {
        const client = await newClient();
        const first = await standIn.create!(GRANT, { clientId: client.id, audience: MANAGEMENT_API, scopes });
        const again = await standIn.create!(GRANT, {
            clientId: client.id,
            audience: MANAGEMENT_API,
            subjectType: "client",
            scopes: ["read:clients"],
        });
        expect(again.id).toBe(first.id);
        expect(emulator.grants().filter((g) => g.client_id === client.id)).toHaveLength(1);
        // Adopted as it is: the live scopes, so the next diff shows the difference.
        expect(again.outs.scopes).toEqual(scopes);
    });

    test("import by grant id answers the live inputs", async () => {
        const [adminGrant] = emulator.grants().filter((g) => g.client_id === ADMIN.clientId);
        const imported = await standIn.read!(adminGrant.id, GRANT, {});
        expect(imported.id).toBe(adminGrant.id);
        expect(imported.inputs).toEqual({
            clientId: ADMIN.clientId,
            audience: MANAGEMENT_API,
            scopes: adminGrant.scope,
            subjectType: "client",
        });
    });

    test("an audience the tenant does not have fails with Auth0's status and message, and no secret", async () => {
        const client = await newClient();
        const failure = standIn.create!(GRANT, { clientId: client.id, audience: PORTAL_API, scopes: [] });
        await expect(failure).rejects.toThrow(/404.*No resource with identifier https:\/\/api\.acme\.example\/portal/);
        const message = await failure.catch(notFoundMessage);
        expect(message).not.toContain(ADMIN.clientSecret);
    });
});

describe("ResourceServer", () => {
    /** The inputs PortalAudience gives its API. */
    const inputs = {
        identifier: PORTAL_API,
        name: "Konnect Dev Portal (dev)",
        signingAlg: "RS256",
        allowOfflineAccess: false,
        tokenDialect: "access_token",
    };

    test("create, read, update and delete", async () => {
        const { id, outs } = await standIn.create!(API, inputs);
        const live = stored.server(id)!;
        expect(live).toEqual(
            expect.objectContaining({
                identifier: PORTAL_API,
                name: inputs.name,
                signing_alg: "RS256",
                allow_offline_access: false,
                token_dialect: "access_token",
            }),
        );
        expect(outs).toEqual(
            expect.objectContaining({
                ...inputs,
                tokenLifetime: live.token_lifetime,
                tokenLifetimeForWeb: live.token_lifetime_for_web,
                isSystem: false,
            }),
        );
        expect(outs).not.toHaveProperty("signingSecret");
        expect(await standIn.diff!(id, API, outs, inputs)).toEqual({ changes: false, replaces: [] });

        const news = { ...inputs, name: "Renamed" };
        expect(await standIn.diff!(id, API, outs, news)).toEqual({ changes: true, replaces: [] });
        const updated = await standIn.update!(id, API, outs, news);
        expect(stored.server(id)!.name).toBe("Renamed");
        expect(updated.outs.name).toBe("Renamed");

        await standIn.delete!(id, API, updated.outs);
        expect(stored.server(id)).toBeUndefined();
        expect(await standIn.read!(id, API, updated.outs)).toEqual({});
    });

    test("an identifier change is a replacement (upstream ForceNew)", async () => {
        const { id, outs } = await standIn.create!(API, inputs);
        expect(await standIn.diff!(id, API, outs, { ...inputs, identifier: "https://api.acme.example/other" })).toEqual(
            { changes: true, replaces: ["identifier"] },
        );
    });

    test("import: read with the id and no props answers the live inputs", async () => {
        const { id } = await standIn.create!(API, inputs);
        const imported = await standIn.read!(id, API, {});
        expect(imported.id).toBe(id);
        expect(imported.inputs).toEqual(
            expect.objectContaining({ ...inputs, tokenLifetime: stored.server(id)!.token_lifetime }),
        );
    });

    test("an HS256 API's generated signing secret is an output", async () => {
        const { id, outs } = await standIn.create!(API, { ...inputs, signingAlg: "HS256" });
        expect(reveal(outs.signingSecret)).toBe(stored.server(id)!.signing_secret);
        expect(outs.signingSecret).toEqual(expect.any(String));
    });
});

describe("ClientCredentials", () => {
    test("create sets the client's token endpoint auth method and answers its secret as a secret; id is the client id", async () => {
        const client = await newClient();
        expect(stored.client(client.id)).not.toHaveProperty("token_endpoint_auth_method");
        const inputs = { clientId: client.id, authenticationMethod: "client_secret_post" };
        expect((await standIn.check!(CREDENTIALS, {}, inputs)).failures).toEqual([]);
        const { id, outs } = await standIn.create!(CREDENTIALS, inputs);
        const live = stored.client(client.id)!;
        expect(id).toBe(client.id);
        expect(live.token_endpoint_auth_method).toBe("client_secret_post");
        expect(outs.clientId).toBe(client.id);
        expect(outs.authenticationMethod).toBe("client_secret_post");
        expect(isSecret(outs.clientSecret)).toBe(true);
        expect(reveal(outs.clientSecret)).toBe(live.client_secret);
        expect(await standIn.diff!(id, CREDENTIALS, outs, inputs)).toEqual({ changes: false, replaces: [] });

        const news = { ...inputs, authenticationMethod: "client_secret_basic" };
        expect(await standIn.diff!(id, CREDENTIALS, outs, news)).toEqual({ changes: true, replaces: [] });
        const updated = await standIn.update!(id, CREDENTIALS, outs, news);
        expect(stored.client(client.id)!.token_endpoint_auth_method).toBe("client_secret_basic");
        expect(updated.outs.authenticationMethod).toBe("client_secret_basic");

        expect(await standIn.diff!(id, CREDENTIALS, outs, { ...inputs, clientId: "another" })).toEqual({
            changes: true,
            replaces: ["clientId"],
        });

        // Delete sets the method back to the app type's default (client_secret_post for non_interactive).
        await standIn.delete!(id, CREDENTIALS, updated.outs);
        expect(stored.client(client.id)!.token_endpoint_auth_method).toBe("client_secret_post");
        expect(stored.client(client.id)!.client_secret).toBe(live.client_secret);
    });

    test("a secret it is given is set on the client and comes back as a secret", async () => {
        const client = await newClient();
        const chosen = "a-client-secret-chosen-by-the-program-000000";
        const { outs } = await standIn.create!(CREDENTIALS, {
            clientId: client.id,
            authenticationMethod: "client_secret_post",
            clientSecret: secret(chosen),
        });
        expect(stored.client(client.id)!.client_secret).toBe(chosen);
        expect(outs.clientSecret).toEqual(secret(chosen));
    });

    test("import by client id answers the live inputs; a rotated secret shows on read", async () => {
        const client = await newClient();
        await standIn.create!(CREDENTIALS, { clientId: client.id, authenticationMethod: "client_secret_post" });
        const rotated = emulator.rotateSecret(client.id);
        const imported = await standIn.read!(client.id, CREDENTIALS, {});
        expect(imported.id).toBe(client.id);
        expect(imported.inputs).toEqual({ clientId: client.id, authenticationMethod: "client_secret_post" });
        expect(imported.props.clientSecret).toEqual(secret(rotated));
    });

    test("a client that does not exist: create fails with Auth0's 404, read and delete see it gone", async () => {
        await expect(
            standIn.create!(CREDENTIALS, { clientId: "noSuchClient", authenticationMethod: "client_secret_post" }),
        ).rejects.toThrow(/404.*The client does not exist/);
        expect(await standIn.read!("noSuchClient", CREDENTIALS, {})).toEqual({});
        await standIn.delete!("noSuchClient", CREDENTIALS, {});
    });

    test("check refuses methods the stand-in does not implement", async () => {
        const { failures } = await standIn.check!(
            CREDENTIALS,
            {},
            { clientId: "x", authenticationMethod: "private_key_jwt" },
        );
        expect(failures).toEqual([expect.objectContaining({ property: "authenticationMethod" })]);
    });
});

describe("getResourceServer", () => {
    test("finds an API by identifier or by id; an unknown identifier fails with Auth0's 404", async () => {
        const { id } = await standIn.create!(API, { identifier: PORTAL_API, name: "Portal", signingAlg: "RS256" });
        const live = stored.server(id)!;
        const byIdentifier = await standIn.invoke!(GET_RESOURCE_SERVER, { identifier: PORTAL_API });
        expect(byIdentifier.outputs).toEqual(
            expect.objectContaining({
                id,
                identifier: PORTAL_API,
                name: "Portal",
                signingAlg: "RS256",
                tokenLifetime: live.token_lifetime,
                isSystem: false,
            }),
        );
        const byId = await standIn.invoke!(GET_RESOURCE_SERVER, { resourceServerId: id });
        expect(byId.outputs.identifier).toBe(PORTAL_API);
        const management = await standIn.invoke!(GET_RESOURCE_SERVER, { identifier: MANAGEMENT_API });
        expect(management.outputs.isSystem).toBe(true);
        expect(management.outputs.scopes).toContainEqual({ value: "read:clients", description: "Read Clients" });
        await expect(
            standIn.invoke!(GET_RESOURCE_SERVER, { identifier: "https://api.acme.example/none" }),
        ).rejects.toThrow(/404.*The resource server does not exist/);
        await expect(standIn.invoke!("auth0:index/getClient:getClient", {})).rejects.toThrow(/unsupported function/);
    });
});

describe("previews and refreshes (what the gRPC request adds)", () => {
    test("a preview create or update changes nothing in Auth0; an update keeps the computed client id", async () => {
        const before = emulator.counts().write;
        const planned = await withEngineRequest({ preview: true }, () => standIn.create!(CLIENT, CLIENT_INPUTS));
        expect(planned).toEqual({ id: "", outs: CLIENT_INPUTS });
        expect(emulator.clients()).toHaveLength(1);

        const { id, outs } = await newClient();
        const writes = emulator.counts().write;
        expect(writes).toBeGreaterThan(before);
        const news = { ...CLIENT_INPUTS, description: "planned" };
        const update = await withEngineRequest({ preview: true }, () => standIn.update!(id, CLIENT, outs, news));
        expect(update.outs).toEqual({ ...outs, description: "planned" });
        expect(update.outs.clientId).toBe(id);
        expect(emulator.counts().write).toBe(writes);
        expect(stored.client(id)!.description).toBe(CLIENT_INPUTS.description);
    });

    test("a refresh answers only the inputs the state had (nested objects too), with Auth0's current values", async () => {
        const { id } = await newClient();
        emulator.resetRequests();
        await standIn.update!(id, CLIENT, {}, { ...CLIENT_INPUTS, description: "changed out of band" });
        const refreshed = await withEngineRequest({ oldInputs: CLIENT_INPUTS }, () => standIn.read!(id, CLIENT, {}));
        expect(refreshed.inputs).toEqual({ ...CLIENT_INPUTS, description: "changed out of band" });
        // Secret inputs stay secret.
        const secretInputs = { ...CLIENT_INPUTS, name: secret(CLIENT_INPUTS.name) };
        const again = await withEngineRequest({ oldInputs: secretInputs }, () => standIn.read!(id, CLIENT, {}));
        expect(again.inputs.name).toEqual(secret(CLIENT_INPUTS.name));
        expect(again.props.name).toEqual(secret(CLIENT_INPUTS.name));
    });
});

describe("plumbing", () => {
    test("the resource type is the URN type's last segment after the parent chain", () => {
        expect(typeOfUrn(GRANT)).toBe("auth0:index/clientGrant:ClientGrant");
        expect(typeOfUrn(`${STACK}auth0:index/client:Client::plain`)).toBe("auth0:index/client:Client");
    });

    test("check reports required and unimplemented properties", async () => {
        const { failures } = await standIn.check!(GRANT, {}, { clientId: "x", scopes: [], organizations: ["o"] });
        expect(failures).toEqual(
            expect.arrayContaining([
                expect.objectContaining({ property: "organizations" }),
                expect.objectContaining({ property: "audience" }),
            ]),
        );
        await expect(standIn.check!(`${STACK}auth0:index/role:Role::r`, {}, {})).rejects.toThrow(/unsupported/);
    });

    test("without provider config the credentials come from AUTH0_DOMAIN / AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET", async () => {
        applyProviderConfig(undefined, {});
        const saved = { ...process.env };
        try {
            delete process.env.AUTH0_DOMAIN;
            await expect(standIn.read!(ADMIN.clientId, CLIENT, {})).rejects.toThrow(/no Auth0 domain/);
            process.env.AUTH0_DOMAIN = DOMAIN;
            process.env.AUTH0_CLIENT_ID = ADMIN.clientId;
            process.env.AUTH0_CLIENT_SECRET = ADMIN.clientSecret;
            expect((await standIn.read!(ADMIN.clientId, CLIENT, {})).id).toBe(ADMIN.clientId);
        } finally {
            for (const name of ["AUTH0_DOMAIN", "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET"]) {
                if (saved[name] === undefined) delete process.env[name];
                else process.env[name] = saved[name];
            }
        }
    });

    test("config in Configure's variables form (auth0:config:<key>) works too; a wrong secret is Auth0's 401, redacted", async () => {
        applyProviderConfig(undefined, {
            "auth0:config:domain": `https://${DOMAIN}/`,
            "auth0:config:clientId": ADMIN.clientId,
            "auth0:config:clientSecret": ADMIN.clientSecret,
        });
        expect((await standIn.read!(ADMIN.clientId, CLIENT, {})).id).toBe(ADMIN.clientId);
        const wrong = "wrong-secret-for-the-admin-client";
        applyProviderConfig({ domain: DOMAIN, clientId: ADMIN.clientId, clientSecret: secret(wrong) });
        const message = await standIn.read!(ADMIN.clientId, CLIENT, {}).then(() => "succeeded", notFoundMessage);
        expect(message).toMatch(/401.*access_denied.*Unauthorized/);
        expect(message).not.toContain(wrong);
    });

    test("the version is the one @pulumi/auth0 asks for, and the wrapper starts the plugin (it prints its port)", async () => {
        expect(STAND_IN_VERSION).toBe(AUTH0_PLUGIN_VERSION);
        expect(fs.statSync(AUTH0_STAND_IN_PLUGIN).mode & 0o777).toBe(0o755);
        const child = spawn(AUTH0_STAND_IN_PLUGIN, [], { stdio: ["ignore", "pipe", "pipe"] });
        try {
            const firstLine = await new Promise<string>((resolve, reject) => {
                let out = "";
                child.stdout.on("data", (chunk: Buffer) => {
                    out += chunk.toString();
                    if (out.includes("\n")) resolve(out.split("\n")[0]);
                });
                child.on("error", reject);
                child.on("exit", (code) => reject(new Error(`the plugin exited with ${code} before printing a port`)));
            });
            expect(firstLine).toMatch(/^\d+$/);
        } finally {
            child.kill();
        }
    });
});
