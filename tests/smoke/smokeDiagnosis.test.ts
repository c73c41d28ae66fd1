import { diagnoseRouteRefusal, gatewayError, RouteRefusal } from "../../smoke/diagnose";
import { claimProblems, decodeClaims, sameIssuer } from "../../smoke/oidc";

const STRATEGY = "22f8380e-7798-4566-99e3-2edf2b57d289";
const refusal = (overrides: Partial<RouteRefusal> = {}): RouteRefusal => ({
    check: "bearer",
    status: 401,
    registration: "approved",
    authMethods: ["client_credentials", "bearer"],
    claimProblems: [],
    authStrategyId: STRATEGY,
    audience: "https://api.dev.acme.com/portal",
    ...overrides,
});

/** A JWT with `payload`, unsigned: the smoke run only decodes. */
const jwt = (payload: object) => ["e30", Buffer.from(JSON.stringify(payload)).toString("base64url"), "sig"].join(".");

describe("route refusal diagnosis", () => {
    it("puts a pending registration first", () => {
        const causes = diagnoseRouteRefusal(refusal({ status: 403, registration: "pending" }));
        expect(causes[0]).toMatch(/^registration pending: /);
    });

    it("calls the application unregistered when no API id was given", () => {
        expect(diagnoseRouteRefusal(refusal({ status: 403, registration: "not-configured" }))).toEqual([
            "unregistered application: no --api-id / SMOKE_API_ID was given, so the application is not registered for the API behind the route",
        ]);
    });

    it("names an auth method the strategy does not allow", () => {
        expect(diagnoseRouteRefusal(refusal({ check: "basic", authMethods: ["bearer", "session"] }))).toEqual([
            'strategy does not allow basic: its auth_methods are ["bearer","session"], without client_credentials',
        ]);
    });

    it("passes on what was wrong with the token's claims, and the issuer's refusal for Basic", () => {
        const causes = diagnoseRouteRefusal(
            refusal({
                check: "basic",
                claimProblems: ["claim not azp: x"],
                tokenError: "token endpoint refused: HTTP 401",
            }),
        );
        expect(causes).toEqual([
            "claim not azp: x",
            "the issuer refused these credentials (token endpoint refused: HTTP 401); the gateway's own exchange fails the same way",
        ]);
    });

    it("falls back to audience, binding and sync for an unexplained 401", () => {
        const causes = diagnoseRouteRefusal(
            refusal({ wwwAuthenticate: 'Bearer realm="kong", error="invalid_token", error_description="bad aud"' }),
        );
        expect(causes.map((c) => c.split(":")[0])).toEqual([
            "wrong audience",
            "strategy not bound",
            "the gateway may not have the new application yet (data-plane sync)",
            "the gateway said",
        ]);
        expect(causes[1]).toContain(STRATEGY);
        expect(causes[3]).toBe("the gateway said: invalid_token: bad aud");
    });

    it("falls back to the consumer claim for an unexplained 403", () => {
        expect(diagnoseRouteRefusal(refusal({ status: 403 }))[0]).toMatch(
            /^claim not azp: the strategy's credential_claim may not be azp/,
        );
    });

    it("explains redirects, missing routes and server errors without guessing at credentials", () => {
        expect(diagnoseRouteRefusal(refusal({ status: 302, location: "https://acme.us.auth0.com/authorize" }))).toEqual(
            [
                "redirected to https://acme.us.auth0.com/authorize: the route asks for a browser login, so its strategy does not take bearer credentials",
            ],
        );
        expect(diagnoseRouteRefusal(refusal({ status: 404 }))[0]).toMatch(/^no route matches --route-url/);
        expect(diagnoseRouteRefusal(refusal({ status: 502 }))[0]).toMatch(/upstream service failed/);
    });

    it("reads error and error_description from WWW-Authenticate, and nothing from a bare challenge", () => {
        expect(gatewayError('Bearer realm="kong", error="insufficient_scope"')).toBe("insufficient_scope");
        expect(gatewayError('Basic realm="kong"')).toBeUndefined();
        expect(gatewayError(undefined)).toBeUndefined();
    });
});

describe("token claims", () => {
    const expected = {
        clientId: "abc",
        audience: "https://api.dev.acme.com/portal",
        issuer: "https://acme-dev.us.auth0.com/",
    };

    it("decodes aud as a list whether the token has a string or an array", () => {
        expect(decodeClaims(jwt({ aud: "a", azp: "abc", iss: "i", exp: 1 }))).toEqual({
            aud: ["a"],
            azp: "abc",
            iss: "i",
            exp: 1,
        });
        expect(decodeClaims(jwt({ aud: ["a", "b"] }))?.aud).toEqual(["a", "b"]);
        expect(decodeClaims("opaque-token")).toBeUndefined();
    });

    it("finds nothing wrong with a token for the portal audience whose azp is the client id", () => {
        expect(
            claimProblems(
                {
                    aud: [expected.audience, "https://acme-dev.us.auth0.com/userinfo"],
                    azp: "abc",
                    iss: "https://acme-dev.us.auth0.com/",
                },
                expected,
            ),
        ).toEqual([]);
    });

    it("names wrong audience, a missing or foreign azp and another issuer", () => {
        expect(claimProblems({ aud: ["https://other"], iss: "https://login.acme.com/" }, expected)).toEqual([
            'wrong audience: the token\'s aud is ["https://other"], the portal audience is https://api.dev.acme.com/portal',
            "claim not azp: the token has no azp claim, so a strategy with credential_claim azp cannot find the application",
            "issuer mismatch: the token's iss is https://login.acme.com/, the discovery document says https://acme-dev.us.auth0.com/",
        ]);
        expect(claimProblems({ aud: [expected.audience], azp: "xyz" }, expected)).toEqual([
            "claim not azp: the token's azp is xyz, not the application's client id abc",
        ]);
    });

    it("compares issuers ignoring Auth0's trailing slash", () => {
        expect(sameIssuer("https://acme.us.auth0.com", "https://acme.us.auth0.com/")).toBe(true);
        expect(sameIssuer("https://acme.us.auth0.com", "https://login.acme.com/")).toBe(false);
    });
});
