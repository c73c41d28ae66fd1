/**
 * What the smoke run prints: one summary line per step (`✓ sign-in   120 ms  detail`), indented likely
 * causes under a failed step, progress lines while waiting. Every line passes through the redactor.
 */
import { Redactor } from "./redact";

/** Anything with `write(text)`, e.g. `process.stdout`. */
export interface OutputStream {
    write(text: string): unknown;
}

export type StepStatus = "passed" | "failed" | "skipped";

export interface StepResult {
    readonly name: string;
    readonly status: StepStatus;
    readonly durationMs: number;
    /** One line: what was checked or why it failed / was skipped. */
    readonly detail: string;
    /** Likely causes of a failure, most specific first. */
    readonly causes: readonly string[];
}

const MARK: Readonly<Record<StepStatus, string>> = { passed: "✓", failed: "✗", skipped: "-" };
const NAME_WIDTH = 20;

/** `120 ms`, `4.2 s`, `2 m 05 s`. */
export function formatDuration(ms: number): string {
    if (ms < 1000) return `${Math.round(ms)} ms`;
    if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)} m ${String(seconds % 60).padStart(2, "0")} s`;
}

/** The summary line of a step and its indented causes. */
export function formatStep(step: StepResult): string[] {
    const duration = step.status === "skipped" ? "" : formatDuration(step.durationMs);
    const head =
        `${MARK[step.status]} ${step.name.padEnd(NAME_WIDTH)} ${duration.padStart(9)}  ${step.detail}`.trimEnd();
    return [head, ...step.causes.map((cause) => `      likely: ${cause}`)];
}

/** Writes redacted lines to the output stream. */
export class Reporter {
    constructor(
        private readonly out: OutputStream,
        readonly redactor: Redactor,
    ) {}

    line(text: string): void {
        this.out.write(`${this.redactor.redact(text)}\n`);
    }

    step(step: StepResult): void {
        for (const line of formatStep(step)) this.line(line);
    }

    /** A waiting line under a step that is still running. */
    progress(stepName: string, text: string): void {
        this.line(`  … ${stepName}: ${text}`);
    }
}
