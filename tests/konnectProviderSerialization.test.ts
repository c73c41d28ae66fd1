/**
 * The provider objects serialize cleanly into state: with a token configured and both token variables
 * set, no token text is in the serialized code, and the serialized code, loaded the way Pulumi's
 * dynamic-provider host loads it, still runs a whole lifecycle against the emulator.
 */
import * as pulumi from "@pulumi/pulumi";
import Module = require("module");
import * as path from "path";
import { konnectLabels } from "../konnect/payloads";
import { applicationAuthStrategyProvider } from "../konnect/resources/applicationAuthStrategy";
import { dcrProviderProvider } from "../konnect/resources/dcrProvider";
import { portalAuthStrategyBindingProvider } from "../konnect/resources/portalAuthStrategyBinding";
import { apiPublicationAuthStrategyProvider } from "../konnect/resources/apiPublicationAuthStrategy";
import { forgetConfiguredToken } from "../konnect/resources/providerRuntime";
import { KonnectEmulator, startKonnectEmulator } from "../emulators/konnect";
import { dcrVerificationProvider } from "../verification/dcrVerification";

const CONFIG_TOKEN = "kpat_FromStackConfig0123456789abcdef";
const ENV_TOKEN = "kpat_FromKonnectTokenVariable0123456";
const SPAT_TOKEN = "spat_FromKonnectSpatVariable01234567";
const root = path.resolve(__dirname, "..");
const savedEnv = { ...process.env };

const providers = {
    DcrProvider: dcrProviderProvider(),
    ApplicationAuthStrategy: applicationAuthStrategyProvider(),
    PortalAuthStrategyBinding: portalAuthStrategyBindingProvider(),
    ApiPublicationAuthStrategy: apiPublicationAuthStrategyProvider(),
    DcrVerification: dcrVerificationProvider(),
};

const serialized = new Map<object, Promise<{ text: string; containsSecrets: boolean }>>();

/**
 * As `@pulumi/pulumi/dynamic` does it: `serializeFunction(() => provider, { allowSecrets: true })`, once per
 * provider object (as the SDK caches it), so the tests below load the very text the checks above read.
 */
function serialize(provider: object): Promise<{ text: string; containsSecrets: boolean }> {
    let text = serialized.get(provider);
    if (!text) {
        text = pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
        serialized.set(provider, text);
    }
    return text;
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

function config(values: Record<string, string>): pulumi.dynamic.Config {
    return { get: (key: string) => values[key], require: (key: string) => values[key] };
}

let emulator: KonnectEmulator;

beforeAll(async () => {
    emulator = await startKonnectEmulator();
});

afterAll(async () => {
    process.env = savedEnv;
    forgetConfiguredToken();
    await emulator.close();
});

describe("serialized providers", () => {
    beforeAll(async () => {
        process.env.KONNECT_TOKEN = ENV_TOKEN;
        process.env.KONNECT_SPAT = SPAT_TOKEN;
        for (const provider of Object.values(providers)) {
            await provider.configure!({ config: config({ "konnect-auth0-dcr:konnectToken": CONFIG_TOKEN }) });
        }
    });

    it.each(Object.keys(providers))("%s contains no token and stays small", async (name) => {
        const { text, containsSecrets } = await serialize(providers[name as keyof typeof providers]);
        expect(containsSecrets).toBe(false);
        for (const token of [CONFIG_TOKEN, ENV_TOKEN, SPAT_TOKEN]) {
            expect(text).not.toContain(token);
        }
        // Packages are required by name, not inlined; the token is looked up at run time.
        expect(text).toContain('require("openapi-fetch")');
        expect(text).toContain("process.env");
        expect(text.length).toBeLessThan(150_000);
        console.log(`${name}: serialized provider ${(text.length / 1024).toFixed(1)} KiB`);
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
        const verification = load<P>((await serialize(providers.DcrVerification)).text);
        await verification.configure!({ config: config({ "konnect-auth0-dcr:konnectToken": emulator.token }) });
        const created = await fetch(`${emulator.url}/v2/dcr-providers`, {
            method: "POST",
            headers: { authorization: `Bearer ${emulator.token}`, "content-type": "application/json" },
            body: JSON.stringify({
                name: "serialized-verify",
                provider_type: "auth0",
                issuer: emulator.url,
                dcr_config: { initial_client_id: "m2m", initial_client_secret: "s3cret-value-99" },
            }),
        });
        const providerId = ((await created.json()) as { id: string }).id;
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
        const dcr = load<P>((await serialize(dcrProviderProvider({ retry: { baseDelayMs: 1 } }))).text);
        const strategies = load<P>((await serialize(providers.ApplicationAuthStrategy)).text);
        const bindings = load<P>((await serialize(providers.PortalAuthStrategyBinding)).text);
        const publications = load<P>((await serialize(providers.ApiPublicationAuthStrategy)).text);
        for (const p of [dcr, strategies, bindings, publications]) {
            await p.configure!({ config: config({ "konnect-auth0-dcr:konnectToken": emulator.token }) });
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
