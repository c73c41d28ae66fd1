import { protectProduction } from "../../policies/rules/protectProduction";
import { dcrStack, run, violations, withOpts } from "../support/policyHarness";

const policy = protectProduction;

describe("protect-production", () => {
    it("passes a prod stack whose Auth0 and Konnect objects are protected", async () => {
        const stack = dcrStack({ stack: "prod" });
        const outcome = await run(policy, stack.all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual([
            stack.client.urn,
            stack.grant.urn,
            stack.api.urn,
            stack.provider.urn,
            stack.strategy.urn,
            stack.binding.urn,
        ]);
    });

    it("rejects an unprotected client and DCR provider in prod, naming the stack read from the URN", async () => {
        const stack = dcrStack({ stack: "prod" });
        const outcome = await run(policy, [
            withOpts(stack.client, { protect: false }),
            withOpts(stack.provider, { protect: false }),
            stack.grant,
        ]);
        expect(violations(outcome)).toEqual([
            'auth0:index/client:Client "dcr-admin-client" in production stack "prod" is not protected.',
            'pulumi-nodejs:dynamic/konnect:DcrProvider "konnect-dcr-provider" in production stack "prod" is not protected.',
        ]);
        expect(outcome.results.every((r) => r.level === "mandatory")).toBe(true);
    });

    it("does not apply to stacks outside the configured list", async () => {
        const outcome = await run(policy, dcrStack({ stack: "dev", protect: false }).all());
        expect(outcome.results).toEqual([]);
        expect(outcome.notApplicable[0].reason).toBe('Stack "dev" is not a production stack (prod)');
    });

    it("follows a configured stack list and level", async () => {
        const stack = dcrStack({ stack: "staging", protect: false });
        const outcome = await run(policy, [stack.grant], {
            [policy.name]: { stacks: ["staging", "prod"], enforcementLevel: "advisory" },
        });
        expect(outcome.results).toEqual([
            expect.objectContaining({
                level: "advisory",
                message: expect.stringContaining('in production stack "staging" is not protected.'),
            }),
        ]);
    });

    it("does not require protection of the credentials resource, whose deletion keeps the client", async () => {
        const stack = dcrStack({ stack: "prod" });
        const outcome = await run(policy, [withOpts(stack.credentials, { protect: false })]);
        expect(outcome.results).toEqual([]);
    });
});
