/**
 * `npm run drift:read-only -- --stack <stack>`: prepares a checkout's `Pulumi.<stack>.yaml` for a run with
 * read-only credentials (the drift workflow), so only those credentials can be used:
 *
 * - drops the Pulumi ESC imports (`environment:`): they hold the deploy credentials, which the read-only
 *   Pulumi token must not be able to open, and their `pulumiConfig` would win over environment variables;
 * - drops the credential settings (`auth0:clientId`, `auth0:clientSecret`, `konnect-auth0-dcr:konnectToken`),
 *   which would also win, so the Auth0 provider reads `AUTH0_CLIENT_ID` / `AUTH0_CLIENT_SECRET` and the Konnect
 *   providers `KONNECT_TOKEN` from the job's environment.
 *
 * Everything else (domain, audience, portal, names) stays as the stack file says, so the preview declares
 * exactly what a deploy would. Only the checkout's copy changes; nothing is committed.
 */
import * as fs from "fs";
import * as path from "path";
// `yaml`, not the js-yaml the rest of the project reads YAML with: only its document model keeps comments and order.
import { parseDocument } from "yaml";

/** Settings that carry credentials; the read-only run takes them from its environment instead. */
export const CREDENTIAL_KEYS = ["auth0:clientId", "auth0:clientSecret", "konnect-auth0-dcr:konnectToken"] as const;

/** What was removed, for the job log (names only, never values). */
export interface ReadOnlyChanges {
    readonly environments: string[];
    readonly keys: string[];
}

/** The stack file's text without ESC imports and credential settings; comments and order are kept. */
export function readOnlyStackFile(text: string): { text: string; removed: ReadOnlyChanges } {
    const doc = parseDocument(text);
    const environments = doc.get("environment");
    const imported: string[] = [];
    if (environments !== undefined) {
        const list = (environments as { toJSON(): unknown }).toJSON?.() ?? environments;
        if (Array.isArray(list)) imported.push(...list.map(String));
        else if (typeof list === "string") imported.push(list);
        else if (list && typeof list === "object" && Array.isArray((list as { imports?: unknown }).imports)) {
            imported.push(...(list as { imports: unknown[] }).imports.map(String));
        }
        doc.delete("environment");
    }
    const keys: string[] = [];
    for (const key of CREDENTIAL_KEYS) {
        if (doc.hasIn(["config", key])) {
            doc.deleteIn(["config", key]);
            keys.push(key);
        }
    }
    return { text: doc.toString(), removed: { environments: imported, keys } };
}

/** The command line: rewrites `Pulumi.<stack>.yaml` in `root` and prints what it removed. */
export function main(
    argv: readonly string[],
    io: { out(t: string): void; err(t: string): void },
    root: string = process.cwd(),
): number {
    const index = argv.findIndex((a) => a === "--stack" || a === "-s");
    const stack = index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith("--stack="))?.slice("--stack=".length);
    if (!stack || !/^[A-Za-z0-9_.-]+$/.test(stack)) {
        io.err("Usage: npm run drift:read-only -- --stack <stack>");
        return 2;
    }
    const file = path.join(root, `Pulumi.${stack}.yaml`);
    if (!fs.existsSync(file)) {
        io.err(`error: no stack file ${path.basename(file)}`);
        return 2;
    }
    const { text, removed } = readOnlyStackFile(fs.readFileSync(file, "utf8"));
    fs.writeFileSync(file, text);
    io.out(
        `${path.basename(file)}: removed ESC imports [${removed.environments.join(", ")}] and settings [${removed.keys.join(", ")}]; ` +
            "credentials now come only from AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET and KONNECT_TOKEN",
    );
    return 0;
}

if (require.main === module) {
    process.exitCode = main(process.argv.slice(2), {
        out: (t) => process.stdout.write(`${t}\n`),
        err: (t) => process.stderr.write(`${t}\n`),
    });
}
