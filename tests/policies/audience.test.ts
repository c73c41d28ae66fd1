import { audienceIsNotManagementApi } from "../../policies/rules/audienceIsNotManagementApi";
import { audienceSignedWithRs256 } from "../../policies/rules/audienceSignedWithRs256";
import { dcrStack, run, takingOver, violations, withOpts, withProps } from "../support/policyHarness";

/** The hand-made portal API as the engine shows it while its take-over is pending: live values in place of declared ones. */
const handMadeApi = (live: Record<string, unknown>) => takingOver(dcrStack().api, live, ["identifier"]);

describe("audience-is-not-management-api", () => {
    const policy = audienceIsNotManagementApi;

    it("passes the portal API and the strategy's audience", async () => {
        const outcome = await run(policy, dcrStack().all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual([dcrStack().api.urn, dcrStack().strategy.urn]);
    });

    it("rejects a Management API identifier on the resource server, with or without the slash", async () => {
        for (const identifier of [
            "https://acme-dev.us.auth0.com/api/v2/",
            "https://other-tenant.eu.auth0.com/api/v2",
        ]) {
            const outcome = await run(policy, [withProps(dcrStack().api, { identifier })]);
            expect(violations(outcome)).toEqual([
                `portal-audience-api: identifier ${identifier} is an Auth0 Management API; portal applications must get your own API as audience.`,
            ]);
            expect(outcome.results[0].level).toBe("mandatory");
        }
    });

    it("rejects the Management API as the strategy's audience, also on the configured custom domain", async () => {
        const onCustom = await run(
            policy,
            [withProps(dcrStack().strategy, { audience: "https://login.acme.com/api/v2/" })],
            {
                [policy.name]: { auth0CustomDomain: "login.acme.com" },
            },
        );
        expect(violations(onCustom)).toEqual([
            expect.stringContaining(
                "konnect-auth-strategy: audience https://login.acme.com/api/v2/ is an Auth0 Management API",
            ),
        ]);
        const unconfigured = await run(policy, [
            withProps(dcrStack().strategy, { audience: "https://login.acme.com/api/v2/" }),
        ]);
        expect(unconfigured.results).toEqual([]);
    });

    it("rejects an audience that is not an absolute URI", async () => {
        for (const identifier of [
            "api.acme.com/portal",
            "portal-api",
            "https:///portal",
            "https://api.acme.com/ portal",
        ]) {
            const outcome = await run(policy, [withProps(dcrStack().api, { identifier })]);
            expect(violations(outcome)).toEqual([
                `portal-audience-api: identifier ${JSON.stringify(identifier)} is not an absolute URI such as https://api.example.com/portal.`,
            ]);
        }
    });

    it("rejects offline access on the portal API", async () => {
        const outcome = await run(policy, [withProps(dcrStack().api, { allowOfflineAccess: true })]);
        expect(violations(outcome)).toEqual([
            "portal-audience-api: allowOfflineAccess is true; the portal API must not issue refresh tokens.",
        ]);
    });

    it("accepts non-https absolute URIs that Auth0 allows as identifiers", async () => {
        const outcome = await run(policy, [withProps(dcrStack().api, { identifier: "urn://acme/portal" })]);
        expect(outcome.results).toEqual([]);
    });
});

describe("audience-signed-with-rs256", () => {
    const policy = audienceSignedWithRs256;

    it("passes RS256", async () => {
        expect((await run(policy, dcrStack().all())).results).toEqual([]);
    });

    it("reports HS256 as advisory", async () => {
        const outcome = await run(policy, [withProps(dcrStack().api, { signingAlg: "HS256" })]);
        expect(outcome.results).toEqual([
            expect.objectContaining({
                level: "advisory",
                message: 'portal-audience-api: signingAlg is "HS256"; use "RS256".',
            }),
        ]);
    });

    it("reports an unset signing algorithm", async () => {
        const outcome = await run(policy, [withProps(dcrStack().api, { signingAlg: undefined })]);
        expect(violations(outcome)).toEqual(['portal-audience-api: signingAlg is not set; set "RS256" explicitly.']);
    });

    it("can be made mandatory through policy-pack config", async () => {
        const outcome = await run(policy, [withProps(dcrStack().api, { signingAlg: "PS256" })], {
            [policy.name]: "mandatory",
        });
        expect(outcome.results.map((r) => r.level)).toEqual(["mandatory"]);
    });
});

describe("the audience policies while a take-over of a hand-made API is pending", () => {
    it("audience-is-not-management-api leaves the live offline access to portal-audience-live-settings", async () => {
        const api = handMadeApi({ allowOfflineAccess: true });
        expect(api.inputs.allowOfflineAccess).toBe(true);
        expect(api.opts).toMatchObject({
            protect: true,
            ignoreChanges: ["name", "signingAlg", "allowOfflineAccess"],
        });
        const outcome = await run(audienceIsNotManagementApi, [api]);
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual([api.urn]);
    });

    it("still refuses a Management API identifier: identity inputs are never kept", async () => {
        const api = withProps(handMadeApi({ allowOfflineAccess: true }), {
            identifier: "https://acme-dev.us.auth0.com/api/v2/",
        });
        expect(violations(await run(audienceIsNotManagementApi, [api]))).toEqual([
            "portal-audience-api: identifier https://acme-dev.us.auth0.com/api/v2/ is an Auth0 Management API; portal applications must get your own API as audience.",
        ]);
    });

    it("judges offline access again once adoptPortalAudienceId is removed, and without the take-over's options", async () => {
        const message =
            "portal-audience-api: allowOfflineAccess is true; the portal API must not issue refresh tokens.";
        const api = handMadeApi({ allowOfflineAccess: true });
        for (const opts of [
            { protect: false, ignoreChanges: [] },
            { protect: false, ignoreChanges: ["allowOfflineAccess"] },
            { protect: true, ignoreChanges: ["name"] },
        ]) {
            expect(violations(await run(audienceIsNotManagementApi, [withOpts(api, opts)]))).toEqual([message]);
        }
    });

    it("audience-signed-with-rs256 leaves a live HS256 to portal-audience-live-settings, and judges it once the take-over is done", async () => {
        const api = handMadeApi({ signingAlg: "HS256" });
        const outcome = await run(audienceSignedWithRs256, [api]);
        expect(outcome.results).toEqual([]);
        expect(outcome.notApplicable).toEqual([
            {
                urn: api.urn,
                reason: "Take-over pending: signingAlg is the live API's (kept by ignoreChanges); portal-audience-live-settings names it",
            },
        ]);
        expect(
            violations(await run(audienceSignedWithRs256, [withOpts(api, { protect: false, ignoreChanges: [] })])),
        ).toEqual(['portal-audience-api: signingAlg is "HS256"; use "RS256".']);
    });
});
