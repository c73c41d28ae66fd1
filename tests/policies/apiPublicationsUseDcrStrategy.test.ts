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

    describe("which strategies count as the stack's DCR strategy", () => {
        /** The stack with its strategy's link to the provider changed: by id, by dependency, both or neither. */
        function strategyLinked(dcrProviderId: unknown, linked: boolean) {
            const built = stackWithPublication();
            const strategy = {
                ...withProps(built.strategy, { dcrProviderId }),
                dependencies: linked ? [built.stack.provider.urn] : [],
                propertyDependencies: (linked ? { dcrProviderId: [built.stack.provider.urn] } : {}) as Record<
                    string,
                    string[]
                >,
            };
            return replaced(built.all, strategy);
        }
        const NONE = "(the stack has no strategy backed by its DCR provider)";

        it("one whose provider id is the stack's provider's, linked or not", async () => {
            expect(violations(await run(policy, strategyLinked("prov-1", false)))).toEqual([]);
        });

        it("one that depends on the stack's provider even if the ids differ (a provider being replaced)", async () => {
            expect(violations(await run(policy, strategyLinked("prov-0", true)))).toEqual([]);
        });

        it("not one with another provider's id and no link to the stack's", async () => {
            expect(violations(await run(policy, strategyLinked("prov-0", false)))).toEqual([
                expect.stringContaining(NONE),
            ]);
        });

        it("during a preview, one whose provider id is unknown only if it depends on the stack's provider", async () => {
            expect(violations(await run(policy, strategyLinked(UNKNOWN, true)))).toEqual([]);
            expect(violations(await run(policy, strategyLinked(UNKNOWN, false)))).toEqual([
                expect.stringContaining(NONE),
            ]);
        });

        it("not one pointing at the id of a resource that is not a DCR provider", async () => {
            const built = stackWithPublication();
            const strategy = {
                ...withProps(built.strategy, { dcrProviderId: "cid-admin" }),
                dependencies: [],
                propertyDependencies: {},
            };
            const client = withProps(built.stack.client, { dcrProviderId: "cid-admin" });
            expect(violations(await run(policy, replaced(built.all, strategy, client)))).toEqual([
                expect.stringContaining(NONE),
            ]);
        });

        it("are all named when a publication uses none of them", async () => {
            const built = stackWithPublication({ authStrategyId: "strat-9" }, {});
            const second = {
                ...withProps(built.strategy, { authStrategyId: "strat-2" }, "outputs"),
                urn: built.strategy.urn.replace("konnect-auth-strategy", "second-strategy"),
                name: "second-strategy",
            };
            expect(violations(await run(policy, [...built.all, second]))).toEqual([
                `ApiPublicationAuthStrategy "konnect-portal-dcr-publication-${API}": API ${API} uses auth strategy strat-9, not the stack's DCR application auth strategy (ApplicationAuthStrategy "konnect-auth-strategy", ApplicationAuthStrategy "second-strategy").`,
            ]);
        });
    });

    describe("during a preview", () => {
        it("a publication with a known id passes when the strategy's id is unknown and the publication depends on it", async () => {
            const built = stackWithPublication();
            const previewed = replaced(built.all, withProps(built.strategy, { authStrategyId: UNKNOWN }, "outputs"));
            expect(violations(await run(policy, previewed))).toEqual([]);
        });

        it("a publication with a known id fails when the strategy's id is unknown and nothing links them", async () => {
            const built = stackWithPublication({}, {});
            const unlinked = { ...built.published, dependencies: [] };
            const previewed = replaced(
                [...built.all.filter((r) => r.urn !== built.published.urn), unlinked],
                withProps(built.strategy, { authStrategyId: UNKNOWN }, "outputs"),
            );
            expect(violations(await run(policy, previewed))).toEqual([
                expect.stringContaining("uses auth strategy strat-1"),
            ]);
        });

        it("a publication whose strategy id is unknown and that depends on no DCR strategy uses one from outside the stack", async () => {
            const built = stackWithPublication({ authStrategyId: UNKNOWN }, {});
            const unlinked = { ...built.published, dependencies: [] };
            const all = [...built.all.filter((r) => r.urn !== built.published.urn), unlinked];
            expect(violations(await run(policy, all))).toEqual([
                expect.stringContaining(`API ${API} uses an auth strategy from outside the stack, not the stack's DCR`),
            ]);
        });

        it("names the API as unknown when its id is not known yet", async () => {
            const built = stackWithPublication({ apiId: UNKNOWN, authStrategyId: undefined }, {});
            expect(violations(await run(policy, built.all))).toEqual([
                expect.stringContaining("API (unknown API) uses no auth strategy"),
            ]);
        });
    });

    describe("the portal the strategy is bound to", () => {
        it("is found through the binding's dependency when its strategy id is not the publication's", async () => {
            const built = stackWithPublication({ portalId: "7710d5c4-d902-410b-992f-18b814155b53" });
            const binding = {
                ...withProps(built.stack.binding, { authStrategyId: UNKNOWN }),
                dependencies: [built.strategy.urn],
            };
            expect(violations(await run(policy, replaced(built.all, binding)))).toEqual([
                expect.stringContaining(`but the stack's DCR strategy is bound to v3 portal ${PORTAL}`),
            ]);
        });

        it("does not count a binding of another strategy", async () => {
            const built = stackWithPublication({ portalId: "7710d5c4-d902-410b-992f-18b814155b53" });
            const binding = { ...withProps(built.stack.binding, { authStrategyId: "strat-9" }), dependencies: [] };
            expect(violations(await run(policy, replaced(built.all, binding)))).toEqual([]);
        });

        it("must be of the publication's kind too, and is not judged while either side is unknown", async () => {
            const classic = stackWithPublication({ portalKind: "classic" });
            expect(violations(await run(policy, classic.all))).toEqual([
                `ApiPublicationAuthStrategy "konnect-portal-dcr-publication-${API}": API ${API} is published on classic portal ${PORTAL}, but the stack's DCR strategy is bound to v3 portal ${PORTAL}.`,
            ]);
            const unknownPortal = stackWithPublication({ portalId: UNKNOWN, portalKind: UNKNOWN });
            expect(violations(await run(policy, unknownPortal.all))).toEqual([]);
            const built = stackWithPublication({
                portalId: "7710d5c4-d902-410b-992f-18b814155b53",
                portalKind: "classic",
            });
            const unknownBinding = withProps(built.stack.binding, { portalId: UNKNOWN, portalKind: UNKNOWN });
            expect(violations(await run(policy, replaced(built.all, unknownBinding)))).toEqual([]);
        });
    });
});
