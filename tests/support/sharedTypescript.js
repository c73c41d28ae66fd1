/** The worker's one TypeScript compiler, put there by `tests/support/testEnvironment.js`. */
module.exports = globalThis[Symbol.for("konnect-auth0-dcr/typescript")];
