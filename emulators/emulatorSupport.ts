/** What the Konnect and Auth0 emulators share: replies, request bodies, counting recorded requests and queueing injected faults. */
import type * as http from "http";

/** An HTTP answer: status, JSON body, extra headers. */
export interface Reply {
    status: number;
    body?: unknown;
    headers?: Record<string, string>;
}

/** Thrown by handlers to answer with an error. */
export class Answer extends Error {
    constructor(readonly reply: Reply) {
        super(`HTTP ${reply.status}`);
    }
}

/** The whole request body as text. */
export async function readBody(req: http.IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
        chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString("utf8");
}

/** Writes `reply`, its body as JSON with the content type `contentType` gives for its status. */
export function send(res: http.ServerResponse, reply: Reply, contentType: (status: number) => string): void {
    const headers: Record<string, string> = { ...reply.headers };
    let payload: string | undefined;
    if (reply.body !== undefined) {
        payload = JSON.stringify(reply.body);
        headers["content-type"] = contentType(reply.status);
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
}

/** Methods that change state; the emulators count them apart from GETs. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(["POST", "PATCH", "PUT", "DELETE"]);

/** GETs and writes among recorded requests: what benchmarks and lifecycle tests report. */
export function countGetsAndWrites(requests: readonly { method: string }[]): { get: number; write: number } {
    return {
        get: requests.filter((r) => r.method === "GET").length,
        write: requests.filter((r) => WRITE_METHODS.has(r.method)).length,
    };
}

/** Which requests a fault applies to, and how many times. */
export interface FaultMatch {
    /** Only requests with this method; default: any. */
    method?: string;
    /** Only requests whose path (without query) equals this string or matches this RegExp; default: any. */
    path?: string | RegExp;
    /** How many matching requests get the fault; default 1. */
    times?: number;
}

/** Injected faults, applied in injection order until each is used up. */
export class FaultQueue<F extends FaultMatch> {
    private readonly entries: { fault: F; left: number }[] = [];

    push(fault: F): void {
        this.entries.push({ fault, left: fault.times ?? 1 });
    }

    clear(): void {
        this.entries.length = 0;
    }

    /** The first fault matching the request, counted as used once; undefined when none matches. */
    take(method: string, path: string): F | undefined {
        const i = this.entries.findIndex(
            ({ fault }) =>
                (!fault.method || fault.method.toUpperCase() === method) &&
                (fault.path === undefined ||
                    (typeof fault.path === "string" ? fault.path === path : path.search(fault.path) >= 0)),
        );
        if (i < 0) {
            return undefined;
        }
        const entry = this.entries[i];
        if (--entry.left <= 0) {
            this.entries.splice(i, 1);
        }
        return entry.fault;
    }
}
