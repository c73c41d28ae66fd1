/** Transpile-only (tsconfig `isolatedModules`): type-checking is its own step (`npm run typecheck`), which keeps jest fast on 2 cores. */
module.exports = {
    testEnvironment: "node",
    roots: ["<rootDir>/tests"],
    testMatch: ["**/*.test.ts"],
    // The engine suite has its own config (jest.engine.config.js) and command (npm run test:engine).
    testPathIgnorePatterns: ["/node_modules/", "/tests/engine/"],
    transform: {
        "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
    },
    // Both cores: the suites are independent (each starts its own stand-ins on ephemeral ports).
    maxWorkers: "100%",
    testTimeout: 20000,
};
