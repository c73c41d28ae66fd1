/**
 * Konnect API failures as errors that say what was being done, to which object, what Konnect answered
 * (problem+json title, detail, invalid parameters, trace id) and, for 401/403, which token setting was
 * used and which role is likely missing. Secrets are scrubbed from every field.
 */
import type { KonnectTokenSource } from "./vocabulary";
import { describeTokenSource } from "./endpoints";

/** The kinds of Konnect objects this project manages or touches. */
export type KonnectObjectKind =
    | "DCR provider"
    | "application auth strategy"
    | "Dev Portal"
    | "classic portal"
    | "API"
    | "API publication"
    | "portal product version";

/** What was being attempted, for messages: `update DCR provider "auth0-dcr-dev" (93f8…)`. */
export interface KonnectOperation {
    readonly action: "create" | "read" | "look up" | "update" | "delete" | "verify";
    readonly kind: KonnectObjectKind;
    readonly name?: string;
    readonly id?: string;
}

/** One entry of a 400 response's `invalid_parameters`. */
export interface KonnectInvalidParameter {
    readonly field: string;
    readonly reason: string;
    readonly rule?: string;
}

/** The parts of an application/problem+json body the messages use. */
export interface KonnectProblem {
    readonly status?: number;
    readonly title?: string;
    readonly detail?: string;
    /** `kong:trace:<id>`, the correlation id Kong support asks for. */
    readonly instance?: string;
    readonly invalidParameters: readonly KonnectInvalidParameter[];
}

/** Describes an operation as it appears in messages. */
export function describeOperation(op: KonnectOperation): string {
    const name = op.name !== undefined ? ` "${op.name}"` : "";
    const id = op.id !== undefined ? ` (${op.id})` : "";
    return `${op.action} ${op.kind}${name}${id}`;
}

/** The Konnect role a token most likely lacks when Konnect answers 403 to an operation. */
export function likelyMissingRole(op: KonnectOperation): string {
    switch (op.kind) {
        case "DCR provider":
            return `"DCR Provider Creator"`;
        case "application auth strategy":
            return `"Auth Strategy Creator"`;
        case "Dev Portal":
        case "classic portal":
            return op.action === "read"
                ? `"Portal Viewer" (or "Portal Admin")`
                : `"Portal Admin" on this portal (or "Portal Creator")`;
        case "API":
            return `"API Viewer" on the API (or "API Publisher")`;
        case "API publication":
            return op.action === "read"
                ? `"API Viewer" on the API (or "API Publisher")`
                : `"API Publisher" on the API (and "Portal Admin" on the portal)`;
        case "portal product version":
            return op.action === "read"
                ? `"Portal Viewer" (or "Portal Admin")`
                : `"Portal Admin" on the classic portal (or "Product Publisher" on the API product)`;
    }
}

const TOKEN_SHAPE = /\b(kpat|spat)_[A-Za-z0-9]{6,}/g;

/**
 * Replaces every known secret, whatever its length, and anything shaped like a Konnect token, with
 * `[redacted]`. Longest first, so a secret that contains another one vanishes whole. The one redaction of the
 * project: Konnect errors and the smoke run's output both go through it.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
    let out = text;
    const known = [...new Set(secrets.filter((s): s is string => typeof s === "string" && s !== ""))].sort(
        (a, b) => b.length - a.length,
    );
    for (const secret of known) out = out.split(secret).join("[redacted]");
    return out.replace(TOKEN_SHAPE, "[redacted]");
}

/** Reads a problem+json (or any JSON, or plain text) error body; never throws. */
export function parseProblem(status: number, body: unknown): KonnectProblem {
    let value: unknown = body;
    if (typeof body === "string") {
        try {
            value = body.trim() === "" ? {} : JSON.parse(body);
        } catch {
            return { status, detail: body.slice(0, 500), invalidParameters: [] };
        }
    }
    const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
    const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
    const invalid = Array.isArray(record.invalid_parameters) ? record.invalid_parameters : [];
    return {
        status: typeof record.status === "number" ? record.status : status,
        title: str(record.title),
        detail: str(record.detail) ?? str(record.message),
        instance: str(record.instance),
        invalidParameters: invalid
            .filter((p): p is Record<string, unknown> => typeof p === "object" && p !== null)
            .map((p) => ({
                field: String(p.field ?? "?"),
                reason: String(p.reason ?? p.rule ?? "invalid"),
                rule: str(p.rule),
            })),
    };
}

/** Everything a KonnectApiError is built from. */
export interface KonnectApiErrorInit {
    readonly operation: KonnectOperation;
    /** HTTP status; absent for transport failures (connection reset, timeout). */
    readonly status?: number;
    readonly problem?: KonnectProblem;
    readonly tokenSource?: KonnectTokenSource;
    /** What went wrong below HTTP, e.g. "the connection was reset (ECONNRESET)". */
    readonly transport?: string;
    /** Extra explanation appended to the message (what to do next). */
    readonly hint?: string;
    /** Attempts made and time spent when retries were exhausted. */
    readonly attempts?: number;
    readonly elapsedMs?: number;
    /** Values that must never appear in the message (token, client secret). */
    readonly secrets?: readonly (string | undefined)[];
}

/** A failed Konnect API call. The message is complete on its own; the fields are for programs. */
export class KonnectApiError extends Error {
    /** e.g. `update DCR provider "auth0-dcr-dev" (93f8…)`. */
    readonly operation: string;
    readonly status?: number;
    readonly title?: string;
    readonly detail?: string;
    readonly invalidParameters: readonly KonnectInvalidParameter[];
    /** Konnect's trace id (`kong:trace:…`). */
    readonly instance?: string;
    readonly tokenSource?: KonnectTokenSource;
    readonly attempts?: number;

    constructor(init: KonnectApiErrorInit) {
        const secrets = init.secrets ?? [];
        const clean = (text: string | undefined) => (text === undefined ? undefined : redactSecrets(text, secrets));
        const problem = init.problem;
        const operation = describeOperation(init.operation);
        const status = init.status ?? problem?.status;
        const title = clean(problem?.title);
        const detail = clean(problem?.detail);
        const invalidParameters = (problem?.invalidParameters ?? []).map((p) => ({
            field: clean(p.field) as string,
            reason: clean(p.reason) as string,
            rule: p.rule,
        }));

        const lines: string[] = [];
        let head = `Konnect: ${operation} failed`;
        if (status !== undefined) head += ` with ${status}${title ? ` ${title}` : ""}`;
        if (init.transport) head += `: ${init.transport}`;
        if (detail && detail !== title) head += `: ${detail}`;
        lines.push(head);
        for (const p of invalidParameters) lines.push(`  - ${p.field}: ${p.reason}`);
        const tokenText = init.tokenSource ? describeTokenSource(init.tokenSource) : "the Konnect token";
        if (status === 401) {
            lines.push(
                `Konnect rejected ${tokenText}: it is invalid, expired or revoked, or belongs to another region's organization. ` +
                    "Create a new personal (kpat_) or system-account (spat_) token and set it there.",
            );
        } else if (status === 403) {
            lines.push(
                `${capitalize(tokenText)} is valid but not allowed to ${init.operation.action} ${init.operation.kind}s: ` +
                    `its user or system account likely lacks the ${likelyMissingRole(init.operation)} role.`,
            );
        }
        if (init.hint) lines.push(clean(init.hint) as string);
        if (init.attempts !== undefined && init.attempts > 1) {
            lines.push(`Gave up after ${init.attempts} attempts over ${((init.elapsedMs ?? 0) / 1000).toFixed(1)} s.`);
        }
        if (problem?.instance) lines.push(`Konnect trace id: ${problem.instance}`);
        const message = redactSecrets(lines.join("\n"), secrets);

        super(message);
        // Pulumi's closure serializer turns `super(message)` into `Error.call(this, message)`, which leaves
        // the message empty in the deployed provider; set it explicitly.
        this.message = message;
        this.name = "KonnectApiError";
        this.operation = operation;
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.invalidParameters = invalidParameters;
        this.instance = problem?.instance;
        this.tokenSource = init.tokenSource;
        this.attempts = init.attempts;
        // Serialized, the class no longer inherits Error's stack or `toString`: the dynamic-provider host, which
        // logs `${error}: ${error.stack}`, would print "[object Object]: undefined" under every Konnect failure.
        if (this.stack === undefined) Error.captureStackTrace(this, KonnectApiError);
    }

    override toString(): string {
        return `${this.name}: ${this.message}`;
    }
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
