/**
 * The pack's entry point (`main` in package.json), as the Pulumi CLI loads it on every `pulumi preview --policy-pack`.
 *
 * Pulumi's policy runner registers ts-node with type-checking, which made each preview about 2 s slower (the pack
 * starting in 3.1 s instead of 1.0 s). The pack is type-checked by `npm test` (`npm run typecheck`), so here its
 * TypeScript is only transpiled: the runner's service is switched off and a transpile-only one registered before
 * `index.ts` loads. `pulumi policy publish` ships the same files.
 */
"use strict";
const path = require("path");

/** SWC transpiles the pack in a fraction of TypeScript's time; a published pack without it uses TypeScript's. */
function swcAvailable() {
    try {
        require.resolve("@swc/core");
        return true;
    } catch {
        return false;
    }
}

const tsNode = require("ts-node");
// The runner's type-checking service stays installed (its hooks wrap Node's own), switched off: it compiles nothing.
process[tsNode.REGISTER_INSTANCE]?.enabled(false);
tsNode.register({ transpileOnly: true, swc: swcAvailable(), project: path.join(__dirname, "tsconfig.json") });
require("./index.ts");
