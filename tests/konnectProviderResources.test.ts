/**
 * The resource classes register what policies and the component rely on: the type tokens
 * `pulumi-nodejs:dynamic/konnect:<Type>`, the documented input names, the initial client secret as a
 * Pulumi secret, and a serialized provider with no token in it.
 */
import * as pulumi from "@pulumi/pulumi";
import { devProviderSettings, devStrategySettings } from "./support/konnectFixtures";

const CONFIG_TOKEN = "kpat_MockConfigToken00000000000000";
const ENV_TOKEN = "kpat_MockEnvToken000000000000000000";
const CLIENT_SECRET = "mock-initial-client-secret-123456";
const savedEnv = { ...process.env };

const registered: pulumi.runtime.MockResourceArgs[] = [];

pulumi.runtime.setMocks(
    {
        newResource(args) {
            registered.push(args);
            const id = `${args.name}-id`;
            const computed: Record<string, Record<string, unknown>> = {
                "pulumi-nodejs:dynamic/konnect:DcrProvider": { dcrProviderId: id, active: false },
                "pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy": { authStrategyId: id, active: false },
                "pulumi-nodejs:dynamic/konnect:PortalAuthStrategyBinding": { previousAuthStrategyId: null },
            };
            return { id, state: { ...args.inputs, ...computed[args.type] } };
        },
        call: () => ({}),
    },
    "konnect-auth0-dcr",
    "dev",
    false,
);

function settled<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => output.apply(resolve));
}

afterAll(async () => {
    process.env = savedEnv;
    await pulumi.runtime.disconnect();
});

it("registers the three resources with their type tokens, inputs and a secret-wrapped client secret", async () => {
    process.env.KONNECT_TOKEN = ENV_TOKEN;
    const konnect = await import("../konnect");
    const runtime = await import("../konnect/resources/providerRuntime");
    runtime.rememberConfiguredToken({ get: () => CONFIG_TOKEN, require: () => CONFIG_TOKEN });

    const serverUrl = "https://us.api.konghq.com";
    const labels = konnect.konnectLabels(pulumi.getStack());
    const provider = new konnect.DcrProvider("auth0-dcr", {
        serverUrl,
        name: "auth0-dcr-dev",
        ...devProviderSettings,
        initialClientSecret: CLIENT_SECRET,
        labels,
    });
    const strategy = new konnect.ApplicationAuthStrategy("auth0-strategy", {
        serverUrl,
        name: "auth0-dcr-dev",
        ...devStrategySettings,
        dcrProviderId: provider.dcrProviderId,
        labels,
    });
    const binding = new konnect.PortalAuthStrategyBinding(
        "portal-binding",
        {
            serverUrl,
            portalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
            portalKind: "v3",
            authStrategyId: strategy.authStrategyId,
        },
        { dependsOn: [strategy] },
    );
    await Promise.all([settled(provider.urn), settled(strategy.urn), settled(binding.urn)]);
    expect(await settled(strategy.dcrProviderId)).toBe("auth0-dcr-id");

    const byType = Object.fromEntries(registered.map((r) => [r.type, r]));
    expect(Object.keys(byType).sort()).toEqual([
        "pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy",
        "pulumi-nodejs:dynamic/konnect:DcrProvider",
        "pulumi-nodejs:dynamic/konnect:PortalAuthStrategyBinding",
    ]);

    const dcr = byType["pulumi-nodejs:dynamic/konnect:DcrProvider"].inputs;
    expect(Object.keys(dcr).sort()).toEqual(
        [
            "__provider",
            "displayName",
            "initialClientId",
            "initialClientSecret",
            "issuer",
            "labels",
            "name",
            "serverUrl",
        ].sort(),
    );
    expect(dcr.labels).toEqual({ "managed-by": "konnect-auth0-dcr", "pulumi-stack": "dev" });
    // Secret inputs reach the engine wrapped in Pulumi's secret signature.
    expect(dcr.initialClientSecret).toEqual({
        [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig,
        value: CLIENT_SECRET,
    });

    const strat = byType["pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy"].inputs;
    expect(strat).toMatchObject({
        scopes: ["openid"],
        credentialClaim: ["azp"],
        audience: "https://api.dev.acme.com/portal",
        dcrProviderId: "auth0-dcr-id",
    });
    const bind = byType["pulumi-nodejs:dynamic/konnect:PortalAuthStrategyBinding"].inputs;
    expect(bind).toMatchObject({ portalKind: "v3", authStrategyId: "auth0-strategy-id" });

    for (const { inputs } of registered) {
        const text = JSON.stringify(inputs);
        expect(typeof inputs.__provider).toBe("string");
        expect(text).not.toContain(CONFIG_TOKEN);
        expect(text).not.toContain(ENV_TOKEN);
        // The only place the client secret may appear is the wrapped input itself.
        expect(inputs.__provider).not.toContain(CLIENT_SECRET);
    }
});
