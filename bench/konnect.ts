/**
 * Konnect DCR lifecycle benchmark: runs the four dynamic providers against the local Konnect emulator the
 * way `pulumi up` / `pulumi destroy` call them (DcrProvider → ApplicationAuthStrategy →
 * PortalAuthStrategyBinding → one ApiPublicationAuthStrategy per listed API, destroy in reverse) and prints,
 * per lifecycle, the GETs, writes and wall time of each object, with the request targets and whether they
 * are met. The APIs start published on the portal without application auth, as a team would have them.
 *
 *   npm run bench:konnect [-- --rounds 5] [-- --apis 2]
 */
import * as pulumi from "@pulumi/pulumi";
import { konnectLabels } from "../konnect/payloads";
import {
    applicationAuthStrategyProvider,
    ApplicationAuthStrategyInputs,
    ApplicationAuthStrategyState,
} from "../konnect/resources/applicationAuthStrategy";
import { dcrProviderProvider, DcrProviderInputs, DcrProviderState } from "../konnect/resources/dcrProvider";
import {
    portalAuthStrategyBindingProvider,
    PortalAuthStrategyBindingInputs,
    PortalAuthStrategyBindingState,
} from "../konnect/resources/portalAuthStrategyBinding";
import {
    apiPublicationAuthStrategyProvider,
    ApiPublicationAuthStrategyInputs,
    ApiPublicationAuthStrategyState,
} from "../konnect/resources/apiPublicationAuthStrategy";
import { KonnectEmulator, startKonnectEmulator } from "../emulators/konnect";
import { median } from "./stats";

type Provider<I, O> = pulumi.dynamic.ResourceProvider<I, O>;
interface Deployed<O> {
    id: string;
    outs: O;
}
type ObjectName =
    "DcrProvider" | "ApplicationAuthStrategy" | "PortalAuthStrategyBinding" | "ApiPublicationAuthStrategy";
const OBJECTS: ObjectName[] = [
    "DcrProvider",
    "ApplicationAuthStrategy",
    "PortalAuthStrategyBinding",
    "ApiPublicationAuthStrategy",
];

/** How many published APIs the stack lists (`--apis`); their publications are measured together. */
const argument = (flag: string, fallback: number, min: number) => {
    const at = process.argv.indexOf(flag);
    return at > 0 ? Math.max(min, Number(process.argv[at + 1]) || fallback) : fallback;
};
const APIS = argument("--apis", 2, 0);

/** GETs, writes and wall time of one object's step. */
interface Sample {
    get: number;
    write: number;
    ms: number;
}
type Phase = "create" | "no-op up" | "one-field update" | "secret rotation" | "destroy";
const PHASES: Phase[] = ["create", "no-op up", "one-field update", "secret rotation", "destroy"];

/** The request targets of each lifecycle, over all objects (each API publication is one object). */
const OBJECT_COUNT = OBJECTS.length - 1 + APIS;
const TARGETS: Record<Phase, { text: string; met: (total: Sample) => boolean }> = {
    create: { text: `≤ ${3 + APIS} writes (3 + one per API)`, met: (t) => t.write <= 3 + APIS },
    "no-op up": { text: "0 writes, ≤ 1 GET per object", met: (t) => t.write === 0 && t.get <= OBJECT_COUNT },
    "one-field update": { text: "1 write", met: (t) => t.write === 1 },
    "secret rotation": { text: "1 write", met: (t) => t.write === 1 },
    destroy: { text: `${3 + APIS} writes (3 + one restore per API)`, met: (t) => t.write === 3 + APIS },
};

async function measure(emulator: KonnectEmulator, step: () => Promise<unknown>): Promise<Sample> {
    emulator.resetRequests();
    const started = process.hrtime.bigint();
    await step();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return { ...emulator.counts(), ms };
}

/** One engine step for an existing resource: check, diff, and update when the diff says so. */
async function up<I, O>(provider: Provider<I, O>, state: Deployed<O>, inputs: I): Promise<Deployed<O>> {
    const checked = await provider.check!(state.outs as unknown as I, inputs);
    if (checked.failures?.length) throw new Error(JSON.stringify(checked.failures));
    const diff = await provider.diff!(state.id, state.outs, checked.inputs ?? inputs);
    if (diff.replaces?.length) throw new Error(`unexpected replacement of ${state.id}: ${diff.replaces.join(", ")}`);
    if (!diff.changes) return state;
    const { outs } = await provider.update!(state.id, state.outs, checked.inputs ?? inputs);
    return { id: state.id, outs: outs as O };
}

async function create<I, O>(provider: Provider<I, O>, inputs: I): Promise<Deployed<O>> {
    const checked = await provider.check!({} as I, inputs);
    if (checked.failures?.length) throw new Error(JSON.stringify(checked.failures));
    const { id, outs } = await provider.create(checked.inputs ?? inputs);
    return { id, outs: outs as O };
}

/** One full lifecycle; returns the samples per phase and object. */
async function round(emulator: KonnectEmulator, n: number): Promise<Record<Phase, Record<ObjectName, Sample>>> {
    const dcr = dcrProviderProvider();
    const strategies = applicationAuthStrategyProvider();
    const bindings = portalAuthStrategyBindingProvider();
    const publicationsProvider = apiPublicationAuthStrategyProvider();
    const labels = konnectLabels({ organization: "organization", project: "konnect-auth0-dcr", stack: "bench" });
    const portal = emulator.addPortal({ name: `bench-portal-${n}` });
    const apis = Array.from({ length: APIS }, (_, i) => emulator.addApi({ name: `bench-api-${n}-${i}` }).id);
    for (const apiId of apis) emulator.publishApi({ apiId, portalId: portal.id, visibility: "public" });
    const providerInputs: DcrProviderInputs = {
        serverUrl: emulator.url,
        name: `auth0-dcr-bench-${n}`,
        displayName: "Auth0",
        issuer: "https://acme-bench.us.auth0.com",
        initialClientId: "m2m-client-id",
        initialClientSecret: `initial-secret-${n}-a`,
        labels,
    };
    const strategyInputs = (dcrProviderId: string): ApplicationAuthStrategyInputs => ({
        serverUrl: emulator.url,
        name: `auth0-dcr-bench-${n}`,
        displayName: "Auth0",
        issuer: "https://acme-bench.us.auth0.com",
        audience: "https://api.bench.acme.com/portal",
        scopes: ["openid"],
        credentialClaim: ["azp"],
        authMethods: ["client_credentials", "bearer", "session"],
        dcrProviderId,
        labels,
    });
    const bindingInputs = (authStrategyId: string): PortalAuthStrategyBindingInputs => ({
        serverUrl: emulator.url,
        portalId: portal.id,
        portalKind: "v3",
        authStrategyId,
    });

    const publicationInputs = (authStrategyId: string): ApiPublicationAuthStrategyInputs[] =>
        apis.map((apiId) => ({
            serverUrl: emulator.url,
            portalId: portal.id,
            portalKind: "v3",
            apiId,
            authStrategyId,
        }));

    const samples = {} as Record<Phase, Record<ObjectName, Sample>>;
    let publications: Deployed<ApiPublicationAuthStrategyState>[] = [];
    let provider!: Deployed<DcrProviderState>;
    let strategy!: Deployed<ApplicationAuthStrategyState>;
    let binding!: Deployed<PortalAuthStrategyBindingState>;

    samples.create = {
        DcrProvider: await measure(emulator, async () => (provider = await create(dcr, providerInputs))),
        ApplicationAuthStrategy: await measure(
            emulator,
            async () => (strategy = await create(strategies, strategyInputs(provider.id))),
        ),
        PortalAuthStrategyBinding: await measure(
            emulator,
            async () => (binding = await create(bindings, bindingInputs(strategy.id))),
        ),
        ApiPublicationAuthStrategy: await measure(emulator, async () => {
            publications = [];
            for (const inputs of publicationInputs(strategy.id))
                publications.push(await create(publicationsProvider, inputs));
        }),
    };

    /** A whole `pulumi up` over the three objects with the given strategy and provider inputs. */
    const upAll = async (p: DcrProviderInputs, displayName: string) => ({
        DcrProvider: await measure(emulator, async () => (provider = await up(dcr, provider, p))),
        ApplicationAuthStrategy: await measure(
            emulator,
            async () => (strategy = await up(strategies, strategy, { ...strategyInputs(provider.id), displayName })),
        ),
        PortalAuthStrategyBinding: await measure(
            emulator,
            async () => (binding = await up(bindings, binding, bindingInputs(strategy.id))),
        ),
        ApiPublicationAuthStrategy: await measure(emulator, async () => {
            const inputs = publicationInputs(strategy.id);
            for (let i = 0; i < publications.length; i++)
                publications[i] = await up(publicationsProvider, publications[i], inputs[i]);
        }),
    });
    samples["no-op up"] = await upAll(providerInputs, "Auth0");
    samples["one-field update"] = await upAll(providerInputs, "Auth0 client credentials");
    samples["secret rotation"] = await upAll(
        { ...providerInputs, initialClientSecret: `initial-secret-${n}-b` },
        "Auth0 client credentials",
    );

    samples.destroy = {
        ApiPublicationAuthStrategy: await measure(emulator, async () => {
            for (const publication of publications)
                await publicationsProvider.delete!(publication.id, publication.outs);
        }),
        PortalAuthStrategyBinding: await measure(emulator, () => bindings.delete!(binding.id, binding.outs)),
        ApplicationAuthStrategy: await measure(emulator, () => strategies.delete!(strategy.id, strategy.outs)),
        DcrProvider: await measure(emulator, () => dcr.delete!(provider.id, provider.outs)),
    };
    if (emulator.dcrProviders.has(provider.id) || emulator.authStrategies.has(strategy.id)) {
        throw new Error("destroy left objects behind");
    }
    if (apis.some((apiId) => emulator.apiPublications.get(`${apiId}/${portal.id}`)?.auth_strategy_ids !== null)) {
        throw new Error("destroy did not restore the APIs' earlier auth strategies");
    }
    return samples;
}

async function main(): Promise<void> {
    const rounds = argument("--rounds", 5, 1);
    const emulator = await startKonnectEmulator();
    const savedToken = process.env.KONNECT_TOKEN;
    process.env.KONNECT_TOKEN = emulator.token;
    const results: Record<Phase, Record<ObjectName, Sample>>[] = [];
    try {
        for (let n = 0; n < rounds; n++) results.push(await round(emulator, n));
    } finally {
        process.env.KONNECT_TOKEN = savedToken;
        await emulator.close();
    }

    console.log(
        `Konnect DCR lifecycle through the dynamic providers, local emulator, ${rounds} rounds, ${APIS} published API${APIS === 1 ? "" : "s"} ` +
            "(requests per round; median wall time)\n",
    );
    let allMet = true;
    const pad = (text: string | number, width: number) => String(text).padStart(width);
    for (const phase of PHASES) {
        console.log(phase);
        console.log(`  ${"object".padEnd(32)}${pad("GETs", 6)}${pad("writes", 8)}${pad("time", 11)}`);
        const order = phase === "destroy" ? [...OBJECTS].reverse() : OBJECTS;
        const total: Sample = { get: 0, write: 0, ms: 0 };
        for (const object of order) {
            const last = results[results.length - 1][phase][object];
            const ms = median(results.map((r) => r[phase][object].ms));
            total.get += last.get;
            total.write += last.write;
            total.ms += ms;
            const label = object === "ApiPublicationAuthStrategy" ? `${object} ×${APIS}` : object;
            console.log(`  ${label.padEnd(32)}${pad(last.get, 6)}${pad(last.write, 8)}${pad(ms.toFixed(1), 8)} ms`);
        }
        const target = TARGETS[phase];
        const met = target.met(total);
        allMet &&= met;
        // Counts must not vary between rounds; a difference would mean the providers are not deterministic.
        const stable = results.every((r) =>
            OBJECTS.every(
                (o) => r[phase][o].get === results[0][phase][o].get && r[phase][o].write === results[0][phase][o].write,
            ),
        );
        console.log(
            `  ${"total".padEnd(32)}${pad(total.get, 6)}${pad(total.write, 8)}${pad(total.ms.toFixed(1), 8)} ms`,
        );
        console.log(
            `  target ${target.text}: ${met ? "met" : "NOT MET"}${stable ? "" : " (request counts varied between rounds)"}\n`,
        );
    }

    console.log("serialized provider (the __provider state entry of each resource)");
    for (const [name, provider] of Object.entries({
        DcrProvider: dcrProviderProvider(),
        ApplicationAuthStrategy: applicationAuthStrategyProvider(),
        PortalAuthStrategyBinding: portalAuthStrategyBindingProvider(),
        ApiPublicationAuthStrategy: apiPublicationAuthStrategyProvider(),
    })) {
        const { text } = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
        console.log(`  ${name.padEnd(32)}${pad((text.length / 1024).toFixed(1), 8)} KiB`);
    }
    console.log(`\n${allMet ? "All targets met." : "Some targets NOT met."}`);
    if (!allMet) process.exitCode = 1;
}

main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});
