/**
 * Node's test environment with one TypeScript compiler per worker. Pulumi's closure serializer (and so every
 * file that loads `@pulumi/pulumi`) requires `typescript`, a 9 MB module that jest would otherwise compile
 * again in each test file's own module registry. The compiler holds no state the tests depend on, so the
 * worker loads it once and `tests/support/sharedTypescript.js` hands that copy to each file.
 */
const { TestEnvironment } = require("jest-environment-node");

const SLOT = Symbol.for("konnect-auth0-dcr/typescript");

class SharedTypescriptEnvironment extends TestEnvironment {
    constructor(config, context) {
        super(config, context);
        this.global[SLOT] = require("typescript");
    }
}

module.exports = SharedTypescriptEnvironment;
