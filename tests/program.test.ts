/**
 * The program under Pulumi's mocks, one file for every run of it (each jest file pays for its own copy of the
 * SDK and for serializing the dynamic providers): what each stack file registers, the entry point, the secrets
 * (in no plaintext input, output or serialized provider code), the serialized provider code itself (no token in
 * it, and it runs a whole lifecycle when loaded as the dynamic-provider host loads it), and taking over an Auth0
 * setup made by hand.
 */
import * as pulumi from "@pulumi/pulumi";
import Module = require("module");
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { StackConfigError } from "../config/stackSettings";
import { dcrGrantScopes } from "../auth0/dcrScopes";
import {
    installRecordingMocks,
    isSecretValue,
    offlineStackConfig,
    ProgramRun,
    RegisteredResource,
    runProgramOffline,
    unwrapSecrets,
} from "../offline/programRunner";
import { allOfType, byType, valueOf } from "./support/registrations";
import { OFFLINE_ADMIN_CLIENT_SECRET } from "../offline/mockOutputs";
import { takeOverOptions } from "../components/takeOver";
import { konnectLabels } from "../konnect/payloads";
import { KonnectEmulator, startKonnectEmulator } from "../emulators/konnect";
import {
    AUTH0_CLIENT,
    AUTH0_CLIENT_CREDENTIALS,
    AUTH0_CLIENT_GRANT,
    AUTH0_RESOURCE_SERVER,
    KONNECT_API_PUBLICATION,
    KONNECT_AUTH_STRATEGY,
    KONNECT_DCR_PROVIDER,
    KONNECT_DCR_VERIFICATION,
    KONNECT_PORTAL_BINDING,
    KONNECT_TOKEN_SETTING,
    PROVIDER_CODE_INPUT,
} from "../policies/lib/resourceTypes";

const nameOf = (run: ProgramRun, urn: string | undefined) => run.resources.find((r) => r.urn === urn)?.name;
const parentType = (run: ProgramRun, r: RegisteredResource) => run.resources.find((p) => p.urn === r.parent)?.type;

const stackRuns = new Map<string, Promise<ProgramRun>>();

/** The run of a stack file as it is, made once for every test here that only reads it. */
function runOf(stack: string): Promise<ProgramRun> {
    let run = stackRuns.get(stack);
    if (!run) {
        run = runProgramOffline({ stack });
        stackRuns.set(stack, run);
    }
    return run;
}

const API_IDS = ["9f5061ce-78f6-4452-9108-ad7c02821fd5", "2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f"];
const ENV_TOKEN = "kpat_FromKonnectTokenVariable0123456";
const SPAT_TOKEN = "spat_FromKonnectSpatVariable01234567";

/*
 * The file's first run registers every kind of dynamic resource with a Konnect token in both variables the
 * providers read. The SDK serializes each provider object once per process, at its first registration, so every
 * provider text any test here sees was made with them present. (A top-level hook: it runs before any describe
 * block's hooks.)
 */
let withEveryToken: ProgramRun;
beforeAll(async () => {
    withEveryToken = await runProgramOffline({
        stack: "dev",
        // A list setting as the CLI hands it to the program: JSON text.
        configOverrides: {
            "konnect-auth0-dcr:konnectApiIds":
                '["9f5061ce-78f6-4452-9108-ad7c02821fd5","2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f"]',
        },
        env: { KONNECT_TOKEN: ENV_TOKEN, KONNECT_SPAT: SPAT_TOKEN },
    });
});

describe("the program with Pulumi.dev.yaml", () => {
    let run: ProgramRun;
    beforeAll(async () => {
        run = await runOf("dev");
    });

    it("registers the Client, ClientGrant, ClientCredentials and ResourceServer under their components", () => {
        const expected: Array<[string, string]> = [
            [AUTH0_CLIENT, "konnect-auth0-dcr:auth0:DcrAdmin"],
            [AUTH0_CLIENT_GRANT, "konnect-auth0-dcr:auth0:DcrAdmin"],
            [AUTH0_CLIENT_CREDENTIALS, "konnect-auth0-dcr:auth0:DcrAdmin"],
            [AUTH0_RESOURCE_SERVER, "konnect-auth0-dcr:auth0:PortalAudience"],
        ];
        for (const [type, parent] of expected) {
            expect(parentType(run, byType(run, type))).toBe(parent);
        }
    });

    it("names the admin app after the environment and grants the exact scopes on the Management API", () => {
        expect(byType(run, AUTH0_CLIENT).inputs.name).toBe("Konnect Portal DCR Admin (dev)");
        const grant = byType(run, AUTH0_CLIENT_GRANT);
        expect(grant.inputs.audience).toBe("https://acme-dev.us.auth0.com/api/v2/");
        expect(grant.inputs.scopes).toEqual(dcrGrantScopes(false));
    });

    it("creates the portal audience from the stack file", () => {
        expect(byType(run, AUTH0_RESOURCE_SERVER).inputs).toMatchObject({
            identifier: "https://api.dev.acme.com/portal",
            name: "Acme Developer Portal API (dev)",
        });
    });

    it("declares the Konnect DCR provider, auth strategy and portal binding under KonnectPortalDcr", () => {
        const provider = byType(run, KONNECT_DCR_PROVIDER);
        const strategy = byType(run, KONNECT_AUTH_STRATEGY);
        const binding = byType(run, KONNECT_PORTAL_BINDING);
        for (const r of [provider, strategy, binding]) {
            expect(parentType(run, r)).toBe("konnect-auth0-dcr:konnect:KonnectPortalDcr");
            expect(r.inputs.serverUrl).toBe("https://us.api.konghq.com");
        }
        expect(provider.inputs).toMatchObject({
            // The default: the environment and the first 8 characters of Pulumi.dev.yaml's portal id.
            name: "auth0-dcr-dev-5f1c3c9e",
            issuer: "https://acme-dev.us.auth0.com",
            initialClientId: byType(run, AUTH0_CLIENT).outputs.clientId,
            useDeveloperManagedScopes: false,
            labels: { "managed-by": "konnect-auth0-dcr", "pulumi-stack": "dev" },
        });
        expect(provider.inputs).not.toHaveProperty("initialClientAudience");
        expect(strategy.inputs).toMatchObject({
            name: "auth0-dcr-dev-5f1c3c9e",
            displayName: "Auth0",
            issuer: "https://acme-dev.us.auth0.com",
            audience: "https://api.dev.acme.com/portal",
            scopes: ["openid"],
            credentialClaim: ["azp"],
            authMethods: ["client_credentials", "bearer", "session"],
            dcrProviderId: provider.outputs.dcrProviderId,
            labels: { "managed-by": "konnect-auth0-dcr", "pulumi-stack": "dev" },
        });
        expect(binding.inputs).toMatchObject({
            portalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
            portalKind: "v3",
            authStrategyId: strategy.outputs.authStrategyId,
        });
    });

    it("orders the Konnect objects after what they need, so teardown runs binding, strategy, provider", () => {
        const urn = (type: string) => byType(run, type).urn;
        const deps = (type: string) => byType(run, type).dependencies;
        expect(deps(KONNECT_DCR_PROVIDER)).toEqual(
            expect.arrayContaining([urn(AUTH0_CLIENT_GRANT), urn(AUTH0_CLIENT_CREDENTIALS)]),
        );
        expect(deps(KONNECT_AUTH_STRATEGY)).toEqual(
            // Depending on the PortalAudience component means depending on its children: the Auth0 API.
            expect.arrayContaining([urn(KONNECT_DCR_PROVIDER), urn(AUTH0_RESOURCE_SERVER)]),
        );
        expect(deps(KONNECT_PORTAL_BINDING)).toContain(urn(KONNECT_AUTH_STRATEGY));
        expect(deps(KONNECT_DCR_VERIFICATION)).toContain(urn(KONNECT_PORTAL_BINDING));
    });

    it("verifies what was deployed with a DcrVerification resource that gets no token and re-runs on what it verified", () => {
        const verify = byType(run, KONNECT_DCR_VERIFICATION);
        const provider = byType(run, KONNECT_DCR_PROVIDER);
        expect(verify.inputs).toEqual({
            serverUrl: "https://us.api.konghq.com",
            dcrProviderId: provider.id,
            dcrProviderName: "auth0-dcr-dev-5f1c3c9e",
            initialClientId: byType(run, AUTH0_CLIENT).outputs.clientId,
            initialClientSecretHash: provider.outputs.initialClientSecretHash,
            authStrategyId: byType(run, KONNECT_AUTH_STRATEGY).id,
            issuer: "https://acme-dev.us.auth0.com",
            audience: "https://api.dev.acme.com/portal",
            bindingId: byType(run, KONNECT_PORTAL_BINDING).id,
            [PROVIDER_CODE_INPUT]: expect.any(String),
        });
        expect(JSON.stringify(unwrapSecrets(verify.inputs))).not.toContain(run.placeholderSecrets.KONNECT_TOKEN);
        expect(allOfType(run, "command:local:Command")).toHaveLength(0);
    });

    it("does not protect dev resources", () => {
        expect(run.resources.filter((r) => r.custom && r.options.protect).map((r) => r.name)).toEqual([]);
    });

    it("exports issuer, audiences, the admin client and its scopes", () => {
        expect(run.outputs).toMatchObject({
            issuer: "https://acme-dev.us.auth0.com",
            audience: "https://api.dev.acme.com/portal",
            managementApiAudience: "https://acme-dev.us.auth0.com/api/v2/",
            dcrAdminClientId: byType(run, AUTH0_CLIENT).outputs.clientId,
            grantedScopes: dcrGrantScopes(false),
            konnectDcrProviderId: byType(run, KONNECT_DCR_PROVIDER).outputs.dcrProviderId,
            konnectAuthStrategyId: byType(run, KONNECT_AUTH_STRATEGY).outputs.authStrategyId,
            konnectPortalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
            konnectPortalUrl: expect.stringMatching(/^https:\/\/[0-9a-f]+\.us\.kongportals\.com$/),
        });
        expect(run.secretOutputNames).toContain("dcrAdminClientSecret");
    });
});

describe("a preview in which every Konnect object is planned as an in-place update", () => {
    // The Node.js dynamic-provider host ignores `stables`, so the engine plans every output of an updating
    // dynamic resource as unknown and keeps only its id. Whatever the strategy, binding and verification read
    // must therefore be the upstream id, or a one-field change previews as a change of everything below it.
    let run: ProgramRun;
    beforeAll(async () => {
        run = await runProgramOffline({ stack: "dev", previewKonnectUpdates: true });
    });

    it("gives the strategy its DCR provider's id, known, though the provider's outputs are not", () => {
        const provider = byType(run, KONNECT_DCR_PROVIDER);
        const strategy = byType(run, KONNECT_AUTH_STRATEGY);
        expect(provider.outputs.dcrProviderId).toBeUndefined();
        expect(provider.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(strategy.inputs.dcrProviderId).toBe(provider.id);
    });

    it("gives the binding its strategy's id, known", () => {
        const strategy = byType(run, KONNECT_AUTH_STRATEGY);
        const binding = byType(run, KONNECT_PORTAL_BINDING);
        expect(strategy.outputs.authStrategyId).toBeUndefined();
        expect(binding.inputs.authStrategyId).toBe(strategy.id);
    });

    it("gives the verification the provider's, strategy's and binding's ids, known", () => {
        const verify = byType(run, KONNECT_DCR_VERIFICATION);
        expect(verify.inputs).toMatchObject({
            dcrProviderId: byType(run, KONNECT_DCR_PROVIDER).id,
            authStrategyId: byType(run, KONNECT_AUTH_STRATEGY).id,
            bindingId: byType(run, KONNECT_PORTAL_BINDING).id,
        });
    });
});

describe("the program with Pulumi.prod.yaml", () => {
    let run: ProgramRun;
    beforeAll(async () => {
        run = await runOf("prod");
    });

    it("uses the custom domain as issuer and the canonical domain for the Management API", () => {
        expect(run.outputs.issuer).toBe("https://login.acme.com");
        expect(byType(run, AUTH0_CLIENT_GRANT).inputs.audience).toBe("https://acme.eu.auth0.com/api/v2/");
    });

    it("looks up the existing audience API instead of creating one", () => {
        expect(allOfType(run, AUTH0_RESOURCE_SERVER)).toHaveLength(0);
        expect(run.outputs.audience).toBe("https://api.acme.com/portal");
    });

    it("gives Konnect the Management API audience because of the custom domain, in the EU region", () => {
        const provider = byType(run, KONNECT_DCR_PROVIDER);
        expect(provider.inputs).toMatchObject({
            issuer: "https://login.acme.com",
            initialClientAudience: "https://acme.eu.auth0.com/api/v2/",
            serverUrl: "https://eu.api.konghq.com",
        });
        expect(byType(run, KONNECT_AUTH_STRATEGY).inputs.issuer).toBe("https://login.acme.com");
    });

    it("protects every Auth0 and Konnect object, but never the verification, which holds nothing worth keeping", () => {
        const custom = run.resources.filter((r) => r.custom);
        expect(custom.length).toBeGreaterThan(0);
        expect(custom.filter((r) => !r.options.protect).map((r) => r.type)).toEqual([KONNECT_DCR_VERIFICATION]);
        expect(custom.map((r) => r.type)).toEqual(
            expect.arrayContaining([KONNECT_DCR_PROVIDER, KONNECT_PORTAL_BINDING]),
        );
    });

    it("protects each API publication too, when prod lists published APIs", async () => {
        const withApis = await runProgramOffline({
            stack: "prod",
            configOverrides: { "konnect-auth0-dcr:konnectApiIds": JSON.stringify(API_IDS) },
        });
        const publications = allOfType(withApis, KONNECT_API_PUBLICATION);
        expect(publications.map((p) => p.inputs.apiId).sort()).toEqual([...API_IDS].sort());
        expect(publications.map((p) => p.options.protect)).toEqual([true, true]);
    });
});

describe("the program with its Konnect token in the environment", () => {
    it("passes the token to no resource: the providers read it from the environment", async () => {
        const run = await runProgramOffline({
            stack: "dev",
            env: { KONNECT_TOKEN: "kpat_environmenttokenvalue0123456789" },
        });
        expect(JSON.stringify(run.resources.map((r) => unwrapSecrets(r.inputs)))).not.toContain(
            "kpat_environmenttokenvalue0123456789",
        );
    });

    it("skips the verification when it is turned off", async () => {
        const run = await runProgramOffline({
            stack: "dev",
            configOverrides: { "konnect-auth0-dcr:postDeployVerification": "false" },
        });
        expect(allOfType(run, KONNECT_DCR_VERIFICATION)).toHaveLength(0);
    });
});

describe("a bad configuration", () => {
    it("fails with one error listing every bad key before any resource is registered", async () => {
        const failure = runProgramOffline({
            stack: "dev",
            configOverrides: {
                "auth0:domain": "https://acme-dev.us.auth0.com/",
                "konnect-auth0-dcr:portalAudience": "https://acme-dev.us.auth0.com/api/v2/",
                "konnect-auth0-dcr:konnectRegion": "mars",
            },
        });
        await expect(failure).rejects.toBeInstanceOf(StackConfigError);
        await expect(failure).rejects.toThrow(/auth0:domain[\s\S]*portalAudience[\s\S]*konnectRegion/);
    });

    it("refuses credentials among the stack settings (the engine would keep them in the state), never echoing them", async () => {
        const token = "kpat_configtokenvalue0123456789";
        const secret = "auth0-client-secret-in-config-0123";
        const failure = runProgramOffline({
            stack: "dev",
            configOverrides: { [KONNECT_TOKEN_SETTING]: token, "auth0:clientSecret": secret },
        });
        await expect(failure).rejects.toBeInstanceOf(StackConfigError);
        await expect(failure).rejects.toThrow(
            "konnect-auth0-dcr:konnectToken: got a value in the stack configuration (not shown); expected no such " +
                "setting: the credential comes from KONNECT_TOKEN (or KONNECT_SPAT) in the environment of pulumi",
        );
        await expect(failure).rejects.toThrow(
            "auth0:clientSecret: got a value in the stack configuration (not shown); expected no such setting: " +
                "the credential comes from AUTH0_CLIENT_SECRET in the environment of pulumi",
        );
        await expect(failure).rejects.not.toThrow(token);
        await expect(failure).rejects.not.toThrow(secret);
    });

    it("refuses a misspelled setting, naming the nearest known key", async () => {
        const failure = runProgramOffline({
            stack: "dev",
            configOverrides: { "konnect-auth0-dcr:konnectAuthStrategyDisplayNam": "Auth0 (dev)" },
        });
        await expect(failure).rejects.toThrow(
            "konnect-auth0-dcr:konnectAuthStrategyDisplayNam: got a setting this project does not know; expected a " +
                "known setting: did you mean konnect-auth0-dcr:konnectAuthStrategyDisplayName?",
        );
    });

    it("names a stack that has no stack file", async () => {
        await expect(runProgramOffline({ stack: "qa" })).rejects.toThrow(
            /No stack file Pulumi\.qa\.yaml.*dev, prod, staging/,
        );
    });
});

describe("index.ts, the entry point pulumi up runs", () => {
    it("reads Konnect first, then registers what the program registers and returns each of its outputs by name", async () => {
        // Konnect as the dev stack expects it: its portal, at a server URL set in the stack configuration.
        const konnect = await startKonnectEmulator();
        konnect.addPortal({ id: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10", name: "developer-portal" });
        const configOverrides = { "konnect-auth0-dcr:konnectServerUrl": konnect.url };
        const program = await runProgramOffline({ stack: "dev", configOverrides });

        // Run the entry module itself under the same mocks and configuration. No other test in this file loads
        // it, so it runs here, once; the modules it shares with the program (and their serialized providers)
        // are the ones already loaded.
        const { config, secretKeys } = offlineStackConfig({ stack: "dev", configOverrides });
        const recorder = await installRecordingMocks("dev", config, secretKeys);
        let entry: Record<string, pulumi.Output<unknown>> = {};
        // The token a real run has in its environment.
        process.env.KONNECT_TOKEN = konnect.token;
        try {
            await pulumi.runtime.runInPulumiStack(async () => {
                // eslint-disable-next-line @typescript-eslint/no-require-imports -- the function the engine awaits
                const main = require("../index") as () => Promise<Record<string, pulumi.Output<unknown>>>;
                entry = await main();
                return entry;
            });
        } finally {
            delete process.env.KONNECT_TOKEN;
            await konnect.close();
        }
        const outputs: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(entry)) outputs[name] = await valueOf(value);
        await pulumi.runtime.disconnect();

        // The preflight's reads: the portal, then the names the stack would create.
        expect(konnect.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
            "GET /v3/portals/5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
            "GET /v2/dcr-providers",
            "GET /v2/application-auth-strategies",
        ]);
        expect(Object.keys(entry).sort()).toEqual(Object.keys(program.outputs).sort());
        expect(outputs).toEqual(program.outputs);
        expect(recorder.resources().map((r) => r.urn)).toEqual(program.resources.map((r) => r.urn));
        expect(nameOf(program, byType(program, "konnect-auth0-dcr:auth0:DcrAdmin").parent)).toBe(
            "konnect-auth0-dcr-dev",
        );
    });
});

describe("the program with Pulumi.staging.yaml", () => {
    it("grants read:resource_servers and tells Konnect to use developer-managed scopes", async () => {
        const run = await runProgramOffline({ stack: "staging" });
        expect(byType(run, AUTH0_CLIENT_GRANT).inputs.scopes).toEqual(dcrGrantScopes(true));
        expect(byType(run, KONNECT_DCR_PROVIDER).inputs.useDeveloperManagedScopes).toBe(true);
        expect(byType(run, AUTH0_CLIENT).inputs.name).toBe("Konnect Portal DCR Admin (staging)");
    });
});

describe("the program with published APIs listed", () => {
    const apis = API_IDS;
    let run: ProgramRun;
    beforeAll(() => {
        run = withEveryToken;
    });

    it("registers one publication per API on the stack's portal, after the strategy and the binding, with the strategy's id", () => {
        const strategy = byType(run, KONNECT_AUTH_STRATEGY);
        const binding = byType(run, KONNECT_PORTAL_BINDING);
        const publications = allOfType(run, KONNECT_API_PUBLICATION);
        expect(publications.map((p) => p.inputs.apiId)).toEqual(apis);
        for (const publication of publications) {
            expect(publication.inputs).toMatchObject({
                portalId: binding.inputs.portalId,
                portalKind: "v3",
                authStrategyId: strategy.outputs.authStrategyId,
            });
            expect(publication.dependencies).toEqual(expect.arrayContaining([strategy.urn, binding.urn]));
            expect(publication.parent).toBe(strategy.parent);
            expect(publication.options.protect).toBe(false);
        }
        expect(byType(run, KONNECT_DCR_VERIFICATION).dependencies).toEqual(
            expect.arrayContaining(publications.map((p) => p.urn)),
        );
    });

    it("exports the listed ids as konnectApiIds (the smoke test's default API)", () => {
        expect(run.outputs.konnectApiIds).toEqual(apis);
    });

    it("uses konnectProductVersionIds on a classic portal", async () => {
        const classic = await runProgramOffline({
            stack: "dev",
            configOverrides: {
                "konnect-auth0-dcr:konnectPortalKind": "classic",
                "konnect-auth0-dcr:konnectProductVersionIds": '["9f5061ce-78f6-4452-9108-ad7c02821fd5"]',
            },
        });
        expect(allOfType(classic, KONNECT_API_PUBLICATION).map((p) => p.inputs)).toEqual([
            expect.objectContaining({ portalKind: "classic", apiId: apis[0] }),
        ]);
        // Product version ids are no Dev Portal API ids: the smoke test must not register for them.
        expect(classic.outputs.konnectApiIds).toEqual([]);
    });
});

/**
 * A project root holding this repository's `Pulumi.yaml` and one stack file, `Pulumi.listed.yaml`, with the
 * given `konnect-auth0-dcr:` settings (YAML text) after a valid dev configuration.
 */
function projectWithStackFile(settings: string): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "list-settings-"));
    fs.copyFileSync(path.resolve(__dirname, "..", "Pulumi.yaml"), path.join(root, "Pulumi.yaml"));
    fs.writeFileSync(
        path.join(root, "Pulumi.listed.yaml"),
        [
            "config:",
            "  auth0:domain: acme-dev.us.auth0.com",
            "  auth0:clientId: 7bXqk2LmP9sRt4VwYz1AcDeFgHiJkLmN",
            "  konnect-auth0-dcr:environment: dev",
            "  konnect-auth0-dcr:portalAudience: https://api.dev.acme.com/portal",
            "  konnect-auth0-dcr:konnectPortalId: 5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
            settings,
        ].join("\n"),
    );
    return root;
}

describe("list settings written as YAML lists in a stack file", () => {
    const roots: string[] = [];
    const project = (settings: string) => {
        roots.push(projectWithStackFile(settings));
        return roots[roots.length - 1];
    };
    afterAll(() => {
        for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
    });

    it("reach the program as the CLI hands them, JSON text, and so do the project's list defaults", () => {
        const { config } = offlineStackConfig({
            stack: "listed",
            projectRoot: project(
                [
                    "  konnect-auth0-dcr:konnectApiIds:",
                    "    - 9f5061ce-78f6-4452-9108-ad7c02821fd5",
                    "    - 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
                ].join("\n"),
            ),
        });
        expect(config["konnect-auth0-dcr:konnectApiIds"]).toBe(
            '["9f5061ce-78f6-4452-9108-ad7c02821fd5","2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f"]',
        );
        expect(config["konnect-auth0-dcr:konnectProductVersionIds"]).toBe("[]");
        expect(config["konnect-auth0-dcr:konnectAuthMethods"]).toBe('["client_credentials","bearer","session"]');
    });

    it("a stack file with konnectApiIds as a YAML list of two ids registers one publication per id, after the strategy", async () => {
        const run = await runProgramOffline({
            stack: "listed",
            projectRoot: project(
                [
                    "  konnect-auth0-dcr:konnectApiIds:",
                    "    - 9f5061ce-78f6-4452-9108-ad7c02821fd5",
                    "    - 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
                    "  konnect-auth0-dcr:konnectAuthMethods: [client_credentials, bearer]",
                ].join("\n"),
            ),
        });
        const strategy = byType(run, KONNECT_AUTH_STRATEGY);
        const binding = byType(run, KONNECT_PORTAL_BINDING);
        expect(strategy.inputs.authMethods).toEqual(["client_credentials", "bearer"]);
        const publications = allOfType(run, KONNECT_API_PUBLICATION);
        expect(publications.map((p) => [p.name, p.inputs.apiId])).toEqual([
            [
                "konnect-portal-dcr-publication-9f5061ce-78f6-4452-9108-ad7c02821fd5",
                "9f5061ce-78f6-4452-9108-ad7c02821fd5",
            ],
            [
                "konnect-portal-dcr-publication-2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
                "2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
            ],
        ]);
        const order = (r: RegisteredResource) => run.resources.indexOf(r);
        for (const publication of publications) {
            expect(publication.inputs).toMatchObject({
                portalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
                portalKind: "v3",
                authStrategyId: strategy.outputs.authStrategyId,
            });
            expect(publication.dependencies).toEqual(expect.arrayContaining([strategy.urn, binding.urn]));
            expect(order(publication)).toBeGreaterThan(order(strategy));
        }
        expect(run.outputs.konnectApiIds).toEqual([
            "9f5061ce-78f6-4452-9108-ad7c02821fd5",
            "2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
        ]);
    });

    it("a malformed element fails before any registration, naming the key and the element index", async () => {
        const projectRoot = project(
            [
                "  konnect-auth0-dcr:konnectApiIds:",
                "    - 9f5061ce-78f6-4452-9108-ad7c02821fd5",
                "    - orders-api",
            ].join("\n"),
        );
        const { config, secretKeys } = offlineStackConfig({ stack: "listed", projectRoot });
        const recorder = await installRecordingMocks("listed", config, secretKeys);
        const { konnectAuth0DcrProgram } = await import("../program");
        let failure: unknown;
        process.env.KONNECT_TOKEN = "kpat_listed_run_token_0123456";
        await pulumi.runtime.runInPulumiStack(async () => {
            try {
                await konnectAuth0DcrProgram({ konnectPreflight: async () => undefined });
            } catch (error) {
                failure = error;
            }
            return {};
        });
        delete process.env.KONNECT_TOKEN;
        await pulumi.runtime.disconnect();
        expect(failure).toBeInstanceOf(StackConfigError);
        expect((failure as Error).message).toBe(
            'Invalid configuration for stack "listed" (1 problem):\n' +
                '  - konnect-auth0-dcr:konnectApiIds[1]: got "orders-api"; expected a UUID such as 9f5061ce-78f6-4452-9108-ad7c02821fd5, the id of a Konnect API published on the portal',
        );
        // Only the root stack, which the engine registers before the program runs.
        expect(recorder.resources().map((r) => r.type)).toEqual(["pulumi:pulumi:Stack"]);
    });

    it("the comma form is refused with the list to write shown", async () => {
        const failure = runProgramOffline({
            stack: "listed",
            projectRoot: project(
                "  konnect-auth0-dcr:konnectApiIds: 9f5061ce-78f6-4452-9108-ad7c02821fd5,2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
            ),
        });
        await expect(failure).rejects.toBeInstanceOf(StackConfigError);
        await expect(failure).rejects.toThrow(
            '  - konnect-auth0-dcr:konnectApiIds: got "9f5061ce-78f6-4452-9108-ad7c02821fd5,2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f"; ' +
                "expected a list, not text (the comma-separated form is refused). In Pulumi.listed.yaml, under config:, write a YAML list\n" +
                "        konnect-auth0-dcr:konnectApiIds:\n" +
                "          - 9f5061ce-78f6-4452-9108-ad7c02821fd5\n" +
                "          - 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f\n" +
                "      or run\n" +
                "        pulumi config rm konnect-auth0-dcr:konnectApiIds\n" +
                "        pulumi config set --path 'konnect-auth0-dcr:konnectApiIds[0]' 9f5061ce-78f6-4452-9108-ad7c02821fd5\n" +
                "        pulumi config set --path 'konnect-auth0-dcr:konnectApiIds[1]' 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f\n",
        );
    });

    it("duplicates and the other portal kind's list are still refused", async () => {
        const duplicate = runProgramOffline({
            stack: "listed",
            projectRoot: project(
                [
                    "  konnect-auth0-dcr:konnectApiIds:",
                    "    - 9f5061ce-78f6-4452-9108-ad7c02821fd5",
                    "    - 9F5061CE-78F6-4452-9108-AD7C02821FD5",
                ].join("\n"),
            ),
        });
        await expect(duplicate).rejects.toThrow(
            '  - konnect-auth0-dcr:konnectApiIds[1]: got "9F5061CE-78F6-4452-9108-AD7C02821FD5"; expected an element not listed before: it repeats konnect-auth0-dcr:konnectApiIds[0], and each may be listed once',
        );
        const wrongKind = runProgramOffline({
            stack: "listed",
            projectRoot: project(
                [
                    "  konnect-auth0-dcr:konnectPortalKind: classic",
                    "  konnect-auth0-dcr:konnectApiIds:",
                    "    - 9f5061ce-78f6-4452-9108-ad7c02821fd5",
                ].join("\n"),
            ),
        });
        await expect(wrongKind).rejects.toThrow(
            '  - konnect-auth0-dcr:konnectApiIds: got ["9f5061ce-78f6-4452-9108-ad7c02821fd5"]; expected unset with konnectPortalKind classic: it lists v3 portal publications; use konnectProductVersionIds instead',
        );
    });
});

/** JSON of a value with every secret replaced by "[secret]": what would be readable in plaintext. */
function plaintextOf(value: unknown): string {
    return JSON.stringify(value, (_key, v) => (isSecretValue(v) ? "[secret]" : v));
}

describe.each(["dev", "prod"])("secrets in the %s stack", (stack) => {
    let run: ProgramRun;
    let secrets: string[];

    beforeAll(async () => {
        run = await runOf(stack);
        secrets = [OFFLINE_ADMIN_CLIENT_SECRET, ...Object.values(run.placeholderSecrets)];
    });

    it("supplies the secrets the scan looks for", () => {
        expect(Object.keys(run.placeholderSecrets)).toEqual(
            expect.arrayContaining(["KONNECT_TOKEN", "AUTH0_CLIENT_SECRET"]),
        );
        expect(run.outputs.dcrAdminClientSecret).toBe(OFFLINE_ADMIN_CLIENT_SECRET);
    });

    it("exports the admin client secret as a secret, and only secrets as secrets", () => {
        expect(run.secretOutputNames).toEqual(["dcrAdminClientSecret"]);
    });

    it("keeps every secret out of the plaintext of every registered input and output", () => {
        for (const resource of run.resources) {
            const text = plaintextOf({ inputs: resource.inputs, outputs: resource.outputs });
            for (const secret of secrets) {
                expect({ resource: resource.urn, leaks: text.includes(secret) }).toEqual({
                    resource: resource.urn,
                    leaks: false,
                });
            }
        }
    });

    // What the provider keeps in state (a hash, never the secret) is its own code's doing, proved against the
    // emulator in konnectProviderLifecycle.test.ts; here the mocks answer for it, so only the input is checked.
    it("hands the admin secret to Konnect's DCR provider only as a secret input", () => {
        const provider = run.resources.find((r) => r.type === KONNECT_DCR_PROVIDER)!;
        expect(isSecretValue(provider.inputs.initialClientSecret)).toBe(true);
        expect(plaintextOf(provider.inputs.initialClientSecret)).toBe('"[secret]"');
    });

    it("serializes the four Konnect providers (the verification included)' code without any secret in it", () => {
        const code = run.resources
            .filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"))
            .map((r) => String(r.inputs[PROVIDER_CODE_INPUT]));
        expect(code).toHaveLength(4);
        for (const text of code) {
            expect(text).toContain("konnect-auth0-dcr/dynamic-providers");
            for (const secret of secrets) expect(text).not.toContain(secret);
        }
    });

    it("keeps every secret out of the non-secret stack outputs", () => {
        const plain = Object.fromEntries(
            Object.entries(run.outputs).filter(([name]) => !run.secretOutputNames.includes(name)),
        );
        const text = JSON.stringify(plain);
        for (const secret of secrets) {
            expect(text).not.toContain(secret);
        }
    });
});

/** The type tokens of the dynamic resources, by the class names the cases below are named after. */
const DYNAMIC_TYPES = {
    DcrProvider: KONNECT_DCR_PROVIDER,
    ApplicationAuthStrategy: KONNECT_AUTH_STRATEGY,
    PortalAuthStrategyBinding: KONNECT_PORTAL_BINDING,
    ApiPublicationAuthStrategy: KONNECT_API_PUBLICATION,
    DcrVerification: KONNECT_DCR_VERIFICATION,
};

/** The provider code the first run's registration of `type` carries. */
function providerCode(type: string): string {
    return allOfType(withEveryToken, type)[0].inputs[PROVIDER_CODE_INPUT] as string;
}

describe("the serialized provider code, registered with a Konnect token everywhere", () => {
    const tokens = () => [ENV_TOKEN, SPAT_TOKEN];

    it("registers every kind of dynamic resource", () => {
        expect([...new Set(withEveryToken.resources.map((r) => r.type))]).toEqual(
            expect.arrayContaining(Object.values(DYNAMIC_TYPES)),
        );
    });

    it.each(Object.keys(DYNAMIC_TYPES))(
        "%s: the code holds no token, only its kind and the lookup of the project's implementation, in under 8 KiB",
        (name) => {
            const code = providerCode(DYNAMIC_TYPES[name as keyof typeof DYNAMIC_TYPES]);
            // A plain string: the serializer found no secret captured (it would have made the code a secret).
            expect(typeof code).toBe("string");
            for (const token of tokens()) expect(code).not.toContain(token);
            expect(code).toContain(`("konnect-auth0-dcr/dynamic-providers").provider("${name}")`);
            // The implementation (the Konnect client and its dependencies) is not in the state: it is loaded.
            expect(code).not.toContain("openapi-fetch");
            expect(code).not.toContain("process.env");
            // No absolute path: the checkout's location is not the state's business.
            expect(code).not.toContain(path.resolve(__dirname, ".."));
            expect(Buffer.byteLength(code)).toBeLessThan(8 * 1024);
        },
    );

    it("passes the Konnect token to no resource, not even as a secret: the providers look it up when they run", () => {
        for (const { type, inputs } of withEveryToken.resources) {
            const text = JSON.stringify(unwrapSecrets(inputs));
            expect({ type, leaks: tokens().filter((token) => text.includes(token)) }).toEqual({ type, leaks: [] });
        }
    });
});

/** As the dynamic-provider host does it (require-from-string): compile `text` as a module and return its exports. */
function compileAsHost<T>(text: string): T {
    const root = path.resolve(__dirname, "..");
    const filename = path.join(root, "__provider.js");
    const m = new Module(filename) as Module & { _compile(code: string, filename: string): void };
    m.filename = filename;
    m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(root);
    m._compile(text, filename);
    return m.exports as T;
}

/** A provider's code loaded as the host loads it: its `handler()`. */
function loadProvider(text: string): pulumi.dynamic.ResourceProvider {
    return compileAsHost<{ handler(): pulumi.dynamic.ResourceProvider }>(text).handler();
}

/**
 * The environment the loaded code reads: the host process's own (jest gives test files a copy of `process`), where
 * the engine's plugin process finds the variables `pulumi` was started with.
 */
const hostEnvironment = compileAsHost<NodeJS.ProcessEnv>("module.exports = process.env;");

describe("the serialized provider code, loaded as the dynamic-provider host loads it", () => {
    let emulator: KonnectEmulator;
    const savedToken: Record<string, string | undefined> = {
        KONNECT_TOKEN: hostEnvironment.KONNECT_TOKEN,
        KONNECT_SPAT: hostEnvironment.KONNECT_SPAT,
    };

    beforeAll(async () => {
        emulator = await startKonnectEmulator();
        // The token comes only from the run's environment, as the host's process inherits it from pulumi.
        delete hostEnvironment.KONNECT_TOKEN;
        delete hostEnvironment.KONNECT_SPAT;
    });

    afterAll(async () => {
        for (const [name, value] of Object.entries(savedToken)) {
            if (value === undefined) delete hostEnvironment[name];
            else hostEnvironment[name] = value;
        }
        await emulator.close();
    });

    it("prints a Konnect failure as the host logs it (`${error}: ${error.stack}`) with its name and message, never [object Object]", async () => {
        const dcr = loadProvider(providerCode(KONNECT_DCR_PROVIDER));
        const wrong = "kpat_RevokedSerializedToken000";
        hostEnvironment.KONNECT_TOKEN = wrong;
        const error = await dcr.diff!(
            "x",
            { serverUrl: emulator.url, dcrProviderId: "x" },
            {
                serverUrl: emulator.url,
                name: "serialized-logged",
                issuer: "https://acme-dev.us.auth0.com",
                initialClientId: "m2m",
                initialClientSecret: "s3cret-value-99",
                labels: {},
            },
        ).catch((e: unknown) => e);
        const logged = `${error}: ${(error as Error).stack}`;
        expect(logged).toMatch(/^KonnectApiError: Konnect: read DCR provider .* failed with 401/);
        expect(logged).not.toContain("[object Object]");
        expect(logged).not.toContain(wrong);
    });

    it("runs the post-deploy verification with the token of the run's environment", async () => {
        const verification = loadProvider(providerCode(KONNECT_DCR_VERIFICATION));
        hostEnvironment.KONNECT_TOKEN = emulator.token;
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

    it("runs a whole lifecycle with the token of the run's environment", async () => {
        const dcr = loadProvider(providerCode(KONNECT_DCR_PROVIDER));
        const strategies = loadProvider(providerCode(KONNECT_AUTH_STRATEGY));
        const bindings = loadProvider(providerCode(KONNECT_PORTAL_BINDING));
        const publications = loadProvider(providerCode(KONNECT_API_PUBLICATION));
        hostEnvironment.KONNECT_TOKEN = emulator.token;
        const labels = konnectLabels({ organization: "organization", project: "konnect-auth0-dcr", stack: "dev" });
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
        // teardown finds the previous strategy gone and stops, saying so, unless told to leave no default.
        const conflict = (await strategies.delete!(strategy.id, strategy.outs).catch((e: Error) => e)) as Error;
        expect(conflict.message).toContain("failed with 409 Conflict");
        expect(conflict.message).not.toContain(emulator.token);
        await strategies.delete!(previous.id, previous.outs);
        await expect(bindings.delete!(binding.id, binding.outs)).rejects.toThrow(
            `the strategy it had before this stack bound its own, ${previous.id}, no longer exists in Konnect`,
        );
        await bindings.delete!(binding.id, { ...binding.outs, allowPortalWithoutDefault: true });
        expect(emulator.portals.get(portal.id)!.default_application_auth_strategy_id).toBeNull();
        await strategies.delete!(strategy.id, strategy.outs);
        await dcr.delete!(provider.id, rotated.outs);
        expect(emulator.dcrProviders.has(provider.id)).toBe(false);
    });
});

/*
 * Taking over an Auth0 setup made by hand: with the adopt settings, the program imports the existing admin
 * application, its credentials and grant, and the portal API (Pulumi's `import` option) instead of creating
 * them, keeps Auth0's current values for everything but identity, and protects them while the take-over is
 * pending. Without the settings the same resources register under the same URNs, with no `import`.
 */
const CLIENT_ID = "Xk3pQ9rT2vW8yZ1aB4cD6eF7gH0jK5mN";
const GRANT_ID = "cgr_4pI9a42haOLLWnwq";
const API_ID = "5c4a1d3b8f0e6a2d7c9b1e0f";
const ADOPT = {
    "konnect-auth0-dcr:adoptDcrAdminClientId": CLIENT_ID,
    "konnect-auth0-dcr:adoptDcrAdminGrantId": GRANT_ID,
    "konnect-auth0-dcr:adoptPortalAudienceId": API_ID,
};

describe("the take-over run (adopt settings set)", () => {
    let adopted: ProgramRun;
    let fresh: ProgramRun;
    beforeAll(async () => {
        adopted = await runProgramOffline({ stack: "dev", configOverrides: ADOPT });
        fresh = await runOf("dev");
    });

    it("imports the admin app, its credentials and grant, and the portal API by the ids Auth0 gave them", () => {
        expect(byType(adopted, AUTH0_CLIENT).options.importId).toBe(CLIENT_ID);
        // ClientCredentials is the client's secret and auth method: imported by the client id.
        expect(byType(adopted, AUTH0_CLIENT_CREDENTIALS).options.importId).toBe(CLIENT_ID);
        expect(byType(adopted, AUTH0_CLIENT_GRANT).options.importId).toBe(GRANT_ID);
        expect(byType(adopted, AUTH0_RESOURCE_SERVER).options.importId).toBe(API_ID);
    });

    it("creates no Auth0 object: every Auth0 resource is an import", () => {
        const auth0 = adopted.resources.filter((r) => r.type.startsWith("auth0:"));
        expect(auth0.map((r) => r.type).sort()).toEqual(
            [AUTH0_CLIENT, AUTH0_CLIENT_CREDENTIALS, AUTH0_CLIENT_GRANT, AUTH0_RESOURCE_SERVER].sort(),
        );
        expect(auth0.filter((r) => r.options.importId === undefined)).toEqual([]);
    });

    it("hands Konnect the existing application's client id and secret, not a new client", () => {
        const provider = byType(adopted, KONNECT_DCR_PROVIDER);
        expect(provider.inputs.initialClientId).toBe(CLIENT_ID);
        expect(adopted.outputs.dcrAdminClientId).toBe(CLIENT_ID);
        expect(adopted.secretOutputNames).toContain("dcrAdminClientSecret");
    });

    it("keeps Auth0's current values for every declared input except the ones saying which object it is", () => {
        const client = byType(adopted, AUTH0_CLIENT);
        expect([...client.options.ignoreChanges].sort()).toEqual(
            Object.keys(byType(fresh, AUTH0_CLIENT).inputs)
                .filter((k) => k !== "__defaults")
                .sort(),
        );
        expect(byType(adopted, AUTH0_CLIENT_GRANT).options.ignoreChanges.sort()).toEqual(["scopes", "subjectType"]);
        expect(byType(adopted, AUTH0_CLIENT_CREDENTIALS).options.ignoreChanges).toEqual(["authenticationMethod"]);
        expect(byType(adopted, AUTH0_RESOURCE_SERVER).options.ignoreChanges.sort()).toEqual([
            "allowOfflineAccess",
            "name",
            "signingAlg",
            "tokenDialect",
        ]);
    });

    it("protects the imported objects even on dev, so a wrong id cannot turn into a delete", () => {
        for (const type of [AUTH0_CLIENT, AUTH0_CLIENT_CREDENTIALS, AUTH0_CLIENT_GRANT, AUTH0_RESOURCE_SERVER])
            expect(byType(adopted, type).options.protect).toBe(true);
        expect(byType(fresh, AUTH0_CLIENT).options.protect).toBe(false);
    });

    it("leaves everything else as a run without the settings registers it", () => {
        const shape = (run: ProgramRun) =>
            run.resources
                .filter((r) => !r.type.startsWith("auth0:"))
                .map((r) => [r.urn, r.options.importId, r.options.protect]);
        expect(shape(adopted)).toEqual(shape(fresh));
    });

    it("registers the same URNs as a run without the settings, so removing them afterwards changes nothing", () => {
        // The engine ignores `import` for a resource already in state; what it matches on is the URN.
        expect(adopted.resources.map((r) => r.urn)).toEqual(fresh.resources.map((r) => r.urn));
        for (const r of fresh.resources) {
            expect([r.urn, r.options.importId, r.options.ignoreChanges]).toEqual([r.urn, undefined, []]);
        }
    });
});

describe("takeOverOptions", () => {
    it("is empty without an id, so a normal run creates the object", () => {
        expect(takeOverOptions(undefined, { name: "x" })).toEqual({});
    });

    it("imports by id, ignores every declared input but the identity ones, and protects", () => {
        expect(
            takeOverOptions(
                "cgr_0123456789abcdef",
                { clientId: "c", audience: "a", scopes: [], subjectType: "client" },
                ["clientId", "audience"],
            ),
        ).toEqual({
            import: "cgr_0123456789abcdef",
            ignoreChanges: ["scopes", "subjectType"],
            protect: true,
        });
    });
});
