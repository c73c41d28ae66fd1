import { dcrAdminIsMachineToMachine } from "../../policies/rules/dcrAdminIsMachineToMachine";
import { dcrStack, replaced, run, takingOver, UNKNOWN, violations, withProps } from "../support/policyHarness";

const policy = dcrAdminIsMachineToMachine;

describe("dcr-admin-is-machine-to-machine", () => {
    it("passes the non_interactive client with only client_credentials", async () => {
        const outcome = await run(policy, dcrStack().all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual(["stack"]);
    });

    it("rejects a regular web app type (and would reject the camelCase spelling)", async () => {
        const stack = dcrStack();
        for (const appType of ["regular_web", "nonInteractive"]) {
            const outcome = await run(policy, replaced(stack.all(), withProps(stack.client, { appType })));
            expect(violations(outcome)).toEqual([
                `Client "dcr-admin-client" (Konnect Portal DCR Admin (dev)) has appType "${appType}"; a DCR admin app must be "non_interactive".`,
            ]);
        }
    });

    it("judges the app Auth0 holds even while its take-over is pending, and says not to take it over", async () => {
        const stack = dcrStack();
        const client = takingOver(stack.client, { appType: "spa", grantTypes: ["authorization_code"] });
        expect(violations(await run(policy, replaced(stack.all(), client)))).toEqual([
            'Client "dcr-admin-client" (Konnect Portal DCR Admin (dev)) has appType "spa"; a DCR admin app must be "non_interactive". ' +
                "It is the app being taken over: do not take it over as the DCR admin; remove adoptDcrAdminClientId and adoptDcrAdminGrantId so the stack creates one.",
            'Client "dcr-admin-client" (Konnect Portal DCR Admin (dev)) has grantTypes ["authorization_code"]; only ["client_credentials"] is allowed.',
        ]);
        expect(policy.enforcementLevel).toBe("mandatory");
    });

    it("rejects browser grant types and unset grant types", async () => {
        const stack = dcrStack();
        const extra = await run(
            policy,
            replaced(
                stack.all(),
                withProps(stack.client, { grantTypes: ["client_credentials", "authorization_code"] }),
            ),
        );
        expect(violations(extra)).toEqual([
            expect.stringContaining(
                'has grantTypes ["client_credentials","authorization_code"]; only ["client_credentials"] is allowed.',
            ),
        ]);
        const unset = await run(policy, replaced(stack.all(), withProps(stack.client, { grantTypes: undefined })));
        expect(violations(unset)).toEqual([
            expect.stringContaining("does not set grantTypes; Auth0 then enables implicit"),
        ]);
    });

    it("rejects callbacks, allowed origins and web origins", async () => {
        const stack = dcrStack();
        const client = withProps(stack.client, {
            callbacks: ["https://app.example.com/cb"],
            allowedOrigins: ["https://app.example.com"],
            webOrigins: ["https://x.example.com"],
        });
        const outcome = await run(policy, replaced(stack.all(), client));
        expect(violations(outcome)).toEqual([
            expect.stringContaining('has callbacks ["https://app.example.com/cb"]; a machine-to-machine app has none.'),
            expect.stringContaining('has allowedOrigins ["https://app.example.com"]'),
            expect.stringContaining('has webOrigins ["https://x.example.com"]'),
        ]);
    });

    it("finds the admin client through the grant's dependency even when renamed and its id is unknown (first preview)", async () => {
        const stack = dcrStack();
        const client = withProps(stack.client, { name: "Some other name", appType: "spa", clientId: UNKNOWN });
        const grant = withProps(stack.grant, { clientId: UNKNOWN });
        const outcome = await run(policy, replaced(stack.all(), client, grant));
        expect(violations(outcome)).toEqual([expect.stringContaining('has appType "spa"')]);
    });

    it("finds the admin client by its name prefix when no grant is in the stack", async () => {
        const stack = dcrStack();
        const outcome = await run(policy, [withProps(stack.client, { appType: "spa" })]);
        expect(violations(outcome)).toEqual([expect.stringContaining('has appType "spa"')]);
    });

    it("leaves other clients alone", async () => {
        const stack = dcrStack();
        const outcome = await run(policy, [withProps(stack.client, { name: "Marketing site", appType: "spa" })]);
        expect(outcome.results).toEqual([]);
        expect(outcome.notApplicable).toEqual([{ urn: undefined, reason: "No DCR admin client in this stack" }]);
    });

    it("finds a renamed admin client by the client id its grant names, when no dependency links them", async () => {
        const stack = dcrStack();
        const client = withProps(stack.client, { name: "Some other name", appType: "spa" });
        const grant = { ...stack.grant, dependencies: [], propertyDependencies: {} };
        expect(violations(await run(policy, replaced(stack.all(), client, grant)))).toEqual([
            'Client "dcr-admin-client" (Some other name) has appType "spa"; a DCR admin app must be "non_interactive".',
        ]);
        // A client whose id the grant does not name is not the admin.
        const other = withProps(client, { clientId: "cid-other" });
        const outcome = await run(policy, replaced(stack.all(), other, grant));
        expect(outcome.results).toEqual([]);
        expect(outcome.notApplicable).toEqual([{ urn: undefined, reason: "No DCR admin client in this stack" }]);
    });

    it("takes no client by name when the name prefix is configured empty, and names a client without a known name by its resource", async () => {
        const stack = dcrStack();
        const byName = [withProps(stack.client, { appType: "spa" })];
        const outcome = await run(policy, byName, { [policy.name]: { adminClientNamePrefix: "" } });
        expect(outcome.notApplicable).toEqual([{ urn: undefined, reason: "No DCR admin client in this stack" }]);
        const unnamed = withProps(stack.client, { name: UNKNOWN, appType: "spa" });
        expect(violations(await run(policy, replaced(stack.all(), unnamed)))).toEqual([
            'Client "dcr-admin-client" has appType "spa"; a DCR admin app must be "non_interactive".',
        ]);
    });
});
