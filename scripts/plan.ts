/**
 * `npm run plan [-- --stack prod]`: the stack's plan without the Pulumi CLI, credentials or network.
 *
 * Runs the program in-process under Pulumi's mocks with the stack file's configuration, then prints the
 * resource tree, the inputs worth reviewing (secrets masked), the stack outputs, the policy pack's
 * results with the stack's policy config, and secret checks only an offline run can make.
 *
 * Exit codes: 0 plan is clean; 1 a mandatory policy violation or a secret in plaintext; 2 a configuration
 * or usage error (printed like a real run prints it, without a stack trace).
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "node:util";
import { MissingStackConfigError } from "../config/projectConfig";
import { StackConfigError } from "../config/stackSettings";
import { OFFLINE_ADMIN_CLIENT_SECRET, OFFLINE_GENERATED_CLIENT_SECRET } from "../offline/mockOutputs";
import { listStacks } from "../config/stackFiles";
import { isSecretValue, runProgramOffline, unwrapSecrets } from "../offline/programRunner";
import type { PolicyPackConfig } from "../policies/lib/policySdk";
import { policyConfigFile } from "./policyConfig";
import { evaluatePolicies, targetsFromRun } from "./planPolicies";
import {
    dependencyOrderedTree,
    importedResources,
    renderInputs,
    renderOutputs,
    renderPolicies,
    renderSecretChecks,
    renderTree,
} from "./planReport";
import { findSecretLeaks } from "./planSecrets";

const ROOT = path.resolve(__dirname, "..");

/** What to plan. */
export interface PlanOptions {
    readonly stack: string;
    /** `key=value` settings that replace the stack file's, as `pulumi preview --config` does. */
    readonly configOverrides?: Record<string, string>;
    /** Policy-pack config file; defaults to `policies/config/<stack>.json`, else `policies/config/default.json`. */
    readonly policyConfigPath?: string;
    /** Project root with `Pulumi.yaml` and the stack files. */
    readonly projectRoot?: string;
}

/** Where the plan writes. */
export interface PlanIo {
    out(line: string): void;
    err(line: string): void;
}

/** Thrown for a bad command line; printed without a stack trace. */
export class PlanUsageError extends Error {}

export const USAGE = [
    "Usage: npm run plan -- [--stack <name>] [--config <key>=<value>]... [--policy-config <file>]",
    "  --stack, -s       stack to plan (a Pulumi.<name>.yaml file); default dev",
    "  --config, -c      replace one configuration value for this plan, e.g. -c konnect-auth0-dcr:developerManagedScopes=true;",
    `                    a list as the JSON the CLI hands the program, e.g. -c 'konnectApiIds=["9f5061ce-78f6-4452-9108-ad7c02821fd5"]'`,
    "  --policy-config   policy-pack config file; default policies/config/<stack>.json, else policies/config/default.json",
].join("\n");

/** Parses the command line (`argv` without node and the script) with `node:util`'s `parseArgs`. */
export function parsePlanArgs(argv: readonly string[]): PlanOptions & { help: boolean } {
    const options = {
        stack: { type: "string", short: "s" },
        config: { type: "string", short: "c", multiple: true },
        "policy-config": { type: "string" },
        help: { type: "boolean", short: "h" },
    } as const;
    // Not strict: the errors below name the argument as given, in the plan's own words.
    const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
    let stack = "dev";
    let policyConfigPath: string | undefined;
    let help = false;
    const configOverrides: Record<string, string> = {};
    for (const token of tokens ?? []) {
        if (token.kind !== "option" || !(token.name in options)) {
            const given = token.kind === "option" ? token.rawName : token.kind === "positional" ? token.value : "--";
            throw new PlanUsageError(`Unknown argument ${JSON.stringify(given)}`);
        }
        if (token.name === "help") {
            help = true;
            continue;
        }
        const value = token.value;
        if (value === undefined || value === "") throw new PlanUsageError(`${token.rawName} needs a value`);
        if (token.name === "stack") stack = value;
        else if (token.name === "policy-config") policyConfigPath = value;
        else {
            const eq = value.indexOf("=");
            if (eq <= 0) throw new PlanUsageError(`--config expects <key>=<value>, got ${JSON.stringify(value)}`);
            const key = value.slice(0, eq);
            configOverrides[key.includes(":") ? key : `konnect-auth0-dcr:${key}`] = value.slice(eq + 1);
        }
    }
    return { stack, configOverrides, policyConfigPath, help };
}

/** Runs the plan, writing to `io`; resolves to the exit code. */
export async function runPlan(options: PlanOptions, io: PlanIo): Promise<number> {
    const started = Date.now();
    const root = options.projectRoot ?? ROOT;
    if (!fs.existsSync(path.join(root, `Pulumi.${options.stack}.yaml`))) {
        io.err(
            `error: no stack file Pulumi.${options.stack}.yaml; the stacks are: ${listStacks(root).join(", ") || "(none)"}`,
        );
        return 2;
    }
    const configPath = options.policyConfigPath ?? policyConfigFile(options.stack, root);
    let policyConfig: PolicyPackConfig;
    try {
        policyConfig = JSON.parse(fs.readFileSync(configPath, "utf8")) as PolicyPackConfig;
    } catch (e) {
        io.err(`error: cannot read the policy-pack config ${path.relative(root, configPath)}: ${(e as Error).message}`);
        return 2;
    }

    let run: Awaited<ReturnType<typeof runProgramOffline>>;
    try {
        run = await runProgramOffline({
            stack: options.stack,
            configOverrides: options.configOverrides,
            projectRoot: root,
        });
    } catch (e) {
        if (
            e instanceof StackConfigError ||
            e instanceof MissingStackConfigError ||
            (e as Error)?.name === "StackConfigError"
        ) {
            io.err(`error: ${(e as Error).message}`);
            return 2;
        }
        throw e;
    }

    // Loaded after the run, so a plan that stops on a configuration error never loads the pack.
    const { POLICY_PACK_NAME, policies } = await import("../policies/pack");
    const packVersion = (
        JSON.parse(fs.readFileSync(path.join(ROOT, "policies", "package.json"), "utf8")) as { version: string }
    ).version;
    const evaluation = await evaluatePolicies(policies, targetsFromRun(run, unwrapSecrets), {
        config: policyConfig,
        packEnforcementLevel: "advisory",
    });
    const secrets: Record<string, string> = {
        ...run.placeholderSecrets,
        "dcr-admin client secret": OFFLINE_ADMIN_CLIENT_SECRET,
        "generated dcr-admin client secret": OFFLINE_GENERATED_CLIENT_SECRET,
    };
    const leaks = findSecretLeaks(run, secrets, isSecretValue);
    const nameOf = (urn?: string) => {
        const resource = run.resources.find((r) => r.urn === urn);
        return resource ? `${resource.type} "${resource.name}"` : "stack";
    };

    const custom = run.resources.filter((r) => r.custom).length;
    io.out(`Previewing update (${options.stack}) offline: no Pulumi CLI, no credentials; provider outputs are mocked.`);
    io.out("");
    const tree = dependencyOrderedTree(run.resources);
    for (const line of renderTree(tree)) io.out(line);
    io.out("");
    io.out("Inputs to review (secrets shown as [secret]):");
    for (const line of renderInputs(tree, isSecretValue)) io.out(line);
    io.out("");
    io.out("Outputs:");
    for (const line of renderOutputs(run.outputs, run.secretOutputNames, isSecretValue)) io.out(line);
    io.out("");
    io.out(`Policies: ${POLICY_PACK_NAME}@v${packVersion}, config ${path.relative(root, configPath)}`);
    for (const line of renderPolicies(evaluation, nameOf)) io.out(line);
    io.out("");
    io.out("Offline secret checks:");
    for (const line of renderSecretChecks(leaks, Object.keys(secrets), run.secretOutputNames, (urn) => nameOf(urn)))
        io.out(line);
    io.out("");
    const imported = importedResources(run.resources).length;
    io.out(
        imported > 0
            ? `Resources: ${imported} to import, ${run.resources.length - imported} to create (${custom} provider resources, ${run.resources.length - custom} components and the stack)`
            : `Resources: ${run.resources.length} to create (${custom} provider resources, ${run.resources.length - custom} components and the stack)`,
    );
    io.out(
        `Policy results: ${evaluation.mandatoryViolations} mandatory, ${evaluation.advisoryResults} advisory; ` +
            `secret leaks: ${leaks.length}. Duration: ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    return evaluation.mandatoryViolations > 0 || leaks.length > 0 ? 1 : 0;
}

/** The command-line entry point. */
export async function main(argv: readonly string[], io: PlanIo): Promise<number> {
    let options: ReturnType<typeof parsePlanArgs>;
    try {
        options = parsePlanArgs(argv);
    } catch (e) {
        if (!(e instanceof PlanUsageError)) throw e;
        io.err(`error: ${e.message}`);
        io.err(USAGE);
        return 2;
    }
    if (options.help) {
        io.out(USAGE);
        return 0;
    }
    return runPlan(options, io);
}

if (require.main === module) {
    // The SDK records a stack on every promise it makes (`new Error().stack`); mapping each through ts-node's source
    // maps took a quarter of the plan's time. V8's own formatting keeps the frames (lines of the transpiled code).
    delete (Error as { prepareStackTrace?: unknown }).prepareStackTrace;
    const io: PlanIo = {
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
    };
    main(process.argv.slice(2), io).then(
        (code) => {
            process.exitCode = code;
        },
        (e: unknown) => {
            io.err(`error: the offline plan failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
            process.exitCode = 1;
        },
    );
}
