/**
 * Taking over or drifting grants: the pack names what Auth0 holds (the state, as an import or a refresh read
 * it) where it differs from what the stack declares. Resource policies see the declared inputs, stack
 * policies the state, so a take-over whose live grant has extra scopes passes the first and is named by the
 * second.
 */
import { dcrGrantScopes } from "../../auth0/dcrScopes";
import { policies } from "../../policies/pack";
import { dcrAdminGrantLeastPrivilege } from "../../policies/rules/dcrAdminGrantLeastPrivilege";
import { dcrAdminLiveGrantLeastPrivilege } from "../../policies/rules/dcrAdminLiveGrantLeastPrivilege";
import { dcrStack, evaluatePolicies, replaced, run, UNKNOWN, violations, withProps } from "../support/policyHarness";

const policy = dcrAdminLiveGrantLeastPrivilege;
const DECLARED = dcrGrantScopes(false);

/** The dev stack with the grant's state (what Auth0 holds) changed; the declared inputs stay least privilege. */
function stackWithLiveGrant(live: Record<string, unknown>, options: Parameters<typeof dcrStack>[0] = {}) {
    const stack = dcrStack(options);
    const grant = withProps(stack.grant, { id: "cgr_4pI9a42haOLLWnwq", ...live }, "outputs");
    return { stack, grant, all: replaced(stack.all(), grant) };
}

describe("dcr-admin-live-grant-least-privilege", () => {
    it("passes a grant Auth0 holds with exactly the declared scopes", async () => {
        const outcome = await run(policy, dcrStack().all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual(["stack"]);
        expect(policy.enforcementLevel).toBe("advisory");
    });

    it("names the scopes a taken-over grant has beyond what the stack declares, with the declared list", async () => {
        const { all } = stackWithLiveGrant({ scopes: [...DECLARED, "read:users", "update:users"] });
        expect(violations(await run(policy, all))).toEqual([
            `ClientGrant "dcr-admin-management-api-grant" (cgr_4pI9a42haOLLWnwq) as Auth0 holds it has scopes beyond what the stack declares: read:users, update:users. ` +
                `The stack declares exactly: ${DECLARED.join(", ")}.`,
        ]);
        // The declared inputs are least privilege, so the resource policy alone would not see it.
        expect((await run(dcrAdminGrantLeastPrivilege, all)).results).toEqual([]);
    });

    it("names scopes the live grant lacks", async () => {
        const { all } = stackWithLiveGrant({ scopes: DECLARED.filter((s) => s !== "update:client_keys") });
        expect(violations(await run(policy, all))).toEqual([
            'ClientGrant "dcr-admin-management-api-grant" (cgr_4pI9a42haOLLWnwq) as Auth0 holds it lacks scopes the stack declares: update:client_keys; Konnect DCR fails without them.',
        ]);
    });

    it("names a live grant that allows all scopes", async () => {
        const { all } = stackWithLiveGrant({ allowAllScopes: true });
        expect(violations(await run(policy, all))).toEqual([
            expect.stringContaining("as Auth0 holds it allows all scopes; the stack declares exactly:"),
        ]);
    });

    it("reads developer-managed scopes from the stack's Konnect DCR provider", async () => {
        const withExtra = [...DECLARED, "read:resource_servers"];
        expect(
            (await run(policy, stackWithLiveGrant({ scopes: withExtra }, { developerManagedScopes: true }).all))
                .results,
        ).toEqual([]);
        expect(violations(await run(policy, stackWithLiveGrant({ scopes: withExtra }).all))).toEqual([
            expect.stringContaining("beyond what the stack declares: read:resource_servers."),
        ]);
    });

    it("says nothing about a grant still to be created (its scopes unknown during preview)", async () => {
        const outcome = await run(policy, stackWithLiveGrant({ scopes: UNKNOWN }).all);
        expect(outcome.results).toEqual([]);
    });

    it("does not apply to a stack without a Management API grant", async () => {
        const outcome = await run(
            policy,
            dcrStack()
                .all()
                .filter((t) => t.type !== "auth0:index/clientGrant:ClientGrant"),
        );
        expect(outcome.notApplicable).toEqual([{ reason: "No Management API grant in this stack" }]);
    });
});

describe("the pack on a take-over of a setup that differs from the stack", () => {
    it("names the extra grant scopes, the interactive app type and the API's offline access Auth0 holds, and nothing else", async () => {
        const stack = dcrStack();
        const client = withProps(
            stack.client,
            { appType: "regular_web", callbacks: ["https://portal.dev.acme.com/callback"] },
            "outputs",
        );
        const grant = withProps(stack.grant, { scopes: [...DECLARED, "read:users"] }, "outputs");
        const api = withProps(stack.api, { allowOfflineAccess: true }, "outputs");
        const targets = replaced(stack.all(), client, grant, api);
        const evaluation = await evaluatePolicies(policies, targets, { packEnforcementLevel: "advisory" });
        expect(evaluation.results.map((r) => [r.policy, r.level, r.message])).toEqual([
            [
                "dcr-admin-live-grant-least-privilege",
                "advisory",
                expect.stringContaining("has scopes beyond what the stack declares: read:users."),
            ],
            [
                "dcr-admin-is-machine-to-machine",
                "mandatory",
                expect.stringContaining('has appType "regular_web"; a DCR admin app must be "non_interactive".'),
            ],
            [
                "dcr-admin-is-machine-to-machine",
                "mandatory",
                expect.stringContaining('has callbacks ["https://portal.dev.acme.com/callback"]'),
            ],
            [
                "portal-audience-live-settings",
                "advisory",
                expect.stringContaining("allows offline access (refresh tokens)"),
            ],
        ]);
    });
});
