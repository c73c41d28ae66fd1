/**
 * The Konnect resource classes as a deployment registers them: the type tokens
 * `pulumi-nodejs:dynamic/konnect:<Type>`, the documented input names, the initial client secret as a Pulumi
 * secret, and the serialized provider code each registration carries. That code, with a token configured and both
 * token variables set, holds no token; loaded the way Pulumi's dynamic-provider host loads it, it still runs a
 * whole lifecycle against the emulator. The texts checked and run are the very ones registered (the SDK
 * serializes each provider object once), so this file serializes each provider once.
 */
import * as pulumi from "@pulumi/pulumi";
import Module = require("module");
import * as path from "path";
import * as konnect from "../konnect";
import { konnectLabels } from "../konnect/payloads";
import { forgetConfiguredToken, rememberConfiguredToken } from "../konnect/resources/providerRuntime";
import { KonnectEmulator, startKonnectEmulator } from "../emulators/konnect";
import { DcrVerification } from "../verification/dcrVerification";
import {
    KONNECT_API_PUBLICATION,
    KONNECT_AUTH_STRATEGY,
    KONNECT_DCR_PROVIDER,
    KONNECT_DCR_VERIFICATION,
    KONNECT_PORTAL_BINDING,
} from "../policies/lib/resourceTypes";
import { configWithToken, devProviderSettings, devStrategySettings } from "./support/konnectFixtures";
import { valueOf } from "./support/registrations";

const CONFIG_TOKEN = "kpat_FromStackConfig0123456789abcdef";
const ENV_TOKEN = "kpat_FromKonnectTokenVariable0123456";
const SPAT_TOKEN = "spat_FromKonnectSpatVariable01234567";
const CLIENT_SECRET = "mock-initial-client-secret-123456";
const root = path.resolve(__dirname, "..");
const savedEnv = { ...process.env };

/** The type tokens, by the class names the cases below are named after. */
const TYPES = {
    DcrProvider: KONNECT_DCR_PROVIDER,
    ApplicationAuthStrategy: KONNECT_AUTH_STRATEGY,
    PortalAuthStrategyBinding: KONNECT_PORTAL_BINDING,
    ApiPublicationAuthStrategy: KONNECT_API_PUBLICATION,
    DcrVerification: KONNECT_DCR_VERIFICATION,
};

const registered: pulumi.runtime.MockResourceArgs[] = [];

pulumi.runtime.setMocks(
    {
        newResource(args) {
            registered.push(args);
            const id = `${args.name}-id`;
            const computed: Record<string, Record<string, unknown>> = {
                [TYPES.DcrProvider]: { dcrProviderId: id, active: false },
                [TYPES.ApplicationAuthStrategy]: { authStrategyId: id, active: false },
                [TYPES.PortalAuthStrategyBinding]: { previousAuthStrategyId: null },
            };
            return { id, state: { ...args.inputs, ...computed[args.type] } };
        },
        call: () => ({}),
    },
    "konnect-auth0-dcr",
    "dev",
    false,
);

/** The inputs registered for a type. */
function inputsOf(type: string): Record<string, any> {
    const found = registered.find((r) => r.type === type);
    expect(found).toBeDefined();
    return found!.inputs;
}

/** The provider code a registration of `type` carries. */
function providerCode(type: string): string {
    return inputsOf(type).__provider as string;
}

/** As the dynamic-provider host does it (require-from-string): compile as a module, call `handler()`. */
function load<T>(text: string): T {
    const filename = path.join(root, "__provider.js");
    const m = new Module(filename) as Module & { _compile(code: string, filename: string): void };
    m.filename = filename;
    m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(root);
    m._compile(text, filename);
    return (m.exports as { handler(): T }).handler();
}

let emulator: KonnectEmulator;

beforeAll(async () => {
    emulator = await startKonnectEmulator();

    // Registered with a token configured and both token variables set: none of them may end up in the code.
    process.env.KONNECT_TOKEN = ENV_TOKEN;
    process.env.KONNECT_SPAT = SPAT_TOKEN;
    rememberConfiguredToken(configWithToken(CONFIG_TOKEN));
    const serverUrl = "https://us.api.konghq.com";
    const labels = konnectLabels(pulumi.getStack());
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
    const publication = new konnect.ApiPublicationAuthStrategy("publication", {
        serverUrl,
        portalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
        portalKind: "v3",
        apiId: "9f5061ce-78f6-4452-9108-ad7c02821fd5",
        authStrategyId: strategy.authStrategyId,
    });
    const verification = new DcrVerification("verification", {
        serverUrl,
        dcrProviderId: provider.dcrProviderId,
        dcrProviderName: "auth0-dcr-dev",
        initialClientId: devProviderSettings.initialClientId,
        initialClientSecretHash: provider.initialClientSecretHash,
        authStrategyId: strategy.authStrategyId,
        issuer: devProviderSettings.issuer,
        audience: devStrategySettings.audience,
        bindingId: binding.id,
    });
    await Promise.all([provider, strategy, binding, publication, verification].map((r) => valueOf(r.urn)));
});

afterAll(async () => {
    process.env = savedEnv;
    forgetConfiguredToken();
    await pulumi.runtime.disconnect();
    await emulator.close();
});

describe("registration", () => {
    it("registers each resource under its type token, the Konnect objects with the documented inputs", () => {
        expect(registered.map((r) => r.type).sort()).toEqual(Object.values(TYPES).sort());
        expect(Object.keys(inputsOf(TYPES.DcrProvider)).sort()).toEqual(
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
        expect(inputsOf(TYPES.DcrProvider).labels).toEqual({
            "managed-by": "konnect-auth0-dcr",
            "pulumi-stack": "dev",
        });
        expect(inputsOf(TYPES.ApplicationAuthStrategy)).toMatchObject({
            scopes: ["openid"],
            credentialClaim: ["azp"],
            audience: "https://api.dev.acme.com/portal",
            dcrProviderId: "auth0-dcr-id",
        });
        expect(inputsOf(TYPES.PortalAuthStrategyBinding)).toMatchObject({
            portalKind: "v3",
            authStrategyId: "auth0-strategy-id",
        });
        expect(inputsOf(TYPES.ApiPublicationAuthStrategy)).toMatchObject({
            apiId: "9f5061ce-78f6-4452-9108-ad7c02821fd5",
            authStrategyId: "auth0-strategy-id",
        });
    });

    it("hands over the initial client secret wrapped in Pulumi's secret signature, and nowhere else", () => {
        expect(inputsOf(TYPES.DcrProvider).initialClientSecret).toEqual({
            [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig,
            value: CLIENT_SECRET,
        });
        for (const { type, inputs } of registered) {
            const { initialClientSecret: _wrapped, ...rest } = inputs;
            expect({ type, leaks: JSON.stringify(rest).includes(CLIENT_SECRET) }).toEqual({ type, leaks: false });
        }
    });

    it("passes the Konnect token to no resource: the providers look it up when they run", () => {
        for (const { type, inputs } of registered) {
            const text = JSON.stringify(inputs);
            const leaks = [CONFIG_TOKEN, ENV_TOKEN, SPAT_TOKEN].filter((token) => text.includes(token));
            expect({ type, leaks }).toEqual({ type, leaks: [] });
        }
    });
});

describe("serialized providers", () => {
    it.each(Object.keys(TYPES))("%s: the code holds no token and no secret, and stays small", (name) => {
        const code = inputsOf(TYPES[name as keyof typeof TYPES]).__provider;
        // A plain string: the serializer found no secret captured (it would have made the code a secret).
        expect(typeof code).toBe("string");
        for (const token of [CONFIG_TOKEN, ENV_TOKEN, SPAT_TOKEN, CLIENT_SECRET]) {
            expect(code).not.toContain(token);
        }
        // Packages are required by name, not inlined; the token is looked up at run time.
        expect(code).toContain('require("openapi-fetch")');
        expect(code).toContain("process.env");
        expect(code.length).toBeLessThan(150_000);
        console.log(`${name}: serialized provider ${(code.length / 1024).toFixed(1)} KiB`);
    });
});

describe("deserialized providers", () => {
    beforeAll(() => {
        forgetConfiguredToken();
        delete process.env.KONNECT_TOKEN;
        delete process.env.KONNECT_SPAT;
    });

    it("run the post-deploy verification with the token handed to configure", async () => {
        type P = pulumi.dynamic.ResourceProvider;
        const verification = load<P>(providerCode(TYPES.DcrVerification));
        await verification.configure!({ config: configWithToken(emulator.token) });
        const providerId = emulator.addDcrProvider({
            name: "serialized-verify",
            issuer: emulator.url,
            initialClientId: "m2m",
            initialClientSecret: "s3cret-value-99",
        }).id;
        emulator.setVerifyResult(providerId, { status: "success", errors: [] });
        emulator.setDiscoveryIssuer(`${emulator.url}/`);
        const result = await verification.create({
            serverUrl: emulator.url,
            dcrProviderId: providerId,
            dcrProviderName: "serialized-verify",
            initialClientId: "m2m",
            initialClientSecretHash: "h",
            authStrategyId: "22f8380e-7798-4566-99e3-2edf2b57d289",
            issuer: emulator.url,
            audience: "https://api.dev.acme.com/portal",
            bindingId: "v3/p",
        });
        expect(result.outs.report).toMatch(/^ok {3}dcr-provider-verify/m);
        expect(JSON.stringify(result.outs)).not.toContain(emulator.token);
    });

    it("run a whole lifecycle with the token handed to configure", async () => {
        type P = pulumi.dynamic.ResourceProvider;
        const dcr = load<P>(providerCode(TYPES.DcrProvider));
        const strategies = load<P>(providerCode(TYPES.ApplicationAuthStrategy));
        const bindings = load<P>(providerCode(TYPES.PortalAuthStrategyBinding));
        const publications = load<P>(providerCode(TYPES.ApiPublicationAuthStrategy));
        for (const p of [dcr, strategies, bindings, publications]) {
            await p.configure!({ config: configWithToken(emulator.token) });
        }
        const labels = konnectLabels("dev");
        const secret = "serialized-initial-secret-77";
        const providerInputs = {
            serverUrl: emulator.url,
            name: "serialized-dcr",
            issuer: "https://acme-dev.us.auth0.com",
            initialClientId: "m2m",
            initialClientSecret: secret,
            labels,
        };
        const provider = await dcr.create(providerInputs);
        expect(emulator.initialClientSecretOf(provider.id)).toBe(secret);
        expect(await dcr.diff!(provider.id, provider.outs, providerInputs)).toMatchObject({ changes: false });
        const rotated = await dcr.update!(provider.id, provider.outs, {
            ...providerInputs,
            initialClientSecret: "rotated-secret-88",
        });
        expect(emulator.initialClientSecretOf(provider.id)).toBe("rotated-secret-88");
        expect(JSON.stringify(rotated.outs)).not.toContain("rotated-secret-88");

        const strategy = await strategies.create({
            serverUrl: emulator.url,
            name: "serialized-strategy",
            displayName: "Auth0",
            issuer: "https://acme-dev.us.auth0.com",
            audience: "https://api.dev.acme.com/portal",
            scopes: ["openid"],
            credentialClaim: ["azp"],
            authMethods: ["client_credentials"],
            dcrProviderId: provider.id,
            labels,
        });
        const previous = await strategies.create({ ...strategy.outs, name: "serialized-previous" });
        const portal = emulator.addPortal({ name: "serialized-portal", defaultApplicationAuthStrategyId: previous.id });
        const binding = await bindings.create({
            serverUrl: emulator.url,
            portalId: portal.id,
            portalKind: "v3",
            authStrategyId: strategy.id,
        });
        expect(binding.outs.previousAuthStrategyId).toBe(previous.id);
        const api = emulator.addApi({ name: "serialized-api" });
        const publicationInputs = {
            serverUrl: emulator.url,
            portalId: portal.id,
            portalKind: "v3",
            apiId: api.id,
            authStrategyId: strategy.id,
        };
        await expect(publications.create(publicationInputs)).rejects.toThrow(
            `API "serialized-api" (${api.id}) is not published`,
        );
        emulator.publishApi({ apiId: api.id, portalId: portal.id, authStrategyIds: [previous.id] });
        const publication = await publications.create(publicationInputs);
        expect(emulator.apiPublications.get(`${api.id}/${portal.id}`)!.auth_strategy_ids).toEqual([strategy.id]);
        await publications.delete!(publication.id, publication.outs);
        expect(emulator.apiPublications.get(`${api.id}/${portal.id}`)!.auth_strategy_ids).toEqual([previous.id]);
        emulator.apiPublications.delete(`${api.id}/${portal.id}`);

        // Errors keep their message and class in serialized form: the 409 explains itself, and the binding's
        // fallback (previous strategy gone) recognises the Konnect error it catches.
        const conflict = (await strategies.delete!(strategy.id, strategy.outs).catch((e: Error) => e)) as Error;
        expect(conflict.message).toContain("failed with 409 Conflict");
        expect(conflict.message).not.toContain(emulator.token);
        await strategies.delete!(previous.id, previous.outs);
        await bindings.delete!(binding.id, binding.outs);
        expect(emulator.portals.get(portal.id)!.default_application_auth_strategy_id).toBeNull();
        await strategies.delete!(strategy.id, strategy.outs);
        await dcr.delete!(provider.id, rotated.outs);
        expect(emulator.dcrProviders.has(provider.id)).toBe(false);
    });
});
