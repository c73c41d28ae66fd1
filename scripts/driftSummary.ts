/**
 * `npm run --silent drift:summary -- --stack <stack> <preview.json>`: turns what
 * `pulumi preview --refresh --json` prints into a Markdown drift report (the job summary of the drift
 * workflow and the body of its tracking issue): each resource that would change, and for each, the fields
 * that differ with the live value (read by the refresh) next to the value the stack declares.
 *
 * The document is the CLI's preview digest (pulumi/pulumi `pkg/display/json.go`): `steps[]` with `op`, `urn`,
 * `diffReasons`, `replaceReasons`, `detailedDiff` (path → `{ kind, inputDiff }`), `oldState` / `newState`
 * (`inputs`, `outputs`; secrets already printed as `[secret]`), plus `diagnostics[]` and `changeSummary`.
 *
 * Exit codes: 0 no drift, 1 drift, 2 the preview failed before it could say (errors listed) or bad input.
 */
import * as fs from "fs";
import { PROVIDER_CODE_INPUT, ROOT_STACK } from "../policies/lib/resourceTypes";

/** One property difference, as the CLI reports it. */
export interface PreviewPropertyDiff {
    readonly kind: string;
    readonly inputDiff?: boolean;
}

/** A resource's state in the digest (`apitype.ResourceV3`, the parts read here). */
export interface PreviewState {
    readonly type?: string;
    readonly id?: string;
    readonly inputs?: Record<string, unknown>;
    readonly outputs?: Record<string, unknown>;
}

/** One step of the digest. */
export interface PreviewStep {
    readonly op: string;
    readonly urn: string;
    readonly provider?: string;
    readonly oldState?: PreviewState;
    readonly newState?: PreviewState;
    readonly diffReasons?: string[];
    readonly replaceReasons?: string[];
    readonly detailedDiff?: Record<string, PreviewPropertyDiff> | null;
}

/** The digest `pulumi preview --json` prints. */
export interface PreviewDigest {
    readonly steps?: PreviewStep[];
    readonly diagnostics?: Array<{ readonly urn?: string; readonly message?: string; readonly severity?: string }>;
    readonly changeSummary?: Record<string, number>;
}

/** One field that differs between the live object and the stack. */
export interface DriftedField {
    /** Property path, e.g. `scopes[9]` or `jwtConfiguration.alg`. */
    readonly path: string;
    /** What applying the stack would do to it: add, remove or change it (and whether that replaces the object). */
    readonly change: "add" | "remove" | "change";
    readonly replaces: boolean;
    /** The value Pulumi read from the service; undefined when it has none. */
    readonly live: unknown;
    /** The value the stack declares; undefined when it declares none. */
    readonly declared: unknown;
}

/** One resource that drifted. */
export interface DriftedResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    /** The step the engine would take: update, replace, create (deleted by hand), delete, … */
    readonly op: string;
    readonly fields: readonly DriftedField[];
}

/** The drift of one stack. */
export interface DriftReport {
    readonly stack: string;
    readonly resources: readonly DriftedResource[];
    /** Error diagnostics: a preview that failed says so rather than "no drift". */
    readonly errors: readonly string[];
}

/** Steps that change nothing: unchanged resources, and the refresh and data-source reads themselves. */
const NO_CHANGE_OPS = new Set(["same", "refresh", "read", "discard", "discard-replaced"]);
/** Inputs that are plumbing, not settings: a dynamic provider's serialized code. */
const HIDDEN_FIELDS = new Set([PROVIDER_CODE_INPUT]);

/** `type` and `name` from `urn:pulumi:<stack>::<project>::<parent types$>type::name`. */
export function parseUrn(urn: string): { type: string; name: string } {
    const parts = urn.split("::");
    const qualifiedType = parts[2] ?? urn;
    return { type: qualifiedType.split("$").pop() ?? qualifiedType, name: parts.slice(3).join("::") || urn };
}

/** Reads `a.b[2].c` (the CLI's property paths; quoted keys as `["a.b"]`) from a value. */
export function valueAt(root: unknown, path: string): unknown {
    const tokens = [...path.matchAll(/\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]|([^.[\]]+)/g)].map(
        (m) => m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]),
    );
    let current: unknown = root;
    for (const token of tokens) {
        if (current === null || typeof current !== "object") return undefined;
        current = (current as Record<string | number, unknown>)[token as string | number];
    }
    return current;
}

const CHANGE_OF_KIND: Record<string, DriftedField["change"]> = { add: "add", delete: "remove", update: "change" };

/** The drifted resources of a preview digest. */
export function driftOf(stack: string, digest: PreviewDigest): DriftReport {
    const resources: DriftedResource[] = [];
    for (const step of digest.steps ?? []) {
        if (NO_CHANGE_OPS.has(step.op)) continue;
        const { type, name } = parseUrn(step.urn);
        if (type === ROOT_STACK) continue;
        // The live object is what the refresh read (old state); the stack's wish is the new inputs.
        const live = { ...(step.oldState?.inputs ?? {}), ...(step.oldState?.outputs ?? {}) };
        const declared = step.newState?.inputs ?? {};
        const detailed = Object.entries(step.detailedDiff ?? {});
        const fields: DriftedField[] =
            detailed.length > 0
                ? detailed.map(([path, diff]) => {
                      const [kind, replace] = diff.kind.split("-");
                      return {
                          path,
                          change: CHANGE_OF_KIND[kind] ?? "change",
                          replaces: replace === "replace",
                          live: valueAt(live, path),
                          declared: valueAt(declared, path),
                      };
                  })
                : (step.diffReasons ?? []).map((path) => ({
                      path,
                      change: "change" as const,
                      replaces: (step.replaceReasons ?? []).includes(path),
                      live: valueAt(live, path),
                      declared: valueAt(declared, path),
                  }));
        resources.push({
            urn: step.urn,
            type,
            name,
            op: step.op,
            fields: fields.filter((f) => !HIDDEN_FIELDS.has(f.path.split(/[.[]/)[0])),
        });
    }
    const errors = (digest.diagnostics ?? [])
        .filter((d) => d.severity === "error")
        .map((d) => (d.message ?? "").trim())
        .filter(Boolean);
    return { stack, resources, errors };
}

/** A value in a table cell: JSON, shortened, with `|` and newlines kept out of the table syntax. */
export function cell(value: unknown): string {
    if (value === undefined) return "(none)";
    const text = JSON.stringify(value);
    const short = text.length > 120 ? `${text.slice(0, 117)}…` : text;
    return (
        "`" +
        short
            .replace(/\|/g, "\\|")
            .replace(/`/g, "'")
            .replace(/\s*\n\s*/g, " ") +
        "`"
    );
}

const WHAT_THE_STACK_DOES: Record<string, string> = {
    update: "would be updated",
    replace: "would be replaced",
    "create-replacement": "would be replaced",
    "delete-replaced": "would be replaced",
    create: "is missing (deleted outside Pulumi?) and would be created",
    delete: "is no longer declared and would be deleted",
    import: "would be imported",
};

/** `1 resource differs`, `3 resources differ`: the number with the singular or plural words. */
export function count(n: number, singular: string, plural: string): string {
    return `${n} ${n === 1 ? singular : plural}`;
}

/** The Markdown report. */
export function renderDriftMarkdown(report: DriftReport): string {
    const lines: string[] = [];
    if (report.resources.length === 0 && report.errors.length > 0) {
        lines.push(
            `## Drift check of \`${report.stack}\` failed`,
            "",
            `The preview stopped before it could compare the stack with what is deployed (${count(report.errors.length, "error", "errors")}):`,
            "",
        );
        for (const error of report.errors) lines.push("```", error, "```", "");
        return lines.join("\n");
    }
    if (report.resources.length === 0) {
        return `## No drift in \`${report.stack}\`\n\nEvery resource matches the stack.\n`;
    }
    // A replacement shows as several steps of one resource; report it once.
    const byUrn = new Map<string, DriftedResource>();
    for (const r of report.resources) {
        const seen = byUrn.get(r.urn);
        if (!seen || (seen.fields.length === 0 && r.fields.length > 0))
            byUrn.set(r.urn, r.op.includes("replace") ? { ...r, op: "replace" } : r);
    }
    const resources = [...byUrn.values()];
    lines.push(
        `## Drift in \`${report.stack}\`: ${count(resources.length, "resource differs", "resources differ")} from the stack`,
        "",
        "Live values were read by `pulumi preview --refresh`; nothing was changed. `pulumi up` would put back the declared values, " +
            "or change the stack if the live ones are meant to stay.",
        "",
    );
    for (const r of resources) {
        lines.push(`### ${r.type} \`${r.name}\` ${WHAT_THE_STACK_DOES[r.op] ?? `(${r.op})`}`, "");
        if (r.fields.length === 0) {
            lines.push(
                "The provider found a difference without naming the fields: the Konnect providers compare the live object themselves, " +
                    "and Pulumi's Node.js dynamic-provider host passes no field names to the engine.",
                "",
            );
            continue;
        }
        lines.push("| Field | Live | Declared by the stack | |", "| --- | --- | --- | --- |");
        for (const f of r.fields) {
            const note = [
                f.change === "add" ? "missing live" : f.change === "remove" ? "only live" : "differs",
                f.replaces ? "forces replacement" : "",
            ]
                .filter(Boolean)
                .join(", ");
            lines.push(`| \`${f.path}\` | ${cell(f.live)} | ${cell(f.declared)} | ${note} |`);
        }
        lines.push("");
    }
    lines.push(`<sub>${resources.map((r) => r.urn).join("<br>")}</sub>`, "");
    return lines.join("\n");
}

/** The exit code for a report: 0 no drift, 1 drift, 2 the preview failed. */
export function exitCodeOf(report: DriftReport): number {
    if (report.resources.length > 0) return 1;
    return report.errors.length > 0 ? 2 : 0;
}

/** The command line: `--stack <name> <preview.json>`. */
export function main(argv: readonly string[], io: { out(text: string): void; err(text: string): void }): number {
    let stack: string | undefined;
    let file: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === "--stack" || argv[i] === "-s") stack = argv[++i];
        else if (argv[i].startsWith("--stack=")) stack = argv[i].slice("--stack=".length);
        else file = argv[i];
    }
    if (!stack || !file) {
        io.err(
            "Usage: npm run --silent drift:summary -- --stack <stack> <file with the output of pulumi preview --json>",
        );
        return 2;
    }
    let digest: PreviewDigest;
    try {
        const text = fs.readFileSync(file, "utf8");
        // The CLI may print nothing but errors (to stderr) when the preview fails early.
        digest =
            text.trim() === ""
                ? { diagnostics: [{ severity: "error", message: "pulumi preview printed no JSON; see its log above" }] }
                : (JSON.parse(text) as PreviewDigest);
    } catch (e) {
        io.err(`error: cannot read ${file} as the output of pulumi preview --json: ${(e as Error).message}`);
        return 2;
    }
    const report = driftOf(stack, digest);
    io.out(renderDriftMarkdown(report));
    return exitCodeOf(report);
}

if (require.main === module) {
    process.exitCode = main(process.argv.slice(2), {
        out: (t) => process.stdout.write(`${t}\n`),
        err: (t) => process.stderr.write(`${t}\n`),
    });
}
