/**
 * The four dynamic providers driven through every lifecycle step against the Konnect emulator, the way
 * the Pulumi engine calls them: create (and adopt), no-op, in-place update, secret rotation, drift repair,
 * replacement, delete (also after a manual delete), in-use conflicts, token errors, the binding's
 * restore of the portal's previous default on v3 and classic portals, and the API publications' adoption
 * and restore of their earlier auth strategies.
 */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { createKonnectClient } from "../konnect/client";
import { KonnectApiError } from "../konnect/errors";
import { konnectLabels } from "../konnect/payloads";
import {
    applicationAuthStrategyProvider,
    ApplicationAuthStrategyInputs,
} from "../konnect/resources/applicationAuthStrategy";
import { dcrProviderProvider, DcrProviderInputs } from "../konnect/resources/dcrProvider";
import {
    portalAuthStrategyBindingProvider,
    PortalAuthStrategyBindingInputs,
} from "../konnect/resources/portalAuthStrategyBinding";
import {
    apiPublicationAuthStrategyProvider,
    ApiPublicationAuthStrategyInputs,
} from "../konnect/resources/apiPublicationAuthStrategy";
import { KonnectDiffResult } from "../konnect/resources/providerRuntime";
import { UNKNOWN_VALUE } from "../konnect/validation";
import { KonnectEmulator, SERVER_FILLED_OIDC_FIELD } from "../emulators/konnect";
import {
    Deployed,
    devProviderSettings,
    devStrategySettings,
    Provider,
    withKonnectEmulator,
    FAST_RETRY,
} from "./support/konnectFixtures";

const retry = FAST_RETRY;
const dcr = dcrProviderProvider({ retry });
const strategies = applicationAuthStrategyProvider({ retry });
const bindings = portalAuthStrategyBindingProvider({ retry });
const publications = apiPublicationAuthStrategyProvider({ retry });

/** The stack that owns the objects these tests make. */
const DEV = { organization: "acme", project: "konnect-auth0-dcr", stack: "dev" };
/** Its labels, as Konnect receives them. */
const DEV_LABELS = {
    "managed-by": "konnect-auth0-dcr",
    "pulumi-organization": "acme",
    "pulumi-project": "konnect-auth0-dcr",
    "pulumi-stack": "dev",
};

const SECRET = "first-initial-client-secret-1a2b3c";
const ROTATED = "second-initial-client-secret-4d5e6f";

let emulator: KonnectEmulator;
let seq = 0;
withKonnectEmulator((started) => (emulator = started));

/** A client for setting things up behind the providers' back. */
function directClient() {
    return createKonnectClient({ serverUrl: emulator.url, token: emulator.token, tokenSource: "env:KONNECT_TOKEN" });
}

/** Outputs must survive the provider host's conversion to a protobuf Struct (no undefined values). */
function assertSendable(outs: unknown): void {
    expect(() => Struct.fromJavaScript(outs as Record<string, never>)).not.toThrow();
}

async function create<I, O>(provider: Provider<I, O>, inputs: I): Promise<Deployed<O>> {
    const checked = await provider.check!({} as I, inputs);
    expect(checked.failures).toEqual([]);
    const result = await provider.create(checked.inputs ?? inputs);
    assertSendable(result.outs);
    return { id: result.id, outs: result.outs as O };
}

/** One `pulumi up` step for an existing resource: check, diff, then update or replace as the engine would. */
async function up<I, O>(
    provider: Provider<I, O>,
    state: Deployed<O>,
    inputs: I,
): Promise<{ state: Deployed<O>; diff: KonnectDiffResult; action: string }> {
    const checked = await provider.check!(state.outs as unknown as I, inputs);
    expect(checked.failures).toEqual([]);
    const diff = (await provider.diff!(state.id, state.outs, checked.inputs ?? inputs)) as KonnectDiffResult;
    if (diff.replaces && diff.replaces.length > 0) {
        if (diff.deleteBeforeReplace) await provider.delete!(state.id, state.outs);
        const created = await provider.create(checked.inputs ?? inputs);
        if (!diff.deleteBeforeReplace) await provider.delete!(state.id, state.outs);
        return { state: { id: created.id, outs: created.outs as O }, diff, action: "replace" };
    }
    if (!diff.changes) return { state, diff, action: "same" };
    const updated = await provider.update!(state.id, state.outs, checked.inputs ?? inputs);
    assertSendable(updated.outs);
    return { state: { id: state.id, outs: updated.outs as O }, diff, action: "update" };
}

/** The diff of a replacement on `field` that deletes the old object first (the new one has the same name or target). */
function replacedDeletingFirst(field: string): KonnectDiffResult {
    return { changes: true, replaces: [field], deleteBeforeReplace: true, changedFields: [field] };
}

function providerInputs(overrides: Partial<DcrProviderInputs> = {}): DcrProviderInputs {
    return {
        serverUrl: emulator.url,
        name: `auth0-dcr-${++seq}`,
        ...devProviderSettings,
        initialClientSecret: SECRET,
        labels: konnectLabels(DEV),
        ...overrides,
    };
}

function strategyInputs(
    dcrProviderId: string,
    overrides: Partial<ApplicationAuthStrategyInputs> = {},
): ApplicationAuthStrategyInputs {
    return {
        serverUrl: emulator.url,
        name: `auth0-strategy-${++seq}`,
        ...devStrategySettings,
        dcrProviderId,
        labels: konnectLabels(DEV),
        ...overrides,
    };
}

function bindingInputs(
    portalId: string,
    authStrategyId: string,
    portalKind: "v3" | "classic" = "v3",
): PortalAuthStrategyBindingInputs {
    return { serverUrl: emulator.url, portalId, portalKind, authStrategyId };
}

/** A provider, a strategy using it, and a v3 portal, all deployed. */
async function deployAll(portalKind: "v3" | "classic" = "v3", previousDefault: string | null = null) {
    const provider = await create(dcr, providerInputs());
    const strategy = await create(strategies, strategyInputs(provider.outs.dcrProviderId));
    const portal = emulator.addPortal({
        name: `portal-${++seq}`,
        kind: portalKind,
        defaultApplicationAuthStrategyId: previousDefault,
    });
    const binding = await create(bindings, bindingInputs(portal.id, strategy.outs.authStrategyId, portalKind));
    return { provider, strategy, portal, binding };
}

describe("DcrProvider", () => {
    it("creates the provider with one lookup and one POST, and keeps only a salted hash of the secret", async () => {
        const inputs = providerInputs();
        const { id, outs } = await create(dcr, inputs);
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.requests[0].query).toMatchObject({ "filter[name][eq]": inputs.name });
        expect(emulator.requests[1].body).toEqual({
            name: inputs.name,
            display_name: "Auth0",
            provider_type: "auth0",
            issuer: "https://acme-dev.us.auth0.com",
            dcr_config: {
                initial_client_id: "m2m-client-id",
                initial_client_secret: SECRET,
                use_developer_managed_scopes: false,
            },
            labels: DEV_LABELS,
        });
        expect(outs).toMatchObject({ dcrProviderId: id, active: false, name: inputs.name, serverUrl: emulator.url });
        expect(outs.initialClientSecretHash).toMatch(/^[0-9a-f]{64}$/);
        expect(outs.initialClientSecretSalt).toMatch(/^[0-9a-f]{32}$/);
        expect(outs).not.toHaveProperty("initialClientSecret");
        expect(JSON.stringify(outs)).not.toContain(SECRET);
        expect(emulator.initialClientSecretOf(id)).toBe(SECRET);
    });

    it("sends the Management API audience only when an Auth0 custom domain is the issuer", async () => {
        const audience = "https://acme-dev.us.auth0.com/api/v2/";
        const { id } = await create(
            dcr,
            providerInputs({ issuer: "https://login.acme.com", initialClientAudience: audience }),
        );
        expect(emulator.dcrProviders.get(id)!.dcr_config.initial_client_audience).toBe(audience);
    });

    it("adopts an unlabelled provider of the same name (made by hand) with one PATCH instead of creating a duplicate", async () => {
        const inputs = providerInputs();
        const { object } = await directClient().dcrProviders.create({
            name: inputs.name,
            provider_type: "auth0",
            issuer: "https://old-tenant.eu.auth0.com",
            dcr_config: { initial_client_id: "old-id", initial_client_secret: "old-secret-value" },
            labels: { team: "platform" },
        });
        emulator.resetRequests();
        const { id, outs } = await create(dcr, inputs);
        expect(id).toBe(object.id);
        expect(emulator.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
        const live = emulator.dcrProviders.get(id)!;
        expect(live.issuer).toBe("https://acme-dev.us.auth0.com");
        expect(live.dcr_config.initial_client_id).toBe("m2m-client-id");
        expect(live.labels).toEqual({ team: "platform", ...DEV_LABELS });
        expect(emulator.initialClientSecretOf(id)).toBe(SECRET);
        expect(outs.dcrProviderId).toBe(object.id);
        expect([...emulator.dcrProviders.values()].filter((p) => p.name === inputs.name)).toHaveLength(1);
    });

    it("refuses to adopt when several providers share the name, naming them", async () => {
        const inputs = providerInputs();
        await create(dcr, { ...inputs });
        // A second one made behind the provider's back (the lookup above found nothing at that time).
        const ids = [...emulator.dcrProviders.values()]
            .filter((p) => p.name === inputs.name)
            .map((p) => p.id as string);
        const other = await directClient().dcrProviders.create({
            name: inputs.name,
            provider_type: "auth0",
            issuer: "https://acme-dev.us.auth0.com",
            dcr_config: { initial_client_id: "x", initial_client_secret: "y-secret-value" },
        });
        const error: Error = await dcr.create(inputs).catch((e) => e);
        expect(error.message).toContain(`2 objects are named "${inputs.name}"`);
        expect(error.message).toContain(ids[0]);
        expect(error.message).toContain(other.object.id);
        expect(error.message).not.toContain(SECRET);
    });

    it("a second pulumi up with unchanged inputs reads once and writes nothing", async () => {
        const state = await create(dcr, providerInputs());
        emulator.resetRequests();
        const { action, diff } = await up(dcr, state, providerInputs({ name: state.outs.name }));
        expect(action).toBe("same");
        expect(diff).toMatchObject({ changes: false, changedFields: [] });
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
    });

    it("updates one field in place with one PATCH carrying only that field", async () => {
        const state = await create(dcr, providerInputs());
        emulator.resetRequests();
        const {
            action,
            diff,
            state: after,
        } = await up(dcr, state, providerInputs({ name: state.outs.name, displayName: "Auth0 (dev)" }));
        expect(action).toBe("update");
        expect(diff.changedFields).toEqual(["display_name"]);
        expect(diff.replaces ?? []).toEqual([]);
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.requests[1]).toMatchObject({ method: "PATCH", body: { display_name: "Auth0 (dev)" } });
        expect(after.outs.displayName).toBe("Auth0 (dev)");
        expect(after.id).toBe(state.id);
    });

    it("a dcr_config change carries the initial client secret too, so a PATCH that replaces dcr_config keeps it", async () => {
        const state = await create(dcr, providerInputs());
        emulator.resetRequests();
        const { diff, state: after } = await up(
            dcr,
            state,
            providerInputs({ name: state.outs.name, useDeveloperManagedScopes: true }),
        );
        expect(diff.changedFields).toEqual(["dcr_config.use_developer_managed_scopes"]);
        expect(emulator.requests[1]).toMatchObject({
            method: "PATCH",
            body: {
                dcr_config: {
                    initial_client_id: devProviderSettings.initialClientId,
                    initial_client_secret: SECRET,
                    use_developer_managed_scopes: true,
                },
            },
        });
        expect(emulator.initialClientSecretOf(state.id)).toBe(SECRET);
        expect(after.outs.initialClientSecretHash).toBe(state.outs.initialClientSecretHash);
    });

    it("rotates the initial client secret with one PATCH; state holds only the new hash", async () => {
        const state = await create(dcr, providerInputs());
        emulator.resetRequests();
        const { diff, state: after } = await up(
            dcr,
            state,
            providerInputs({ name: state.outs.name, initialClientSecret: ROTATED }),
        );
        expect(diff.changedFields).toEqual(["dcr_config.initial_client_secret"]);
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.requests[1].body).toEqual({
            dcr_config: {
                initial_client_id: "m2m-client-id",
                use_developer_managed_scopes: false,
                initial_client_secret: ROTATED,
            },
        });
        expect(emulator.initialClientSecretOf(state.id)).toBe(ROTATED);
        expect(after.outs.initialClientSecretSalt).toBe(state.outs.initialClientSecretSalt);
        expect(after.outs.initialClientSecretHash).not.toBe(state.outs.initialClientSecretHash);
        const text = JSON.stringify(after.outs);
        expect(text).not.toContain(ROTATED);
        expect(text).not.toContain(SECRET);
        // And the rotated secret is now "unchanged".
        emulator.resetRequests();
        expect(
            (await up(dcr, after, providerInputs({ name: state.outs.name, initialClientSecret: ROTATED }))).action,
        ).toBe("same");
    });

    it("puts back settings changed in the Konnect UI (drift repair)", async () => {
        const state = await create(dcr, providerInputs());
        const live = emulator.dcrProviders.get(state.id)!;
        live.issuer = "https://someone-else.us.auth0.com";
        live.dcr_config.use_developer_managed_scopes = true;
        live.labels = { "managed-by": "clickops" };
        emulator.resetRequests();
        const inputs = providerInputs({ name: state.outs.name });
        const { diff, action, state: after } = await up(dcr, state, inputs);
        expect(action).toBe("update");
        expect(diff.changedFields).toEqual([
            "issuer",
            "dcr_config.use_developer_managed_scopes",
            "labels.managed-by",
            "labels.pulumi-organization",
            "labels.pulumi-project",
            "labels.pulumi-stack",
        ]);
        // The live object read by diff is reused: one GET, one PATCH.
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.dcrProviders.get(state.id)).toMatchObject({
            issuer: "https://acme-dev.us.auth0.com",
            dcr_config: { use_developer_managed_scopes: false },
            labels: DEV_LABELS,
        });
        expect(emulator.initialClientSecretOf(state.id)).toBe(SECRET);
        expect((await up(dcr, after, inputs)).action).toBe("same");
    });

    it("recreates a provider deleted outside Pulumi, and deleting the old id then tolerates the 404", async () => {
        const state = await create(dcr, providerInputs());
        emulator.dcrProviders.delete(state.id);
        const { action, diff, state: after } = await up(dcr, state, providerInputs({ name: state.outs.name }));
        expect(action).toBe("replace");
        expect(diff).toEqual({ changes: true, replaces: ["dcrProviderId"], changedFields: ["dcrProviderId"] });
        expect(after.id).not.toBe(state.id);
        expect(emulator.dcrProviders.has(after.id)).toBe(true);
        expect(emulator.requests.some((r) => r.method === "DELETE" && r.status === 404)).toBe(true);
    });

    it("replaces only for an immutable field (the provider type), deleting first so the name is free", async () => {
        const state = await create(dcr, providerInputs());
        emulator.dcrProviders.get(state.id)!.provider_type = "okta";
        const diff = (await dcr.diff!(
            state.id,
            state.outs,
            providerInputs({ name: state.outs.name }),
        )) as KonnectDiffResult;
        expect(diff).toEqual(replacedDeletingFirst("provider_type"));
        // Another region is never a replacement: check refuses it (tests/konnectOwnership.test.ts).
        const moved = (await dcr.diff!(
            state.id,
            state.outs,
            providerInputs({ name: state.outs.name, serverUrl: "https://eu.api.konghq.com" }),
        )) as KonnectDiffResult;
        expect(moved).toEqual({ changes: true, changedFields: ["serverUrl"] });
    });

    it("reports a change without calling Konnect while inputs are unknown (preview)", async () => {
        const state = await create(dcr, providerInputs());
        emulator.resetRequests();
        const diff = (await dcr.diff!(state.id, state.outs, {
            ...providerInputs({ name: state.outs.name }),
            issuer: UNKNOWN_VALUE,
        })) as KonnectDiffResult;
        expect(diff).toMatchObject({ changes: true, changedFields: ["issuer"] });
        expect(emulator.requests).toHaveLength(0);
    });

    it("deletes, and a second delete (already gone) succeeds", async () => {
        const state = await create(dcr, providerInputs());
        emulator.resetRequests();
        await dcr.delete!(state.id, state.outs);
        expect(emulator.dcrProviders.has(state.id)).toBe(false);
        await expect(dcr.delete!(state.id, state.outs)).resolves.toBeUndefined();
        expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["DELETE 204", "DELETE 404"]);
    });

    it("fails check with clear reasons and without echoing the secret", async () => {
        const { failures } = await dcr.check!(
            {} as DcrProviderInputs,
            providerInputs({ issuer: "https://acme.us.auth0.com/", initialClientSecret: "" }),
        );
        expect(failures!.map((f) => f.property)).toEqual(["issuer", "initialClientSecret"]);
        expect(failures![0].reason).toContain('must not end with "/"');
    });
});

describe("ApplicationAuthStrategy", () => {
    it("creates with one lookup and one POST, adopts an identical one without writing", async () => {
        const provider = await create(dcr, providerInputs());
        const inputs = strategyInputs(provider.id);
        emulator.resetRequests();
        const first = await create(strategies, inputs);
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.requests[1].body).toMatchObject({
            strategy_type: "openid_connect",
            configs: {
                "openid-connect": {
                    token_post_args_names: ["audience"],
                    token_post_args_values: ["https://api.dev.acme.com/portal"],
                },
            },
            dcr_provider_id: provider.id,
        });
        expect(first.outs).toMatchObject({ authStrategyId: first.id, active: false, dcrProviderId: provider.id });

        emulator.resetRequests();
        const adopted = await create(strategies, inputs);
        expect(adopted.id).toBe(first.id);
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
    });

    it("no-op, then a one-field update sends exactly the managed openid-connect fields in one PATCH, not what Konnect filled in", async () => {
        const provider = await create(dcr, providerInputs());
        const inputs = strategyInputs(provider.id);
        const state = await create(strategies, inputs);
        // Konnect answers with fields it fills in itself; sending one back would be refused.
        expect(emulator.authStrategies.get(state.id)!.configs["openid-connect"]).toHaveProperty(
            SERVER_FILLED_OIDC_FIELD,
        );
        emulator.resetRequests();
        expect((await up(strategies, state, inputs)).action).toBe("same");
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });

        emulator.resetRequests();
        const { diff } = await up(strategies, state, { ...inputs, authMethods: ["client_credentials"] });
        expect(diff.changedFields).toEqual(["configs.openid-connect.auth_methods"]);
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.requests[1].body).toEqual({
            configs: {
                "openid-connect": {
                    issuer: "https://acme-dev.us.auth0.com",
                    credential_claim: ["azp"],
                    scopes: ["openid"],
                    auth_methods: ["client_credentials"],
                    token_post_args_names: ["audience"],
                    token_post_args_values: ["https://api.dev.acme.com/portal"],
                },
            },
        });
    });

    it("puts back a strategy edited behind Pulumi's back and re-points it at its DCR provider", async () => {
        const provider = await create(dcr, providerInputs());
        const other = await create(dcr, providerInputs());
        const inputs = strategyInputs(provider.id);
        const state = await create(strategies, inputs);
        const live = emulator.authStrategies.get(state.id)!;
        live.display_name = "Edited in the UI";
        live.configs["openid-connect"].scopes = ["openid", "email"];
        live.dcr_provider = { id: other.id };
        emulator.resetRequests();
        const { diff, state: after } = await up(strategies, state, inputs);
        expect(diff.changedFields).toEqual(["display_name", "dcr_provider_id", "configs.openid-connect.scopes"]);
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.authStrategies.get(state.id)).toMatchObject({
            display_name: "Auth0",
            dcr_provider: { id: provider.id },
            configs: { "openid-connect": { scopes: ["openid"] } },
        });
        expect((await up(strategies, after, inputs)).action).toBe("same");
    });

    it("replaces only when the strategy type differs", async () => {
        const provider = await create(dcr, providerInputs());
        const state = await create(strategies, strategyInputs(provider.id));
        emulator.authStrategies.get(state.id)!.strategy_type = "key_auth";
        const diff = (await strategies.diff!(state.id, state.outs, state.outs)) as KonnectDiffResult;
        expect(diff).toEqual(replacedDeletingFirst("strategy_type"));
    });

    it("reports a change without calling Konnect while its DCR provider id is unknown (preview of a provider replacement)", async () => {
        const provider = await create(dcr, providerInputs());
        const inputs = strategyInputs(provider.id);
        const state = await create(strategies, inputs);
        emulator.resetRequests();
        const diff = (await strategies.diff!(state.id, state.outs, {
            ...inputs,
            dcrProviderId: UNKNOWN_VALUE,
        })) as KonnectDiffResult;
        expect(diff).toMatchObject({ changes: true, changedFields: ["dcrProviderId"] });
        expect(diff.replaces ?? []).toEqual([]);
        expect(emulator.requests).toHaveLength(0);
    });

    it("explains the 409 when the strategy is still a portal's default", async () => {
        const { strategy, portal } = await deployAll();
        const error: KonnectApiError = await strategies.delete!(strategy.id, strategy.outs).catch((e) => e);
        expect(error).toBeInstanceOf(KonnectApiError);
        expect(error.status).toBe(409);
        expect(error.message).toContain(
            `delete application auth strategy "${strategy.outs.name}" (${strategy.id}) failed with 409 Conflict`,
        );
        expect(error.message).toContain(`It is the default strategy of the Dev Portal`);
        expect(error.message).toContain(portal.id);
        expect(error.message).toContain("PortalAuthStrategyBinding");
    });

    it("deletes after a manual delete without error", async () => {
        const provider = await create(dcr, providerInputs());
        const state = await create(strategies, strategyInputs(provider.id));
        emulator.authStrategies.delete(state.id);
        await expect(strategies.delete!(state.id, state.outs)).resolves.toBeUndefined();
    });
});

describe("PortalAuthStrategyBinding", () => {
    it("binds a v3 portal, remembers its previous default, and restores it on delete", async () => {
        const provider = await create(dcr, providerInputs());
        const previous = await create(strategies, strategyInputs(provider.id));
        const strategy = await create(strategies, strategyInputs(provider.id));
        const portal = emulator.addPortal({
            name: `v3-${++seq}`,
            defaultApplicationAuthStrategyId: previous.id,
            defaultDomain: "abc123.us.kongportals.com",
        });
        emulator.resetRequests();
        const binding = await create(bindings, bindingInputs(portal.id, strategy.id));
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.requests[1]).toMatchObject({
            method: "PATCH",
            path: `/v3/portals/${portal.id}`,
            body: { default_application_auth_strategy_id: strategy.id },
        });
        expect(binding.outs).toMatchObject({
            previousAuthStrategyId: previous.id,
            portalDomain: "abc123.us.kongportals.com",
            portalKind: "v3",
        });
        expect(emulator.portals.get(portal.id)!.default_application_auth_strategy_id).toBe(strategy.id);
        expect(emulator.portals.get(portal.id)!.labels).toEqual({});

        await bindings.delete!(binding.id, binding.outs);
        expect(emulator.portals.get(portal.id)!.default_application_auth_strategy_id).toBe(previous.id);
    });

    it("binds a classic portal and restores null on delete, so the strategy can then be deleted", async () => {
        const { provider, strategy, portal, binding } = await deployAll("classic");
        expect(binding.outs.previousAuthStrategyId).toBeNull();
        expect(emulator.requests.some((r) => r.method === "PATCH" && r.path === `/v2/portals/${portal.id}`)).toBe(true);
        emulator.resetRequests();
        // Teardown in dependency order: binding, strategy, provider.
        await bindings.delete!(binding.id, binding.outs);
        await strategies.delete!(strategy.id, strategy.outs);
        await dcr.delete!(provider.id, provider.outs);
        expect(emulator.portals.get(portal.id)!.default_application_auth_strategy_id).toBeNull();
        expect(emulator.authStrategies.has(strategy.id)).toBe(false);
        expect(emulator.dcrProviders.has(provider.id)).toBe(false);
        expect(emulator.counts().write).toBe(3);
    });

    it("is a no-op when the portal still points at the strategy, and repairs a default changed in the UI", async () => {
        const { strategy, portal, binding } = await deployAll();
        emulator.resetRequests();
        const inputs = bindingInputs(portal.id, strategy.id);
        expect((await up(bindings, binding, inputs)).action).toBe("same");
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });

        emulator.portals.get(portal.id)!.default_application_auth_strategy_id = null;
        emulator.resetRequests();
        const { diff, state } = await up(bindings, binding, inputs);
        expect(diff.changedFields).toEqual(["default_application_auth_strategy_id"]);
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.portals.get(portal.id)!.default_application_auth_strategy_id).toBe(strategy.id);
        expect(state.outs.previousAuthStrategyId).toBeNull();
    });

    it("leaves a portal alone on delete when someone chose another default since", async () => {
        const { provider, portal, binding } = await deployAll();
        const other = await create(strategies, strategyInputs(provider.id));
        emulator.portals.get(portal.id)!.default_application_auth_strategy_id = other.id;
        emulator.resetRequests();
        await bindings.delete!(binding.id, binding.outs);
        expect(emulator.counts().write).toBe(0);
        expect(emulator.portals.get(portal.id)!.default_application_auth_strategy_id).toBe(other.id);
    });

    it("re-binds after a strategy replacement with one PATCH, and replaces (delete first) when the portal changes", async () => {
        const { provider, portal, binding } = await deployAll();
        const replacement = await create(strategies, strategyInputs(provider.id));
        emulator.resetRequests();
        const { diff } = await up(bindings, binding, bindingInputs(portal.id, replacement.id));
        expect(diff.changedFields).toEqual(["default_application_auth_strategy_id"]);
        expect(emulator.counts().write).toBe(1);
        const moved = (await bindings.diff!(
            binding.id,
            binding.outs,
            bindingInputs(emulator.addPortal({ name: `p-${++seq}` }).id, replacement.id),
        )) as KonnectDiffResult;
        expect(moved).toEqual(replacedDeletingFirst("portalId"));
    });

    it("fails clearly when the portal does not exist in that kind or region", async () => {
        const missing = "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10";
        const v3 = emulator.addPortal({ name: `v3-${++seq}` });
        await expect(bindings.create(bindingInputs(missing, missing))).rejects.toThrow(
            `Konnect has no Dev Portal ${missing}`,
        );
        await expect(bindings.create(bindingInputs(v3.id, missing, "classic"))).rejects.toThrow(
            /no classic portal .* check the portal id, its kind/,
        );
    });
});

describe("pulumi refresh (read)", () => {
    it("reads each object with one GET and reports what changed in Konnect", async () => {
        const { provider, strategy, binding } = await deployAll();
        const liveProvider = emulator.dcrProviders.get(provider.id)!;
        liveProvider.issuer = "https://edited.us.auth0.com";
        liveProvider.labels = { ...liveProvider.labels, "managed-by": "clickops", "added-in-ui": "x" };
        const liveStrategy = emulator.authStrategies.get(strategy.id)!;
        (liveStrategy.configs["openid-connect"] as Record<string, unknown>).scopes = ["openid", "email"];
        emulator.resetRequests();

        const readProvider = await dcr.read!(provider.id, provider.outs);
        expect(readProvider.id).toBe(provider.id);
        expect(readProvider.props).toMatchObject({
            issuer: "https://edited.us.auth0.com",
            labels: { ...DEV_LABELS, "managed-by": "clickops" },
            initialClientSecretHash: provider.outs.initialClientSecretHash,
        });
        expect(readProvider.props!.labels).not.toHaveProperty("added-in-ui");
        const readStrategy = await strategies.read!(strategy.id, strategy.outs);
        expect(readStrategy).toMatchObject({
            id: strategy.id,
            props: { scopes: ["openid", "email"], audience: strategy.outs.audience, dcrProviderId: provider.id },
        });
        const readBinding = await bindings.read!(binding.id, binding.outs);
        expect(readBinding).toEqual({ id: binding.id, props: binding.outs });
        expect(emulator.counts()).toEqual({ get: 3, write: 0 });
        for (const props of [readProvider.props, readStrategy.props, readBinding.props]) assertSendable(props);
    });

    it("reports objects deleted in Konnect as gone (no id), so refresh drops them from state", async () => {
        const { provider, strategy, portal, binding } = await deployAll();
        emulator.portals.delete(portal.id);
        emulator.authStrategies.delete(strategy.id);
        emulator.dcrProviders.delete(provider.id);
        emulator.resetRequests();
        expect((await bindings.read!(binding.id, binding.outs)).id).toBeFalsy();
        expect((await strategies.read!(strategy.id, strategy.outs)).id).toBeFalsy();
        expect((await dcr.read!(provider.id, provider.outs)).id).toBeFalsy();
        expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 404", "GET 404", "GET 404"]);
    });

    it("cannot read without prior state (pulumi import), and says so", async () => {
        await expect(dcr.read!("93f8380e-7798-4566-99e3-2edf2b57d289")).rejects.toThrow(
            /only be refreshed from its Pulumi state/,
        );
    });
});

describe("tokens inside the providers", () => {
    it("reads KONNECT_TOKEN on every call, so a rotated token works at once; a wrong one is named, never shown", async () => {
        const wrong = "kpat_RevokedToken000000000000";
        process.env.KONNECT_TOKEN = wrong;
        const error: KonnectApiError = await dcr.create(providerInputs()).catch((e) => e);
        expect(error.status).toBe(401);
        expect(error.message).toContain("Konnect rejected the token from KONNECT_TOKEN");
        expect(error.message).not.toContain(wrong);
        process.env.KONNECT_TOKEN = emulator.token;
        await expect(dcr.create(providerInputs())).resolves.toHaveProperty("id");
    });

    it("falls back to KONNECT_SPAT and names it on 403, naming the role", async () => {
        const readOnly = "spat_ReadOnlyProvider000000000";
        emulator.setReadOnlyToken(readOnly);
        delete process.env.KONNECT_TOKEN;
        process.env.KONNECT_SPAT = readOnly;
        const error: KonnectApiError = await dcr.create(providerInputs()).catch((e) => e);
        expect(error.status).toBe(403);
        expect(error.message).toContain("The token from KONNECT_SPAT is valid but not allowed to create DCR providers");
        expect(error.message).toContain('"DCR Provider Creator"');
        expect(error.message).not.toContain(readOnly);
        expect(error.message).not.toContain(SECRET);
    });

    it("explains a missing token", async () => {
        delete process.env.KONNECT_TOKEN;
        await expect(dcr.create(providerInputs())).rejects.toThrow(/No Konnect token/);
    });
});

describe("faults during a deployment", () => {
    it("completes a create through a 429 storm, a 503 and a lost POST response without duplicates", async () => {
        const inputs = providerInputs();
        emulator.inject({ method: "GET", path: "/v2/dcr-providers", status: 429, retryAfter: "0", times: 2 });
        emulator.inject({ method: "POST", path: "/v2/dcr-providers", status: 503 });
        emulator.inject({ method: "POST", path: "/v2/dcr-providers", kind: "lostResponse" });
        const { id, outs } = await create(dcr, inputs);
        expect([...emulator.dcrProviders.values()].filter((p) => p.name === inputs.name).map((p) => p.id)).toEqual([
            id,
        ]);
        expect(emulator.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([503, 0]);
        expect(emulator.initialClientSecretOf(id)).toBe(SECRET);
        expect(JSON.stringify(outs)).not.toContain(SECRET);
    });
});

describe("ApiPublicationAuthStrategy", () => {
    function publicationInputs(
        portalId: string,
        apiId: string,
        authStrategyId: string,
        portalKind: "v3" | "classic" = "v3",
    ): ApiPublicationAuthStrategyInputs {
        return { serverUrl: emulator.url, portalId, portalKind, apiId, authStrategyId };
    }

    /** The stack's strategy bound to a v3 portal, and an API already published there under another strategy. */
    async function publishedApi(
        publication: {
            visibility?: "public" | "private";
            autoApproveRegistrations?: boolean;
            earlier?: string[] | null;
        } = {},
    ) {
        const { strategy, portal, binding } = await deployAll();
        const earlier = await create(strategies, strategyInputs(strategy.outs.dcrProviderId));
        const api = emulator.addApi({ name: `orders-${++seq}` });
        emulator.publishApi({
            apiId: api.id,
            portalId: portal.id,
            visibility: publication.visibility ?? "public",
            autoApproveRegistrations: publication.autoApproveRegistrations ?? true,
            authStrategyIds: publication.earlier === undefined ? [earlier.outs.authStrategyId] : publication.earlier,
        });
        emulator.resetRequests();
        return { strategy, earlier, portal, binding, api, key: `${api.id}/${portal.id}` };
    }

    it("adopts a published API with one GET and one PUT that changes only its auth strategies", async () => {
        const { strategy, earlier, portal, api, key } = await publishedApi();
        const before = { ...emulator.apiPublications.get(key) };
        const { id, outs } = await create(
            publications,
            publicationInputs(portal.id, api.id, strategy.outs.authStrategyId),
        );
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.requests[1]).toMatchObject({
            method: "PUT",
            path: `/v3/apis/${api.id}/publications/${portal.id}`,
        });
        expect(emulator.requests[1].body).toEqual({
            visibility: "public",
            auto_approve_registrations: true,
            auth_strategy_ids: [strategy.outs.authStrategyId],
        });
        const after = emulator.apiPublications.get(key)!;
        expect(after.auth_strategy_ids).toEqual([strategy.outs.authStrategyId]);
        expect({
            visibility: after.visibility,
            auto: after.auto_approve_registrations,
            created: after.created_at,
        }).toEqual({
            visibility: before.visibility,
            auto: before.auto_approve_registrations,
            created: before.created_at,
        });
        expect(id).toBe(`v3/${portal.id}/${api.id}`);
        expect(outs).toMatchObject({
            previousAuthStrategyIds: [earlier.outs.authStrategyId],
            authStrategyIds: [strategy.outs.authStrategyId],
            visibility: "public",
        });
    });

    it("a second pulumi up with the publication in step reads once and writes nothing", async () => {
        const { strategy, portal, api } = await publishedApi();
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        emulator.resetRequests();
        const { action, diff } = await up(
            publications,
            deployed,
            publicationInputs(portal.id, api.id, strategy.outs.authStrategyId),
        );
        expect(action).toBe("same");
        expect(diff.changedFields).toEqual([]);
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
    });

    it("puts back auth strategies changed in the Konnect UI with one write and no second read", async () => {
        const { strategy, earlier, portal, api, key } = await publishedApi({
            visibility: "private",
            autoApproveRegistrations: false,
        });
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        emulator.apiPublications.get(key)!.auth_strategy_ids = [earlier.outs.authStrategyId];
        emulator.resetRequests();
        const { action, diff, state } = await up(
            publications,
            deployed,
            publicationInputs(portal.id, api.id, strategy.outs.authStrategyId),
        );
        expect(action).toBe("update");
        expect(diff.changedFields).toEqual(["auth_strategy_ids"]);
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.apiPublications.get(key)).toMatchObject({
            auth_strategy_ids: [strategy.outs.authStrategyId],
            visibility: "private",
            auto_approve_registrations: false,
        });
        // The strategy the stack found first is still the one a destroy restores.
        expect(state.outs.previousAuthStrategyIds).toEqual([earlier.outs.authStrategyId]);
    });

    it("on destroy restores the earlier strategy, after which the stack's strategy can be deleted", async () => {
        const { strategy, earlier, portal, binding, api, key } = await publishedApi();
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        // While the publication uses it, Konnect refuses to delete the strategy: hence publications are destroyed first.
        await bindings.delete!(binding.id, binding.outs);
        await expect(strategies.delete!(strategy.id, strategy.outs)).rejects.toThrow(/409/);
        await publications.delete!(deployed.id, deployed.outs);
        expect(emulator.apiPublications.get(key)).toMatchObject({
            auth_strategy_ids: [earlier.outs.authStrategyId],
            visibility: "public",
            auto_approve_registrations: true,
        });
        await strategies.delete!(strategy.id, strategy.outs);
        expect(emulator.authStrategies.has(strategy.outs.authStrategyId)).toBe(false);
    });

    it("restores an API that required no application authentication to null, and leaves a re-pointed one alone", async () => {
        const { strategy, earlier, portal, api, key } = await publishedApi({ earlier: null });
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        expect(deployed.outs.previousAuthStrategyIds).toBeNull();
        expect(emulator.apiPublications.get(key)!.auth_strategy_ids).toEqual([strategy.outs.authStrategyId]);
        emulator.resetRequests();
        await publications.delete!(deployed.id, deployed.outs);
        expect(emulator.apiPublications.get(key)!.auth_strategy_ids).toBeNull();
        // No earlier strategy to look for: one GET of the publication and the PUT that restores null.
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });

        const again = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        emulator.apiPublications.get(key)!.auth_strategy_ids = [earlier.outs.authStrategyId];
        emulator.resetRequests();
        await publications.delete!(again.id, again.outs);
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
    });

    it("refuses to publish an API that is not published on the portal, naming it, and writes nothing", async () => {
        const { strategy, portal } = await deployAll();
        const api = emulator.addApi({ name: "payments" });
        emulator.resetRequests();
        const error = await publications
            .create(publicationInputs(portal.id, api.id, strategy.outs.authStrategyId))
            .catch((e) => e);
        expect(error.message).toContain(`API "payments" (${api.id}) is not published on the Dev Portal ${portal.id}`);
        expect(error.message).toContain("publishes none itself");
        expect(emulator.counts().write).toBe(0);
        expect(emulator.apiPublications.has(`${api.id}/${portal.id}`)).toBe(false);
    });

    it("explains an unknown API id, naming it and the role needed to see it", async () => {
        const { strategy, portal } = await deployAll();
        const missing = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
        const error = await publications
            .create(publicationInputs(portal.id, missing, strategy.outs.authStrategyId))
            .catch((e) => e);
        expect(error.message).toContain(`Konnect has no API ${missing}`);
        expect(error.message).toContain('"API Viewer" or "API Publisher"');
        expect(error.message).toContain("konnectApiIds");
    });

    it("explains a 403 on the publication, naming the API and the API Publisher role, without the token", async () => {
        const { strategy, portal, api } = await publishedApi();
        const readOnly = "kpat_ReadOnlyPublisher00000000";
        emulator.setReadOnlyToken(readOnly);
        process.env.KONNECT_TOKEN = readOnly;
        const error: KonnectApiError = await publications
            .create(publicationInputs(portal.id, api.id, strategy.outs.authStrategyId))
            .catch((e) => e);
        expect(error.status).toBe(403);
        expect(error.message).toContain(`update API publication "${api.id}" (Dev Portal ${portal.id}) failed with 403`);
        expect(error.message).toContain('"API Publisher" on the API');
        expect(error.message).not.toContain(readOnly);
    });

    it("read returns the live strategies (refresh) and a blank id once the API is unpublished", async () => {
        const { strategy, earlier, portal, api, key } = await publishedApi();
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        emulator.apiPublications.get(key)!.auth_strategy_ids = [earlier.outs.authStrategyId];
        emulator.resetRequests();
        const read = await publications.read!(deployed.id, deployed.outs);
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
        expect(read).toMatchObject({
            id: deployed.id,
            props: {
                authStrategyIds: [earlier.outs.authStrategyId],
                previousAuthStrategyIds: [earlier.outs.authStrategyId],
            },
        });
        emulator.apiPublications.delete(key);
        expect((await publications.read!(deployed.id, deployed.outs)).id).toBe("");
    });

    it("on a classic portal PATCHes only the product version's auth_strategy_ids and restores none on destroy", async () => {
        const provider = await create(dcr, providerInputs());
        const strategy = await create(strategies, strategyInputs(provider.outs.dcrProviderId));
        const portal = emulator.addPortal({ name: `classic-${++seq}`, kind: "classic" });
        const version = emulator.addPortalProductVersion({
            portalId: portal.id,
            authStrategyIds: [],
            autoApproveRegistration: true,
            deprecated: true,
        });
        const key = `${portal.id}/${version.id}`;
        const before = { ...emulator.portalProductVersions.get(key) };
        emulator.resetRequests();
        const deployed = await create(
            publications,
            publicationInputs(portal.id, version.id, strategy.outs.authStrategyId, "classic"),
        );
        expect(emulator.counts()).toEqual({ get: 1, write: 1 });
        expect(emulator.requests[1]).toMatchObject({
            method: "PATCH",
            path: `/v2/portals/${portal.id}/product-versions/${version.id}`,
            body: { auth_strategy_ids: [strategy.outs.authStrategyId] },
        });
        const after = emulator.portalProductVersions.get(key)!;
        expect({ ...after, auth_strategy_ids: before.auth_strategy_ids, updated_at: before.updated_at }).toEqual(
            before,
        );
        expect(deployed.outs).toMatchObject({
            previousAuthStrategyIds: [],
            authStrategyIds: [strategy.outs.authStrategyId],
            publishStatus: "published",
        });

        await publications.delete!(deployed.id, deployed.outs);
        expect(emulator.portalProductVersions.get(key)!.auth_strategy_ids).toEqual([]);
        await strategies.delete!(strategy.id, strategy.outs);
    });

    it("says a classic product version is not published on the portal, naming it and the setting", async () => {
        const { strategy } = await deployAll();
        const portal = emulator.addPortal({ name: `classic-${++seq}`, kind: "classic" });
        const missing = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
        await expect(
            publications.create(publicationInputs(portal.id, missing, strategy.outs.authStrategyId, "classic")),
        ).rejects.toThrow(
            new RegExp(
                `API product version ${missing} is not published on the classic portal ${portal.id}.*konnectProductVersionIds`,
                "s",
            ),
        );
    });

    it("replaces (restoring first) when the API changes, and reports a change without calling Konnect while the strategy id is unknown", async () => {
        const { strategy, earlier, portal, api, key } = await publishedApi();
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        emulator.resetRequests();
        const pending = (await publications.diff!(
            deployed.id,
            deployed.outs,
            publicationInputs(portal.id, api.id, UNKNOWN_VALUE),
        )) as KonnectDiffResult;
        expect(pending).toEqual({ changes: true, changedFields: ["auth_strategy_ids"] });
        expect(emulator.requests).toEqual([]);

        const other = emulator.addApi({ name: `inventory-${++seq}` });
        emulator.publishApi({ apiId: other.id, portalId: portal.id, authStrategyIds: [earlier.outs.authStrategyId] });
        const { action, diff } = await up(
            publications,
            deployed,
            publicationInputs(portal.id, other.id, strategy.outs.authStrategyId),
        );
        expect(action).toBe("replace");
        expect(diff).toEqual(replacedDeletingFirst("apiId"));
        expect(emulator.apiPublications.get(key)!.auth_strategy_ids).toEqual([earlier.outs.authStrategyId]);
        expect(emulator.apiPublications.get(`${other.id}/${portal.id}`)!.auth_strategy_ids).toEqual([
            strategy.outs.authStrategyId,
        ]);
    });

    it("adopts a publication already using the stack's strategy without writing, and leaves it on destroy", async () => {
        const { strategy, portal, api, key } = await publishedApi();
        emulator.apiPublications.get(key)!.auth_strategy_ids = [strategy.outs.authStrategyId];
        emulator.resetRequests();
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
        expect(deployed.outs.previousAuthStrategyIds).toEqual([strategy.outs.authStrategyId]);
        // Nothing earlier is known: destroy reads the publication and writes nothing.
        emulator.resetRequests();
        await publications.delete!(deployed.id, deployed.outs);
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
        expect(emulator.apiPublications.get(key)!.auth_strategy_ids).toEqual([strategy.outs.authStrategyId]);
    });

    it("an update finding the publication already in step writes nothing", async () => {
        const { strategy, portal, api } = await publishedApi();
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        emulator.resetRequests();
        const { outs } = await publications.update!(
            deployed.id,
            deployed.outs,
            publicationInputs(portal.id, api.id, strategy.outs.authStrategyId),
        );
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
        expect(outs?.authStrategyIds).toEqual([strategy.outs.authStrategyId]);
    });

    it("asks for a replacement when the API was unpublished outside Pulumi, so create can say what to do", async () => {
        const { strategy, portal, api, key } = await publishedApi();
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        emulator.apiPublications.delete(key);
        const diff = await publications.diff!(
            deployed.id,
            deployed.outs,
            publicationInputs(portal.id, api.id, strategy.outs.authStrategyId),
        );
        expect(diff).toEqual(replacedDeletingFirst("apiId"));
    });

    it("cannot be imported without state, and says how to adopt the publication instead", async () => {
        await expect(publications.read!("v3/portal/api", undefined)).rejects.toThrow(
            "ApiPublicationAuthStrategy v3/portal/api cannot be imported: declare it in the program and run pulumi up, " +
                "which adopts the publication.",
        );
    });

    it("stops a destroy whose earlier strategies are gone, naming each one and the API, and writes nothing", async () => {
        const { strategy, portal, api, key } = await publishedApi({ earlier: null });
        const first = await create(strategies, strategyInputs(strategy.outs.dcrProviderId));
        const second = await create(strategies, strategyInputs(strategy.outs.dcrProviderId));
        const earlier = [first.outs.authStrategyId, second.outs.authStrategyId];
        emulator.apiPublications.get(key)!.auth_strategy_ids = earlier;
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        emulator.authStrategies.delete(first.outs.authStrategyId);
        emulator.authStrategies.delete(second.outs.authStrategyId);
        emulator.resetRequests();
        const error: Error = await publications.delete!(deployed.id, deployed.outs).catch((e) => e);
        expect(error.message).toContain(
            `Cannot restore the earlier application auth strategies of the API "${emulator.apis.get(api.id)!.name}" ` +
                `(${api.id}) on the Dev Portal ${portal.id}: ${JSON.stringify(earlier)} was recorded`,
        );
        expect(error.message).toContain(`the strategies ${earlier.join(", ")} no longer exist in Konnect`);
        expect(emulator.counts().write).toBe(0);
        expect(emulator.apiPublications.get(key)!.auth_strategy_ids).toEqual([strategy.outs.authStrategyId]);
    });

    it("names a classic product version by its id when its earlier strategy is gone", async () => {
        const { strategy } = await deployAll();
        const earlier = await create(strategies, strategyInputs(strategy.outs.dcrProviderId));
        const portal = emulator.addPortal({ name: `classic-${++seq}`, kind: "classic" });
        const version = emulator.addPortalProductVersion({
            portalId: portal.id,
            authStrategyIds: [earlier.outs.authStrategyId],
        });
        const deployed = await create(
            publications,
            publicationInputs(portal.id, version.id, strategy.outs.authStrategyId, "classic"),
        );
        emulator.authStrategies.delete(earlier.outs.authStrategyId);
        await expect(publications.delete!(deployed.id, deployed.outs)).rejects.toThrow(
            `Cannot restore the earlier application auth strategies of the API product version ${version.id} on the ` +
                `classic portal ${portal.id}: ["${earlier.outs.authStrategyId}"] was recorded when the stack adopted ` +
                `the publication, but the strategy ${earlier.outs.authStrategyId} no longer exists in Konnect.`,
        );
    });

    it("names the API by its id alone when its name cannot be read", async () => {
        const { strategy, earlier, portal, api } = await publishedApi();
        const deployed = await create(publications, publicationInputs(portal.id, api.id, strategy.outs.authStrategyId));
        emulator.authStrategies.delete(earlier.outs.authStrategyId);
        // The API's own record cannot be read (a token without "API Viewer" on it): the id still names it.
        emulator.inject({ method: "GET", path: `/v3/apis/${api.id}`, status: 403 });
        await expect(publications.delete!(deployed.id, deployed.outs)).rejects.toThrow(
            `Cannot restore the earlier application auth strategies of the API ${api.id} on the Dev Portal ${portal.id}:`,
        );
    });

    it("tells how to publish a v3 API or a classic product version before the stack can use it", async () => {
        const { strategy, portal } = await deployAll();
        const api = emulator.addApi({ name: `unpublished-${++seq}` });
        await expect(
            publications.create(publicationInputs(portal.id, api.id, strategy.outs.authStrategyId)),
        ).rejects.toThrow(
            "The stack sets the auth strategy of APIs that are already published, and publishes none itself (that " +
                "would show the API to the portal's developers): publish it first (Konnect → Dev Portal → APIs → " +
                "Publish, or PUT /v3/apis/{apiId}/publications/{portalId}), or remove its id from " +
                "konnect-auth0-dcr:konnectApiIds.",
        );
        const classic = emulator.addPortal({ name: `classic-${++seq}`, kind: "classic" });
        await expect(
            publications.create(publicationInputs(classic.id, api.id, strategy.outs.authStrategyId, "classic")),
        ).rejects.toThrow(
            "The stack sets the auth strategy of product versions that are already published, and publishes none " +
                "itself: publish the version on the portal (Konnect → API Products → the version → Publish), or " +
                "remove its id from konnect-auth0-dcr:konnectProductVersionIds.",
        );
    });
});

describe("ApplicationAuthStrategy: state, updates and refresh, field by field", () => {
    it("keeps the settings as given in state, with Konnect's id and whether the strategy is in use", async () => {
        const provider = await create(dcr, providerInputs());
        const inputs = strategyInputs(provider.id, { scopes: ["openid", "email"], credentialClaim: ["client_id"] });
        const { id, outs } = await create(strategies, inputs);
        expect(outs).toEqual({
            serverUrl: emulator.url,
            name: inputs.name,
            displayName: "Auth0",
            issuer: "https://acme-dev.us.auth0.com",
            audience: "https://api.dev.acme.com/portal",
            scopes: ["openid", "email"],
            credentialClaim: ["client_id"],
            authMethods: ["client_credentials", "bearer", "session"],
            dcrProviderId: provider.id,
            labels: DEV_LABELS,
            authStrategyId: id,
            // No portal or published API uses a new strategy yet.
            active: false,
        });
    });

    it("an update finding Konnect already in step writes nothing", async () => {
        const provider = await create(dcr, providerInputs());
        const inputs = strategyInputs(provider.id);
        const state = await create(strategies, inputs);
        emulator.resetRequests();
        const { outs } = await strategies.update!(state.id, state.outs, inputs);
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
        expect(outs).toEqual(state.outs);
    });

    it("removes from Konnect a label the program no longer sets, keeping labels set by others", async () => {
        const provider = await create(dcr, providerInputs());
        const inputs = strategyInputs(provider.id, { labels: konnectLabels(DEV, { team: "payments" }) });
        const state = await create(strategies, inputs);
        emulator.authStrategies.get(state.id)!.labels["added-in-ui"] = "x";
        const { action, diff } = await up(strategies, state, { ...inputs, labels: konnectLabels(DEV) });
        expect(action).toBe("update");
        expect(diff.changedFields).toEqual(["labels.team"]);
        expect(emulator.authStrategies.get(state.id)!.labels).toEqual({ ...DEV_LABELS, "added-in-ui": "x" });
    });

    it("asks for a new strategy when it was deleted outside Pulumi, and an update then says so", async () => {
        const provider = await create(dcr, providerInputs());
        const inputs = strategyInputs(provider.id);
        const state = await create(strategies, inputs);
        emulator.authStrategies.delete(state.id);
        expect(await strategies.diff!(state.id, state.outs, inputs)).toEqual({
            changes: true,
            replaces: ["authStrategyId"],
            changedFields: ["authStrategyId"],
        });
        await expect(strategies.update!(state.id, state.outs, inputs)).rejects.toThrow(
            `Konnect application auth strategy "${inputs.name}" (${state.id}) was deleted outside Pulumi; run pulumi ` +
                "up again to recreate it.",
        );
    });

    it("refuses to adopt a same-name strategy of another type, and writes nothing", async () => {
        const provider = await create(dcr, providerInputs());
        const inputs = strategyInputs(provider.id);
        const keyAuth = emulator.addKeyAuthStrategy(inputs.name, "API keys");
        emulator.resetRequests();
        await expect(strategies.create(inputs)).rejects.toThrow(
            `Konnect already has a key_auth application auth strategy named "${inputs.name}" (${keyAuth.id}); ` +
                "choose another name or delete it (its type cannot change).",
        );
        expect(emulator.counts().write).toBe(0);
    });

    it("refresh reads each managed setting back from Konnect", async () => {
        const provider = await create(dcr, providerInputs());
        const other = await create(dcr, providerInputs());
        const state = await create(strategies, strategyInputs(provider.id));
        const live = emulator.authStrategies.get(state.id)!;
        live.display_name = "Auth0 (edited)";
        live.dcr_provider = { id: other.id };
        live.labels = { ...live.labels, "pulumi-stack": "edited", "added-in-ui": "x" };
        Object.assign(live.configs["openid-connect"], {
            issuer: "https://edited.eu.auth0.com/",
            scopes: ["openid", "profile"],
            credential_claim: ["sub"],
            auth_methods: ["bearer"],
            token_post_args_names: ["resource", "audience"],
            token_post_args_values: ["https://resource.example", "https://api.edited.example/portal"],
        });
        emulator.resetRequests();
        const read = await strategies.read!(state.id, state.outs);
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
        expect(read).toEqual({
            id: state.id,
            props: {
                serverUrl: emulator.url,
                name: state.outs.name,
                displayName: "Auth0 (edited)",
                issuer: "https://edited.eu.auth0.com/",
                audience: "https://api.edited.example/portal",
                scopes: ["openid", "profile"],
                credentialClaim: ["sub"],
                authMethods: ["bearer"],
                dcrProviderId: other.id,
                // Only the keys the stack set: labels others add stay out of state.
                labels: { ...DEV_LABELS, "pulumi-stack": "edited" },
                authStrategyId: state.id,
                active: false,
            },
        });
    });

    it("refresh reads an empty audience, scopes and claims when Konnect holds none", async () => {
        const provider = await create(dcr, providerInputs());
        const state = await create(strategies, strategyInputs(provider.id));
        const config = emulator.authStrategies.get(state.id)!.configs["openid-connect"];
        config.token_post_args_names = [];
        config.token_post_args_values = [];
        delete config.scopes;
        delete config.credential_claim;
        const { props } = await strategies.read!(state.id, state.outs);
        expect(props).toMatchObject({
            audience: "",
            scopes: [],
            credentialClaim: [],
            authMethods: config.auth_methods,
        });
    });

    it("refresh drops from state a strategy that is no longer OpenID Connect, and needs prior state", async () => {
        const provider = await create(dcr, providerInputs());
        const state = await create(strategies, strategyInputs(provider.id));
        emulator.authStrategies.get(state.id)!.strategy_type = "key_auth";
        expect(await strategies.read!(state.id, state.outs)).toEqual({});
        await expect(strategies.read!(state.id)).rejects.toThrow(
            "A Konnect application auth strategy can only be refreshed from its Pulumi state; pulumi import and " +
                ".get are not supported.",
        );
    });
});

describe("DcrProvider: adoption, display name and refresh, field by field", () => {
    it("adopting a provider whose visible settings all match still sends the initial client secret", async () => {
        const inputs = providerInputs();
        const { object } = await directClient().dcrProviders.create({
            name: inputs.name,
            display_name: "Auth0",
            provider_type: "auth0",
            issuer: "https://acme-dev.us.auth0.com",
            dcr_config: { initial_client_id: "m2m-client-id", initial_client_secret: "a-secret-made-by-hand" },
            labels: DEV_LABELS,
        });
        emulator.resetRequests();
        await create(dcr, inputs);
        // Konnect never shows the secret, so an adopted provider cannot be known to hold the stack's.
        expect(emulator.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
        expect(emulator.initialClientSecretOf(object.id)).toBe(SECRET);
    });

    it("an update after the provider was deleted outside Pulumi says so", async () => {
        const inputs = providerInputs();
        const state = await create(dcr, inputs);
        emulator.dcrProviders.delete(state.id);
        await expect(dcr.update!(state.id, state.outs, inputs)).rejects.toThrow(
            `Konnect DCR provider "${inputs.name}" (${state.id}) was deleted outside Pulumi; run pulumi up again to ` +
                "recreate it.",
        );
    });

    it("sends a new display name even when Konnect does not return one, and only then", async () => {
        const inputs = providerInputs();
        const state = await create(dcr, inputs);
        // display_name is optional in Konnect's DCR provider response.
        delete emulator.dcrProviders.get(state.id)!.display_name;
        const same = await up(dcr, state, inputs);
        expect(same.action).toBe("same");
        const unnamed = await up(dcr, state, { ...inputs, displayName: undefined });
        expect(unnamed.action).toBe("same");
        emulator.resetRequests();
        const renamed = await up(dcr, state, { ...inputs, displayName: "Auth0 (dev)" });
        expect(renamed.diff.changedFields).toEqual(["display_name"]);
        expect(emulator.requests.filter((r) => r.method === "PATCH").map((r) => r.body)).toEqual([
            { display_name: "Auth0 (dev)" },
        ]);
    });

    it("refresh reads each setting Konnect shows back, keeping the secret's hash", async () => {
        const state = await create(dcr, providerInputs());
        const live = emulator.dcrProviders.get(state.id)!;
        live.display_name = "Auth0 (edited)";
        live.issuer = "https://edited.eu.auth0.com";
        live.dcr_config = {
            ...live.dcr_config,
            initial_client_id: "edited-client-id",
            initial_client_audience: "https://edited.eu.auth0.com/api/v2/",
            use_developer_managed_scopes: true,
        };
        const read = await dcr.read!(state.id, state.outs);
        expect(read).toEqual({
            id: state.id,
            props: {
                serverUrl: emulator.url,
                name: state.outs.name,
                displayName: "Auth0 (edited)",
                issuer: "https://edited.eu.auth0.com",
                initialClientId: "edited-client-id",
                initialClientAudience: "https://edited.eu.auth0.com/api/v2/",
                useDeveloperManagedScopes: true,
                labels: DEV_LABELS,
                dcrProviderId: state.id,
                active: false,
                initialClientSecretHash: state.outs.initialClientSecretHash,
                initialClientSecretSalt: state.outs.initialClientSecretSalt,
            },
        });
    });

    it("refresh keeps the state's display name when Konnect shows none, and reads absent settings as unset", async () => {
        const state = await create(dcr, providerInputs());
        const live = emulator.dcrProviders.get(state.id)!;
        delete live.display_name;
        live.dcr_config = {};
        const { props } = await dcr.read!(state.id, state.outs);
        expect(props).toMatchObject({ displayName: "Auth0", initialClientId: "", useDeveloperManagedScopes: false });
        expect(props).not.toHaveProperty("initialClientAudience");
    });

    it("refresh drops from state a provider that is no longer Auth0's, and needs prior state", async () => {
        const state = await create(dcr, providerInputs());
        emulator.dcrProviders.get(state.id)!.provider_type = "okta";
        expect(await dcr.read!(state.id, state.outs)).toEqual({});
        await expect(dcr.read!(state.id)).rejects.toThrow(
            "A Konnect DCR provider can only be refreshed from its Pulumi state; pulumi import and .get are not supported.",
        );
    });
});

describe("PortalAuthStrategyBinding: diffs that need no write", () => {
    it("binding a portal that already uses the strategy writes nothing, and its destroy unsets the default", async () => {
        const provider = await create(dcr, providerInputs());
        const strategy = await create(strategies, strategyInputs(provider.id));
        const portal = emulator.addPortal({ name: `portal-${++seq}`, defaultApplicationAuthStrategyId: strategy.id });
        emulator.resetRequests();
        const binding = await create(bindings, bindingInputs(portal.id, strategy.id));
        expect(emulator.counts()).toEqual({ get: 1, write: 0 });
        // What the portal had before is unknown: nothing is restored.
        expect(binding.outs.previousAuthStrategyId).toBeNull();
        await bindings.delete!(binding.id, binding.outs);
        expect(emulator.portals.get(portal.id)!.default_application_auth_strategy_id).toBeNull();
    });

    it("reports a change without calling Konnect while the strategy id is unknown (preview)", async () => {
        const { portal, binding } = await deployAll();
        emulator.resetRequests();
        expect(await bindings.diff!(binding.id, binding.outs, bindingInputs(portal.id, UNKNOWN_VALUE))).toEqual({
            changes: true,
            changedFields: ["default_application_auth_strategy_id"],
        });
        expect(emulator.requests).toEqual([]);
    });

    it("asks for a replacement when the portal was deleted outside Pulumi", async () => {
        const { strategy, portal, binding } = await deployAll();
        emulator.portals.delete(portal.id);
        expect(await bindings.diff!(binding.id, binding.outs, bindingInputs(portal.id, strategy.id))).toEqual(
            replacedDeletingFirst("portalId"),
        );
    });

    it("records allowPortalWithoutDefault, and a new portal domain, with an update that writes nothing", async () => {
        const { strategy, portal, binding } = await deployAll();
        const inputs = bindingInputs(portal.id, strategy.id);
        const allowed = await up(bindings, binding, { ...inputs, allowPortalWithoutDefault: true });
        expect(allowed.diff).toEqual({ changes: true, changedFields: ["allowPortalWithoutDefault"] });
        expect(allowed.state.outs.allowPortalWithoutDefault).toBe(true);

        emulator.portals.get(portal.id)!.default_domain = "developer.acme.example";
        emulator.resetRequests();
        const moved = await up(bindings, allowed.state, { ...inputs, allowPortalWithoutDefault: true });
        expect(moved.diff).toEqual({ changes: true, changedFields: ["portalDomain"] });
        expect(moved.state.outs.portalDomain).toBe("developer.acme.example");
        expect(emulator.counts().write).toBe(0);
    });

    it("refresh needs prior state, and says so", async () => {
        await expect(bindings.read!("v3/portal")).rejects.toThrow(
            "A Konnect portal binding can only be refreshed from its Pulumi state; pulumi import and .get are not supported.",
        );
    });
});
