/**
 * Request bodies and desired-vs-live diffs for the DCR provider and the auth strategy, labels, the
 * secret hash and input checks: pure functions, no network.
 */
import {
    AuthStrategySpec,
    buildAuthStrategyCreateBody,
    buildAuthStrategyUpdateBody,
    buildDcrProviderCreateBody,
    buildDcrProviderUpdateBody,
    DcrProviderSpec,
    diffAuthStrategy,
    diffDcrProvider,
    konnectLabels,
    labelProblems,
    LiveAuthStrategy,
    LiveDcrProvider,
    ownerLabelValue,
    ownerOf,
    ownershipOf,
    toLabelValue,
} from "../konnect/payloads";
import { hashSecret, newSecretSalt, secretMatches } from "../konnect/secretHash";
import {
    checkAuthStrategyInputs,
    checkBindingInputs,
    checkDcrProviderInputs,
    UNKNOWN_VALUE,
} from "../konnect/validation";
import { devProviderSettings, devStrategySettings } from "./support/konnectFixtures";

const DEV = { organization: "acme", project: "konnect-auth0-dcr", stack: "dev" };
const labels = konnectLabels(DEV);

const providerSpec: DcrProviderSpec = {
    name: "auth0-dcr-dev",
    ...devProviderSettings,
    useDeveloperManagedScopes: false,
    labels,
};

const liveProvider: LiveDcrProvider = {
    id: "93f8380e-7798-4566-99e3-2edf2b57d289",
    name: "auth0-dcr-dev",
    display_name: "Auth0",
    provider_type: "auth0",
    issuer: "https://acme-dev.us.auth0.com/",
    active: false,
    dcr_config: { initial_client_id: "m2m-client-id", initial_client_audience: null },
    labels: { ...labels, team: "platform" },
};

const strategySpec: AuthStrategySpec = {
    name: "auth0-dcr-dev",
    ...devStrategySettings,
    dcrProviderId: "93f8380e-7798-4566-99e3-2edf2b57d289",
    labels,
};

const liveStrategy: LiveAuthStrategy = {
    id: "22f8380e-7798-4566-99e3-2edf2b57d289",
    name: "auth0-dcr-dev",
    display_name: "Auth0",
    strategy_type: "openid_connect",
    configs: {
        "openid-connect": {
            issuer: "https://acme-dev.us.auth0.com",
            credential_claim: ["azp"],
            scopes: ["openid"],
            auth_methods: ["session", "bearer", "client_credentials"],
            token_post_args_names: ["audience"],
            token_post_args_values: ["https://api.dev.acme.com/portal"],
            cache_tokens: false,
        },
    },
    dcr_provider: { id: "93f8380e-7798-4566-99e3-2edf2b57d289", name: "auth0-dcr-dev" },
    active: true,
    labels,
};

describe("labels", () => {
    it("marks every object as managed by this project and names its owner: organization, project and stack", () => {
        const prod = { organization: "acme", project: "konnect-auth0-dcr", stack: "prod" };
        expect(konnectLabels(prod)).toEqual({
            "managed-by": "konnect-auth0-dcr",
            "pulumi-organization": "acme",
            "pulumi-project": "konnect-auth0-dcr",
            "pulumi-stack": "prod",
        });
        expect(labelProblems(konnectLabels(prod))).toEqual([]);
        // Labels the caller adds are kept; the owner labels always win.
        expect(konnectLabels(prod, { team: "platform", "pulumi-stack": "x" })).toEqual({
            team: "platform",
            "managed-by": "konnect-auth0-dcr",
            "pulumi-organization": "acme",
            "pulumi-project": "konnect-auth0-dcr",
            "pulumi-stack": "prod",
        });
    });

    it("keeps a name that is a label value as it is, else cleans it, cuts it to 54 and adds 8 hex digits of its SHA-256", () => {
        // Konnect: label values are 1-63 characters, ^[a-z0-9A-Z]{1}([a-z0-9A-Z-._]*[a-z0-9A-Z]+)?$ (OpenAPI `Labels`).
        expect(ownerLabelValue("dev")).toBe("dev");
        expect(ownerLabelValue("Team.A_prod-2")).toBe("Team.A_prod-2");
        expect(ownerLabelValue("x".repeat(63))).toBe("x".repeat(63));
        // printf 'dev_' | sha256sum → 90adc8ab…
        expect(ownerLabelValue("dev_")).toBe("dev-90adc8ab");
        expect(ownerLabelValue("_dev")).toBe("dev-1f56b596");
        expect(ownerLabelValue("acme/konnect/dev")).toBe("acme-konnect-dev-36a11616");
        expect(ownerLabelValue("x".repeat(100))).toBe(`${"x".repeat(54)}-09ecb6eb`);
        expect(ownerLabelValue("***")).toBe("596f4162");
        expect(ownerLabelValue("ü")).toBe("607474ca");
        for (const name of ["org/proj/st@ge", "_dev", "a.b.c-", "ü", "x".repeat(100), "", "dev_"]) {
            expect(labelProblems({ "pulumi-stack": ownerLabelValue(name) })).toEqual([]);
        }
        // Names the lossy cleaning would merge stay apart.
        expect(new Set(["dev", "dev_", "_dev", "dev."].map(ownerLabelValue)).size).toBe(4);
    });

    it("turns any text into a valid label value (what labels of earlier versions hold)", () => {
        expect(toLabelValue("acme/konnect/dev_")).toBe("acme-konnect-dev");
        expect(toLabelValue("-.x".repeat(40))).toMatch(/^x[-.x]*x$/);
        expect(toLabelValue("x".repeat(100))).toHaveLength(63);
        expect(toLabelValue("***")).toBe("unnamed");
        for (const stack of ["org/proj/st@ge", "_dev", "a.b.c-", "ü"]) {
            expect(labelProblems(konnectLabels({ organization: stack, project: stack, stack }))).toEqual([]);
        }
    });

    it("reads the owner back from the labels; earlier versions' labels name the stack alone", () => {
        expect(ownerOf(labels)).toEqual({ organization: "acme", project: "konnect-auth0-dcr", stack: "dev" });
        expect(ownerOf({ "managed-by": "konnect-auth0-dcr", "pulumi-stack": "dev" })).toEqual({ stack: "dev" });
        expect(ownerOf({ team: "platform" })).toBeUndefined();
        expect(ownerOf(undefined)).toBeUndefined();
    });

    it("tells an unowned object, this stack's (also as labelled by earlier versions) and another stack's apart", () => {
        expect(ownershipOf(undefined, labels)).toBe("unowned");
        expect(ownershipOf({ team: "platform", "managed-by": "konnect-auth0-dcr" }, labels)).toBe("unowned");
        expect(ownershipOf({ ...labels, team: "platform" }, labels)).toBe("ours");
        expect(ownershipOf({ "managed-by": "konnect-auth0-dcr", "pulumi-stack": "dev" }, labels)).toBe("ours");
        // Another project's dev stack, another organization's, another stack, and an earlier version's other stack.
        expect(ownershipOf({ ...labels, "pulumi-project": "billing" }, labels)).toBe("theirs");
        expect(ownershipOf({ ...labels, "pulumi-organization": "globex" }, labels)).toBe("theirs");
        expect(ownershipOf({ ...labels, "pulumi-stack": "staging" }, labels)).toBe("theirs");
        expect(ownershipOf({ "managed-by": "konnect-auth0-dcr", "pulumi-stack": "staging" }, labels)).toBe("theirs");
        // `pulumi-stack` set by another tool, or only part of the owner labels.
        expect(ownershipOf({ "managed-by": "terraform", "pulumi-stack": "dev" }, labels)).toBe("theirs");
        expect(ownershipOf({ "pulumi-project": "konnect-auth0-dcr", "pulumi-stack": "dev" }, labels)).toBe("theirs");
    });

    it("reads only the owner labels an object carries, leaving the others out rather than empty", () => {
        expect(ownerOf({ "managed-by": "konnect-auth0-dcr", "pulumi-stack": "dev" })).toStrictEqual({ stack: "dev" });
        expect(ownerOf({ "pulumi-organization": "acme", "pulumi-project": "billing" })).toStrictEqual({
            organization: "acme",
            project: "billing",
        });
    });

    it("counts as this stack's only a legacy label set that names the stack alone, without a project or organization", () => {
        // An organization or a project label next to ours means a newer owner label set that is not ours.
        expect(
            ownershipOf(
                { "managed-by": "konnect-auth0-dcr", "pulumi-organization": "acme", "pulumi-stack": "dev" },
                labels,
            ),
        ).toBe("theirs");
        expect(
            ownershipOf(
                { "managed-by": "konnect-auth0-dcr", "pulumi-project": "konnect-auth0-dcr", "pulumi-stack": "dev" },
                labels,
            ),
        ).toBe("theirs");
    });

    it("allows Konnect's limits exactly: 50 labels, keys of 1 and 63 characters, values of 63", () => {
        // application-auth-strategies v2 `Labels`: maxProperties 50, keys 1-63 characters, values 1-63 characters.
        const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v"]));
        expect(labelProblems(fifty)).toEqual([]);
        expect(labelProblems({ a: "v", ["k".repeat(63)]: "v".repeat(63) })).toEqual([]);
    });

    it("refuses an empty key, a value that is not text and a value one character too long, each by name", () => {
        expect(labelProblems({ "": "v", env: 5, team: "v".repeat(64) })).toEqual([
            'label key "" must be 1 to 63 characters long',
            'label "env" must have a string value',
            `label "team" value "${"v".repeat(64)}" must be 1 to 63 letters, digits, "-", "." or "_", starting and ending with a letter or digit`,
        ]);
    });

    it("reports reserved key prefixes, bad values and too many labels", () => {
        expect(labelProblems({ "konnect-owner": "x" })[0]).toContain('must not start with "konnect"');
        expect(labelProblems({ _private: "x" })[0]).toContain('must not start with "_"');
        expect(labelProblems({ env: "dev/1" })[0]).toContain("value");
        expect(labelProblems({ env: "-dev" })).toHaveLength(1);
        expect(labelProblems({ ["k".repeat(64)]: "v" })[0]).toContain("1 to 63");
        const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"]));
        expect(labelProblems(many)[0]).toContain("at most 50");
    });
});

describe("DCR provider payloads", () => {
    it("builds the Auth0 create body, with the audience only for a custom domain", () => {
        expect(buildDcrProviderCreateBody(providerSpec, "s3cret")).toEqual({
            name: "auth0-dcr-dev",
            display_name: "Auth0",
            provider_type: "auth0",
            issuer: "https://acme-dev.us.auth0.com",
            dcr_config: {
                initial_client_id: "m2m-client-id",
                initial_client_secret: "s3cret",
                use_developer_managed_scopes: false,
            },
            labels,
        });
        const custom = buildDcrProviderCreateBody(
            {
                ...providerSpec,
                displayName: undefined,
                issuer: "https://login.acme.com",
                initialClientAudience: "https://acme-dev.us.auth0.com/api/v2/",
            },
            "s3cret",
        );
        expect(custom.dcr_config.initial_client_audience).toBe("https://acme-dev.us.auth0.com/api/v2/");
        expect(custom).not.toHaveProperty("display_name");
    });

    it("asks Konnect for developer-managed scopes only when the spec says so", () => {
        const { useDeveloperManagedScopes: _unset, ...unset } = providerSpec;
        expect(buildDcrProviderCreateBody(unset, "s3cret").dcr_config.use_developer_managed_scopes).toBe(false);
        expect(
            buildDcrProviderCreateBody({ ...providerSpec, useDeveloperManagedScopes: true }, "s3cret").dcr_config
                .use_developer_managed_scopes,
        ).toBe(true);
    });

    it("sees no change when the spec leaves out the display name and the flag that Konnect shows as set and false", () => {
        const { useDeveloperManagedScopes: _unset, ...unset } = providerSpec;
        const live = {
            ...liveProvider,
            dcr_config: { ...liveProvider.dcr_config, use_developer_managed_scopes: false },
        };
        expect(diffDcrProvider({ ...unset, displayName: undefined }, live).changes).toEqual([]);
    });

    it("sees no change when the spec and Konnect name the same Management API audience", () => {
        const audience = "https://acme-dev.us.auth0.com/api/v2/";
        const live = { ...liveProvider, dcr_config: { ...liveProvider.dcr_config, initial_client_audience: audience } };
        expect(diffDcrProvider({ ...providerSpec, initialClientAudience: audience }, live).changes).toEqual([]);
    });

    it("sees no change when only a trailing slash, a missing flag or extra labels differ", () => {
        expect(diffDcrProvider(providerSpec, liveProvider)).toEqual({ changes: [], replaces: [] });
    });

    it("reports each observable field that differs, by its API path", () => {
        const live: LiveDcrProvider = {
            ...liveProvider,
            name: "renamed",
            display_name: "Other",
            issuer: "https://other.us.auth0.com",
            dcr_config: {
                initial_client_id: "other",
                initial_client_audience: "https://x/api/v2/",
                use_developer_managed_scopes: true,
            },
            labels: { "managed-by": "someone-else" },
        };
        expect(diffDcrProvider(providerSpec, live).changes).toEqual([
            "name",
            "display_name",
            "issuer",
            "dcr_config.initial_client_id",
            "dcr_config.initial_client_audience",
            "dcr_config.use_developer_managed_scopes",
            "labels.managed-by",
            "labels.pulumi-organization",
            "labels.pulumi-project",
            "labels.pulumi-stack",
        ]);
    });

    it("ignores display_name when Konnect leaves it out of the response", () => {
        const { display_name: _omitted, ...live } = liveProvider;
        expect(diffDcrProvider({ ...providerSpec, displayName: "New" }, live).changes).toEqual([]);
    });

    it("asks for replacement only when the provider type differs", () => {
        expect(diffDcrProvider(providerSpec, { ...liveProvider, provider_type: "okta" }).replaces).toEqual([
            "provider_type",
        ]);
    });

    it("sends a rotated secret in the one PATCH, with the observable dcr_config fields", () => {
        const { changes } = diffDcrProvider(providerSpec, liveProvider, { secretChanged: true });
        expect(changes).toEqual(["dcr_config.initial_client_secret"]);
        expect(buildDcrProviderUpdateBody(providerSpec, liveProvider, changes, "n3w-secret")).toEqual({
            dcr_config: {
                initial_client_id: "m2m-client-id",
                initial_client_secret: "n3w-secret",
                use_developer_managed_scopes: false,
            },
        });
    });

    it("sends the secret with any dcr_config change, so a replacing PATCH keeps it, and clears an audience no longer wanted", () => {
        const live = {
            ...liveProvider,
            dcr_config: { ...liveProvider.dcr_config, initial_client_audience: "https://x/api/v2/" },
        };
        const { changes } = diffDcrProvider(providerSpec, live);
        expect(changes).toEqual(["dcr_config.initial_client_audience"]);
        const body = buildDcrProviderUpdateBody(providerSpec, live, changes, "same-secret");
        expect(body).toEqual({
            dcr_config: {
                initial_client_id: "m2m-client-id",
                initial_client_secret: "same-secret",
                initial_client_audience: null,
                use_developer_managed_scopes: false,
            },
        });
    });

    it("sends no dcr_config, and so no secret, when only other fields change", () => {
        expect(buildDcrProviderUpdateBody(providerSpec, liveProvider, ["issuer"], "same-secret")).toEqual({
            issuer: providerSpec.issuer,
        });
    });

    it("refuses to build a dcr_config change without the secret", () => {
        expect(() =>
            buildDcrProviderUpdateBody(providerSpec, liveProvider, ["dcr_config.initial_client_secret"]),
        ).toThrow(/no secret/);
        expect(() =>
            buildDcrProviderUpdateBody(providerSpec, liveProvider, ["dcr_config.use_developer_managed_scopes"]),
        ).toThrow(/no secret/);
    });

    it("keeps other labels and removes only keys this stack dropped", () => {
        const live = { ...liveProvider, labels: { ...labels, team: "platform", owner: "old" } };
        const { changes } = diffDcrProvider(providerSpec, live, { removedLabelKeys: ["owner", "never-set"] });
        expect(changes).toEqual(["labels.owner"]);
        expect(buildDcrProviderUpdateBody(providerSpec, live, changes).labels).toEqual({
            ...labels,
            team: "platform",
            owner: null,
        });
    });
});

describe("auth strategy payloads", () => {
    it("builds the OpenID Connect create body with the audience as a token request argument", () => {
        expect(buildAuthStrategyCreateBody(strategySpec)).toEqual({
            name: "auth0-dcr-dev",
            display_name: "Auth0",
            strategy_type: "openid_connect",
            configs: {
                "openid-connect": {
                    issuer: "https://acme-dev.us.auth0.com",
                    credential_claim: ["azp"],
                    scopes: ["openid"],
                    auth_methods: ["client_credentials", "bearer", "session"],
                    token_post_args_names: ["audience"],
                    token_post_args_values: ["https://api.dev.acme.com/portal"],
                },
            },
            dcr_provider_id: "93f8380e-7798-4566-99e3-2edf2b57d289",
            labels,
        });
    });

    it("treats auth_methods and scopes as sets, and unmanaged plugin fields as no change", () => {
        expect(diffAuthStrategy(strategySpec, liveStrategy)).toEqual({ changes: [], replaces: [] });
    });

    it("reports changed fields and sends exactly the managed openid-connect fields, not the live object's others", () => {
        const desired = {
            ...strategySpec,
            audience: "https://api.acme.com/v2",
            scopes: ["openid", "profile"],
            dcrProviderId: "3c6a0c2e-2b7a-4e4b-9a0e-3c2f4b1d6a77",
        };
        const { changes } = diffAuthStrategy(desired, liveStrategy);
        expect(changes).toEqual([
            "dcr_provider_id",
            "configs.openid-connect.scopes",
            "configs.openid-connect.token_post_args_values",
        ]);
        const body = buildAuthStrategyUpdateBody(desired, liveStrategy, changes);
        expect(body).toEqual({
            dcr_provider_id: "3c6a0c2e-2b7a-4e4b-9a0e-3c2f4b1d6a77",
            configs: {
                "openid-connect": {
                    issuer: "https://acme-dev.us.auth0.com",
                    credential_claim: ["azp"],
                    scopes: ["openid", "profile"],
                    auth_methods: ["client_credentials", "bearer", "session"],
                    token_post_args_names: ["audience"],
                    token_post_args_values: ["https://api.acme.com/v2"],
                },
            },
        });
    });

    it("compares the credential claim in order and the issuer without its trailing slash", () => {
        const live = {
            ...liveStrategy,
            configs: {
                "openid-connect": {
                    ...liveStrategy.configs["openid-connect"],
                    issuer: "https://acme-dev.us.auth0.com/",
                    credential_claim: ["sub", "azp"],
                },
            },
        };
        expect(diffAuthStrategy(strategySpec, live).changes).toEqual(["configs.openid-connect.credential_claim"]);
    });

    it("reports a renamed strategy and a changed issuer by their API paths, and sends the new name alone", () => {
        const live = {
            ...liveStrategy,
            name: "auth0-dcr-old",
            configs: {
                "openid-connect": { ...liveStrategy.configs["openid-connect"], issuer: "https://other.us.auth0.com" },
            },
        };
        expect(diffAuthStrategy(strategySpec, live).changes).toEqual(["name", "configs.openid-connect.issuer"]);
        expect(buildAuthStrategyUpdateBody(strategySpec, live, ["name"])).toEqual({ name: "auth0-dcr-dev" });
    });

    it("sends only the display name when only it changed, not the openid-connect object", () => {
        expect(buildAuthStrategyUpdateBody(strategySpec, liveStrategy, ["display_name"])).toEqual({
            display_name: "Auth0",
        });
    });

    it("ignores display_name when Konnect leaves it out of the strategy it returns", () => {
        const { display_name: _omitted, ...live } = liveStrategy;
        expect(diffAuthStrategy(strategySpec, live).changes).toEqual([]);
    });

    it("compares scopes as a set: the same scopes in another order are no change, another scope of the same count is", () => {
        const withScopes = (scopes: string[]) => ({
            ...liveStrategy,
            configs: { "openid-connect": { ...liveStrategy.configs["openid-connect"], scopes } },
        });
        const spec = { ...strategySpec, scopes: ["openid", "profile"] };
        expect(diffAuthStrategy(spec, withScopes(["profile", "openid"])).changes).toEqual([]);
        expect(diffAuthStrategy(spec, withScopes(["openid", "email"])).changes).toEqual([
            "configs.openid-connect.scopes",
        ]);
    });

    it("compares the credential claim in order, element by element", () => {
        const withClaim = (credential_claim: string[]) => ({
            ...liveStrategy,
            configs: { "openid-connect": { ...liveStrategy.configs["openid-connect"], credential_claim } },
        });
        const spec = { ...strategySpec, credentialClaim: ["azp", "sub"] };
        expect(diffAuthStrategy(spec, withClaim(["sub", "azp"])).changes).toEqual([
            "configs.openid-connect.credential_claim",
        ]);
        expect(diffAuthStrategy(spec, withClaim(["azp", "email"])).changes).toEqual([
            "configs.openid-connect.credential_claim",
        ]);
    });

    it("reads the token request arguments as pairs in order: a repeated audience argument is a change", () => {
        const live = {
            ...liveStrategy,
            configs: {
                "openid-connect": {
                    ...liveStrategy.configs["openid-connect"],
                    token_post_args_names: ["audience", "audience"],
                    token_post_args_values: ["https://api.dev.acme.com/portal", "https://api.dev.acme.com/portal"],
                },
            },
        };
        expect(diffAuthStrategy(strategySpec, live).changes).toEqual([
            "configs.openid-connect.token_post_args_names",
            "configs.openid-connect.token_post_args_values",
        ]);
    });

    it("counts a managed list Konnect does not return as changed", () => {
        const { scopes: _missing, ...config } = liveStrategy.configs["openid-connect"]!;
        const live = { ...liveStrategy, configs: { "openid-connect": config } };
        expect(diffAuthStrategy(strategySpec, live).changes).toEqual(["configs.openid-connect.scopes"]);
    });

    it("asks for replacement only when the strategy type differs", () => {
        expect(diffAuthStrategy(strategySpec, { ...liveStrategy, strategy_type: "key_auth" }).replaces).toEqual([
            "strategy_type",
        ]);
        expect(diffAuthStrategy({ ...strategySpec, displayName: "Changed" }, liveStrategy)).toEqual({
            changes: ["display_name"],
            replaces: [],
        });
    });
});

describe("initial client secret hash", () => {
    it("matches only the secret it was made from, with its own salt", () => {
        const salt = newSecretSalt();
        const hash = hashSecret("first-secret", salt);
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
        expect(hash).not.toContain("first-secret");
        expect(secretMatches("first-secret", hash, salt)).toBe(true);
        expect(secretMatches("second-secret", hash, salt)).toBe(false);
        expect(secretMatches("first-secret", hash, newSecretSalt())).toBe(false);
        expect(secretMatches("first-secret", undefined, salt)).toBe(false);
    });

    it("gives equal secrets different hashes under different salts", () => {
        expect(hashSecret("same", newSecretSalt())).not.toBe(hashSecret("same", newSecretSalt()));
    });
});

describe("input checks", () => {
    const providerInputs = {
        serverUrl: "https://us.api.konghq.com",
        name: "auth0-dcr-dev",
        issuer: "https://acme-dev.us.auth0.com",
        initialClientId: "id",
        initialClientSecret: "super-secret-value",
        labels,
    };

    it("accepts valid DCR provider inputs, including a loopback emulator URL", () => {
        expect(checkDcrProviderInputs(providerInputs)).toEqual([]);
        expect(checkDcrProviderInputs({ ...providerInputs, serverUrl: "http://127.0.0.1:8080" })).toEqual([]);
    });

    it("rejects a trailing slash, plain http and paths in the issuer, naming the property", () => {
        for (const issuer of [
            "https://acme-dev.us.auth0.com/",
            "http://acme-dev.us.auth0.com",
            "https://acme.us.auth0.com/x",
            "acme.us.auth0.com",
        ]) {
            const failures = checkDcrProviderInputs({ ...providerInputs, issuer });
            expect(failures).toHaveLength(1);
            expect(failures[0].property).toBe("issuer");
        }
        expect(
            checkDcrProviderInputs({ ...providerInputs, serverUrl: "https://us.api.konghq.com/v2" })[0].property,
        ).toBe("serverUrl");
    });

    it("fails check for a server URL the token must not go to, in every Konnect resource", () => {
        const strategy = {
            ...providerInputs,
            displayName: "Auth0",
            audience: "https://api",
            scopes: ["openid"],
            credentialClaim: ["azp"],
            authMethods: ["bearer"],
            dcrProviderId: UNKNOWN_VALUE,
        };
        for (const serverUrl of [
            "https://konnect.attacker.example",
            "https://eu.api.konghq.com.attacker.example",
            "http://192.168.1.4:80",
        ]) {
            for (const failures of [
                checkDcrProviderInputs({ ...providerInputs, serverUrl }),
                checkAuthStrategyInputs({ ...strategy, serverUrl }),
                checkBindingInputs({
                    serverUrl,
                    portalId: UNKNOWN_VALUE,
                    portalKind: "v3",
                    authStrategyId: UNKNOWN_VALUE,
                }),
            ]) {
                expect(failures.map((f) => f.property)).toEqual(["serverUrl"]);
                expect(failures[0].reason).toMatch(/https:\/\/<region>\.api\.konghq\.com/);
            }
        }
    });

    it("never quotes the initial client secret", () => {
        const secret = "x".repeat(300);
        const failures = checkDcrProviderInputs({ ...providerInputs, initialClientSecret: secret });
        expect(failures.map((f) => f.property)).toEqual(["initialClientSecret"]);
        expect(JSON.stringify(failures)).not.toContain(secret);
    });

    it("explains an empty initial client secret by the read:client_keys scope Pulumi's Auth0 credentials lack", () => {
        const [failure] = checkDcrProviderInputs({ ...providerInputs, initialClientSecret: "" });
        expect(failure.property).toBe("initialClientSecret");
        expect(failure.reason).toMatch(/read:client_keys/);
    });

    it("skips values not known yet during a preview", () => {
        expect(
            checkDcrProviderInputs({ ...providerInputs, issuer: UNKNOWN_VALUE, labels: { a: UNKNOWN_VALUE } }),
        ).toEqual([]);
        expect(checkAuthStrategyInputs({ dcrProviderId: UNKNOWN_VALUE }).map((f) => f.property)).not.toContain(
            "dcrProviderId",
        );
    });

    it("checks auth strategy lists, auth methods and the DCR provider id", () => {
        const failures = checkAuthStrategyInputs({
            serverUrl: "https://us.api.konghq.com",
            name: "s",
            displayName: "S",
            issuer: "https://acme-dev.us.auth0.com",
            audience: "https://api",
            scopes: [],
            credentialClaim: ["azp"],
            authMethods: ["client_credentials", "magic"],
            dcrProviderId: "not-a-uuid",
            labels: { "kong-x": "y" },
        });
        expect(failures.map((f) => f.property)).toEqual(["scopes", "authMethods", "dcrProviderId", "labels"]);
        expect(failures[1].reason).toContain("magic");
    });

    it("checks the binding's portal kind and ids", () => {
        expect(
            checkBindingInputs({
                serverUrl: "https://eu.api.konghq.com",
                portalId: "p",
                portalKind: "v4",
                authStrategyId: UNKNOWN_VALUE,
            }).map((f) => f.property),
        ).toEqual(["portalId", "portalKind"]);
    });
});
