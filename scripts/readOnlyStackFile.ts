/**
 * `npm run drift:read-only -- --stack <stack> [--out <file>]`: writes a COPY of `Pulumi.<stack>.yaml` for a run
 * with read-only credentials (the drift workflow), so only those credentials can be used, and prints the copy's
 * path. The stack file itself is never written: the job passes the copy to pulumi with `--config-file`.
 *
 * The copy
 * - drops the Pulumi ESC imports (`environment:`): they hold the deploy credentials, which the read-only
 *   Pulumi token must not be able to open, and their `pulumiConfig` would win over environment variables;
 * - drops the credential settings (`auth0:clientId` and every key in `CREDENTIAL_KEYS`), which would also win, so
 *   the Auth0 provider reads `AUTH0_CLIENT_ID` / `AUTH0_CLIENT_SECRET` and the Konnect providers `KONNECT_TOKEN`
 *   from the job's environment.
 *
 * Everything else (domain, audience, portal, names, the secrets provider's salt or key) stays as the stack file
 * says, so the preview declares exactly what a deploy would.
 *
 * Output: the copy's path alone on stdout (for `file=$(…)`); what was removed (names only) on stderr.
 * Default `--out`: `Pulumi.<stack>.yaml` in a new private directory under the OS temp dir.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
// `yaml`, not the js-yaml the rest of the project reads YAML with: only its document model keeps comments and order.
import { parseDocument } from "yaml";

/**
 * Settings that carry (or pick) credentials; the read-only run takes them from its environment instead.
 * `auth0:clientId` is not a secret, but left in place it would pair the deploy app's id with the read-only
 * app's secret. The rest are the Auth0 provider's other ways to authenticate and the project's refused
 * credential settings (`CREDENTIAL_SETTINGS` in config/stackSettings.ts).
 */
export const CREDENTIAL_KEYS = [
    "auth0:clientId",
    "auth0:clientSecret",
    "auth0:apiToken",
    "auth0:clientAssertionPrivateKey",
    "auth0:clientAssertionSigningAlg",
    "konnect-auth0-dcr:konnectToken",
] as const;

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

const USAGE = "Usage: npm run --silent drift:read-only -- --stack <stack> [--out <file for the read-only copy>]";

/** `--name value` or `--name=value`; undefined when absent, "" when given without a value. */
function option(argv: readonly string[], ...names: string[]): string | undefined {
    for (let i = 0; i < argv.length; i++) {
        if (names.includes(argv[i])) return argv[i + 1] ?? "";
        const prefixed = names.find((n) => n.startsWith("--") && argv[i].startsWith(`${n}=`));
        if (prefixed) return argv[i].slice(prefixed.length + 1);
    }
    return undefined;
}

/** The real path of `file` (of its folder when it does not exist yet), to compare two names of one file. */
function realPath(file: string): string {
    const absolute = path.resolve(file);
    try {
        return fs.realpathSync(absolute);
    } catch {
        let dir = path.dirname(absolute);
        const rest = [path.basename(absolute)];
        while (!fs.existsSync(dir) && path.dirname(dir) !== dir) {
            rest.unshift(path.basename(dir));
            dir = path.dirname(dir);
        }
        return path.join(fs.existsSync(dir) ? fs.realpathSync(dir) : dir, ...rest);
    }
}

/**
 * The command line: reads `Pulumi.<stack>.yaml` in `root`, writes the read-only copy to `--out` (default: a new
 * temp directory), prints the copy's path on `out` and what it removed on `err`. Never writes the stack file.
 */
export function main(
    argv: readonly string[],
    io: { out(t: string): void; err(t: string): void },
    root: string = process.cwd(),
): number {
    const stack = option(argv, "--stack", "-s");
    if (!stack || !/^[A-Za-z0-9_.-]+$/.test(stack)) {
        io.err(USAGE);
        return 2;
    }
    const file = path.join(root, `Pulumi.${stack}.yaml`);
    if (!fs.existsSync(file)) {
        io.err(`error: no stack file ${path.basename(file)}`);
        return 2;
    }
    const requested = option(argv, "--out", "-o");
    if (requested === "") {
        io.err(USAGE);
        return 2;
    }
    const out =
        requested !== undefined
            ? path.resolve(root, requested)
            : path.join(fs.mkdtempSync(path.join(os.tmpdir(), "konnect-auth0-dcr-read-only-")), path.basename(file));
    if (realPath(out) === realPath(file)) {
        io.err(`error: --out ${requested} is the stack file itself; the read-only copy must go elsewhere`);
        return 2;
    }
    const { text, removed } = readOnlyStackFile(fs.readFileSync(file, "utf8"));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // The copy keeps the secrets provider's settings and any other encrypted value: readable by this user only.
    fs.writeFileSync(out, text, { mode: 0o600 });
    fs.chmodSync(out, 0o600);
    io.err(
        `${path.basename(file)} (unchanged) → read-only copy without ESC imports [${removed.environments.join(", ")}] ` +
            `and settings [${removed.keys.join(", ")}]; credentials now come only from AUTH0_CLIENT_ID, ` +
            "AUTH0_CLIENT_SECRET and KONNECT_TOKEN. Run pulumi with --config-file and this path:",
    );
    io.out(out);
    return 0;
}

if (require.main === module) {
    process.exitCode = main(process.argv.slice(2), {
        out: (t) => process.stdout.write(`${t}\n`),
        err: (t) => process.stderr.write(`${t}\n`),
    });
}
