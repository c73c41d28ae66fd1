/**
 * Node's test environment, minus two costs Pulumi's SDK puts on every test file that loads it:
 *
 * - One TypeScript compiler per worker. Pulumi's closure serializer requires `typescript`, a 9 MB module that jest
 *   would otherwise compile again in each test file's own module registry. The compiler holds no state the tests
 *   depend on, so the worker loads it once and `tests/support/sharedTypescript.js` hands that copy to each file.
 * - Plain stacks for the SDK's promise bookkeeping. The SDK records `new Error().stack` for every promise it makes
 *   (printed only if one is left unresolved at exit); jest source-maps each of those stacks, about a second and a
 *   half per file that runs the program. Every other stack, a failing test's included, is still source-mapped.
 */
const path = require("path");
const { TestEnvironment } = require("jest-environment-node");

const TYPESCRIPT_SLOT = Symbol.for("konnect-auth0-dcr/typescript");
const PROMISE_BOOKKEEPING = path.join("@pulumi", "pulumi", "runtime", "debuggable.js");

/** V8's own rendering of a stack, with at most `depth` frames. */
const plainStack = (error, frames, depth = frames.length) =>
    `${error}${frames
        .slice(0, depth)
        .map((frame) => `\n    at ${frame}`)
        .join("")}`;

class KonnectAuth0DcrTestEnvironment extends TestEnvironment {
    constructor(config, context) {
        super(config, context);
        this.global[TYPESCRIPT_SLOT] = require("typescript");
        // The test realm's formatter comes first; it hands every other stack to jest's (in the worker's realm).
        const workerError = Error;
        this.global.Error.prepareStackTrace = (error, frames) => {
            const file = frames.length > 0 ? frames[0].getFileName() : undefined;
            // Node's default depth for these: enough to tell where an unresolved promise was made.
            if (file && file.endsWith(PROMISE_BOOKKEEPING)) return plainStack(error, frames, 10);
            return (workerError.prepareStackTrace ?? plainStack)(error, frames);
        };
    }
}

module.exports = KonnectAuth0DcrTestEnvironment;
