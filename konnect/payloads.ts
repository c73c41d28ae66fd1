/**
 * Request bodies for Konnect's DCR provider and application auth strategy APIs, the comparison of a desired
 * object with the live one, and the labels that say which stack owns an object. Pure: no I/O, no Pulumi, no
 * secrets kept.
 *
 * Field paths in change lists are the API's own (`dcr_config.initial_client_id`,
 * `configs.openid-connect.scopes`, `labels.<key>`), so a diff reads like the request it leads to.
 */
import { createHash } from "crypto";
import { sameIssuer } from "../auth0/domains";
import type { KonnectOwner } from "./vocabulary";
import type { components as AuthStrategiesApi } from "./generated/applicationAuthStrategiesV2";

type Schemas = AuthStrategiesApi["schemas"];
export type CreateDcrProviderBody = Schemas["CreateDcrProviderRequestAuth0"];
export type UpdateDcrProviderBody = Schemas["UpdateDcrProviderRequest"];
export type CreateAuthStrategyBody = Schemas["AppAuthStrategyOpenIDConnectRequest"];
export type UpdateAuthStrategyBody = Schemas["UpdateAppAuthStrategyRequest"];
export type OpenIdConnectConfig = Schemas["AppAuthStrategyConfigOpenIDConnect"];

/** Label every managed object carries, so people can tell what owns it in the Konnect UI. */
export const MANAGED_BY_LABEL = "managed-by";
/** The `managed-by` value. */
export const MANAGED_BY = "konnect-auth0-dcr";
/** Label naming the Pulumi organization of the stack that owns the object (`organization` on a self-managed backend). */
export const ORGANIZATION_LABEL = "pulumi-organization";
/** Label naming the Pulumi project of the stack that owns the object. */
export const PROJECT_LABEL = "pulumi-project";
/** Label naming the Pulumi stack that owns the object. */
export const STACK_LABEL = "pulumi-stack";
/** The labels that together say which stack owns an object. */
export const OWNER_LABELS = [ORGANIZATION_LABEL, PROJECT_LABEL, STACK_LABEL] as const;

/** Konnect label values: 1-63 characters, alphanumeric at both ends, `-`, `.`, `_` inside. */
const LABEL_VALUE = /^[a-z0-9A-Z]([a-z0-9A-Z-._]*[a-z0-9A-Z]+)?$/;
const RESERVED_LABEL_PREFIXES = ["kong", "konnect", "mesh", "kic", "_"];
/** Hex digits of the SHA-256 suffix `ownerLabelValue` adds to a name that is not a label value as it is. */
const OWNER_HASH_LENGTH = 8;

/**
 * Turns any text into a valid Konnect label value: invalid characters become `-`, the ends are trimmed to
 * alphanumerics and the length is capped at 63. Lossy (`dev_` and `dev` both give `dev`): what labels written
 * before the owner labels (`pulumi-stack` alone) hold.
 */
export function toLabelValue(text: string): string {
    const cleaned = labelSafe(text, 63);
    return cleaned === "" ? "unnamed" : cleaned;
}

/** Invalid characters as `-`, at most `max` characters, the ends trimmed to alphanumerics; may be empty. */
function labelSafe(text: string, max: number): string {
    return text
        .replace(/[^a-z0-9A-Z-._]/g, "-")
        .slice(0, max)
        .replace(/^[^a-z0-9A-Z]+/, "")
        .replace(/[^a-z0-9A-Z]+$/, "");
}

/**
 * An organization, project or stack name as an owner label value, one value per name: the name itself when it
 * is a valid label value (1-63 letters, digits, `-`, `.`, `_`, alphanumeric at both ends), else its label-safe
 * form cut to 54 characters, `-` and the first 8 hex digits of the SHA-256 of the name (`dev_` →
 * `dev-` + 8 hex digits), so two names never share a value because one was cut or cleaned.
 */
export function ownerLabelValue(name: string): string {
    if (name.length <= 63 && LABEL_VALUE.test(name)) return name;
    const hash = createHash("sha256").update(name, "utf8").digest("hex").slice(0, OWNER_HASH_LENGTH);
    const prefix = labelSafe(name, 63 - OWNER_HASH_LENGTH - 1);
    return prefix === "" ? hash : `${prefix}-${hash}`;
}

/**
 * The labels every object gets: `managed-by: konnect-auth0-dcr` and the owner's `pulumi-organization`,
 * `pulumi-project` and `pulumi-stack` (each through `ownerLabelValue`), over `extra`.
 */
export function konnectLabels(
    owner: KonnectOwner,
    extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
    return {
        ...extra,
        [MANAGED_BY_LABEL]: MANAGED_BY,
        [ORGANIZATION_LABEL]: ownerLabelValue(owner.organization),
        [PROJECT_LABEL]: ownerLabelValue(owner.project),
        [STACK_LABEL]: ownerLabelValue(owner.stack),
    };
}

/** The owner a label set names, as label values; a part not labelled is undefined. */
export interface LabelledOwner {
    readonly organization?: string;
    readonly project?: string;
    readonly stack?: string;
}

/**
 * The owner an object's labels name, undefined when it carries no owner label (made by hand, or by another tool).
 * Objects labelled by earlier versions carry `pulumi-stack` alone: their project and organization are unknown.
 */
export function ownerOf(labels: Readonly<Record<string, string>> | undefined): LabelledOwner | undefined {
    const current = labels ?? {};
    if (OWNER_LABELS.every((key) => current[key] === undefined)) return undefined;
    return {
        ...(current[ORGANIZATION_LABEL] !== undefined ? { organization: current[ORGANIZATION_LABEL] } : {}),
        ...(current[PROJECT_LABEL] !== undefined ? { project: current[PROJECT_LABEL] } : {}),
        ...(current[STACK_LABEL] !== undefined ? { stack: current[STACK_LABEL] } : {}),
    };
}

/**
 * Whose an existing object of the wanted name is, by its labels and the labels the stack wants on it:
 * - `"unowned"`: no owner label (a setup made by hand; the stack takes it over);
 * - `"ours"`: its owner labels are the wanted ones (an interrupted earlier run), or it carries `pulumi-stack`
 *   alone with the wanted value and `managed-by: konnect-auth0-dcr` (this stack, labelled by an earlier version);
 * - `"theirs"`: any other owner label (another organization, project or stack).
 */
export function ownershipOf(
    existing: Readonly<Record<string, string>> | undefined,
    wanted: Readonly<Record<string, string>>,
): "unowned" | "ours" | "theirs" {
    const current = existing ?? {};
    if (ownerOf(current) === undefined) return "unowned";
    if (OWNER_LABELS.every((key) => current[key] === wanted[key])) return "ours";
    const legacy =
        current[ORGANIZATION_LABEL] === undefined &&
        current[PROJECT_LABEL] === undefined &&
        current[MANAGED_BY_LABEL] === MANAGED_BY &&
        current[STACK_LABEL] === wanted[STACK_LABEL];
    return legacy ? "ours" : "theirs";
}

/** Problems with a label set against Konnect's rules; empty when valid. */
export function labelProblems(labels: Readonly<Record<string, unknown>>): string[] {
    const problems: string[] = [];
    const keys = Object.keys(labels);
    if (keys.length > 50) problems.push(`at most 50 labels are allowed, got ${keys.length}`);
    for (const key of keys) {
        const value = labels[key];
        if (key.length < 1 || key.length > 63) problems.push(`label key "${key}" must be 1 to 63 characters long`);
        const reserved = RESERVED_LABEL_PREFIXES.find((prefix) => key.toLowerCase().startsWith(prefix));
        if (reserved) problems.push(`label key "${key}" must not start with "${reserved}"`);
        if (typeof value !== "string") {
            problems.push(`label "${key}" must have a string value`);
        } else if (value.length > 63 || !LABEL_VALUE.test(value)) {
            problems.push(
                `label "${key}" value ${JSON.stringify(value)} must be 1 to 63 letters, digits, "-", "." or "_", starting and ending with a letter or digit`,
            );
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------------
// DCR provider

/** The desired Auth0 DCR provider, as the resource's (resolved) inputs give it; the secret is separate. */
export interface DcrProviderSpec {
    readonly name: string;
    readonly displayName?: string;
    readonly issuer: string;
    readonly initialClientId: string;
    /** Management API audience; only with an Auth0 custom domain. */
    readonly initialClientAudience?: string;
    readonly useDeveloperManagedScopes?: boolean;
    readonly labels: Readonly<Record<string, string>>;
}

/** A DCR provider as Konnect returns it (the secret never is). */
export interface LiveDcrProvider {
    readonly id: string;
    readonly name: string;
    readonly display_name?: string;
    readonly provider_type: string;
    readonly issuer: string;
    readonly active: boolean;
    readonly dcr_config: {
        readonly initial_client_id?: string;
        readonly initial_client_audience?: string | null;
        readonly use_developer_managed_scopes?: boolean;
    };
    readonly labels?: Readonly<Record<string, string>>;
}

/** What a diff found: fields to send in place, and immutable fields that force a new object. */
export interface KonnectChanges {
    readonly changes: readonly string[];
    readonly replaces: readonly string[];
}

/** The POST body for a new Auth0 DCR provider. */
export function buildDcrProviderCreateBody(spec: DcrProviderSpec, initialClientSecret: string): CreateDcrProviderBody {
    return {
        name: spec.name,
        ...(spec.displayName !== undefined ? { display_name: spec.displayName } : {}),
        provider_type: "auth0",
        issuer: spec.issuer,
        dcr_config: {
            initial_client_id: spec.initialClientId,
            initial_client_secret: initialClientSecret,
            ...(spec.initialClientAudience ? { initial_client_audience: spec.initialClientAudience } : {}),
            use_developer_managed_scopes: spec.useDeveloperManagedScopes ?? false,
        },
        labels: { ...spec.labels },
    };
}

/** Options of a DCR provider diff that the live object cannot tell. */
export interface DcrProviderDiffOptions {
    /** The desired initial client secret differs from the one last sent (compared by hash). */
    readonly secretChanged?: boolean;
    /** Label keys this stack set before and no longer wants. */
    readonly removedLabelKeys?: readonly string[];
}

/**
 * Compares the desired provider with the live one. Only what Konnect shows is compared: `display_name`
 * when the response has it, the observable `dcr_config` fields (a missing `use_developer_managed_scopes`
 * counts as false), and the desired label keys. The secret is never readable, so its change comes in
 * through `secretChanged`.
 */
export function diffDcrProvider(
    spec: DcrProviderSpec,
    live: LiveDcrProvider,
    options: DcrProviderDiffOptions = {},
): KonnectChanges {
    const changes: string[] = [];
    const replaces: string[] = [];
    if (live.provider_type !== "auth0") replaces.push("provider_type");
    if (live.name !== spec.name) changes.push("name");
    if (spec.displayName !== undefined && live.display_name !== undefined && live.display_name !== spec.displayName) {
        changes.push("display_name");
    }
    if (!sameIssuer(live.issuer, spec.issuer)) changes.push("issuer");
    const config = live.dcr_config ?? {};
    if (config.initial_client_id !== spec.initialClientId) changes.push("dcr_config.initial_client_id");
    if ((config.initial_client_audience || undefined) !== (spec.initialClientAudience || undefined)) {
        changes.push("dcr_config.initial_client_audience");
    }
    if ((config.use_developer_managed_scopes ?? false) !== (spec.useDeveloperManagedScopes ?? false)) {
        changes.push("dcr_config.use_developer_managed_scopes");
    }
    if (options.secretChanged) changes.push("dcr_config.initial_client_secret");
    changes.push(...labelChanges(spec.labels, live.labels, options.removedLabelKeys));
    return { changes, replaces };
}

/**
 * The PATCH body for the given changes. Any `dcr_config` change sends every observable `dcr_config` field and
 * the initial client secret: whether Konnect merges or replaces that object is not documented, and a replaced
 * `dcr_config` without the secret (which create requires) would lose it.
 */
export function buildDcrProviderUpdateBody(
    spec: DcrProviderSpec,
    live: Pick<LiveDcrProvider, "labels" | "dcr_config">,
    changes: readonly string[],
    initialClientSecret?: string,
): UpdateDcrProviderBody {
    const body: UpdateDcrProviderBody = {};
    if (changes.includes("name")) body.name = spec.name;
    if (changes.includes("display_name")) body.display_name = spec.displayName;
    if (changes.includes("issuer")) body.issuer = spec.issuer;
    if (changes.some((c) => c.startsWith("dcr_config."))) {
        if (initialClientSecret === undefined) {
            throw new Error(
                "A dcr_config change must carry the initial client secret, but no secret was given to send.",
            );
        }
        const audience = spec.initialClientAudience || (live.dcr_config?.initial_client_audience ? null : undefined);
        body.dcr_config = {
            initial_client_id: spec.initialClientId,
            initial_client_secret: initialClientSecret,
            ...(audience !== undefined ? { initial_client_audience: audience } : {}),
            use_developer_managed_scopes: spec.useDeveloperManagedScopes ?? false,
        };
    }
    const labels = labelsUpdate(spec.labels, live.labels, changes);
    if (labels) body.labels = labels;
    return body;
}

// ---------------------------------------------------------------------------------------------------
// Application auth strategy

/** The desired OpenID Connect auth strategy backed by a DCR provider. */
export interface AuthStrategySpec {
    readonly name: string;
    readonly displayName: string;
    readonly issuer: string;
    /** The Auth0 API identifier sent as the `audience` token request argument. */
    readonly audience: string;
    readonly scopes: readonly string[];
    readonly credentialClaim: readonly string[];
    readonly authMethods: readonly string[];
    readonly dcrProviderId: string;
    readonly labels: Readonly<Record<string, string>>;
}

/** An application auth strategy as Konnect returns it. */
export interface LiveAuthStrategy {
    readonly id: string;
    readonly name: string;
    readonly display_name?: string;
    readonly strategy_type: string;
    readonly configs: { readonly [key: string]: Readonly<Record<string, unknown>> | undefined };
    readonly dcr_provider?: { readonly id: string; readonly name?: string } | null;
    readonly active: boolean;
    readonly labels?: Readonly<Record<string, string>>;
}

const OIDC = "openid-connect";

/** The complete `openid-connect` object this project manages. */
export function openIdConnectConfig(spec: AuthStrategySpec): OpenIdConnectConfig {
    return {
        issuer: spec.issuer,
        credential_claim: [...spec.credentialClaim],
        scopes: [...spec.scopes],
        auth_methods: [...spec.authMethods],
        // Not named by the spec; passed through as openid-connect plugin fields (Kong's Auth0 DCR how-to).
        token_post_args_names: ["audience"],
        token_post_args_values: [spec.audience],
    };
}

/** The POST body for a new OpenID Connect strategy. */
export function buildAuthStrategyCreateBody(spec: AuthStrategySpec): CreateAuthStrategyBody {
    return {
        name: spec.name,
        display_name: spec.displayName,
        strategy_type: "openid_connect",
        configs: { [OIDC]: openIdConnectConfig(spec) },
        dcr_provider_id: spec.dcrProviderId,
        labels: { ...spec.labels },
    };
}

/** Compares the desired strategy with the live one; `strategy_type` is the only immutable field. */
export function diffAuthStrategy(
    spec: AuthStrategySpec,
    live: LiveAuthStrategy,
    options: { readonly removedLabelKeys?: readonly string[] } = {},
): KonnectChanges {
    const changes: string[] = [];
    const replaces: string[] = [];
    if (live.strategy_type !== "openid_connect") replaces.push("strategy_type");
    if (live.name !== spec.name) changes.push("name");
    if (live.display_name !== undefined && live.display_name !== spec.displayName) changes.push("display_name");
    if ((live.dcr_provider?.id ?? null) !== spec.dcrProviderId) changes.push("dcr_provider_id");
    const config = (live.configs?.[OIDC] ?? {}) as Record<string, unknown>;
    const path = (field: string) => `configs.${OIDC}.${field}`;
    if (typeof config.issuer !== "string" || !sameIssuer(config.issuer, spec.issuer)) changes.push(path("issuer"));
    if (!sameList(config.credential_claim, spec.credentialClaim, true)) changes.push(path("credential_claim"));
    if (!sameList(config.scopes, spec.scopes, false)) changes.push(path("scopes"));
    if (!sameList(config.auth_methods, spec.authMethods, false)) changes.push(path("auth_methods"));
    const desired = openIdConnectConfig(spec);
    if (!sameList(config.token_post_args_names, desired.token_post_args_names as string[], true))
        changes.push(path("token_post_args_names"));
    if (!sameList(config.token_post_args_values, desired.token_post_args_values as string[], true))
        changes.push(path("token_post_args_values"));
    changes.push(...labelChanges(spec.labels, live.labels, options.removedLabelKeys));
    return { changes, replaces };
}

/**
 * The PATCH body for the given changes. Any `openid-connect` change sends exactly the fields this stack manages,
 * a complete and valid object whether Konnect merges or replaces it. Other keys of the live object are not sent
 * back: Konnect fills some in itself and refuses them on write, and nothing tells those apart from plugin
 * settings made in the UI (which a replacing PATCH would drop). Labels set by others are kept: the schema's
 * label update takes any keys.
 */
export function buildAuthStrategyUpdateBody(
    spec: AuthStrategySpec,
    live: Pick<LiveAuthStrategy, "labels">,
    changes: readonly string[],
): UpdateAuthStrategyBody {
    const body: UpdateAuthStrategyBody = {};
    if (changes.includes("name")) body.name = spec.name;
    if (changes.includes("display_name")) body.display_name = spec.displayName;
    if (changes.includes("dcr_provider_id")) body.dcr_provider_id = spec.dcrProviderId;
    if (changes.some((c) => c.startsWith(`configs.${OIDC}.`))) {
        body.configs = { [OIDC]: openIdConnectConfig(spec) };
    }
    const labels = labelsUpdate(spec.labels, live.labels, changes);
    if (labels) body.labels = labels;
    return body;
}

// ---------------------------------------------------------------------------------------------------
// Labels and lists

/** `labels.<key>` for each desired key whose live value differs, and each removed key still present. */
function labelChanges(
    desired: Readonly<Record<string, string>>,
    live: Readonly<Record<string, string>> | undefined,
    removedKeys: readonly string[] = [],
): string[] {
    const current = live ?? {};
    const changed = Object.keys(desired)
        .filter((key) => current[key] !== desired[key])
        .map((key) => `labels.${key}`);
    const removed = removedKeys.filter((key) => !(key in desired) && key in current).map((key) => `labels.${key}`);
    return [...changed, ...removed];
}

/**
 * The `labels` of a PATCH: the live labels (kept whether Konnect merges or replaces them), the desired
 * ones over them, and `null` for keys this stack no longer sets. Undefined when no label changed.
 */
function labelsUpdate(
    desired: Readonly<Record<string, string>>,
    live: Readonly<Record<string, string>> | undefined,
    changes: readonly string[],
): Record<string, string | null> | undefined {
    const keys = changes.filter((c) => c.startsWith("labels.")).map((c) => c.slice("labels.".length));
    if (keys.length === 0) return undefined;
    const labels: Record<string, string | null> = { ...(live ?? {}), ...desired };
    for (const key of keys) if (!(key in desired)) labels[key] = null;
    return labels;
}

/** Ordered lists compare element by element; unordered ones as sets. */
function sameList(live: unknown, desired: readonly string[], ordered: boolean): boolean {
    if (!Array.isArray(live)) return false;
    if (ordered) return live.length === desired.length && live.every((v, i) => v === desired[i]);
    const a = new Set(live.map(String));
    const b = new Set(desired);
    return a.size === b.size && [...a].every((v) => b.has(v));
}
