/**
 * The one rule for which policy-pack config file a stack uses: `policies/config/<stack>.json` when it
 * exists, else `policies/config/default.json`. The offline plan and the workflows (`preview.yml`,
 * `pulumi-up.yml`, which run this file) all ask here.
 *
 * `node -r ts-node/register/transpile-only scripts/policyConfig.ts <stack>` prints the file, relative to the
 * project root.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");

/** The policy-pack config file for a stack (an absolute path). */
export function policyConfigFile(stack: string, root: string = ROOT): string {
    const own = path.join(root, "policies", "config", `${stack}.json`);
    return fs.existsSync(own) ? own : path.join(root, "policies", "config", "default.json");
}

if (require.main === module) {
    const stack = process.argv[2];
    if (!stack || !/^[\w.-]+$/.test(stack)) {
        process.stderr.write(`usage: scripts/policyConfig.ts <stack>; got ${JSON.stringify(stack ?? "")}\n`);
        process.exitCode = 2;
    } else {
        process.stdout.write(`${path.relative(ROOT, policyConfigFile(stack))}\n`);
    }
}
