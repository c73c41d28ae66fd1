/**
 * `npm run bench:plan [-- --stack prod --runs 5]`: wall time and peak memory of the offline plan, each run
 * in a fresh process as a developer runs it, next to a bare load of the Pulumi and Auth0 SDKs, as ratios.
 *
 * Besides the plan as shipped, it measures the levers that decide the plan's start-up, each as the plan
 * with one lever taken away: TypeScript's own transpiler instead of SWC, npm's `run` wrapper around node,
 * and only loading the plan's modules (no run), which splits load time from the program's own work
 * (registering the resources under the mocks).
 *
 * Peak memory is the child's maximum resident set size, from `/usr/bin/time -v` when it exists, else
 * from `process.resourceUsage().maxRSS` printed by the child at exit (a preload file written to a temp dir).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { median } from "./stats";

const ROOT = path.resolve(__dirname, "..");
const GNU_TIME = "/usr/bin/time";
const RSS_MARKER = "BENCH_MAX_RSS_KB=";

/** One measured run. */
interface Sample {
    readonly wallMs: number;
    readonly maxRssKb: number;
    readonly exitCode: number;
}

/** A preload that reports the child's own peak RSS, for machines without GNU time. */
function rssPreload(): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-plan-")), "max-rss.js");
    fs.writeFileSync(
        file,
        `process.on("exit", () => process.stderr.write("${RSS_MARKER}" + process.resourceUsage().maxRSS + "\\n"));\n`,
    );
    return file;
}

/** A command to measure: `node <args>`, or npm with its arguments. */
interface Case {
    readonly name: string;
    readonly args: string[];
    readonly npm?: boolean;
    readonly env?: Record<string, string>;
}

/** A tsconfig like the project's, with ts-node on TypeScript's transpiler instead of SWC. */
function tscTranspilerConfig(): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-plan-")), "tsconfig.json");
    const own = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8")) as { compilerOptions: object };
    const config = { "ts-node": { transpileOnly: true, swc: false }, compilerOptions: own.compilerOptions, files: [] };
    fs.writeFileSync(file, JSON.stringify(config));
    return file;
}

/** Runs the case once and measures it. */
function measure(c: Case, useGnuTime: boolean, preload: string | undefined): Sample {
    const program = c.npm ? "npm" : process.execPath;
    const [command, args] = useGnuTime
        ? [GNU_TIME, ["-v", program, ...c.args]]
        : [program, c.npm ? c.args : ["-r", preload as string, ...c.args]];
    const env = { ...process.env, ...c.env, ...(c.npm && preload ? { NODE_OPTIONS: `-r ${preload}` } : {}) };
    const started = process.hrtime.bigint();
    const child = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const stderr = child.stderr ?? "";
    const rss = useGnuTime
        ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]
        : new RegExp(`${RSS_MARKER}(\\d+)`).exec(stderr)?.[1];
    if (child.error) throw child.error;
    return { wallMs, maxRssKb: Number(rss ?? NaN), exitCode: child.status ?? -1 };
}

function parseArgs(argv: string[]): { stack: string; runs: number } {
    let stack = "dev";
    let runs = 5;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === "--stack") stack = argv[++i];
        else if (argv[i] === "--runs") runs = Math.max(1, Number(argv[++i]));
        else throw new Error(`Unknown argument ${argv[i]}; usage: npm run bench:plan -- [--stack <name>] [--runs <n>]`);
    }
    return { stack, runs };
}

function main(): void {
    const { stack, runs } = parseArgs(process.argv.slice(2));
    const useGnuTime = fs.existsSync(GNU_TIME);
    const preload = useGnuTime ? undefined : rssPreload();
    const plan = ["-r", "ts-node/register/transpile-only", "scripts/plan.ts", "--stack", stack];
    const cases: Case[] = [
        {
            name: "baseline: require @pulumi/pulumi + @pulumi/auth0",
            args: ["-e", "require('@pulumi/pulumi'); require('@pulumi/auth0')"],
        },
        { name: `plan --stack ${stack} (node, ts-node + SWC)`, args: plan },
        { name: "lever: TypeScript transpiler, not SWC", args: plan, env: { TS_NODE_PROJECT: tscTranspilerConfig() } },
        {
            name: "lever: through npm run (npm's wrapper)",
            args: ["run", "--silent", "plan", "--", "--stack", stack],
            npm: true,
        },
        {
            name: "lever: load the plan's modules only",
            args: ["-r", "ts-node/register/transpile-only", "-e", "require('./scripts/plan')"],
        },
    ];

    console.log(
        `Offline plan benchmark: ${runs} rounds after one warm-up, ${os.cpus().length} CPUs, node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`,
    );
    console.log(
        `Peak memory from ${useGnuTime ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS in the child"}; medians of wall time.`,
    );
    console.log("");
    for (const c of cases) {
        const warmup = measure(c, useGnuTime, preload);
        if (warmup.exitCode !== 0) throw new Error(`${c.name} exited with ${warmup.exitCode}`);
    }
    // Rounds take every case in turn, so a burst of load elsewhere on the machine hits all of them alike.
    const byCase: Sample[][] = cases.map(() => []);
    for (let round = 0; round < runs; round++) cases.forEach((c, i) => byCase[i].push(measure(c, useGnuTime, preload)));
    const results = cases.map((c, i) => {
        const samples = byCase[i];
        return {
            name: c.name,
            wallMs: median(samples.map((s) => s.wallMs)),
            minMs: Math.min(...samples.map((s) => s.wallMs)),
            maxMs: Math.max(...samples.map((s) => s.wallMs)),
            rssMb: Math.max(...samples.map((s) => s.maxRssKb)) / 1024,
        };
    });
    const width = Math.max(...results.map((r) => r.name.length));
    console.log(
        `${"".padEnd(width)}  ${"wall (median)".padStart(13)}  ${"min..max".padStart(15)}  ${"peak RSS".padStart(10)}`,
    );
    for (const r of results) {
        console.log(
            `${r.name.padEnd(width)}  ${`${(r.wallMs / 1000).toFixed(2)} s`.padStart(13)}  ${`${(r.minMs / 1000).toFixed(2)}..${(r.maxMs / 1000).toFixed(2)} s`.padStart(15)}  ${`${r.rssMb.toFixed(0)} MiB`.padStart(10)}`,
        );
    }
    const [baseline, planned, ...levers] = results;
    const ratio = (r: (typeof results)[number]) => `${(r.wallMs / baseline.wallMs).toFixed(2)}x`;
    console.log("");
    console.log(
        `plan / baseline: wall ${ratio(planned)}, peak memory ${(planned.rssMb / baseline.rssMb).toFixed(2)}x (target: wall <= 1.30x)`,
    );
    for (const lever of levers) {
        const delta = lever.wallMs - planned.wallMs;
        console.log(
            `${lever.name}: ${ratio(lever)} of baseline, ${delta >= 0 ? "+" : ""}${(delta / 1000).toFixed(2)} s against the plan`,
        );
    }
}

main();
