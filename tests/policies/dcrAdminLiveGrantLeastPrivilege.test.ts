/**
 * Taking over or drifting grants: the pack names what Auth0 holds (the state, as an import or a refresh read
 * it) where it differs from what the stack declares. While a take-over is pending the engine shows every policy the
 * live value of each input the take-over keeps (ignoreChanges), inputs and outputs alike (`takingOver`), so the
 * mandatory resource policy leaves those to this advisory one, whose message says they are kept until the adopt
 * setting is removed.
 */
import { dcrGrantScopes } from "../../auth0/dcrScopes";
import { policies } from "../../policies/pack";
import { dcrAdminGrantLeastPrivilege } from "../../policies/rules/dcrAdminGrantLeastPrivilege";
import { dcrAdminLiveGrantLeastPrivilege } from "../../policies/rules/dcrAdminLiveGrantLeastPrivilege";
import {
    dcrStack,
    evaluatePolicies,
    replaced,
    run,
    takingOver,
    UNKNOWN,
    violations,
    withProps,
} from "../support/policyHarness";

const policy = dcrAdminLiveGrantLeastPrivilege;
const DECLARED = dcrGrantScopes(false);
const DECLARED_SORTED = [...DECLARED].sort().join(", ");
const KEPT = (setting: string) =>
    ` Kept by the take-over until konnect-auth0-dcr:${setting} is removed; the preview after that shows it as an update, and pulumi up applies it.`;

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

    it("says a difference is kept by a pending take-over, and the mandatory policy leaves it to this one", async () => {
        const stack = dcrStack();
        const grant = takingOver(stack.grant, { id: "cgr_4pI9a42haOLLWnwq", scopes: [...DECLARED, "read:users"] }, [
            "clientId",
            "audience",
        ]);
        const all = replaced(stack.all(), grant);
        expect(violations(await run(policy, all))).toEqual([
            `ClientGrant "dcr-admin-management-api-grant" (cgr_4pI9a42haOLLWnwq) as Auth0 holds it has scopes beyond what the stack declares: read:users. ` +
                `The stack declares exactly: ${DECLARED_SORTED}.${KEPT("adoptDcrAdminGrantId")}`,
        ]);
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
    /** The hand-made objects as the real engine shows them while the take-over is pending (inputs and outputs live). */
    function takeOver(client: Record<string, unknown>) {
        const stack = dcrStack();
        return replaced(
            stack.all(),
            takingOver(stack.client, client),
            takingOver(stack.grant, { scopes: [...DECLARED, "read:users"] }, ["clientId", "audience"]),
            takingOver(stack.api, { allowOfflineAccess: true }, ["identifier"]),
        );
    }
    const summary = async (targets: ReturnType<typeof takeOver>) =>
        (await evaluatePolicies(policies, targets, { packEnforcementLevel: "advisory" })).results.map(
            (r) => `${r.level} ${r.policy}: ${r.message}`,
        );
    const LIVE_GRANT =
        `advisory dcr-admin-live-grant-least-privilege: ClientGrant "dcr-admin-management-api-grant" as Auth0 holds it has scopes beyond what the stack declares: read:users. ` +
        `The stack declares exactly: ${DECLARED_SORTED}.${KEPT("adoptDcrAdminGrantId")}`;
    const LIVE_API =
        `advisory portal-audience-live-settings: ResourceServer "portal-audience-api" (https://api.dev.acme.com/portal) as Auth0 holds it allows offline access (refresh tokens); ` +
        `the stack declares allowOfflineAccess false.${KEPT("adoptPortalAudienceId")}`;

    it("names the extra grant scope and the API's offline access as advisories only: no mandatory violation", async () => {
        expect(await summary(takeOver({}))).toEqual([LIVE_GRANT, LIVE_API]);
    });

    it("refuses an interactive app as the DCR admin, naming the take-over, besides the same advisories", async () => {
        const targets = takeOver({ appType: "regular_web", callbacks: ["https://portal.dev.acme.com/callback"] });
        expect(await summary(targets)).toEqual([
            LIVE_GRANT,
            'mandatory dcr-admin-is-machine-to-machine: Client "dcr-admin-client" (Konnect Portal DCR Admin (dev)) has appType "regular_web"; a DCR admin app must be "non_interactive". ' +
                "It is the app being taken over: do not take it over as the DCR admin; remove adoptDcrAdminClientId and adoptDcrAdminGrantId so the stack creates one.",
            'mandatory dcr-admin-is-machine-to-machine: Client "dcr-admin-client" (Konnect Portal DCR Admin (dev)) has callbacks ["https://portal.dev.acme.com/callback"]; a machine-to-machine app has none.',
            LIVE_API,
        ]);
    });
});
