/**
 * The state of a stack deployed by the version before the thin dynamic providers (each Konnect resource carrying
 * its provider's whole serialized code), with the Konnect objects it made: the engine suite moves it to today's
 * form (`tests/engine/providerCode.engine.test.ts`).
 *
 * `node -r ts-node/register/transpile-only scripts/engine/earlierStateFixture.ts <checkout of that version>` makes
 * the fixture anew: it deploys that checkout's engine program (its `tests/engine/program`, with this project's
 * `node_modules` linked in) against fresh emulators, then writes the `pulumi stack export` and the emulator's
 * objects, the emulator's address replaced by a placeholder. Its secrets are the suite's throwaway ones, encrypted
 * under the suite's throwaway passphrase; no real credential is in it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { KonnectEmulator, KonnectObjects } from "../../emulators/konnect";
import { REPO_ROOT } from "./pulumiCli";
import { initProgramStack, ProgramSettings, startEngineEmulators } from "./programStack";

export const EARLIER_STATE_FIXTURE = path.join(REPO_ROOT, "tests/engine/fixtures/stateBeforeThinProviders.json.gz");
/** Stands for the Konnect emulator's address (an ephemeral port) in the fixture. */
export const KONNECT_URL_PLACEHOLDER = "http://konnect-emulator.invalid";
/** The stack the fixture was deployed as: its resources' URNs name it. */
export const EARLIER_STACK = "earlier";

/** What the fixture holds. */
export interface EarlierStateFixture {
    /** The commit of the version that deployed it. */
    readonly commit: string;
    readonly settings: ProgramSettings;
    /** `pulumi stack export` of the stack (secrets encrypted). */
    readonly deployment: unknown;
    /** The Konnect emulator's objects right after that deploy. */
    readonly konnect: KonnectObjects;
}

/** The fixture, its placeholder replaced by `konnectUrl`. */
export function readEarlierStateFixture(konnectUrl: string): EarlierStateFixture {
    const text = zlib.gunzipSync(fs.readFileSync(EARLIER_STATE_FIXTURE)).toString("utf8");
    return JSON.parse(text.split(KONNECT_URL_PLACEHOLDER).join(konnectUrl)) as EarlierStateFixture;
}

/** The portal as the engine suite's scenarios find it: a hand-made default, and an API published with it. */
export function seedPortal(emulator: KonnectEmulator): { portalId: string; apiId: string; previousDefault: string } {
    const previousDefault = emulator.addKeyAuthStrategy("hand-made-key-auth", "Key auth").id;
    const portalId = emulator.addPortal({
        name: "developer-portal",
        defaultApplicationAuthStrategyId: previousDefault,
        defaultDomain: "acme.us.kongportals.com",
    }).id;
    const apiId = emulator.addApi({ name: "orders" }).id;
    emulator.publishApi({ apiId, portalId, visibility: "public", authStrategyIds: [previousDefault] });
    return { portalId, apiId, previousDefault };
}

async function main(checkout: string): Promise<void> {
    const commit = execFileSync("git", ["-C", checkout, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    const linked = path.join(checkout, "node_modules");
    if (!fs.existsSync(linked)) fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), linked);
    const emulators = await startEngineEmulators();
    try {
        const { portalId, apiId } = seedPortal(emulators.konnect);
        const settings: ProgramSettings = {
            portalId,
            dcrAdminClientId: "dcr-admin-client-id-from-auth0",
            dcrAdminClientSecret: "dcr-admin-secret-earlier-state-fixture-0000",
            apiIds: [apiId],
        };
        const program = path.join(checkout, "tests", "engine", "program");
        const stack = await initProgramStack(emulators, EARLIER_STACK, settings, program);
        try {
            await stack.ok(["up", "--yes", "--skip-preview"]);
            const deployment = JSON.parse((await stack.ok(["stack", "export"])).stdout) as unknown;
            const fixture: EarlierStateFixture = {
                commit,
                settings,
                deployment,
                konnect: emulators.konnect.snapshot(),
            };
            const text = JSON.stringify(fixture).split(emulators.konnect.url).join(KONNECT_URL_PLACEHOLDER);
            fs.mkdirSync(path.dirname(EARLIER_STATE_FIXTURE), { recursive: true });
            fs.writeFileSync(EARLIER_STATE_FIXTURE, zlib.gzipSync(text, { level: 9 }));
            console.log(
                `wrote ${path.relative(REPO_ROOT, EARLIER_STATE_FIXTURE)}: state of ${commit}, ${text.length} bytes`,
            );
        } finally {
            stack.dispose();
        }
    } finally {
        await emulators.close();
    }
}

if (require.main === module) {
    const checkout = process.argv[2];
    if (!checkout) {
        console.error("usage: earlierStateFixture.ts <checkout of the version before the thin providers>");
        process.exit(2);
    }
    main(path.resolve(checkout)).catch((err: unknown) => {
        console.error(err instanceof Error ? err.message : String(err));
        process.exit(1);
    });
}
