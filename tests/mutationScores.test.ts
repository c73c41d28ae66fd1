/**
 * The per-folder mutation score and its gate, on a report written out in StrykerJS's JSON report form
 * (mutation-testing-report-schema: `files` → `mutants[].status`), with each expected figure worked out by hand:
 * detected (Killed, Timeout) over valid (detected, Survived, NoCoverage); CompileError, RuntimeError and Ignored
 * count for nothing.
 */
import { folderFailures, folderOf, folderScores, formatScores, MutationReport } from "../scripts/mutationScores";

const mutants = (spec: Record<string, number>) =>
    Object.entries(spec).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status }))) as never;

const report: MutationReport = {
    files: {
        "konnect/client.ts": { mutants: mutants({ Killed: 15, Timeout: 2, Survived: 2, CompileError: 9 }) },
        "konnect/resources/dcrProvider.ts": { mutants: mutants({ Killed: 1, NoCoverage: 0, Ignored: 4 }) },
        "config/stackSettings.ts": { mutants: mutants({ Killed: 8, Survived: 1, NoCoverage: 1, RuntimeError: 3 }) },
        "auth0/dcrScopes.ts": { mutants: mutants({ Killed: 1, Survived: 3 }) },
        "dynamic/resource.ts": { mutants: mutants({ CompileError: 2 }) },
    },
};

describe("mutation scores per folder", () => {
    it("count each top-level folder's detected mutants over its valid ones", () => {
        expect(folderScores(report)).toEqual([
            { folder: "auth0", killed: 1, timeout: 0, survived: 3, noCoverage: 0, score: 25 },
            { folder: "config", killed: 8, timeout: 0, survived: 1, noCoverage: 1, score: 80 },
            { folder: "dynamic", killed: 0, timeout: 0, survived: 0, noCoverage: 0, score: undefined },
            { folder: "konnect", killed: 16, timeout: 2, survived: 2, noCoverage: 0, score: 90 },
        ]);
        expect(folderOf("policies/rules/x.ts")).toBe("policies");
        expect(folderOf("index.ts")).toBe(".");
    });

    it("fail only the gated folders (konnect, config, policies) under 85 %, and those the report does not cover not at all", () => {
        expect(folderFailures(folderScores(report))).toEqual(["config/ mutation score 80.0 % is under 85 %"]);
        const edge = folderScores({ files: { "policies/a.ts": { mutants: mutants({ Killed: 17, Survived: 3 }) } } });
        expect(edge[0].score).toBe(85);
        expect(folderFailures(edge)).toEqual([]);
    });

    it("print one line per folder, marking the gated ones", () => {
        expect(formatScores(folderScores(report)).split("\n")).toEqual([
            "mutation score per folder:",
            "auth0/            25.0 %  killed 1, timed out 0, survived 3, not covered 0",
            "config/           80.0 %  killed 8, timed out 0, survived 1, not covered 1  (gated at 85 %)",
            "dynamic/               -  killed 0, timed out 0, survived 0, not covered 0",
            "konnect/          90.0 %  killed 16, timed out 2, survived 2, not covered 0  (gated at 85 %)",
        ]);
    });
});
