/**
 * The Konnect resources' `check`, rule by rule, against the limits of Kong's OpenAPI documents
 * (application-auth-strategies v2: `scopes` at most 50 entries of at most 128 characters, `credential_claim` and
 * `auth_methods` at most 10 of 128 and 64; names at most 256 characters; ids are UUIDs) and the engine's unknown
 * value during preview. Each failure names its input and the expected form.
 */
import {
    checkAuthStrategyInputs,
    checkBindingInputs,
    checkDcrProviderInputs,
    checkPublicationInputs,
    checkVerificationInputs,
    containsUnknown,
    UNKNOWN_VALUE,
} from "../konnect/validation";

const ID = "5f9fd312-a987-4628-b4c5-bb4f4fddd5f7";
const SERVER = "https://us.api.konghq.com";
const labels = { "managed-by": "konnect-auth0-dcr", "pulumi-stack": "dev" };

const strategy = {
    serverUrl: SERVER,
    name: "auth0-dev",
    displayName: "Auth0 (dev)",
    issuer: "https://acme-dev.us.auth0.com",
    audience: "https://api.dev.acme.com/portal",
    scopes: ["openid"],
    credentialClaim: ["azp"],
    authMethods: ["client_credentials", "bearer"],
    dcrProviderId: ID,
    labels,
};

const provider = {
    serverUrl: SERVER,
    name: "auth0-dcr-dev",
    issuer: "https://acme-dev.us.auth0.com",
    initialClientId: "cid",
    initialClientSecret: "s",
    labels,
};

const reasons = (failures: { property: string; reason: string }[]) => failures.map((f) => `${f.property}: ${f.reason}`);

describe("containsUnknown", () => {
    it("finds the preview's unknown value at any depth, and nothing in known values", () => {
        expect(containsUnknown(UNKNOWN_VALUE)).toBe(true);
        expect(containsUnknown(["a", UNKNOWN_VALUE])).toBe(true);
        expect(containsUnknown({ a: { b: [UNKNOWN_VALUE] } })).toBe(true);
        expect(containsUnknown({ a: ["b"], c: null, d: 1 })).toBe(false);
        expect(containsUnknown(null)).toBe(false);
    });

    it("finds the unknown value in any one field of an object, and none in an empty object", () => {
        expect(containsUnknown({ name: "auth0-dev", dcrProviderId: UNKNOWN_VALUE })).toBe(true);
        expect(containsUnknown({})).toBe(false);
    });
});

describe("auth strategy inputs", () => {
    it("accept a complete OpenID Connect strategy at the documented limits", () => {
        expect(checkAuthStrategyInputs(strategy)).toEqual([]);
        expect(
            checkAuthStrategyInputs({
                ...strategy,
                name: "n".repeat(256),
                scopes: Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(128, "s")),
                credentialClaim: Array.from({ length: 10 }, () => "c".repeat(128)),
            }),
        ).toEqual([]);
    });

    it("refuse one entry or one character more than the documented limits, and empty lists", () => {
        expect(
            reasons(
                checkAuthStrategyInputs({
                    ...strategy,
                    name: "n".repeat(257),
                    scopes: Array.from({ length: 51 }, () => "s"),
                    credentialClaim: ["c".repeat(129)],
                    authMethods: [],
                }),
            ),
        ).toEqual([
            "name: name must be 1 to 256 characters long, got 257",
            "scopes: scopes must have 1 to 50 entries, got 51",
            'credentialClaim: credentialClaim entries must be 1 to 128 characters long, got "' + "c".repeat(129) + '"',
            "authMethods: authMethods must have 1 to 10 entries, got 0",
        ]);
    });

    it("refuse a blank name, an empty entry, a non-string entry, an unsupported auth method and a non-UUID provider id", () => {
        expect(
            reasons(
                checkAuthStrategyInputs({
                    ...strategy,
                    displayName: "  ",
                    scopes: ["openid", ""],
                    credentialClaim: ["azp", 7],
                    authMethods: ["bearer", "magic"],
                    dcrProviderId: "auth0-dcr-dev",
                }),
            ),
        ).toEqual([
            "displayName: displayName must be 1 to 256 characters long, got 2",
            'scopes: scopes entries must be 1 to 128 characters long, got ""',
            "credentialClaim: credentialClaim must be a list of strings",
            "authMethods: authMethods has unsupported entries magic; allowed: password, client_credentials, authorization_code, bearer, introspection, kong_oauth2, refresh_token, session",
            'dcrProviderId: dcrProviderId must be a UUID, got "auth0-dcr-dev"',
        ]);
    });

    it("name each missing input as required, and skip inputs not known yet", () => {
        expect(reasons(checkAuthStrategyInputs({ serverUrl: SERVER }))).toEqual([
            "name: name is required",
            "displayName: displayName is required",
            "issuer: issuer is required",
            "audience: audience is required",
            "scopes: scopes is required",
            "credentialClaim: credentialClaim is required",
            "authMethods: authMethods is required",
            "dcrProviderId: dcrProviderId is required",
            "labels: labels is required",
        ]);
        const unknown = Object.fromEntries(Object.keys(strategy).map((key) => [key, UNKNOWN_VALUE]));
        expect(checkAuthStrategyInputs(unknown)).toEqual([]);
        expect(checkAuthStrategyInputs({ ...strategy, scopes: ["openid", UNKNOWN_VALUE] })).toEqual([]);
    });

    it("name a null input as required, like a missing one", () => {
        expect(reasons(checkAuthStrategyInputs({ ...strategy, name: null }))).toEqual(["name: name is required"]);
    });

    it("list every unsupported auth method, and every label problem, separated", () => {
        expect(
            reasons(
                checkAuthStrategyInputs({
                    ...strategy,
                    authMethods: ["bearer", "magic", "telepathy"],
                    labels: { "kong-team": "x", env: "-dev" },
                }),
            ),
        ).toEqual([
            "authMethods: authMethods has unsupported entries magic, telepathy; allowed: password, client_credentials, authorization_code, bearer, introspection, kong_oauth2, refresh_token, session",
            'labels: label key "kong-team" must not start with "kong"; label "env" value "-dev" must be 1 to 63 letters, digits, "-", "." or "_", starting and ending with a letter or digit',
        ]);
    });

    it("refuse an issuer over plain http even on a loopback host, one with a path, and an audience over 256 characters", () => {
        const issuerForm = "issuer (the Auth0 tenant or custom domain, e.g. https://acme.us.auth0.com)";
        expect(
            reasons(
                checkAuthStrategyInputs({ ...strategy, issuer: "http://127.0.0.1:8080", audience: "a".repeat(257) }),
            ),
        ).toEqual([
            `issuer: ${issuerForm} must use https, got "http://127.0.0.1:8080"`,
            "audience: audience must be 1 to 256 characters long, got 257",
        ]);
        expect(reasons(checkAuthStrategyInputs({ ...strategy, issuer: "https://acme.us.auth0.com/tenant" }))).toEqual([
            `issuer: ${issuerForm} must have no path, got "https://acme.us.auth0.com/tenant"`,
        ]);
    });

    it("refuse a name that is not a string, and labels that are not a map", () => {
        expect(reasons(checkAuthStrategyInputs({ ...strategy, name: 5, labels: ["a"] }))).toEqual([
            "name: name must be a string",
            "labels: labels must be a map of strings",
        ]);
        expect(reasons(checkAuthStrategyInputs({ ...strategy, labels: "managed-by" }))).toEqual([
            "labels: labels must be a map of strings",
        ]);
    });
});

describe("DCR provider inputs", () => {
    const issuerForm = "issuer (the Auth0 tenant or custom domain, e.g. https://acme.us.auth0.com)";

    it("refuse an issuer that is not a URL, has a query or credentials, or is longer than 256 characters", () => {
        const issuer = (value: unknown) => reasons(checkDcrProviderInputs({ ...provider, issuer: value }));
        expect(issuer("acme.us.auth0.com")).toEqual([
            `issuer: ${issuerForm} must be an absolute URL, got "acme.us.auth0.com"`,
        ]);
        expect(issuer("https://acme.us.auth0.com?x=1")).toEqual([
            `issuer: ${issuerForm} must have no query, fragment or credentials, got "https://acme.us.auth0.com?x=1"`,
        ]);
        expect(issuer("https://u@acme.us.auth0.com")).toEqual([
            `issuer: ${issuerForm} must have no query, fragment or credentials, got "https://u@acme.us.auth0.com"`,
        ]);
        expect(issuer("https://acme.us.auth0.com#f")).toEqual([
            `issuer: ${issuerForm} must have no query, fragment or credentials, got "https://acme.us.auth0.com#f"`,
        ]);
        expect(issuer(`https://${"a".repeat(250)}.com`)).toEqual([
            `issuer: ${issuerForm} must be at most 256 characters long`,
        ]);
        expect(issuer(`https://${"a".repeat(244)}.com`)).toEqual([]);
        expect(issuer(42)).toEqual([`issuer: ${issuerForm} must be a string`]);
        // A DCR provider's issuer is Auth0's: https even for a loopback host.
        expect(issuer("http://127.0.0.1:8080")).toEqual([
            `issuer: ${issuerForm} must use https, got "http://127.0.0.1:8080"`,
        ]);
    });

    it("take the Management API audience with or without its trailing slash, or empty, and nothing with a query", () => {
        const audience = (value: unknown) =>
            reasons(checkDcrProviderInputs({ ...provider, initialClientAudience: value }));
        expect(audience("https://acme.us.auth0.com/api/v2/")).toEqual([]);
        expect(audience("https://acme.us.auth0.com/api/v2")).toEqual([]);
        expect(audience("")).toEqual([]);
        expect(audience("https://acme.us.auth0.com/api/v2/?x")).toEqual([
            'initialClientAudience: initialClientAudience (the Auth0 Management API audience, https://TENANT.REGION.auth0.com/api/v2/) must have no query, fragment or credentials, got "https://acme.us.auth0.com/api/v2/?x"',
        ]);
    });

    it("name each missing input as required, and leave the optional ones out", () => {
        expect(reasons(checkDcrProviderInputs({}))).toEqual([
            "serverUrl: serverUrl is required",
            "name: name is required",
            "issuer: issuer is required",
            "initialClientId: initialClientId is required",
            "initialClientSecret: initialClientSecret is required",
            "labels: labels is required",
        ]);
    });

    it("refuse a name over 256 characters, a blank display name and an empty client id, each by name", () => {
        expect(
            reasons(
                checkDcrProviderInputs({ ...provider, name: "n".repeat(257), displayName: "  ", initialClientId: "" }),
            ),
        ).toEqual([
            "name: name must be 1 to 256 characters long, got 257",
            "displayName: displayName must be 1 to 256 characters long, got 2",
            "initialClientId: initialClientId must be 1 to 256 characters long, got 0",
        ]);
    });

    it("explain a blank initial client secret by the Auth0 grant that hides it", () => {
        expect(reasons(checkDcrProviderInputs({ ...provider, initialClientSecret: "   " }))).toEqual([
            "initialClientSecret: initialClientSecret is empty: Auth0 hides the DCR admin app's client secret from " +
                "Pulumi's own Auth0 credentials unless their Management API grant includes read:client_keys (or " +
                "read:client_credentials)",
        ]);
    });

    it("refuse a Management API audience over plain http, even on a loopback host, quoting it without its trailing slash", () => {
        expect(
            reasons(checkDcrProviderInputs({ ...provider, initialClientAudience: "http://127.0.0.1:9000/api/v2/" })),
        ).toEqual([
            'initialClientAudience: initialClientAudience (the Auth0 Management API audience, https://TENANT.REGION.auth0.com/api/v2/) must use https, got "http://127.0.0.1:9000/api/v2"',
        ]);
    });

    it("refuse a secret that is not a string or longer than 256 characters, without quoting it, and a flag that is not a boolean", () => {
        const long = "x".repeat(257);
        expect(
            reasons(
                checkDcrProviderInputs({ ...provider, initialClientSecret: long, useDeveloperManagedScopes: "yes" }),
            ),
        ).toEqual([
            "initialClientSecret: initialClientSecret must be a non-empty string of at most 256 characters",
            "useDeveloperManagedScopes: useDeveloperManagedScopes must be true or false",
        ]);
        expect(checkDcrProviderInputs({ ...provider, initialClientSecret: "x".repeat(256) })).toEqual([]);
        expect(reasons(checkDcrProviderInputs({ ...provider, initialClientSecret: 5 }))).toEqual([
            "initialClientSecret: initialClientSecret must be a non-empty string of at most 256 characters",
        ]);
        expect(checkDcrProviderInputs({ ...provider, useDeveloperManagedScopes: false, displayName: "D" })).toEqual([]);
    });
});

describe("binding, publication and verification inputs", () => {
    it("require UUID ids and a portal kind of v3 or classic", () => {
        expect(
            reasons(checkBindingInputs({ serverUrl: SERVER, portalId: "p", portalKind: "v2", authStrategyId: ID })),
        ).toEqual([
            'portalId: portalId must be a UUID, got "p"',
            'portalKind: portalKind must be "v3" or "classic", got "v2"',
        ]);
        expect(
            checkBindingInputs({ serverUrl: SERVER, portalId: ID, portalKind: "classic", authStrategyId: ID }),
        ).toEqual([]);
        expect(
            reasons(
                checkPublicationInputs({
                    serverUrl: SERVER,
                    portalId: ID,
                    portalKind: "v3",
                    apiId: 3,
                    authStrategyId: ID,
                }),
            ),
        ).toEqual([
            "apiId: apiId (the API's id, or the API product version's id on a classic portal) must be a UUID, got 3",
        ]);
    });

    it("name each missing input of a binding, a publication and a verification as required", () => {
        expect(reasons(checkBindingInputs({}))).toEqual([
            "serverUrl: serverUrl is required",
            "portalId: portalId is required",
            "portalKind: portalKind is required",
            "authStrategyId: authStrategyId is required",
        ]);
        expect(reasons(checkPublicationInputs({}))).toEqual([
            "serverUrl: serverUrl is required",
            "portalId: portalId is required",
            "portalKind: portalKind is required",
            "apiId: apiId is required",
            "authStrategyId: authStrategyId is required",
        ]);
        expect(reasons(checkVerificationInputs({}))).toEqual([
            "serverUrl: serverUrl is required",
            "dcrProviderId: dcrProviderId is required",
            "authStrategyId: authStrategyId is required",
            "issuer: issuer is required",
            "dcrProviderName: dcrProviderName is required",
            "initialClientId: initialClientId is required",
            "initialClientSecretHash: initialClientSecretHash is required",
            "audience: audience is required",
            "bindingId: bindingId is required",
        ]);
    });

    it("name each id that is not a UUID by its input", () => {
        expect(
            reasons(checkBindingInputs({ serverUrl: SERVER, portalId: ID, portalKind: "v3", authStrategyId: "s" })),
        ).toEqual(['authStrategyId: authStrategyId must be a UUID, got "s"']);
        expect(
            reasons(
                checkPublicationInputs({
                    serverUrl: SERVER,
                    portalId: "p",
                    portalKind: "v3",
                    apiId: ID,
                    authStrategyId: "s",
                }),
            ),
        ).toEqual([
            'portalId: portalId must be a UUID, got "p"',
            'authStrategyId: authStrategyId must be a UUID, got "s"',
        ]);
    });

    it("refuse a verification's ids that are not UUIDs and an issuer with a path", () => {
        const verification = {
            serverUrl: SERVER,
            dcrProviderId: "d",
            authStrategyId: "s",
            issuer: "https://acme-dev.us.auth0.com/tenant",
            dcrProviderName: "auth0-dcr-dev",
            initialClientId: "cid",
            initialClientSecretHash: "h",
            audience: "https://api.dev.acme.com/portal",
            bindingId: "b",
        };
        expect(reasons(checkVerificationInputs(verification))).toEqual([
            'dcrProviderId: dcrProviderId must be a UUID, got "d"',
            'authStrategyId: authStrategyId must be a UUID, got "s"',
            'issuer: issuer (the Auth0 tenant or custom domain, e.g. https://acme.us.auth0.com) must have no path, got "https://acme-dev.us.auth0.com/tenant"',
        ]);
    });

    it("refuse a server URL the token must not go to, without quoting it", () => {
        const [failure] = checkBindingInputs({
            serverUrl: "https://evil.io",
            portalId: ID,
            portalKind: "v3",
            authStrategyId: ID,
        });
        expect(failure.property).toBe("serverUrl");
        expect(failure.reason).toMatch(/^serverUrl \(where the Konnect token is sent\) must be https:\/\/<region>/);
        expect(failure.reason).not.toContain("evil.io");
    });

    it("let the verification reach a loopback issuer (the emulators) and require each recorded value", () => {
        const verification = {
            serverUrl: SERVER,
            dcrProviderId: ID,
            authStrategyId: ID,
            issuer: "http://127.0.0.1:9000",
            dcrProviderName: "auth0-dcr-dev",
            initialClientId: "cid",
            initialClientSecretHash: "h",
            audience: "https://api.dev.acme.com/portal",
            bindingId: "b",
        };
        expect(checkVerificationInputs(verification)).toEqual([]);
        expect(reasons(checkVerificationInputs({ ...verification, bindingId: "", audience: undefined }))).toEqual([
            "audience: audience is required",
            "bindingId: bindingId must be 1 to 1024 characters long, got 0",
        ]);
    });
});
