/**
 * The reads the program makes before it registers anything, against the Konnect emulator: what would otherwise
 * fail half-way through `pulumi up` (a missing portal, an unpublished API, a name another stack owns) stops the
 * run with one error naming the setting, and nothing is written.
 */
import { RunError } from "@pulumi/pulumi";
import { KonnectEmulator, startKonnectEmulator } from "../emulators/konnect";
import { KonnectPreflightError, konnectLabels, konnectPreflight, KonnectPreflightSpec } from "../konnect";
import { runProgramOffline } from "../offline/programRunner";
import { oidcStrategyBody } from "./support/konnectFixtures";

const OURS = { organization: "organization", project: "konnect-auth0-dcr", stack: "dev" };

let emulator: KonnectEmulator;
let portalId: string;

beforeAll(async () => {
    emulator = await startKonnectEmulator();
});
afterAll(async () => {
    await emulator.close();
});
beforeEach(() => {
    portalId = emulator.addPortal({ name: `portal-${Math.random().toString(36).slice(2, 8)}` }).id;
    emulator.resetRequests();
});

function spec(overrides: Partial<KonnectPreflightSpec> = {}): KonnectPreflightSpec {
    return {
        serverUrl: emulator.url,
        portalId,
        portalKind: "v3",
        apiIdsSetting: "konnect-auth0-dcr:konnectApiIds",
        apiIds: [],
        dcrProviderName: `dcr-${portalId.slice(0, 8)}`,
        authStrategyName: `oidc-${portalId.slice(0, 8)}`,
        labels: konnectLabels(OURS),
        ...overrides,
    };
}

const run = (s: KonnectPreflightSpec) => konnectPreflight(s, { KONNECT_TOKEN: emulator.token });
const writes = () => emulator.requests.filter((r) => r.method !== "GET");

test("a stack Konnect is ready for passes with reads only", async () => {
    const apiId = emulator.addApi({ name: "orders" }).id;
    emulator.publishApi({ apiId, portalId, authStrategyIds: null });
    await expect(run(spec({ apiIds: [apiId] }))).resolves.toBeUndefined();
    expect(writes()).toEqual([]);
});

test("an API that is not published on the portal is named with its setting's index, before any write", async () => {
    const published = emulator.addApi({ name: "orders" }).id;
    emulator.publishApi({ apiId: published, portalId });
    const unpublished = emulator.addApi({ name: "payments" }).id;
    const error: KonnectPreflightError = await run(spec({ apiIds: [published, unpublished] })).catch((e) => e);
    expect(error).toBeInstanceOf(KonnectPreflightError);
    expect(error.problems).toEqual([
        `konnect-auth0-dcr:konnectApiIds[1]: "payments" (${unpublished}) is not published on the Dev Portal ` +
            `"${emulator.portals.get(portalId)!.name}" (${portalId}); publish it there first, or remove it from the list`,
    ]);
    expect(error.message).toMatch(/^Konnect is not ready for this stack \(1 problem\); nothing was changed/);
    expect(writes()).toEqual([]);
});

/** A DCR provider with the name this stack's would have, as another team made it. */
function sameNameDcrProvider(): { name: string; id: string } {
    const name = `dcr-${portalId.slice(0, 8)}`;
    const { id } = emulator.addDcrProvider({
        name,
        issuer: "https://acme-dev.us.auth0.com",
        initialClientId: "another-client",
        initialClientSecret: "another-secret-value",
    });
    return { name, id };
}

test("a portal that is not there (another kind, another region) is named with the setting to check", async () => {
    const missing = "0b7e5b8e-2b7a-4e4b-9a0e-3c2f4b1d6a77";
    const error: KonnectPreflightError = await run(spec({ portalId: missing })).catch((e) => e);
    expect(error.problems).toEqual([
        `konnect-auth0-dcr:konnectPortalId: Konnect has no Dev Portal ${missing} at ${emulator.url}; ` +
            "check the portal id, its kind (konnect-auth0-dcr:konnectPortalKind) and the region",
    ]);
});

test("a same-name DCR provider another stack owns is refused before any write, naming its owner; ours is fine", async () => {
    const { name, id: theirs } = sameNameDcrProvider();
    Object.assign(emulator.dcrProviders.get(theirs)!.labels, konnectLabels({ ...OURS, project: "billing-portal" }));
    const error: KonnectPreflightError = await run(spec()).catch((e) => e);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain(
        `Konnect already has a DCR provider named "${name}" (${theirs}), and its labels say another Pulumi stack ` +
            'owns it: organization "organization", project "billing-portal", stack "dev".',
    );
    Object.assign(emulator.dcrProviders.get(theirs)!.labels, konnectLabels(OURS));
    await expect(run(spec())).resolves.toBeUndefined();
    expect(writes()).toEqual([]);
});

test("a same-name strategy of another type is refused (a strategy's type cannot change)", async () => {
    const name = `oidc-${portalId.slice(0, 8)}`;
    const keyAuth = emulator.addAuthStrategy({
        name,
        display_name: "Key auth",
        strategy_type: "key_auth",
        configs: { "key-auth": { key_names: ["apikey"] } },
    }).id;
    const error: KonnectPreflightError = await run(spec()).catch((e) => e);
    expect(error.problems).toEqual([
        `Konnect already has a key_auth application auth strategy named "${name}" (${keyAuth}); choose another ` +
            "name or delete it (its type cannot change).",
    ]);
});

test("an API id Konnect has no API for is named by its id alone", async () => {
    const unknown = "3c6a0c2e-2b7a-4e4b-9a0e-3c2f4b1d6a77";
    const error: KonnectPreflightError = await run(spec({ apiIds: [unknown] })).catch((e) => e);
    expect(error.problems).toEqual([
        `konnect-auth0-dcr:konnectApiIds[0]: ${unknown} is not published on the Dev Portal ` +
            `"${emulator.portals.get(portalId)!.name}" (${portalId}); publish it there first, or remove it from the list`,
    ]);
});

test("a classic portal's product version is read on the classic portal alone: no v3 API is looked up for its name", async () => {
    const classic = emulator.addPortal({ name: `classic-${portalId.slice(0, 8)}`, kind: "classic" }).id;
    const missing = "0b7e5b8e-2b7a-4e4b-9a0e-3c2f4b1d6a77";
    emulator.resetRequests();
    const error: KonnectPreflightError = await run(
        spec({
            portalId: classic,
            portalKind: "classic",
            apiIdsSetting: "konnect-auth0-dcr:konnectProductVersionIds",
            apiIds: [missing],
        }),
    ).catch((e) => e);
    expect(error.problems).toEqual([
        `konnect-auth0-dcr:konnectProductVersionIds[0]: ${missing} is not published on the classic portal ` +
            `"classic-${portalId.slice(0, 8)}" (${classic}); publish it there first, or remove it from the list`,
    ]);
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /v2/portals/${classic}`,
        `GET /v2/portals/${classic}/product-versions/${missing}`,
        "GET /v2/dcr-providers",
        "GET /v2/application-auth-strategies",
    ]);
});

test("a same-name DCR provider of another type is refused (a provider's type cannot change)", async () => {
    const name = `dcr-${portalId.slice(0, 8)}`;
    const okta = emulator.addDcrProvider({
        name,
        issuer: "https://acme.okta.com",
        initialClientId: "okta-client",
        initialClientSecret: "okta-secret-value",
    }).id;
    emulator.dcrProviders.get(okta)!.provider_type = "okta";
    const error: KonnectPreflightError = await run(spec()).catch((e) => e);
    expect(error.problems).toEqual([
        `Konnect already has a okta DCR provider named "${name}" (${okta}); choose another name or delete it ` +
            "(its type cannot change).",
    ]);
});

test("a same-name DCR provider another stack owns names the setting that renames this stack's", async () => {
    const { name, id: theirs } = sameNameDcrProvider();
    Object.assign(emulator.dcrProviders.get(theirs)!.labels, konnectLabels({ ...OURS, stack: "prod" }));
    const error: KonnectPreflightError = await run(spec()).catch((e) => e);
    expect(error.problems).toEqual([
        `Konnect already has a DCR provider named "${name}" (${theirs}), and its labels say another Pulumi stack ` +
            'owns it: organization "organization", project "konnect-auth0-dcr", stack "prod". This stack does not ' +
            "take it over and changed nothing in Konnect. Either give this stack's DCR provider another name " +
            "(pulumi config set konnect-auth0-dcr:konnectDcrProviderName <name>), or, if that stack is truly gone, " +
            "remove the labels pulumi-organization, pulumi-project, pulumi-stack from the DCR provider in Konnect " +
            "and run pulumi up again to take it over.",
    ]);
});

test("a same-name OpenID Connect strategy is this stack's to adopt when its labels are ours, and refused when another stack's", async () => {
    const name = `oidc-${portalId.slice(0, 8)}`;
    const strategy = emulator.addAuthStrategy(oidcStrategyBody(name, { labels: konnectLabels(OURS) })).id;
    await expect(run(spec())).resolves.toBeUndefined();
    Object.assign(emulator.authStrategies.get(strategy)!.labels, konnectLabels({ ...OURS, stack: "prod" }));
    const error: KonnectPreflightError = await run(spec()).catch((e) => e);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain(
        `Konnect already has an application auth strategy named "${name}" (${strategy}), and its labels say ` +
            "another Pulumi stack owns it",
    );
    expect(error.problems[0]).toContain("(pulumi config set konnect-auth0-dcr:konnectAuthStrategyName <name>)");
});

test("the refusal counts and lists every problem, and says nothing was changed", () => {
    const error = new KonnectPreflightError(["first problem", "second problem"]);
    expect(error.message).toBe(
        "Konnect is not ready for this stack (2 problems); nothing was changed in Auth0 or Konnect:\n" +
            "  - first problem\n" +
            "  - second problem",
    );
    expect(new KonnectPreflightError(["only problem"]).message).toBe(
        "Konnect is not ready for this stack (1 problem); nothing was changed in Auth0 or Konnect:\n  - only problem",
    );
});

test("the refusal is a Pulumi RunError, which the CLI prints as its message alone, under its own name", () => {
    const error = new KonnectPreflightError(["a problem"]);
    expect(RunError.isInstance(error)).toBe(true);
    expect(error.name).toBe("KonnectPreflightError");
    expect(String(error)).toBe(
        "KonnectPreflightError: Konnect is not ready for this stack (1 problem); nothing was changed in Auth0 or " +
            "Konnect:\n  - a problem",
    );
});

test("a token Konnect refuses stops the run naming the variable it came from, never its value", async () => {
    const wrong = "kpat_RevokedPreflightToken0000";
    const error: Error = await konnectPreflight(spec(), { KONNECT_TOKEN: wrong }).catch((e) => e);
    expect(error).toBeInstanceOf(KonnectPreflightError);
    expect(error.message).toContain("Konnect rejected the token from KONNECT_TOKEN");
    expect(error.message).not.toContain(wrong);
});

test("the program registers nothing when the preflight refuses: no Auth0 object is made before a Konnect problem", async () => {
    const refused = new KonnectPreflightError(["konnect-auth0-dcr:konnectApiIds[0]: not published"]);
    const failure = runProgramOffline({
        stack: "dev",
        konnectPreflight: async () => {
            throw refused;
        },
    });
    await expect(failure).rejects.toBe(refused);
});
