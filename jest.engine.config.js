/** The engine suite (`npm run test:engine`): the real Pulumi CLI, one scenario after another, minutes not seconds. */
const { projects } = require("./jest.config");
const { displayName: _product, testPathIgnorePatterns: _ignored, ...shared } = projects[0];

module.exports = {
    ...shared,
    roots: ["<rootDir>/tests/engine"],
    testMatch: ["**/*.engine.test.ts"],
    testPathIgnorePatterns: ["/node_modules/"],
    maxWorkers: 1,
    testTimeout: 240000,
    verbose: true,
};
