/**
 * "A stack's objects stay its own": the owner labels (organization, project, stack), which existing object of the
 * wanted name a create adopts and which it refuses (before any write), names kept through an upgrade of the
 * default, owner labels added by an in-place update, and a server URL change refused by check, never a
 * replacement. Driven the way the engine calls the providers, against the Konnect emulator.
 */
import { defaultKonnectName } from "../config/stackSettings";
import { createKonnectClient } from "../konnect/client";
import { buildAuthStrategyCreateBody, konnectLabels } from "../konnect/payloads";
import {
    applicationAuthStrategyProvider,
    ApplicationAuthStrategyInputs,
    ApplicationAuthStrategyState,
} from "../konnect/resources/applicationAuthStrategy";
import { dcrProviderProvider, DcrProviderInputs, DcrProviderState } from "../konnect/resources/dcrProvider";
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
import { dcrVerificationProvider, DcrVerificationInputs } from "../verification/dcrVerification";
import type { KonnectEmulator } from "../emulators/konnect";
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
const verifications = dcrVerificationProvider({ retry });

const SECRET = "first-initial-client-secret-1a2b3c";
const EU = "https://eu.api.konghq.com";

/** This stack, and its labels as Konnect receives them (Konnect's label rules: 1-63 characters, see payloads). */
const DEV = { organization: "acme", project: "konnect-auth0-dcr", stack: "dev" };
const DEV_LABELS = {
    "managed-by": "konnect-auth0-dcr",
    "pulumi-organization": "acme",
    "pulumi-project": "konnect-auth0-dcr",
    "pulumi-stack": "dev",
};
/** What earlier versions wrote: the stack alone. */
const LEGACY_DEV_LABELS = { "managed-by": "konnect-auth0-dcr", "pulumi-stack": "dev" };
/** Another project's `dev` stack in the same organization. */
const BILLING_DEV_LABELS = { ...DEV_LABELS, "pulumi-project": "billing-portal" };

let emulator: KonnectEmulator;
let seq = 0;
withKonnectEmulator((started) => (emulator = started));

function directClient() {
    return createKonnectClient({ serverUrl: emulator.url, token: emulator.token, tokenSource: "env:KONNECT_TOKEN" });
}

/** The methods of the recorded requests that write (POST, PATCH, PUT, DELETE). */
function writes(): string[] {
    return emulator.requests.map((r) => r.method).filter((m) => m !== "GET");
}

async function create<I, O>(provider: Provider<I, O>, inputs: I): Promise<Deployed<O>> {
    const checked = await provider.check!({} as I, inputs);
    expect(checked.failures).toEqual([]);
    const result = await provider.create(checked.inputs ?? inputs);
    return { id: result.id, outs: result.outs as O };
}

/** One `pulumi up` step for an existing resource (the engine passes the old inputs to check; outputs hold them). */
async function up<I, O>(provider: Provider<I, O>, state: Deployed<O>, inputs: I) {
    const checked = await provider.check!(state.outs as unknown as I, inputs);
    expect(checked.failures).toEqual([]);
    const diff = (await provider.diff!(state.id, state.outs, checked.inputs ?? inputs)) as KonnectDiffResult;
    expect(diff.replaces ?? []).toEqual([]);
    if (!diff.changes) return { state, diff, checked: checked.inputs!, action: "same" };
    const updated = await provider.update!(state.id, state.outs, checked.inputs ?? inputs);
    return { state: { id: state.id, outs: updated.outs as O }, diff, checked: checked.inputs!, action: "update" };
}

function providerInputs(overrides: Partial<DcrProviderInputs> = {}): DcrProviderInputs {
    return {
        serverUrl: emulator.url,
        name: `auth0-dcr-dev-${++seq}`,
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
        name: `auth0-strategy-dev-${++seq}`,
        ...devStrategySettings,
        dcrProviderId,
        labels: konnectLabels(DEV),
        ...overrides,
    };
}

/** A provider made outside the stack (by hand, by another stack), with these labels. */
async function existingProvider(name: string, labels: Record<string, string>): Promise<string> {
    const { object } = await directClient().dcrProviders.create({
        name,
        provider_type: "auth0",
        issuer: "https://old-tenant.eu.auth0.com",
        dcr_config: { initial_client_id: "old-id", initial_client_secret: "old-secret-value" },
        labels,
    });
    emulator.resetRequests();
    return object.id;
}

/** A strategy made outside the stack, with these labels, using a provider of its own. */
async function existingStrategy(name: string, labels: Record<string, string>): Promise<string> {
    const dcrProviderId = await existingProvider(`someone-elses-provider-${++seq}`, {});
    const body = buildAuthStrategyCreateBody({
        name,
        ...devStrategySettings,
        displayName: "Made elsewhere",
        dcrProviderId,
        labels,
    });
    const { object } = await directClient().authStrategies.create(body);
    emulator.resetRequests();
    return object.id;
}

/** The refusal create throws for an object another stack's labels claim. */
function refusal(article: "a" | "an", kind: string, name: string, id: string, owner: string, setting: string): string {
    return (
        `Konnect already has ${article} ${kind} named "${name}" (${id}), and its labels say another Pulumi stack owns it: ` +
        `${owner}. This stack does not take it over and changed nothing in Konnect. Either give this stack's ` +
        `${kind} another name (pulumi config set ${setting} <name>), or, if that stack is truly gone, remove the ` +
        `labels pulumi-organization, pulumi-project, pulumi-stack from the ${kind} in Konnect and run pulumi up ` +
        "again to take it over."
    );
}

describe("adopting an existing object of the wanted name", () => {
    it("adopts an unlabelled provider and strategy (made by hand) and labels them for this stack", async () => {
        const name = `auth0-dcr-dev-${++seq}`;
        const providerId = await existingProvider(name, { team: "platform" });
        const provider = await create(dcr, providerInputs({ name }));
        expect(provider.id).toBe(providerId);
        expect(emulator.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
        expect(emulator.dcrProviders.get(providerId)!.labels).toEqual({ team: "platform", ...DEV_LABELS });

        const strategyId = await existingStrategy(name, {});
        const strategy = await create(strategies, strategyInputs(provider.id, { name }));
        expect(strategy.id).toBe(strategyId);
        expect(emulator.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
        expect(emulator.authStrategies.get(strategyId)).toMatchObject({
            labels: DEV_LABELS,
            dcr_provider: { id: provider.id },
        });
    });

    it("adopts a provider and strategy labelled for this stack (an interrupted earlier run)", async () => {
        const name = `auth0-dcr-dev-${++seq}`;
        const providerId = await existingProvider(name, DEV_LABELS);
        expect((await create(dcr, providerInputs({ name }))).id).toBe(providerId);
        expect(emulator.dcrProviders.get(providerId)!.issuer).toBe("https://acme-dev.us.auth0.com");

        const strategyId = await existingStrategy(name, DEV_LABELS);
        expect((await create(strategies, strategyInputs(providerId, { name }))).id).toBe(strategyId);
        expect(emulator.authStrategies.get(strategyId)!.display_name).toBe("Auth0");
    });

    it("adopts a provider and strategy an earlier version labelled for this stack (pulumi-stack alone)", async () => {
        const name = `auth0-dcr-dev-${++seq}`;
        const providerId = await existingProvider(name, LEGACY_DEV_LABELS);
        expect((await create(dcr, providerInputs({ name }))).id).toBe(providerId);
        expect(emulator.requests[1]).toMatchObject({ method: "PATCH", body: { labels: DEV_LABELS } });
        expect(emulator.dcrProviders.get(providerId)!.labels).toEqual(DEV_LABELS);

        const strategyId = await existingStrategy(name, LEGACY_DEV_LABELS);
        expect((await create(strategies, strategyInputs(providerId, { name }))).id).toBe(strategyId);
        expect(emulator.authStrategies.get(strategyId)!.labels).toEqual(DEV_LABELS);
    });

    it("refuses a provider of another project's dev stack, before any write, saying whose it is and the ways on", async () => {
        const name = `auth0-dcr-dev-${++seq}`;
        const providerId = await existingProvider(name, BILLING_DEV_LABELS);
        const before = structuredClone(emulator.dcrProviders.get(providerId));
        const error: Error = await dcr.create(providerInputs({ name })).catch((e) => e);
        expect(error.message).toBe(
            refusal(
                "a",
                "DCR provider",
                name,
                providerId,
                'organization "acme", project "billing-portal", stack "dev"',
                "konnect-auth0-dcr:konnectDcrProviderName",
            ),
        );
        expect(error.message).not.toContain(SECRET);
        expect(emulator.requests.map((r) => r.method)).toEqual(["GET"]);
        expect(writes()).toEqual([]);
        expect(emulator.dcrProviders.get(providerId)).toEqual(before);
        expect(emulator.initialClientSecretOf(providerId)).toBe("old-secret-value");
    });

    it("refuses a strategy of another stack, and a provider an earlier version labelled for another stack", async () => {
        const provider = await create(dcr, providerInputs());
        const name = `auth0-strategy-dev-${++seq}`;
        const strategyId = await existingStrategy(name, { ...DEV_LABELS, "pulumi-stack": "staging" });
        const strategyError: Error = await strategies.create(strategyInputs(provider.id, { name })).catch((e) => e);
        expect(strategyError.message).toBe(
            refusal(
                "an",
                "application auth strategy",
                name,
                strategyId,
                'organization "acme", project "konnect-auth0-dcr", stack "staging"',
                "konnect-auth0-dcr:konnectAuthStrategyName",
            ),
        );
        expect(writes()).toEqual([]);
        expect(emulator.authStrategies.get(strategyId)!.display_name).toBe("Made elsewhere");

        const legacyName = `auth0-dcr-staging-${++seq}`;
        const legacyId = await existingProvider(legacyName, { ...LEGACY_DEV_LABELS, "pulumi-stack": "staging" });
        const legacyError: Error = await dcr.create(providerInputs({ name: legacyName })).catch((e) => e);
        expect(legacyError.message).toBe(
            refusal(
                "a",
                "DCR provider",
                legacyName,
                legacyId,
                'organization not labelled, project not labelled, stack "staging"',
                "konnect-auth0-dcr:konnectDcrProviderName",
            ),
        );
        expect(writes()).toEqual([]);
    });

    it("refuses a strategy of another organization", async () => {
        const provider = await create(dcr, providerInputs());
        const name = `auth0-strategy-dev-${++seq}`;
        const strategyId = await existingStrategy(name, { ...DEV_LABELS, "pulumi-organization": "globex" });
        await expect(strategies.create(strategyInputs(provider.id, { name }))).rejects.toThrow(
            `Konnect already has an application auth strategy named "${name}" (${strategyId}), and its labels say ` +
                'another Pulumi stack owns it: organization "globex", project "konnect-auth0-dcr", stack "dev".',
        );
        expect(writes()).toEqual([]);
    });

    it("still refuses a same-name provider of another type", async () => {
        const name = `auth0-dcr-dev-${++seq}`;
        const providerId = await existingProvider(name, {});
        emulator.dcrProviders.get(providerId)!.provider_type = "okta";
        await expect(dcr.create(providerInputs({ name }))).rejects.toThrow(
            `Konnect already has a okta DCR provider named "${name}" (${providerId})`,
        );
        expect(writes()).toEqual([]);
    });
});

describe("two stacks with the same environment and default settings", () => {
    it("make separate objects: the default names differ by portal", async () => {
        const portalA = "0b7e5b8e-2b7a-4e4b-9a0e-3c2f4b1d6a77";
        const portalB = "5f1c3c9e-8d2a-4f6b-b1e4-7a9d0c3e2f18";
        expect(defaultKonnectName("dev", portalA)).toBe("auth0-dcr-dev-0b7e5b8e");
        expect(defaultKonnectName("dev", portalB)).toBe("auth0-dcr-dev-5f1c3c9e");
        const billing = { organization: "acme", project: "billing-portal", stack: "dev" };
        const stacks = [
            { owner: DEV, name: "auth0-dcr-dev-0b7e5b8e", labels: DEV_LABELS },
            { owner: billing, name: "auth0-dcr-dev-5f1c3c9e", labels: BILLING_DEV_LABELS },
        ];
        const made = [];
        for (const stack of stacks) {
            const labels = konnectLabels(stack.owner);
            const provider = await create(dcr, providerInputs({ name: stack.name, labels, keepExistingName: true }));
            const strategy = await create(
                strategies,
                strategyInputs(provider.id, { name: stack.name, labels, keepExistingName: true }),
            );
            made.push({ provider, strategy });
        }
        expect(made[0].provider.id).not.toBe(made[1].provider.id);
        expect(made[0].strategy.id).not.toBe(made[1].strategy.id);
        for (const [i, stack] of stacks.entries()) {
            expect(emulator.dcrProviders.get(made[i].provider.id)).toMatchObject({
                name: stack.name,
                labels: stack.labels,
            });
            expect(emulator.authStrategies.get(made[i].strategy.id)).toMatchObject({
                name: stack.name,
                labels: stack.labels,
                dcr_provider: { id: made[i].provider.id },
            });
        }
    });
});

describe("names on upgrade (keepExistingName)", () => {
    it("keeps the deployed provider's and strategy's names when the default changes: check, then no diff", async () => {
        const provider = await create(dcr, providerInputs({ name: "auth0-dcr-dev", keepExistingName: true }));
        const strategy = await create(
            strategies,
            strategyInputs(provider.id, { name: "auth0-dcr-dev", keepExistingName: true }),
        );
        emulator.resetRequests();

        const movedDefault = "auth0-dcr-dev-5f1c3c9e";
        const p = await up(dcr, provider, providerInputs({ name: movedDefault, keepExistingName: true }));
        expect(p.checked.name).toBe("auth0-dcr-dev");
        expect(p).toMatchObject({ action: "same", diff: { changes: false, changedFields: [] } });
        const s = await up(
            strategies,
            strategy,
            strategyInputs(provider.id, { name: movedDefault, keepExistingName: true }),
        );
        expect(s.checked.name).toBe("auth0-dcr-dev");
        expect(s).toMatchObject({ action: "same", diff: { changes: false, changedFields: [] } });
        expect(writes()).toEqual([]);
        expect(emulator.dcrProviders.get(provider.id)!.name).toBe("auth0-dcr-dev");
        expect(emulator.authStrategies.get(strategy.id)!.name).toBe("auth0-dcr-dev");
    });

    it("a new object takes the default name; a name set by the user renames in place", async () => {
        const checked = await dcr.check!(
            {} as DcrProviderInputs,
            providerInputs({ name: "auth0-dcr-dev-5f1c3c9e", keepExistingName: true }),
        );
        expect(checked.inputs!.name).toBe("auth0-dcr-dev-5f1c3c9e");

        const provider = await create(dcr, providerInputs({ name: `auth0-dcr-dev-${++seq}`, keepExistingName: true }));
        emulator.resetRequests();
        const renamed = `payments-dcr-${++seq}`;
        const { action, diff, state } = await up(
            dcr,
            provider,
            providerInputs({ name: renamed, keepExistingName: false }),
        );
        expect(action).toBe("update");
        expect(diff.changedFields).toEqual(["name"]);
        expect(state.id).toBe(provider.id);
        expect(emulator.requests[1]).toMatchObject({ method: "PATCH", body: { name: renamed } });
        expect(emulator.dcrProviders.get(provider.id)!.name).toBe(renamed);
    });
});

describe("owner labels on an upgraded stack", () => {
    it("are added to the provider and the strategy by an in-place update, shown in the diff, never a replacement", async () => {
        const legacy = { labels: { ...LEGACY_DEV_LABELS } };
        const provider = await create(dcr, providerInputs(legacy));
        const strategy = await create(strategies, strategyInputs(provider.id, legacy));
        emulator.resetRequests();

        const p = await up<DcrProviderInputs, DcrProviderState>(
            dcr,
            provider,
            providerInputs({ name: provider.outs.name }),
        );
        expect(p.action).toBe("update");
        expect(p.diff.changedFields).toEqual(["labels.pulumi-organization", "labels.pulumi-project"]);
        expect(p.state.id).toBe(provider.id);
        expect(emulator.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
        expect(emulator.requests[1].body).toEqual({ labels: DEV_LABELS });
        expect(p.state.outs.labels).toEqual(DEV_LABELS);

        emulator.resetRequests();
        const s = await up<ApplicationAuthStrategyInputs, ApplicationAuthStrategyState>(
            strategies,
            strategy,
            strategyInputs(provider.id, { name: strategy.outs.name }),
        );
        expect(s.action).toBe("update");
        expect(s.diff.changedFields).toEqual(["labels.pulumi-organization", "labels.pulumi-project"]);
        expect(s.state.id).toBe(strategy.id);
        expect(emulator.requests[1]).toMatchObject({ method: "PATCH", body: { labels: DEV_LABELS } });
        expect(emulator.authStrategies.get(strategy.id)!.labels).toEqual(DEV_LABELS);
    });
});

describe("a server URL change", () => {
    /** The check failure, as the user reads it. */
    function movedMessage(before: string, now: string): string {
        return (
            `This stack's Konnect objects live at ${before}; the stack's settings now say ${now}. A stack never ` +
            `moves its Konnect objects: that would delete them at ${before} and make new ones at ${now}. Nothing was ` +
            "changed. To move the portal's setup to another region, use a new stack: pulumi stack init <new stack>, " +
            `configure it for ${now} (konnect-auth0-dcr:konnectRegion or konnect-auth0-dcr:konnectServerUrl), pulumi ` +
            "up there, then pulumi destroy here. To go back, restore konnect-auth0-dcr:konnectServerUrl or " +
            `konnect-auth0-dcr:konnectRegion so that this stack's settings name ${before} again.`
        );
    }

    /** Every Konnect object of a stack, deployed, with the inputs each was made from. */
    async function deployed() {
        const provider = await create(dcr, providerInputs());
        const strategy = await create(strategies, strategyInputs(provider.id));
        const portal = emulator.addPortal({ name: `portal-${++seq}` });
        const bindingInputs: PortalAuthStrategyBindingInputs = {
            serverUrl: emulator.url,
            portalId: portal.id,
            portalKind: "v3",
            authStrategyId: strategy.id,
        };
        const binding = await create(bindings, bindingInputs);
        const api = emulator.addApi({ name: `orders-${++seq}` });
        emulator.publishApi({ apiId: api.id, portalId: portal.id, authStrategyIds: null });
        const publicationInputs: ApiPublicationAuthStrategyInputs = {
            serverUrl: emulator.url,
            portalId: portal.id,
            portalKind: "v3",
            apiId: api.id,
            authStrategyId: strategy.id,
        };
        const publication = await create(publications, publicationInputs);
        const verificationInputs: DcrVerificationInputs = {
            serverUrl: emulator.url,
            dcrProviderId: provider.id,
            dcrProviderName: provider.outs.name,
            initialClientId: provider.outs.initialClientId,
            initialClientSecretHash: provider.outs.initialClientSecretHash,
            authStrategyId: strategy.id,
            issuer: "https://acme-dev.us.auth0.com",
            audience: "https://api.dev.acme.com/portal",
            bindingId: binding.id,
        };
        // Its create runs the post-deploy checks against Auth0; its state is what create would record.
        const verification = { id: `verification/${provider.id}`, outs: { ...verificationInputs, report: "ok" } };
        emulator.resetRequests();
        const providerIn = providerInputs({ name: provider.outs.name });
        const strategyIn = strategyInputs(provider.id, { name: strategy.outs.name });
        const all = [
            { label: "DcrProvider", provider: dcr, state: provider, inputs: providerIn },
            { label: "ApplicationAuthStrategy", provider: strategies, state: strategy, inputs: strategyIn },
            { label: "PortalAuthStrategyBinding", provider: bindings, state: binding, inputs: bindingInputs },
            {
                label: "ApiPublicationAuthStrategy",
                provider: publications,
                state: publication,
                inputs: publicationInputs,
            },
            { label: "DcrVerification", provider: verifications, state: verification, inputs: verificationInputs },
        ] as unknown as {
            label: string;
            provider: Provider<unknown, unknown>;
            state: Deployed<unknown>;
            inputs: Record<string, unknown>;
        }[];
        return { all, provider, strategy };
    }

    it("fails every Konnect provider's check with what to do, before any call to Konnect", async () => {
        const { all } = await deployed();
        for (const { label, provider, state, inputs } of all) {
            const checked = await provider.check!(state.outs, { ...inputs, serverUrl: EU });
            expect({ label, failures: checked.failures }).toEqual({
                label,
                failures: [{ property: "serverUrl", reason: movedMessage(emulator.url, EU) }],
            });
            // Trailing slashes or the host's case name the same Konnect.
            const same = await provider.check!(state.outs, { ...inputs, serverUrl: `${emulator.url}/` });
            expect({ label, failures: same.failures?.filter((f) => f.reason.includes("live at")) }).toEqual({
                label,
                failures: [],
            });
        }
        expect(emulator.requests).toEqual([]);
    });

    it("is never a replacement in any Konnect provider's diff, whatever else changes", async () => {
        const { all, provider } = await deployed();
        const other = await create(dcr, providerInputs());
        const otherStrategy = await create(strategies, strategyInputs(other.id));
        const variations: Record<string, (inputs: Record<string, unknown>) => Record<string, unknown>> = {
            unchanged: (i) => i,
            "another server URL": (i) => ({ ...i, serverUrl: EU }),
            "another server URL and name": (i) => ({ ...i, serverUrl: EU, name: `moved-${++seq}` }),
            "another server URL and labels": (i) => ({
                ...i,
                serverUrl: EU,
                labels: konnectLabels({ ...DEV, project: "billing-portal" }),
            }),
            "another server URL and strategy": (i) => ({ ...i, serverUrl: EU, authStrategyId: otherStrategy.id }),
            "a server URL not known yet": (i) => ({ ...i, serverUrl: UNKNOWN_VALUE }),
            "a server URL with a trailing slash": (i) => ({ ...i, serverUrl: `${emulator.url}/` }),
            "a new name": (i) => ("name" in i ? { ...i, name: `renamed-${++seq}` } : i),
            "a new default name kept": (i) =>
                "name" in i ? { ...i, name: `default-${++seq}`, keepExistingName: true } : i,
            "owner labels of another project": (i) =>
                "labels" in i ? { ...i, labels: konnectLabels({ ...DEV, project: "billing-portal" }) } : i,
            "earlier labels": (i) => ("labels" in i ? { ...i, labels: { ...LEGACY_DEV_LABELS } } : i),
            "another strategy": (i) => ("authStrategyId" in i ? { ...i, authStrategyId: otherStrategy.id } : i),
            "another DCR provider": (i) => ("dcrProviderId" in i ? { ...i, dcrProviderId: other.id } : i),
            "a DCR provider id not known yet": (i) =>
                "dcrProviderId" in i ? { ...i, dcrProviderId: UNKNOWN_VALUE } : i,
        };
        const replaced: string[] = [];
        for (const { label, provider: p, state, inputs } of all) {
            for (const [variation, change] of Object.entries(variations)) {
                const diff = (await p.diff!(state.id, state.outs, change(inputs))) as KonnectDiffResult;
                if ((diff.replaces ?? []).length > 0) replaced.push(`${label}, ${variation}: ${diff.replaces}`);
            }
        }
        expect(replaced).toEqual([]);
        expect(emulator.dcrProviders.has(provider.id)).toBe(true);
    });

    it("is refused by the provider's and the strategy's update too, before any call", async () => {
        const { provider, strategy } = await deployed();
        const expected = movedMessage(emulator.url, EU);
        await expect(
            dcr.update!(provider.id, provider.outs, providerInputs({ name: provider.outs.name, serverUrl: EU })),
        ).rejects.toThrow(expected);
        await expect(
            strategies.update!(
                strategy.id,
                strategy.outs,
                strategyInputs(provider.id, { name: strategy.outs.name, serverUrl: EU }),
            ),
        ).rejects.toThrow(expected);
        expect(emulator.requests).toEqual([]);
    });
});
