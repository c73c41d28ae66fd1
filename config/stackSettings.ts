/**
 * Reads and checks the whole stack configuration before any resource is registered.
 *
 * `validateStackConfig` is pure: it takes the raw strings of the stack's configuration (as the Pulumi CLI
 * hands them to the program: a list setting as JSON text such as `["a","b"]`) and either returns typed settings or throws one
 * `StackConfigError` that lists every bad key with what it got and the form it expects.
 * Nothing is half-applied: the program registers no resource until this has passed.
 */
import leven from "leven";
import {
    AUTH0_REGIONS,
    isAuth0HostedDomain,
    isHostname,
    isManagementApiAudience,
    konnectIssuer,
    managementApiAudience,
    parseTenantDomain,
    TenantDomain,
} from "../auth0/domains";
import {
    AUTH_METHODS,
    AuthMethod,
    isUuid,
    KONNECT_REGIONS,
    KonnectName,
    PORTAL_KINDS,
    PortalKind,
} from "../konnect/vocabulary";
import {
    describeRejectedUrl,
    isAllowedKonnectServerUrl,
    KonnectEnvironment,
    KONNECT_SERVER_URL_FORMS,
    konnectRegionUrl,
    pickKonnectToken,
} from "../konnect/endpoints";

export const PROJECT = "konnect-auth0-dcr";

export const ENVIRONMENTS = ["dev", "staging", "prod"] as const;
export type EnvironmentName = (typeof ENVIRONMENTS)[number];

/**
 * Every project configuration key (without the `konnect-auth0-dcr:` prefix), with the Auth0 provider's
 * `auth0:domain` under its full name. `Pulumi.yaml` declares the same keys; a test keeps the two in step.
 */
export const CONFIG_KEYS = [
    "auth0:domain",
    "environment",
    "auth0CustomDomain",
    "portalAudience",
    "portalAudienceName",
    "createPortalAudience",
    "developerManagedScopes",
    "protectResources",
    "konnectRegion",
    "konnectServerUrl",
    "konnectPortalId",
    "konnectPortalKind",
    "konnectDcrProviderName",
    "konnectAuthStrategyName",
    "konnectAuthStrategyDisplayName",
    "konnectAuthMethods",
    "postDeployVerification",
    "konnectApiIds",
    "konnectProductVersionIds",
    "adoptDcrAdminClientId",
    "adoptDcrAdminGrantId",
    "adoptPortalAudienceId",
    "allowPortalWithoutDefault",
    "exportDcrAdminClientSecret",
    "dcrAdminSecretVersion",
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/**
 * The raw configuration: each key's string value, or undefined when unset. A list setting (`konnectApiIds`,
 * `konnectProductVersionIds`, `konnectAuthMethods`: `type: array` in `Pulumi.yaml`) is the JSON text the CLI
 * hands the program, e.g. `["9f5061ce-78f6-4452-9108-ad7c02821fd5"]`.
 */
export type RawStackConfig = Partial<Record<ConfigKey, string>>;

/** Environment variables the stack reads as fallbacks (the names Kong's and Auth0's own tooling use). */
export interface ConfigEnvironment extends KonnectEnvironment {
    readonly AUTH0_DOMAIN?: string;
}

export interface Auth0Settings extends TenantDomain {
    /** Custom domain (e.g. `login.acme.com`) when the tenant has one; tokens then carry it as issuer. */
    readonly customDomain?: string;
    /** `https://<custom or canonical domain>`, no trailing slash: the issuer handed to Konnect. */
    readonly issuer: string;
    /** `https://<canonical domain>/api/v2/`: the audience of the DCR admin app's grant. */
    readonly managementApiAudience: string;
}

export interface PortalAudienceSettings {
    /** The Auth0 API identifier, i.e. the audience portal applications are granted. */
    readonly identifier: string;
    /** The Auth0 API's display name. */
    readonly name: string;
    /** Create the API (true) or look up an existing one with this identifier (false). */
    readonly create: boolean;
}

export interface KonnectSettings {
    /** `https://<region>.api.konghq.com`, or the explicit server URL; no trailing slash. The token is not here. */
    readonly serverUrl: string;
    readonly portalId: string;
    readonly portalKind: PortalKind;
    readonly dcrProviderName: KonnectName;
    readonly authStrategyName: KonnectName;
    readonly authStrategyDisplayName: string;
    /**
     * On destroy, when the default strategy the stack found is gone: leave the portal without a default (true), or
     * stop and say so (false, the default).
     */
    readonly allowPortalWithoutDefault: boolean;
    readonly authMethods: readonly AuthMethod[];
    /** Run the post-deploy verification command after the DCR settings change. */
    readonly verify: boolean;
    /**
     * Published APIs whose publication on the portal must use the stack's strategy: API ids on a v3 portal
     * (`konnectApiIds`), API product version ids on a classic one (`konnectProductVersionIds`).
     */
    readonly apiIds: readonly string[];
}

/**
 * Auth0 objects made by hand that the stack takes over on its next `pulumi up` (Pulumi's `import` resource
 * option) instead of creating new ones. Empty when nothing is to be taken over.
 */
export interface AdoptionSettings {
    /**
     * The existing DCR admin application: its client id (imports the `auth0.Client` and its `ClientCredentials`)
     * and the id (`cgr_…`) of its grant on the Management API.
     */
    readonly dcrAdmin?: { readonly clientId: string; readonly grantId: string };
    /** Id of the existing portal audience API (the resource server's id, not its identifier). */
    readonly portalAudienceId?: string;
}

/** The validated settings the program is built from. */
export interface StackSettings {
    readonly stack: string;
    readonly environment: EnvironmentName;
    /** Appended to Auth0 object names, e.g. `Konnect Portal DCR Admin (dev)`. */
    readonly nameSuffix: string;
    readonly auth0: Auth0Settings;
    readonly portalAudience: PortalAudienceSettings;
    /** Konnect DCR with developer-managed scopes; the admin app then also needs `read:resource_servers`. */
    readonly developerManagedScopes: boolean;
    /** Mark the Auth0 and Konnect objects `protect`ed (default: on for `prod`). */
    readonly protectResources: boolean;
    readonly konnect: KonnectSettings;
    /** Existing Auth0 objects to take over; see `readAdoption`. */
    readonly adopt: AdoptionSettings;
    /** Export the DCR admin app's secret as the (secret) stack output `dcrAdminClientSecret`. */
    readonly exportDcrAdminClientSecret: boolean;
    /**
     * The DCR admin secret's rotation number: the stack sets a secret it generates, and raising the number rotates
     * it. Undefined (unset, or 0): Auth0's own secret, never rotated by the stack.
     */
    readonly dcrAdminSecretVersion?: number;
}

/** One bad setting: its key, what it was given (secrets never shown) and what it should look like. */
export interface ConfigProblem {
    readonly key: string;
    readonly got: string;
    readonly expected: string;
}

/** Thrown with every configuration problem at once, before any resource is registered. */
export class StackConfigError extends Error {
    /**
     * Marks this as a Pulumi `RunError` (the SDK recognises it by this member), so `pulumi up` prints the
     * message alone, without a stack trace, and this module stays free of the SDK.
     */
    readonly __pulumiRunError = true;

    constructor(
        readonly stack: string,
        readonly problems: readonly ConfigProblem[],
    ) {
        super(
            `Invalid configuration for stack "${stack}" (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
                problems.map((p) => `  - ${p.key}: got ${p.got}; expected ${p.expected}`).join("\n"),
        );
        this.name = "StackConfigError";
    }
}

const qualified = (key: ConfigKey) => (key.includes(":") ? key : `${PROJECT}:${key}`);
const shown = (value: string | undefined) => (value === undefined ? "nothing (unset)" : JSON.stringify(value));

/**
 * Reads the raw values and collects problems: the small vocabulary every rule below is written in. A closure
 * over `raw` rather than a class, so each rule is a plain function of a reader.
 */
interface Reader {
    readonly raw: RawStackConfig;
    readonly env: ConfigEnvironment;
    readonly problems: ConfigProblem[];
    /** Records a problem with `key`: what it got (never a secret) and the form expected. */
    problem(key: ConfigKey, got: string | undefined, expected: string): void;
    /** The trimmed value, or undefined when unset or blank. */
    text(key: ConfigKey): string | undefined;
    /** `true` or `false`, else the fallback (and a problem when set to anything else). */
    bool(key: ConfigKey, fallback: boolean): boolean;
    /** One of `allowed`, else the fallback (and a problem when the value, or a missing fallback, is not allowed). */
    oneOf<T extends string>(key: ConfigKey, allowed: readonly T[], fallback: T | undefined): T | undefined;
    /** A display name: non-empty, at most `max` characters, no `<` or `>`. */
    name(key: ConfigKey, fallback: string, max?: number): string;
    /**
     * A list setting's elements, each checked against `form`; undefined when the list is unset or empty, and
     * when it is refused (the problems are then recorded, each bad element named by its index).
     */
    list(key: ConfigKey, form: ListForm): string[] | undefined;
}

function reader(stack: string, raw: RawStackConfig, env: ConfigEnvironment): Reader {
    const problems: ConfigProblem[] = [];
    const r: Reader = {
        raw,
        env,
        problems,
        problem: (key, got, expected) => problems.push({ key: qualified(key), got: shown(got), expected }),
        text(key) {
            const value = raw[key];
            return value === undefined || value.trim() === "" ? undefined : value.trim();
        },
        bool(key, fallback) {
            const value = r.text(key);
            if (value === undefined) return fallback;
            if (value === "true" || value === "false") return value === "true";
            r.problem(key, value, "true or false");
            return fallback;
        },
        oneOf(key, allowed, fallback) {
            const value = r.text(key) ?? fallback;
            if (value !== undefined && (allowed as readonly string[]).includes(value))
                return value as (typeof allowed)[number];
            r.problem(key, r.text(key), `one of ${allowed.join(", ")}`);
            return fallback;
        },
        name(key, fallback, max = 256) {
            const value = raw[key] ?? fallback;
            if (value.trim() === "" || value.length > max || /[<>]/.test(value)) {
                r.problem(key, raw[key], `a non-empty name of at most ${max} characters without < or >`);
            }
            return value;
        },
        list: (key, form) => readList(stack, key, raw[key], form, problems),
    };
    return r;
}

/** What the elements of one list setting look like. */
interface ListForm {
    /** One element's form, e.g. `a UUID such as …`. */
    readonly element: string;
    readonly valid: (element: string) => boolean;
    /** When given, elements equal under it are refused as listed twice; without it a repeat is merged. */
    readonly distinct?: (element: string) => string;
    /** At most this many elements (before merging repeats). */
    readonly max?: number;
    /** Example elements for the YAML shown when text is refused and holds none worth showing. */
    readonly example: readonly string[];
}

/** A list setting as the CLI hands it: unset (also `[]`), a JSON list, or text, which is refused. */
type ListValue =
    | { readonly kind: "unset" }
    | { readonly kind: "list"; readonly items: readonly unknown[] }
    | { readonly kind: "text"; readonly text: string };

/**
 * Reads a list setting. The Pulumi CLI hands an array setting to the program as JSON text (`["a","b"]`); an
 * empty list, an empty value and a bare YAML `key:` (JSON `null`) mean unset. Anything else that is not a JSON
 * list is text, e.g. the comma-separated form these settings once had.
 */
function parseList(value: string | undefined): ListValue {
    const text = value?.trim() ?? "";
    if (text === "") return { kind: "unset" };
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        return { kind: "text", text };
    }
    if (parsed === null || (Array.isArray(parsed) && parsed.length === 0)) return { kind: "unset" };
    return Array.isArray(parsed) ? { kind: "list", items: parsed } : { kind: "text", text };
}

/** A list setting's value for a message: a list as compact JSON (`["a","b"]`), text quoted. */
function shownList(value: string | undefined): string {
    const list = parseList(value);
    return list.kind === "list" ? JSON.stringify(list.items) : shown(value);
}

/**
 * The one rule for list settings (`konnectApiIds`, `konnectProductVersionIds`, `konnectAuthMethods`): a JSON
 * list, never text; each element a string in `form`, and a bad element named by its index
 * (`konnect-auth0-dcr:konnectApiIds[1]`). Records problems in `problems`; returns the trimmed elements, or
 * undefined when unset or refused.
 */
function readList(
    stack: string,
    key: ConfigKey,
    value: string | undefined,
    form: ListForm,
    problems: ConfigProblem[],
): string[] | undefined {
    const list = parseList(value);
    if (list.kind === "unset") return undefined;
    if (list.kind === "text") {
        problems.push({
            key: qualified(key),
            got: JSON.stringify(list.text),
            expected: listInstead(stack, key, list.text, form),
        });
        return undefined;
    }
    const before = problems.length;
    const elements: string[] = [];
    const firstIndex = new Map<string, number>();
    list.items.forEach((item, index) => {
        const at = `${qualified(key)}[${index}]`;
        if (typeof item !== "string" || !form.valid(item.trim())) {
            problems.push({ key: at, got: JSON.stringify(item), expected: form.element });
            return;
        }
        const element = item.trim();
        if (form.distinct) {
            const seen = firstIndex.get(form.distinct(element));
            if (seen !== undefined) {
                problems.push({
                    key: at,
                    got: JSON.stringify(item),
                    expected: `an element not listed before: it repeats ${qualified(key)}[${seen}], and each may be listed once`,
                });
                return;
            }
            firstIndex.set(form.distinct(element), index);
        }
        elements.push(element);
    });
    if (form.max !== undefined && list.items.length > form.max) {
        problems.push({
            key: qualified(key),
            got: `a list of ${list.items.length} elements`,
            expected: `a list of 1 to ${form.max} elements`,
        });
    }
    if (problems.length > before) return undefined;
    return [...new Set(elements)];
}

/**
 * Why text is refused where a list belongs, and the list to write instead: the YAML of the stack file and
 * the `pulumi config set --path` commands, with the elements the text holds (split at its commas).
 */
function listInstead(stack: string, key: ConfigKey, text: string, form: ListForm): string {
    const full = qualified(key);
    const found = text
        .replace(/^\[|\]$/g, "")
        .split(",")
        .map((e) => e.trim().replace(/^["']|["']$/g, ""))
        .filter((e) => e !== "");
    const elements = found.length > 0 ? found : form.example;
    const yaml = (e: string) => (/^[\w.-]+$/.test(e) ? e : JSON.stringify(e));
    const shell = (e: string) => (/^[\w.-]+$/.test(e) ? e : `'${e.replace(/'/g, `'\\''`)}'`);
    return (
        `a list, not text (the comma-separated form is refused). In Pulumi.${stack}.yaml, under config:, write a YAML list\n` +
        `        ${full}:\n` +
        elements.map((e) => `          - ${yaml(e)}\n`).join("") +
        `      or run\n` +
        `        pulumi config rm ${full}\n` +
        elements.map((e, i) => `        pulumi config set --path '${full}[${i}]' ${shell(e)}\n`).join("") +
        "      (an empty list, [], leaves it unset)"
    );
}

/** The environment: the stack name by default, so `dev`, `staging` and `prod` stacks need not repeat it. */
function readEnvironment(r: Reader, stack: string): EnvironmentName {
    const fallback = (ENVIRONMENTS as readonly string[]).includes(stack) ? (stack as EnvironmentName) : undefined;
    return r.oneOf("environment", ENVIRONMENTS, fallback) ?? "dev";
}

/** The Auth0 tenant (`auth0:domain`, or AUTH0_DOMAIN as the provider reads it) and its optional custom domain. */
function readAuth0(r: Reader): Auth0Settings | undefined {
    const domainValue = r.text("auth0:domain") ?? r.env.AUTH0_DOMAIN?.trim();
    const tenant = domainValue === undefined ? undefined : parseTenantDomain(domainValue);
    if (!tenant) {
        r.problem(
            "auth0:domain",
            domainValue,
            `the canonical Auth0 tenant domain, TENANT.REGION.auth0.com with REGION one of ${AUTH0_REGIONS.join(", ")} ` +
                "(or legacy TENANT.auth0.com): no https://, no path, no trailing slash, not a custom domain",
        );
    }
    const canonical = tenant?.domain ?? "invalid.auth0.com";
    const customDomain = r.text("auth0CustomDomain")?.toLowerCase();
    if (customDomain !== undefined) {
        const raw = r.raw.auth0CustomDomain;
        if (!isHostname(customDomain)) {
            r.problem(
                "auth0CustomDomain",
                raw,
                "a bare hostname such as login.acme.com (no https://, path or trailing slash)",
            );
        } else if (customDomain === canonical) {
            r.problem("auth0CustomDomain", raw, "a custom domain different from auth0:domain, or leave it unset");
        } else if (isAuth0HostedDomain(customDomain)) {
            r.problem(
                "auth0CustomDomain",
                raw,
                "your own domain verified in Auth0 (an *.auth0.com domain is not a custom domain)",
            );
        }
    }
    if (!tenant) return undefined;
    return {
        ...tenant,
        customDomain,
        issuer: konnectIssuer(canonical, customDomain),
        managementApiAudience: managementApiAudience(canonical),
    };
}

/** The longest API identifier Auth0 stores. */
const MAX_AUDIENCE_LENGTH = 600;

/**
 * The portal audience: an Auth0 API identifier as Auth0 accepts one (any string up to 600 characters: a URL as
 * Auth0 recommends, or a URN such as `urn:acme:portal`), with no whitespace (tokens carry it as `aud` and Konnect
 * sends it as a token request argument), and no Management API (of the tenant, another tenant or the custom domain).
 */
function readPortalAudience(r: Reader, customDomain: string | undefined, nameSuffix: string): PortalAudienceSettings {
    const identifier = r.text("portalAudience");
    const expected = `your own Auth0 API's identifier, such as https://api.acme.com/portal or urn:acme:portal (at most ${MAX_AUDIENCE_LENGTH} characters, no spaces)`;
    if (identifier === undefined) {
        r.problem("portalAudience", undefined, `the audience portal applications are granted: ${expected}`);
    } else if (identifier.length > MAX_AUDIENCE_LENGTH || /\s|\p{Cc}/u.test(identifier)) {
        r.problem("portalAudience", identifier, expected);
    } else if (isManagementApiAudience(identifier, customDomain)) {
        r.problem(
            "portalAudience",
            identifier,
            "your own API's identifier, not an Auth0 Management API audience (…/api/v2/)",
        );
    }
    const name = r.name("portalAudienceName", `Konnect Portal API${nameSuffix}`, 200);
    return { identifier: identifier ?? "", name, create: r.bool("createPortalAudience", true) };
}

/**
 * Where the Konnect API is: the stack decides, with `konnectServerUrl`, else `konnectRegion`. KONNECT_SERVER_URL
 * (exported for Kong's own tools) never moves a stack: when it names another URL the run stops, naming both. The
 * token is sent there, so only Konnect's regional hosts (and loopback, for emulators) pass.
 */
function readKonnectServerUrl(r: Reader): string {
    const fromConfig = r.text("konnectServerUrl");
    const region = r.oneOf("konnectRegion", KONNECT_REGIONS, "us") ?? "us";
    const value = fromConfig ?? konnectRegionUrl(region);
    if (fromConfig !== undefined && !isAllowedKonnectServerUrl(fromConfig)) {
        r.problems.push({
            key: qualified("konnectServerUrl"),
            got: describeRejectedUrl(fromConfig),
            expected: KONNECT_SERVER_URL_FORMS,
        });
        return value;
    }
    const fromEnvironment = r.env.KONNECT_SERVER_URL?.trim();
    if (fromEnvironment && fromEnvironment.replace(/\/+$/, "") !== value) {
        const stackSays =
            fromConfig !== undefined
                ? `${qualified("konnectServerUrl")} ${value}`
                : `${qualified("konnectRegion")} ${region} (${value})`;
        r.problems.push({
            key: "KONNECT_SERVER_URL",
            got: isAllowedKonnectServerUrl(fromEnvironment)
                ? JSON.stringify(fromEnvironment)
                : describeRejectedUrl(fromEnvironment),
            expected:
                `unset or ${value}: the stack's own setting says where its Konnect objects are (${stackSays}); ` +
                "unset KONNECT_SERVER_URL for this run, or change the stack setting if the portal really is there",
        });
    }
    return value;
}

/**
 * Deploy credentials that must not be stack settings, and the environment variable each comes from instead. The
 * engine keeps a provider's configuration in the state (the Node.js dynamic providers get the whole stack
 * configuration), so a credential set there is stored, encrypted, and `pulumi refresh` and `destroy` would use
 * that stale copy instead of the run's.
 */
export const CREDENTIAL_SETTINGS: Readonly<Record<string, string>> = {
    [`${PROJECT}:konnectToken`]: "KONNECT_TOKEN (or KONNECT_SPAT)",
    "auth0:clientSecret": "AUTH0_CLIENT_SECRET",
};

/**
 * Credentials come from the run: none among the stack's settings (`setKeys`), and a Konnect token in KONNECT_TOKEN
 * or KONNECT_SPAT.
 */
function checkCredentials(r: Reader, setKeys: readonly string[]): void {
    for (const key of setKeys.filter((k) => k in CREDENTIAL_SETTINGS)) {
        r.problems.push({
            key,
            got: "a value in the stack configuration (not shown)",
            expected:
                `no such setting: the credential comes from ${CREDENTIAL_SETTINGS[key]} in the environment of pulumi ` +
                "(with Pulumi ESC: environmentVariables), because the engine keeps stack configuration in the state, " +
                `where refresh and destroy would use a stale copy; run pulumi config rm ${key}`,
        });
    }
    if (pickKonnectToken(r.env) === undefined) {
        r.problems.push({
            key: "KONNECT_TOKEN",
            got: "nothing (unset)",
            expected:
                "a Konnect personal (kpat_…) or system-account (spat_…) token in KONNECT_TOKEN or KONNECT_SPAT, in the environment of pulumi",
        });
    }
}

/**
 * Keys of the project's namespace that the project does not know: a misspelled setting would otherwise be
 * ignored. Each is named with the nearest known key.
 */
function checkUnknownKeys(r: Reader, setKeys: readonly string[]): void {
    const known = CONFIG_KEYS.filter((key) => !key.includes(":"));
    for (const key of setKeys) {
        if (!key.startsWith(`${PROJECT}:`) || key in CREDENTIAL_SETTINGS) continue;
        const name = key.slice(PROJECT.length + 1);
        // A path form (`key[0]`, `key.field`) belongs to its key.
        const base = name.split(/[[.]/)[0];
        if ((known as readonly string[]).includes(base)) continue;
        const nearest = [...known].sort((a, b) => leven(base, a) - leven(base, b))[0];
        r.problems.push({
            key,
            got: "a setting this project does not know",
            expected: `a known setting: did you mean ${qualified(nearest)}? (pulumi config rm ${key})`,
        });
    }
}

/**
 * The default name of the stack's DCR provider and strategy: the environment and the portal's id, so two stacks
 * of one organization with the same environment (two Dev Portals) never pick the same name. A stack deployed
 * with the earlier default (`auth0-dcr-<environment>`) keeps its objects' names: see `KonnectName`.
 */
export function defaultKonnectName(environment: string, portalId: string): string {
    return `auth0-dcr-${environment}-${portalId.slice(0, 8).toLowerCase()}`;
}

/** The portal to bind, and the names of the Konnect objects. */
function readPortalAndNames(r: Reader, environment: EnvironmentName) {
    const portalId = r.text("konnectPortalId");
    if (portalId === undefined || !isUuid(portalId)) {
        r.problem(
            "konnectPortalId",
            portalId,
            "the Dev Portal's id, a UUID such as 0b7e5b8e-2b7a-4e4b-9a0e-3c2f4b1d6a77",
        );
    }
    const fallback = defaultKonnectName(environment, portalId ?? "");
    const named = (key: ConfigKey): KonnectName => ({
        value: r.name(key, fallback),
        isDefault: r.text(key) === undefined,
    });
    return {
        portalId: portalId ?? "",
        portalKind: r.oneOf("konnectPortalKind", PORTAL_KINDS, "v3") ?? "v3",
        dcrProviderName: named("konnectDcrProviderName"),
        authStrategyName: named("konnectAuthStrategyName"),
        authStrategyDisplayName: r.name("konnectAuthStrategyDisplayName", "Auth0"),
        allowPortalWithoutDefault: r.bool("allowPortalWithoutDefault", false),
    };
}

/** The auth methods a strategy gets when `konnectAuthMethods` is unset. */
const DEFAULT_AUTH_METHODS: readonly AuthMethod[] = ["client_credentials", "bearer", "session"];

/** The strategy's auth methods: a list of 1 to 10 known methods (a repeat is merged); unset or empty means the default. */
function readAuthMethods(r: Reader): AuthMethod[] {
    const listed = r.list("konnectAuthMethods", {
        element: `one of ${AUTH_METHODS.join(", ")}`,
        valid: (m) => (AUTH_METHODS as readonly string[]).includes(m),
        max: 10,
        example: DEFAULT_AUTH_METHODS,
    });
    return (listed as AuthMethod[] | undefined) ?? [...DEFAULT_AUTH_METHODS];
}

/**
 * Validates the raw configuration of `stack`. `env` supplies the credentials and the documented
 * environment-variable fallbacks; `setKeys` names every key the stack's configuration holds (namespaced, values
 * never passed), so a credential among them or an unknown key is refused. Every rule runs, so the error lists
 * every problem at once.
 */
export function validateStackConfig(
    stack: string,
    raw: RawStackConfig,
    env: ConfigEnvironment = {},
    setKeys: readonly string[] = [],
): StackSettings {
    const r = reader(stack, raw, env);
    const environment = readEnvironment(r, stack);
    const nameSuffix = ` (${environment})`;
    const auth0 = readAuth0(r);
    // The same custom domain readAuth0 checks; read here too because an invalid tenant leaves auth0 undefined.
    const portalAudience = readPortalAudience(r, r.text("auth0CustomDomain")?.toLowerCase(), nameSuffix);
    const developerManagedScopes = r.bool("developerManagedScopes", false);
    const protectResources = r.bool("protectResources", environment === "prod");
    const serverUrl = readKonnectServerUrl(r);
    checkCredentials(r, setKeys);
    checkUnknownKeys(r, setKeys);
    const portal = readPortalAndNames(r, environment);
    const authMethods = readAuthMethods(r);
    const verify = r.bool("postDeployVerification", true);
    const apiIds = publishedApiIds(r, portal.portalKind);
    const adopt = readAdoption(r, portalAudience.create);
    const exportDcrAdminClientSecret = r.bool("exportDcrAdminClientSecret", true);
    const dcrAdminSecretVersion = readSecretVersion(r);

    if (r.problems.length > 0 || auth0 === undefined) {
        throw new StackConfigError(stack, r.problems);
    }
    return {
        stack,
        environment,
        nameSuffix,
        auth0,
        portalAudience,
        developerManagedScopes,
        protectResources,
        konnect: { serverUrl, ...portal, authMethods, verify, apiIds },
        adopt,
        exportDcrAdminClientSecret,
        ...(dcrAdminSecretVersion === undefined ? {} : { dcrAdminSecretVersion }),
    };
}

/** `dcrAdminSecretVersion`: a whole number; 0 (the default) or unset means no rotation by the stack. */
function readSecretVersion(r: Reader): number | undefined {
    const value = r.text("dcrAdminSecretVersion");
    if (value === undefined || value === "0") return undefined;
    if (!/^[1-9][0-9]{0,8}$/.test(value)) {
        r.problem(
            "dcrAdminSecretVersion",
            value,
            "a whole number from 1 on (raise it by one to rotate the DCR admin secret), or 0 for Auth0's own secret",
        );
        return undefined;
    }
    return Number(value);
}

/** Auth0 client ids: 32 letters and digits. */
const AUTH0_CLIENT_ID = /^[A-Za-z0-9]{32}$/;
/** Auth0 client grant ids: `cgr_` and 16 letters and digits. */
const AUTH0_CLIENT_GRANT_ID = /^cgr_[A-Za-z0-9]{16}$/;
/** Auth0 resource server ids: 24 hex digits (not the API's identifier URI). */
const AUTH0_RESOURCE_SERVER_ID = /^[0-9a-f]{24}$/i;

/**
 * The take-over settings: each id in the form Auth0 gives it, the admin app's client id and its grant id
 * together (the grant belongs to that app), and an API id only where the stack manages the API. A wrong id
 * is caught here, before the engine is asked to import anything.
 */
function readAdoption(r: Reader, createAudience: boolean): AdoptionSettings {
    const id = (key: ConfigKey, format: RegExp, expected: string): string | undefined => {
        const value = r.text(key);
        if (value === undefined) return undefined;
        if (format.test(value)) return value;
        r.problem(key, value, expected);
        return undefined;
    };
    const clientId = id(
        "adoptDcrAdminClientId",
        AUTH0_CLIENT_ID,
        "the existing DCR admin application's client id, 32 letters and digits (Auth0 dashboard > Applications > the app > Settings > Client ID)",
    );
    const grantId = id(
        "adoptDcrAdminGrantId",
        AUTH0_CLIENT_GRANT_ID,
        "the id of that application's Management API grant, cgr_ followed by 16 letters and digits (GET /api/v2/client-grants?client_id=<client id>)",
    );
    const audienceId = id(
        "adoptPortalAudienceId",
        AUTH0_RESOURCE_SERVER_ID,
        "the existing portal API's id, 24 hex digits (Auth0 dashboard > APIs > the API > Settings > Id), not its identifier URI",
    );
    if (r.text("adoptDcrAdminGrantId") !== undefined && r.text("adoptDcrAdminClientId") === undefined) {
        r.problem(
            "adoptDcrAdminClientId",
            undefined,
            "the client id of the application the grant adoptDcrAdminGrantId belongs to: a grant is taken over together with its application",
        );
    }
    if (r.text("adoptDcrAdminClientId") !== undefined && r.text("adoptDcrAdminGrantId") === undefined) {
        r.problem(
            "adoptDcrAdminGrantId",
            undefined,
            "the id of the Management API grant of adoptDcrAdminClientId: an application is taken over together with its grant",
        );
    }
    if (r.text("adoptPortalAudienceId") !== undefined && !createAudience) {
        r.problem(
            "adoptPortalAudienceId",
            r.text("adoptPortalAudienceId"),
            "no value while createPortalAudience is false: an API the stack only looks up is never taken over",
        );
    }
    return {
        ...(clientId !== undefined && grantId !== undefined ? { dcrAdmin: { clientId, grantId } } : {}),
        ...(audienceId !== undefined ? { portalAudienceId: audienceId } : {}),
    };
}

/** The list setting for each portal kind: Dev Portal API publications, or classic portal product versions. */
const API_ID_KEYS: Record<PortalKind, { key: ConfigKey; what: string; example: string }> = {
    v3: { key: "konnectApiIds", what: "the id of a Konnect API", example: "9f5061ce-78f6-4452-9108-ad7c02821fd5" },
    classic: {
        key: "konnectProductVersionIds",
        what: "the id of an API product version",
        example: "33f8380e-7798-4566-99e3-2edf2b57d289",
    },
};

/**
 * The published APIs whose auth strategy the stack sets: a list of distinct UUIDs, in the key that fits the
 * portal kind. The other kind's key must stay unset (or an empty list), so a list meant for one kind of portal
 * is never silently ignored.
 */
function publishedApiIds(r: Reader, portalKind: PortalKind): string[] {
    const { key, what, example } = API_ID_KEYS[portalKind];
    for (const [kind, other] of Object.entries(API_ID_KEYS) as [PortalKind, { key: ConfigKey }][]) {
        if (kind !== portalKind && parseList(r.raw[other.key]).kind !== "unset") {
            r.problems.push({
                key: qualified(other.key),
                got: shownList(r.raw[other.key]),
                expected: `unset with konnectPortalKind ${portalKind}: it lists ${kind} portal publications; use ${key} instead`,
            });
        }
    }
    return (
        r.list(key, {
            element: `a UUID such as ${example}, ${what} published on the portal`,
            valid: isUuid,
            distinct: (id) => id.toLowerCase(),
            example: [example],
        }) ?? []
    );
}
