/**
 * The worker's one TypeScript compiler, put there by `tests/support/testEnvironment.js`; under another
 * environment (a file's `@jest-environment` docblock), the file's own copy, required by its folder so that
 * the mapping to this file does not apply.
 */
const path = require("path");

module.exports =
    globalThis[Symbol.for("konnect-auth0-dcr/typescript")] ??
    require(path.dirname(require.resolve("typescript/package.json")));
