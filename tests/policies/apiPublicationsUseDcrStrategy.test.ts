import { apiPublicationsUseDcrStrategy } from "../../policies/rules/apiPublicationsUseDcrStrategy";
import { KONNECT_API_PUBLICATION } from "../../policies/lib/resourceTypes";
import { dcrStack, replaced, run, target, UNKNOWN, violations, withProps } from "../support/policyHarness";

const policy = apiPublicationsUseDcrStrategy;
const API = "9f5061ce-78f6-4452-9108-ad7c02821fd5";
const PORTAL = "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10";

/** The compliant stack with its strategy's id known, plus one publication wired as the program wires it. */
function stackWithPublication(
    publication: Record<string, unknown> = {},
    propertyDependencies?: Record<string, string[]>,
) {
    const stack = dcrStack();
    const strategy = withProps(stack.strategy, { authStrategyId: "strat-1" }, "outputs");
    const provider = withProps(stack.provider, { dcrProviderId: "prov-1" }, "outputs");
    const published = target(
        KONNECT_API_PUBLICATION,
        `konnect-portal-dcr-publication-${API}`,
        {
            serverUrl: "https://us.api.konghq.com",
            portalId: PORTAL,
            portalKind: "v3",
            apiId: API,
            authStrategyId: "strat-1",
            ...publication,
        },
        {
            dependencies: [strategy.urn, stack.binding.urn],
            propertyDependencies: propertyDependencies ?? { authStrategyId: [strategy.urn] },
        },
    );
    const all = replaced(stack.all(), strategy, provider);
    return { stack, strategy, published, all: [...all, published] };
}

describe("api-publications-use-dcr-strategy", () => {
    it("passes a publication on the bound portal that uses the stack's DCR strategy", async () => {
        const { all } = stackWithPublication();
        const outcome = await run(policy, all);
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual(["stack"]);
    });

    it("passes during a preview, when the strategy id is unknown but the publication depends on the stack's strategy", async () => {
        const { all, strategy } = stackWithPublication({ authStrategyId: UNKNOWN });
        const previewed = replaced(all, withProps(strategy, { authStrategyId: UNKNOWN }, "outputs"));
        expect(violations(await run(policy, previewed))).toEqual([]);
    });

    it("is not applicable to a stack without API publications", async () => {
        const outcome = await run(policy, dcrStack().all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual([]);
    });

    it("fails, as mandatory, a publication that uses another strategy, naming the API", async () => {
        const { all } = stackWithPublication({ authStrategyId: "0a0a0a0a-1b1b-4c2c-8d3d-4e4e4e4e4e4e" }, {});
        const outcome = await run(policy, all);
        expect(outcome.results).toEqual([expect.objectContaining({ level: "mandatory" })]);
        expect(violations(outcome)).toEqual([
            `ApiPublicationAuthStrategy "konnect-portal-dcr-publication-${API}": API ${API} uses auth strategy 0a0a0a0a-1b1b-4c2c-8d3d-4e4e4e4e4e4e, not the stack's DCR application auth strategy (ApplicationAuthStrategy "konnect-auth-strategy").`,
        ]);
    });

    it("fails a publication whose strategy is not backed by the stack's DCR provider", async () => {
        const { all, strategy } = stackWithPublication();
        const withoutDcr = replaced(all, {
            ...withProps(strategy, { dcrProviderId: undefined }),
            propertyDependencies: {},
            dependencies: [],
        });
        expect(violations(await run(policy, withoutDcr))).toEqual([
            expect.stringContaining("(the stack has no strategy backed by its DCR provider)"),
        ]);
    });

    it("fails a publication with no strategy, and one on another portal than the strategy is bound to", async () => {
        const none = stackWithPublication({ authStrategyId: undefined }, {});
        expect(violations(await run(policy, none.all))).toEqual([
            expect.stringContaining(`API ${API} uses no auth strategy`),
        ]);
        const elsewhere = stackWithPublication({ portalId: "7710d5c4-d902-410b-992f-18b814155b53" });
        expect(violations(await run(policy, elsewhere.all))).toEqual([
            expect.stringContaining(
                `API ${API} is published on v3 portal 7710d5c4-d902-410b-992f-18b814155b53, but the stack's DCR strategy is bound to v3 portal ${PORTAL}`,
            ),
        ]);
    });
});
