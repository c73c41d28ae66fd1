/**
 * Entry point of `npm run smoke -- --stack <stack> --route-url <url> [--api-id <uuid>] [--keep]`.
 * See smoke/README.md for settings, output sources and exit codes.
 */
import { promises as fs } from "fs";
import { sleep } from "../konnect/retry";
import { runCli } from "./main";
import { pulumiStackOutput } from "./pulumiCli";

runCli(process.argv.slice(2), process.env, {
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    sleep,
    out: process.stdout,
    err: process.stderr,
    readFile: (path) => fs.readFile(path, "utf8"),
    pulumiStackOutput: (stack) => pulumiStackOutput(stack),
}).then((code) => {
    process.exitCode = code;
});
