import { RunError } from "@pulumi/pulumi";
import { StackConfigError, RawStackConfig, validateStackConfig } from "../config/stackSettings";

/** A complete, valid dev configuration; each bad case below changes one thing. */
const valid: RawStackConfig = {
    "auth0:domain": "acme-dev.us.auth0.com",
    portalAudience: "https://api.dev.acme.com/portal",
    konnectPortalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
};
const env = { KONNECT_TOKEN: "kpat_env_token_value" };

function problemsOf(
    raw: RawStackConfig,
    stack = "dev",
    environment: Record<string, string> = env,
    setKeys: readonly string[] = [],
) {
    try {
        validateStackConfig(stack, raw, environment, setKeys);
    } catch (e) {
        expect(e).toBeInstanceOf(StackConfigError);
        return e as StackConfigError;
    }
    throw new Error("expected a StackConfigError");
}

describe("validateStackConfig accepts good configuration", () => {
    it("derives issuer, Management API audience and defaults from a dev stack", () => {
        const s = validateStackConfig("dev", valid, env);
        expect(s.environment).toBe("dev");
        expect(s.nameSuffix).toBe(" (dev)");
        expect(s.auth0).toMatchObject({
            tenant: "acme-dev",
            region: "us",
            issuer: "https://acme-dev.us.auth0.com",
            managementApiAudience: "https://acme-dev.us.auth0.com/api/v2/",
        });
        expect(s.portalAudience).toEqual({
            identifier: "https://api.dev.acme.com/portal",
            name: "Konnect Portal API (dev)",
            create: true,
        });
        expect(s.protectResources).toBe(false);
        expect(s.developerManagedScopes).toBe(false);
        expect(s.konnect).toMatchObject({
            serverUrl: "https://us.api.konghq.com",
            portalKind: "v3",
            // auth0-dcr-<environment>-<the portal id's first 8 characters>: two portals' dev stacks differ.
            dcrProviderName: { value: "auth0-dcr-dev-5f1c3c9e", isDefault: true },
            authStrategyName: { value: "auth0-dcr-dev-5f1c3c9e", isDefault: true },
            authMethods: ["client_credentials", "bearer", "session"],
            verify: true,
            allowPortalWithoutDefault: false,
        });
        expect(s.exportDcrAdminClientSecret).toBe(true);
    });

    it("takes names set in the stack as they are (not defaults), and the two opt-outs as set", () => {
        const s = validateStackConfig(
            "dev",
            {
                ...valid,
                konnectDcrProviderName: "acme-dcr",
                konnectAuthStrategyName: "acme-oidc",
                allowPortalWithoutDefault: "true",
                exportDcrAdminClientSecret: "false",
            },
            env,
        );
        expect(s.konnect.dcrProviderName).toEqual({ value: "acme-dcr", isDefault: false });
        expect(s.konnect.authStrategyName).toEqual({ value: "acme-oidc", isDefault: false });
        expect(s.konnect.allowPortalWithoutDefault).toBe(true);
        expect(s.exportDcrAdminClientSecret).toBe(false);
    });

    it("accepts any API identifier Auth0 accepts as the portal audience: a URL, a URN, a plain name", () => {
        for (const identifier of ["urn:acme:portal", "portal-api", "https://api.acme.com/portal?v=1"]) {
            expect(
                validateStackConfig("dev", { ...valid, portalAudience: identifier }, env).portalAudience,
            ).toMatchObject({ identifier });
        }
    });

    it("uses the custom domain as issuer but keeps the Management API audience canonical", () => {
        const s = validateStackConfig(
            "prod",
            { ...valid, "auth0:domain": "acme.eu.auth0.com", auth0CustomDomain: "login.acme.com" },
            env,
        );
        expect(s.auth0.issuer).toBe("https://login.acme.com");
        expect(s.auth0.managementApiAudience).toBe("https://acme.eu.auth0.com/api/v2/");
        expect(s.protectResources).toBe(true);
    });

    it("accepts a legacy regionless tenant, an explicit server URL and KONNECT_SPAT", () => {
        const s = validateStackConfig(
            "staging",
            { ...valid, "auth0:domain": "acme.auth0.com", konnectServerUrl: "https://eu.api.konghq.com" },
            { KONNECT_SPAT: "spat_x" },
        );
        expect(s.auth0.region).toBeUndefined();
        expect(s.auth0.managementApiAudience).toBe("https://acme.auth0.com/api/v2/");
        expect(s.konnect.serverUrl).toBe("https://eu.api.konghq.com");
    });

    it("reads the published API ids from the list key that fits the portal kind, none by default", () => {
        expect(validateStackConfig("dev", valid, env).konnect.apiIds).toEqual([]);
        const v3 = validateStackConfig(
            "dev",
            {
                ...valid,
                konnectApiIds: '["9f5061ce-78f6-4452-9108-ad7c02821fd5","2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f"]',
            },
            env,
        );
        expect(v3.konnect.apiIds).toEqual([
            "9f5061ce-78f6-4452-9108-ad7c02821fd5",
            "2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
        ]);
        const classic = validateStackConfig(
            "dev",
            {
                ...valid,
                konnectPortalKind: "classic",
                konnectProductVersionIds: '["33f8380e-7798-4566-99e3-2edf2b57d289"]',
                konnectApiIds: "[]",
            },
            env,
        );
        expect(classic.konnect.apiIds).toEqual(["33f8380e-7798-4566-99e3-2edf2b57d289"]);
    });

    it("reads auth0:domain from AUTH0_DOMAIN when the setting is absent", () => {
        const { "auth0:domain": _, ...rest } = valid;
        expect(validateStackConfig("dev", rest, { ...env, AUTH0_DOMAIN: "acme-dev.eu.auth0.com" }).auth0.domain).toBe(
            "acme-dev.eu.auth0.com",
        );
    });
});

/** Each row: a change to the valid configuration, the key that must be named, and words of the expected form. */
const badInputs: Array<[string, RawStackConfig, string, RegExp]> = [
    [
        "domain with scheme",
        { "auth0:domain": "https://acme-dev.us.auth0.com" },
        "auth0:domain",
        /TENANT\.REGION\.auth0\.com.*no https:\/\//,
    ],
    ["domain with trailing slash", { "auth0:domain": "acme-dev.us.auth0.com/" }, "auth0:domain", /no trailing slash/],
    [
        "domain in an unknown region",
        { "auth0:domain": "acme-dev.xx.auth0.com" },
        "auth0:domain",
        /us, eu, au, jp, ca, uk/,
    ],
    [
        "custom domain given as auth0:domain",
        { "auth0:domain": "login.acme.com" },
        "auth0:domain",
        /not a custom domain/,
    ],
    ["tenant name too short", { "auth0:domain": "ab.us.auth0.com" }, "auth0:domain", /canonical Auth0 tenant domain/],
    ["uppercase tenant", { "auth0:domain": "ACME.us.auth0.com" }, "auth0:domain", /canonical Auth0 tenant domain/],
    [
        "custom domain equal to the canonical domain",
        { auth0CustomDomain: "acme-dev.us.auth0.com" },
        "konnect-auth0-dcr:auth0CustomDomain",
        /different from auth0:domain/,
    ],
    [
        "custom domain as a URL",
        { auth0CustomDomain: "https://login.acme.com/" },
        "konnect-auth0-dcr:auth0CustomDomain",
        /bare hostname/,
    ],
    [
        "custom domain on auth0.com",
        { auth0CustomDomain: "other.eu.auth0.com" },
        "konnect-auth0-dcr:auth0CustomDomain",
        /not a custom domain/,
    ],
    [
        "audience longer than the 600 characters Auth0 stores",
        { portalAudience: `urn:acme:${"x".repeat(592)}` },
        "konnect-auth0-dcr:portalAudience",
        /at most 600 characters, no spaces/,
    ],
    [
        "audience with a space",
        { portalAudience: "https://api.acme.com/my portal" },
        "konnect-auth0-dcr:portalAudience",
        /at most 600 characters, no spaces/,
    ],
    [
        "audience that is this tenant's Management API",
        { portalAudience: "https://acme-dev.us.auth0.com/api/v2/" },
        "konnect-auth0-dcr:portalAudience",
        /not an Auth0 Management API/,
    ],
    [
        "audience that is another tenant's Management API",
        { portalAudience: "https://other.eu.auth0.com/api/v2" },
        "konnect-auth0-dcr:portalAudience",
        /not an Auth0 Management API/,
    ],
    [
        "audience that is the custom domain's Management API",
        { auth0CustomDomain: "login.acme.com", portalAudience: "https://login.acme.com/api/v2/" },
        "konnect-auth0-dcr:portalAudience",
        /not an Auth0 Management API/,
    ],
    ["unknown environment", { environment: "qa" }, "konnect-auth0-dcr:environment", /one of dev, staging, prod/],
    [
        "boolean that is not true/false",
        { createPortalAudience: "yes" },
        "konnect-auth0-dcr:createPortalAudience",
        /true or false/,
    ],
    [
        "developer-managed scopes as a number",
        { developerManagedScopes: "1" },
        "konnect-auth0-dcr:developerManagedScopes",
        /true or false/,
    ],
    [
        "unknown Konnect region",
        { konnectRegion: "ap" },
        "konnect-auth0-dcr:konnectRegion",
        /one of us, eu, au, me, in, sg/,
    ],
    [
        "server URL over http",
        { konnectServerUrl: "http://us.api.konghq.com" },
        "konnect-auth0-dcr:konnectServerUrl",
        /https:\/\/<region>\.api\.konghq\.com/,
    ],
    [
        "server URL with trailing slash",
        { konnectServerUrl: "https://us.api.konghq.com/" },
        "konnect-auth0-dcr:konnectServerUrl",
        /no trailing slash/,
    ],
    [
        "server URL with a path",
        { konnectServerUrl: "https://us.api.konghq.com/v2" },
        "konnect-auth0-dcr:konnectServerUrl",
        /no path/,
    ],
    [
        "server URL on another https host",
        { konnectServerUrl: "https://konnect.attacker.example" },
        "konnect-auth0-dcr:konnectServerUrl",
        /one of us, eu, au, me, in, sg/,
    ],
    [
        "server URL that only starts like Konnect's",
        { konnectServerUrl: "https://us.api.konghq.com.attacker.example" },
        "konnect-auth0-dcr:konnectServerUrl",
        /<region>\.api\.konghq\.com/,
    ],
    [
        "server URL in an undocumented region",
        { konnectServerUrl: "https://ap.api.konghq.com" },
        "konnect-auth0-dcr:konnectServerUrl",
        /one of us, eu, au, me, in, sg/,
    ],
    [
        "server URL over http on a private address",
        { konnectServerUrl: "http://10.0.0.8:8080" },
        "konnect-auth0-dcr:konnectServerUrl",
        /http:\/\/127\.0\.0\.1:<port>/,
    ],
    ["portal id that is not a UUID", { konnectPortalId: "my-portal" }, "konnect-auth0-dcr:konnectPortalId", /UUID/],
    ["unknown portal kind", { konnectPortalKind: "v2" }, "konnect-auth0-dcr:konnectPortalKind", /one of v3, classic/],
    [
        "unknown auth method",
        { konnectAuthMethods: '["client_credentials","magic"]' },
        "konnect-auth0-dcr:konnectAuthMethods[1]",
        /one of password, client_credentials, authorization_code, bearer, introspection, kong_oauth2, refresh_token, session/,
    ],
    [
        "empty DCR provider name",
        { konnectDcrProviderName: " " },
        "konnect-auth0-dcr:konnectDcrProviderName",
        /non-empty name/,
    ],
    [
        "audience name with angle brackets",
        { portalAudienceName: "<Portal>" },
        "konnect-auth0-dcr:portalAudienceName",
        /without < or >/,
    ],
    [
        "API id that is not a UUID",
        { konnectApiIds: '["9f5061ce-78f6-4452-9108-ad7c02821fd5","orders-api"]' },
        "konnect-auth0-dcr:konnectApiIds[1]",
        /a UUID such as 9f5061ce-78f6-4452-9108-ad7c02821fd5, the id of a Konnect API published on the portal/,
    ],
    [
        "API id listed twice",
        { konnectApiIds: '["9f5061ce-78f6-4452-9108-ad7c02821fd5","9F5061CE-78F6-4452-9108-AD7C02821FD5"]' },
        "konnect-auth0-dcr:konnectApiIds[1]",
        /an element not listed before: it repeats konnect-auth0-dcr:konnectApiIds\[0\], and each may be listed once/,
    ],
    [
        "empty element in the API id list",
        { konnectApiIds: '["9f5061ce-78f6-4452-9108-ad7c02821fd5",""]' },
        "konnect-auth0-dcr:konnectApiIds[1]",
        /a UUID such as/,
    ],
    [
        "product version ids on a v3 portal",
        { konnectProductVersionIds: '["33f8380e-7798-4566-99e3-2edf2b57d289"]' },
        "konnect-auth0-dcr:konnectProductVersionIds",
        /unset with konnectPortalKind v3.*use konnectApiIds/,
    ],
    [
        "API ids on a classic portal",
        { konnectPortalKind: "classic", konnectApiIds: '["9f5061ce-78f6-4452-9108-ad7c02821fd5"]' },
        "konnect-auth0-dcr:konnectApiIds",
        /unset with konnectPortalKind classic.*use konnectProductVersionIds/,
    ],
    [
        "product version id that is not a UUID",
        { konnectPortalKind: "classic", konnectProductVersionIds: '["v1"]' },
        "konnect-auth0-dcr:konnectProductVersionIds[0]",
        /a UUID such as 33f8380e-7798-4566-99e3-2edf2b57d289, the id of an API product version published on the portal/,
    ],
    [
        "API ids in the comma form",
        { konnectApiIds: "9f5061ce-78f6-4452-9108-ad7c02821fd5,2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f" },
        "konnect-auth0-dcr:konnectApiIds",
        /a list, not text \(the comma-separated form is refused\)/,
    ],
    [
        "auth methods in the comma form",
        { konnectAuthMethods: "client_credentials,bearer,session" },
        "konnect-auth0-dcr:konnectAuthMethods",
        /a list, not text \(the comma-separated form is refused\)/,
    ],
];

describe("validateStackConfig rejects bad input with the key, what it got and the expected form", () => {
    it.each(badInputs)("%s", (_label, change, key, expected) => {
        const error = problemsOf({ ...valid, ...change });
        const problem = error.problems.find((p) => p.key === key);
        expect(problem).toBeDefined();
        expect(problem!.expected).toMatch(expected);
        expect(error.message).toContain(`${key}: got `);
        expect(error.message).toMatch(expected);
    });

    it("names a missing domain, audience, portal and token together, in one error", () => {
        const error = problemsOf({}, "dev", {});
        expect(error.problems.map((p) => p.key).sort()).toEqual(
            [
                "auth0:domain",
                "KONNECT_TOKEN",
                "konnect-auth0-dcr:konnectPortalId",
                "konnect-auth0-dcr:portalAudience",
            ].sort(),
        );
        expect(error.message).toMatch(/^Invalid configuration for stack "dev" \(4 problems\):/);
        expect(error.message).toContain("KONNECT_TOKEN");
    });

    it("takes the token from KONNECT_TOKEN or KONNECT_SPAT of the run, and needs one", () => {
        expect(() => validateStackConfig("dev", valid, { KONNECT_TOKEN: "kpat_x" })).not.toThrow();
        expect(() => validateStackConfig("dev", valid, { KONNECT_SPAT: "spat_x" })).not.toThrow();
        expect(problemsOf(valid, "dev", { KONNECT_TOKEN: "   " }).problems.map((p) => p.key)).toEqual([
            "KONNECT_TOKEN",
        ]);
    });

    it("accepts only Konnect's regional hosts and loopback emulators as the server URL", () => {
        for (const url of [
            "https://eu.api.konghq.com",
            "https://sg.api.konghq.com",
            "http://127.0.0.1:8080",
            "http://localhost:9000",
            "http://[::1]:9000",
        ]) {
            expect(validateStackConfig("dev", { ...valid, konnectServerUrl: url }, env).konnect.serverUrl).toBe(url);
        }
    });

    it("lets the stack decide where Konnect is: a KONNECT_SERVER_URL naming another URL stops the run, naming both", () => {
        const byRegion = problemsOf({ ...valid, konnectRegion: "us" }, "dev", {
            ...env,
            KONNECT_SERVER_URL: "https://eu.api.konghq.com",
        });
        expect(byRegion.problems.map((p) => p.key)).toEqual(["KONNECT_SERVER_URL"]);
        expect(byRegion.message).toContain(
            'KONNECT_SERVER_URL: got "https://eu.api.konghq.com"; expected unset or https://us.api.konghq.com: ' +
                "the stack's own setting says where its Konnect objects are (konnect-auth0-dcr:konnectRegion us (https://us.api.konghq.com))",
        );
        const byUrl = problemsOf({ ...valid, konnectServerUrl: "http://127.0.0.1:8080" }, "dev", {
            ...env,
            KONNECT_SERVER_URL: "https://us.api.konghq.com",
        });
        expect(byUrl.message).toContain("(konnect-auth0-dcr:konnectServerUrl http://127.0.0.1:8080)");
    });

    it("takes a KONNECT_SERVER_URL that agrees with the stack (a trailing slash aside), and never goes where only it points", () => {
        for (const url of ["https://us.api.konghq.com", "https://us.api.konghq.com/"]) {
            expect(validateStackConfig("dev", valid, { ...env, KONNECT_SERVER_URL: url }).konnect.serverUrl).toBe(
                "https://us.api.konghq.com",
            );
        }
        const elsewhere = problemsOf(valid, "dev", { ...env, KONNECT_SERVER_URL: "https://collector.example.net" });
        expect(elsewhere.problems.map((p) => p.key)).toEqual(["KONNECT_SERVER_URL"]);
    });

    it("never echoes a token carried in a rejected server URL", () => {
        const token = "kpat_LeakedToken0123456789";
        for (const url of [
            `https://user:${token}@evil.example.com`,
            `https://evil.example.com/?t=${token}`,
            token,
            `https://${token}.example.com`,
        ]) {
            const error = problemsOf({ ...valid, konnectServerUrl: url });
            expect(error.problems.map((p) => p.key)).toEqual(["konnect-auth0-dcr:konnectServerUrl"]);
            expect(error.message).not.toContain(token);
        }
    });

    it("refuses credentials among the settings, by name only, saying which variable to use instead", () => {
        const error = problemsOf(valid, "dev", env, [
            "konnect-auth0-dcr:portalAudience",
            "konnect-auth0-dcr:konnectToken",
            "auth0:clientSecret",
        ]);
        expect(error.problems.map((p) => [p.key, p.got])).toEqual([
            ["konnect-auth0-dcr:konnectToken", "a value in the stack configuration (not shown)"],
            ["auth0:clientSecret", "a value in the stack configuration (not shown)"],
        ]);
        expect(error.problems[0].expected).toContain("KONNECT_TOKEN (or KONNECT_SPAT) in the environment of pulumi");
        expect(error.problems[0].expected).toContain("pulumi config rm konnect-auth0-dcr:konnectToken");
        expect(error.problems[1].expected).toContain("AUTH0_CLIENT_SECRET in the environment of pulumi");
    });

    it("refuses a key of the project's namespace it does not know, naming the nearest known one; path forms belong to their key", () => {
        const error = problemsOf(valid, "dev", env, [
            "konnect-auth0-dcr:protectResource",
            "konnect-auth0-dcr:konnectApiIds[0]",
            "konnect-auth0-dcr:konnectApiId",
            "auth0:domain",
            "aws:region",
        ]);
        expect(error.problems.map((p) => [p.key, p.expected])).toEqual([
            [
                "konnect-auth0-dcr:protectResource",
                "a known setting: did you mean konnect-auth0-dcr:protectResources? (pulumi config rm konnect-auth0-dcr:protectResource)",
            ],
            [
                "konnect-auth0-dcr:konnectApiId",
                "a known setting: did you mean konnect-auth0-dcr:konnectApiIds? (pulumi config rm konnect-auth0-dcr:konnectApiId)",
            ],
        ]);
    });

    it("needs an environment name when the stack name is not one", () => {
        const error = problemsOf(valid, "feature-x");
        expect(error.problems[0]).toMatchObject({ key: "konnect-auth0-dcr:environment", got: "nothing (unset)" });
    });
});

describe("StackConfigError under pulumi up", () => {
    it("is a Pulumi RunError, so the engine prints its message without a stack trace", () => {
        expect(RunError.isInstance(problemsOf({}, "dev", {}))).toBe(true);
    });
});

describe("take-over settings (adoptDcrAdminClientId, adoptDcrAdminGrantId, adoptPortalAudienceId)", () => {
    const adopt = {
        adoptDcrAdminClientId: "Xk3pQ9rT2vW8yZ1aB4cD6eF7gH0jK5mN",
        adoptDcrAdminGrantId: "cgr_4pI9a42haOLLWnwq",
        adoptPortalAudienceId: "5c4a1d3b8f0e6a2d7c9b1e0f",
    };

    it("take nothing over when unset", () => {
        expect(validateStackConfig("dev", valid, env).adopt).toEqual({});
    });

    it("accept the ids in the forms Auth0 gives them", () => {
        expect(validateStackConfig("dev", { ...valid, ...adopt }, env).adopt).toEqual({
            dcrAdmin: { clientId: adopt.adoptDcrAdminClientId, grantId: adopt.adoptDcrAdminGrantId },
            portalAudienceId: adopt.adoptPortalAudienceId,
        });
    });

    it("name each id that is not in its form, with where to find the right one", () => {
        const e = problemsOf({
            ...valid,
            adoptDcrAdminClientId: "Konnect Portal DCR Admin",
            adoptDcrAdminGrantId: "4pI9a42haOLLWnwq",
            adoptPortalAudienceId: "https://api.dev.acme.com/portal",
        });
        expect(e.problems.map((p) => p.key)).toEqual([
            "konnect-auth0-dcr:adoptDcrAdminClientId",
            "konnect-auth0-dcr:adoptDcrAdminGrantId",
            "konnect-auth0-dcr:adoptPortalAudienceId",
        ]);
        expect(e.problems[0].expected).toContain("32 letters and digits");
        expect(e.problems[1].expected).toContain("cgr_");
        expect(e.problems[2]).toMatchObject({
            got: '"https://api.dev.acme.com/portal"',
            expected: expect.stringContaining("not its identifier URI"),
        });
    });

    it("take the admin application over only together with its grant", () => {
        expect(problemsOf({ ...valid, adoptDcrAdminClientId: adopt.adoptDcrAdminClientId }).problems).toEqual([
            expect.objectContaining({ key: "konnect-auth0-dcr:adoptDcrAdminGrantId", got: "nothing (unset)" }),
        ]);
        expect(problemsOf({ ...valid, adoptDcrAdminGrantId: adopt.adoptDcrAdminGrantId }).problems).toEqual([
            expect.objectContaining({ key: "konnect-auth0-dcr:adoptDcrAdminClientId", got: "nothing (unset)" }),
        ]);
    });

    it("refuse an API id when the stack only looks the API up", () => {
        const e = problemsOf({
            ...valid,
            createPortalAudience: "false",
            adoptPortalAudienceId: adopt.adoptPortalAudienceId,
        });
        expect(e.problems).toEqual([
            expect.objectContaining({
                key: "konnect-auth0-dcr:adoptPortalAudienceId",
                expected: expect.stringContaining("createPortalAudience is false"),
            }),
        ]);
    });
});

describe("list settings (konnectApiIds, konnectProductVersionIds, konnectAuthMethods) are lists", () => {
    // Each value is the JSON text the Pulumi CLI hands the program for a `type: array` setting.
    it("reads auth methods from a list, merging a repeat as before", () => {
        const s = validateStackConfig(
            "dev",
            { ...valid, konnectAuthMethods: '["bearer","client_credentials","bearer"]' },
            env,
        );
        expect(s.konnect.authMethods).toEqual(["bearer", "client_credentials"]);
    });

    it("treats an empty list as unset: the default auth methods, no published APIs, either portal kind", () => {
        const s = validateStackConfig(
            "dev",
            { ...valid, konnectAuthMethods: "[]", konnectApiIds: "[]", konnectProductVersionIds: "[]" },
            env,
        );
        expect(s.konnect.authMethods).toEqual(["client_credentials", "bearer", "session"]);
        expect(s.konnect.apiIds).toEqual([]);
        const classic = validateStackConfig(
            "dev",
            { ...valid, konnectPortalKind: "classic", konnectApiIds: "[]", konnectProductVersionIds: "[]" },
            env,
        );
        expect(classic.konnect.apiIds).toEqual([]);
    });

    it("refuses the comma form with one error that shows the YAML list and the pulumi config set --path commands", () => {
        const error = problemsOf({
            ...valid,
            konnectApiIds: "9f5061ce-78f6-4452-9108-ad7c02821fd5,2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
        });
        expect(error.problems).toHaveLength(1);
        expect(error.message).toBe(
            'Invalid configuration for stack "dev" (1 problem):\n' +
                '  - konnect-auth0-dcr:konnectApiIds: got "9f5061ce-78f6-4452-9108-ad7c02821fd5,2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f"; ' +
                "expected a list, not text (the comma-separated form is refused). In Pulumi.dev.yaml, under config:, write a YAML list\n" +
                "        konnect-auth0-dcr:konnectApiIds:\n" +
                "          - 9f5061ce-78f6-4452-9108-ad7c02821fd5\n" +
                "          - 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f\n" +
                "      or run\n" +
                "        pulumi config rm konnect-auth0-dcr:konnectApiIds\n" +
                "        pulumi config set --path 'konnect-auth0-dcr:konnectApiIds[0]' 9f5061ce-78f6-4452-9108-ad7c02821fd5\n" +
                "        pulumi config set --path 'konnect-auth0-dcr:konnectApiIds[1]' 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f\n" +
                "      (an empty list, [], leaves it unset)",
        );
    });

    it("refuses a single value given as text, and the comma form of the auth methods, showing the list to write", () => {
        const single = problemsOf({ ...valid, konnectApiIds: "9f5061ce-78f6-4452-9108-ad7c02821fd5" });
        expect(single.problems).toEqual([
            expect.objectContaining({
                key: "konnect-auth0-dcr:konnectApiIds",
                got: '"9f5061ce-78f6-4452-9108-ad7c02821fd5"',
            }),
        ]);
        expect(single.message).toContain(
            "        konnect-auth0-dcr:konnectApiIds:\n          - 9f5061ce-78f6-4452-9108-ad7c02821fd5\n      or run",
        );
        const methods = problemsOf({ ...valid, konnectAuthMethods: "client_credentials, bearer" }, "staging");
        expect(methods.problems.map((p) => p.key)).toEqual(["konnect-auth0-dcr:konnectAuthMethods"]);
        expect(methods.message).toContain(
            "In Pulumi.staging.yaml, under config:, write a YAML list\n" +
                "        konnect-auth0-dcr:konnectAuthMethods:\n" +
                "          - client_credentials\n" +
                "          - bearer\n",
        );
        expect(methods.message).toContain(
            "        pulumi config set --path 'konnect-auth0-dcr:konnectAuthMethods[1]' bearer\n",
        );
    });

    it("names the key and the index of every bad element in one error: not a UUID, not text, listed twice", () => {
        const error = problemsOf({
            ...valid,
            konnectApiIds: '["9f5061ce-78f6-4452-9108-ad7c02821fd5","nope",5,"9F5061CE-78F6-4452-9108-AD7C02821FD5"]',
        });
        expect(error.message).toBe(
            'Invalid configuration for stack "dev" (3 problems):\n' +
                '  - konnect-auth0-dcr:konnectApiIds[1]: got "nope"; expected a UUID such as 9f5061ce-78f6-4452-9108-ad7c02821fd5, the id of a Konnect API published on the portal\n' +
                "  - konnect-auth0-dcr:konnectApiIds[2]: got 5; expected a UUID such as 9f5061ce-78f6-4452-9108-ad7c02821fd5, the id of a Konnect API published on the portal\n" +
                '  - konnect-auth0-dcr:konnectApiIds[3]: got "9F5061CE-78F6-4452-9108-AD7C02821FD5"; expected an element not listed before: it repeats konnect-auth0-dcr:konnectApiIds[0], and each may be listed once',
        );
    });

    it("refuses the other portal kind's list, showing it as the list it is", () => {
        const error = problemsOf({
            ...valid,
            konnectPortalKind: "classic",
            konnectApiIds: '["9f5061ce-78f6-4452-9108-ad7c02821fd5"]',
            konnectProductVersionIds: '["33f8380e-7798-4566-99e3-2edf2b57d289"]',
        });
        expect(error.problems).toEqual([
            {
                key: "konnect-auth0-dcr:konnectApiIds",
                got: '["9f5061ce-78f6-4452-9108-ad7c02821fd5"]',
                expected:
                    "unset with konnectPortalKind classic: it lists v3 portal publications; use konnectProductVersionIds instead",
            },
        ]);
    });

    it("refuses more than 10 auth methods, as before", () => {
        const eleven = JSON.stringify(Array(11).fill("bearer"));
        expect(problemsOf({ ...valid, konnectAuthMethods: eleven }).problems).toEqual([
            {
                key: "konnect-auth0-dcr:konnectAuthMethods",
                got: "a list of 11 elements",
                expected: "a list of 1 to 10 elements",
            },
        ]);
    });
});
