/**
 * Renders an offline run the way `pulumi preview` shows a plan: the resource tree in dependency order,
 * the inputs a reviewer cares about (every secret as `[secret]`), the stack outputs and the policy results.
 * Pure functions from data to lines; nothing here runs the program.
 */
import type { RegisteredResource } from "../offline/programRunner";
import {
    AUTH0_CLIENT,
    AUTH0_CLIENT_CREDENTIALS,
    AUTH0_CLIENT_GRANT,
    AUTH0_RESOURCE_SERVER,
    KONNECT_API_PUBLICATION,
    KONNECT_AUTH_STRATEGY,
    KONNECT_DCR_PROVIDER,
    KONNECT_PORTAL_BINDING,
    PROVIDER_CODE_INPUT,
} from "../policies/lib/resourceTypes";
import type { PolicyEvaluation } from "./planPolicies";
import type { SecretLeak } from "./planSecrets";

/** What a secret looks like in the plan, as in the CLI's output. */
export const SECRET_MASK = "[secret]";

/** The inputs worth a reviewer's eye, per type; other custom resources show all their inputs. */
export const REVIEW_FIELDS: Readonly<Record<string, readonly string[]>> = {
    [AUTH0_CLIENT]: ["name", "appType", "grantTypes", "callbacks", "allowedOrigins", "webOrigins"],
    [AUTH0_CLIENT_GRANT]: ["audience", "scopes", "subjectType", "allowAllScopes"],
    [AUTH0_CLIENT_CREDENTIALS]: ["authenticationMethod", "clientSecret"],
    [AUTH0_RESOURCE_SERVER]: ["identifier", "name", "signingAlg", "allowOfflineAccess", "tokenDialect"],
    [KONNECT_DCR_PROVIDER]: [
        "serverUrl",
        "name",
        "displayName",
        "issuer",
        "initialClientId",
        "initialClientSecret",
        "initialClientAudience",
        "useDeveloperManagedScopes",
        "labels",
    ],
    [KONNECT_AUTH_STRATEGY]: [
        "serverUrl",
        "name",
        "displayName",
        "issuer",
        "audience",
        "scopes",
        "credentialClaim",
        "authMethods",
        "dcrProviderId",
        "labels",
    ],
    [KONNECT_PORTAL_BINDING]: ["serverUrl", "portalId", "portalKind", "authStrategyId"],
    [KONNECT_API_PUBLICATION]: ["serverUrl", "portalId", "portalKind", "apiId", "authStrategyId"],
};

/** Inputs never shown: a dynamic provider's serialized code. */
const HIDDEN_INPUTS = [PROVIDER_CODE_INPUT];

/** A value on one line, secrets masked (a secret inside a map or list masks only itself). */
export function displayValue(value: unknown, isSecret: (v: unknown) => boolean): string {
    if (isSecret(value)) return SECRET_MASK;
    if (Array.isArray(value)) return `[${value.map((v) => displayValue(v, isSecret)).join(", ")}]`;
    if (typeof value === "object" && value !== null) {
        return `{ ${Object.entries(value)
            .map(([k, v]) => `${JSON.stringify(k)}: ${displayValue(v, isSecret)}`)
            .join(", ")} }`;
    }
    return value === undefined ? "undefined" : JSON.stringify(value);
}

/** A resource in the plan's tree: its depth, and for each level down to it whether it is the last child there. */
export interface TreeRow {
    resource: RegisteredResource;
    depth: number;
    last: boolean[];
}

/**
 * The resources as a tree (by parent), each level in dependency order: a resource comes after the
 * siblings it, or anything beneath it, depends on; ties keep the registration order.
 */
export function dependencyOrderedTree(resources: readonly RegisteredResource[]): TreeRow[] {
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const children = new Map<string | undefined, RegisteredResource[]>();
    for (const r of resources) {
        const parent = r.parent !== undefined && byUrn.has(r.parent) ? r.parent : undefined;
        children.set(parent, [...(children.get(parent) ?? []), r]);
    }
    const descendants = (r: RegisteredResource): RegisteredResource[] => [
        r,
        ...(children.get(r.urn) ?? []).flatMap(descendants),
    ];
    /** The ancestor of `urn` that is a child of `parent`, if any. */
    const siblingAncestor = (urn: string, parent: string | undefined): string | undefined => {
        let current = byUrn.get(urn);
        while (current !== undefined) {
            const currentParent =
                current.parent !== undefined && byUrn.has(current.parent) ? current.parent : undefined;
            if (currentParent === parent) return current.urn;
            current = currentParent === undefined ? undefined : byUrn.get(currentParent);
        }
        return undefined;
    };
    const order = (parent: string | undefined): RegisteredResource[] => {
        const siblings = children.get(parent) ?? [];
        const needs = new Map(
            siblings.map((s) => [
                s.urn,
                new Set(
                    descendants(s)
                        .flatMap((d) => d.dependencies)
                        .map((d) => siblingAncestor(d, parent))
                        .filter((d): d is string => d !== undefined && d !== s.urn),
                ),
            ]),
        );
        const placed: RegisteredResource[] = [];
        const remaining = [...siblings];
        while (remaining.length > 0) {
            // The first (in registration order) whose dependencies are placed; a cycle cannot happen, but would fall back to order.
            const index = Math.max(
                0,
                remaining.findIndex((s) => [...needs.get(s.urn)!].every((d) => placed.some((p) => p.urn === d))),
            );
            placed.push(...remaining.splice(index, 1));
        }
        return placed;
    };
    const rows: TreeRow[] = [];
    const walk = (parent: string | undefined, depth: number, last: boolean[]) => {
        const ordered = order(parent);
        ordered.forEach((r, i) => {
            const lineage = [...last, i === ordered.length - 1];
            rows.push({ resource: r, depth, last: lineage });
            walk(r.urn, depth + 1, lineage);
        });
    };
    walk(undefined, 0, []);
    return rows;
}

/** The resource tree, like the CLI's preview table. */
export function renderTree(tree: readonly TreeRow[]): string[] {
    const rows = tree.map(({ resource, depth, last }) => {
        // The root has no branch; beneath it, each ancestor level draws a bar unless it was the last child.
        const prefix =
            depth === 0
                ? ""
                : last
                      .slice(1, -1)
                      .map((l) => (l ? "   " : "│  "))
                      .join("") + (last[last.length - 1] ? "└─ " : "├─ ");
        const info: string[] = [];
        if (resource.options.importId !== undefined) info.push(`[id=${resource.options.importId}]`);
        if (resource.options.protect) info.push("protected");
        if (resource.options.deleteBeforeReplace) info.push("delete-before-replace");
        return {
            type: prefix + resource.type,
            name: resource.name,
            info: info.join(", "),
            imported: resource.options.importId !== undefined,
        };
    });
    const typeWidth = Math.max(4, ...rows.map((r) => r.type.length)) + 2;
    const nameWidth = Math.max(4, ...rows.map((r) => r.name.length)) + 2;
    const line = (mark: string, type: string, name: string, plan: string, info: string) =>
        `${mark}   ${type.padEnd(typeWidth)}${name.padEnd(nameWidth)}${plan.padEnd(8)}${info}`.trimEnd();
    // An imported resource is taken over, not created: `=` and "import", as the CLI marks it.
    return [
        line(" ", "Type", "Name", "Plan", "Info"),
        ...rows.map((r) =>
            r.imported ? line("=", r.type, r.name, "import", r.info) : line("+", r.type, r.name, "create", r.info),
        ),
    ];
}

/** The resources an offline run imports (the `import` option), for the plan's summary line. */
export function importedResources(resources: readonly RegisteredResource[]): RegisteredResource[] {
    return resources.filter((r) => r.options.importId !== undefined);
}

/** The review inputs of every custom resource, in tree order. */
export function renderInputs(tree: readonly TreeRow[], isSecret: (v: unknown) => boolean): string[] {
    const lines: string[] = [];
    for (const { resource } of tree) {
        if (!resource.custom) continue;
        const fields =
            REVIEW_FIELDS[resource.type] ?? Object.keys(resource.inputs).filter((k) => !HIDDEN_INPUTS.includes(k));
        const shown = fields
            .map((field) => {
                if (field in resource.inputs) return { field, value: resource.inputs[field] };
                if (field in resource.outputs) return { field: `${field} (output)`, value: resource.outputs[field] };
                return undefined;
            })
            .filter((f): f is { field: string; value: unknown } => f !== undefined);
        lines.push(`    ${resource.name} (${resource.type})`);
        if (resource.options.importId !== undefined && resource.options.ignoreChanges.length > 0) {
            lines.push(
                `        (taken over: keeps Auth0's current ${resource.options.ignoreChanges.join(", ")}; the values below apply once the adopt settings are removed)`,
            );
        }
        const width = Math.max(0, ...shown.map((f) => f.field.length)) + 1;
        for (const { field, value } of shown) {
            lines.push(...fieldLines(`        ${`${field}:`.padEnd(width + 1)}`, value, isSecret));
        }
    }
    return lines;
}

/** Lists too long for one line get one item per line, so a reviewer can compare them item by item. */
const LONG_LINE = 100;

/** `label value`, or the label and one `- item` line per list item when the list is long. */
function fieldLines(label: string, value: unknown, isSecret: (v: unknown) => boolean): string[] {
    const shown = displayValue(value, isSecret);
    if (!Array.isArray(value) || isSecret(value) || label.length + shown.length <= LONG_LINE)
        return [`${label} ${shown}`];
    const indent = " ".repeat(label.replace(/\S.*$/, "").length + 4);
    return [label.trimEnd(), ...value.map((item) => `${indent}- ${displayValue(item, isSecret)}`)];
}

/** The stack outputs, secret ones masked. */
export function renderOutputs(
    outputs: Readonly<Record<string, unknown>>,
    secretNames: readonly string[],
    isSecret: (v: unknown) => boolean,
): string[] {
    const names = Object.keys(outputs).sort();
    const width = Math.max(0, ...names.map((n) => n.length));
    return names.flatMap((name) =>
        secretNames.includes(name)
            ? [`    ${name.padEnd(width)}: ${SECRET_MASK}`]
            : fieldLines(`    ${name.padEnd(width)}:`, outputs[name], isSecret),
    );
}

/** One line per policy with its level and outcome, then every result. */
export function renderPolicies(evaluation: PolicyEvaluation, nameOf: (urn?: string) => string): string[] {
    const lines: string[] = [];
    const width = Math.max(0, ...evaluation.outcomes.map((o) => o.policy.length));
    for (const outcome of evaluation.outcomes) {
        const violations = outcome.results.filter((r) => r.kind === "violation").length;
        const unknowns = outcome.results.length - violations;
        let status: string;
        let mark: string;
        if (outcome.level === "disabled") {
            [mark, status] = ["-", "disabled"];
        } else if (violations > 0) {
            [mark, status] = [
                outcome.level === "advisory" ? "!" : "✗",
                `${violations} violation${violations === 1 ? "" : "s"}`,
            ];
        } else if (unknowns > 0) {
            [mark, status] = ["?", "could not run: a value is unknown during preview"];
        } else if (outcome.checked.length === 0) {
            // One reason for all resources (e.g. "not a production stack") is worth showing; many differ per type.
            const reasons = [...new Set(outcome.notApplicable.map((n) => n.reason))];
            [mark, status] = ["-", `not applicable${reasons.length === 1 && reasons[0] ? `: ${reasons[0]}` : ""}`];
        } else {
            [mark, status] = [
                "✓",
                outcome.kind === "stack"
                    ? "passed on the stack"
                    : `passed on ${outcome.checked.length} resource${outcome.checked.length === 1 ? "" : "s"}`,
            ];
        }
        const level = outcome.level === "remediate" ? "mandatory" : outcome.level;
        lines.push(`    ${mark} ${level.padEnd(9)} ${outcome.policy.padEnd(width)}  ${status}`);
    }
    if (evaluation.results.length > 0) {
        lines.push("");
        for (const result of evaluation.results) {
            lines.push(`    [${result.level}] ${result.policy}  (${nameOf(result.urn)})`);
            lines.push(`        ${result.message}`);
        }
    }
    return lines;
}

/** The offline secret checks: leaks found, or what was verified. */
export function renderSecretChecks(
    leaks: readonly SecretLeak[],
    checkedSecrets: readonly string[],
    secretOutputs: readonly string[],
    nameOf: (urn: string) => string,
): string[] {
    if (leaks.length === 0) {
        return [
            `    ✓ no secret value appears outside a secret (${checkedSecrets.length} checked: ${checkedSecrets.join(", ")})`,
            `    ✓ secret stack outputs: ${secretOutputs.length > 0 ? secretOutputs.join(", ") : "(none)"}`,
        ];
    }
    return leaks.map(
        (l) =>
            `    ✗ ${l.secret} appears in plaintext in ${l.where.startsWith("urn:") ? nameOf(l.where) : l.where} at ${l.path}`,
    );
}
