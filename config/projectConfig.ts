/**
 * The Pulumi CLI's own rule for project configuration, applied to parsed `Pulumi.yaml` and `Pulumi.<stack>.yaml`
 * documents, so a test can find in seconds what the CLI would refuse on a user's first `pulumi preview`.
 *
 * Since Pulumi 3.44 the CLI reads the `config:` block of `Pulumi.yaml` before it runs a program: a key in the
 * project's namespace declared with neither `default` nor `value` is required, and `preview`, `up`, `refresh`,
 * `destroy` and `import` stop with "Stack '<stack>' is missing configuration values …" when a stack lacks it
 * (`pkg/workspace/config.go`, `mergeConfig`). Values an ESC environment supplies count too; the caller passes
 * the keys it knows an environment sets.
 */

/** A key's declaration under `config:` in `Pulumi.yaml`: a schema object, or a plain value. */
export type ConfigDeclaration = { readonly default?: unknown; readonly value?: unknown } | unknown;

/** The parts of `Pulumi.yaml` the rule reads. */
export interface ProjectDocument {
    readonly name: string;
    readonly config?: Record<string, ConfigDeclaration>;
}

/** The parts of `Pulumi.<stack>.yaml` the rule reads. */
export interface StackDocument {
    readonly config?: Record<string, unknown> | null;
}

/** `key` with the project's namespace when it has none, as the CLI reads a project key. */
function namespaced(project: string, key: string): string {
    return key.includes(":") ? key : `${project}:${key}`;
}

/** Whether the declaration gives the key a value the CLI applies when a stack lacks it. */
function hasFallback(declaration: ConfigDeclaration): boolean {
    // A plain value (`key: 42`) is a value; a schema object needs `default` or `value`.
    if (declaration === null || typeof declaration !== "object" || Array.isArray(declaration)) return true;
    return "default" in declaration || "value" in declaration;
}

/** The project keys the CLI requires of every stack, namespaced (`konnect-auth0-dcr:portalAudience`), sorted. */
export function requiredProjectKeys(project: ProjectDocument): string[] {
    return Object.entries(project.config ?? {})
        .filter(([key, declaration]) => {
            const full = namespaced(project.name, key);
            return full.startsWith(`${project.name}:`) && !hasFallback(declaration);
        })
        .map(([key]) => namespaced(project.name, key))
        .sort();
}

/**
 * The required keys `stack` lacks (none when the CLI would accept it). `fromEnvironment` names keys an ESC
 * environment the stack imports supplies.
 */
export function missingProjectKeys(
    project: ProjectDocument,
    stack: StackDocument,
    fromEnvironment: readonly string[] = [],
): string[] {
    const present = new Set(
        [...Object.keys(stack.config ?? {}), ...fromEnvironment].map((key) => namespaced(project.name, key)),
    );
    return requiredProjectKeys(project).filter((key) => !present.has(key));
}

/** The CLI's message for the missing keys (without its `error: validating stack config:` prefix). */
export function missingKeysMessage(stack: string, missing: readonly string[]): string {
    const names = missing.map((key) => `'${key.slice(key.indexOf(":") + 1)}'`);
    const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
    return `Stack '${stack}' is missing configuration value${missing.length === 1 ? "" : "s"} ${listed}`;
}

/** The CLI's refusal, for runs that stand in for it (the offline plan): `validating stack config: …`. */
export class MissingStackConfigError extends Error {
    constructor(
        readonly stack: string,
        readonly missing: readonly string[],
    ) {
        super(`validating stack config: ${missingKeysMessage(stack, missing)}`);
        this.name = "MissingStackConfigError";
    }
}
