/**
 * The loader the policy pack and the dynamic-provider host load TypeScript with (`policies/transpileCache.js`):
 * each file transpiled once by ts-node and read back afterwards, never served stale. Each case runs in its own
 * `node` process, as the pack and the host do (jest's module system has no `require.extensions`).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const LOADER = path.join(__dirname, "..", "policies", "transpileCache.js");

let dir: string;
let cacheDir: string;

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "transpile-cache-"));
    cacheDir = path.join(dir, "cache");
    fs.writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({ "ts-node": { swc: true }, compilerOptions: { target: "ES2022", module: "commonjs" } }),
    );
    fs.writeFileSync(path.join(dir, "answer.ts"), "export const answer: number = 41 + 1;\n");
    fs.writeFileSync(
        path.join(dir, "main.ts"),
        [
            'import { answer } from "./answer";',
            "",
            "export function report(): number {",
            "    return answer;",
            "}",
            "",
            "export function fail(): never {",
            '    throw new Error("failed in main.ts");',
            "}",
            "",
        ].join("\n"),
    );
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
    readonly answer: number;
    readonly transpiled: number;
    readonly tsNodeStarted: boolean;
    readonly stack: string;
}

/** Loads `main.ts` through the loader in a fresh `node`, with the SDK's source-map-support installed as in the host. */
function load(cache: string = cacheDir): Run {
    const script = `
        require(require("module").createRequire(require.resolve("@pulumi/pulumi/package.json")).resolve(
            "source-map-support/register"));
        const stats = require(${JSON.stringify(LOADER)}).registerTranspileCache({
            project: ${JSON.stringify(path.join(dir, "tsconfig.json"))},
            cacheDir: ${JSON.stringify(cache)},
        });
        const main = require(${JSON.stringify(path.join(dir, "main.ts"))});
        let stack = "";
        try { main.fail(); } catch (err) { stack = err.stack; }
        process.stdout.write(JSON.stringify({
            answer: main.report(),
            transpiled: stats.transpiled,
            tsNodeStarted: process[Symbol.for("ts-node.register.instance")] !== undefined,
            stack,
        }));
    `;
    return JSON.parse(
        execFileSync(process.execPath, ["-e", script], { cwd: path.join(__dirname, ".."), encoding: "utf8" }),
    ) as Run;
}

it("transpiles each file once, then loads them without starting ts-node", () => {
    const first = load();
    expect(first).toMatchObject({ answer: 42, transpiled: 2, tsNodeStarted: true });
    expect(fs.readdirSync(cacheDir).filter((f) => f.endsWith(".js"))).toHaveLength(2);

    const second = load();
    expect(second).toMatchObject({ answer: 42, transpiled: 0, tsNodeStarted: false });
});

it("transpiles a changed file afresh and serves no stale output", () => {
    expect(load().answer).toBe(42);
    fs.writeFileSync(path.join(dir, "answer.ts"), "export const answer: number = 41 + 2;\n");

    const changed = load();
    expect(changed).toMatchObject({ answer: 43, transpiled: 1, tsNodeStarted: true });
});

it("still loads the TypeScript when its cache folder cannot be written, and keeps nothing", () => {
    // A folder below a plain file can never be created.
    const blocked = path.join(dir, "answer.ts", "cache");
    expect(load(blocked)).toMatchObject({ answer: 42, transpiled: 2 });
    expect(load(blocked)).toMatchObject({ answer: 42, transpiled: 2 });
});

it("keeps stack traces on the TypeScript's own lines, from the cache too", () => {
    // `throw` is on line 8 of main.ts; the transpiled file puts it elsewhere.
    expect(load().stack).toContain(`${path.join(dir, "main.ts")}:8:`);
    const cached = load();
    expect(cached.transpiled).toBe(0);
    expect(cached.stack).toContain(`${path.join(dir, "main.ts")}:8:`);
});
