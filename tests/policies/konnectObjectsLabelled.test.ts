import { konnectObjectsLabelled } from "../../policies/rules/konnectObjectsLabelled";
import { dcrStack, run, violations, withProps } from "../support/policyHarness";

const policy = konnectObjectsLabelled;

describe("konnect-objects-labelled", () => {
    it("passes labelled DCR providers and strategies", async () => {
        const stack = dcrStack();
        const outcome = await run(policy, stack.all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual([stack.provider.urn, stack.strategy.urn]);
    });

    it("reports a missing managed-by label as advisory", async () => {
        const outcome = await run(policy, [withProps(dcrStack().provider, { labels: { "pulumi-stack": "dev" } })]);
        expect(outcome.results).toEqual([
            expect.objectContaining({ level: "advisory", message: "konnect-dcr-provider: has no managed-by label." }),
        ]);
    });

    it("reports a wrong managed-by value, a wrong pulumi-stack label and no labels at all", async () => {
        const stack = dcrStack();
        const wrong = await run(policy, [
            withProps(stack.strategy, { labels: { "managed-by": "terraform", "pulumi-stack": "prod" } }),
        ]);
        expect(violations(wrong)).toEqual([
            'konnect-auth-strategy: managed-by label is "terraform", expected "konnect-auth0-dcr".',
            'konnect-auth-strategy: pulumi-stack label is "prod" but the resource belongs to stack "dev".',
        ]);
        const none = await run(policy, [withProps(stack.strategy, { labels: undefined })]);
        expect(violations(none)).toEqual(["konnect-auth-strategy: has no managed-by label."]);
    });

    it("passes the owner labels the providers write, also a stack name made label-safe with a hash", async () => {
        const labels = {
            "managed-by": "konnect-auth0-dcr",
            "pulumi-organization": "acme",
            "pulumi-project": "konnect-auth0-dcr",
            "pulumi-stack": "dev",
        };
        const stack = dcrStack();
        expect(violations(await run(policy, [withProps(stack.provider, { labels })]))).toEqual([]);
        // `dev_` is no label value (it ends with "_"): the providers write `dev-` and 8 hex digits of its SHA-256.
        const odd = dcrStack({ stack: "dev_" });
        const hashed = { ...labels, "pulumi-stack": "dev-90adc8ab" };
        expect(violations(await run(policy, [withProps(odd.provider, { labels: hashed })]))).toEqual([]);
        const cut = await run(policy, [withProps(odd.provider, { labels: { ...labels, "pulumi-stack": "dev" } })]);
        expect(violations(cut)).toEqual([
            'konnect-dcr-provider: pulumi-stack label is "dev" but the resource belongs to stack "dev_".',
        ]);
    });

    it("reports a pulumi-project label naming another project", async () => {
        const outcome = await run(policy, [
            withProps(dcrStack().strategy, {
                labels: {
                    "managed-by": "konnect-auth0-dcr",
                    "pulumi-project": "billing-portal",
                    "pulumi-stack": "dev",
                },
            }),
        ]);
        expect(violations(outcome)).toEqual([
            'konnect-auth-strategy: pulumi-project label is "billing-portal" but the resource belongs to project "konnect-auth0-dcr".',
        ]);
    });
});
