/**
 * `npm run bench:engine [-- --runs 5]`: the wall time of a no-op `pulumi preview` of the stack's Konnect
 * settings (the engine suite's program, deployed once against the Konnect emulator) next to a no-op preview
 * of an empty TypeScript program on the same CLI and language host, the engine's own floor. Rounds alternate
 * the two so that load on the machine hits both alike; prints each median and the ratio.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import { PulumiWorkspace, REPO_ROOT } from "../scripts/engine/pulumiCli";
import { requireEngine } from "../scripts/engine/preflight";
import { initProgramStack, startEngineEmulators } from "../scripts/engine/programStack";
import { median } from "./stats";

/** An empty TypeScript Pulumi program that resolves @pulumi/pulumi from the project's own install. */
function emptyProgram(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-engine-empty-"));
    fs.writeFileSync(
        path.join(dir, "Pulumi.yaml"),
        "name: empty\nruntime:\n  name: nodejs\n  options:\n    typescript: true\nmain: index.ts\n",
    );
    fs.writeFileSync(
        path.join(dir, "index.ts"),
        'import * as pulumi from "@pulumi/pulumi";\n\nexport const stack = pulumi.getStack();\n',
    );
    fs.writeFileSync(path.join(dir, "package.json"), '{ "name": "empty", "main": "index.ts" }\n');
    fs.copyFileSync(path.join(REPO_ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"));
    return dir;
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
    const emptyDir = emptyProgram();
    const empty = new PulumiWorkspace(emptyDir, "bench");
    try {
        await empty.init({});
        await stack.ok(["up", "--yes", "--skip-preview"]);
        await empty.ok(["up", "--yes", "--skip-preview"]);

        const stackMs: number[] = [];
        const emptyMs: number[] = [];
        for (let round = 1; round <= runs; round++) {
            stackMs.push((await stack.ok(["preview", "--expect-no-changes"])).ms);
            emptyMs.push((await empty.ok(["preview", "--expect-no-changes"])).ms);
            process.stderr.write(
                `round ${round}/${runs}: stack ${stackMs[round - 1]} ms, empty program ${emptyMs[round - 1]} ms\n`,
            );
        }
        const [s, e] = [median(stackMs), median(emptyMs)];
        console.log(`no-op pulumi preview, median of ${runs} (same CLI and language host):`);
        console.log(
            `  stack (Konnect DCR settings, ${emulators.konnect.counts().get} GETs in all) ${(s / 1000).toFixed(2)} s`,
        );
        console.log(`  empty TypeScript program                 ${(e / 1000).toFixed(2)} s`);
        console.log(`  ratio                                    ${(s / e).toFixed(2)}x`);
    } finally {
        await stack.ok(["destroy", "--yes", "--skip-preview"]).catch(() => undefined);
        stack.dispose();
        empty.dispose();
        fs.rmSync(emptyDir, { recursive: true, force: true });
        await emulators.close();
    }
}

main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
});
