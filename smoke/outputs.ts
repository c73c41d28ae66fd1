/**
 * The stack outputs the smoke run reads, and where they come from.
 *
 * Precedence, decided per output (highest first):
 *   1. the `SMOKE_<OUTPUT>` environment variable (e.g. `SMOKE_ISSUER`, `SMOKE_KONNECT_PORTAL_URL`), so a
 *      single value can be overridden without editing anything else;
 *   2. the JSON file given with `--outputs <file>` (the shape `pulumi stack output --json` prints);
 *   3. `pulumi stack output --json --stack <stack>`, run only when `--stack` is given and an output is still
 *      missing after 1 and 2, and only if the `pulumi` CLI is on PATH.
 * Only non-secret outputs are read; secret ones (`dcrAdminClientSecret`) are never needed or shown.
 */
import { isUuid } from "../konnect/vocabulary";
import { parseSecureUrl } from "../konnect/endpoints";
import { SettingProblem, SmokeUsageError } from "./settings";

/** The outputs a run needs, normalised (URLs without a trailing slash). */
export interface SmokeOutputs {
    /** Auth0 issuer as handed to Konnect, e.g. `https://acme-dev.us.auth0.com`. */
    readonly issuer: string;
    /** Portal audience (Auth0 API identifier) tokens are requested for. */
    readonly audience: string;
    readonly konnectAuthStrategyId: string;
    /** Base URL of the portal's developer API, e.g. `https://abc123.us.kongportals.com`. */
    readonly konnectPortalUrl: string;
    /** Shown in the report only. */
    readonly konnectPortalId?: string;
    /** APIs whose publication uses the stack's strategy; the first is the default `--api-id`. */
    readonly konnectApiIds?: readonly string[];
}

/** The single-valued outputs; `konnectApiIds` is a list (see {@link resolveApiIds}). */
type OutputName = Exclude<keyof SmokeOutputs, typeof API_IDS>;

/** The list output, `konnectApiIds`: a JSON array in `pulumi stack output --json`, comma-separated in SMOKE_KONNECT_API_IDS. */
const API_IDS = "konnectApiIds";

const REQUIRED: readonly OutputName[] = ["issuer", "audience", "konnectAuthStrategyId", "konnectPortalUrl"];
const OPTIONAL: readonly OutputName[] = ["konnectPortalId"];

/** `konnectPortalUrl` → `SMOKE_KONNECT_PORTAL_URL`. */
export function outputEnvName(name: string): string {
    return `SMOKE_${name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}`;
}

const ENV_SOURCE = "environment";

/** Outputs from one source; `source` names it in messages ("SMOKE_* variables", a file, a stack). */
export interface OutputLayer {
    readonly source: string;
    readonly values: Readonly<Record<string, unknown>>;
}

/** The `SMOKE_<OUTPUT>` variables that are set, as a layer. */
export function envOutputLayer(env: Readonly<Record<string, string | undefined>>): OutputLayer {
    const values: Record<string, string> = {};
    for (const name of [...REQUIRED, ...OPTIONAL, API_IDS]) {
        const value = env[outputEnvName(name)]?.trim();
        if (value) values[name] = value;
    }
    return { source: ENV_SOURCE, values };
}

/** Parses `pulumi stack output --json` text; throws `SmokeUsageError` naming `source` when it is not a JSON object. */
export function parseOutputsJson(text: string, source: string): OutputLayer {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        parsed = undefined;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new SmokeUsageError([
            {
                setting: source,
                got: "text that is not a JSON object",
                expected: "the JSON object printed by `pulumi stack output --json`",
            },
        ]);
    }
    return { source, values: parsed as Record<string, unknown> };
}

/** Required outputs none of `layers` provides. */
export function missingOutputs(layers: readonly OutputLayer[]): OutputName[] {
    return REQUIRED.filter((name) => !layers.some((layer) => hasValue(layer, name)));
}

function hasValue(layer: OutputLayer, name: string): boolean {
    const value = layer.values[name];
    return value !== undefined && value !== null && value !== "";
}

/** Where each output was taken from, for the run's header. */
export type OutputSources = Readonly<Partial<Record<keyof SmokeOutputs, string>>>;

/** How a required output was expected, and how to check and normalise it. */
const FORMS: Readonly<Record<OutputName, { expected: string; valid: (value: string) => string | undefined }>> = {
    issuer: { expected: "the Auth0 issuer URL, e.g. https://acme-dev.us.auth0.com", valid: serviceBaseUrl },
    audience: {
        expected: "the portal audience, an absolute URI such as https://api.acme.com/portal",
        valid: absoluteUri,
    },
    konnectAuthStrategyId: { expected: "the Konnect application auth strategy id, a UUID", valid: uuid },
    konnectPortalUrl: {
        expected: "the portal URL or domain, e.g. https://abc123.us.kongportals.com",
        valid: portalBaseUrl,
    },
    konnectPortalId: { expected: "the Konnect portal id, a UUID", valid: uuid },
};

/**
 * Takes each output from the first layer that has it and checks its form; throws `SmokeUsageError`
 * listing every missing or malformed output. `missingHint(name)` says how a missing output can be supplied.
 */
export function resolveStackOutputs(
    layers: readonly OutputLayer[],
    missingHint: (name: OutputName) => string = () => "",
): { outputs: SmokeOutputs; sources: OutputSources } {
    const problems: SettingProblem[] = [];
    const sources: Partial<Record<keyof SmokeOutputs, string>> = {};
    const values: Partial<Record<OutputName, string>> = {};
    for (const name of [...REQUIRED, ...OPTIONAL]) {
        const { expected, valid } = FORMS[name];
        const layer = layers.find((l) => hasValue(l, name));
        if (!layer) {
            if (REQUIRED.includes(name))
                problems.push({ setting: `output ${name}`, got: "nothing", expected: expected + missingHint(name) });
            continue;
        }
        const value = layer.values[name];
        const setting = `output ${name} (from ${layer.source === ENV_SOURCE ? outputEnvName(name) : layer.source})`;
        const normalised = typeof value === "string" ? valid(value.trim()) : undefined;
        if (normalised === undefined) {
            problems.push({
                setting,
                got: typeof value === "string" ? JSON.stringify(value) : `a ${typeof value}`,
                expected,
            });
            continue;
        }
        values[name] = normalised;
        sources[name] = layer.source;
    }
    const apiIds = resolveApiIds(layers, problems);
    if (problems.length > 0) throw new SmokeUsageError(problems);
    if (apiIds) sources[API_IDS] = apiIds.source;
    return {
        outputs: { ...(values as unknown as SmokeOutputs), ...(apiIds ? { konnectApiIds: apiIds.ids } : {}) },
        sources,
    };
}

/** `konnectApiIds` from the first layer that has it: a list of UUIDs, or comma-separated text; optional. */
function resolveApiIds(
    layers: readonly OutputLayer[],
    problems: SettingProblem[],
): { ids: string[]; source: string } | undefined {
    const layer = layers.find((l) => hasValue(l, API_IDS));
    if (!layer) return undefined;
    const value = layer.values[API_IDS];
    const listed = Array.isArray(value)
        ? value
        : typeof value === "string"
          ? value.split(",").map((v) => v.trim())
          : undefined;
    const ids = listed?.map((v) => (typeof v === "string" ? uuid(v) : undefined));
    if (!ids || ids.some((id) => id === undefined)) {
        const setting = `output ${API_IDS} (from ${layer.source === ENV_SOURCE ? outputEnvName(API_IDS) : layer.source})`;
        problems.push({ setting, got: JSON.stringify(value), expected: "a list of Konnect API ids (UUIDs)" });
        return undefined;
    }
    return { ids: ids as string[], source: layer.source };
}

/** An https (or loopback http) URL without query or fragment, returned without its trailing slash. */
function serviceBaseUrl(value: string): string | undefined {
    const url = parseSecureUrl(value);
    if (!url || url.search || url.hash) return undefined;
    return url.href.replace(/\/+$/, "");
}

/** Like `serviceBaseUrl`, and a bare domain (`abc123.us.kongportals.com`) means https on that domain. */
function portalBaseUrl(value: string): string | undefined {
    const url = serviceBaseUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
    return url && new URL(url).pathname === "/" ? url : undefined;
}

function absoluteUri(value: string): string | undefined {
    try {
        new URL(value);
        return value;
    } catch {
        return undefined;
    }
}

function uuid(value: string): string | undefined {
    return isUuid(value) ? value.toLowerCase() : undefined;
}

/** The side effects `loadStackOutputs` needs, injected so tests need neither files nor the Pulumi CLI. */
export interface OutputsIo {
    readFile(path: string): Promise<string>;
    /** `pulumi stack output --json --stack <stack>`'s stdout; undefined when the CLI is not on PATH. */
    pulumiStackOutput(stack: string): Promise<string | undefined>;
}

/** Gathers the output layers by the documented precedence and resolves them. */
export async function loadStackOutputs(
    options: { readonly stack?: string; readonly outputsFile?: string },
    env: Readonly<Record<string, string | undefined>>,
    io: OutputsIo,
): Promise<{ outputs: SmokeOutputs; sources: OutputSources }> {
    const layers: OutputLayer[] = [envOutputLayer(env)];
    if (options.outputsFile !== undefined) {
        let text: string;
        try {
            text = await io.readFile(options.outputsFile);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
            throw new SmokeUsageError([
                {
                    setting: "--outputs / SMOKE_OUTPUTS_FILE",
                    got: `${JSON.stringify(options.outputsFile)} (${code})`,
                    expected: "a readable JSON file",
                },
            ]);
        }
        layers.push(parseOutputsJson(text, options.outputsFile));
    }
    let hint =
        options.outputsFile === undefined && options.stack === undefined
            ? "; pass --outputs <file> or --stack <stack>, or set "
            : "; or set ";
    if (missingOutputs(layers).length > 0 && options.stack !== undefined) {
        const text = await io.pulumiStackOutput(options.stack);
        if (text === undefined) {
            hint = `; the pulumi CLI is not on PATH for --stack ${options.stack}: pass --outputs <file> or set `;
        } else {
            layers.push(parseOutputsJson(text, `stack ${options.stack}`));
        }
    }
    return resolveStackOutputs(layers, (name) => hint + outputEnvName(name));
}
