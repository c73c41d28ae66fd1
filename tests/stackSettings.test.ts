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
    hasSecretToken = false,
) {
    try {
        validateStackConfig(stack, raw, environment, hasSecretToken);
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
            tokenSource: "env:KONNECT_TOKEN",
            portalKind: "v3",
            dcrProviderName: "auth0-dcr-dev",
            authStrategyName: "auth0-dcr-dev",
            authMethods: ["client_credentials", "bearer", "session"],
            verify: true,
        });
    });

    it("uses the custom domain as issuer but keeps the Management API audience canonical", () => {
        const s = validateStackConfig(
            "prod",
            { ...valid, "auth0:domain": "acme.eu.auth0.com", auth0CustomDomain: "login.acme.com" },
            env,
            true,
        );
        expect(s.auth0.issuer).toBe("https://login.acme.com");
        expect(s.auth0.managementApiAudience).toBe("https://acme.eu.auth0.com/api/v2/");
        expect(s.protectResources).toBe(true);
        expect(s.konnect.tokenSource).toBe("config:konnectToken");
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
        expect(s.konnect.tokenSource).toBe("env:KONNECT_SPAT");
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
        "audience that is not a URI",
        { portalAudience: "portal-api" },
        "konnect-auth0-dcr:portalAudience",
        /absolute URI/,
    ],
    [
        "audience with a space",
        { portalAudience: "https://api.acme.com/my portal" },
        "konnect-auth0-dcr:portalAudience",
        /absolute URI/,
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
        /https:\/\/ URL/,
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
    ["portal id that is not a UUID", { konnectPortalId: "my-portal" }, "konnect-auth0-dcr:konnectPortalId", /UUID/],
    ["unknown portal kind", { konnectPortalKind: "v2" }, "konnect-auth0-dcr:konnectPortalKind", /one of v3, classic/],
    [
        "unknown auth method",
        { konnectAuthMethods: "client_credentials,magic" },
        "konnect-auth0-dcr:konnectAuthMethods",
        /comma-separated list/,
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
                "konnect-auth0-dcr:konnectPortalId",
                "konnect-auth0-dcr:konnectToken",
                "konnect-auth0-dcr:portalAudience",
            ].sort(),
        );
        expect(error.message).toMatch(/^Invalid configuration for stack "dev" \(4 problems\):/);
        expect(error.message).toContain("KONNECT_TOKEN");
    });

    it("rejects a plaintext konnectToken without echoing its value", () => {
        const error = problemsOf({ ...valid, konnectToken: "kpat_plaintext_value" });
        const problem = error.problems.find((p) => p.key === "konnect-auth0-dcr:konnectToken");
        expect(problem?.expected).toMatch(/--secret/);
        expect(error.message).not.toContain("kpat_plaintext_value");
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
