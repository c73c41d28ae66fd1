/**
 * The project's stacks as the Pulumi CLI sees them: one `Pulumi.<stack>.yaml` beside `Pulumi.yaml`.
 * File-system only (no Pulumi SDK), so the workflows' checks and the plan's usage errors can ask cheaply.
 */
import * as fs from "fs";
import * as path from "path";

/** The stacks that have a `Pulumi.<stack>.yaml` in `root` (the project root by default), sorted. */
export function listStacks(root: string = path.resolve(__dirname, "..")): string[] {
    return fs
        .readdirSync(root)
        .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
        .filter((s): s is string => s !== undefined)
        .sort();
}
