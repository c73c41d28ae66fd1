/**
 * What `npm run test:mutation` (StrykerJS) runs against each mutant: the product's tests as one project (Stryker's
 * jest runner takes no `projects`); the test doubles' own tests say nothing about the product's mutants.
 */
const { projects, reporters: _counts, ...globalOptions } = require("./jest.config");
const { displayName: _product, ...product } = projects[0];

module.exports = {
    ...globalOptions,
    ...product,
    // Every source folder in jest's file map, not only tests/: Stryker runs each mutant's tests with jest's
    // `findRelatedTests`, which follows imports only through the files in that map, so a module reached from the
    // tests only through another source file (policies/lib/*, konnect/errors.ts) would find no test at all.
    roots: ["<rootDir>"],
    testMatch: ["<rootDir>/tests/**/*.test.ts"],
    // Stryker wraps the environment and resolves it without jest's <rootDir>.
    testEnvironment: require("path").join(__dirname, "tests", "support", "testEnvironment.js"),
};
