/**
 * A typed Konnect API client for the calls this project makes: DCR providers and application auth
 * strategies (`/v2`), Dev Portals (`/v3/portals`) and classic portals (`/v2/portals`), and the auth
 * strategies of API publications (`/v3/apis/{apiId}/publications/{portalId}`, classic
 * `/v2/portals/{portalId}/product-versions/{productVersionId}`).
 *
 * Every call goes through one retry loop: 429 (honouring Retry-After), 502/503/504 and broken connections
 * are retried with capped exponential backoff inside a total time budget. A create (POST) is never
 * repeated blindly: after an ambiguous failure the object is looked up by name and adopted if the lost
 * request did create it. Failures become `KonnectApiError`s with the token and secrets scrubbed.
 */
import createClient from "openapi-fetch";
import { type KonnectTokenSource, type PortalKind, portalKindName } from "./vocabulary";
import { assertKonnectServerUrl } from "./endpoints";
import { KonnectApiError, KonnectOperation, KonnectProblem, parseProblem } from "./errors";
import type { paths as AuthStrategyPaths } from "./generated/applicationAuthStrategiesV2";
import type { paths as PortalV2Paths } from "./generated/portalManagementV2";
import type { paths as PortalV3Paths } from "./generated/portalManagementV3";
import type { paths as ApiBuilderPaths } from "./generated/apiBuilderV3";
import type {
    CreateAuthStrategyBody,
    CreateDcrProviderBody,
    LiveAuthStrategy,
    LiveDcrProvider,
    UpdateAuthStrategyBody,
    UpdateDcrProviderBody,
} from "./payloads";
import {
    backoffDelayMs,
    classifyTransportError,
    DEFAULT_RETRY_POLICY,
    parseRetryAfter,
    RETRYABLE_STATUSES,
    RetryPolicy,
    sleep,
} from "./retry";

/** How to reach Konnect. The token is held only by the client object, which lives for one operation. */
export interface KonnectClientOptions {
    /** API host without version segment, e.g. `https://eu.api.konghq.com`. */
    readonly serverUrl: string;
    readonly token: string;
    /** Where the token came from, named in 401/403 messages. */
    readonly tokenSource: KonnectTokenSource;
    readonly retry?: Partial<RetryPolicy>;
    /** Replaces the global fetch (tests). */
    readonly fetch?: (input: Request) => Promise<Response>;
    /**
     * How the client waits before a retry, given the delay it chose (Retry-After or backoff); defaults to a
     * timer. Replace it to report rate-limit waits, or to retry without waiting in real time (tests).
     */
    readonly sleep?: (ms: number) => Promise<void>;
}

/** A portal as far as the auth strategy binding is concerned. */
export interface LivePortal {
    readonly id: string;
    readonly name: string;
    readonly kind: PortalKind;
    readonly defaultAuthStrategyId: string | null;
    /** Konnect-assigned domain (`…kongportals.com`), else the canonical or custom one. */
    readonly domain?: string;
}

/**
 * An API's publication on a portal as far as its auth strategies go: a Dev Portal's API publication
 * (`apiId` is the API's id) or a classic portal's product version (`apiId` is the API product version's id).
 */
export interface LivePublication {
    readonly portalKind: PortalKind;
    readonly portalId: string;
    readonly apiId: string;
    /** `null`: the API requires no application authentication (v3 only); `[]`: none chosen (classic). */
    readonly authStrategyIds: readonly string[] | null;
    /** v3: `public` or `private`; sent back unchanged with every write (PUT replaces the publication). */
    readonly visibility?: string;
    /** v3: sent back unchanged with every write. */
    readonly autoApproveRegistrations?: boolean;
    /** classic: `published` or `unpublished`. */
    readonly publishStatus?: string;
}

/** Result of `POST /v2/dcr-providers/{id}/verify`. */
export interface DcrProviderVerification {
    readonly status: "success" | "failed";
    readonly errors: readonly string[];
}

/** Result of a create: the object, and whether it was found by name after a lost response. */
export interface Created<T> {
    readonly object: T;
    readonly recovered: boolean;
}

/** DCR provider calls (`/v2/dcr-providers`). */
export interface DcrProviderCalls {
    /** The provider with this exact name, if any; an error naming them when there are several. */
    findByName(name: string): Promise<LiveDcrProvider | undefined>;
    /** Undefined when the provider does not exist. */
    get(id: string, name?: string): Promise<LiveDcrProvider | undefined>;
    create(body: CreateDcrProviderBody): Promise<Created<LiveDcrProvider>>;
    update(id: string, name: string, body: UpdateDcrProviderBody): Promise<LiveDcrProvider>;
    /** False when it was already gone. */
    delete(id: string, name: string): Promise<boolean>;
    verify(id: string, name: string): Promise<DcrProviderVerification>;
}

/** Application auth strategy calls (`/v2/application-auth-strategies`). */
export interface AuthStrategyCalls {
    /** The strategy with this exact name, if any; an error naming them when there are several. */
    findByName(name: string): Promise<LiveAuthStrategy | undefined>;
    findByDcrProvider(dcrProviderId: string): Promise<LiveAuthStrategy[]>;
    get(id: string, name?: string): Promise<LiveAuthStrategy | undefined>;
    create(body: CreateAuthStrategyBody): Promise<Created<LiveAuthStrategy>>;
    update(id: string, name: string, body: UpdateAuthStrategyBody): Promise<LiveAuthStrategy>;
    delete(id: string, name: string): Promise<boolean>;
}

/** Portal calls (`/v3/portals` or classic `/v2/portals`). */
export interface PortalCalls {
    get(kind: PortalKind, id: string): Promise<LivePortal | undefined>;
    setDefaultAuthStrategy(kind: PortalKind, id: string, authStrategyId: string | null): Promise<LivePortal>;
    /** Dev Portals (v3) whose default strategy is this one; classic portals cannot be filtered so. */
    findUsingAuthStrategy(authStrategyId: string): Promise<LivePortal[]>;
}

/** API publication calls: v3 `/v3/apis/{apiId}/publications/{portalId}`, classic product versions. */
export interface PublicationCalls {
    /** Undefined when the API is not published on the portal (or does not exist). */
    get(kind: PortalKind, portalId: string, apiId: string): Promise<LivePublication | undefined>;
    /**
     * Sets the publication's auth strategies with one write, nothing else: a v3 PUT carries `current`'s
     * visibility and auto-approval unchanged; a classic PATCH sends `auth_strategy_ids` alone.
     */
    setAuthStrategies(current: LivePublication, authStrategyIds: readonly string[] | null): Promise<LivePublication>;
    /** The API's name, or undefined when Konnect has no API with this id (v3 only; for messages). */
    apiName(apiId: string): Promise<string | undefined>;
    /**
     * The Dev Portal (v3) API publications whose auth strategies include `authStrategyId` (`GET /v3/api-publications`
     * filtered by `auth_strategy_id`). Classic portals' product versions can only be listed per portal, so they are
     * not looked up.
     */
    findUsingAuthStrategy(authStrategyId: string): Promise<{ readonly apiId: string; readonly portalId: string }[]>;
}

/** The Konnect API as this project uses it. */
export interface KonnectClient {
    readonly dcrProviders: DcrProviderCalls;
    readonly authStrategies: AuthStrategyCalls;
    readonly portals: PortalCalls;
    readonly publications: PublicationCalls;
}

/**
 * Konnect's deepObject query parameters (`filter[name][eq]=…`), which openapi-fetch's default serializer
 * refuses. Values are percent-encoded; brackets are left readable, as in Kong's documentation.
 */
export function serializeKonnectQuery(query: Record<string, unknown>): string {
    const parts: string[] = [];
    const add = (key: string, value: unknown) => {
        if (value === undefined || value === null) return;
        if (typeof value === "object" && !Array.isArray(value)) {
            for (const [k, v] of Object.entries(value as Record<string, unknown>)) add(`${key}[${k}]`, v);
        } else {
            const text = Array.isArray(value) ? value.join(",") : String(value);
            parts.push(`${key}=${encodeURIComponent(text)}`);
        }
    };
    for (const [key, value] of Object.entries(query)) add(key, value);
    return parts.join("&");
}

type Exchange = { data?: unknown; error?: unknown; response: Response };
type Outcome<T extends Exchange> = { status: number; data: T["data"]; problem?: KonnectProblem; recovered?: unknown };

/** One failed attempt that may be retried. */
interface Failure {
    readonly status?: number;
    readonly problem?: KonnectProblem;
    readonly transport?: string;
    readonly retryAfterMs?: number;
    /** The request may have been processed (a POST that got no clear answer). */
    readonly ambiguous: boolean;
}

/** Creates a client. Cheap: build one per operation and let it go. */
export function createKonnectClient(options: KonnectClientOptions): KonnectClient {
    const serverUrl = options.serverUrl.replace(/\/+$/, "");
    // The one place the token is attached to requests: refuse any host but Konnect's (or loopback) first.
    assertKonnectServerUrl(serverUrl);
    const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const wait = options.sleep ?? sleep;
    const tokenSource = options.tokenSource;
    const token = options.token;
    const common = {
        querySerializer: serializeKonnectQuery,
        headers: {
            Authorization: `Bearer ${token}`,
            Accept: "application/json, application/problem+json",
            "User-Agent": "konnect-auth0-dcr",
        },
        ...(options.fetch ? { fetch: options.fetch } : {}),
    };
    const v2 = createClient<AuthStrategyPaths>({ baseUrl: `${serverUrl}/v2`, ...common });
    const portalsV2 = createClient<PortalV2Paths>({ baseUrl: `${serverUrl}/v2`, ...common });
    const portalsV3 = createClient<PortalV3Paths>({ baseUrl: `${serverUrl}/v3`, ...common });
    const apis = createClient<ApiBuilderPaths>({ baseUrl: `${serverUrl}/v3`, ...common });

    /**
     * Runs one operation with retries. Idempotent calls (GET, PUT, DELETE, a PATCH repeated with the same
     * body) are simply repeated. A create is repeated only after a 429, or when `recover`, run first, finds
     * that the earlier attempt did not create the object. `accept` lists error statuses the caller handles
     * itself (404 on read/delete, 409 on delete).
     */
    async function exchange<T extends Exchange>(
        operation: KonnectOperation,
        mode: "idempotent" | "create",
        send: (signal: AbortSignal) => Promise<T>,
        extra: {
            accept?: readonly number[];
            secrets?: readonly (string | undefined)[];
            recover?: () => Promise<unknown | undefined>;
        } = {},
    ): Promise<Outcome<T>> {
        const secrets = [token, ...(extra.secrets ?? [])];
        const fail = (
            init: Omit<ConstructorParameters<typeof KonnectApiError>[0], "operation" | "tokenSource" | "secrets">,
        ) => new KonnectApiError({ ...init, operation, tokenSource, secrets });
        const started = Date.now();
        let previous: Failure | undefined;
        for (let attempt = 1; ; attempt++) {
            if (previous?.ambiguous && extra.recover) {
                const found = await extra.recover();
                if (found !== undefined) return { status: 0, data: undefined as T["data"], recovered: found };
            }
            const remaining = policy.totalTimeoutMs - (Date.now() - started);
            let failure: Failure;
            try {
                const result = await send(
                    AbortSignal.timeout(Math.max(1, Math.min(policy.requestTimeoutMs, remaining))),
                );
                const status = result.response.status;
                if (result.response.ok) return { status, data: result.data };
                const problem = parseProblem(status, result.error);
                if (extra.accept?.includes(status)) return { status, data: undefined as T["data"], problem };
                if (!RETRYABLE_STATUSES.includes(status)) throw fail({ status, problem });
                const retryAfter = result.response.headers.get("retry-after");
                failure = {
                    status,
                    problem,
                    retryAfterMs: parseRetryAfter(retryAfter, Date.now()),
                    // 429 means "not processed"; a gateway error on a POST leaves it open.
                    ambiguous: mode === "create" && status !== 429,
                };
            } catch (error) {
                if (error instanceof KonnectApiError) throw error;
                const transport = classifyTransportError(error);
                if (!transport || transport.kind === "unreachable") {
                    const text = transport?.text ?? (error instanceof Error ? error.message : String(error));
                    throw fail({ transport: text, hint: `Check the Konnect server URL ${serverUrl} and the network.` });
                }
                failure = { transport: transport.text, ambiguous: mode === "create" };
            }
            const elapsedMs = Date.now() - started;
            if (failure.ambiguous && !extra.recover) {
                throw fail({
                    ...failure,
                    attempts: attempt,
                    elapsedMs,
                    hint: "The request may have been processed, so it was not repeated.",
                });
            }
            const delay = failure.retryAfterMs ?? backoffDelayMs(attempt - 1, policy);
            if (attempt >= policy.maxAttempts || elapsedMs + delay > policy.totalTimeoutMs) {
                const waitTooLong =
                    failure.retryAfterMs !== undefined && elapsedMs + failure.retryAfterMs > policy.totalTimeoutMs;
                const hint =
                    failure.status === 429
                        ? waitTooLong
                            ? `Konnect is rate limiting this organization and asked to wait ${Math.ceil(failure.retryAfterMs! / 1000)} s (Retry-After), beyond the remaining retry budget of ${Math.max(0, Math.round((policy.totalTimeoutMs - elapsedMs) / 1000))} s. Run pulumi up again later.`
                            : "Konnect is rate limiting this organization. Run pulumi up again later, or with fewer parallel operations (--parallel)."
                        : "Konnect did not answer reliably; run pulumi up again when it is back.";
                throw fail({ ...failure, attempts: attempt, elapsedMs, hint });
            }
            await wait(delay);
            previous = failure;
        }
    }

    /** Exactly one object by name, none, or an error naming every match. */
    function single<T extends { id: string; name: string }>(operation: KonnectOperation, found: T[]): T | undefined {
        if (found.length > 1) {
            throw new KonnectApiError({
                operation,
                tokenSource,
                hint:
                    `${found.length} objects are named "${operation.name}": ${found.map((f) => f.id).join(", ")}. ` +
                    "Konnect does not keep names unique; delete or rename the extra ones, then run pulumi up again.",
            });
        }
        return found[0];
    }

    /** A delete refused with 409 because something still uses the object; `hint` says what and what to do. */
    function stillInUse(
        operation: KonnectOperation,
        problem: KonnectProblem | undefined,
        hint: string,
    ): KonnectApiError {
        return new KonnectApiError({ operation, status: 409, problem, tokenSource, secrets: [token], hint });
    }

    // Declared before use, portals first: Pulumi's closure serializer treats a name used before its
    // declaration as captured from outside and then fails to find it.
    const portals: PortalCalls = {
        async get(kind, id) {
            const op: KonnectOperation = { action: "read", kind: portalKindName(kind), id };
            if (kind === "classic") {
                const r = await exchange(
                    op,
                    "idempotent",
                    (signal) => portalsV2.GET("/portals/{portalId}", { params: { path: { portalId: id } }, signal }),
                    {
                        accept: [404],
                    },
                );
                return r.status === 404 ? undefined : toLivePortal(kind, r.data);
            }
            const r = await exchange(
                op,
                "idempotent",
                (signal) => portalsV3.GET("/portals/{portalId}", { params: { path: { portalId: id } }, signal }),
                {
                    accept: [404],
                },
            );
            return r.status === 404 ? undefined : toLivePortal(kind, r.data);
        },
        async setDefaultAuthStrategy(kind, id, authStrategyId) {
            const op: KonnectOperation = { action: "update", kind: portalKindName(kind), id };
            const body = { default_application_auth_strategy_id: authStrategyId };
            if (kind === "classic") {
                const r = await exchange(op, "idempotent", (signal) =>
                    portalsV2.PATCH("/portals/{portalId}", { params: { path: { portalId: id } }, body, signal }),
                );
                return toLivePortal(kind, r.data);
            }
            const r = await exchange(op, "idempotent", (signal) =>
                portalsV3.PATCH("/portals/{portalId}", { params: { path: { portalId: id } }, body, signal }),
            );
            return toLivePortal(kind, r.data);
        },
        async findUsingAuthStrategy(authStrategyId) {
            const op: KonnectOperation = { action: "look up", kind: "Dev Portal" };
            const r = await exchange(op, "idempotent", (signal) =>
                portalsV3.GET("/portals", {
                    params: {
                        query: {
                            filter: { default_application_auth_strategy_id: { eq: authStrategyId } },
                            "page[size]": 100,
                        },
                    },
                    signal,
                }),
            );
            return (r.data?.data ?? [])
                .map((p) => toLivePortal("v3", p))
                .filter((p) => p.defaultAuthStrategyId === authStrategyId);
        },
    };

    const publications: PublicationCalls = {
        async get(kind, portalId, apiId) {
            const op = publicationOperation("read", kind, portalId, apiId);
            if (kind === "classic") {
                const r = await exchange(
                    op,
                    "idempotent",
                    (signal) =>
                        portalsV2.GET("/portals/{portalId}/product-versions/{productVersionId}", {
                            params: { path: { portalId, productVersionId: apiId } },
                            signal,
                        }),
                    { accept: [404] },
                );
                return r.status === 404 ? undefined : toLivePublication(kind, portalId, apiId, r.data);
            }
            const r = await exchange(
                op,
                "idempotent",
                (signal) =>
                    apis.GET("/apis/{apiId}/publications/{portalId}", {
                        params: { path: { apiId, portalId } },
                        signal,
                    }),
                { accept: [404] },
            );
            return r.status === 404 ? undefined : toLivePublication(kind, portalId, apiId, r.data);
        },
        async setAuthStrategies(current, authStrategyIds) {
            const { portalKind: kind, portalId, apiId } = current;
            const op = publicationOperation("update", kind, portalId, apiId);
            if (kind === "classic") {
                const body = { auth_strategy_ids: authStrategyIds === null ? [] : [...authStrategyIds] };
                const r = await exchange(op, "idempotent", (signal) =>
                    portalsV2.PATCH("/portals/{portalId}/product-versions/{productVersionId}", {
                        params: { path: { portalId, productVersionId: apiId } },
                        body,
                        signal,
                    }),
                );
                return toLivePublication(kind, portalId, apiId, r.data);
            }
            // PUT replaces the whole publication: carry its visibility and auto-approval over unchanged.
            const body = {
                ...(current.visibility !== undefined ? { visibility: current.visibility as "public" | "private" } : {}),
                ...(current.autoApproveRegistrations !== undefined
                    ? { auto_approve_registrations: current.autoApproveRegistrations }
                    : {}),
                auth_strategy_ids: authStrategyIds === null ? null : [...authStrategyIds],
            };
            const r = await exchange(op, "idempotent", (signal) =>
                apis.PUT("/apis/{apiId}/publications/{portalId}", {
                    params: { path: { apiId, portalId } },
                    body,
                    signal,
                }),
            );
            return toLivePublication(kind, portalId, apiId, r.data);
        },
        async apiName(apiId) {
            const op: KonnectOperation = { action: "read", kind: "API", id: apiId };
            const r = await exchange(
                op,
                "idempotent",
                (signal) => apis.GET("/apis/{apiId}", { params: { path: { apiId } }, signal }),
                { accept: [404] },
            );
            return r.status === 404 ? undefined : String((r.data as { name?: unknown } | undefined)?.name ?? apiId);
        },
        async findUsingAuthStrategy(authStrategyId) {
            const op: KonnectOperation = { action: "look up", kind: "API publication" };
            const r = await exchange(op, "idempotent", (signal) =>
                apis.GET("/api-publications", {
                    params: { query: { filter: { auth_strategy_id: { eq: authStrategyId } }, "page[size]": 100 } },
                    signal,
                }),
            );
            return (r.data?.data ?? [])
                .filter((p) => (p.auth_strategy_ids ?? []).includes(authStrategyId))
                .map((p) => ({ apiId: p.api_id, portalId: p.portal_id }));
        },
    };

    const authStrategies: AuthStrategyCalls = {
        async findByName(name) {
            const op: KonnectOperation = { action: "look up", kind: "application auth strategy", name };
            const r = await exchange(op, "idempotent", (signal) =>
                v2.GET("/application-auth-strategies", {
                    params: { query: { filter: { name: { eq: name } }, "page[size]": 100 } },
                    signal,
                }),
            );
            return single(
                op,
                (r.data?.data ?? []).map(toLiveAuthStrategy).filter((s) => s.name === name),
            );
        },
        async findByDcrProvider(dcrProviderId) {
            const op: KonnectOperation = { action: "look up", kind: "application auth strategy" };
            const r = await exchange(op, "idempotent", (signal) =>
                v2.GET("/application-auth-strategies", {
                    params: { query: { filter: { dcr_provider_id: { eq: dcrProviderId } }, "page[size]": 100 } },
                    signal,
                }),
            );
            return (r.data?.data ?? []).map(toLiveAuthStrategy).filter((s) => s.dcr_provider?.id === dcrProviderId);
        },
        async get(id, name) {
            const op: KonnectOperation = { action: "read", kind: "application auth strategy", name, id };
            const r = await exchange(
                op,
                "idempotent",
                (signal) =>
                    v2.GET("/application-auth-strategies/{authStrategyId}", {
                        params: { path: { authStrategyId: id } },
                        signal,
                    }),
                { accept: [404] },
            );
            return r.status === 404 ? undefined : toLiveAuthStrategy(r.data);
        },
        async create(body) {
            const op: KonnectOperation = { action: "create", kind: "application auth strategy", name: body.name };
            const r = await exchange(
                op,
                "create",
                (signal) => v2.POST("/application-auth-strategies", { body, signal }),
                {
                    recover: () => authStrategies.findByName(body.name),
                },
            );
            if (r.recovered) return { object: r.recovered as LiveAuthStrategy, recovered: true };
            return { object: toLiveAuthStrategy(r.data), recovered: false };
        },
        async update(id, name, body) {
            const op: KonnectOperation = { action: "update", kind: "application auth strategy", name, id };
            const r = await exchange(op, "idempotent", (signal) =>
                v2.PATCH("/application-auth-strategies/{authStrategyId}", {
                    params: { path: { authStrategyId: id } },
                    body,
                    signal,
                }),
            );
            return toLiveAuthStrategy(r.data);
        },
        async delete(id, name) {
            const op: KonnectOperation = { action: "delete", kind: "application auth strategy", name, id };
            const r = await exchange(
                op,
                "idempotent",
                (signal) =>
                    v2.DELETE("/application-auth-strategies/{authStrategyId}", {
                        params: { path: { authStrategyId: id } },
                        signal,
                    }),
                { accept: [404, 409] },
            );
            if (r.status === 409) {
                // What still uses it, as far as Konnect lets us look it up (a failed look-up just names less).
                const users = await portals.findUsingAuthStrategy(id).catch(() => undefined);
                const published = await publications.findUsingAuthStrategy(id).catch(() => undefined);
                const apiNames = await Promise.all(
                    (published ?? []).map(async (p) => {
                        const apiName = await publications.apiName(p.apiId).catch(() => undefined);
                        const api = apiName === undefined ? `API ${p.apiId}` : `API "${apiName}" (${p.apiId})`;
                        return `${api} on the Dev Portal ${p.portalId}`;
                    }),
                );
                const named =
                    (users?.length ? ` It is the default strategy of the Dev Portal ${namesOf(users)}.` : "") +
                    (apiNames.length ? ` Published APIs still using it: ${apiNames.join(", ")}.` : "");
                throw stillInUse(
                    op,
                    r.problem,
                    "Konnect refuses to delete an auth strategy that a portal default, an API publication or a classic " +
                        `portal product version still uses.${named} Remove those uses first (the PortalAuthStrategyBinding ` +
                        "restores the portal's previous default when it is destroyed, each ApiPublicationAuthStrategy its API's " +
                        "earlier strategies; re-point or unpublish other APIs that name this strategy), then run the destroy again.",
                );
            }
            return r.status !== 404;
        },
    };

    const dcrProviders: DcrProviderCalls = {
        async findByName(name) {
            const op: KonnectOperation = { action: "look up", kind: "DCR provider", name };
            const r = await exchange(op, "idempotent", (signal) =>
                v2.GET("/dcr-providers", {
                    params: { query: { "filter[name][eq]": name, "page[size]": 100 } },
                    signal,
                }),
            );
            return single(
                op,
                (r.data?.data ?? []).map(toLiveDcrProvider).filter((p) => p.name === name),
            );
        },
        async get(id, name) {
            const op: KonnectOperation = { action: "read", kind: "DCR provider", name, id };
            const r = await exchange(
                op,
                "idempotent",
                (signal) =>
                    v2.GET("/dcr-providers/{dcrProviderId}", { params: { path: { dcrProviderId: id } }, signal }),
                {
                    accept: [404],
                },
            );
            return r.status === 404 ? undefined : toLiveDcrProvider(r.data);
        },
        async create(body) {
            const op: KonnectOperation = { action: "create", kind: "DCR provider", name: body.name };
            const r = await exchange(op, "create", (signal) => v2.POST("/dcr-providers", { body, signal }), {
                secrets: [body.dcr_config.initial_client_secret],
                recover: () => dcrProviders.findByName(body.name),
            });
            if (r.recovered) return { object: r.recovered as LiveDcrProvider, recovered: true };
            return { object: toLiveDcrProvider(r.data), recovered: false };
        },
        async update(id, name, body) {
            const op: KonnectOperation = { action: "update", kind: "DCR provider", name, id };
            const secret = (body.dcr_config as { initial_client_secret?: string } | undefined)?.initial_client_secret;
            const r = await exchange(
                op,
                "idempotent",
                (signal) =>
                    v2.PATCH("/dcr-providers/{dcrProviderId}", {
                        params: { path: { dcrProviderId: id } },
                        body,
                        signal,
                    }),
                { secrets: [secret] },
            );
            return toLiveDcrProvider(r.data);
        },
        async delete(id, name) {
            const op: KonnectOperation = { action: "delete", kind: "DCR provider", name, id };
            const r = await exchange(
                op,
                "idempotent",
                (signal) =>
                    v2.DELETE("/dcr-providers/{dcrProviderId}", { params: { path: { dcrProviderId: id } }, signal }),
                { accept: [404, 409] },
            );
            if (r.status === 409) {
                const users = await authStrategies.findByDcrProvider(id).catch(() => undefined);
                const named = users?.length ? ` It is used by the application auth strategy ${namesOf(users)}.` : "";
                throw stillInUse(
                    op,
                    r.problem,
                    `Konnect refuses to delete a DCR provider that an application auth strategy still uses.${named} ` +
                        "Delete those strategies (or point them at another provider) first, then run the destroy again.",
                );
            }
            return r.status !== 404;
        },
        async verify(id, name) {
            const op: KonnectOperation = { action: "verify", kind: "DCR provider", name, id };
            // A POST, but verification changes nothing, so it is as safe to repeat as a read.
            const r = await exchange(op, "idempotent", (signal) =>
                v2.POST("/dcr-providers/{dcrProviderId}/verify", { params: { path: { dcrProviderId: id } }, signal }),
            );
            const data = r.data as { status?: string; errors?: string[] } | undefined;
            return { status: data?.status === "success" ? "success" : "failed", errors: data?.errors ?? [] };
        },
    };

    return { dcrProviders, authStrategies, portals, publications };
}

function publicationOperation(
    action: "read" | "update",
    kind: PortalKind,
    portalId: string,
    apiId: string,
): KonnectOperation {
    const id = `${portalKindName(kind)} ${portalId}`;
    return { action, kind: kind === "classic" ? "portal product version" : "API publication", name: apiId, id };
}

/** `"name" (id), …` for messages. */
function namesOf(objects: readonly { readonly name: string; readonly id: string }[]): string {
    return objects.map((o) => `"${o.name}" (${o.id})`).join(", ");
}

function toLiveDcrProvider(data: unknown): LiveDcrProvider {
    const d = (data ?? {}) as Record<string, unknown>;
    return {
        id: String(d.id),
        name: String(d.name),
        ...(typeof d.display_name === "string" ? { display_name: d.display_name } : {}),
        provider_type: String(d.provider_type),
        issuer: String(d.issuer),
        active: d.active === true,
        dcr_config: (d.dcr_config ?? {}) as LiveDcrProvider["dcr_config"],
        ...(d.labels && typeof d.labels === "object" ? { labels: d.labels as Record<string, string> } : {}),
    };
}

function toLiveAuthStrategy(data: unknown): LiveAuthStrategy {
    const d = (data ?? {}) as Record<string, unknown>;
    return {
        id: String(d.id),
        name: String(d.name),
        ...(typeof d.display_name === "string" ? { display_name: d.display_name } : {}),
        strategy_type: String(d.strategy_type),
        configs: (d.configs ?? {}) as LiveAuthStrategy["configs"],
        dcr_provider: (d.dcr_provider ?? null) as LiveAuthStrategy["dcr_provider"],
        active: d.active === true,
        ...(d.labels && typeof d.labels === "object" ? { labels: d.labels as Record<string, string> } : {}),
    };
}

function toLivePublication(kind: PortalKind, portalId: string, apiId: string, data: unknown): LivePublication {
    const d = (data ?? {}) as Record<string, unknown>;
    if (kind === "classic") {
        const strategies = Array.isArray(d.auth_strategies) ? (d.auth_strategies as { id?: unknown }[]) : [];
        return {
            portalKind: kind,
            portalId,
            apiId,
            authStrategyIds: strategies.map((s) => String(s.id)),
            ...(typeof d.publish_status === "string" ? { publishStatus: d.publish_status } : {}),
        };
    }
    return {
        portalKind: kind,
        portalId,
        apiId,
        authStrategyIds: Array.isArray(d.auth_strategy_ids) ? d.auth_strategy_ids.map(String) : null,
        ...(typeof d.visibility === "string" ? { visibility: d.visibility } : {}),
        ...(typeof d.auto_approve_registrations === "boolean"
            ? { autoApproveRegistrations: d.auto_approve_registrations }
            : {}),
    };
}

function toLivePortal(kind: PortalKind, data: unknown): LivePortal {
    const d = (data ?? {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
    return {
        id: String(d.id),
        name: String(d.name),
        kind,
        defaultAuthStrategyId: text(d.default_application_auth_strategy_id) ?? null,
        domain: text(d.default_domain) ?? text(d.canonical_domain) ?? text(d.custom_domain),
    };
}
