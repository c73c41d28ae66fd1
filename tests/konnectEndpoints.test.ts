/**
 * Where the Konnect token may go, URL by URL: only Konnect's regional API hosts as Kong documents them
 * (`https://{us|eu|au|me|in|sg}.api.konghq.com`, the server list of Kong's OpenAPI documents) and loopback with a
 * port; and what a refusal may show of the URL (never credentials, a query or anything token-shaped).
 */
import {
    assertKonnectServerUrl,
    describeRejectedUrl,
    isAllowedKonnectServerUrl,
    isLoopbackHost,
    parseSecureUrl,
    pickKonnectToken,
} from "../konnect/endpoints";

describe("the Konnect server URLs the token may be sent to", () => {
    it("are the six regional API hosts exactly", () => {
        for (const region of ["us", "eu", "au", "me", "in", "sg"]) {
            expect([region, isAllowedKonnectServerUrl(`https://${region}.api.konghq.com`)]).toEqual([region, true]);
        }
    });

    it("and plain http on a loopback host with an explicit port", () => {
        expect(isAllowedKonnectServerUrl("http://127.0.0.1:8080")).toBe(true);
        expect(isAllowedKonnectServerUrl("http://localhost:8080")).toBe(true);
        expect(isAllowedKonnectServerUrl("http://[::1]:8080")).toBe(true);
    });

    it("and nothing else: other hosts, look-alikes, paths, slashes, credentials, queries, ports or no port", () => {
        for (const url of [
            "https://global.api.konghq.com",
            "https://api.konghq.com",
            "https://xx.api.konghq.com",
            "https://us.api.konghq.com.evil.io",
            "https://evil.io/us.api.konghq.com",
            "https://us.api.konghq.com/",
            "https://us.api.konghq.com/v2",
            "https://us.api.konghq.com?x=1",
            "https://user:pass@us.api.konghq.com",
            "https://us.api.konghq.com:8443",
            "https://US.api.konghq.com",
            "http://us.api.konghq.com",
            "http://127.0.0.1",
            "http://localhost",
            "http://127.0.0.1:8080/",
            "https://127.0.0.1:8443",
            "http://10.0.0.5:8080",
            "http://127.0.0.2:8080",
            "ftp://us.api.konghq.com",
            "us.api.konghq.com",
            "",
        ]) {
            expect([url, isAllowedKonnectServerUrl(url)]).toEqual([url, false]);
        }
    });

    it("are checked before any request, with a message that states the allowed forms", () => {
        expect(() => assertKonnectServerUrl("https://eu.api.konghq.com")).not.toThrow();
        expect(() => assertKonnectServerUrl("https://evil.io")).toThrow(
            'Refusing to send the Konnect token to "https://evil.io": the Konnect server URL must be ' +
                "https://<region>.api.konghq.com with <region> one of us, eu, au, me, in, sg (no path, no trailing slash), " +
                "or http://127.0.0.1:<port>, http://localhost:<port> or http://[::1]:<port> for a local emulator.",
        );
    });
});

describe("loopback and secure URLs", () => {
    it("loopback is 127.0.0.1, localhost and [::1] only", () => {
        expect(["127.0.0.1", "localhost", "[::1]"].map(isLoopbackHost)).toEqual([true, true, true]);
        expect(["127.0.0.2", "localhost.evil.io", "::1", "0.0.0.0"].map(isLoopbackHost)).toEqual([
            false,
            false,
            false,
            false,
        ]);
    });

    it("a secure URL is https anywhere or http on loopback; anything else or not a URL is none", () => {
        expect(parseSecureUrl("https://a.example.com/x")?.href).toBe("https://a.example.com/x");
        expect(parseSecureUrl("http://localhost:3000")?.host).toBe("localhost:3000");
        expect(parseSecureUrl("http://a.example.com")).toBeUndefined();
        expect(parseSecureUrl("ws://localhost:3000")).toBeUndefined();
        expect(parseSecureUrl("not a url")).toBeUndefined();
    });
});

describe("a refused URL as a message shows it", () => {
    it("keeps scheme, host and path, and drops credentials, query and fragment", () => {
        expect(describeRejectedUrl("https://user:pw@evil.io:8443/a/b?token=kpat_x#frag")).toBe(
            '"https://evil.io:8443/a/b"',
        );
    });

    it("shows a trailing slash only when the URL had one", () => {
        expect(describeRejectedUrl("https://evil.io")).toBe('"https://evil.io"');
        expect(describeRejectedUrl("https://evil.io/")).toBe('"https://evil.io/"');
    });

    it("redacts a token pasted into the path, and shows no part of a value that is not a URL", () => {
        expect(describeRejectedUrl("https://evil.io/kpat_AbC123/spat_XyZ789")).toBe(
            '"https://evil.io/[redacted]/[redacted]"',
        );
        expect(describeRejectedUrl("kpat_AbC123456")).toBe("a value that is not a URL (not shown)");
    });
});

describe("the token picked from the environment", () => {
    it("is KONNECT_TOKEN, else KONNECT_SPAT, trimmed; blank counts as unset; none gives undefined", () => {
        expect(pickKonnectToken({ KONNECT_TOKEN: " kpat_a ", KONNECT_SPAT: "spat_b" })).toEqual({
            token: "kpat_a",
            source: "env:KONNECT_TOKEN",
        });
        expect(pickKonnectToken({ KONNECT_TOKEN: "", KONNECT_SPAT: " spat_b\n" })).toEqual({
            token: "spat_b",
            source: "env:KONNECT_SPAT",
        });
        expect(pickKonnectToken({ KONNECT_TOKEN: " ", KONNECT_SPAT: "\t" })).toBeUndefined();
        expect(pickKonnectToken({})).toBeUndefined();
    });
});
