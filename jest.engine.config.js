/** The engine suite (`npm run test:engine`): the real Pulumi CLI, one scenario after another, minutes not seconds. */
module.exports = {
    testEnvironment: "node",
    roots: ["<rootDir>/tests/engine"],
    testMatch: ["**/*.engine.test.ts"],
    transform: {
        "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
    },
    maxWorkers: 1,
    testTimeout: 240000,
    verbose: true,
};
