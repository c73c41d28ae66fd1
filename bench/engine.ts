/**
 * `npm run bench:engine [-- --runs 5]`: the wall time of a no-op `pulumi preview` of the stack's Konnect
 * settings (the engine suite's program, deployed once against the Konnect emulator), the same preview with the
 * policy pack, a no-op preview of an empty TypeScript program on the same CLI and language host (the engine's
 * own floor) and, for scale, of one dynamic resource with an inline no-op provider. Rounds take them in turn
 * so that load on the machine hits them alike; prints each median and its ratio to the empty program's.
 *
 * Every program runs in the same environment: the stack needs the emulated tenant's proxy and CA
 * (`HTTPS_PROXY`, `NODE_USE_ENV_PROXY`, `NODE_EXTRA_CA_CERTS`, `SSL_CERT_FILE`), and each Node.js process and
 * the CLI pay for them at start-up, so the floor gets them too. For scale, the empty program is also timed without
 * them (the form of this benchmark before 2026-12-04).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import { PulumiWorkspace, REPO_ROOT } from "../scripts/engine/pulumiCli";
import { requireEngine } from "../scripts/engine/preflight";
import { initProgramStack, startEngineEmulators } from "../scripts/engine/programStack";
import { median } from "./stats";

/** An empty TypeScript Pulumi program: the engine's own floor. */
const EMPTY_PROGRAM = 'import * as pulumi from "@pulumi/pulumi";\n\nexport const stack = pulumi.getStack();\n';

/** One dynamic resource with an inline no-op provider, as `pulumi.dynamic.Resource` serializes it: the floor of any. */
const ONE_DYNAMIC_RESOURCE = [
    'import * as pulumi from "@pulumi/pulumi";',
    "",
    "const provider: pulumi.dynamic.ResourceProvider = {",
    '    create: async () => ({ id: "one", outs: {} }),',
    "    diff: async () => ({ changes: false }),",
    "};",
    'new pulumi.dynamic.Resource(provider, "one", {});',
    "export const stack = pulumi.getStack();",
    "",
].join("\n");

/** A small program previewed next to the stack, on a throwaway stack of its own, with its timings. */
interface Yardstick {
    readonly dir: string;
    readonly workspace: PulumiWorkspace;
    readonly ms: number[];
}

/** A TypeScript Pulumi program of `index` that resolves @pulumi/pulumi from the project's own install. */
function yardstick(name: string, index: string, env: Record<string, string> = {}): Yardstick {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-engine-${name}-`));
    fs.writeFileSync(
        path.join(dir, "Pulumi.yaml"),
        `name: ${name}\nruntime:\n  name: nodejs\n  options:\n    typescript: true\nmain: index.ts\n`,
    );
    fs.writeFileSync(path.join(dir, "index.ts"), index);
    fs.writeFileSync(path.join(dir, "package.json"), `{ "name": "${name}", "main": "index.ts" }\n`);
    fs.copyFileSync(path.join(REPO_ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"));
    return { dir, workspace: new PulumiWorkspace(dir, "bench", env), ms: [] };
}

async function main(): Promise<void> {
    requireEngine(["toolchain"]);
    const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1)
        throw new Error(`--runs: expected a whole number of 1 or more, got "${values.runs}"`);

    const emulators = await startEngineEmulators();
    const portal = emulators.konnect.addPortal({ name: "bench-portal" });
    const stack = await initProgramStack(emulators, "bench", {
        portalId: portal.id,
        dcrAdminClientId: "bench-client-id",
        dcrAdminClientSecret: "bench-admin-secret-value",
    });
    const empty = yardstick("empty", EMPTY_PROGRAM, emulators.tenant.env);
    const one = yardstick("one-dynamic", ONE_DYNAMIC_RESOURCE, emulators.tenant.env);
    const bare = yardstick("empty-bare", EMPTY_PROGRAM);
    const yardsticks = [empty, one, bare];
    try {
        for (const y of yardsticks) await y.workspace.init({});
        await stack.ok(["up", "--yes", "--skip-preview"]);
        for (const y of yardsticks) await y.workspace.ok(["up", "--yes", "--skip-preview"]);

        const pack = ["--policy-pack", path.join(REPO_ROOT, "policies")];
        const packConfig = ["--policy-pack-config", path.join(REPO_ROOT, "policies", "config", "dev.json")];
        const stackMs: number[] = [];
        const packMs: number[] = [];
        for (let round = 1; round <= runs; round++) {
            stackMs.push((await stack.ok(["preview", "--expect-no-changes"])).ms);
            packMs.push((await stack.ok(["preview", "--expect-no-changes", ...pack, ...packConfig])).ms);
            for (const y of yardsticks) y.ms.push((await y.workspace.ok(["preview", "--expect-no-changes"])).ms);
            process.stderr.write(
                `round ${round}/${runs}: stack ${stackMs[round - 1]} ms, with the policy pack ${packMs[round - 1]} ms, ` +
                    `empty program ${empty.ms[round - 1]} ms, one inline dynamic resource ${one.ms[round - 1]} ms, ` +
                    `empty program without the tenant's environment ${bare.ms[round - 1]} ms\n`,
            );
        }
        const e = median(empty.ms);
        const line = (what: string, ms: number) =>
            console.log(`  ${what.padEnd(52)} ${(ms / 1000).toFixed(2)} s   ${(ms / e).toFixed(2)}x`);
        console.log(
            `no-op pulumi preview, median of ${runs} (same CLI, language host and environment), ` +
                "and its ratio to the empty program:",
        );
        line(`stack (Konnect DCR settings, ${emulators.konnect.counts().get} GETs in all)`, median(stackMs));
        line("stack with the policy pack (policies/config/dev.json)", median(packMs));
        line("empty TypeScript program", e);
        line("one inline no-op pulumi.dynamic.Resource (for scale)", median(one.ms));
        line("empty program without the tenant's proxy and CA (for scale)", median(bare.ms));
    } finally {
        await stack.ok(["destroy", "--yes", "--skip-preview"]).catch(() => undefined);
        stack.dispose();
        for (const y of yardsticks) {
            y.workspace.dispose();
            fs.rmSync(y.dir, { recursive: true, force: true });
        }
        await emulators.close();
    }
}

main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
});
