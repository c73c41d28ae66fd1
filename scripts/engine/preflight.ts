/**
 * What the real-CLI commands (`npm run test:engine`, `npm run bench:engine`, `npm run sandbox`) need before they
 * start, checked first so a missing piece is one line naming it and how to get it, not a scenario failing
 * half-way with "fetch failed". Node.js 24: the emulators reach the Auth0 tenant's name through a local proxy
 * with `http.setGlobalProxyFromEnv` and Node's env-proxy support, both Node.js 24's.
 *
 *   node -r ts-node/register/transpile-only scripts/engine/preflight.ts [--cli path|toolchain]
 */
import { execFileSync } from "child_process";
import * as path from "path";

export const MINIMUM_NODE_MAJOR = 24;

/** Where the Pulumi CLI comes from: the engine toolchain, or `pulumi` on PATH when there is one. */
export type CliSource = "toolchain" | "path";

const BUILD = path.resolve(__dirname, "build.sh");

/** The folder of the `pulumi` on PATH, or undefined. */
export function pulumiOnPath(): string | undefined {
    try {
        return path.dirname(execFileSync("bash", ["-c", "command -v pulumi"], { encoding: "utf8" }).trim());
    } catch {
        return undefined;
    }
}

/** The built toolchain's `bin`, or undefined when `npm run engine:build` has not run. */
export function toolchainBin(): string | undefined {
    try {
        return path.join(execFileSync("bash", [BUILD, "--dir"], { encoding: "utf8" }).trim(), "bin");
    } catch {
        return undefined;
    }
}

/**
 * The folder holding the `pulumi` to run, or a one-line problem: a Node.js older than 24, or no CLI.
 * `accept` says which CLIs will do: the engine suite pins the toolchain's; the sandbox takes `pulumi` on PATH first.
 */
export function engineReadiness(
    accept: readonly CliSource[],
    nodeVersion: string = process.versions.node,
    find: Record<CliSource, () => string | undefined> = { path: pulumiOnPath, toolchain: toolchainBin },
): { cliDir: string } | { problem: string } {
    const major = Number(nodeVersion.split(".")[0]);
    if (major < MINIMUM_NODE_MAJOR) {
        return {
            problem:
                `Node.js ${nodeVersion} is too old: the emulators need Node.js ${MINIMUM_NODE_MAJOR} or later ` +
                "(http.setGlobalProxyFromEnv); install it, or run `bash .ci/run`, which installs it from the npm registry.",
        };
    }
    for (const source of accept) {
        const dir = find[source]();
        if (dir !== undefined) return { cliDir: dir };
    }
    const ways = accept.map((source) =>
        source === "path"
            ? "install the Pulumi CLI (https://www.pulumi.com/docs/install/)"
            : "run `npm run engine:build` (builds it from the Go module proxy; needs Go 1.26)",
    );
    return { problem: `No Pulumi CLI: ${ways.join(", or ")}.` };
}

/** The CLI folder, or exits with the one-line problem. */
export function requireEngine(accept: readonly CliSource[]): string {
    const ready = engineReadiness(accept);
    if ("problem" in ready) {
        process.stderr.write(`${ready.problem}\n`);
        process.exit(1);
    }
    return ready.cliDir;
}

if (require.main === module) {
    requireEngine(["toolchain"]);
}
