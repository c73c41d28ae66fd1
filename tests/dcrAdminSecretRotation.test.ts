/**
 * Rotating the DCR admin secret as code (`konnect-auth0-dcr:dcrAdminSecretVersion`): the setting's form, the
 * generated secret's provider, and what the program registers with the setting unset, set, and during a take-over.
 */
import { generatedClientSecretProvider } from "../auth0/generatedClientSecret";
import { StackConfigError, validateStackConfig } from "../config/stackSettings";
import { isSecretValue, ProgramRun, runProgramOffline, unwrapSecrets } from "../offline/programRunner";
import { OFFLINE_GENERATED_CLIENT_SECRET } from "../offline/mockOutputs";
import {
    AUTH0_CLIENT_CREDENTIALS,
    AUTH0_GENERATED_CLIENT_SECRET,
    KONNECT_DCR_PROVIDER,
} from "../policies/lib/resourceTypes";
import { allOfType, byType } from "./support/registrations";

/** Auth0's client secrets: 64 characters of URL-safe base64 (as the dashboard's "Rotate" makes them). */
const AUTH0_SECRET_FORM = /^[A-Za-z0-9_-]{64}$/;

const VALID_DEV = {
    "auth0:domain": "acme-dev.us.auth0.com",
    portalAudience: "https://api.dev.acme.com/portal",
    konnectPortalId: "5f1c3c9e-0d3b-4c9a-9a47-2c1e8b5b7d10",
};
const CREDENTIALS = { AUTH0_CLIENT_SECRET: "auth0-provider-secret", KONNECT_TOKEN: "kpat_0123456789abcdefghijABCD" };

describe("the setting konnect-auth0-dcr:dcrAdminSecretVersion", () => {
    const version = (value: string | undefined) =>
        validateStackConfig("dev", { ...VALID_DEV, dcrAdminSecretVersion: value }, CREDENTIALS).dcrAdminSecretVersion;

    it("unset or 0 (the Pulumi.yaml default) means no rotation by the stack", () => {
        expect(version(undefined)).toBeUndefined();
        expect(version("0")).toBeUndefined();
    });

    it("takes a whole number from 1 on", () => {
        expect(version("1")).toBe(1);
        expect(version("12")).toBe(12);
    });

    it.each(["-1", "1.5", "two", "01", "1e3"])("refuses %s, naming the setting and the expected form", (value) => {
        let error: unknown;
        try {
            version(value);
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(StackConfigError);
        expect(String((error as Error).message)).toContain("konnect-auth0-dcr:dcrAdminSecretVersion");
        expect(String((error as Error).message)).toContain("a whole number from 1 on");
    });
});

describe("the generated secret's provider", () => {
    const provider = generatedClientSecretProvider();

    it("generates a secret of Auth0's form, a new one each time", async () => {
        const first = (await provider.create({ version: 1 })).outs!;
        const second = (await provider.create({ version: 1 })).outs!;
        expect(first.secret).toMatch(AUTH0_SECRET_FORM);
        expect(second.secret).toMatch(AUTH0_SECRET_FORM);
        expect(first.secret).not.toBe(second.secret);
    });

    it("raising the version is an update (never a replacement) with a new secret", async () => {
        const outs = (await provider.create({ version: 1 })).outs!;
        expect(await provider.diff!("g", outs, { version: 2 })).toEqual({ changes: true, replaces: [] });
        const rotated = await provider.update!("g", outs, { version: 2 });
        expect(rotated.outs).toEqual({ version: 2, secret: expect.stringMatching(AUTH0_SECRET_FORM) });
        expect(rotated.outs?.secret).not.toBe(outs.secret);
    });

    it("the same or a lower version changes nothing", async () => {
        const outs = (await provider.create({ version: 3 })).outs!;
        expect(await provider.diff!("g", outs, { version: 3 })).toMatchObject({ changes: false });
        expect(await provider.diff!("g", outs, { version: 2 })).toMatchObject({ changes: false });
    });

    it("an update without a higher version (a new form of the provider code) keeps the secret", async () => {
        const outs = (await provider.create({ version: 3 })).outs!;
        expect((await provider.update!("g", outs, { version: 3 })).outs).toEqual(outs);
    });

    it("refuses a version that is not a whole number from 1 on", async () => {
        for (const version of [0, -2, 1.5]) {
            const { failures } = await provider.check!({} as never, { version });
            expect(failures).toEqual([{ property: "version", reason: expect.stringContaining("whole number") }]);
        }
    });
});

describe("what the program registers", () => {
    let unset: ProgramRun;
    let rotating: ProgramRun;
    let takingOver: ProgramRun;
    beforeAll(async () => {
        // One after another: the SDK's mocks are per process.
        unset = await runProgramOffline({ stack: "dev" });
        rotating = await runProgramOffline({
            stack: "dev",
            configOverrides: { "konnect-auth0-dcr:dcrAdminSecretVersion": "2" },
        });
        takingOver = await runProgramOffline({
            stack: "dev",
            configOverrides: {
                "konnect-auth0-dcr:dcrAdminSecretVersion": "2",
                "konnect-auth0-dcr:adoptDcrAdminClientId": "AbCdEfGhIjKlMnOpQrStUvWxYz012345",
                "konnect-auth0-dcr:adoptDcrAdminGrantId": "cgr_0123456789abcdef",
            },
        });
    });

    it("unset: no generated secret and no clientSecret input, so Auth0's own secret stays", () => {
        expect(allOfType(unset, AUTH0_GENERATED_CLIENT_SECRET)).toEqual([]);
        expect(byType(unset, AUTH0_CLIENT_CREDENTIALS).inputs).not.toHaveProperty("clientSecret");
    });

    it("set: one generated secret with the version, a secret output only", () => {
        const generated = byType(rotating, AUTH0_GENERATED_CLIENT_SECRET);
        expect(generated.inputs.version).toBe(2);
        expect(generated.options.additionalSecretOutputs).toEqual(["secret"]);
    });

    it("set: Auth0's credentials and Konnect's DCR provider both receive the generated secret, as a secret", () => {
        const credentials = byType(rotating, AUTH0_CLIENT_CREDENTIALS).inputs.clientSecret;
        const konnect = byType(rotating, KONNECT_DCR_PROVIDER).inputs.initialClientSecret;
        expect(isSecretValue(credentials)).toBe(true);
        expect(isSecretValue(konnect)).toBe(true);
        expect(unwrapSecrets(credentials)).toBe(OFFLINE_GENERATED_CLIENT_SECRET);
        expect(unwrapSecrets(konnect)).toBe(OFFLINE_GENERATED_CLIENT_SECRET);
    });

    it("set: the generated secret appears in no plaintext input or output", () => {
        for (const resource of rotating.resources) {
            const plain = JSON.stringify({ inputs: resource.inputs, outputs: resource.outputs }, (_key, value) =>
                isSecretValue(value) ? "[secret]" : value,
            );
            expect({ urn: resource.urn, leaks: plain.includes(OFFLINE_GENERATED_CLIENT_SECRET) }).toEqual({
                urn: resource.urn,
                leaks: false,
            });
        }
    });

    it("on prod, the generated secret alone is left unprotected: its delete deletes nothing in Auth0", async () => {
        const prod = await runProgramOffline({
            stack: "prod",
            configOverrides: { "konnect-auth0-dcr:dcrAdminSecretVersion": "1" },
        });
        expect(byType(prod, AUTH0_GENERATED_CLIENT_SECRET).options.protect).toBe(false);
        expect(byType(prod, AUTH0_CLIENT_CREDENTIALS).options.protect).toBe(true);
    });

    it("during a take-over the existing secret is kept: nothing is generated or set", () => {
        expect(allOfType(takingOver, AUTH0_GENERATED_CLIENT_SECRET)).toEqual([]);
        expect(byType(takingOver, AUTH0_CLIENT_CREDENTIALS).inputs).not.toHaveProperty("clientSecret");
    });
});
