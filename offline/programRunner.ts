/**
 * Runs the stack's program in-process, with no Pulumi CLI, no provider plugins and no credentials.
 *
 * The program registers its resources against Pulumi's mock monitor (`pulumi.runtime.setMocks`), with the
 * stack file's configuration and placeholder values for secrets. Every registration is recorded with the
 * options the mocks themselves ignore (parent, dependencies, `protect`, `deleteBeforeReplace`,
 * `additionalSecretOutputs`, `ignoreChanges`, `import`), read from the registration request. The offline plan, the policy checks and
 * the program tests all build on this one runner.
 */
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { load as loadYaml } from "js-yaml";
import { PROJECT } from "../config/stackSettings";
import type { KonnectPreflightSpec } from "../konnect";
import type { EngineVersionCheck } from "../config/engineVersion";
import { listStacks } from "../config/stackFiles";
import { MissingStackConfigError, missingProjectKeys, ProjectDocument } from "../config/projectConfig";
import { mockCall, mockResourceState } from "./mockOutputs";

/** One resource as the program registered it. */
export interface RegisteredResource {
    readonly urn: string;
    /** The id the provider (here, the mocks) gave a custom resource; empty for components. */
    readonly id: string;
    readonly type: string;
    readonly name: string;
    /** False for component resources (and the root stack). */
    readonly custom: boolean;
    /** The parent's URN; undefined only for the root stack. */
    readonly parent?: string;
    /** URNs this resource depends on: explicit `dependsOn` and those implied by its inputs. */
    readonly dependencies: string[];
    /** Inputs as registered; secret values are still wrapped (see {@link isSecretValue}). */
    readonly inputs: Record<string, unknown>;
    /** The state the mocks answered with (stands in for the provider's outputs). */
    readonly outputs: Record<string, unknown>;
    readonly options: {
        readonly protect: boolean;
        readonly deleteBeforeReplace: boolean;
        readonly additionalSecretOutputs: string[];
        readonly ignoreChanges: string[];
        /** The `import` option: the id of an existing object the engine takes over instead of creating one. */
        readonly importId?: string;
    };
}

/** The result of one offline run. */
export interface ProgramRun {
    readonly stack: string;
    /** Every registration, in the order the program made them. */
    readonly resources: RegisteredResource[];
    /** The stack outputs, secrets unwrapped. */
    readonly outputs: Record<string, unknown>;
    /** Names of the stack outputs that are secret. */
    readonly secretOutputNames: string[];
    /** The placeholder secret values supplied for the run, by config key (to prove none leaks). */
    readonly placeholderSecrets: Record<string, string>;
}

export interface RunProgramOptions {
    /** Stack name; its `Pulumi.<stack>.yaml` supplies the configuration. */
    readonly stack: string;
    /**
     * Configuration values to set or replace, by full key (`konnect-auth0-dcr:portalAudience`), as the CLI hands
     * them to the program: a list setting as JSON text, e.g. `["9f5061ce-78f6-4452-9108-ad7c02821fd5"]`.
     */
    readonly configOverrides?: Record<string, string>;
    /** Configuration keys to remove from the stack file's values. */
    readonly removeConfig?: string[];
    /** What the program reads of Konnect before it registers anything; by default nothing (there is no Konnect). */
    readonly konnectPreflight?: (spec: KonnectPreflightSpec) => Promise<void>;
    /** The engine's version check the program makes first; by default the mocks' (which always passes). */
    readonly engineVersionCheck?: EngineVersionCheck;
    /** Project root holding `Pulumi.yaml` and the stack files; defaults to this repository. */
    readonly projectRoot?: string;
    /** Environment the program sees, over placeholder credentials (KONNECT_TOKEN, AUTH0_CLIENT_SECRET); nothing from the shell. */
    readonly env?: Record<string, string | undefined>;
    /**
     * Run as a preview in which every Konnect object is planned as an in-place update (id known, computed
     * outputs unknown). Stack outputs are then not collected: unknown values never resolve.
     */
    readonly previewKonnectUpdates?: boolean;
}

const SECRET_SIG = pulumi.runtime.specialSigKey;
const SECRET_VALUE = pulumi.runtime.specialSecretSig;

/** True for a value the Pulumi runtime carries as a secret. */
export function isSecretValue(value: unknown): boolean {
    return (
        typeof value === "object" && value !== null && (value as Record<string, unknown>)[SECRET_SIG] === SECRET_VALUE
    );
}

/** Replaces every secret wrapper by its value: what the policy engine and the providers see. */
export function unwrapSecrets<T>(value: T): T {
    if (isSecretValue(value)) {
        return unwrapSecrets((value as unknown as { value: T }).value);
    }
    if (Array.isArray(value)) {
        return value.map((v) => unwrapSecrets(v)) as unknown as T;
    }
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapSecrets(v)])) as T;
    }
    return value;
}

/** The stack's configuration as the engine would hand it to the program, with placeholders for secrets. */
export function offlineStackConfig(options: RunProgramOptions): {
    config: Record<string, string>;
    secretKeys: string[];
    placeholders: Record<string, string>;
} {
    const root = options.projectRoot ?? path.resolve(__dirname, "..");
    const project = loadYaml(fs.readFileSync(path.join(root, "Pulumi.yaml"), "utf8")) as {
        config?: Record<string, { default?: unknown; secret?: boolean } | unknown>;
    };
    const stackFile = path.join(root, `Pulumi.${options.stack}.yaml`);
    if (!fs.existsSync(stackFile)) {
        throw new Error(
            `No stack file ${path.basename(stackFile)} in ${root}: expected one of ${listStacks(root).join(", ") || "(none)"}`,
        );
    }
    const stackConfig =
        ((loadYaml(fs.readFileSync(stackFile, "utf8")) ?? {}) as { config?: Record<string, unknown> }).config ?? {};
    // The CLI's own check comes first: a stack it would refuse never reaches the program there either.
    const missing = missingProjectKeys(project as ProjectDocument, { config: stackConfig }, [
        ...Object.keys(options.configOverrides ?? {}),
    ]);
    if (missing.length > 0) throw new MissingStackConfigError(options.stack, missing);

    const config: Record<string, string> = {};
    const secretKeys: string[] = [];
    const placeholders: Record<string, string> = {};
    const placeholder = (key: string) => {
        placeholders[key] = `offline-placeholder-${key.replace(/[^a-zA-Z0-9]+/g, "-")}-0f3c9a`;
        secretKeys.push(key);
        return placeholders[key];
    };

    // Project defaults first, as the engine applies them; stack values win. Each reaches the program as the CLI
    // hands it: text as it is, anything else (a list such as `konnectApiIds`, a boolean) as JSON text.
    for (const [key, declaration] of Object.entries(project.config ?? {})) {
        const full = key.includes(":") ? key : `${PROJECT}:${key}`;
        const decl = (declaration ?? {}) as { default?: unknown; secret?: boolean };
        if (decl.default !== undefined) config[full] = asProgramSees(decl.default);
        if (decl.secret) config[full] = placeholder(full);
    }
    for (const [key, value] of Object.entries(stackConfig)) {
        if (typeof value === "object" && value !== null && "secure" in value) {
            config[key] = placeholder(key);
        } else {
            config[key] = asProgramSees(value);
        }
    }

    for (const key of options.removeConfig ?? []) {
        delete config[key];
        const index = secretKeys.indexOf(key);
        if (index >= 0) secretKeys.splice(index, 1);
        delete placeholders[key];
    }
    Object.assign(config, options.configOverrides ?? {});
    return { config, secretKeys, placeholders };
}

/**
 * A configuration value as the Pulumi CLI hands it to the program: a string as it is; a YAML list (a
 * `type: array` setting), an object, a number or a boolean as JSON text, e.g. `["a","b"]`, `true`.
 */
function asProgramSees(value: unknown): string {
    return typeof value === "string" ? value : JSON.stringify(value);
}

/** How the mocks answer, beyond the defaults of `mockOutputs.ts`. */
export interface MockOptions {
    /** See {@link RunProgramOptions.previewKonnectUpdates}. */
    readonly previewKonnectUpdates?: boolean;
    /** Answers provider functions (invokes) instead of `mockCall`, e.g. to make a lookup fail as the provider would. */
    readonly call?: (token: string, inputs: Record<string, any>) => Record<string, unknown>;
}

/** Records every registration made after {@link installRecordingMocks}, with its options. */
export interface RegistrationRecorder {
    /** The registrations so far, in the order they were made. */
    resources(): RegisteredResource[];
}

/**
 * Installs Pulumi's mocks (answering with {@link mockResourceState}) for `project`/`stack` with the given
 * configuration, and records each registration together with the options the mock monitor ignores.
 */
export async function installRecordingMocks(
    stack: string,
    config: Record<string, string> = {},
    secretKeys: string[] = [],
    options: MockOptions = {},
): Promise<RegistrationRecorder> {
    const records: RegisteredResource[] = [];
    const preview = options.previewKonnectUpdates ?? false;
    pulumi.runtime.setAllConfig(config, secretKeys);
    await pulumi.runtime.setMocks(
        {
            // An imported resource keeps the id it was imported with, as the engine's import step reads it.
            newResource: (args) =>
                mockResourceState(
                    args.type,
                    args.name,
                    args.inputs,
                    args.custom ?? true,
                    args.id || undefined,
                    preview,
                ),
            call: (args) => (options.call ?? mockCall)(args.token, args.inputs),
        },
        PROJECT,
        stack,
        preview,
        // The organization a self-managed (file) backend reports, as `pulumi up` there does.
        "organization",
    );

    // The mock monitor answers every registration; wrapping it reads the options it ignores.
    const monitor = pulumi.runtime.getMonitor() as unknown as {
        registerResource(req: RegisterRequest, cb: (err: unknown, resp?: RegisterResponse) => void): void;
    };
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, cb) => {
        register(req, (err, resp) => {
            if (!err && resp) {
                records.push({
                    urn: resp.getUrn(),
                    id: resp.getId(),
                    type: req.getType(),
                    name: req.getName(),
                    custom: req.getCustom(),
                    parent: req.getParent() || undefined,
                    dependencies: req.getDependenciesList(),
                    inputs: pulumi.runtime.deserializeProperties(req.getObject()),
                    outputs: pulumi.runtime.deserializeProperties(resp.getObject()),
                    options: {
                        protect: req.getProtect() ?? false,
                        deleteBeforeReplace: req.getDeletebeforereplace(),
                        additionalSecretOutputs: [...new Set(req.getAdditionalsecretoutputsList())],
                        ignoreChanges: req.getIgnorechangesList(),
                        importId: req.getImportid() || undefined,
                    },
                });
            }
            cb(err, resp);
        });
    };
    return { resources: () => [...records] };
}

/**
 * Runs the program for `options.stack` under mocks and returns what it registered and exported.
 * A configuration error is thrown as the program throws it (a `StackConfigError`), before any registration.
 */
export async function runProgramOffline(options: RunProgramOptions): Promise<ProgramRun> {
    const { config, secretKeys, placeholders } = offlineStackConfig(options);
    const recorder = await installRecordingMocks(options.stack, config, secretKeys, {
        previewKonnectUpdates: options.previewKonnectUpdates,
    });

    // The run's credentials, as every real deploy has them in its environment: placeholders, scanned for leaks.
    const credentials: Record<string, string> = {};
    for (const name of CREDENTIAL_VARIABLES) {
        credentials[name] = placeholders[name] = `offline-placeholder-${name}-0f3c9a`;
    }
    const previousEnv = overrideEnv({ ...credentials, ...(options.env ?? {}) });
    let exported: Record<string, pulumi.Output<unknown>> = {};
    try {
        // Loaded here, after the mocks: the program reads configuration when it runs.
        const { konnectAuth0DcrProgram } = await import("../program");
        let failure: unknown;
        await pulumi.runtime.runInPulumiStack(async () => {
            // Caught here rather than rejected: a rejected stack body also fails the root stack's outputs,
            // which would surface as a second, unhandled error.
            try {
                exported = (await konnectAuth0DcrProgram({
                    // Under mocks there is no Konnect to read, unless a test hands a preflight of its own.
                    konnectPreflight: options.konnectPreflight ?? (async () => undefined),
                    engineVersionCheck: options.engineVersionCheck,
                })) as unknown as Record<string, pulumi.Output<unknown>>;
            } catch (error) {
                failure = error;
            }
            return exported;
        });
        if (failure !== undefined) {
            await pulumi.runtime.disconnect();
            throw failure;
        }
    } finally {
        restoreEnv(previousEnv);
    }

    const outputs: Record<string, unknown> = {};
    const secretOutputNames: string[] = [];
    for (const [name, value] of Object.entries(options.previewKonnectUpdates ? {} : exported)) {
        outputs[name] = await valueOf(value);
        if (await pulumi.isSecret(value)) secretOutputNames.push(name);
    }
    await pulumi.runtime.disconnect();
    return {
        stack: options.stack,
        resources: recorder.resources(),
        outputs,
        secretOutputNames,
        placeholderSecrets: placeholders,
    };
}

function valueOf<T>(output: pulumi.Output<T> | T): Promise<T> {
    return pulumi.Output.isInstance(output)
        ? new Promise<T>((resolve) => (output as pulumi.Output<T>).apply(resolve))
        : Promise.resolve(output as T);
}

/** The credentials a real run finds in its environment (README, "Supplying secrets"). */
const CREDENTIAL_VARIABLES = ["KONNECT_TOKEN", "AUTH0_CLIENT_SECRET"];
const ENV_KEYS = ["AUTH0_DOMAIN", "KONNECT_TOKEN", "KONNECT_SPAT", "KONNECT_SERVER_URL", "AUTH0_CLIENT_SECRET"];

/** The program's environment fallbacks come only from `env`, never from the caller's shell. */
function overrideEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
    const previous: Record<string, string | undefined> = {};
    for (const key of ENV_KEYS) {
        previous[key] = process.env[key];
        if (env[key] === undefined) delete process.env[key];
        else process.env[key] = env[key];
    }
    return previous;
}

function restoreEnv(previous: Record<string, string | undefined>): void {
    for (const [key, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
}

/** The parts of the registration request and response the runner reads (protobuf getters). */
interface RegisterRequest {
    getType(): string;
    getName(): string;
    getCustom(): boolean;
    getParent(): string;
    getObject(): Parameters<typeof pulumi.runtime.deserializeProperties>[0];
    getDependenciesList(): string[];
    getProtect(): boolean | undefined;
    getDeletebeforereplace(): boolean;
    getAdditionalsecretoutputsList(): string[];
    getIgnorechangesList(): string[];
    getImportid(): string;
}
interface RegisterResponse {
    getUrn(): string;
    getId(): string;
    getObject(): Parameters<typeof pulumi.runtime.deserializeProperties>[0];
}
