/**
 * Transpile-only with SWC (tsconfig `isolatedModules`): type-checking is its own step (`npm run typecheck`),
 * which keeps jest fast on 2 cores; SWC transpiles the suite several times faster than ts-jest.
 *
 * Two projects, counted apart at the end of the run (tests/support/countsReporter.js): the product's tests, and
 * the tests of the test doubles the product's tests run against (the Auth0 and Konnect emulators, the stand-in
 * Auth0 plugin, the jest environment).
 */
const TEST_DOUBLES = ["auth0Emulator", "konnectEmulator", "auth0StandIn", "testEnvironment"];

/** What every project here (and the engine suite's config) shares. */
const shared = {
    testEnvironment: "<rootDir>/tests/support/testEnvironment.js",
    roots: ["<rootDir>/tests"],
    transform: {
        "^.+\\.ts$": [
            "@swc/jest",
            { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
        ],
    },
    // Closes the inspector session Pulumi's serializer leaves open in each file (left open: slower, stuck workers).
    setupFilesAfterEnv: ["<rootDir>/tests/support/closeInspectorSession.ts"],
    // Pulumi's closure serializer loads every built-in module; node:test's harness would keep a worker alive.
    moduleNameMapper: {
        "^node:test$": "<rootDir>/tests/support/nodeTestStub.ts",
        // One TypeScript compiler per worker instead of one per test file (see tests/support/testEnvironment.js).
        "^typescript$": "<rootDir>/tests/support/sharedTypescript.js",
    },
};

module.exports = {
    // Both cores: the suites are independent (each starts its own stand-ins on ephemeral ports).
    maxWorkers: "100%",
    testTimeout: 20000,
    reporters: ["default", "<rootDir>/tests/support/countsReporter.js"],
    projects: [
        {
            ...shared,
            displayName: "product",
            testMatch: ["**/*.test.ts"],
            // The engine suite has its own config (jest.engine.config.js) and command (npm run test:engine).
            testPathIgnorePatterns: [
                "/node_modules/",
                "/tests/engine/",
                ...TEST_DOUBLES.map((name) => `/tests/${name}\\.test\\.ts$`),
            ],
        },
        {
            ...shared,
            displayName: "test doubles",
            testMatch: TEST_DOUBLES.map((name) => `**/tests/${name}.test.ts`),
        },
    ],
};
