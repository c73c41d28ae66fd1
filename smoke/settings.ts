/**
 * The smoke run's own settings, read from command-line flags and the environment.
 *
 * Pure: `parseSmokeSettings` takes argv and an environment map and returns typed settings, or throws one
 * `SmokeUsageError` naming every bad setting with what it got and the form it expects. Flags win over
 * their environment variables. The developer password is read from the environment only (never a flag,
 * so it stays out of process listings) and is never echoed in an error.
 */
import { parseArgs } from "node:util";
import { isUuid } from "../konnect/vocabulary";
import { parseSecureUrl } from "../konnect/endpoints";

/** Which ways of calling the route are checked. */
export const AUTH_CHECKS = ["basic", "bearer"] as const;
export type AuthCheck = (typeof AUTH_CHECKS)[number];

/** Environment variables holding the portal developer's credentials. */
export const DEVELOPER_EMAIL_ENV = "KONNECT_PORTAL_DEVELOPER_EMAIL";
export const DEVELOPER_PASSWORD_ENV = "KONNECT_PORTAL_DEVELOPER_PASSWORD";

/** Time limits of one run, in milliseconds. */
export interface SmokeTimeouts {
    /** Per HTTP request. */
    readonly requestMs: number;
    /** How long a pending registration may wait for approval. */
    readonly approvalMs: number;
    /** How long the route may keep answering 401/403 while the gateway picks up the new application. */
    readonly routeMs: number;
    /** Pause between two polls (registration status, route retries). */
    readonly pollIntervalMs: number;
}

/** The portal developer the run signs in as. */
export interface DeveloperCredentials {
    readonly email: string;
    readonly password: string;
}

/** Everything the run needs besides the stack outputs. */
export interface SmokeSettings {
    /** Pulumi stack whose outputs are read (and whose name goes into the application's name). */
    readonly stack?: string;
    /** JSON file with the stack outputs, as written by `pulumi stack output --json`. */
    readonly outputsFile?: string;
    readonly routeUrl: string;
    /** Konnect API id the application registers for; without it no registration is made. */
    readonly apiId?: string;
    readonly authChecks: readonly AuthCheck[];
    /** Redirect URI of the application; defaults to the portal URL. */
    readonly redirectUri?: string;
    /** Leave the application on the portal for debugging. */
    readonly keep: boolean;
    readonly developer: DeveloperCredentials;
    readonly timeouts: SmokeTimeouts;
}

/** One bad setting: where it came from, what it was given and what it should look like. */
export interface SettingProblem {
    readonly setting: string;
    readonly got: string;
    readonly expected: string;
}

/** Every bad setting at once; thrown before any request is made. */
export class SmokeUsageError extends Error {
    constructor(readonly problems: readonly SettingProblem[]) {
        super(
            `Bad input (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
                problems.map((p) => `  - ${p.setting}: got ${p.got}; expected ${p.expected}`).join("\n"),
        );
        this.name = "SmokeUsageError";
    }
}

type OptionKind = "string" | "boolean";

interface OptionSpec {
    readonly flag: string;
    /** One-letter alias, e.g. `-h`. */
    readonly short?: string;
    readonly env?: string;
    readonly kind: OptionKind;
    readonly value?: string;
    readonly help: string;
}

/** Flags, their environment variables and help text; `--help` prints this table. */
export const OPTIONS = {
    stack: {
        flag: "--stack",
        env: "SMOKE_STACK",
        kind: "string",
        value: "<stack>",
        help: "Pulumi stack to test (dev, staging, prod or org/project/stack)",
    },
    outputs: {
        flag: "--outputs",
        env: "SMOKE_OUTPUTS_FILE",
        kind: "string",
        value: "<file>",
        help: "stack outputs as JSON (pulumi stack output --json)",
    },
    routeUrl: {
        flag: "--route-url",
        env: "SMOKE_ROUTE_URL",
        kind: "string",
        value: "<url>",
        help: "route to call with the application's credentials (required)",
    },
    apiId: {
        flag: "--api-id",
        env: "SMOKE_API_ID",
        kind: "string",
        value: "<uuid>",
        help: "Konnect API to register the application for (default: the first of the stack output konnectApiIds)",
    },
    auth: {
        flag: "--auth",
        env: "SMOKE_AUTH",
        kind: "string",
        value: "<list>",
        help: "route checks to run: basic, bearer or basic,bearer (default)",
    },
    redirectUri: {
        flag: "--redirect-uri",
        env: "SMOKE_REDIRECT_URI",
        kind: "string",
        value: "<url>",
        help: "the application's redirect URI (default: the portal URL)",
    },
    requestTimeout: {
        flag: "--request-timeout",
        env: "SMOKE_REQUEST_TIMEOUT",
        kind: "string",
        value: "<duration>",
        help: "limit per HTTP request (default 15s)",
    },
    approvalTimeout: {
        flag: "--approval-timeout",
        env: "SMOKE_APPROVAL_TIMEOUT",
        kind: "string",
        value: "<duration>",
        help: "wait for a pending registration (default 5m)",
    },
    routeTimeout: {
        flag: "--route-timeout",
        env: "SMOKE_ROUTE_TIMEOUT",
        kind: "string",
        value: "<duration>",
        help: "retry 401/403 from the route while the gateway syncs (default 60s)",
    },
    pollInterval: {
        flag: "--poll-interval",
        env: "SMOKE_POLL_INTERVAL",
        kind: "string",
        value: "<duration>",
        help: "pause between polls (default 5s)",
    },
    keep: {
        flag: "--keep",
        env: "SMOKE_KEEP",
        kind: "boolean",
        help: "leave the application on the portal for debugging",
    },
    help: { flag: "--help", short: "-h", kind: "boolean", help: "show this help" },
} as const satisfies Record<string, OptionSpec>;

type OptionName = keyof typeof OPTIONS;

const DEFAULTS = {
    requestTimeout: "15s",
    approvalTimeout: "5m",
    routeTimeout: "60s",
    pollInterval: "5s",
    auth: "basic,bearer",
} as const;

/** Pulumi stack names: `stack`, `project/stack` or `org/project/stack`. */
const STACK_NAME = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+){0,2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m)?$/;
const DURATION_FORM = "a duration such as 500ms, 30s or 5m (a bare number is seconds)";

/** Parses `500ms`, `30s`, `5m` or a bare number of seconds; undefined when malformed. */
export function parseDuration(value: string): number | undefined {
    const match = DURATION.exec(value.trim());
    if (!match) return undefined;
    const amount = Number(match[1]);
    const unit = match[2] ?? "s";
    return Math.round(unit === "ms" ? amount : unit === "s" ? amount * 1000 : amount * 60_000);
}

/** `OPTIONS` as `parseArgs` options, keyed by the long flag without its dashes, and back to the table's names. */
const PARSE_OPTIONS = Object.fromEntries(
    Object.values(OPTIONS).map((spec: OptionSpec) => [
        spec.flag.slice(2),
        { type: spec.kind, ...(spec.short ? { short: spec.short.slice(1) } : {}) },
    ]),
);
const NAME_BY_KEY = new Map<string, OptionName>(
    Object.entries(OPTIONS).map(([name, spec]) => [spec.flag.slice(2), name as OptionName]),
);

/** What the command line says: flag values (the last of a repeated flag wins), `--help`, and bad arguments. */
interface ReadFlags {
    readonly values: Partial<Record<OptionName, string>>;
    readonly help: boolean;
    readonly problems: readonly SettingProblem[];
}

/**
 * Splits argv into flag values with `node:util`'s `parseArgs`, not strict, so that unknown flags and missing
 * values become problems in the run's own words instead of its first-error-only exception.
 *
 * `--flag value` whose value starts with `-` counts as a missing value followed by the next flag, as strict
 * `parseArgs` would refuse it (`--api-id --keep` forgot the id); a value that really starts with a dash is
 * given inline, `--flag=-value`. parseArgs has already taken that argument as the value, so reading resumes
 * at it.
 */
function readFlags(argv: readonly string[]): ReadFlags {
    const values: Partial<Record<OptionName, string>> = {};
    const problems: SettingProblem[] = [];
    let help = false;
    const unknown = (given: string) =>
        problems.push({
            setting: "arguments",
            got: JSON.stringify(given),
            expected: `one of ${Object.values(OPTIONS)
                .map((o) => o.flag)
                .join(", ")}`,
        });
    let from: number | undefined = 0;
    while (from !== undefined && from < argv.length) {
        const args = argv.slice(from);
        const { tokens } = parseArgs({
            args,
            options: PARSE_OPTIONS,
            strict: false,
            allowPositionals: true,
            tokens: true,
        });
        let resumeAt: number | undefined;
        let lastUnknown: number | undefined;
        for (const token of tokens) {
            const name = token.kind === "option" ? NAME_BY_KEY.get(token.name) : undefined;
            if (token.kind !== "option" || name === undefined) {
                // Positionals, `--` and unknown flags, each as it was written (`--route=x`, not just `--route`);
                // a group of short flags (`-xy`) is one argument, named once.
                if (token.index !== lastUnknown) unknown(args[token.index]);
                lastUnknown = token.index;
                continue;
            }
            const spec: OptionSpec = OPTIONS[name];
            if (name === "help") {
                help = true;
                continue;
            }
            if (spec.kind === "boolean") {
                values[name] = token.value ?? "true";
                continue;
            }
            if (token.value === undefined || (token.inlineValue === false && token.value.startsWith("-"))) {
                problems.push({ setting: spec.flag, got: "no value", expected: `${spec.flag} ${spec.value}` });
                if (token.value !== undefined) {
                    resumeAt = from + token.index + 1;
                    break;
                }
                continue;
            }
            values[name] = token.value;
        }
        from = resumeAt;
    }
    return { values, help, problems };
}

/**
 * Reads the settings from `argv` (without `node` and the script) and `env`.
 * Throws `SmokeUsageError` listing every problem. `--help` is answered before this (see `wantsHelp`).
 */
export function parseSmokeSettings(
    argv: readonly string[],
    env: Readonly<Record<string, string | undefined>>,
): SmokeSettings {
    const read = readFlags(argv);
    const problems: SettingProblem[] = [...read.problems];
    const flags = read.values;
    /** The flag's value, else its environment variable's, else undefined; empty strings count as unset. */
    const raw = (name: OptionName): { value: string; setting: string } | undefined => {
        const spec: OptionSpec = OPTIONS[name];
        const fromFlag = flags[name];
        if (fromFlag !== undefined && fromFlag.trim() !== "") return { value: fromFlag.trim(), setting: spec.flag };
        const fromEnv = spec.env === undefined ? undefined : env[spec.env];
        if (fromEnv !== undefined && fromEnv.trim() !== "") return { value: fromEnv.trim(), setting: spec.env! };
        return undefined;
    };
    const settingName = (name: OptionName) => {
        const spec: OptionSpec = OPTIONS[name];
        return spec.env ? `${spec.flag} / ${spec.env}` : spec.flag;
    };
    const bool = (name: OptionName): boolean => {
        const given = raw(name);
        if (given === undefined) return false;
        if (/^(true|1|yes)$/i.test(given.value)) return true;
        if (/^(false|0|no)$/i.test(given.value)) return false;
        problems.push({ setting: given.setting, got: JSON.stringify(given.value), expected: "true or false" });
        return false;
    };

    const stack = raw("stack");
    if (stack && !STACK_NAME.test(stack.value)) {
        problems.push({
            setting: stack.setting,
            got: JSON.stringify(stack.value),
            expected: "a Pulumi stack name such as dev or acme/konnect-auth0-dcr/dev",
        });
    }

    const routeUrl = raw("routeUrl");
    if (routeUrl === undefined) {
        problems.push({
            setting: settingName("routeUrl"),
            got: "nothing (unset)",
            expected: "the https URL of a route behind the API, e.g. https://api.acme.com/orders",
        });
    } else if (!parseSecureUrl(routeUrl.value)) {
        problems.push({
            setting: routeUrl.setting,
            got: JSON.stringify(routeUrl.value),
            expected: "an absolute https URL (http only for localhost)",
        });
    }

    const apiId = raw("apiId");
    if (apiId && !isUuid(apiId.value)) {
        problems.push({
            setting: apiId.setting,
            got: JSON.stringify(apiId.value),
            expected: "the Konnect API id, a UUID",
        });
    }

    const authValue = raw("auth") ?? { value: DEFAULTS.auth, setting: OPTIONS.auth.flag };
    const authChecks = [...new Set(authValue.value.split(",").map((s) => s.trim().toLowerCase()))];
    if (authChecks.length === 0 || authChecks.some((c) => !(AUTH_CHECKS as readonly string[]).includes(c))) {
        problems.push({
            setting: authValue.setting,
            got: JSON.stringify(authValue.value),
            expected: "basic, bearer or basic,bearer",
        });
    }

    const redirectUri = raw("redirectUri");
    if (redirectUri && !parseSecureUrl(redirectUri.value)) {
        problems.push({
            setting: redirectUri.setting,
            got: JSON.stringify(redirectUri.value),
            expected: "an absolute https URL (http only for localhost)",
        });
    }

    const duration = (name: keyof typeof DEFAULTS & OptionName, min: number): number => {
        const given = raw(name) ?? { value: DEFAULTS[name], setting: OPTIONS[name].flag };
        const ms = parseDuration(given.value);
        if (ms === undefined || ms < min) {
            problems.push({
                setting: given.setting,
                got: JSON.stringify(given.value),
                expected: `${DURATION_FORM}, at least ${min} ms`,
            });
            return min;
        }
        return ms;
    };
    const timeouts: SmokeTimeouts = {
        requestMs: duration("requestTimeout", 1),
        approvalMs: duration("approvalTimeout", 0),
        routeMs: duration("routeTimeout", 0),
        pollIntervalMs: duration("pollInterval", 1),
    };

    const email = env[DEVELOPER_EMAIL_ENV]?.trim() ?? "";
    if (email === "") {
        problems.push({
            setting: DEVELOPER_EMAIL_ENV,
            got: "nothing (unset)",
            expected: "the portal developer's email address",
        });
    } else if (!EMAIL.test(email)) {
        problems.push({
            setting: DEVELOPER_EMAIL_ENV,
            got: JSON.stringify(email),
            expected: "an email address such as smoke@acme.com",
        });
    }
    // Never trimmed or shown: passwords may legitimately contain spaces.
    const password = env[DEVELOPER_PASSWORD_ENV] ?? "";
    if (password === "") {
        problems.push({
            setting: DEVELOPER_PASSWORD_ENV,
            got: "nothing (unset)",
            expected: "the portal developer's password",
        });
    }

    const keep = bool("keep");
    if (problems.length > 0) throw new SmokeUsageError(problems);

    return {
        stack: stack?.value,
        outputsFile: raw("outputs")?.value,
        routeUrl: routeUrl!.value,
        apiId: apiId?.value.toLowerCase(),
        authChecks: authChecks as AuthCheck[],
        redirectUri: redirectUri?.value,
        keep,
        developer: { email, password },
        timeouts,
    };
}

/** True when argv asks for `--help` (or `-h`): the usage is printed and nothing else is checked. */
export function wantsHelp(argv: readonly string[]): boolean {
    return readFlags(argv).help;
}

/** The `--help` text: usage, every flag with its environment variable, and the exit codes. */
export function usageText(): string {
    const rows = Object.values(OPTIONS).map((o: OptionSpec) => {
        const left = `  ${o.short ? `${o.short}, ` : ""}${o.flag}${o.value ? ` ${o.value}` : ""}`;
        return `${left.padEnd(34)}${o.help}${o.env ? ` [${o.env}]` : ""}`;
    });
    return [
        "Usage: npm run smoke -- --stack <stack> --route-url <url> [--api-id <uuid>] [options]",
        "",
        "Creates an application on the stack's Dev Portal, calls the route with its credentials, then deletes it.",
        "",
        "Options:",
        ...rows,
        "",
        `Developer credentials: ${DEVELOPER_EMAIL_ENV}, ${DEVELOPER_PASSWORD_ENV} (environment only).`,
        "Stack outputs, per output: SMOKE_<OUTPUT> variable, then --outputs file, then `pulumi stack output --stack`.",
        "",
        "Exit codes: 0 all checks passed, 1 a check failed, 2 bad input, 3 cleanup failed (application may remain).",
    ].join("\n");
}
