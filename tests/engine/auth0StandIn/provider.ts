// TEST DOUBLE of the Pulumi Auth0 provider (pulumi-resource-auth0) for the engine suite and the local sandbox: never installed for a real deploy.
/**
 * A stand-in for `pulumi-resource-auth0` 3.49.0, which cannot be downloaded or built here: a resource plugin
 * written with `@pulumi/pulumi/provider`, so that the real Pulumi CLI can run the stack's own program against
 * the Auth0 tenant emulator (`emulators/auth0.ts`). It serves only what the program registers:
 * `auth0:index/client:Client`, `auth0:index/clientGrant:ClientGrant`, `auth0:index/resourceServer:ResourceServer`,
 * `auth0:index/clientCredentials:ClientCredentials` and the function `auth0:index/getResourceServer:getResourceServer`,
 * with the SDK's camelCase property names mapped to the Management API's snake_case bodies, and calls the tenant
 * through the `auth0` npm ManagementClient.
 *
 * What it copies from the real provider (terraform-provider-auth0 through the Pulumi bridge):
 * - replacements: ClientGrant `clientId`, `audience`, `subjectType`; ResourceServer `identifier`;
 *   ClientCredentials `clientId` (the upstream schema's ForceNew fields);
 * - ClientGrant create adopts an existing grant for the same client, audience and subject type (the upstream
 *   create lists grants first and reads the one it finds, changing nothing);
 * - ClientCredentials is keyed by the client id: create checks that the client exists and PATCHes its
 *   `token_endpoint_auth_method` (and `client_secret` when given); delete sets the method back to the app type's
 *   default (`none` for native and spa, `client_secret_post` for regular_web and non_interactive, else basic);
 * - secret outputs: ClientCredentials `clientSecret` and Client `signingKeys` come back as Pulumi secrets; any
 *   input given as a secret comes back as a secret output of the same name. ResourceServer `signingSecret` is not
 *   marked secret (the real provider does not either; the program asks for it with `additionalSecretOutputs`);
 * - every write is followed by a read, and a read that gets 404 reports the object gone (no id);
 * - previews: Create and Update with `preview` change nothing (the plugin answers `supportsPreview`, so an
 *   in-place update keeps computed outputs such as the client id known); Read on refresh answers only the
 *   inputs the state had, on import every program-settable field the object has.
 *
 * `diff` compares only the properties the program sets (a property it leaves out is never a change), treating
 * absent, null, "", [] and {} alike, and nested objects by the keys the program sets (user maps such as
 * `clientMetadata` whole). A property the stand-in does not implement fails `check`, so a new program input is
 * noticed rather than dropped.
 *
 * Credentials: the provider configuration (`auth0:domain`, `auth0:clientId`, `auth0:clientSecret`, or
 * `auth0:apiToken`), else `AUTH0_DOMAIN`, `AUTH0_CLIENT_ID`, `AUTH0_CLIENT_SECRET` (`AUTH0_API_TOKEN`). Nothing
 * here prints or logs a secret: errors name the call, Auth0's status and message, and known secrets are redacted.
 */
import { AsyncLocalStorage } from "async_hooks";
import { createRequire } from "module";
import { ManagementClient } from "auth0";
import * as provider from "@pulumi/pulumi/provider";

/** The version of the real plugin this stands in for (`@pulumi/auth0`'s `pulumi.version`). */
export const STAND_IN_VERSION = "3.49.0";

type Json = Record<string, any>;

/** Pulumi's marker for a secret value in provider payloads. */
const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** What the engine sends for a value not known yet (preview). */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** Pulumi's marker for an output value (`{sig, value?, secret?, dependencies?}`), should the engine send one. */
const OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

export interface SecretValue<T = unknown> {
    [SECRET_SIG_KEY]: typeof SECRET_SIG;
    value: T;
}

/** Wraps a value as a Pulumi secret, as the engine expects it in a provider's outputs. */
export function secret<T>(value: T): SecretValue<T> {
    return { [SECRET_SIG_KEY]: SECRET_SIG, value };
}

export function isSecret(value: unknown): value is SecretValue {
    return typeof value === "object" && value !== null && (value as Json)[SECRET_SIG_KEY] === SECRET_SIG;
}

function isOutputValue(value: unknown): value is { value?: unknown; secret?: boolean } {
    return typeof value === "object" && value !== null && (value as Json)[SECRET_SIG_KEY] === OUTPUT_SIG;
}

/** Whether an input is secret: a secret, or an output value marked secret. */
function isSecretInput(value: unknown): boolean {
    return isSecret(value) || (isOutputValue(value) && value.secret === true);
}

/** The value with every secret (and output value) wrapper, at any depth, removed; an unknown output is UNKNOWN. */
export function reveal(value: unknown): any {
    if (isSecret(value)) return reveal(value.value);
    if (isOutputValue(value)) return "value" in value ? reveal(value.value) : UNKNOWN;
    if (Array.isArray(value)) return value.map(reveal);
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reveal(v)]));
    }
    return value;
}

function containsUnknown(value: unknown): boolean {
    if (value === UNKNOWN) return true;
    if (Array.isArray(value)) return value.some(containsUnknown);
    if (typeof value === "object" && value !== null) return Object.values(value).some(containsUnknown);
    return false;
}

// --- Configuration -----------------------------------------------------------------------------------------------

interface Credentials {
    domain?: string;
    clientId?: string;
    clientSecret?: string;
    apiToken?: string;
}

/** What the provider configuration said (set by `applyProviderConfig`); the environment fills the gaps. */
let configured: Credentials = {};

/**
 * Takes the provider configuration from a Configure request: `args` (the engine's property map: `domain`,
 * `clientId`, …, values possibly secret-wrapped) or else `variables` (`auth0:config:domain` → string). Replaces
 * whatever was configured before. Exported for in-process tests, which have no engine to send Configure.
 */
export function applyProviderConfig(args: Json | undefined, variables: Record<string, string> = {}): void {
    const values: Json = {};
    for (const [key, value] of Object.entries(variables)) {
        values[key.slice(key.lastIndexOf(":") + 1)] = value;
    }
    for (const [key, value] of Object.entries(args ?? {})) {
        values[key.slice(key.lastIndexOf(":") + 1)] = reveal(value);
    }
    const text = (v: unknown) => (typeof v === "string" && v !== "" && v !== UNKNOWN ? v : undefined);
    configured = {
        domain: text(values.domain),
        clientId: text(values.clientId ?? values.client_id),
        clientSecret: text(values.clientSecret ?? values.client_secret),
        apiToken: text(values.apiToken ?? values.api_token),
    };
}

function credentials(): Credentials {
    const env = (name: string) => (process.env[name] ? process.env[name] : undefined);
    return {
        // go-auth0 strips any scheme and prepends https://; the node client wants a bare host name.
        domain: (configured.domain ?? env("AUTH0_DOMAIN"))?.replace(/^[a-z]+:\/\//i, "").replace(/\/+$/, ""),
        clientId: configured.clientId ?? env("AUTH0_CLIENT_ID"),
        clientSecret: configured.clientSecret ?? env("AUTH0_CLIENT_SECRET"),
        apiToken: configured.apiToken ?? env("AUTH0_API_TOKEN"),
    };
}

/** Replaces every known secret in `text` (used on every error message this plugin raises). */
function redact(text: string): string {
    let out = text;
    const { clientSecret, apiToken } = credentials();
    for (const s of [clientSecret, apiToken]) {
        if (s && s.length >= 4) out = out.split(s).join("[secret]");
    }
    return out;
}

const clients = new Map<string, ManagementClient>();

function management(): ManagementClient {
    const { domain, clientId, clientSecret, apiToken } = credentials();
    if (!domain) {
        throw new Error("auth0 stand-in: no Auth0 domain: set the auth0:domain config or AUTH0_DOMAIN");
    }
    if (!apiToken && (!clientId || !clientSecret)) {
        throw new Error(
            "auth0 stand-in: no Auth0 credentials: set auth0:clientId and auth0:clientSecret (or AUTH0_CLIENT_ID and " +
                "AUTH0_CLIENT_SECRET), or auth0:apiToken (AUTH0_API_TOKEN)",
        );
    }
    const key = JSON.stringify([domain, clientId, clientSecret, apiToken]);
    let client = clients.get(key);
    if (!client) {
        client = apiToken
            ? new ManagementClient({ domain, token: apiToken })
            : new ManagementClient({ domain, clientId: clientId!, clientSecret: clientSecret! });
        clients.set(key, client);
    }
    return client;
}

// --- Errors ------------------------------------------------------------------------------------------------------

/** A failed Management API call: names the call, Auth0's status and message; never a secret. */
export class Auth0CallError extends Error {
    constructor(
        message: string,
        readonly statusCode?: number,
    ) {
        super(message);
        this.name = "Auth0CallError";
    }
}

function describeFailure(what: string, err: unknown): Auth0CallError {
    const e = (err ?? {}) as Json;
    const status: number | undefined = typeof e.statusCode === "number" ? e.statusCode : undefined;
    const body = e.body;
    let detail: string;
    if (body && typeof body === "object") {
        const message = body.message ?? body.error_description;
        detail = [body.error, message].filter((p) => typeof p === "string" && p !== "").join(": ");
        if (typeof body.errorCode === "string") detail += ` (${body.errorCode})`;
    } else if (typeof body === "string" && body.trim() !== "") {
        detail = body.trim().slice(0, 300);
    } else {
        const cause = e.cause as Json | undefined;
        detail = `${String(e.message ?? err).split("\n")[0]}${cause?.code ? ` (${cause.code})` : ""}`;
    }
    const message =
        status === undefined
            ? `auth0 stand-in: ${what} failed: ${detail}`
            : `auth0 stand-in: ${what}: Auth0 answered ${status}: ${detail}`;
    return new Auth0CallError(redact(message), status);
}

/** Runs one Management API call, turning its failure into an {@link Auth0CallError}. */
async function auth0<T>(what: string, call: (api: ManagementClient) => Promise<T>): Promise<T> {
    const api = management();
    try {
        return await call(api);
    } catch (err) {
        throw describeFailure(what, err);
    }
}

const isNotFound = (err: unknown) => err instanceof Auth0CallError && err.statusCode === 404;

/** The call's answer, or undefined when Auth0 answers 404. */
async function unlessGone<T>(what: string, call: (api: ManagementClient) => Promise<T>): Promise<T | undefined> {
    try {
        return await auth0(what, call);
    } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
    }
}

// --- Property mapping --------------------------------------------------------------------------------------------

interface Field {
    /** The SDK's (camelCase) property name. */
    readonly name: string;
    /** The Management API's (snake_case) name. */
    readonly api: string;
    /** "object": keys converted camelCase ↔ snake_case (except `maps`); "map": a user map, kept as it is. */
    readonly nested?: "object" | "map";
    /** For objects: keys holding user maps. */
    readonly maps?: readonly string[];
    readonly required?: boolean;
    /** A change replaces the object (upstream ForceNew). */
    readonly replaces?: boolean;
    /** Set on create only; never in a PATCH body. */
    readonly createOnly?: boolean;
    /** Left out of the inputs `read` answers. */
    readonly notReadBack?: boolean;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function field(name: string, extra: Partial<Field> = {}): Field {
    return { name, api: snake(name), ...extra };
}

function convertKeys(value: unknown, rename: (key: string) => string, maps: readonly string[]): unknown {
    if (Array.isArray(value)) return value.map((v) => convertKeys(v, rename, []));
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [rename(k), maps.includes(camel(k)) ? v : convertKeys(v, rename, [])]),
    );
}

function toApi(f: Field, value: unknown): unknown {
    return f.nested === "object" ? convertKeys(value, snake, f.maps ?? []) : value;
}

function fromApi(f: Field, value: unknown): unknown {
    return f.nested === "object" ? convertKeys(value, camel, f.maps ?? []) : value;
}

const present = (v: unknown): boolean => v !== undefined && v !== null;

/** The API body for the fields of `inputs` that are set (secrets revealed). */
function body(fields: readonly Field[], inputs: Json, opts: { update?: boolean } = {}): Json {
    const out: Json = {};
    for (const f of fields) {
        if (opts.update && f.createOnly) continue;
        const value = reveal(inputs[f.name]);
        if (present(value)) out[f.api] = toApi(f, value);
    }
    return out;
}

/** The SDK properties of the live object's fields. */
function properties(fields: readonly Field[], live: Json, opts: { inputs?: boolean } = {}): Json {
    const out: Json = {};
    for (const f of fields) {
        if (opts.inputs && f.notReadBack) continue;
        if (present(live[f.api])) out[f.name] = fromApi(f, live[f.api]);
    }
    return out;
}

/** An output whose input was a secret stays a secret. */
function keepSecrets(outs: Json, inputs: Json): Json {
    const result = { ...outs };
    for (const [key, value] of Object.entries(inputs)) {
        if (isSecretInput(value) && key in result && !isSecret(result[key])) result[key] = secret(result[key]);
    }
    return result;
}

function isEmpty(v: unknown): boolean {
    return (
        v === undefined ||
        v === null ||
        v === "" ||
        (Array.isArray(v) && v.length === 0) ||
        (typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)
    );
}

/** Whether the live (old) value already is what the program sets; objects by the keys the program sets. */
function sameValue(old: unknown, next: unknown, whole = false): boolean {
    if (isEmpty(next) || isEmpty(old)) return isEmpty(next) && isEmpty(old);
    if (Array.isArray(next)) {
        return Array.isArray(old) && old.length === next.length && next.every((v, i) => sameValue(old[i], v, true));
    }
    if (typeof next === "object" && next !== null) {
        if (typeof old !== "object" || old === null || Array.isArray(old)) return false;
        const keys = new Set([...Object.keys(next), ...(whole ? Object.keys(old) : [])]);
        return [...keys].every((k) => sameValue((old as Json)[k], (next as Json)[k], whole));
    }
    return old === next;
}

// --- The engine's request ---------------------------------------------------------------------------------------

/**
 * What the gRPC request says beyond the arguments `@pulumi/pulumi/provider` hands to the provider object: whether
 * Create / Update are a preview, and the resource's old inputs on Read. Set by the service wrapper (see
 * `wrapService`) for the duration of one call; in-process tests set it with {@link withEngineRequest}.
 */
export interface EngineRequest {
    /** Create / Update during a preview: plan, change nothing. */
    readonly preview?: boolean;
    /** Read during a refresh: the inputs in the state (empty or absent on import). */
    readonly oldInputs?: Json;
}

const engineRequest = new AsyncLocalStorage<EngineRequest>();

export function withEngineRequest<T>(request: EngineRequest, call: () => T): T {
    return engineRequest.run(request, call);
}

/**
 * The inputs a Read answers. On import (no old inputs) every program-settable field the object has; on refresh
 * only the fields the old inputs have (nested objects likewise, user maps whole), as the bridge extracts them, so
 * a refresh does not add inputs the program never set (they would show as removals in every later diff).
 */
function readInputs(kind: ResourceKind, found: ReadAnswer, oldInputs: Json | undefined): Json {
    if (!oldInputs || Object.keys(oldInputs).length === 0) return found.inputs;
    const restrict = (live: unknown, old: unknown): unknown => {
        if (!isPlainObject(live) || !isPlainObject(old)) return live;
        const out: Json = {};
        for (const [key, value] of Object.entries(old)) {
            if (key in live) out[key] = restrict(live[key], value);
            else if (isEmpty(reveal(value))) out[key] = value;
        }
        return out;
    };
    const inputs: Json = {};
    for (const [key, old] of Object.entries(oldInputs)) {
        const f = kind.fields.find((candidate) => candidate.name === key);
        if (key in found.inputs) {
            const value = f?.nested === "map" ? found.inputs[key] : restrict(found.inputs[key], old);
            inputs[key] = isSecretInput(old) ? secret(value) : value;
        } else if (isEmpty(reveal(old)) || sameValue(reveal(found.outs[key]), reveal(old))) {
            // Not read back (or absent and empty): what the state had still holds.
            inputs[key] = old;
        }
    }
    return inputs;
}

/** A previewed update's outputs: the old outputs with the new inputs over them (objects merged, user maps whole). */
function planned(kind: ResourceKind, olds: Json, news: Json): Json {
    const merge = (old: unknown, next: unknown): unknown =>
        isPlainObject(old) && isPlainObject(next) && !isSecret(old) && !isSecret(next)
            ? Object.fromEntries(
                  [...new Set([...Object.keys(old), ...Object.keys(next)])].map((k) => [
                      k,
                      k in next ? merge(old[k], next[k]) : old[k],
                  ]),
              )
            : next;
    const outs: Json = { ...olds };
    for (const [key, value] of Object.entries(news)) {
        const f = kind.fields.find((candidate) => candidate.name === key);
        outs[key] = f?.nested === "object" ? merge(olds[key], value) : value;
    }
    return outs;
}

function isPlainObject(value: unknown): value is Json {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

// --- Resources ---------------------------------------------------------------------------------------------------

interface ReadAnswer {
    id: string;
    outs: Json;
    inputs: Json;
}

interface ResourceKind {
    readonly fields: readonly Field[];
    create(inputs: Json): Promise<ReadAnswer>;
    /** Undefined when the object is gone. */
    read(id: string): Promise<ReadAnswer | undefined>;
    update(id: string, olds: Json, news: Json): Promise<ReadAnswer>;
    delete(id: string): Promise<void>;
}

async function mustRead(kind: ResourceKind, id: string, what: string): Promise<ReadAnswer> {
    const answer = await kind.read(id);
    if (!answer) throw new Auth0CallError(`auth0 stand-in: ${what} ${id} is gone right after it was written`, 404);
    return answer;
}

const CLIENT_FIELDS: readonly Field[] = [
    field("name", { required: true }),
    field("description"),
    field("appType"),
    field("grantTypes"),
    field("callbacks"),
    field("allowedOrigins"),
    field("webOrigins"),
    field("allowedLogoutUrls"),
    field("allowedClients"),
    field("clientAliases"),
    field("oidcConformant"),
    field("isFirstParty"),
    field("isTokenEndpointIpHeaderTrusted"),
    field("logoUri"),
    field("initiateLoginUri"),
    field("sso"),
    field("ssoDisabled"),
    field("crossOriginAuth", { api: "cross_origin_authentication" }),
    field("crossOriginLoc"),
    field("customLoginPageOn"),
    field("customLoginPage"),
    field("formTemplate"),
    field("clientMetadata", { nested: "map" }),
    field("organizationUsage"),
    field("organizationRequireBehavior"),
    field("requirePushedAuthorizationRequests"),
    field("requireProofOfPossession"),
    field("complianceLevel"),
    field("jwtConfiguration", { nested: "object", maps: ["scopes"] }),
    field("refreshToken", { nested: "object" }),
];

const clientKind: ResourceKind = {
    fields: CLIENT_FIELDS,
    async create(inputs) {
        const created = (await auth0("POST client", (api) =>
            api.clients.create(body(CLIENT_FIELDS, inputs) as any),
        )) as Json;
        return mustRead(clientKind, created.client_id, "client");
    },
    async read(id) {
        const live = (await unlessGone(`GET client ${id}`, (api) => api.clients.get(id))) as Json | undefined;
        if (!live) return undefined;
        const props = properties(CLIENT_FIELDS, live);
        const outs: Json = { ...props, clientId: live.client_id };
        if (present(live.signing_keys)) outs.signingKeys = secret(live.signing_keys);
        return { id: live.client_id, outs, inputs: properties(CLIENT_FIELDS, live, { inputs: true }) };
    },
    async update(id, _olds, news) {
        await auth0(`PATCH client ${id}`, (api) =>
            api.clients.update(id, body(CLIENT_FIELDS, news, { update: true }) as any),
        );
        return mustRead(clientKind, id, "client");
    },
    async delete(id) {
        await unlessGone(`DELETE client ${id}`, (api) => api.clients.delete(id));
    },
};

const GRANT_FIELDS: readonly Field[] = [
    field("clientId", { required: true, replaces: true, createOnly: true }),
    field("audience", { required: true, replaces: true, createOnly: true }),
    field("scopes", { api: "scope" }),
    field("subjectType", { replaces: true, createOnly: true }),
    field("allowAllScopes"),
    field("allowAnyOrganization"),
    field("organizationUsage"),
    field("authorizationDetailsTypes"),
];

const grantKind: ResourceKind = {
    fields: GRANT_FIELDS,
    async create(inputs) {
        const wanted = body(GRANT_FIELDS, inputs);
        const subject = wanted.subject_type ?? "client";
        const page = await auth0(`GET client-grants of ${wanted.client_id}`, (api) =>
            api.clientGrants.list({ audience: wanted.audience, client_id: wanted.client_id }),
        );
        // As the real provider does: an existing grant for this client and audience is adopted as it is.
        const existing = (page.data as Json[]).find(
            (g) =>
                g.client_id === wanted.client_id &&
                g.audience === wanted.audience &&
                (g.subject_type ?? "client") === subject,
        );
        if (existing) return mustRead(grantKind, existing.id, "client grant");
        if (!wanted.allow_all_scopes && wanted.scope === undefined) wanted.scope = [];
        const created = (await auth0(`POST client grant for ${wanted.client_id}`, (api) =>
            api.clientGrants.create(wanted as any),
        )) as Json;
        return mustRead(grantKind, created.id, "client grant");
    },
    async read(id) {
        const live = (await unlessGone(`GET client grant ${id}`, (api) => api.clientGrants.get(id))) as
            Json | undefined;
        if (!live) return undefined;
        // Upstream's computed defaults: subject type "client", allowAllScopes false, scopes [] unless all scopes.
        const normalized: Json = { subject_type: "client", ...live };
        if (!live.allow_all_scopes && !present(live.scope)) normalized.scope = [];
        const outs: Json = {
            ...properties(GRANT_FIELDS, normalized),
            allowAllScopes: live.allow_all_scopes ?? false,
            isSystem: live.is_system ?? false,
        };
        return { id: live.id, outs, inputs: properties(GRANT_FIELDS, normalized, { inputs: true }) };
    },
    async update(id, _olds, news) {
        const patch = body(GRANT_FIELDS, news, { update: true });
        if (!patch.allow_all_scopes && patch.scope === undefined) patch.scope = [];
        await auth0(`PATCH client grant ${id}`, (api) => api.clientGrants.update(id, patch as any));
        return mustRead(grantKind, id, "client grant");
    },
    async delete(id) {
        await unlessGone(`DELETE client grant ${id}`, (api) => api.clientGrants.delete(id));
    },
};

const RESOURCE_SERVER_FIELDS: readonly Field[] = [
    field("identifier", { required: true, replaces: true, createOnly: true }),
    field("name"),
    field("signingAlg"),
    // Auth0 generates one for HS256; read back only as an output (the program does not set it).
    field("signingSecret", { notReadBack: true }),
    field("allowOfflineAccess"),
    field("allowOnlineAccess"),
    field("tokenLifetime"),
    field("tokenLifetimeForWeb"),
    field("skipConsentForVerifiableFirstPartyClients"),
    field("enforcePolicies"),
    field("tokenDialect"),
    field("consentPolicy"),
];

const resourceServerKind: ResourceKind = {
    fields: RESOURCE_SERVER_FIELDS,
    async create(inputs) {
        const created = (await auth0(`POST resource server ${reveal(inputs.identifier)}`, (api) =>
            api.resourceServers.create(body(RESOURCE_SERVER_FIELDS, inputs) as any),
        )) as Json;
        return mustRead(resourceServerKind, created.id, "resource server");
    },
    async read(id) {
        const live = (await unlessGone(`GET resource server ${id}`, (api) => api.resourceServers.get(id))) as
            Json | undefined;
        if (!live) return undefined;
        const outs: Json = { ...properties(RESOURCE_SERVER_FIELDS, live), isSystem: live.is_system ?? false };
        if (present(live.client_id)) outs.clientId = live.client_id;
        // By id even when read by identifier (upstream does the same).
        return { id: live.id, outs, inputs: properties(RESOURCE_SERVER_FIELDS, live, { inputs: true }) };
    },
    async update(id, _olds, news) {
        await auth0(`PATCH resource server ${id}`, (api) =>
            api.resourceServers.update(id, body(RESOURCE_SERVER_FIELDS, news, { update: true }) as any),
        );
        return mustRead(resourceServerKind, id, "resource server");
    },
    async delete(id) {
        await unlessGone(`DELETE resource server ${id}`, (api) => api.resourceServers.delete(id));
    },
};

const CREDENTIALS_FIELDS: readonly Field[] = [
    field("clientId", { required: true, replaces: true }),
    field("authenticationMethod"),
    field("clientSecret"),
];

const SECRET_METHODS = ["none", "client_secret_post", "client_secret_basic"];

/** The client with only the given fields (and `signing_keys`, which Auth0 always adds). */
async function clientFields(id: string, fields: string[]): Promise<Json> {
    return (await auth0(`GET client ${id}`, (api) =>
        api.clients.get(id, { fields: fields.join(","), include_fields: true }),
    )) as Json;
}

const credentialsKind: ResourceKind = {
    fields: CREDENTIALS_FIELDS,
    async create(inputs) {
        const id = reveal(inputs.clientId) as string;
        await clientFields(id, ["client_id"]);
        await setCredentials(id, {}, inputs);
        return mustRead(credentialsKind, id, "client");
    },
    async read(id) {
        const live = (await unlessGone(`GET client ${id}`, (api) =>
            api.clients.get(id, {
                fields: "client_id,client_secret,token_endpoint_auth_method,client_authentication_methods",
                include_fields: true,
            }),
        )) as Json | undefined;
        if (!live) return undefined;
        const method: string = live.client_authentication_methods?.private_key_jwt
            ? "private_key_jwt"
            : (live.token_endpoint_auth_method ?? "");
        // Without read:client_keys Auth0 leaves the secret out; upstream then stores "".
        const outs = {
            clientId: live.client_id,
            authenticationMethod: method,
            clientSecret: secret(live.client_secret ?? ""),
        };
        const inputs: Json = { clientId: live.client_id };
        if (method) inputs.authenticationMethod = method;
        return { id: live.client_id, outs, inputs };
    },
    async update(id, olds, news) {
        await clientFields(id, ["client_id"]);
        await setCredentials(id, olds, news);
        return mustRead(credentialsKind, id, "client");
    },
    async delete(id) {
        const live = (await unlessGone(`GET client ${id}`, (api) =>
            api.clients.get(id, { fields: "client_id,app_type", include_fields: true }),
        )) as Json | undefined;
        if (!live) return;
        const method = ["native", "spa"].includes(live.app_type)
            ? "none"
            : ["regular_web", "non_interactive"].includes(live.app_type)
              ? "client_secret_post"
              : "client_secret_basic";
        await unlessGone(`PATCH client ${id}`, (api) =>
            api.clients.update(id, { token_endpoint_auth_method: method as any }),
        );
    },
};

/** PATCHes the authentication method and the secret where `news` differs from `olds` (as upstream does). */
async function setCredentials(id: string, olds: Json, news: Json): Promise<void> {
    const method = reveal(news.authenticationMethod);
    if (present(method) && method !== reveal(olds.authenticationMethod)) {
        await auth0(`PATCH client ${id} token_endpoint_auth_method`, (api) =>
            api.clients.update(id, { token_endpoint_auth_method: method }),
        );
    }
    const wanted = reveal(news.clientSecret);
    if (present(wanted) && wanted !== "" && wanted !== reveal(olds.clientSecret)) {
        await auth0(`PATCH client ${id} client_secret`, (api) => api.clients.update(id, { client_secret: wanted }));
    }
}

const KINDS: Record<string, ResourceKind> = {
    "auth0:index/client:Client": clientKind,
    "auth0:index/clientGrant:ClientGrant": grantKind,
    "auth0:index/resourceServer:ResourceServer": resourceServerKind,
    "auth0:index/clientCredentials:ClientCredentials": credentialsKind,
};

/** The resource type of a URN: `urn:pulumi:<stack>::<project>::<parent types>$<type>::<name>`. */
export function typeOfUrn(urn: string): string {
    const qualified = urn.split("::")[2] ?? "";
    return qualified.slice(qualified.lastIndexOf("$") + 1);
}

function kindOf(urn: string): ResourceKind {
    const kind = KINDS[typeOfUrn(urn)];
    if (!kind) throw new Error(`auth0 stand-in: unsupported resource type ${typeOfUrn(urn)} (${urn})`);
    return kind;
}

function answer(result: ReadAnswer, inputs: Json = {}): provider.CreateResult {
    return { id: result.id, outs: keepSecrets(result.outs, inputs) };
}

// --- Functions ---------------------------------------------------------------------------------------------------

const GET_RESOURCE_SERVER = "auth0:index/getResourceServer:getResourceServer";

async function getResourceServer(args: Json): Promise<Json> {
    const { identifier, resourceServerId } = reveal(args) as { identifier?: string; resourceServerId?: string };
    const key = resourceServerId || identifier;
    if (!key) {
        throw new Error("auth0 stand-in: getResourceServer needs one of identifier or resourceServerId");
    }
    const live = (await auth0(`GET resource server ${key}`, (api) => api.resourceServers.get(key))) as Json;
    const scopes = (live.scopes ?? []) as Json[];
    return {
        id: live.id,
        resourceServerId: live.id,
        identifier: live.identifier,
        name: live.name ?? "",
        signingAlg: live.signing_alg ?? "",
        signingSecret: live.signing_secret ?? "",
        allowOfflineAccess: live.allow_offline_access ?? false,
        allowOnlineAccess: live.allow_online_access ?? false,
        allowOnlineAccessWithEphemeralSessions: live.allow_online_access_with_ephemeral_sessions ?? false,
        tokenLifetime: live.token_lifetime ?? 0,
        tokenLifetimeForWeb: live.token_lifetime_for_web ?? 0,
        skipConsentForVerifiableFirstPartyClients: live.skip_consent_for_verifiable_first_party_clients ?? false,
        verificationLocation: live.verification_location ?? "",
        enforcePolicies: live.enforce_policies ?? false,
        tokenDialect: live.token_dialect ?? "",
        consentPolicy: live.consent_policy ?? "",
        clientId: live.client_id ?? "",
        isSystem: live.is_system ?? false,
        scopes: scopes.map((s) => ({ value: s.value, description: s.description ?? "" })),
        authorizationDetails: [],
        authorizationPolicies: [],
        proofOfPossessions: [],
        subjectTypeAuthorizations: [],
        tokenEncryptions: [],
    };
}

// --- The provider ------------------------------------------------------------------------------------------------

export const auth0StandIn: provider.Provider = {
    version: STAND_IN_VERSION,

    async check(urn, _olds, news) {
        const kind = kindOf(urn);
        const failures: provider.CheckFailure[] = [];
        const known = new Set(kind.fields.map((f) => f.name));
        for (const key of Object.keys(news)) {
            if (!key.startsWith("__") && !known.has(key)) {
                failures.push({ property: key, reason: `the Auth0 stand-in does not implement ${key}` });
            }
        }
        for (const f of kind.fields) {
            if (f.required && isEmpty(reveal(news[f.name]))) {
                failures.push({ property: f.name, reason: `Missing required argument: ${f.name}` });
            }
        }
        if (kind === credentialsKind) {
            const method = reveal(news.authenticationMethod);
            if (present(method) && method !== UNKNOWN && !SECRET_METHODS.includes(method)) {
                failures.push({
                    property: "authenticationMethod",
                    reason: `the Auth0 stand-in implements only ${SECRET_METHODS.join(", ")}`,
                });
            }
        }
        return { inputs: news, failures };
    },

    async diff(_id, urn, olds, news) {
        const kind = kindOf(urn);
        const changed: string[] = [];
        const replaces: string[] = [];
        for (const f of kind.fields) {
            if (!(f.name in news)) continue;
            const next = reveal(news[f.name]);
            if (containsUnknown(next) || !sameValue(reveal(olds[f.name]), next, f.nested === "map")) {
                changed.push(f.name);
                if (f.replaces) replaces.push(f.name);
            }
        }
        return { changes: changed.length > 0, replaces };
    },

    async create(urn, inputs) {
        const kind = kindOf(urn);
        // A preview plans the object: its inputs are its outputs so far, and what Auth0 computes stays unknown.
        if (engineRequest.getStore()?.preview) return { id: "", outs: inputs };
        return answer(await kind.create(inputs), inputs);
    },

    async read(id, urn, props) {
        const kind = kindOf(urn);
        const found = await kind.read(id);
        if (!found) return {};
        const inputs = readInputs(kind, found, engineRequest.getStore()?.oldInputs);
        return { id: found.id, props: keepSecrets(found.outs, { ...props, ...inputs }), inputs };
    },

    async update(id, urn, olds, news) {
        const kind = kindOf(urn);
        // A preview plans the change: the old outputs with the new inputs over them (an in-place update keeps
        // what Auth0 computed, e.g. the client id, so dependents are not shown as replaced).
        if (engineRequest.getStore()?.preview) return { outs: planned(kind, olds, news) };
        return { outs: answer(await kind.update(id, olds, news), news).outs };
    },

    async delete(id, urn) {
        await kindOf(urn).delete(id);
    },

    async invoke(token, args) {
        if (token !== GET_RESOURCE_SERVER) {
            throw new Error(`auth0 stand-in: unsupported function ${token}`);
        }
        return { outputs: await getResourceServer(args) };
    },
};

// --- Serving -----------------------------------------------------------------------------------------------------

/**
 * `@pulumi/pulumi/provider`'s gRPC server hands the provider object less than the protocol carries, and its Server
 * class is not exported, so the service implementation is wrapped as it is registered (grpc-js's
 * `Server.prototype.addService`, in the copy `@pulumi/pulumi` itself loads):
 * - Configure: the server answers it without passing the configuration on (provider/server.js `configure` only
 *   sets the accept flags), yet it is the only way `auth0:domain`, `auth0:clientId` and `auth0:clientSecret` reach
 *   a plugin. The wrapper reads the request's args and variables first, and also answers `supportsPreview`;
 * - Create / Update: without `supportsPreview` the engine plans an update with the new inputs as the outputs, so
 *   an in-place Client update previews its client id as unknown and every dependent as replaced (the real
 *   provider supports previews). The request's `preview` flag is handed on through {@link withEngineRequest};
 * - Read: the old inputs, so that a refresh answers only inputs the program set (see `readInputs`).
 */
function wrapService(): void {
    const fromPulumi = createRequire(require.resolve("@pulumi/pulumi/package.json"));
    const grpc = fromPulumi("@grpc/grpc-js");
    const addService = grpc.Server.prototype.addService;
    type Callback = (err: unknown, value?: any) => void;
    grpc.Server.prototype.addService = function (service: unknown, implementation: Json) {
        type Handler = (call: any, callback: Callback) => void;
        const wrap = (name: string, around: (original: Handler, call: any, callback: Callback) => void) => {
            const original = implementation[name];
            if (typeof original !== "function") return;
            implementation[name] = (call: any, callback: Callback) =>
                around(original.bind(implementation), call, callback);
        };
        wrap("configure", (original, call, callback) => {
            try {
                const variables: Record<string, string> = {};
                call.request.getVariablesMap().forEach((value: string, key: string) => {
                    variables[key] = value;
                });
                applyProviderConfig(call.request.getArgs()?.toJavaScript(), variables);
            } catch (err) {
                callback(new Error(`auth0 stand-in: unreadable provider configuration: ${String(err)}`));
                return;
            }
            original(call, (err: unknown, response?: any) => {
                response?.setSupportspreview(true);
                callback(err, response);
            });
        });
        for (const name of ["create", "update"]) {
            wrap(name, (original, call, callback) =>
                withEngineRequest({ preview: call.request.getPreview() }, () => original(call, callback)),
            );
        }
        wrap("read", (original, call, callback) =>
            withEngineRequest({ oldInputs: call.request.getInputs()?.toJavaScript() }, () => original(call, callback)),
        );
        return addService.call(this, service, implementation);
    };
}

if (require.main === module) {
    wrapService();
    provider.main(auth0StandIn, process.argv.slice(2)).catch((err: unknown) => {
        process.stderr.write(`auth0 stand-in: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
    });
}
