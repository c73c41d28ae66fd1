/**
 * The pack's entry point (`main` in package.json), as the Pulumi CLI loads it on every `pulumi preview --policy-pack`.
 *
 * Pulumi's policy runner registers ts-node with type-checking, which made each preview about 2 s slower (the pack
 * starting in 3.1 s instead of 1.0 s). The pack is type-checked by `npm test` (`npm run typecheck`), so here its
 * TypeScript is only transpiled: the runner's service is switched off, and the pack's files load through
 * `transpileCache.js` (ts-node, transpile only, each file's output kept on disk). `pulumi policy publish` ships the
 * same files.
 */
"use strict";
const Module = require("module");
const path = require("path");
const { registerTranspileCache } = require("./transpileCache");

// Node's compile cache for what loads from here on (@pulumi/policy, the SDK's modules the runner has not loaded,
// the pack's rules): the pack starts from V8's cached code on every preview after the first. Entries are keyed by
// the file's content, so an edited rule is compiled afresh. The engine stops the pack without a normal exit, so
// the cache is written once the pack has loaded.
Module.enableCompileCache?.();

/** SWC transpiles the pack in a fraction of TypeScript's time; a published pack without it uses TypeScript's. */
function swcAvailable() {
    try {
        require.resolve("@swc/core");
        return true;
    } catch {
        return false;
    }
}

// The runner's type-checking service stays installed (its hooks wrap Node's own), switched off: it compiles nothing.
process[require("ts-node").REGISTER_INSTANCE]?.enabled(false);
registerTranspileCache({
    project: path.join(__dirname, "tsconfig.json"),
    tsNodeOptions: { swc: swcAvailable() },
    cacheDir: path.join(__dirname, "node_modules", ".cache", "konnect-auth0-dcr-policies", "transpiled"),
});
require("./index.ts");
Module.flushCompileCache?.();
