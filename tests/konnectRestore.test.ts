/**
 * What a stack must put back stays in its state, and a teardown says what it could not restore ("A stack's
 * objects stay its own", items 3 and 4). The PortalAuthStrategyBinding and ApiPublicationAuthStrategy
 * providers run in-process against the Konnect emulator the way the dynamic-provider host calls them:
 * `read` on `pulumi refresh`, then check/diff/update on `pulumi up`, `delete` with the state's outputs.
 *
 * Expectations follow Konnect's documented behaviour as the emulator implements it (a portal default or
 * publication naming a strategy that does not exist is a 400; a strategy's GET answers 404 once deleted),
 * and the messages are written out here, not computed by the code under test.
 */
import type * as pulumi from "@pulumi/pulumi";
import {
    portalAuthStrategyBindingProvider,
    PortalAuthStrategyBindingInputs,
} from "../konnect/resources/portalAuthStrategyBinding";
import {
    apiPublicationAuthStrategyProvider,
    ApiPublicationAuthStrategyInputs,
    ApiPublicationAuthStrategyState,
} from "../konnect/resources/apiPublicationAuthStrategy";
import { KonnectDiffResult } from "../konnect/resources/providerRuntime";
import type { KonnectEmulator } from "../emulators/konnect";
import { Deployed, Provider, withKonnectEmulator, FAST_RETRY } from "./support/konnectFixtures";

const retry = FAST_RETRY;
const bindings = portalAuthStrategyBindingProvider({ retry });
const publications = apiPublicationAuthStrategyProvider({ retry });

let emulator: KonnectEmulator;
let seq = 0;
withKonnectEmulator((started) => (emulator = started));

afterEach(() => {
    jest.restoreAllMocks();
});

/** An application auth strategy made in Konnect by hand (not by the stack). */
function strategyByHand(label: string): string {
    return emulator.addAuthStrategy({
        name: `${label}-${++seq}`,
        display_name: label,
        strategy_type: "key_auth",
        configs: { "key-auth": { key_names: ["apikey"] } },
    }).id;
}

async function create<I, O>(provider: Provider<I, O>, inputs: I): Promise<Deployed<O>> {
    const checked = await provider.check!({} as I, inputs);
    expect(checked.failures).toEqual([]);
    const result = await provider.create(checked.inputs ?? inputs);
    return { id: result.id, outs: result.outs as O };
}

/** `pulumi refresh`: the state after the provider's read. */
async function refresh<I, O>(
    provider: Provider<I, O>,
    state: Deployed<O>,
): Promise<{ read: pulumi.dynamic.ReadResult<O>; state: Deployed<O> }> {
    const read = await provider.read!(state.id, state.outs);
    return { read, state: { id: read.id!, outs: read.props! } };
}

/** One `pulumi up` step for an existing resource: check, diff, then update as the engine would. */
async function up<I, O>(
    provider: Provider<I, O>,
    state: Deployed<O>,
    inputs: I,
): Promise<{ state: Deployed<O>; diff: KonnectDiffResult }> {
    const checked = await provider.check!(state.outs as unknown as I, inputs);
    expect(checked.failures).toEqual([]);
    const diff = (await provider.diff!(state.id, state.outs, checked.inputs ?? inputs)) as KonnectDiffResult;
    expect(diff.replaces ?? []).toEqual([]);
    if (!diff.changes) return { state, diff };
    const updated = await provider.update!(state.id, state.outs, checked.inputs ?? inputs);
    return { state: { id: state.id, outs: updated.outs as O }, diff };
}

/** The requests since the last reset, as `METHOD path status`. */
function calls(): string[] {
    return emulator.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
}

describe("PortalAuthStrategyBinding", () => {
    function bindingInputs(
        portalId: string,
        authStrategyId: string,
        overrides: Partial<PortalAuthStrategyBindingInputs> = {},
    ): PortalAuthStrategyBindingInputs {
        return {
            serverUrl: emulator.url,
            portalId,
            portalKind: "v3",
            authStrategyId,
            allowPortalWithoutDefault: false,
            ...overrides,
        };
    }

    /** A v3 portal whose default is `previous`, bound to the stack's strategy. */
    async function bound(overrides: Partial<PortalAuthStrategyBindingInputs> = {}) {
        const previous = strategyByHand("previous");
        const ours = strategyByHand("stack");
        const portal = emulator.addPortal({
            name: `portal-${++seq}`,
            kind: overrides.portalKind ?? "v3",
            defaultApplicationAuthStrategyId: previous,
            defaultDomain: "abc123.us.kongportals.com",
        });
        const inputs = bindingInputs(portal.id, ours, overrides);
        const binding = await create(bindings, inputs);
        emulator.resetRequests();
        return { previous, ours, portal, inputs, binding };
    }

    const defaultOf = (portalId: string) => emulator.portals.get(portalId)!.default_application_auth_strategy_id;

    it("a default changed by hand: refresh keeps the binding and X, up binds again with one PATCH, destroy restores X", async () => {
        const { previous, ours, portal, inputs, binding } = await bound();
        expect(binding.outs.previousAuthStrategyId).toBe(previous);
        const byHand = strategyByHand("by-hand");
        emulator.portals.get(portal.id)!.default_application_auth_strategy_id = byHand;

        const refreshed = await refresh(bindings, binding);
        expect(calls()).toEqual([`GET /v3/portals/${portal.id} 200`]);
        expect(refreshed.read).toEqual({
            id: `v3/${portal.id}`,
            props: {
                serverUrl: emulator.url,
                portalId: portal.id,
                portalKind: "v3",
                authStrategyId: byHand,
                allowPortalWithoutDefault: false,
                boundAuthStrategyId: ours,
                previousAuthStrategyId: previous,
                portalDomain: "abc123.us.kongportals.com",
            },
            // The state's inputs show the live default too, so the next preview shows the update.
            inputs: {
                serverUrl: emulator.url,
                portalId: portal.id,
                portalKind: "v3",
                authStrategyId: byHand,
                allowPortalWithoutDefault: false,
            },
        });

        emulator.resetRequests();
        const { diff, state } = await up(bindings, refreshed.state, inputs);
        expect(diff).toMatchObject({ changes: true, changedFields: ["default_application_auth_strategy_id"] });
        expect(calls()).toEqual([`GET /v3/portals/${portal.id} 200`, `PATCH /v3/portals/${portal.id} 200`]);
        expect(emulator.requests[1].body).toEqual({ default_application_auth_strategy_id: ours });
        expect(defaultOf(portal.id)).toBe(ours);
        expect(state.outs).toMatchObject({
            authStrategyId: ours,
            boundAuthStrategyId: ours,
            previousAuthStrategyId: previous,
        });

        emulator.resetRequests();
        await bindings.delete!(state.id, state.outs);
        expect(calls()).toEqual([
            `GET /v3/portals/${portal.id} 200`,
            `GET /v2/application-auth-strategies/${previous} 200`,
            `PATCH /v3/portals/${portal.id} 200`,
        ]);
        expect(emulator.requests[2].body).toEqual({ default_application_auth_strategy_id: previous });
        expect(defaultOf(portal.id)).toBe(previous);
    });

    it("a default unset by hand shows as null after refresh; destroy right after leaves the hand-made choice alone", async () => {
        const { previous, portal, binding } = await bound();
        emulator.portals.get(portal.id)!.default_application_auth_strategy_id = null;
        const { state, read } = await refresh(bindings, binding);
        expect(read.props).toMatchObject({ authStrategyId: null, previousAuthStrategyId: previous });
        expect(read.inputs).toMatchObject({ authStrategyId: null });

        emulator.resetRequests();
        await bindings.delete!(state.id, state.outs);
        expect(calls()).toEqual([`GET /v3/portals/${portal.id} 200`]);
        expect(defaultOf(portal.id)).toBeNull();
    });

    it("refresh with nothing changed reports the state as it was, without inputs", async () => {
        const { binding } = await bound();
        const { read } = await refresh(bindings, binding);
        expect(read).toEqual({ id: binding.id, props: binding.outs });
    });

    it("the portal deleted in Konnect: refresh reports the binding gone", async () => {
        const { portal, binding } = await bound();
        emulator.portals.delete(portal.id);
        const { read } = await refresh(bindings, binding);
        expect(read.id).toBeFalsy();
        expect(calls()).toEqual([`GET /v3/portals/${portal.id} 404`]);
    });

    it("destroy with the previous default deleted: stops naming the portal, the strategy and the ways on, and writes nothing", async () => {
        const { previous, ours, portal, binding } = await bound();
        emulator.authStrategies.delete(previous);
        emulator.resetRequests();
        const error: Error = await bindings.delete!(binding.id, binding.outs).then(
            () => new Error("delete succeeded"),
            (e) => e,
        );
        expect(error.message).toBe(
            `Cannot restore the default application auth strategy of the Dev Portal "${emulator.portals.get(portal.id)!.name}" (${portal.id}): ` +
                `the strategy it had before this stack bound its own, ${previous}, no longer exists in Konnect. ` +
                `The destroy stopped without changing the portal, which still uses the stack's strategy ${ours}. ` +
                "Either create an application auth strategy, make it the portal's default by hand and run pulumi destroy " +
                "again (the portal is then left as you set it); or, to leave the portal without a default strategy, run " +
                "pulumi config set konnect-auth0-dcr:allowPortalWithoutDefault true, then pulumi up (which records the " +
                "setting in the stack's state, where destroy reads it), then pulumi destroy again.",
        );
        expect(calls()).toEqual([
            `GET /v3/portals/${portal.id} 200`,
            `GET /v2/application-auth-strategies/${previous} 404`,
        ]);
        expect(emulator.counts().write).toBe(0);
        expect(defaultOf(portal.id)).toBe(ours);

        // The first way on: a default chosen by hand is left as it is.
        const chosen = strategyByHand("chosen");
        emulator.portals.get(portal.id)!.default_application_auth_strategy_id = chosen;
        emulator.resetRequests();
        await bindings.delete!(binding.id, binding.outs);
        expect(emulator.counts().write).toBe(0);
        expect(defaultOf(portal.id)).toBe(chosen);
    });

    it("allowPortalWithoutDefault set, then pulumi up (records it without writing), then destroy: no default, and says so", async () => {
        const { previous, portal, inputs, binding } = await bound({ portalKind: "classic" });
        emulator.authStrategies.delete(previous);
        const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);

        emulator.resetRequests();
        const { diff, state } = await up(bindings, binding, { ...inputs, allowPortalWithoutDefault: true });
        expect(diff).toMatchObject({ changes: true, changedFields: ["allowPortalWithoutDefault"] });
        expect(calls()).toEqual([`GET /v2/portals/${portal.id} 200`]);
        expect(state.outs.allowPortalWithoutDefault).toBe(true);

        emulator.resetRequests();
        await bindings.delete!(state.id, state.outs);
        expect(calls()).toEqual([
            `GET /v2/portals/${portal.id} 200`,
            `GET /v2/application-auth-strategies/${previous} 404`,
            `PATCH /v2/portals/${portal.id} 200`,
        ]);
        expect(emulator.requests[2].body).toEqual({ default_application_auth_strategy_id: null });
        expect(defaultOf(portal.id)).toBeNull();
        expect(warn.mock.calls).toEqual([
            [
                `warning: the classic portal "${emulator.portals.get(portal.id)!.name}" (${portal.id}) is left without a ` +
                    `default application auth strategy: the strategy it had before this stack bound its own, ${previous}, ` +
                    "no longer exists in Konnect, and konnect-auth0-dcr:allowPortalWithoutDefault is true. Choose a default " +
                    "strategy for the portal in Konnect if it needs one.",
            ],
        ]);
    });

    it("a portal that had no default before gets none back: nothing to look up, one PATCH", async () => {
        const ours = strategyByHand("stack");
        const portal = emulator.addPortal({ name: `portal-${++seq}` });
        const binding = await create(bindings, bindingInputs(portal.id, ours));
        expect(binding.outs.previousAuthStrategyId).toBeNull();
        emulator.resetRequests();
        await bindings.delete!(binding.id, binding.outs);
        expect(calls()).toEqual([`GET /v3/portals/${portal.id} 200`, `PATCH /v3/portals/${portal.id} 200`]);
        expect(defaultOf(portal.id)).toBeNull();
    });
});

describe("ApiPublicationAuthStrategy", () => {
    /** An API "orders-…" published on a v3 portal under `earlier`, adopted by the stack's strategy. */
    async function adopted() {
        const earlier = strategyByHand("earlier");
        const ours = strategyByHand("stack");
        const portal = emulator.addPortal({ name: `portal-${++seq}`, defaultApplicationAuthStrategyId: ours });
        const apiName = `orders-${++seq}`;
        const api = emulator.addApi({ name: apiName });
        emulator.publishApi({
            apiId: api.id,
            portalId: portal.id,
            visibility: "private",
            autoApproveRegistrations: false,
            authStrategyIds: [earlier],
        });
        const inputs: ApiPublicationAuthStrategyInputs = {
            serverUrl: emulator.url,
            portalId: portal.id,
            portalKind: "v3",
            apiId: api.id,
            authStrategyId: ours,
        };
        const deployed = await create(publications, inputs);
        emulator.resetRequests();
        const key = `${api.id}/${portal.id}`;
        return {
            earlier,
            ours,
            portal,
            api,
            apiName,
            inputs,
            deployed,
            key,
            path: `/v3/apis/${api.id}/publications/${portal.id}`,
        };
    }

    it("strategies changed by hand: refresh keeps the earlier ones, up sets the stack's again with one PUT, destroy restores the earlier", async () => {
        const { earlier, ours, inputs, deployed, key, path } = await adopted();
        expect(deployed.outs.previousAuthStrategyIds).toEqual([earlier]);
        const byHand = strategyByHand("by-hand");
        emulator.apiPublications.get(key)!.auth_strategy_ids = [byHand];

        const refreshed = await refresh(publications, deployed);
        expect(calls()).toEqual([`GET ${path} 200`]);
        expect(refreshed.read.id).toBe(deployed.id);
        expect(refreshed.read.props).toEqual<ApiPublicationAuthStrategyState>({
            ...inputs,
            previousAuthStrategyIds: [earlier],
            authStrategyIds: [byHand],
            visibility: "private",
        });

        emulator.resetRequests();
        const { diff, state } = await up(publications, refreshed.state, inputs);
        expect(diff).toMatchObject({ changes: true, changedFields: ["auth_strategy_ids"] });
        expect(calls()).toEqual([`GET ${path} 200`, `PUT ${path} 200`]);
        expect(emulator.requests[1].body).toEqual({
            visibility: "private",
            auto_approve_registrations: false,
            auth_strategy_ids: [ours],
        });
        expect(state.outs).toMatchObject({ previousAuthStrategyIds: [earlier], authStrategyIds: [ours] });

        emulator.resetRequests();
        await publications.delete!(state.id, state.outs);
        expect(calls()).toEqual([
            `GET ${path} 200`,
            `GET /v2/application-auth-strategies/${earlier} 200`,
            `PUT ${path} 200`,
        ]);
        expect(emulator.requests[2].body).toEqual({
            visibility: "private",
            auto_approve_registrations: false,
            auth_strategy_ids: [earlier],
        });
        expect(emulator.apiPublications.get(key)).toMatchObject({
            auth_strategy_ids: [earlier],
            visibility: "private",
            auto_approve_registrations: false,
        });
    });

    it("destroy with the earlier strategy deleted: stops naming the API, the portal and the strategy, and writes nothing", async () => {
        const { earlier, ours, portal, api, apiName, deployed, key, path } = await adopted();
        emulator.authStrategies.delete(earlier);
        emulator.resetRequests();
        const error: Error = await publications.delete!(deployed.id, deployed.outs).then(
            () => new Error("delete succeeded"),
            (e) => e,
        );
        expect(error.message).toBe(
            `Cannot restore the earlier application auth strategies of the API "${apiName}" (${api.id}) on the Dev Portal ${portal.id}: ` +
                `["${earlier}"] was recorded when the stack adopted the publication, but the strategy ${earlier} no longer exists in Konnect. ` +
                `The destroy stopped without changing the publication, which still uses the stack's strategy ${ours}: ` +
                "restoring fewer strategies, or none, would change or drop the API's authentication. Choose the API's auth " +
                "strategy on the portal by hand (Konnect → Dev Portal → APIs, or the product version on a classic portal), " +
                "then run pulumi destroy again: it then leaves the publication as you set it.",
        );
        expect(calls()).toEqual([
            `GET ${path} 200`,
            `GET /v2/application-auth-strategies/${earlier} 404`,
            `GET /v3/apis/${api.id} 200`,
        ]);
        expect(emulator.counts().write).toBe(0);
        expect(emulator.apiPublications.get(key)!.auth_strategy_ids).toEqual([ours]);
    });

    it("the API unpublished in Konnect: refresh reports the publication gone", async () => {
        const { deployed, key, path } = await adopted();
        emulator.apiPublications.delete(key);
        const { read } = await refresh(publications, deployed);
        expect(read.id).toBe("");
        expect(calls()).toEqual([`GET ${path} 404`]);
    });
});
