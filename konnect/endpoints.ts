/**
 * Where the Konnect API is and which token to use: the same settings and environment variables Kong's own
 * tooling reads (KONNECT_TOKEN, KONNECT_SPAT, KONNECT_SERVER_URL), in the project's documented order.
 *
 * The server URL decides where `Authorization: Bearer <token>` goes, so only Konnect's own regional hosts
 * (and loopback, for local emulators) are accepted: a one-line change to a stack file must not be able to
 * send the token elsewhere.
 */
import { KONNECT_REGIONS, KonnectTokenSource } from "./vocabulary";

/** Environment variables a Konnect token or server URL may come from. */
export interface KonnectEnvironment {
    readonly KONNECT_TOKEN?: string;
    readonly KONNECT_SPAT?: string;
    readonly KONNECT_SERVER_URL?: string;
}

/** A token and the variable it came from; only the source is ever shown. */
export interface ResolvedKonnectToken {
    readonly token: string;
    readonly source: KonnectTokenSource;
}

/** The token sources in the order they win. */
const TOKEN_PRECEDENCE: readonly KonnectTokenSource[] = ["env:KONNECT_TOKEN", "env:KONNECT_SPAT"];

const usable = (value: string | undefined) => (value !== undefined && value.trim() !== "" ? value.trim() : undefined);

/**
 * The token that wins: KONNECT_TOKEN, then KONNECT_SPAT (blank values count as unset), from the environment of
 * the run that needs it. Never from the stack configuration: the engine keeps a provider's configuration in the
 * state, and `pulumi refresh` and `destroy` would use that stored copy instead of the run's token.
 */
export function pickKonnectToken(env: KonnectEnvironment): ResolvedKonnectToken | undefined {
    const candidates: Record<KonnectTokenSource, string | undefined> = {
        "env:KONNECT_TOKEN": usable(env.KONNECT_TOKEN),
        "env:KONNECT_SPAT": usable(env.KONNECT_SPAT),
    };
    const source = TOKEN_PRECEDENCE.find((s) => candidates[s] !== undefined);
    return source === undefined ? undefined : { token: candidates[source] as string, source };
}

/** `pickKonnectToken`, throwing when no token is set; the error names the variables, never a value. */
export function resolveKonnectToken(env: KonnectEnvironment): ResolvedKonnectToken {
    const picked = pickKonnectToken(env);
    if (picked) return picked;
    throw new Error(
        "No Konnect token: set KONNECT_TOKEN (or KONNECT_SPAT) to a personal (kpat_…) or system-account (spat_…) " +
            "token in the environment of pulumi (with Pulumi ESC: environmentVariables).",
    );
}

/** Names a token source in messages, e.g. "the token from KONNECT_TOKEN". */
export function describeTokenSource(source: KonnectTokenSource): string {
    return source === "env:KONNECT_TOKEN" ? "the token from KONNECT_TOKEN" : "the token from KONNECT_SPAT";
}

// ---------------------------------------------------------------------------------------------------
// URLs

/** Hosts that never leave the machine: plain http is allowed there (local emulators and stand-ins). */
export function isLoopbackHost(hostname: string): boolean {
    return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

/** An absolute URL that is https, or http on a loopback host; undefined otherwise. */
export function parseSecureUrl(value: string): URL | undefined {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return undefined;
    }
    if (url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname))) return url;
    return undefined;
}

/** `https://<region>.api.konghq.com`, the API host of a Konnect region. */
export function konnectRegionUrl(region: string): string {
    return `https://${region}.api.konghq.com`;
}

/** The server URLs the Konnect token may be sent to, as messages state them. */
export const KONNECT_SERVER_URL_FORMS =
    `https://<region>.api.konghq.com with <region> one of ${KONNECT_REGIONS.join(", ")} (no path, no trailing slash), ` +
    "or http://127.0.0.1:<port>, http://localhost:<port> or http://[::1]:<port> for a local emulator";

/**
 * True for a URL the Konnect token may be sent to: a documented regional API host, exactly, or plain http on
 * a loopback host with an explicit port (nothing else on the URL: no path, query, credentials or slash).
 */
export function isAllowedKonnectServerUrl(value: string): boolean {
    const url = parseSecureUrl(value);
    if (!url || value !== url.origin) return false;
    if (url.protocol === "http:") return url.port !== "";
    return (KONNECT_REGIONS as readonly string[]).some((region) => url.origin === konnectRegionUrl(region));
}

/** Throws a clear error, before any request, when `serverUrl` is not one of the allowed Konnect URLs. */
export function assertKonnectServerUrl(serverUrl: string): void {
    if (!isAllowedKonnectServerUrl(serverUrl)) {
        throw new Error(
            `Refusing to send the Konnect token to ${describeRejectedUrl(serverUrl)}: the Konnect server URL must be ${KONNECT_SERVER_URL_FORMS}.`,
        );
    }
}

/**
 * A rejected URL as messages may show it: scheme, host and path only (credentials, query and fragment may
 * hold a token), or a placeholder when it is not a URL at all (it may be a token pasted in the wrong place).
 */
export function describeRejectedUrl(value: string): string {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return "a value that is not a URL (not shown)";
    }
    const shown = `${url.protocol}//${url.host}${url.pathname === "/" && !value.endsWith("/") ? "" : url.pathname}`;
    return JSON.stringify(shown.replace(/\b(kpat|spat)_[A-Za-z0-9]+/g, "[redacted]"));
}
