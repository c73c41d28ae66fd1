import { dcrAdminGrantLeastPrivilege } from "../../policies/rules/dcrAdminGrantLeastPrivilege";
import { dcrGrantScopes } from "../../auth0/dcrScopes";
import { dcrStack, run, takingOver, UNKNOWN, violations, withOpts, withProps } from "../support/policyHarness";

const policy = dcrAdminGrantLeastPrivilege;
const grantWith = (changes: Record<string, unknown>) => [withProps(dcrStack().grant, changes)];

describe("dcr-admin-grant-least-privilege", () => {
    it("passes the grant with exactly the nine DCR scopes", async () => {
        const outcome = await run(policy, dcrStack().all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual([dcrStack().grant.urn]);
    });

    it("passes read:resource_servers when the config says developer-managed scopes", async () => {
        const stack = dcrStack({ developerManagedScopes: true });
        const outcome = await run(policy, [stack.grant], { [policy.name]: { developerManagedScopes: true } });
        expect(outcome.results).toEqual([]);
    });

    it("names extra scopes such as delete:users and read:client_keys", async () => {
        const outcome = await run(
            policy,
            grantWith({ scopes: [...dcrGrantScopes(false), "read:client_keys", "delete:users"] }),
        );
        expect(violations(outcome)).toEqual([
            'Grant "dcr-admin-management-api-grant" on https://acme-dev.us.auth0.com/api/v2/ has scopes Konnect DCR does not need: delete:users, read:client_keys.',
        ]);
        expect(outcome.results[0].level).toBe("mandatory");
    });

    it("names missing scopes", async () => {
        const outcome = await run(
            policy,
            grantWith({
                scopes: dcrGrantScopes(false).filter((s) => s !== "update:client_keys" && s !== "read:clients"),
            }),
        );
        expect(violations(outcome)).toEqual([
            'Grant "dcr-admin-management-api-grant" on https://acme-dev.us.auth0.com/api/v2/ lacks scopes Konnect DCR needs: read:clients, update:client_keys.',
        ]);
    });

    it("rejects read:resource_servers without developer-managed scopes and says why", async () => {
        const outcome = await run(policy, [dcrStack({ developerManagedScopes: true }).grant]);
        expect(violations(outcome)).toEqual([
            expect.stringContaining(
                "has scopes Konnect DCR does not need: read:resource_servers (read:resource_servers is needed only with developer-managed scopes",
            ),
        ]);
    });

    it("reports a missing read:resource_servers when developer-managed scopes are configured", async () => {
        const outcome = await run(policy, [dcrStack().grant], { [policy.name]: { developerManagedScopes: true } });
        expect(violations(outcome)).toEqual([
            expect.stringContaining("lacks scopes Konnect DCR needs: read:resource_servers."),
        ]);
    });

    it("rejects allowAllScopes and duplicated scopes", async () => {
        const outcome = await run(
            policy,
            grantWith({ allowAllScopes: true, scopes: [...dcrGrantScopes(false), "read:clients"] }),
        );
        expect(violations(outcome)).toEqual([
            expect.stringContaining("sets allowAllScopes"),
            expect.stringContaining("lists scopes more than once: read:clients."),
        ]);
    });

    it("checks grants on any tenant's Management API, legacy regionless domains included", async () => {
        const outcome = await run(
            policy,
            grantWith({ audience: "https://acme.auth0.com/api/v2/", scopes: ["delete:users"] }),
        );
        expect(violations(outcome)).toEqual([
            expect.stringContaining("does not need: delete:users."),
            expect.stringContaining("lacks scopes"),
        ]);
    });

    it("does not apply to grants on other APIs", async () => {
        const outcome = await run(
            policy,
            grantWith({ audience: "https://api.dev.acme.com/portal", scopes: ["read:anything"] }),
        );
        expect(outcome.results).toEqual([]);
        expect(outcome.notApplicable).toEqual([
            expect.objectContaining({ reason: "Only grants on an Auth0 Management API audience are checked" }),
        ]);
    });

    it("cannot run during preview when the scopes are unknown, and says so as an advisory", async () => {
        const outcome = await run(policy, grantWith({ scopes: UNKNOWN }));
        expect(outcome.results).toEqual([
            expect.objectContaining({
                level: "advisory",
                kind: "unknown-during-preview",
                message: expect.stringContaining(".scopes can't be known during preview"),
            }),
        ]);
    });
});

describe("dcr-admin-grant-least-privilege while a take-over is pending", () => {
    const DCR = dcrGrantScopes(false);
    const TAKE_OVER_REASON =
        "Take-over pending: the scopes shown are the ones Auth0 holds (kept by ignoreChanges), not the declared ones; " +
        "dcr-admin-live-grant-least-privilege names them, and this policy judges the declared scopes once the adopt settings are removed";
    /** The hand-made grant as the engine shows it during the take-over: the live scopes in place of the declared ones. */
    const handMade = (scopes: string[]) => takingOver(dcrStack().grant, { scopes }, ["clientId", "audience"]);

    it("does not judge the live scopes the take-over keeps (read:users); it says why, and reports nothing", async () => {
        const grant = handMade([...DCR, "read:users"]);
        expect(grant.inputs.scopes).toEqual([...DCR, "read:users"]);
        expect(grant.opts).toMatchObject({ protect: true, ignoreChanges: ["scopes", "subjectType"] });
        const outcome = await run(policy, [grant]);
        expect(outcome.results).toEqual([]);
        expect(outcome.notApplicable).toEqual([{ urn: grant.urn, reason: TAKE_OVER_REASON }]);
    });

    it("nor scopes the hand-made grant lacks", async () => {
        const outcome = await run(policy, [handMade(DCR.filter((s) => s !== "update:client_keys"))]);
        expect(outcome.results).toEqual([]);
    });

    it("judges the declared scopes again once the adopt settings are removed (no ignoreChanges, protect as configured)", async () => {
        const after = withOpts(handMade([...DCR, "read:users"]), { protect: false, ignoreChanges: [] });
        expect(violations(await run(policy, [withProps(after, { scopes: DCR })]))).toEqual([]);
        expect(violations(await run(policy, [after]))).toEqual([
            'Grant "dcr-admin-management-api-grant" on https://acme-dev.us.auth0.com/api/v2/ has scopes Konnect DCR does not need: read:users.',
        ]);
    });

    it("stays strict without the take-over's options: ignoreChanges alone, protect alone or a path inside scopes", async () => {
        const extra = withProps(dcrStack().grant, { scopes: [...DCR, "read:users"] });
        const message =
            'Grant "dcr-admin-management-api-grant" on https://acme-dev.us.auth0.com/api/v2/ has scopes Konnect DCR does not need: read:users.';
        for (const opts of [
            { protect: false, ignoreChanges: ["scopes"] },
            { protect: true, ignoreChanges: [] },
            { protect: true, ignoreChanges: ["scopes[9]"] },
            { protect: true, ignoreChanges: ["subjectType"] },
        ]) {
            expect(violations(await run(policy, [withOpts(extra, opts)]))).toEqual([message]);
        }
    });

    it("still refuses allowAllScopes, which a take-over does not keep", async () => {
        const grant = withProps(handMade(DCR), { allowAllScopes: true });
        expect(violations(await run(policy, [grant]))).toEqual([
            'Grant "dcr-admin-management-api-grant" on https://acme-dev.us.auth0.com/api/v2/ sets allowAllScopes: every Management API scope, including user and tenant administration.',
        ]);
    });
});
