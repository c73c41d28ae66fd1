/**
 * What the stack's thin dynamic providers load (`konnect-auth0-dcr/dynamic-providers`, see
 * `dynamic/resource.ts`), in the dynamic-provider host's process: it makes TypeScript loadable there the way Pulumi
 * runs the program (ts-node, transpile only, with SWC as `tsconfig.json` says; each file's output kept on disk by
 * `policies/transpileCache.js`), then serves `dynamic/providers.ts`. Plain JavaScript, since nothing transpiles
 * before it runs.
 */
"use strict";
const Module = require("module");
const path = require("path");
// The loader lives in the policy pack, which must carry it in its own folder to be published.
const { registerTranspileCache } = require("../policies/transpileCache");

const root = path.join(__dirname, "..");
// The program's own process (the offline plan, tests) may have registered TypeScript already.
if (!require.extensions[".ts"]) {
    registerTranspileCache({
        project: path.join(root, "tsconfig.json"),
        cacheDir: path.join(root, "node_modules", ".cache", "konnect-auth0-dcr", "transpiled"),
    });
}

module.exports = require("./providers");
// The stack's own launcher (dynamic/host/launch.js) turns Node's compile cache on; the host is stopped without a
// normal exit, so what was compiled for the providers is written now.
Module.flushCompileCache?.();
