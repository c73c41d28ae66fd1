/**
 * What the three Konnect dynamic providers share at run time: the token, a client per operation, the live
 * object a diff read (so the update that follows need not read it again) and output clean-up.
 *
 * Dynamic providers are closure-serialized into the state, and everything a provider function captures is
 * serialized with it. So nothing here captures the token: it is kept on `globalThis` under a registered
 * symbol (looked up when needed, never held in a variable), and clients are built inside each method.
 */
import type * as pulumi from "@pulumi/pulumi";
import { createKonnectClient, KonnectClient } from "../client";
import { KONNECT_TOKEN_CONFIG_KEY, resolveKonnectToken } from "../endpoints";
import type { RetryPolicy } from "../retry";

/** Options fixed when a provider object is made. Serialized with the provider: keep them small, no secrets. */
export interface KonnectProviderOptions {
    /** Overrides of the retry bounds (tests use tiny delays). */
    readonly retry?: Partial<RetryPolicy>;
}

/** A diff result that also lists the changed API fields (for tests and logs; the engine ignores them). */
export interface KonnectDiffResult extends pulumi.dynamic.DiffResult {
    readonly changedFields: readonly string[];
}

const TOKEN_SLOT = "konnect-auth0-dcr/configured-konnect-token";
const LIVE_SLOT = "konnect-auth0-dcr/live-objects";
/** A live object read by `diff` is reused by `update` only within this window. */
const LIVE_TTL_MS = 5 * 60_000;

/**
 * Keeps the token from the stack configuration that the dynamic-provider host passes to `configure`
 * (`konnect-auth0-dcr:konnectToken`, a secret setting the host hands over decrypted).
 */
export function rememberConfiguredToken(config: pulumi.dynamic.Config): void {
    const value = config.get(KONNECT_TOKEN_CONFIG_KEY);
    const slots = globalThis as unknown as Record<symbol, string | undefined>;
    slots[Symbol.for(TOKEN_SLOT)] = value && value.trim() !== "" ? value : undefined;
}

/** Forgets a configured token (tests). */
export function forgetConfiguredToken(): void {
    delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(TOKEN_SLOT)];
}

/** A client for `serverUrl` with the token from configuration, else KONNECT_TOKEN, else KONNECT_SPAT. */
export function konnectClientFor(serverUrl: string, options: KonnectProviderOptions): KonnectClient {
    const configured = (globalThis as unknown as Record<symbol, string | undefined>)[Symbol.for(TOKEN_SLOT)];
    const { token, source } = resolveKonnectToken(process.env, configured);
    return createKonnectClient({ serverUrl, token, tokenSource: source, retry: options.retry });
}

function liveObjects(): Map<string, { readonly at: number; readonly value: unknown }> {
    const slots = globalThis as unknown as Record<symbol, Map<string, { at: number; value: unknown }> | undefined>;
    const key = Symbol.for(LIVE_SLOT);
    return (slots[key] ??= new Map());
}

/** Remembers the live object a diff compared against (the engine calls update right after). */
export function rememberLive(kind: string, id: string, value: unknown): void {
    liveObjects().set(`${kind}/${id}`, { at: Date.now(), value });
}

/** Takes (and forgets) the object `rememberLive` kept, if it is recent. */
export function takeLive<T>(kind: string, id: string): T | undefined {
    const objects = liveObjects();
    const entry = objects.get(`${kind}/${id}`);
    objects.delete(`${kind}/${id}`);
    return entry && Date.now() - entry.at <= LIVE_TTL_MS ? (entry.value as T) : undefined;
}

/** Drops undefined members: the provider host cannot send them back to the engine. */
export function compact<T extends Record<string, unknown>>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Label keys the previous state set that the new inputs no longer do. */
export function removedLabelKeys(
    olds: { labels?: Record<string, string> },
    news: { labels?: Record<string, string> },
): string[] {
    const desired = news.labels ?? {};
    return Object.keys(olds.labels ?? {}).filter((key) => !(key in desired));
}
