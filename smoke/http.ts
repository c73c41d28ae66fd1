/**
 * A minimal HTTP layer over an injected `fetch`: per-request timeout, whole-body reads, and one-line
 * descriptions of failed responses (problem+json, OAuth errors, Kong gateway messages) that carry the
 * Konnect trace id but never a request body.
 */
import { parseProblem } from "../konnect/errors";

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
            const response = await this.fetchFn(url, {
                method,
                headers,
                body,
                redirect: "manual",
                signal: AbortSignal.timeout(this.timeoutMs),
            });
            return {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
                text: await response.text(),
            };
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
 * `HTTP 500 Internal Server Error: <what the body says>`: an OAuth `error`/`error_description`, else what
 * the project's problem+json reader finds (title, detail or Kong's `message`, invalid parameters, trace id).
 * A body that is not JSON (an HTML error page) is not echoed.
 */
export function describeResponse(response: HttpResponse): string {
    const head = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    const body = jsonBody(response);
    if (typeof body !== "object" || body === null) return head;
    const oauth = body as { error?: unknown; error_description?: unknown };
    if (typeof oauth.error === "string") {
        return `${head}: ${[oauth.error, oauth.error_description].filter((v) => typeof v === "string" && v !== "").join(": ")}`;
    }
    const problem = parseProblem(response.status, body);
    // The title often repeats the status text; say it once.
    const title = problem.title === response.statusText ? undefined : problem.title;
    const parts = [
        [title, problem.detail].filter(Boolean).join(": "),
        ...problem.invalidParameters.slice(0, 5).map((p) => `${p.field}: ${p.reason}`),
    ].filter(Boolean);
    return `${head}${parts.length ? `: ${parts.join("; ")}` : ""}${problem.instance ? ` (${problem.instance})` : ""}`;
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
