/**
 * The Auth0 domain rules the settings and the policy pack rely on, at their edges: what a bare hostname is (RFC 1123:
 * labels of 1 to 63 letters, digits and hyphens, not starting or ending with a hyphen, 253 characters at most, no
 * scheme, port or path), which hosts are Auth0's own (`auth0.com` and every `*.auth0.com`), and which identifiers
 * name a Management API (`https://<tenant>/api/v2/`, with or without the trailing slash, and nothing else).
 */
import { isAuth0HostedDomain, isHostname, isManagementApiAudience } from "../auth0/domains";

describe("a bare hostname", () => {
    it("has labels of one character or more, joined by dots", () => {
        expect(isHostname("login.acme.com")).toBe(true);
        expect(isHostname("a.b.io")).toBe(true);
        expect(isHostname("id-1.acme-corp.example")).toBe(true);
    });

    it("has no scheme, port, path or other character before or after it", () => {
        for (const value of [
            "https://login.acme.com",
            "login.acme.com/",
            "login.acme.com:443",
            "login.acme.com/api/v2",
            "evil@login.acme.com",
            "bad_label.acme.com",
            " login.acme.com",
            "login.acme.com ",
        ]) {
            expect([value, isHostname(value)]).toEqual([value, false]);
        }
    });

    it("has no label starting or ending with a hyphen, and none longer than 63 characters", () => {
        expect(isHostname("-login.acme.com")).toBe(false);
        expect(isHostname("login-.acme.com")).toBe(false);
        expect(isHostname(`${"a".repeat(63)}.acme.com`)).toBe(true);
        expect(isHostname(`${"a".repeat(64)}.acme.com`)).toBe(false);
    });

    it("is 253 characters at most", () => {
        const labels = (count: number) => Array.from({ length: count }, () => "a".repeat(49)).join(".");
        // Five labels of 49 characters, four dots and ".com": 253 characters, then one more label character.
        expect(`${labels(5)}.com`).toHaveLength(253);
        expect(isHostname(`${labels(5)}.com`)).toBe(true);
        expect(isHostname(`b${labels(5)}.com`)).toBe(false);
    });
});

describe("Auth0's own hosts", () => {
    it("are auth0.com and every host under it", () => {
        expect(isAuth0HostedDomain("auth0.com")).toBe(true);
        expect(isAuth0HostedDomain("acme-dev.us.auth0.com")).toBe(true);
        expect(isAuth0HostedDomain("acme.auth0.com")).toBe(true);
    });

    it("are not a host that merely ends in the same letters", () => {
        expect(isAuth0HostedDomain("myauth0.com")).toBe(false);
        expect(isAuth0HostedDomain("login.acme.com")).toBe(false);
        expect(isAuth0HostedDomain("")).toBe(false);
    });
});

describe("a Management API identifier", () => {
    it("is /api/v2 on an Auth0 host, with or without the trailing slash", () => {
        expect(isManagementApiAudience("https://acme-dev.us.auth0.com/api/v2/")).toBe(true);
        expect(isManagementApiAudience("https://acme-dev.us.auth0.com/api/v2")).toBe(true);
    });

    it("is /api/v2 on the tenant's custom domain when it is given, in any case", () => {
        expect(isManagementApiAudience("https://Login.Acme.com/api/v2/", "login.acme.com")).toBe(true);
        expect(isManagementApiAudience("https://login.acme.com/api/v2/")).toBe(false);
    });

    it("is not another path that ends or starts the same way", () => {
        expect(isManagementApiAudience("https://acme-dev.us.auth0.com/portal/api/v2/")).toBe(false);
        expect(isManagementApiAudience("https://acme-dev.us.auth0.com/api/v2/users")).toBe(false);
        expect(isManagementApiAudience("https://api.dev.acme.com/portal")).toBe(false);
        expect(isManagementApiAudience("not a url")).toBe(false);
    });
});
