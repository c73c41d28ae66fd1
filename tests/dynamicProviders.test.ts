/**
 * What the thin providers in state load (`dynamic/providers.ts`): every kind served, and the move of a state that
 * holds other provider code (the full serialized providers of earlier versions) to today's form: an update that
 * writes nothing to Konnect.
 */
import { provider } from "../dynamic/providers";
import type { DynamicKind } from "../dynamic/resource";
import { konnectLabels } from "../konnect/payloads";
import { KonnectEmulator } from "../emulators/konnect";
import { devProviderSettings, withKonnectEmulator } from "./support/konnectFixtures";

let emulator: KonnectEmulator;
withKonnectEmulator((started) => (emulator = started));

/** What a state written before the thin providers holds in `__provider`: the implementation itself. */
const EARLIER_CODE = "exports.handler = __f0;\nfunction __f0() { /* 180 KiB of serialized provider code */ }";
const TODAY_CODE = 'exports.handler = __f0;\nfunction __f0() { /* load "konnect-auth0-dcr/dynamic-providers" */ }';

function dcrInputs(name: string) {
    return {
        serverUrl: emulator.url,
        name,
        ...devProviderSettings,
        initialClientSecret: "initial-secret-of-the-migration-test",
        labels: konnectLabels({ organization: "acme", project: "konnect-auth0-dcr", stack: "dev" }),
        __provider: TODAY_CODE,
    };
}

it.each<DynamicKind>([
    "DcrProvider",
    "ApplicationAuthStrategy",
    "PortalAuthStrategyBinding",
    "ApiPublicationAuthStrategy",
    "DcrVerification",
])("serves %s with every method the host may call", (kind) => {
    const served = provider(kind);
    for (const method of ["check", "diff", "create", "read", "update", "delete"] as const) {
        expect(typeof served[method]).toBe("function");
    }
});

it("refuses a kind it does not know, naming it", () => {
    expect(() => provider("Nonexistent" as DynamicKind)).toThrow('no dynamic resource kind "Nonexistent"');
});

describe("a DCR provider whose state holds the earlier provider code", () => {
    const dcr = provider("DcrProvider");

    async function deployed(name: string) {
        const inputs = dcrInputs(name);
        const { id, outs } = await dcr.create(inputs);
        emulator.resetRequests();
        return { id, inputs, earlier: { ...outs, __provider: EARLIER_CODE } };
    }

    it("diffs as an update (never a replacement) so the next up stores today's form", async () => {
        const { id, inputs, earlier } = await deployed("migrating-dcr-diff");
        const result = await dcr.diff(id, earlier, inputs);
        expect(result.changes).toBe(true);
        expect(result.replaces ?? []).toEqual([]);
        expect(result.deleteBeforeReplace).toBeFalsy();
    });

    it("diffs as no change once the state holds the code registered now", async () => {
        const { id, inputs, earlier } = await deployed("migrated-dcr-diff");
        const result = await dcr.diff(id, { ...earlier, __provider: TODAY_CODE }, inputs);
        expect(result.changes).toBe(false);
    });

    it("updates with no write to Konnect and the same state", async () => {
        const { id, inputs, earlier } = await deployed("migrating-dcr-update");
        await dcr.diff(id, earlier, inputs);
        const { outs } = await dcr.update(id, earlier, inputs);
        expect(emulator.counts().write).toBe(0);
        const { __provider: _dropped, ...before } = earlier;
        expect(outs).toEqual(before);
    });
});
