/**
 * The OpenID Connect discovery document an Auth0 tenant serves at `/.well-known/openid-configuration`, with
 * its fields in Auth0's order. Both emulators serve it: the Auth0 one for its tenant, the Konnect one for the
 * issuer a test names (Konnect's verify step and the post-deploy verification read it).
 */

/** The document for `issuer`, with every endpoint under `baseUrl` (where the emulator actually listens). */
export function auth0DiscoveryDocument(issuer: string, baseUrl: string): Record<string, unknown> {
    const at = (p: string) => `${baseUrl}${p}`;
    return {
        issuer,
        authorization_endpoint: at("/authorize"),
        token_endpoint: at("/oauth/token"),
        device_authorization_endpoint: at("/oauth/device/code"),
        userinfo_endpoint: at("/userinfo"),
        mfa_challenge_endpoint: at("/mfa/challenge"),
        jwks_uri: at("/.well-known/jwks.json"),
        registration_endpoint: at("/oidc/register"),
        revocation_endpoint: at("/oauth/revoke"),
        scopes_supported: [
            "openid",
            "profile",
            "offline_access",
            "name",
            "given_name",
            "family_name",
            "nickname",
            "email",
            "email_verified",
            "picture",
            "created_at",
            "identities",
            "phone",
            "address",
        ],
        response_types_supported: [
            "code",
            "token",
            "id_token",
            "code token",
            "code id_token",
            "token id_token",
            "code token id_token",
        ],
        code_challenge_methods_supported: ["S256", "plain"],
        response_modes_supported: ["query", "fragment", "form_post"],
        subject_types_supported: ["public"],
        token_endpoint_auth_methods_supported: [
            "client_secret_basic",
            "client_secret_post",
            "private_key_jwt",
            "tls_client_auth",
            "self_signed_tls_client_auth",
        ],
        claims_supported: [
            "aud",
            "auth_time",
            "created_at",
            "email",
            "email_verified",
            "exp",
            "family_name",
            "given_name",
            "iat",
            "identities",
            "iss",
            "name",
            "nickname",
            "phone_number",
            "picture",
            "sub",
        ],
        request_uri_parameter_supported: false,
        request_parameter_supported: false,
        id_token_signing_alg_values_supported: ["HS256", "RS256", "PS256"],
        end_session_endpoint: at("/oidc/logout"),
    };
}
