/**
 * The issuer side: OIDC discovery, the client-credentials token request a developer makes, and a
 * diagnostic look at the token's claims (decoded, not verified: verifying is the gateway's job, the
 * smoke run only wants to say why the gateway might refuse it).
 */
import { decodeJwt, JWTPayload } from "jose";
import { discoveryUrl, sameIssuer } from "../auth0/domains";
import { describeResponse, HttpClient, jsonBody } from "./http";

export interface Discovery {
    /** The issuer as the discovery document states it (Auth0 adds a trailing slash). */
    readonly issuer: string;
    readonly tokenEndpoint: string;
}

/** Fetches `${issuer}/.well-known/openid-configuration`. */
export async function discover(http: HttpClient, issuer: string): Promise<Discovery> {
    const url = discoveryUrl(issuer);
    const response = await http.send("GET", url);
    const body = jsonBody(response) as { issuer?: unknown; token_endpoint?: unknown } | undefined;
    if (response.status !== 200 || typeof body?.token_endpoint !== "string" || typeof body.issuer !== "string") {
        throw new Error(`OIDC discovery at ${url} gave no issuer and token_endpoint (${describeResponse(response)})`);
    }
    return { issuer: body.issuer, tokenEndpoint: body.token_endpoint };
}

/** Issuers compare as the project's one rule says (Konnect wants no trailing slash, Auth0's `iss` has one). */
export { sameIssuer };

/** The token endpoint refused to issue a token; `error` is the OAuth error code when there is one. */
export class TokenRequestError extends Error {
    constructor(
        message: string,
        readonly status: number,
        readonly error?: string,
    ) {
        super(message);
        this.name = "TokenRequestError";
    }
}

export interface ClientCredentials {
    readonly clientId: string;
    readonly clientSecret: string;
}

/** `grant_type=client_credentials` with `audience`, credentials in the form body (Auth0's default). */
export async function requestToken(
    http: HttpClient,
    tokenEndpoint: string,
    client: ClientCredentials,
    audience: string,
): Promise<string> {
    const response = await http.send("POST", tokenEndpoint, {
        form: {
            grant_type: "client_credentials",
            client_id: client.clientId,
            client_secret: client.clientSecret,
            audience,
        },
    });
    const body = jsonBody(response) as { access_token?: unknown; error?: unknown } | undefined;
    if (response.status === 200 && typeof body?.access_token === "string") return body.access_token;
    throw new TokenRequestError(
        `token endpoint refused: ${describeResponse(response)}`,
        response.status,
        typeof body?.error === "string" ? body.error : undefined,
    );
}

/** The claims the diagnosis looks at. */
export interface TokenClaims {
    readonly iss?: string;
    readonly aud: readonly string[];
    readonly azp?: string;
    readonly exp?: number;
}

/** Decodes a JWT's claims with `jose`, without verifying them; undefined when the token is not a JWT. */
export function decodeClaims(token: string): TokenClaims | undefined {
    let payload: JWTPayload;
    try {
        payload = decodeJwt(token);
    } catch {
        return undefined;
    }
    const aud = payload.aud;
    return {
        iss: typeof payload.iss === "string" ? payload.iss : undefined,
        aud: Array.isArray(aud) ? aud.map(String) : typeof aud === "string" ? [aud] : [],
        azp: typeof payload.azp === "string" ? payload.azp : undefined,
        exp: typeof payload.exp === "number" ? payload.exp : undefined,
    };
}

/** What is wrong with the token for this client, audience and issuer; empty when nothing is. */
export function claimProblems(
    claims: TokenClaims,
    expected: { clientId: string; audience: string; issuer: string },
): string[] {
    const problems: string[] = [];
    if (!claims.aud.includes(expected.audience)) {
        problems.push(
            `wrong audience: the token's aud is ${JSON.stringify(claims.aud)}, the portal audience is ${expected.audience}`,
        );
    }
    if (claims.azp !== expected.clientId) {
        problems.push(
            claims.azp === undefined
                ? "claim not azp: the token has no azp claim, so a strategy with credential_claim azp cannot find the application"
                : `claim not azp: the token's azp is ${claims.azp}, not the application's client id ${expected.clientId}`,
        );
    }
    if (claims.iss !== undefined && !sameIssuer(claims.iss, expected.issuer)) {
        problems.push(
            `issuer mismatch: the token's iss is ${claims.iss}, the discovery document says ${expected.issuer}`,
        );
    }
    return problems;
}
