import { portalAudienceLiveSettings } from "../../policies/rules/portalAudienceLiveSettings";
import { audienceIsNotManagementApi } from "../../policies/rules/audienceIsNotManagementApi";
import { dcrStack, replaced, run, takingOver, UNKNOWN, violations, withProps } from "../support/policyHarness";

const policy = portalAudienceLiveSettings;

/** The dev stack with the portal API's state (what Auth0 holds) changed; its declared inputs stay as the stack declares. */
function stackWithLiveApi(live: Record<string, unknown>) {
    const stack = dcrStack();
    const api = withProps(stack.api, live, "outputs");
    return replaced(stack.all(), api);
}

describe("portal-audience-live-settings", () => {
    it("passes an API Auth0 holds as the stack declares it", async () => {
        const outcome = await run(policy, dcrStack().all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual(["stack"]);
    });

    it("names offline access on a taken-over API, which the resource policy on the declared inputs cannot see", async () => {
        const targets = stackWithLiveApi({ allowOfflineAccess: true });
        expect(violations(await run(policy, targets))).toEqual([
            'ResourceServer "portal-audience-api" (https://api.dev.acme.com/portal) as Auth0 holds it allows offline access (refresh tokens); the stack declares allowOfflineAccess false.',
        ]);
        expect((await run(audienceIsNotManagementApi, targets)).results).toEqual([]);
    });

    it("says the differences of an API being taken over are kept until adoptPortalAudienceId is removed", async () => {
        const stack = dcrStack();
        const api = takingOver(stack.api, { allowOfflineAccess: true, signingAlg: "HS256" }, ["identifier"]);
        const targets = replaced(stack.all(), api);
        const kept =
            " Kept by the take-over until konnect-auth0-dcr:adoptPortalAudienceId is removed; the preview after that shows it as an update, and pulumi up applies it.";
        expect(violations(await run(policy, targets))).toEqual([
            `ResourceServer "portal-audience-api" (https://api.dev.acme.com/portal) as Auth0 holds it allows offline access (refresh tokens); the stack declares allowOfflineAccess false.${kept}`,
            `ResourceServer "portal-audience-api" (https://api.dev.acme.com/portal) as Auth0 holds it signs with HS256; the stack declares RS256.${kept}`,
        ]);
        // The engine shows the resource policies the same live values; they leave them to this one.
        expect((await run(audienceIsNotManagementApi, targets)).results).toEqual([]);
    });

    it("names a signing algorithm other than RS256", async () => {
        expect(violations(await run(policy, stackWithLiveApi({ signingAlg: "HS256" })))).toEqual([
            expect.stringContaining("signs with HS256; the stack declares RS256."),
        ]);
        expect((await run(policy, stackWithLiveApi({ signingAlg: "rs256" }))).results).toEqual([]);
    });

    it("says nothing while the values are unknown (an API still to be created)", async () => {
        expect(
            (await run(policy, stackWithLiveApi({ allowOfflineAccess: UNKNOWN, signingAlg: UNKNOWN }))).results,
        ).toEqual([]);
    });

    it("does not apply when the stack only looks an existing API up", async () => {
        const outcome = await run(
            policy,
            dcrStack()
                .all()
                .filter((t) => t.type !== "auth0:index/resourceServer:ResourceServer"),
        );
        expect(outcome.notApplicable).toEqual([{ reason: "No portal API managed by this stack" }]);
    });
});
