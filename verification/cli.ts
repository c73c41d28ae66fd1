/**
 * Post-deploy verification, run by the stack's `local.Command` after the DCR settings change
 * (`node -r ts-node/register/transpile-only verification/cli.ts`). Settings come from the environment:
 *
 * - `DCR_VERIFY_SERVER_URL`, `DCR_VERIFY_PROVIDER_ID`, `DCR_VERIFY_PROVIDER_NAME`, `DCR_VERIFY_ISSUER`;
 * - the Konnect token from `KONNECT_TOKEN` or `KONNECT_SPAT`: the runner's own environment, or the
 *   Command's secret `environment` entry when the token is stack configuration. Never the command line.
 *
 * Prints one line per check and exits 1 when a check failed, with what to fix; prints no secret.
 */
import { createKonnectClient, redactSecrets, resolveKonnectToken } from "../konnect";
import { formatResults, runPostDeployChecks } from "./postDeployChecks";

/** Runs the checks for `env`; returns the process exit code and writes the report to `out`. */
export async function verifyFromEnvironment(env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<number> {
    const missing = ["DCR_VERIFY_SERVER_URL", "DCR_VERIFY_PROVIDER_ID", "DCR_VERIFY_ISSUER"].filter((k) => !env[k]);
    if (missing.length > 0) {
        out(`post-deploy verification: missing ${missing.join(", ")} in the environment`);
        return 2;
    }
    let token: ReturnType<typeof resolveKonnectToken>;
    try {
        token = resolveKonnectToken(env);
    } catch (error) {
        out(`post-deploy verification: ${(error as Error).message}`);
        return 2;
    }
    const client = createKonnectClient({
        serverUrl: env.DCR_VERIFY_SERVER_URL!,
        token: token.token,
        tokenSource: token.source,
    });
    const results = await runPostDeployChecks({
        dcrProviderId: env.DCR_VERIFY_PROVIDER_ID!,
        issuer: env.DCR_VERIFY_ISSUER!,
        verifyDcrProvider: (id) => client.dcrProviders.verify(id, env.DCR_VERIFY_PROVIDER_NAME ?? id),
    });
    // Konnect's messages are already scrubbed; this guards the report as a whole.
    out(redactSecrets(formatResults(results), [token.token]));
    return results.every((r) => r.ok) ? 0 : 1;
}

if (require.main === module) {
    verifyFromEnvironment(process.env, (line) => console.log(line)).then(
        (code) => process.exit(code),
        (error: Error) => {
            console.log(`post-deploy verification failed unexpectedly: ${error.message}`);
            process.exit(1);
        },
    );
}
