/**
 * `npm run --silent rotate:raise -- --stack <stack> [--period-days 90] [--last-change <ISO date>] [--now <ISO date>]`:
 * what the scheduled rotation workflow (`.github/workflows/rotate.yml`) runs per stack. When the stack's DCR admin
 * secret is due (never rotated by the stack, or its `dcrAdminSecretVersion` last changed `--period-days` or more ago),
 * it raises `konnect-auth0-dcr:dcrAdminSecretVersion` by one in `Pulumi.<stack>.yaml` (comments and layout kept) and
 * prints `version=<new>`; otherwise it changes nothing and prints `due=false`. It reads no credential: the rotation
 * itself happens in the reviewed `pulumi up` of the pull request the workflow opens.
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "node:util";
import { isMap, parseDocument } from "yaml";

const KEY = "konnect-auth0-dcr:dcrAdminSecretVersion";
const DAY_MS = 24 * 60 * 60 * 1000;

/** The stack file's rotation number (0 when unset) and the text with it raised by one. */
export function raiseSecretVersion(stackFileText: string): {
    readonly from: number;
    readonly to: number;
    readonly text: string;
} {
    const doc = parseDocument(stackFileText);
    const config = doc.get("config");
    if (!isMap(config)) throw new Error("the stack file has no config: section");
    const current = config.get(KEY);
    const from = current === undefined || current === null || current === "" ? 0 : Number(current);
    if (!Number.isInteger(from) || from < 0) {
        throw new Error(`${KEY} is ${JSON.stringify(current)} in the stack file; expected a whole number from 0 on`);
    }
    config.set(KEY, from + 1);
    return { from, to: from + 1, text: doc.toString() };
}

/** Due when the setting never changed (the stack never rotated it) or last changed `periodDays` or more ago. */
export function rotationDue(lastChange: Date | undefined, now: Date, periodDays: number): boolean {
    if (!Number.isInteger(periodDays) || periodDays < 1) {
        throw new Error(`--period-days: expected a whole number of days from 1 on, got ${periodDays}`);
    }
    return lastChange === undefined || now.getTime() - lastChange.getTime() >= periodDays * DAY_MS;
}

function main(argv: string[]): void {
    const { values } = parseArgs({
        args: argv,
        options: {
            stack: { type: "string" },
            "period-days": { type: "string", default: "90" },
            "last-change": { type: "string", default: "" },
            now: { type: "string" },
        },
    });
    if (!values.stack) throw new Error("--stack <stack> is required");
    const lastChange = values["last-change"] ? new Date(values["last-change"]) : undefined;
    if (lastChange && Number.isNaN(lastChange.getTime())) {
        throw new Error(`--last-change: expected an ISO date, got ${values["last-change"]}`);
    }
    const now = values.now ? new Date(values.now) : new Date();
    if (!rotationDue(lastChange, now, Number(values["period-days"]))) {
        console.log("due=false");
        return;
    }
    const file = path.resolve(`Pulumi.${values.stack}.yaml`);
    const { to, text } = raiseSecretVersion(fs.readFileSync(file, "utf8"));
    fs.writeFileSync(file, text);
    console.log("due=true");
    console.log(`version=${to}`);
}

if (require.main === module) {
    try {
        main(process.argv.slice(2));
    } catch (error) {
        console.error(`rotate:raise: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 2;
    }
}
