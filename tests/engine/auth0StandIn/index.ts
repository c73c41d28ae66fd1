/**
 * The Auth0 stand-in plugin (a TEST DOUBLE of `pulumi-resource-auth0`, see provider.ts) for the engine suite and
 * the local sandbox: where its launcher is, the plugin version the `@pulumi/auth0` SDK asks for, and how to put it
 * into a test PULUMI_HOME. Never install it for a real deploy.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** The executable wrapper (`pulumi-resource-auth0`) that starts provider.ts with the node on PATH. */
export const AUTH0_STAND_IN_PLUGIN = path.join(__dirname, "pulumi-resource-auth0");

/** The plugin version `@pulumi/auth0` asks the engine for (its package.json's `pulumi.version`). */
export const AUTH0_PLUGIN_VERSION: string = JSON.parse(
    fs.readFileSync(require.resolve("@pulumi/auth0/package.json"), "utf8"),
).pulumi.version;

/**
 * Installs the stand-in as resource plugin auth0 `AUTH0_PLUGIN_VERSION` into `pulumiHome`, with
 * `pulumi plugin install resource auth0 <version> --file <launcher>` (no registry is asked).
 *
 * The CLI copies the file it is given into `<PULUMI_HOME>/plugins/resource-auth0-v<version>/`, so the copy could
 * not find provider.ts beside itself: what is installed is a two-line launcher that execs the wrapper in this
 * directory by its absolute path. `pulumi` is taken from `env.PATH`; `env` is also what the CLI runs with
 * (PULUMI_HOME is set to `pulumiHome`). Answers the installed executable's path.
 *
 * The plugin, once the engine starts it, needs from the CLI's environment: `node` (24, for
 * `NODE_USE_ENV_PROXY`) on PATH, the tenant's credentials as provider config (`auth0:domain`, `auth0:clientId`,
 * `auth0:clientSecret`) or as AUTH0_DOMAIN / AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET, and the emulator's `env`
 * (HTTPS_PROXY, NODE_USE_ENV_PROXY, NODE_EXTRA_CA_CERTS) to reach it.
 */
export async function installAuth0StandIn(pulumiHome: string, env: NodeJS.ProcessEnv): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "auth0-stand-in-"));
    try {
        const launcher = path.join(dir, "pulumi-resource-auth0");
        fs.writeFileSync(
            launcher,
            "#!/usr/bin/env bash\n" +
                "# TEST DOUBLE of the Pulumi Auth0 provider (engine suite, local sandbox): never for a real deploy.\n" +
                `exec ${shellQuote(AUTH0_STAND_IN_PLUGIN)} "$@"\n`,
            { mode: 0o755 },
        );
        await new Promise<void>((resolve, reject) => {
            execFile(
                "pulumi",
                ["plugin", "install", "resource", "auth0", AUTH0_PLUGIN_VERSION, "--file", launcher],
                { env: { ...env, PULUMI_HOME: pulumiHome }, timeout: 60000 },
                (error, stdout, stderr) =>
                    error
                        ? reject(new Error(`pulumi plugin install resource auth0 failed: ${stdout}${stderr}`))
                        : resolve(),
            );
        });
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
    const installed = path.join(
        pulumiHome,
        "plugins",
        `resource-auth0-v${AUTH0_PLUGIN_VERSION}`,
        "pulumi-resource-auth0",
    );
    if (!fs.existsSync(installed)) {
        throw new Error(`pulumi plugin install reported success but ${installed} does not exist`);
    }
    return installed;
}

function shellQuote(value: string): string {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
