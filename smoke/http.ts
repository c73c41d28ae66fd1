/**
 * A minimal HTTP layer over an injected `fetch`: per-request timeout, whole-body reads, and one-line
 * descriptions of failed responses (problem+json, OAuth errors, Kong gateway messages) that carry the
 * Konnect trace id but never a request body.
 */

/** The `fetch` the run uses; the global one in production, any stand-in in tests. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** A response with its body already read. */
export interface HttpResponse {
    readonly status: number;
    readonly statusText: string;
    readonly headers: Headers;
    readonly text: string;
}

/** A request that got no response: connection refused, DNS failure or timeout. */
export class RequestError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "RequestError";
    }
}

export interface RequestOptions {
    readonly headers?: Record<string, string>;
    /** Sent as `application/json`. */
    readonly json?: unknown;
    /** Sent as `application/x-www-form-urlencoded`. */
    readonly form?: Record<string, string>;
}

/** Sends requests through `fetchFn`, each limited to `timeoutMs`. */
export class HttpClient {
    constructor(
        private readonly fetchFn: FetchFn,
        private readonly timeoutMs: number,
    ) {}

    async send(method: string, url: string, options: RequestOptions = {}): Promise<HttpResponse> {
        const headers: Record<string, string> = { accept: "application/json", ...options.headers };
        let body: string | undefined;
        if (options.json !== undefined) {
            headers["content-type"] = "application/json";
            body = JSON.stringify(options.json);
        } else if (options.form !== undefined) {
            headers["content-type"] = "application/x-www-form-urlencoded";
            body = new URLSearchParams(options.form).toString();
        }
        const target = `${method} ${withoutQuery(url)}`;
        try {
            const response = await this.fetchFn(url, { method, headers, body, redirect: "manual", signal: AbortSignal.timeout(this.timeoutMs) });
            return { status: response.status, statusText: response.statusText, headers: response.headers, text: await response.text() };
        } catch (error) {
            const e = error as Error & { cause?: { code?: string } };
            if (e.name === "TimeoutError" || e.name === "AbortError") {
                throw new RequestError(`${target} timed out after ${this.timeoutMs} ms`);
            }
            throw new RequestError(`${target} failed: ${e.cause?.code ?? e.message}`);
        }
    }
}

function withoutQuery(url: string): string {
    const i = url.indexOf("?");
    return i < 0 ? url : url.slice(0, i);
}

/** The parsed JSON body, or undefined when the body is not JSON. */
export function jsonBody(response: HttpResponse): unknown {
    try {
        return JSON.parse(response.text);
    } catch {
        return undefined;
    }
}

/** True for 2xx. */
export function isSuccess(response: HttpResponse): boolean {
    return response.status >= 200 && response.status < 300;
}

/**
 * `HTTP 500 Internal Server Error: <what the body says>`: problem+json title/detail and trace id, an
 * OAuth `error`/`error_description`, or a Kong `message`; the body is not echoed otherwise.
 */
export function describeResponse(response: HttpResponse): string {
    const head = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    const body = jsonBody(response);
    if (typeof body !== "object" || body === null) return head;
    const b = body as Record<string, unknown>;
    const text = (key: string) => (typeof b[key] === "string" && b[key] !== "" ? (b[key] as string) : undefined);
    const parts: string[] = [];
    if (text("title") || text("detail")) {
        // The title often repeats the status text; say it once.
        const title = text("title") === response.statusText ? undefined : text("title");
        parts.push([title, text("detail")].filter(Boolean).join(": "));
        const invalid = Array.isArray(b.invalid_parameters) ? (b.invalid_parameters as Array<Record<string, unknown>>) : [];
        for (const p of invalid.slice(0, 5)) parts.push(`${String(p.field)}: ${String(p.reason ?? p.rule)}`);
    } else if (text("error")) {
        parts.push([text("error"), text("error_description")].filter(Boolean).join(": "));
    } else if (text("message")) {
        parts.push(text("message")!);
    }
    const trace = text("instance");
    return `${head}${parts.length ? `: ${parts.join("; ")}` : ""}${trace ? ` (${trace})` : ""}`;
}

/** Thrown for an unexpected response; its message is `describeResponse` prefixed with what was attempted. */
export class UnexpectedResponseError extends Error {
    constructor(
        readonly action: string,
        readonly response: HttpResponse,
    ) {
        super(`${action}: ${describeResponse(response)}`);
        this.name = "UnexpectedResponseError";
    }
}
