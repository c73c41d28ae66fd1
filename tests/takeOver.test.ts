/**
 * Taking over an Auth0 setup made by hand: with the adopt settings, the program imports the existing admin
 * application, its credentials and grant, and the portal API (Pulumi's `import` option) instead of creating
 * them, keeps Auth0's current values for everything but identity, and protects them while the take-over is
 * pending. Without the settings the same resources register under the same URNs, with no `import`.
 */
import { ProgramRun, runProgramOffline } from "../offline/programRunner";
import { takeOverOptions } from "../components/takeOver";
import { byType } from "./support/registrations";

const CLIENT_ID = "Xk3pQ9rT2vW8yZ1aB4cD6eF7gH0jK5mN";
const GRANT_ID = "cgr_4pI9a42haOLLWnwq";
const API_ID = "5c4a1d3b8f0e6a2d7c9b1e0f";
const ADOPT = {
    "konnect-auth0-dcr:adoptDcrAdminClientId": CLIENT_ID,
    "konnect-auth0-dcr:adoptDcrAdminGrantId": GRANT_ID,
    "konnect-auth0-dcr:adoptPortalAudienceId": API_ID,
};

const CLIENT = "auth0:index/client:Client";
const CREDENTIALS = "auth0:index/clientCredentials:ClientCredentials";
const GRANT = "auth0:index/clientGrant:ClientGrant";
const API = "auth0:index/resourceServer:ResourceServer";

describe("the take-over run (adopt settings set)", () => {
    let adopted: ProgramRun;
    let fresh: ProgramRun;
    beforeAll(async () => {
        adopted = await runProgramOffline({ stack: "dev", configOverrides: ADOPT });
        fresh = await runProgramOffline({ stack: "dev" });
    });

    it("imports the admin app, its credentials and grant, and the portal API by the ids Auth0 gave them", () => {
        expect(byType(adopted, CLIENT).options.importId).toBe(CLIENT_ID);
        // ClientCredentials is the client's secret and auth method: imported by the client id.
        expect(byType(adopted, CREDENTIALS).options.importId).toBe(CLIENT_ID);
        expect(byType(adopted, GRANT).options.importId).toBe(GRANT_ID);
        expect(byType(adopted, API).options.importId).toBe(API_ID);
    });

    it("creates no Auth0 object: every Auth0 resource is an import", () => {
        const auth0 = adopted.resources.filter((r) => r.type.startsWith("auth0:"));
        expect(auth0.map((r) => r.type).sort()).toEqual([CLIENT, CREDENTIALS, GRANT, API].sort());
        expect(auth0.filter((r) => r.options.importId === undefined)).toEqual([]);
    });

    it("hands Konnect the existing application's client id and secret, not a new client", () => {
        const provider = byType(adopted, "pulumi-nodejs:dynamic/konnect:DcrProvider");
        expect(provider.inputs.initialClientId).toBe(CLIENT_ID);
        expect(adopted.outputs.dcrAdminClientId).toBe(CLIENT_ID);
        expect(adopted.secretOutputNames).toContain("dcrAdminClientSecret");
    });

    it("keeps Auth0's current values for every declared input except the ones saying which object it is", () => {
        const client = byType(adopted, CLIENT);
        expect([...client.options.ignoreChanges].sort()).toEqual(
            Object.keys(byType(fresh, CLIENT).inputs)
                .filter((k) => k !== "__defaults")
                .sort(),
        );
        expect(byType(adopted, GRANT).options.ignoreChanges.sort()).toEqual(["scopes", "subjectType"]);
        expect(byType(adopted, CREDENTIALS).options.ignoreChanges).toEqual(["authenticationMethod"]);
        expect(byType(adopted, API).options.ignoreChanges.sort()).toEqual([
            "allowOfflineAccess",
            "name",
            "signingAlg",
            "tokenDialect",
        ]);
    });

    it("protects the imported objects even on dev, so a wrong id cannot turn into a delete", () => {
        for (const type of [CLIENT, CREDENTIALS, GRANT, API]) expect(byType(adopted, type).options.protect).toBe(true);
        expect(byType(fresh, CLIENT).options.protect).toBe(false);
    });

    it("leaves everything else as a run without the settings registers it", () => {
        const shape = (run: ProgramRun) =>
            run.resources
                .filter((r) => !r.type.startsWith("auth0:"))
                .map((r) => [r.urn, r.options.importId, r.options.protect]);
        expect(shape(adopted)).toEqual(shape(fresh));
    });

    it("registers the same URNs as a run without the settings, so removing them afterwards changes nothing", () => {
        // The engine ignores `import` for a resource already in state; what it matches on is the URN.
        expect(adopted.resources.map((r) => r.urn)).toEqual(fresh.resources.map((r) => r.urn));
        for (const r of fresh.resources) {
            expect([r.urn, r.options.importId, r.options.ignoreChanges]).toEqual([r.urn, undefined, []]);
        }
    });
});

describe("takeOverOptions", () => {
    it("is empty without an id, so a normal run creates the object", () => {
        expect(takeOverOptions(undefined, { name: "x" })).toEqual({});
    });

    it("imports by id, ignores every declared input but the identity ones, and protects", () => {
        expect(
            takeOverOptions(
                "cgr_0123456789abcdef",
                { clientId: "c", audience: "a", scopes: [], subjectType: "client" },
                ["clientId", "audience"],
            ),
        ).toEqual({
            import: "cgr_0123456789abcdef",
            ignoreChanges: ["scopes", "subjectType"],
            protect: true,
        });
    });
});
