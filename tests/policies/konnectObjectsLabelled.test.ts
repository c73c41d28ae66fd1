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
});
