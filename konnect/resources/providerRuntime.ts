/**
 * What the Konnect dynamic providers share at run time: the token, a client per operation, the checks every
 * provider makes (the server URL stays the state's, a default name never renames), the live object a diff read
 * (so the update that follows need not read it again), output clean-up and the errors they share.
 *
 * Dynamic providers are closure-serialized into the state, and everything a provider function captures is
 * serialized with it. So nothing here captures the token: it is read from the environment inside each method,
 * where each client is built.
 */
import type * as pulumi from "@pulumi/pulumi";
import { createKonnectClient, KonnectClient } from "../client";
import { resolveKonnectToken } from "../endpoints";
import { OWNER_LABELS, ownerOf, ownershipOf } from "../payloads";
import type { RetryPolicy } from "../retry";
import { containsUnknown, InputFailure } from "../validation";

/** Options fixed when a provider object is made. Serialized with the provider: keep them small, no secrets. */
export interface KonnectProviderOptions {
    /** Overrides of the retry bounds (tests use tiny delays). */
    readonly retry?: Partial<RetryPolicy>;
}

/** A diff result that also lists the changed API fields (for tests and logs; the engine ignores them). */
export interface KonnectDiffResult extends pulumi.dynamic.DiffResult {
    readonly changedFields: readonly string[];
}

const LIVE_SLOT = "konnect-auth0-dcr/live-objects";
/** A live object read by `diff` is reused by `update` only within this window. */
const LIVE_TTL_MS = 5 * 60_000;

/**
 * A client for `serverUrl` with the token of the run: KONNECT_TOKEN, else KONNECT_SPAT, read from the provider
 * process's environment (the pulumi command's) on every call, so a rotated token works on the next command of any
 * kind. Nothing comes from `configure`: the engine keeps a provider's configuration in the state and would hand
 * `refresh` and `destroy` the stored copy.
 */
export function konnectClientFor(serverUrl: string, options: KonnectProviderOptions): KonnectClient {
    const { token, source } = resolveKonnectToken(process.env);
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

/**
 * The live labels under the keys the state already had: what `read` reports. Labels other tools set on the
 * object stay out of state, so a refresh never makes this stack think it set them (and later remove them).
 */
export function refreshedLabels(
    live: Readonly<Record<string, string>> | undefined,
    previous: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
    const current = live ?? {};
    return Object.fromEntries(
        Object.keys(previous ?? {})
            .filter((key) => key in current)
            .map((key) => [key, current[key]]),
    );
}

/**
 * The prior state `read` refreshes. The engine passes it on `pulumi refresh`; without it (`pulumi import`,
 * `.get`) the server URL and name are unknown, so the read cannot be made.
 */
export function priorState<T extends { serverUrl?: string }>(props: T | undefined, type: string): T {
    if (!props || typeof props.serverUrl !== "string") {
        throw new Error(
            `A Konnect ${type} can only be refreshed from its Pulumi state; pulumi import and .get are not supported.`,
        );
    }
    return props;
}

/**
 * Where the stack's Konnect objects are and where its settings now say: the message of a check failure when they
 * differ (undefined when they do not, or either is not known). A stack never moves its objects to another Konnect:
 * that would delete them where they are and make new ones.
 */
export function serverUrlMoved(
    olds: { serverUrl?: unknown } | undefined,
    news: { serverUrl?: unknown },
): string | undefined {
    const before = olds?.serverUrl;
    const now = news.serverUrl;
    if (typeof before !== "string" || before === "" || typeof now !== "string") return undefined;
    if (containsUnknown(before) || containsUnknown(now) || sameServerUrl(before, now)) return undefined;
    return serverUrlMovedMessage(before, now);
}

/** The explanation of a server URL change; `serverUrlMoved` gives it when the URLs differ. */
export function serverUrlMovedMessage(before: string, now: string): string {
    return (
        `This stack's Konnect objects live at ${before}; the stack's settings now say ${now}. A stack never moves ` +
        `its Konnect objects: that would delete them at ${before} and make new ones at ${now}. Nothing was ` +
        "changed. To move the portal's setup to another region, use a new stack: pulumi stack init <new stack>, " +
        `configure it for ${now} (konnect-auth0-dcr:konnectRegion or konnect-auth0-dcr:konnectServerUrl), pulumi ` +
        "up there, then pulumi destroy here. To go back, restore konnect-auth0-dcr:konnectServerUrl or " +
        `konnect-auth0-dcr:konnectRegion so that this stack's settings name ${before} again.`
    );
}

/** Two server URLs name the same Konnect: equal but for the case of the host and trailing slashes. */
function sameServerUrl(a: string, b: string): boolean {
    const plain = (url: string) => url.replace(/\/+$/, "").toLowerCase();
    return plain(a) === plain(b);
}

/**
 * The `check` every Konnect provider shares: the inputs checked by `checkInputs` before anything is sent. It also:
 * - fails when the server URL differs from the one in state (`serverUrlMoved`): a check failure stops preview
 *   and up before any write, so a stack's objects are never replaced in another Konnect;
 * - keeps the name in state when the inputs say `keepExistingName` (the name is the stack's default, not a
 *   setting): an upgrade that changes the default never renames an object already deployed.
 */
export function konnectProviderBasics<I>(checkInputs: (inputs: Record<string, unknown>) => InputFailure[]) {
    return {
        async check(olds: I, news: I): Promise<pulumi.dynamic.CheckResult<I>> {
            const before = (olds ?? {}) as Record<string, unknown>;
            const wanted = news as unknown as Record<string, unknown>;
            const keepName =
                wanted.keepExistingName === true &&
                typeof before.name === "string" &&
                before.name !== "" &&
                !containsUnknown(before.name);
            const inputs = keepName ? ({ ...wanted, name: before.name } as unknown as I) : news;
            const failures = checkInputs(inputs as unknown as Record<string, unknown>);
            const moved = serverUrlMoved(before, wanted);
            if (moved) failures.push({ property: "serverUrl", reason: moved });
            return { inputs, failures };
        },
    };
}

/**
 * The diff of a server URL not known yet (a preview) or other than the state's: a change, never a replacement
 * (`check` refuses another URL before any diff; `refuseServerUrlMove` before any update). Undefined otherwise.
 * Every Konnect provider's diff starts with it (`diffWithoutKonnect` does).
 */
export function serverUrlChange(
    olds: { serverUrl?: string },
    news: { serverUrl: string },
): KonnectDiffResult | undefined {
    if (containsUnknown(news.serverUrl) || serverUrlMoved(olds, news) !== undefined)
        return { changes: true, changedFields: ["serverUrl"] };
    return undefined;
}

/**
 * The part of a diff that needs no call to Konnect: inputs not known yet (a preview) are a change. Never a
 * replacement: another server URL is refused by `check` before any diff, and reported here as a change (which
 * `update` refuses) should a diff run without it. Undefined when Konnect must be read.
 */
export function diffWithoutKonnect<T extends { serverUrl: string }>(
    olds: { serverUrl?: string },
    news: T,
): KonnectDiffResult | undefined {
    const server = serverUrlChange(olds, news);
    if (server) return server;
    const unknown = Object.keys(news).filter((key) =>
        containsUnknown((news as unknown as Record<string, unknown>)[key]),
    );
    return unknown.length > 0 ? { changes: true, changedFields: unknown } : undefined;
}

/** Refuses an update whose server URL differs from the state's (see `serverUrlMoved`), before any call. */
export function refuseServerUrlMove(olds: { serverUrl?: string }, news: { serverUrl: string }): void {
    const moved = serverUrlMoved(olds, news);
    if (moved) throw new Error(moved);
}

/** The `keys` whose new value is not known yet (a preview) or differs from the old one. */
export function changedKeys<K extends string>(
    olds: Partial<Record<K, unknown>>,
    news: Record<K, unknown>,
    keys: readonly K[],
): K[] {
    return keys.filter((key) => containsUnknown(news[key]) || olds[key] !== news[key]);
}

/** The error for an object that `diff` found but `update` no longer does: deleted outside Pulumi meanwhile. */
export function deletedOutsidePulumi(kind: string, name: string, id: string): Error {
    return new Error(
        `Konnect ${kind} "${name}" (${id}) was deleted outside Pulumi; run pulumi up again to recreate it.`,
    );
}

/** An existing Konnect object with the name the stack wants. */
interface SameNameObject {
    readonly id: string;
    readonly name: string;
    readonly labels?: Readonly<Record<string, string>>;
}

/**
 * The refusal to take over `existing`, when another stack's labels claim it (`ownershipOf` says "theirs"), with
 * the `wanted` labels of this stack; undefined when it may be adopted. Create throws it before any write, and the
 * program's preflight reports it before anything is registered. `setting` is the stack setting that names it.
 */
export function ownedByAnotherStack(
    kind: string,
    existing: SameNameObject,
    wanted: Readonly<Record<string, string>>,
    setting: string,
): Error | undefined {
    if (ownershipOf(existing.labels, wanted) !== "theirs") return undefined;
    const { id, name } = existing;
    const owner = ownerOf(existing.labels) ?? {};
    const part = (what: string, value: string | undefined) =>
        value === undefined ? `${what} not labelled` : `${what} "${value}"`;
    return new Error(
        `Konnect already has ${/^[aeiou]/i.test(kind) ? "an" : "a"} ${kind} named "${name}" (${id}), and its labels ` +
            "say another Pulumi stack owns it: " +
            `${part("organization", owner.organization)}, ${part("project", owner.project)}, ` +
            `${part("stack", owner.stack)}. This stack does not take it over and changed nothing in Konnect. ` +
            `Either give this stack's ${kind} another name (pulumi config set ${setting} <name>), or, if that ` +
            `stack is truly gone, remove the labels ${OWNER_LABELS.join(", ")} from the ${kind} in Konnect and ` +
            "run pulumi up again to take it over.",
    );
}

/** The error for adopting an object of the same name whose immutable type differs. */
export function otherTypeWithSameName(kind: string, type: string, name: string, id: string): Error {
    return new Error(
        `Konnect already has a ${type} ${kind} named "${name}" (${id}); choose another name or delete it (its type cannot change).`,
    );
}
