/**
 * Retry policy for Konnect calls: which failures are worth another attempt and how long to wait.
 * Pure helpers; the loop that uses them is in `client.ts`.
 *
 * Why not a retry library (p-retry, async-retry): what is left here after the generic part is Konnect's
 * own logic, which a library leaves to a callback anyway: which statuses and transport failures are
 * worth retrying, honouring `Retry-After` (seconds or an HTTP date), one time budget across attempts
 * *and* waits that also bounds each request's timeout, and never repeating a create blindly (after an
 * unclear failure the client looks the object up by name). The generic part, capped exponential
 * backoff, is `backoffDelayMs` below, a few lines. p-retry is also ESM-only, which the CommonJS program
 * (and the closure Pulumi serializes into state for the dynamic providers) would have to load through
 * `require(esm)`; a dependency in serialized provider code is one more thing every state file pins.
 */

/** Bounds on retrying one Konnect operation. */
export interface RetryPolicy {
    /** Attempts in all, the first one included. */
    readonly maxAttempts: number;
    /** First backoff step; doubled on each retry up to `maxDelayMs`. */
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
    /** Time budget for the whole operation, waits included; a wait that would exceed it is not started. */
    readonly totalTimeoutMs: number;
    /** Limit for a single HTTP exchange. */
    readonly requestTimeoutMs: number;
}

/** Konnect publishes no rate limits; these bounds keep one `pulumi up` step under about two minutes. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
    maxAttempts: 8,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    totalTimeoutMs: 120_000,
    requestTimeoutMs: 30_000,
};

/** Statuses that say "try again later": rate limiting and gateway/upstream unavailability. */
export const RETRYABLE_STATUSES: readonly number[] = [429, 502, 503, 504];

/**
 * Milliseconds to wait from a `Retry-After` header, given as delay-seconds or an HTTP date.
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
    if (value === null || value === undefined || value.trim() === "") return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    return Math.max(0, date - nowMs);
}

/**
 * Backoff before retry number `retry` (0 for the first retry): exponential, capped, with "equal jitter"
 * (half fixed, half random) so that parallel resources spread out without collapsing to no wait.
 */
export function backoffDelayMs(
    retry: number,
    policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">,
    random: () => number = Math.random,
): number {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** How an HTTP exchange failed below HTTP. */
export interface TransportFailure {
    /**
     * `reset`: the connection broke, the request may or may not have been processed;
     * `timeout`: no answer in time (same uncertainty); `unreachable`: nothing was sent (DNS, refused).
     */
    readonly kind: "reset" | "timeout" | "unreachable";
    readonly code?: string;
    /** A short description for messages. */
    readonly text: string;
}

const RESET_CODES = [
    "ECONNRESET",
    "EPIPE",
    "UND_ERR_SOCKET",
    "UND_ERR_CLOSED",
    "ECONNABORTED",
    "ERR_STREAM_PREMATURE_CLOSE",
];
const UNREACHABLE_CODES = [
    "ECONNREFUSED",
    "ENOTFOUND",
    "EAI_AGAIN",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "CERT_HAS_EXPIRED",
    "DEPTH_ZERO_SELF_SIGNED_CERT",
];

/** Classifies an error thrown by `fetch`; undefined when it is not a transport failure. */
export function classifyTransportError(error: unknown): TransportFailure | undefined {
    // Duck-typed: fetch's errors come from Node's own realm, which `instanceof Error` misses in sandboxes (jest).
    if (typeof error !== "object" || error === null) return undefined;
    const { name, message, cause } = error as { name?: unknown; message?: unknown; cause?: unknown };
    if (name === "TimeoutError" || name === "AbortError") {
        return { kind: "timeout", text: "no response before the request timeout" };
    }
    // Node's fetch wraps socket errors: TypeError("fetch failed", { cause: { code } }).
    const code = errorCode(cause) ?? errorCode(error);
    if (code && RESET_CODES.includes(code))
        return { kind: "reset", code, text: `the connection was closed before a response arrived (${code})` };
    if (code && UNREACHABLE_CODES.includes(code))
        return { kind: "unreachable", code, text: `Konnect could not be reached (${code})` };
    const text = typeof message === "string" ? message : "";
    if (text === "fetch failed" || /socket|other side closed|terminated/i.test(text)) {
        return { kind: "reset", code, text: `the connection failed (${code ?? describeCause(cause) ?? text})` };
    }
    return undefined;
}

function errorCode(value: unknown): string | undefined {
    if (typeof value !== "object" || value === null) return undefined;
    const code = (value as { code?: unknown }).code;
    return typeof code === "string" ? code : undefined;
}

function describeCause(cause: unknown): string | undefined {
    const message = typeof cause === "object" && cause !== null ? (cause as { message?: unknown }).message : undefined;
    return typeof message === "string" && message !== "" ? message : undefined;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
