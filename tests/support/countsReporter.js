/**
 * Prints the run's test counts per jest project (`product`, `test doubles`), so the product's own tests are never
 * counted with the tests of the emulators and stand-ins they run against.
 */
class CountsReporter {
    onRunComplete(_contexts, results) {
        const byProject = new Map();
        for (const file of results.testResults) {
            const name = file.displayName?.name ?? "tests";
            const counts = byProject.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
            counts.passed += file.numPassingTests;
            counts.failed += file.numFailingTests;
            counts.skipped += file.numPendingTests + file.numTodoTests;
            byProject.set(name, counts);
        }
        const line = [...byProject]
            .map(([name, c]) => `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`)
            .join("; ");
        process.stderr.write(`Tests by project: ${line}\n`);
    }
}

module.exports = CountsReporter;
