/**
 * Reads a stack's outputs with the Pulumi CLI: `pulumi stack output --json --stack <stack>`.
 * Without `--show-secrets`, so secret outputs arrive as "[secret]" and never reach this process.
 */
import { execFile } from "child_process";

/** Stdout of `pulumi stack output --json --stack <stack>`; undefined when `pulumi` is not on PATH. */
export function pulumiStackOutput(stack: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
        execFile(
            "pulumi",
            ["stack", "output", "--json", "--stack", stack],
            { env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
            (error, stdout, stderr) => {
                if (error && (error as NodeJS.ErrnoException).code === "ENOENT") return resolve(undefined);
                if (error) {
                    const reason = stderr.trim().split("\n")[0] || error.message;
                    return reject(new Error(`pulumi stack output --stack ${stack} failed: ${reason}`));
                }
                resolve(stdout);
            },
        );
    });
}
