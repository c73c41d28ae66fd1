import { startKonnectEmulator, KonnectEmulator } from "../emulators/konnect";
import { dcrVerificationProvider, DcrVerificationInputs, DcrVerificationState } from "../verification/dcrVerification";
import { UNKNOWN_VALUE } from "../konnect/validation";

/** The DcrVerification resource's provider end to end: Konnect's verify endpoint and the issuer's discovery, on the emulator. */
describe("post-deploy verification (DcrVerification) against the Konnect emulator", () => {
    const retry = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3, totalTimeoutMs: 5_000, requestTimeoutMs: 2_000 };
    const provider = dcrVerificationProvider({ retry });
    const savedEnv = { ...process.env };
    let konnect: KonnectEmulator;
    let inputs: DcrVerificationInputs;

    beforeAll(async () => {
        konnect = await startKonnectEmulator();
        const providerId = konnect.addDcrProvider({
            name: "auth0-dcr-dev",
            issuer: konnect.url,
            initialClientId: "cid",
            initialClientSecret: "initial-secret-value-123",
        }).id;
        inputs = {
            serverUrl: konnect.url,
            dcrProviderId: providerId,
            dcrProviderName: "auth0-dcr-dev",
            initialClientId: "cid",
            initialClientSecretHash: "hash-1",
            authStrategyId: "22f8380e-7798-4566-99e3-2edf2b57d289",
            // Konnect is given the issuer without the trailing slash Auth0's discovery document carries.
            issuer: konnect.url,
            audience: "https://api.dev.acme.com/portal",
            bindingId: "v3/5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
        };
    });
    afterAll(async () => {
        process.env = savedEnv;
        await konnect.close();
    });

    beforeEach(() => {
        process.env.KONNECT_TOKEN = konnect.token;
        delete process.env.KONNECT_SPAT;
        konnect.setVerifyResult(inputs.dcrProviderId, { status: "success", errors: [] });
        konnect.setDiscoveryIssuer(`${konnect.url}/`);
        konnect.resetRequests();
    });

    it("create passes when Konnect verifies the provider and discovery names the same issuer; outputs hold the report and no secret", async () => {
        const { id, outs = { ...inputs, report: "" } } = await provider.create(inputs);
        expect(id).toBe(`verification/${inputs.dcrProviderId}`);
        expect(outs.report).toMatch(/^ok {3}dcr-provider-verify: /m);
        expect(outs.report).toMatch(/^ok {3}issuer-discovery: /m);
        expect(
            konnect.requests.some(
                (r) => r.method === "POST" && r.path === `/v2/dcr-providers/${inputs.dcrProviderId}/verify`,
            ),
        ).toBe(true);
        expect(JSON.stringify(outs)).not.toContain(konnect.token);
        expect(JSON.stringify(outs)).not.toContain("initial-secret-value-123");
    });

    it("fails the deployment, saying what to fix, when Konnect cannot verify the provider", async () => {
        konnect.setVerifyResult(inputs.dcrProviderId, {
            status: "failed",
            errors: ["Unable to create the DCR application"],
        });
        const error: Error = await provider.create(inputs).catch((e) => e);
        expect(error.message).toContain("Unable to create the DCR application");
        expect(error.message).toMatch(/^fix dcr-provider-verify: .*nine DCR scopes/m);
    });

    it("fails an update when the issuer's discovery document names another issuer", async () => {
        konnect.setDiscoveryIssuer("https://login.acme.com/");
        const olds = { ...inputs, initialClientSecretHash: "hash-of-the-earlier-secret", report: "" };
        const error: Error = await provider.update!("v", olds, inputs).catch((e) => e);
        expect(error.message).toMatch(/^FAIL issuer-discovery: .*"https:\/\/login\.acme\.com\/"/m);
    });

    it("keeps the passed report, with no call to Konnect, on an update that changes none of the verified inputs", async () => {
        // The update that only stores a new form of the provider code (dynamic/providers.ts): nothing to re-verify.
        konnect.setVerifyResult(inputs.dcrProviderId, { status: "failed", errors: ["must not be asked"] });
        const before = konnect.counts();
        const olds = { ...inputs, report: "ok   dcr-provider-verify: earlier run" };
        const { outs } = await provider.update!("v", olds, inputs);
        expect(outs?.report).toBe("ok   dcr-provider-verify: earlier run");
        expect(konnect.counts()).toEqual(before);
    });

    it("takes the token from KONNECT_TOKEN of the run, and never prints a wrong one", async () => {
        const wrong = "kpat_WrongEnvironmentToken123";
        process.env.KONNECT_TOKEN = wrong;
        const error: Error = await provider.create(inputs).catch((e) => e);
        expect(error.message).toContain("KONNECT_TOKEN");
        expect(error.message).not.toContain(wrong);
        delete process.env.KONNECT_TOKEN;
        await expect(provider.create(inputs)).rejects.toThrow(/No Konnect token/);
    });

    it("re-runs in place (an update, never a replacement) when anything it verified changes, and not otherwise", async () => {
        const olds: DcrVerificationState = { ...inputs, report: "ok" };
        expect(await provider.diff!("v", olds, inputs)).toEqual({ changes: false, replaces: [] });
        for (const change of [
            { dcrProviderId: "93f8380e-7798-4566-99e3-2edf2b57d289" },
            { initialClientId: "other" },
            { initialClientSecretHash: "hash-2" },
            { authStrategyId: "33f8380e-7798-4566-99e3-2edf2b57d289" },
            { issuer: "https://login.acme.com" },
            { audience: "https://api.acme.com/other" },
            { bindingId: "v3/other" },
            { initialClientSecretHash: UNKNOWN_VALUE },
        ]) {
            expect(await provider.diff!("v", olds, { ...inputs, ...change })).toEqual({ changes: true, replaces: [] });
        }
        expect(konnect.requests).toHaveLength(0);
    });

    it("refuses in check a server URL the token must not go to", async () => {
        const { failures } = await provider.check!({} as DcrVerificationInputs, {
            ...inputs,
            serverUrl: "https://konnect.attacker.example",
        });
        expect(failures?.map((f) => f.property)).toEqual(["serverUrl"]);
    });
});
