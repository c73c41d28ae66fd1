/**
 * Runs CrossGuard policies in-process the way the Pulumi engine's analyzer does, without the CLI and
 * without constructing a `PolicyPack` (which would start a gRPC server).
 *
 * Mirrors `@pulumi/policy` 1.21 `server.js`:
 * - enforcement level: policy-pack config for the policy, then `all`, then the policy's own level, then the
 *   pack's; `disabled` policies are skipped; `remediate` is reported as `mandatory`;
 * - resource policies get each resource's inputs, stack policies every resource's outputs, both with
 *   secrets unwrapped and wrapped in `unknownCheckingProxy`, so reading a value unknown during preview
 *   throws `UnknownValueError`, reported as an advisory "can't run … during preview" result;
 * - `notApplicable` throws and marks the policy not applicable; a function tagged with `__pulumiType`
 *   is skipped for other types without being called;
 * - `getConfig` returns the policy's config without `enforcementLevel`, over the schema's `default`s
 *   (the CLI applies those before the pack sees the config).
 * The offline plan and the policy tests share this one implementation.
 */
import {
    EnforcementLevel,
    Policy,
    PolicyPackConfig,
    PolicyResource,
    PolicyResourceOptions,
    ResourceValidation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
    unknownCheckingProxy,
    UnknownValueError,
} from "../policies/lib/policySdk";
import type { ProgramRun, RegisteredResource } from "../offline/programRunner";
import { ROOT_STACK } from "../policies/lib/resourceTypes";

/** One resource as the engine hands it to the policies. */
export interface PolicyTarget {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly parent?: string;
    /** URNs of the resources it depends on. */
    readonly dependencies: readonly string[];
    /** URNs by the input property that creates the dependency, when known. */
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
    /** Inputs, secrets unwrapped; unknown values (preview) are the engine's sentinels. */
    readonly inputs: Record<string, unknown>;
    /** Outputs (state), secrets unwrapped. */
    readonly outputs: Record<string, unknown>;
    readonly opts?: Partial<PolicyResourceOptions>;
}

/**
 * The policy targets of an offline run: inputs and mocked outputs with secrets unwrapped, as the engine
 * decrypts them before calling the analyzer, plus the options the runner read from the registrations.
 */
export function targetsFromRun(
    run: Pick<ProgramRun, "resources">,
    unwrap: (value: unknown) => unknown,
): PolicyTarget[] {
    return run.resources.map((r: RegisteredResource) => ({
        urn: r.urn,
        type: r.type,
        name: r.name,
        parent: r.parent,
        dependencies: r.dependencies,
        inputs: unwrap(r.inputs) as Record<string, unknown>,
        outputs: unwrap(r.outputs) as Record<string, unknown>,
        opts: {
            protect: r.options.protect,
            ignoreChanges: r.options.ignoreChanges,
            additionalSecretOutputs: r.options.additionalSecretOutputs,
            deleteBeforeReplace: r.options.deleteBeforeReplace,
        },
    }));
}

/** Reported levels: `remediate` shows as `mandatory`, `disabled` never reports. */
export type ReportedLevel = "mandatory" | "advisory";

/** One diagnostic, as the CLI would print it. */
export interface PolicyResult {
    readonly policy: string;
    readonly level: ReportedLevel;
    /** A violation, or a policy that could not run because it read a value unknown during preview. */
    readonly kind: "violation" | "unknown-during-preview";
    /** The policy's own message (the engine prefixes the policy description to it). */
    readonly message: string;
    readonly urn?: string;
}

/** What one policy did across all resources. */
export interface PolicyOutcome {
    readonly policy: string;
    /** The level the policy ran at (`disabled` policies are listed but do not run). */
    readonly level: EnforcementLevel;
    readonly kind: "resource" | "stack";
    /** Resources (URNs) it checked, or the stack (`"stack"`), without throwing not-applicable. */
    readonly checked: readonly string[];
    readonly notApplicable: ReadonlyArray<{ urn?: string; reason?: string }>;
    readonly results: readonly PolicyResult[];
}

/** The result of evaluating a pack. */
export interface PolicyEvaluation {
    readonly outcomes: readonly PolicyOutcome[];
    /** Every result, in evaluation order. */
    readonly results: readonly PolicyResult[];
    readonly mandatoryViolations: number;
    readonly advisoryResults: number;
}

export interface EvaluateOptions {
    /** Pack-wide default level; the SDK's default is advisory. */
    readonly packEnforcementLevel?: EnforcementLevel;
    /** Policy-pack config, as given to `--policy-pack-config`. */
    readonly config?: PolicyPackConfig;
    readonly stackTags?: ReadonlyMap<string, string>;
    /** Skip resource policies or stack policies (the engine runs stack policies only after all resources). */
    readonly only?: "resource" | "stack";
}

/**
 * A deep copy made with this realm's constructors. `structuredClone` would do, except that under jest its
 * copies come from another realm, and `unknownCheckingProxy` only wraps values that are `instanceof Object`.
 */
function copy<T>(value: T): T {
    if (Array.isArray(value)) return value.map((v) => copy(v)) as unknown as T;
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
    }
    return value;
}

/** Thrown by the fake `notApplicable`, as the engine's is. */
class NotApplicableError extends Error {
    constructor(readonly reason?: string) {
        super(reason ?? "Policy does not apply");
    }
}

function throwNotApplicable(reason?: string): never {
    throw new NotApplicableError(reason);
}

/** True for a stack policy. */
export function isStackPolicy(policy: Policy): policy is StackValidationPolicy {
    return typeof (policy as StackValidationPolicy).validateStack === "function";
}

type ConfigEntry = PolicyPackConfig[string] | undefined;
const levelOf = (entry: ConfigEntry): EnforcementLevel | undefined =>
    typeof entry === "string" ? entry : entry?.enforcementLevel;

/** The level a policy runs at: its config, then the `all` config, then its own, then the pack's. */
export function effectiveEnforcementLevel(
    policy: Policy,
    packLevel: EnforcementLevel = "advisory",
    config: PolicyPackConfig = {},
): EnforcementLevel {
    return levelOf(config[policy.name]) ?? levelOf(config.all) ?? policy.enforcementLevel ?? packLevel;
}

/** What `getConfig()` returns: schema defaults, overridden by the policy's config, without `enforcementLevel`. */
export function policyConfig(policy: Policy, config: PolicyPackConfig = {}): Record<string, unknown> {
    const defaults: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
        const value = (schema as { default?: unknown }).default;
        if (value !== undefined) defaults[key] = copy(value);
    }
    const entry = config[policy.name];
    if (typeof entry !== "object" || entry === null) return defaults;
    const { enforcementLevel: _level, ...properties } = entry;
    return { ...defaults, ...properties };
}

/** `isType` as the engine implements it: by the class's `__pulumiType`, else its `isInstance`. */
function isTypeOf(type: string, resourceClass: unknown): boolean {
    const cls = resourceClass as { __pulumiType?: string; isInstance?: (o: unknown) => boolean };
    if (cls.__pulumiType) return cls.__pulumiType === type;
    return typeof cls.isInstance === "function" && cls.isInstance({ __pulumiType: type }) === true;
}

const defaultOptions = (opts: Partial<PolicyResourceOptions> = {}): PolicyResourceOptions => ({
    protect: opts.protect ?? false,
    ignoreChanges: opts.ignoreChanges ?? [],
    aliases: opts.aliases ?? [],
    customTimeouts: opts.customTimeouts ?? { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
    additionalSecretOutputs: opts.additionalSecretOutputs ?? [],
    ...(opts.deleteBeforeReplace !== undefined ? { deleteBeforeReplace: opts.deleteBeforeReplace } : {}),
    ...(opts.parent !== undefined ? { parent: opts.parent } : {}),
});

/**
 * A resource as both kinds of policy see it: `values` (inputs for resource policies, outputs for stack policies)
 * behind the engine's unknown-checking proxy, with its options as the engine fills them in.
 */
function policyView(
    target: PolicyTarget,
    values: Record<string, unknown>,
): Pick<PolicyResource, "type" | "props" | "urn" | "name" | "opts" | "isType"> {
    const props = unknownCheckingProxy(copy(values));
    return {
        type: target.type,
        props,
        urn: target.urn,
        name: target.name,
        opts: defaultOptions({ ...target.opts, parent: target.parent }),
        isType: (cls) => isTypeOf(target.type, cls),
    };
}

/** Resources the engine sends to resource policies: not the root stack, not provider resources. */
function analyzed(target: PolicyTarget): boolean {
    return target.type !== ROOT_STACK && !target.type.startsWith("pulumi:providers:");
}

/** The engine's `PolicyResource` graph for stack policies: outputs, parents and dependencies as objects. */
export function stackResources(targets: readonly PolicyTarget[]): PolicyResource[] {
    const byUrn = new Map<string, PolicyResource>();
    const resources = targets.map((t) => {
        const view = policyView(t, t.outputs);
        const resource: PolicyResource = {
            ...view,
            dependencies: [],
            propertyDependencies: {},
            asType: (cls) => (view.isType(cls) ? (view.props as never) : undefined),
        };
        byUrn.set(t.urn, resource);
        return resource;
    });
    targets.forEach((t, i) => {
        const resource = resources[i] as {
            parent?: PolicyResource;
            dependencies: PolicyResource[];
            propertyDependencies: Record<string, PolicyResource[]>;
        };
        if (t.parent && byUrn.has(t.parent)) resource.parent = byUrn.get(t.parent);
        resource.dependencies = t.dependencies
            .map((d) => byUrn.get(d))
            .filter((d): d is PolicyResource => d !== undefined);
        for (const [key, urns] of Object.entries(t.propertyDependencies ?? {})) {
            resource.propertyDependencies[key] = urns
                .map((d) => byUrn.get(d))
                .filter((d): d is PolicyResource => d !== undefined);
        }
    });
    return resources;
}

/** Runs one policy over `targets` as the engine would, collecting results and not-applicable reasons. */
export async function evaluatePolicy(
    policy: Policy,
    targets: readonly PolicyTarget[],
    options: EvaluateOptions = {},
): Promise<PolicyOutcome> {
    const level = effectiveEnforcementLevel(policy, options.packEnforcementLevel, options.config);
    const kind = isStackPolicy(policy) ? "stack" : "resource";
    const outcome = {
        policy: policy.name,
        level,
        kind: kind as PolicyOutcome["kind"],
        checked: [] as string[],
        notApplicable: [] as { urn?: string; reason?: string }[],
        results: [] as PolicyResult[],
    };
    if (level === "disabled" || (options.only !== undefined && options.only !== kind)) return outcome;
    const reported: ReportedLevel = level === "advisory" ? "advisory" : "mandatory";
    const config = policyConfig(policy, options.config);
    const stackTags = options.stackTags ?? new Map<string, string>();
    const getConfig = <T extends object>() => copy(config) as T;
    const report = (urn?: string) => (message: string, violationUrn?: string) =>
        outcome.results.push({
            policy: policy.name,
            level: reported,
            kind: "violation",
            message,
            urn: violationUrn ?? urn,
        });
    const handle = (e: unknown, urn?: string): void => {
        if (e instanceof UnknownValueError) {
            outcome.results.push({
                policy: policy.name,
                level: "advisory",
                kind: "unknown-during-preview",
                message: `can't run policy '${policy.name}' during preview: ${e.message}`,
                urn,
            });
        } else if (e instanceof NotApplicableError) {
            outcome.notApplicable.push({ urn, reason: e.reason });
        } else {
            throw new Error(
                `Error validating ${urn ?? "the stack"} with policy '${policy.name}': ${e instanceof Error ? e.message : String(e)}`,
                { cause: e },
            );
        }
    };

    if (isStackPolicy(policy)) {
        const args: StackValidationArgs = {
            resources: stackResources(targets),
            stackTags,
            getConfig,
            notApplicable: throwNotApplicable,
        };
        try {
            await Promise.resolve(policy.validateStack(args, report()));
            outcome.checked.push("stack");
        } catch (e) {
            handle(e);
        }
        return outcome;
    }

    const resourcePolicy = policy as ResourceValidationPolicy;
    if (!resourcePolicy.validateResource) {
        outcome.notApplicable.push({ reason: "Policy does not implement validateResource" });
        return outcome;
    }
    const validations: ResourceValidation[] = Array.isArray(resourcePolicy.validateResource)
        ? resourcePolicy.validateResource
        : [resourcePolicy.validateResource];
    const taggedType = !Array.isArray(resourcePolicy.validateResource)
        ? (resourcePolicy.validateResource as { __pulumiType?: string }).__pulumiType
        : undefined;
    for (const target of targets.filter(analyzed)) {
        if (taggedType !== undefined && taggedType !== target.type) {
            outcome.notApplicable.push({
                urn: target.urn,
                reason: `Policy only applies to resources of type '${taggedType}'`,
            });
            continue;
        }
        let applicable = true;
        for (const validate of validations) {
            const view = policyView(target, target.inputs);
            const args: ResourceValidationArgs = {
                ...view,
                asType: (cls) => (view.isType(cls) ? (view.props as never) : undefined),
                stackTags,
                getConfig,
                notApplicable: throwNotApplicable,
            };
            try {
                await Promise.resolve(validate(args, report(target.urn)));
            } catch (e) {
                if (e instanceof NotApplicableError) applicable = false;
                handle(e, target.urn);
            }
        }
        if (applicable) outcome.checked.push(target.urn);
    }
    return outcome;
}

/** Runs every policy: resource policies first, then stack policies, as `pulumi preview` does. */
export async function evaluatePolicies(
    policies: readonly Policy[],
    targets: readonly PolicyTarget[],
    options: EvaluateOptions = {},
): Promise<PolicyEvaluation> {
    const ordered = [...policies.filter((p) => !isStackPolicy(p)), ...policies.filter(isStackPolicy)];
    const outcomes: PolicyOutcome[] = [];
    for (const policy of ordered) {
        outcomes.push(await evaluatePolicy(policy, targets, options));
    }
    // Report in the pack's order, whatever order they ran in.
    outcomes.sort(
        (a, b) => policies.findIndex((p) => p.name === a.policy) - policies.findIndex((p) => p.name === b.policy),
    );
    const results = outcomes.flatMap((o) => o.results);
    return {
        outcomes,
        results,
        mandatoryViolations: results.filter((r) => r.level === "mandatory").length,
        advisoryResults: results.filter((r) => r.level === "advisory").length,
    };
}
