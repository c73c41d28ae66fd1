/**
 * `npm run smoke`: reads settings and stack outputs, checks them all before any request, prints the
 * header, runs the smoke test and returns the exit code (see `EXIT_CODES`). Everything it touches is
 * passed in, so tests call `runCli` in-process.
 */
import { loadStackOutputs, OutputsIo, OutputSources } from "./outputs";
import { Redactor } from "./redact";
import { OutputStream } from "./report";
import { EXIT_CODES, runSmoke, SmokeDeps } from "./run";
import {
    DEVELOPER_PASSWORD_ENV,
    parseSmokeSettings,
    SmokeSettings,
    SmokeUsageError,
    usageText,
    wantsHelp,
} from "./settings";

/** The run's side effects plus where usage errors go and how stack outputs are read. */
export interface CliDeps extends SmokeDeps, OutputsIo {
    readonly err: OutputStream;
}

/** Runs the smoke test for `argv` (without `node` and the script) and resolves with the exit code. */
export async function runCli(
    argv: readonly string[],
    env: Readonly<Record<string, string | undefined>>,
    deps: CliDeps,
): Promise<number> {
    // Built first, so that even an unexpected error cannot print the password.
    const redactor = new Redactor([env[DEVELOPER_PASSWORD_ENV] ?? ""]);
    const fail = (code: number, message: string) => {
        deps.err.write(`${redactor.redact(message)}\n`);
        return code;
    };
    try {
        if (wantsHelp(argv)) {
            deps.out.write(`${usageText()}\n`);
            return EXIT_CODES.ok;
        }
        let settings: SmokeSettings;
        try {
            settings = parseSmokeSettings(argv, env);
        } catch (error) {
            if (error instanceof SmokeUsageError)
                return fail(EXIT_CODES.badInput, `smoke: ${error.message}\nRun with --help for usage.`);
            throw error;
        }
        let loaded: Awaited<ReturnType<typeof loadStackOutputs>>;
        try {
            loaded = await loadStackOutputs(settings, env, deps);
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return fail(EXIT_CODES.badInput, `smoke: cannot use the stack outputs. ${message}`);
        }
        const { outputs, sources } = loaded;
        deps.out.write(
            redactor.redact(
                [
                    `smoke: stack ${settings.stack ?? "(none)"}, portal ${outputs.konnectPortalUrl}${outputs.konnectPortalId ? ` (${outputs.konnectPortalId})` : ""}, issuer ${outputs.issuer}`,
                    `smoke: outputs from ${describeSources(sources)}; route ${settings.routeUrl}; api ${settings.apiId ?? "(none)"}; checks ${settings.authChecks.join(", ")}`,
                ].join("\n") + "\n",
            ),
        );
        const result = await runSmoke(settings, outputs, deps, redactor);
        return result.exitCode;
    } catch (error) {
        return fail(
            EXIT_CODES.checkFailed,
            `smoke: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
        );
    }
}

/** `stack dev` or `stack dev, issuer from environment`: the main source, then the exceptions. */
function describeSources(sources: OutputSources): string {
    const counts = new Map<string, number>();
    for (const source of Object.values(sources)) counts.set(source!, (counts.get(source!) ?? 0) + 1);
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "nowhere";
    const others = Object.entries(sources)
        .filter(([, source]) => source !== main)
        .map(([name, source]) => `${name} from ${source}`);
    return [main, ...others].join(", ");
}
