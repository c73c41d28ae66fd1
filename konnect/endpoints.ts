/**
 * Where the Konnect API is and which token to use: the same settings and environment variables Kong's own
 * tooling reads (KONNECT_TOKEN, KONNECT_SPAT, KONNECT_SERVER_URL), in the project's documented order.
 */
import { KONNECT_REGIONS, KonnectTokenSource } from "./vocabulary";

/** The secret stack setting that holds the Konnect token. */
export const KONNECT_TOKEN_CONFIG_KEY = "konnect-auth0-dcr:konnectToken";

/** Environment variables a Konnect token or server URL may come from. */
export interface KonnectEnvironment {
    readonly KONNECT_TOKEN?: string;
    readonly KONNECT_SPAT?: string;
    readonly KONNECT_SERVER_URL?: string;
}

/** A token and the setting it came from; only the source is ever shown. */
export interface ResolvedKonnectToken {
    readonly token: string;
    readonly source: KonnectTokenSource;
}

/**
 * Picks the Konnect token: the secret stack setting `konnect-auth0-dcr:konnectToken`, then KONNECT_TOKEN,
 * then KONNECT_SPAT. Throws when none is set; the error names the settings, never a value.
 */
export function resolveKonnectToken(env: KonnectEnvironment, configToken?: string): ResolvedKonnectToken {
    const usable = (value: string | undefined) =>
        value !== undefined && value.trim() !== "" ? value.trim() : undefined;
    const fromConfig = usable(configToken);
    if (fromConfig) return { token: fromConfig, source: "config:konnectToken" };
    const fromToken = usable(env.KONNECT_TOKEN);
    if (fromToken) return { token: fromToken, source: "env:KONNECT_TOKEN" };
    const fromSpat = usable(env.KONNECT_SPAT);
    if (fromSpat) return { token: fromSpat, source: "env:KONNECT_SPAT" };
    throw new Error(
        "No Konnect token: set the secret stack setting (pulumi config set --secret konnectToken <kpat_… or spat_…>) " +
            "or the KONNECT_TOKEN / KONNECT_SPAT environment variable of pulumi up.",
    );
}

/** Names a token source in messages, e.g. "the token from KONNECT_TOKEN". */
export function describeTokenSource(source: KonnectTokenSource): string {
    switch (source) {
        case "config:konnectToken":
            return `the token from the secret stack setting ${KONNECT_TOKEN_CONFIG_KEY}`;
        case "env:KONNECT_TOKEN":
            return "the token from KONNECT_TOKEN";
        case "env:KONNECT_SPAT":
            return "the token from KONNECT_SPAT";
    }
}

/**
 * The Konnect API base URL (no version segment, no trailing slash): an explicit server URL, else
 * KONNECT_SERVER_URL, else `https://<region>.api.konghq.com` (region `us` by default).
 */
export function resolveKonnectServerUrl(
    target: { serverUrl?: string; region?: string } = {},
    env: KonnectEnvironment = {},
): string {
    const explicit = target.serverUrl?.trim() || env.KONNECT_SERVER_URL?.trim();
    if (explicit) return explicit.replace(/\/+$/, "");
    const region = target.region ?? "us";
    if (!(KONNECT_REGIONS as readonly string[]).includes(region)) {
        throw new Error(`Unknown Konnect region "${region}": expected one of ${KONNECT_REGIONS.join(", ")}.`);
    }
    return `https://${region}.api.konghq.com`;
}
