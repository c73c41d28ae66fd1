/** The engine suite (`npm run test:engine`): the real Pulumi CLI, one scenario after another, minutes not seconds. */
const base = require("./jest.config");

module.exports = {
    ...base,
    roots: ["<rootDir>/tests/engine"],
    testMatch: ["**/*.engine.test.ts"],
    testPathIgnorePatterns: ["/node_modules/"],
    maxWorkers: 1,
    testTimeout: 240000,
    verbose: true,
};
