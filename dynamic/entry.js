/**
 * What the stack's thin dynamic providers load (`konnect-auth0-dcr/dynamic-providers`, see
 * `dynamic/resource.ts`), in the dynamic-provider host's process: it makes TypeScript loadable
 * there the way Pulumi runs the program (ts-node, transpile only, with SWC as `tsconfig.json` says), then serves
 * `dynamic/providers.ts`. Plain JavaScript, since nothing transpiles before it runs.
 */
"use strict";
const path = require("path");

// The program's own process (the offline plan, tests) may have registered TypeScript already.
if (!require.extensions[".ts"]) {
    require("ts-node").register({ transpileOnly: true, project: path.join(__dirname, "..", "tsconfig.json") });
}

module.exports = require("./providers");
