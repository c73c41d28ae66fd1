/**
 * The mutation score per folder from StrykerJS's JSON report (where `stryker.config.json` puts it, the
 * mutation-testing-report-schema), and the threshold the project holds it to: `konnect/`, `config/` and `policies/`
 * at 85 % or more. Run after `npm run test:mutation` (its `posttest:mutation`); exits 1 when a gated folder that the
 * report covers is under the threshold, so the scheduled workflow fails.
 *
 * Stryker's own `break` judges the whole run at once; the project's promise is per folder, and the folders it does
 * not gate (auth0/, components/, verification/, dynamic/) are reported with the rest.
 */
import * as fs from "fs";
import * as path from "path";

/** The folders whose score must reach {@link BREAK_PERCENT}. */
export const GATED_FOLDERS = ["konnect", "config", "policies"] as const;

/** The lowest score a gated folder may have. */
export const BREAK_PERCENT = 85;

const isGated = (folder: string) => (GATED_FOLDERS as readonly string[]).includes(folder);

/** Mutant statuses as the report schema names them. */
type MutantStatus =
    "Killed" | "Survived" | "NoCoverage" | "Timeout" | "CompileError" | "RuntimeError" | "Ignored" | "Pending";

/** The part of the report this module reads. */
export interface MutationReport {
    readonly files: Readonly<Record<string, { readonly mutants: readonly { readonly status: MutantStatus }[] }>>;
}

/** One folder's counts and score: detected (killed, timed out) over valid (detected, survived, not covered). */
export interface FolderScore {
    readonly folder: string;
    readonly killed: number;
    readonly timeout: number;
    readonly survived: number;
    readonly noCoverage: number;
    /** Percent, or undefined when the folder has no valid mutant. */
    readonly score: number | undefined;
}

/** The top-level folder of a report path (`konnect/resources/x.ts` → `konnect`). */
export function folderOf(file: string): string {
    const parts = file.split(/[\\/]/);
    return parts.length > 1 ? parts[0] : ".";
}

/** Scores per top-level folder, in name order. */
export function folderScores(report: MutationReport): FolderScore[] {
    const counts = new Map<string, { killed: number; timeout: number; survived: number; noCoverage: number }>();
    for (const [file, { mutants }] of Object.entries(report.files)) {
        const folder = folderOf(file);
        const c = counts.get(folder) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
        for (const { status } of mutants) {
            if (status === "Killed") c.killed++;
            else if (status === "Timeout") c.timeout++;
            else if (status === "Survived") c.survived++;
            else if (status === "NoCoverage") c.noCoverage++;
        }
        counts.set(folder, c);
    }
    return [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([folder, c]) => {
            const valid = c.killed + c.timeout + c.survived + c.noCoverage;
            return { folder, ...c, score: valid === 0 ? undefined : (100 * (c.killed + c.timeout)) / valid };
        });
}

/** The gated folders in `scores` under the threshold, as messages. */
export function folderFailures(scores: readonly FolderScore[]): string[] {
    return scores
        .filter((s) => isGated(s.folder) && s.score !== undefined && s.score < BREAK_PERCENT)
        .map((s) => `${s.folder}/ mutation score ${s.score!.toFixed(1)} % is under ${BREAK_PERCENT} %`);
}

/** The table `main` prints. */
export function formatScores(scores: readonly FolderScore[]): string {
    const rows = scores.map(
        (s) =>
            `${`${s.folder}/`.padEnd(15)} ${(s.score === undefined ? "-" : `${s.score.toFixed(1)} %`).padStart(8)}` +
            `  killed ${s.killed}, timed out ${s.timeout}, survived ${s.survived}, not covered ${s.noCoverage}` +
            (isGated(s.folder) ? `  (gated at ${BREAK_PERCENT} %)` : ""),
    );
    return ["mutation score per folder:", ...rows].join("\n");
}

function main(): void {
    // The report Stryker wrote, where stryker.config.json's json reporter puts it.
    const strykerConfig = path.join(__dirname, "..", "stryker.config.json");
    const file = process.argv[2] ?? JSON.parse(fs.readFileSync(strykerConfig, "utf8")).jsonReporter.fileName;
    const report = JSON.parse(fs.readFileSync(file, "utf8")) as MutationReport;
    const scores = folderScores(report);
    console.log(formatScores(scores));
    const failures = folderFailures(scores);
    for (const failure of failures) console.error(failure);
    process.exitCode = failures.length > 0 ? 1 : 0;
}

if (require.main === module) main();
