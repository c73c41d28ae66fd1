/**
 * Runs `npm run smoke`'s `runCli` in-process against the stand-ins, with tiny timeouts, capturing
 * everything it prints; and lists every secret the stand-ins handed out, so tests can scan for them.
 */
import { runCli, CliDeps } from "../../smoke/main";
import { StandIns } from "../../emulators/portalStandIns";

export interface SmokeRunCapture {
    readonly code: number;
    readonly out: string;
    readonly err: string;
}

/** The environment a run against `standIns` needs: outputs as SMOKE_* variables, credentials, fast timeouts. */
export function standInEnv(standIns: StandIns): Record<string, string> {
    return {
        SMOKE_ISSUER: standIns.issuer.url,
        SMOKE_AUDIENCE: standIns.audience,
        SMOKE_KONNECT_AUTH_STRATEGY_ID: standIns.strategyId,
        SMOKE_KONNECT_PORTAL_URL: standIns.portal.url,
        SMOKE_ROUTE_URL: standIns.gateway.routeUrl,
        SMOKE_API_ID: standIns.apiId,
        KONNECT_PORTAL_DEVELOPER_EMAIL: standIns.developer.email,
        KONNECT_PORTAL_DEVELOPER_PASSWORD: standIns.developer.password,
        SMOKE_POLL_INTERVAL: "10ms",
        SMOKE_APPROVAL_TIMEOUT: "300ms",
        SMOKE_ROUTE_TIMEOUT: "0",
        SMOKE_REQUEST_TIMEOUT: "5s",
    };
}

/** Runs the CLI in-process; `env` entries set to undefined are removed from the stand-in environment. */
export async function runSmokeAgainst(
    standIns: StandIns,
    args: readonly string[] = [],
    env: Record<string, string | undefined> = {},
    io: Partial<Pick<CliDeps, "readFile" | "pulumiStackOutput">> = {},
): Promise<SmokeRunCapture> {
    let out = "";
    let err = "";
    const code = await runCli(
        args,
        { ...standInEnv(standIns), ...env },
        {
            fetch: (input, init) => fetch(input, init),
            now: () => Date.now(),
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            out: { write: (text: string) => (out += text) },
            err: { write: (text: string) => (err += text) },
            readFile:
                io.readFile ??
                (async (path) => Promise.reject(Object.assign(new Error(`no file ${path}`), { code: "ENOENT" }))),
            pulumiStackOutput: io.pulumiStackOutput ?? (async () => undefined),
            uniqueSuffix: () => Math.random().toString(16).slice(2, 8),
        },
    );
    return { code, out, err };
}

/** Every secret the stand-ins know of: password, session cookies, client secrets, Basic pairs, tokens. */
export function secretsOf(standIns: StandIns): string[] {
    return [
        standIns.developer.password,
        ...standIns.portal.issuedCookies,
        ...standIns.portal.created.flatMap((app) => [
            app.clientSecret,
            Buffer.from(`${app.clientId}:${app.clientSecret}`).toString("base64"),
        ]),
        ...standIns.issuer.issuedTokens,
    ];
}

/** The summary line of step `name` in the output, or undefined. */
export function stepLine(out: string, name: string): string | undefined {
    return out.split("\n").find((line) => new RegExp(`^[✓✗-] ${name} `).test(line));
}
