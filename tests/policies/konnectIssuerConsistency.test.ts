import { konnectIssuerConsistency } from "../../policies/rules/konnectIssuerConsistency";
import { dcrStack, replaced, run, violations, withProps } from "../support/policyHarness";

const policy = konnectIssuerConsistency;
const prodConfig = {
    [policy.name]: {
        auth0Domain: "acme.eu.auth0.com",
        auth0CustomDomain: "login.acme.com",
        portalAudience: "https://api.acme.com/portal",
    },
};

describe("konnect-issuer-consistency", () => {
    it("passes a canonical-domain issuer, deriving the domain from the Management API grant", async () => {
        const outcome = await run(policy, dcrStack().all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual(["stack"]);
    });

    it("passes a custom-domain issuer with the Management API as initial client audience", async () => {
        const stack = dcrStack({
            stack: "prod",
            domain: "acme.eu.auth0.com",
            customDomain: "login.acme.com",
            audience: "https://api.acme.com/portal",
        });
        const withoutApi = stack.all().filter((r) => r !== stack.api);
        expect((await run(policy, withoutApi, prodConfig)).results).toEqual([]);
    });

    it("rejects a trailing slash, http, and a path on the issuer", async () => {
        const stack = dcrStack();
        const cases: Array<[string, string]> = [
            ["https://acme-dev.us.auth0.com/", "ends with a slash"],
            ["http://acme-dev.us.auth0.com", "is not https"],
            ["https://acme-dev.us.auth0.com/oauth", "has more than https://<host>"],
        ];
        for (const [issuer, problem] of cases) {
            const outcome = await run(
                policy,
                replaced(stack.all(), withProps(stack.provider, { issuer }), withProps(stack.strategy, { issuer })),
            );
            expect(violations(outcome)).toEqual([
                `DcrProvider "konnect-dcr-provider": issuer ${JSON.stringify(issuer)} ${problem}${problem.startsWith("ends") ? " (Konnect compares issuers exactly and rejects the trailing-slash form)" : ""}; expected https://<Auth0 domain or custom domain>.`,
                expect.stringContaining(
                    `ApplicationAuthStrategy "konnect-auth-strategy": issuer ${JSON.stringify(issuer)}`,
                ),
            ]);
        }
    });

    it("rejects an issuer on another tenant or an unconfigured custom domain", async () => {
        const stack = dcrStack();
        const other = "https://someone-else.us.auth0.com";
        const outcome = await run(
            policy,
            replaced(
                stack.all(),
                withProps(stack.provider, { issuer: other }),
                withProps(stack.strategy, { issuer: other }),
            ),
        );
        expect(violations(outcome)).toEqual([
            `DcrProvider "konnect-dcr-provider": issuer ${other} is not on the Auth0 domain or custom domain (acme-dev.us.auth0.com).`,
            `ApplicationAuthStrategy "konnect-auth-strategy": issuer ${other} is not on the Auth0 domain or custom domain (acme-dev.us.auth0.com).`,
        ]);
    });

    it("rejects a strategy whose issuer differs from its DCR provider's", async () => {
        const stack = dcrStack({ customDomain: "login.acme.com" });
        const strategy = withProps(stack.strategy, { issuer: "https://acme-dev.us.auth0.com" });
        const outcome = await run(policy, replaced(stack.all(), strategy), {
            [policy.name]: { auth0CustomDomain: "login.acme.com" },
        });
        expect(violations(outcome)).toEqual([
            'ApplicationAuthStrategy "konnect-auth-strategy": issuer https://acme-dev.us.auth0.com differs from DcrProvider "konnect-dcr-provider"\'s issuer https://login.acme.com.',
        ]);
    });

    it("requires the Management API as initial client audience when the issuer is a custom domain", async () => {
        const stack = dcrStack({ customDomain: "login.acme.com" });
        const provider = withProps(stack.provider, { initialClientAudience: undefined });
        const outcome = await run(policy, replaced(stack.all(), provider), {
            [policy.name]: { auth0CustomDomain: "login.acme.com" },
        });
        expect(violations(outcome)).toEqual([
            expect.stringContaining(
                "the issuer is on the custom domain login.acme.com, so initialClientAudience must be the Management API audience https://acme-dev.us.auth0.com/api/v2/",
            ),
        ]);
        const wrong = await run(
            policy,
            replaced(
                stack.all(),
                withProps(stack.provider, { initialClientAudience: "https://api.dev.acme.com/portal" }),
            ),
            {
                [policy.name]: { auth0CustomDomain: "login.acme.com" },
            },
        );
        expect(violations(wrong)).toEqual([
            expect.stringContaining(
                "initialClientAudience https://api.dev.acme.com/portal is not the Management API audience https://acme-dev.us.auth0.com/api/v2/.",
            ),
        ]);
    });

    it("requires the strategy's audience to be the portal API's identifier, or the configured portal audience", async () => {
        const stack = dcrStack();
        const outcome = await run(
            policy,
            replaced(stack.all(), withProps(stack.strategy, { audience: "https://api.other.com" })),
        );
        expect(violations(outcome)).toEqual([
            `ApplicationAuthStrategy "konnect-auth-strategy": audience "https://api.other.com" is not the portal API's identifier (https://api.dev.acme.com/portal).`,
        ]);
        const lookedUp = await run(
            policy,
            replaced(stack.all(), withProps(stack.strategy, { audience: "https://api.other.com" })).filter(
                (r) => r !== stack.api,
            ),
            {
                [policy.name]: { portalAudience: "https://api.dev.acme.com/portal" },
            },
        );
        expect(violations(lookedUp)).toEqual([
            expect.stringContaining("is not the configured portal audience https://api.dev.acme.com/portal."),
        ]);
    });

    it("requires openid in the scopes and azp in the credential claim", async () => {
        const stack = dcrStack();
        const outcome = await run(
            policy,
            replaced(stack.all(), withProps(stack.strategy, { scopes: ["profile"], credentialClaim: ["sub"] })),
        );
        expect(violations(outcome)).toEqual([
            'ApplicationAuthStrategy "konnect-auth-strategy": scopes ["profile"] lack "openid".',
            'ApplicationAuthStrategy "konnect-auth-strategy": credentialClaim ["sub"] lacks "azp", the claim that names the portal application.',
        ]);
    });

    it("requires read:resource_servers on the grant when the provider uses developer-managed scopes", async () => {
        const stack = dcrStack();
        const outcome = await run(
            policy,
            replaced(stack.all(), withProps(stack.provider, { useDeveloperManagedScopes: true })),
        );
        expect(violations(outcome)).toEqual([
            expect.stringContaining(
                "uses developer-managed scopes, but the DCR admin's grant lacks read:resource_servers.",
            ),
        ]);
    });

    it("cannot vouch for an issuer when neither config nor a grant gives the domain", async () => {
        const stack = dcrStack();
        const outcome = await run(
            policy,
            stack.all().filter((r) => r !== stack.grant),
        );
        expect(violations(outcome)[0]).toContain(
            "cannot tell which Auth0 domain issuer https://acme-dev.us.auth0.com should be on",
        );
    });

    it("does not apply to a stack without Konnect objects", async () => {
        const stack = dcrStack();
        const outcome = await run(policy, [stack.client, stack.grant]);
        expect(outcome.results).toEqual([]);
        expect(outcome.notApplicable).toEqual([
            { urn: undefined, reason: "No Konnect DCR provider or auth strategy in this stack" },
        ]);
    });

    it("names each other part an issuer must not have, a missing issuer and one that is not a URL", async () => {
        const stack = dcrStack();
        const cases: Array<[unknown, string]> = [
            ["https://acme-dev.us.auth0.com?x=1", "has more than https://<host>"],
            ["https://acme-dev.us.auth0.com#f", "has more than https://<host>"],
            ["https://acme-dev.us.auth0.com:8443", "has more than https://<host>"],
            ["https://u@acme-dev.us.auth0.com", "has more than https://<host>"],
            ["", "is missing"],
            [7, "is missing"],
            ["acme-dev.us.auth0.com", "is not a URL"],
        ];
        for (const [issuer, problem] of cases) {
            const outcome = await run(policy, replaced(stack.all(), withProps(stack.provider, { issuer })));
            expect(violations(outcome)[0]).toBe(
                `DcrProvider "konnect-dcr-provider": issuer ${JSON.stringify(issuer)} ${problem}; expected https://<Auth0 domain or custom domain>.`,
            );
        }
    });

    it("applies to a stack with a DCR provider alone, or an auth strategy alone", async () => {
        const stack = dcrStack();
        const providerOnly = await run(policy, [stack.grant, stack.provider]);
        expect(providerOnly.notApplicable).toEqual([]);
        expect(providerOnly.results).toEqual([]);
        const strategyOnly = await run(policy, [stack.grant, stack.api, stack.strategy]);
        expect(strategyOnly.notApplicable).toEqual([]);
        expect(violations(strategyOnly)).toEqual([
            'ApplicationAuthStrategy "konnect-auth-strategy": is not linked to a Konnect DCR provider of this stack, so its issuer cannot be compared.',
        ]);
    });

    it("reads the domain from the one Management API grant, and from none when grants name different tenants", async () => {
        const stack = dcrStack();
        const other = {
            ...withProps(stack.grant, { audience: "https://other.us.auth0.com/api/v2/" }),
            urn: `${stack.grant.urn}-2`,
        };
        const twoTenants = await run(policy, [...stack.all(), other]);
        expect(violations(twoTenants)[0]).toContain("cannot tell which Auth0 domain issuer");
        const sameTenant = { ...stack.grant, urn: `${stack.grant.urn}-2` };
        expect(violations(await run(policy, [...stack.all(), sameTenant]))).toEqual([]);
        const portalGrant = {
            ...withProps(stack.grant, { audience: "https://api.dev.acme.com/portal" }),
            urn: `${stack.grant.urn}-2`,
        };
        expect(violations(await run(policy, [...stack.all(), portalGrant]))).toEqual([]);
    });

    it("refuses another initial client audience than the Management API's, and asks for none on the canonical domain", async () => {
        const stack = dcrStack();
        const wrong = await run(
            policy,
            replaced(
                stack.all(),
                withProps(stack.provider, { initialClientAudience: "https://api.dev.acme.com/portal" }),
            ),
        );
        expect(violations(wrong)).toEqual([
            'DcrProvider "konnect-dcr-provider": initialClientAudience https://api.dev.acme.com/portal is not the Management API audience https://acme-dev.us.auth0.com/api/v2/.',
        ]);
        const right = replaced(
            stack.all(),
            withProps(stack.provider, { initialClientAudience: "https://acme-dev.us.auth0.com/api/v2/" }),
        );
        expect(violations(await run(policy, right))).toEqual([]);
        const empty = replaced(stack.all(), withProps(stack.provider, { initialClientAudience: "" }));
        expect(violations(await run(policy, empty))).toEqual([]);
    });

    it("takes developer-managed scopes as backed when the grant has read:resource_servers, and judges them only with a grant", async () => {
        const stack = dcrStack({ developerManagedScopes: true });
        expect(violations(await run(policy, stack.all()))).toEqual([]);
        const ungranted = dcrStack();
        const noGrant = replaced(
            ungranted.all(),
            withProps(ungranted.provider, { useDeveloperManagedScopes: true }),
        ).filter((r) => r !== ungranted.grant);
        expect(violations(await run(policy, noGrant, prodConfigFor("acme-dev.us.auth0.com")))).toEqual([]);
    });

    it("finds a strategy's provider by its known id, or the stack's only provider, when no dependency links them", async () => {
        const stack = dcrStack();
        const unlinked = {
            ...withProps(stack.strategy, { issuer: "https://login.acme.com" }),
            dependencies: [],
            propertyDependencies: {},
        };
        const config = prodConfigFor("acme-dev.us.auth0.com", "login.acme.com");
        const second = {
            ...withProps(stack.provider, { dcrProviderId: "prov-2" }, "outputs"),
            urn: `${stack.provider.urn}-2`,
            name: "second-provider",
        };
        const differs = `ApplicationAuthStrategy "konnect-auth-strategy": issuer https://login.acme.com differs from DcrProvider "konnect-dcr-provider"'s issuer https://acme-dev.us.auth0.com.`;
        // The only provider.
        expect(violations(await run(policy, replaced(stack.all(), unlinked), config))).toEqual([differs]);
        // Of two, the one whose id the strategy names.
        expect(violations(await run(policy, [...replaced(stack.all(), unlinked), second], config))).toEqual([differs]);
        // Of two, none when the id names neither.
        const elsewhere = withProps(unlinked, { dcrProviderId: "prov-9" });
        expect(violations(await run(policy, [...replaced(stack.all(), elsewhere), second], config))).toEqual([
            expect.stringContaining("is not linked to a Konnect DCR provider of this stack"),
        ]);
    });
});

function prodConfigFor(auth0Domain: string, auth0CustomDomain?: string) {
    return { [policy.name]: { auth0Domain, ...(auth0CustomDomain ? { auth0CustomDomain } : {}) } };
}
