/**
 * Drives the real Pulumi CLI (built by `npm run engine:build`) on a throwaway local backend: its own
 * PULUMI_HOME, state directory, passphrase and stack config file, all in a temp directory, so a run leaves no
 * file in the repository and never touches the user's Pulumi setup.
 */
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { PreviewDigest, PreviewStep } from "../driftSummary";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** The toolchain directory, or an error that says how to build it. */
export function engineToolchain(): string {
    try {
        return execFileSync("bash", [path.join(REPO_ROOT, "scripts", "engine", "build.sh"), "--dir"], {
            encoding: "utf8",
        }).trim();
    } catch {
        throw new Error(
            "The engine toolchain is not built: run `npm run engine:build` first (needs Go and the Go module proxy).",
        );
    }
}

export interface CliResult {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
    readonly ms: number;
}

/** What `pulumi preview --json` prints (the shape the drift summary reads), with its steps always present. */
export type PreviewJson = PreviewDigest & { readonly steps: PreviewStep[] };

/** The passphrase of every throwaway workspace: it guards test values only, never a real credential. */
export const THROWAWAY_PASSPHRASE = "engine-suite-throwaway-passphrase";

const CONFIG_COMMANDS = new Set(["preview", "up", "refresh", "destroy", "config"]);

/** Environment variables of the machine that must not leak into the engine's run (credentials, another backend). */
const SCRUBBED = /^(PULUMI_|KONNECT_|AUTH0_)/;

export class PulumiWorkspace {
    readonly dir: string;
    /** The environment every `pulumi` command of this workspace runs with. */
    readonly env: NodeJS.ProcessEnv;
    readonly configFile: string;

    /**
     * @param programDir the Pulumi project to run (a folder with Pulumi.yaml)
     * @param stack the stack name
     * @param extraEnv variables for the engine and its plugins (e.g. the Auth0 emulator's proxy and CA)
     */
    constructor(
        readonly programDir: string,
        readonly stack: string,
        extraEnv: Record<string, string> = {},
        options: { cliDir?: string } = {},
    ) {
        const cliDir = options.cliDir ?? path.join(engineToolchain(), "bin");
        this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "konnect-auth0-dcr-engine-"));
        fs.mkdirSync(path.join(this.dir, "state"));
        this.configFile = path.join(this.dir, `Pulumi.${stack}.yaml`);
        const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !SCRUBBED.test(key)));
        this.env = {
            ...inherited,
            // The CLI and its plugins first, then the node that runs this suite (the language host runs `node`).
            PATH: [cliDir, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
            PULUMI_HOME: path.join(this.dir, "home"),
            PULUMI_BACKEND_URL: `file://${path.join(this.dir, "state")}`,
            PULUMI_CONFIG_PASSPHRASE: THROWAWAY_PASSPHRASE,
            PULUMI_SKIP_UPDATE_CHECK: "true",
            PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
            PULUMI_SKIP_CONFIRMATIONS: "true",
            ...extraEnv,
        };
    }

    /**
     * Writes a file (mode 600, in this workspace's folder) that a shell sources to run `pulumi` on this workspace by
     * hand: the CLI, backend and passphrase, the emulators' proxy and CA, and the credentials the workspace's
     * commands get. Answers its path; the values stay out of any output.
     */
    writeShellEnvironment(): string {
        const fixed = [
            "PATH",
            "PULUMI_HOME",
            "PULUMI_BACKEND_URL",
            "PULUMI_CONFIG_PASSPHRASE",
            "PULUMI_SKIP_UPDATE_CHECK",
        ];
        const names = [...fixed, ...Object.keys(this.env).filter((key) => /PROXY|CERT|^AUTH0_|^KONNECT_/.test(key))];
        const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
        const file = path.join(this.dir, "env.sh");
        fs.writeFileSync(file, names.map((key) => `export ${key}=${quote(this.env[key] ?? "")}\n`).join(""), {
            mode: 0o600,
        });
        return file;
    }

    /**
     * Runs `pulumi <args>` for this stack; resolves with its exit code and output (never rejects on a non-zero
     * code). `echo` also streams the output to this process's own (the sandbox shows the run as it goes).
     */
    run(args: string[], options: { stackless?: boolean; echo?: boolean } = {}): Promise<CliResult> {
        // Only the commands that read the stack's configuration take --config-file.
        const configArgs = CONFIG_COMMANDS.has(args[0]) ? ["--config-file", this.configFile] : [];
        const stackArgs = options.stackless ? [] : ["--stack", this.stack, ...configArgs];
        const started = Date.now();
        return new Promise((resolve, reject) => {
            const child = spawn("pulumi", [...args, ...stackArgs, "--non-interactive", "--color", "never"], {
                cwd: this.programDir,
                env: this.env,
                stdio: ["ignore", "pipe", "pipe"],
            });
            let stdout = "";
            let stderr = "";
            child.stdout.on("data", (chunk) => {
                stdout += chunk;
                if (options.echo) process.stdout.write(chunk);
            });
            child.stderr.on("data", (chunk) => {
                stderr += chunk;
                if (options.echo) process.stderr.write(chunk);
            });
            child.on("error", reject);
            child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - started }));
        });
    }

    /** Runs a command that must succeed. */
    async ok(args: string[], options: { stackless?: boolean; echo?: boolean } = {}): Promise<CliResult> {
        const result = await this.run(args, options);
        if (result.code !== 0) {
            throw new Error(`pulumi ${args.join(" ")} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
        }
        return result;
    }

    /**
     * Creates the stack on the local backend and sets its configuration (`secret: true` entries encrypted),
     * on top of `stackFile`, the text of a stack file to start from (its `config:` and other top-level keys).
     */
    async init(
        config: Record<string, { value: string; secret?: boolean } | string>,
        stackFile?: string,
    ): Promise<void> {
        // `stack init` writes the passphrase's salt to Pulumi.<stack>.yaml beside the program (it takes no
        // --config-file), and moving that file away must never take a user's stack file with it.
        const written = path.join(this.programDir, `Pulumi.${this.stack}.yaml`);
        if (fs.existsSync(written)) {
            throw new Error(`${written} exists: a throwaway workspace needs a stack name with no stack file`);
        }
        await this.ok(["stack", "init", this.stack], { stackless: true });
        // Move it to this workspace's config file, so nothing is left in the repository.
        const salt = fs.readFileSync(written, "utf8");
        fs.rmSync(written);
        fs.writeFileSync(this.configFile, stackFile === undefined ? salt : `${salt.trimEnd()}\n${stackFile}`);
        for (const [key, entry] of Object.entries(config)) await this.setConfig(key, entry);
    }

    async setConfig(key: string, entry: { value: string; secret?: boolean } | string): Promise<void> {
        const { value, secret } = typeof entry === "string" ? { value: entry, secret: false } : entry;
        // The value goes through stdin, never the process arguments.
        const args = [
            "config",
            "set",
            key,
            secret ? "--secret" : "--plaintext",
            "--stack",
            this.stack,
            "--config-file",
            this.configFile,
        ];
        await new Promise<void>((resolve, reject) => {
            const child = spawn("pulumi", args, {
                cwd: this.programDir,
                env: this.env,
                stdio: ["pipe", "pipe", "pipe"],
            });
            let output = "";
            child.stdout.on("data", (chunk) => (output += chunk));
            child.stderr.on("data", (chunk) => (output += chunk));
            child.on("error", reject);
            child.on("close", (code) =>
                code === 0 ? resolve() : reject(new Error(`pulumi config set ${key} exited ${code}: ${output}`)),
            );
            child.stdin.end(value);
        });
    }

    /** `pulumi preview --json` (plus `extra` flags), parsed. */
    async preview(extra: string[] = []): Promise<PreviewJson & { result: CliResult }> {
        const result = await this.run(["preview", "--json", ...extra]);
        let parsed: PreviewDigest;
        try {
            parsed = JSON.parse(result.stdout) as PreviewDigest;
        } catch {
            throw new Error(
                `pulumi preview printed no JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`,
            );
        }
        return { ...parsed, steps: parsed.steps ?? [], result };
    }

    /** The stack's state as `pulumi stack export --show-secrets=false` writes it (secrets stay encrypted). */
    async exportState(): Promise<{ text: string; resources: { urn: string; type: string; protect?: boolean }[] }> {
        const result = await this.ok(["stack", "export"]);
        const deployment = JSON.parse(result.stdout) as {
            deployment: { resources?: { urn: string; type: string; protect?: boolean }[] };
        };
        return { text: result.stdout, resources: deployment.deployment.resources ?? [] };
    }

    /** The stack outputs (secrets shown as "[secret]"). */
    async outputs(): Promise<Record<string, unknown>> {
        const result = await this.ok(["stack", "output", "--json"]);
        return JSON.parse(result.stdout) as Record<string, unknown>;
    }

    dispose(): void {
        fs.rmSync(this.dir, { recursive: true, force: true });
    }
}

/** The counts of an update's "Resources:" summary, e.g. `{ updated: 1, unchanged: 4 }`. */
export function resourceSummary(output: string): Record<string, number> {
    const section = output.split(/^Resources:$/m)[1] ?? "";
    const counts: Record<string, number> = {};
    for (const match of section.matchAll(/^\s+(?:[-+~]+\s+)?(\d+) (\w[\w ]*?)\s*$/gm)) {
        if (/^Duration/.test(match[2])) break;
        counts[match[2]] = Number(match[1]);
    }
    return counts;
}

/** The steps of a preview that change something (not "same"), as `op type::name`. */
export function changes(preview: PreviewJson): string[] {
    return preview.steps
        .filter((step) => step.op !== "same")
        .map((step) => `${step.op} ${step.urn.split("::").slice(-2).join("::")}`);
}
