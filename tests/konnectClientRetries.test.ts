/**
 * The Konnect client's retry behaviour against the emulator: 429 storms are bounded and honour
 * Retry-After, 5xx and connection resets are retried, and a create whose response was lost is adopted
 * by name instead of being sent twice.
 */
import { createKonnectClient, KonnectClient } from "../konnect/client";
import { KonnectApiError } from "../konnect/errors";
import { dcrProviderCreateBody, oidcStrategyBody } from "./support/konnectFixtures";
import { backoffDelayMs, classifyTransportError, parseRetryAfter, RetryPolicy } from "../konnect/retry";
import { KonnectEmulator, startKonnectEmulator } from "../emulators/konnect";

const fast: Partial<RetryPolicy> = {
    baseDelayMs: 1,
    maxDelayMs: 5,
    maxAttempts: 5,
    totalTimeoutMs: 5_000,
    requestTimeoutMs: 2_000,
};

let emulator: KonnectEmulator;
let client: KonnectClient;
let seq = 0;

beforeAll(async () => {
    emulator = await startKonnectEmulator();
    client = createKonnectClient({
        serverUrl: emulator.url,
        token: emulator.token,
        tokenSource: "env:KONNECT_TOKEN",
        retry: fast,
    });
});

afterAll(() => emulator.close());

beforeEach(() => emulator.resetRequests());

function providerBody(name = `auth0-dcr-${++seq}`) {
    return dcrProviderCreateBody(name, "initial-secret-value");
}

/** A client that records each wait it would make instead of waiting. */
function clientWaitingWith(waits: number[], retry: Partial<RetryPolicy>): KonnectClient {
    return createKonnectClient({
        serverUrl: emulator.url,
        token: emulator.token,
        tokenSource: "env:KONNECT_TOKEN",
        retry,
        sleep: async (ms) => {
            waits.push(ms);
        },
    });
}

/**
 * A client on a clock that moves only when the client waits: `Date.now()` is frozen and each wait the client
 * asks for moves it on by that many milliseconds, so the time spent is exactly the waits. Restored after each test.
 */
function clientOnVirtualClock(
    waits: number[],
    retry: Partial<RetryPolicy>,
    fetch?: (request: Request) => Promise<Response>,
): KonnectClient {
    let now = Date.parse("2026-01-01T00:00:00Z");
    jest.spyOn(Date, "now").mockImplementation(() => now);
    return createKonnectClient({
        serverUrl: emulator.url,
        token: emulator.token,
        tokenSource: "env:KONNECT_TOKEN",
        retry,
        ...(fetch ? { fetch } : {}),
        sleep: async (ms) => {
            waits.push(ms);
            now += ms;
        },
    });
}

afterEach(() => jest.restoreAllMocks());

function named(name: string): Record<string, any>[] {
    return [...emulator.dcrProviders.values()].filter((p) => p.name === name);
}

describe("retry helpers", () => {
    it("reads Retry-After as seconds or as an HTTP date", () => {
        const now = Date.parse("2026-01-01T00:00:00Z");
        expect(parseRetryAfter("3", now)).toBe(3000);
        expect(parseRetryAfter("0.5", now)).toBe(500);
        expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
        expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
        expect(parseRetryAfter("soon", now)).toBeUndefined();
        expect(parseRetryAfter(null, now)).toBeUndefined();
    });

    it("backs off exponentially with jitter, never above the cap", () => {
        const policy = { baseDelayMs: 100, maxDelayMs: 1_000 };
        expect(backoffDelayMs(0, policy, () => 0)).toBe(50);
        expect(backoffDelayMs(0, policy, () => 1)).toBe(100);
        expect(backoffDelayMs(3, policy, () => 0.5)).toBe(600);
        for (let retry = 0; retry < 20; retry++) {
            const delay = backoffDelayMs(retry, policy);
            expect(delay).toBeGreaterThanOrEqual(Math.min(1_000, 100 * 2 ** retry) / 2);
            expect(delay).toBeLessThanOrEqual(1_000);
        }
    });

    it("tells resets and timeouts (maybe processed) from unreachable hosts (not sent)", () => {
        const reset = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });
        const refused = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
        const timeout = Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" });
        expect(classifyTransportError(reset)?.kind).toBe("reset");
        expect(classifyTransportError(refused)?.kind).toBe("unreachable");
        expect(classifyTransportError(timeout)?.kind).toBe("timeout");
        expect(classifyTransportError(new Error("bug"))).toBeUndefined();
    });

    it("reads Retry-After with surrounding blanks, and nothing from a blank value or one with a unit", () => {
        const now = Date.parse("2026-01-01T00:00:00Z");
        expect(parseRetryAfter(" 2 ", now)).toBe(2000);
        expect(parseRetryAfter("1.25", now)).toBe(1250);
        expect(parseRetryAfter("   ", now)).toBeUndefined();
        expect(parseRetryAfter(undefined, now)).toBeUndefined();
        expect(parseRetryAfter("5s", now)).toBeUndefined();
        expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT ", now)).toBe(10_000);
    });

    it("doubles the backoff ceiling on each retry until the cap, and draws its jitter from the upper half", () => {
        const policy = { baseDelayMs: 100, maxDelayMs: 1_000 };
        expect([0, 1, 2, 3, 4, 5].map((retry) => backoffDelayMs(retry, policy, () => 1))).toEqual([
            100, 200, 400, 800, 1_000, 1_000,
        ]);
        expect([0, 1, 2, 3, 4].map((retry) => backoffDelayMs(retry, policy, () => 0))).toEqual([
            50, 100, 200, 400, 500,
        ]);
        expect(backoffDelayMs(1, policy, () => 0.25)).toBe(125);
    });

    it("counts each socket failure that may follow a sent request as a reset, and each failure to connect as unreachable", () => {
        const failed = (code: string) => Object.assign(new TypeError("fetch failed"), { cause: { code } });
        for (const code of [
            "ECONNRESET",
            "EPIPE",
            "UND_ERR_SOCKET",
            "UND_ERR_CLOSED",
            "ECONNABORTED",
            "ERR_STREAM_PREMATURE_CLOSE",
        ]) {
            expect(classifyTransportError(failed(code))).toEqual({
                kind: "reset",
                code,
                text: `the connection was closed before a response arrived (${code})`,
            });
        }
        for (const code of [
            "ECONNREFUSED",
            "ENOTFOUND",
            "EAI_AGAIN",
            "EHOSTUNREACH",
            "ENETUNREACH",
            "CERT_HAS_EXPIRED",
            "DEPTH_ZERO_SELF_SIGNED_CERT",
        ]) {
            expect(classifyTransportError(failed(code))).toEqual({
                kind: "unreachable",
                code,
                text: `Konnect could not be reached (${code})`,
            });
        }
        // The code on the error itself, when fetch did not wrap it.
        expect(classifyTransportError(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))?.kind).toBe(
            "unreachable",
        );
    });

    it("reads nothing from a Retry-After that only ends in digits", () => {
        const now = Date.parse("2026-01-01T00:00:00Z");
        expect(parseRetryAfter("abc1", now)).toBeUndefined();
        expect(parseRetryAfter("v2", now)).toBeUndefined();
    });

    it("reads a thrown value that is not an object, and a fetch failure with a null cause, without failing itself", () => {
        expect(classifyTransportError(undefined)).toBeUndefined();
        expect(classifyTransportError(42)).toBeUndefined();
        expect(classifyTransportError(Object.assign(new TypeError("fetch failed"), { cause: null }))).toEqual({
            kind: "reset",
            code: undefined,
            text: "the connection failed (fetch failed)",
        });
    });

    it("reads an aborted request as a timeout, and an unknown socket failure as a reset described by its cause", () => {
        expect(classifyTransportError(Object.assign(new Error("aborted"), { name: "AbortError" }))).toEqual({
            kind: "timeout",
            text: "no response before the request timeout",
        });
        expect(
            classifyTransportError(Object.assign(new TypeError("fetch failed"), { cause: { code: "EWHATEVER" } })),
        ).toEqual({
            kind: "reset",
            code: "EWHATEVER",
            text: "the connection failed (EWHATEVER)",
        });
        expect(
            classifyTransportError(
                Object.assign(new TypeError("fetch failed"), { cause: { message: "other side closed" } }),
            ),
        ).toEqual({
            kind: "reset",
            code: undefined,
            text: "the connection failed (other side closed)",
        });
        expect(
            classifyTransportError(Object.assign(new TypeError("fetch failed"), { cause: { message: "" } }))?.text,
        ).toBe("the connection failed (fetch failed)");
        expect(classifyTransportError(new Error("SocketError: terminated"))?.kind).toBe("reset");
        expect(classifyTransportError({ code: 42, message: 7 })).toBeUndefined();
        expect(classifyTransportError("fetch failed")).toBeUndefined();
        expect(classifyTransportError(null)).toBeUndefined();
    });
});

describe("429 rate limiting", () => {
    it("retries a storm of 429s and then succeeds", async () => {
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "0", times: 3 });
        await expect(client.dcrProviders.findByName("nobody")).resolves.toBeUndefined();
        expect(emulator.requests.map((r) => r.status)).toEqual([429, 429, 429, 200]);
    });

    it("waits as long as Retry-After says", async () => {
        const waits: number[] = [];
        const recording = clientWaitingWith(waits, fast);
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "1" });
        await recording.dcrProviders.findByName("nobody");
        // The backoff alone would be at most 5 ms.
        expect(waits).toEqual([1_000]);
        expect(emulator.requests).toHaveLength(2);
    });

    it("waits in real time unless told otherwise", async () => {
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "0.1" });
        const started = Date.now();
        await client.dcrProviders.findByName("nobody");
        // Only a lower bound: a loaded machine may take longer, never shorter.
        expect(Date.now() - started).toBeGreaterThanOrEqual(90);
        expect(emulator.requests).toHaveLength(2);
    });

    it("gives up after the attempt limit with a clear error", async () => {
        // Exactly as many faults as attempts, so none is left over for later tests.
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "0", times: 5 });
        const error: KonnectApiError = await client.dcrProviders.findByName("storm").catch((e) => e);
        expect(error).toBeInstanceOf(KonnectApiError);
        expect(error.status).toBe(429);
        expect(error.attempts).toBe(5);
        expect(error.message).toContain('look up DCR provider "storm" failed with 429');
        expect(error.message).toContain("rate limiting");
        expect(error.message).toMatch(/Gave up after 5 attempts over \d+\.\d s/);
        expect(emulator.requests).toHaveLength(5);
    });

    it("does not start a wait that Retry-After puts beyond the time budget", async () => {
        const waits: number[] = [];
        const capped = clientWaitingWith(waits, { ...fast, totalTimeoutMs: 2_000 });
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "30" });
        const error: KonnectApiError = await capped.dcrProviders.findByName("later").catch((e) => e);
        expect(waits).toEqual([]);
        expect(error.attempts).toBe(1);
        expect(error.message).toContain("asked to wait 30 s (Retry-After), beyond the remaining retry budget");
        expect(emulator.requests).toHaveLength(1);
    });

    it("names the wait Konnect asked for and the budget left when Retry-After goes beyond it", async () => {
        const waits: number[] = [];
        const client = clientOnVirtualClock(waits, { ...fast, totalTimeoutMs: 10_000 });
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "2" });
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "30" });
        const error: KonnectApiError = await client.dcrProviders.findByName("later").catch((e) => e);
        expect(waits).toEqual([2_000]);
        expect(error.attempts).toBe(2);
        expect(error.message).toContain(
            "Konnect is rate limiting this organization and asked to wait 30 s (Retry-After), beyond the remaining " +
                "retry budget of 8 s. Run pulumi up again later.\nGave up after 2 attempts over 2.0 s.",
        );
    });

    it("starts a wait that Retry-After ends exactly at the end of the time budget (only a longer one is not started)", async () => {
        const waits: number[] = [];
        // Answered at once, so the retry needs none of the (used up) budget.
        const answers = [
            new Response(JSON.stringify({ status: 429, title: "Too Many Requests" }), {
                status: 429,
                headers: { "content-type": "application/problem+json", "retry-after": "2" },
            }),
            new Response(JSON.stringify({ data: [], meta: { page: { number: 1, size: 100, total: 0 } } }), {
                headers: { "content-type": "application/json" },
            }),
        ];
        const client = clientOnVirtualClock(waits, { ...fast, totalTimeoutMs: 2_000 }, async () => answers.shift()!);
        await expect(client.dcrProviders.findByName("nobody")).resolves.toBeUndefined();
        expect(waits).toEqual([2_000]);
    });

    it("blames rate limiting, not a too long wait, when the attempts run out with a Retry-After that fits the budget", async () => {
        const waits: number[] = [];
        const client = clientOnVirtualClock(waits, { ...fast, maxAttempts: 1, totalTimeoutMs: 2_000 });
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "2" });
        const error: KonnectApiError = await client.dcrProviders.findByName("storm").catch((e) => e);
        expect(waits).toEqual([]);
        expect(error.message).toContain(
            "Konnect is rate limiting this organization. Run pulumi up again later, or with fewer parallel operations (--parallel).",
        );
        expect(error.message).not.toContain("asked to wait");
    });

    it("blames rate limiting when 429s with no wait at all use up the attempts", async () => {
        const client = clientOnVirtualClock([], { ...fast, maxAttempts: 2 });
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "0", times: 2 });
        const error: KonnectApiError = await client.dcrProviders.findByName("storm").catch((e) => e);
        expect(error.message).toContain(
            "Konnect is rate limiting this organization. Run pulumi up again later, or with fewer parallel operations (--parallel).",
        );
    });

    it("waits half to all of the base delay before the first retry, and doubles it before the second", async () => {
        const waits: number[] = [];
        const client = clientOnVirtualClock(waits, { ...fast, baseDelayMs: 1_000, maxDelayMs: 60_000 });
        // The upper end of the jitter: the whole backoff ceiling.
        jest.spyOn(Math, "random").mockReturnValue(1);
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 503, times: 2 });
        await client.dcrProviders.findByName("nobody");
        expect(waits).toEqual([1_000, 2_000]);
    });

    it("bounds each request's timeout by what is left of the time budget", async () => {
        const timeouts: number[] = [];
        const timeout = AbortSignal.timeout.bind(AbortSignal);
        jest.spyOn(AbortSignal, "timeout").mockImplementation((ms) => {
            timeouts.push(ms);
            return timeout(ms);
        });
        const client = clientOnVirtualClock([], { ...fast, totalTimeoutMs: 10_000, requestTimeoutMs: 3_000 });
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "8" });
        await client.dcrProviders.findByName("nobody");
        expect(timeouts).toEqual([3_000, 2_000]);
    });

    it("retries a create rejected with 429 without looking it up (429 means not processed)", async () => {
        const body = providerBody();
        emulator.inject({ method: "POST", path: "/v2/dcr-providers", status: 429, retryAfter: "0" });
        const created = await client.dcrProviders.create(body);
        expect(created.recovered).toBe(false);
        expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 429", "POST 201"]);
        expect(named(body.name)).toHaveLength(1);
    });
});

describe("server errors and broken connections", () => {
    it("retries 502, 503 and 504 on reads and on PATCH", async () => {
        const { object } = await client.dcrProviders.create(providerBody());
        emulator.resetRequests();
        emulator.inject({ method: "GET", status: 503 });
        emulator.inject({ method: "GET", status: 504 });
        await expect(client.dcrProviders.get(object.id)).resolves.toMatchObject({ id: object.id });
        emulator.inject({ method: "PATCH", status: 502 });
        const updated = await client.dcrProviders.update(object.id, object.name, { display_name: "Auth0 (retried)" });
        expect(updated.display_name).toBe("Auth0 (retried)");
        expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
            "GET 503",
            "GET 504",
            "GET 200",
            "PATCH 502",
            "PATCH 200",
        ]);
    });

    it("retries a read whose connection was reset", async () => {
        emulator.inject({ method: "GET", kind: "reset", times: 2 });
        await expect(client.dcrProviders.findByName("nobody")).resolves.toBeUndefined();
        expect(emulator.requests.map((r) => r.status)).toEqual([0, 0, 200]);
    });

    it("gives up on a gateway that keeps failing, saying to run again when Konnect is back", async () => {
        const client = clientOnVirtualClock([], { ...fast, maxAttempts: 2 });
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 503, times: 2 });
        const error: KonnectApiError = await client.dcrProviders.findByName("down").catch((e) => e);
        expect(error.status).toBe(503);
        expect(error.message).toContain("Konnect did not answer reliably; run pulumi up again when it is back.");
        expect(error.message).not.toContain("rate limiting");
    });

    it("does not fail a non-retryable error more than once", async () => {
        emulator.inject({ method: "GET", status: 500 });
        const error: KonnectApiError = await client.dcrProviders.findByName("x").catch((e) => e);
        expect(error.status).toBe(500);
        expect(emulator.requests).toHaveLength(1);
    });

    it("gives up on an unreachable server at once, naming the URL", async () => {
        const closed = await startKonnectEmulator();
        const url = closed.url;
        await closed.close();
        const offline = createKonnectClient({
            serverUrl: url,
            token: "kpat_offline0000000000",
            tokenSource: "env:KONNECT_TOKEN",
            retry: fast,
        });
        const error: KonnectApiError = await offline.dcrProviders.findByName("x").catch((e) => e);
        expect(error).toBeInstanceOf(KonnectApiError);
        expect(error.message).toContain("ECONNREFUSED");
        expect(error.message).toContain(url);
    });
});

describe("creates are never blindly repeated", () => {
    it("adopts the object when the response to a successful POST was lost: no duplicate", async () => {
        const body = providerBody();
        emulator.inject({ method: "POST", path: "/v2/dcr-providers", kind: "lostResponse" });
        const created = await client.dcrProviders.create(body);
        expect(created.recovered).toBe(true);
        expect(created.object.name).toBe(body.name);
        expect(named(body.name)).toHaveLength(1);
        expect(named(body.name)[0].id).toBe(created.object.id);
        // One POST (processed, answer lost), then a lookup by name; no second POST.
        expect(emulator.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
            "POST /v2/dcr-providers",
            "GET /v2/dcr-providers",
        ]);
        expect(emulator.requests[1].query["filter[name][eq]"]).toBe(body.name);
        expect(emulator.initialClientSecretOf(created.object.id)).toBe("initial-secret-value");
    });

    it("adopts a lost auth strategy create the same way", async () => {
        const { object: provider } = await client.dcrProviders.create(providerBody());
        emulator.resetRequests();
        emulator.inject({ method: "POST", path: "/v2/application-auth-strategies", kind: "lostResponse" });
        const name = `strategy-${++seq}`;
        const created = await client.authStrategies.create(oidcStrategyBody(name, { dcrProviderId: provider.id }));
        expect(created.recovered).toBe(true);
        expect([...emulator.authStrategies.values()].filter((s) => s.name === name)).toHaveLength(1);
        expect(emulator.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    });

    it("creates again when the lookup shows a reset POST was not processed", async () => {
        const body = providerBody();
        emulator.inject({ method: "POST", path: "/v2/dcr-providers", kind: "reset" });
        const created = await client.dcrProviders.create(body);
        expect(created.recovered).toBe(false);
        expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 0", "GET 200", "POST 201"]);
        expect(named(body.name)).toHaveLength(1);
    });

    it("looks up before repeating a POST that got a 503", async () => {
        const body = providerBody();
        emulator.inject({ method: "POST", path: "/v2/dcr-providers", status: 503 });
        await client.dcrProviders.create(body);
        expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 503", "GET 200", "POST 201"]);
        expect(named(body.name)).toHaveLength(1);
    });
});
