/**
 * The take-over rule as the engine presents a pending adoption (`components/takeOver.ts` registers it): protected,
 * and the kept inputs named at the top level of `ignoreChanges`.
 */
import { keptByTakeOver, keptUntilAdoptSettingRemoved, takeOverKeeps } from "../../policies/lib/takeOver";

describe("takeOverKeeps", () => {
    it("keeps an input named in ignoreChanges of a protected resource", () => {
        expect(takeOverKeeps({ opts: { protect: true, ignoreChanges: ["scopes", "name"] } }, "scopes")).toBe(true);
    });

    it("judges an input not named, a path into a list, an unprotected resource and a resource with no options", () => {
        expect(takeOverKeeps({ opts: { protect: true, ignoreChanges: ["name"] } }, "scopes")).toBe(false);
        expect(takeOverKeeps({ opts: { protect: true, ignoreChanges: ["scopes[0]"] } }, "scopes")).toBe(false);
        expect(takeOverKeeps({ opts: { protect: false, ignoreChanges: ["scopes"] } }, "scopes")).toBe(false);
        expect(takeOverKeeps({ opts: { ignoreChanges: ["scopes"] } }, "scopes")).toBe(false);
        expect(takeOverKeeps({ opts: { protect: true } }, "scopes")).toBe(false);
        expect(takeOverKeeps({}, "scopes")).toBe(false);
    });
});

describe("keptByTakeOver", () => {
    it("lists the kept inputs among those asked for, in the order asked", () => {
        const grant = { opts: { protect: true, ignoreChanges: ["scopes", "audience", "subjectType"] } };
        expect(keptByTakeOver(grant, ["subjectType", "clientId", "scopes"])).toEqual(["subjectType", "scopes"]);
        expect(keptByTakeOver({ opts: { protect: false, ignoreChanges: ["scopes"] } }, ["scopes"])).toEqual([]);
    });
});

describe("keptUntilAdoptSettingRemoved", () => {
    it("names the adopt setting, and says the next preview shows the update and pulumi up applies it", () => {
        expect(keptUntilAdoptSettingRemoved("konnect-auth0-dcr:adoptDcrAdminClientId")).toBe(
            " Kept by the take-over until konnect-auth0-dcr:adoptDcrAdminClientId is removed; the preview after that" +
                " shows it as an update, and pulumi up applies it.",
        );
    });
});
