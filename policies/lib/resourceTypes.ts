/**
 * Type tokens of the resources the konnect-auth0-dcr stack registers.
 *
 * The Auth0 tokens are the provider SDK's own (`auth0.Client.__pulumiType`); the Konnect objects are
 * dynamic resources, so the engine knows them only by these `pulumi-nodejs:dynamic/...` tokens.
 */

/** `auth0.Client`. */
export const AUTH0_CLIENT = "auth0:index/client:Client";
/** `auth0.ClientGrant`. */
export const AUTH0_CLIENT_GRANT = "auth0:index/clientGrant:ClientGrant";
/** `auth0.ClientCredentials`: holds the admin application's secret. */
export const AUTH0_CLIENT_CREDENTIALS = "auth0:index/clientCredentials:ClientCredentials";
/** `auth0.ResourceServer`: the portal audience API. */
export const AUTH0_RESOURCE_SERVER = "auth0:index/resourceServer:ResourceServer";

/** The DCR admin app's secret the stack generates when `dcrAdminSecretVersion` is set (dynamic resource). */
export const AUTH0_GENERATED_CLIENT_SECRET = "pulumi-nodejs:dynamic/auth0:GeneratedClientSecret";

/** Konnect DCR provider (dynamic resource). */
export const KONNECT_DCR_PROVIDER = "pulumi-nodejs:dynamic/konnect:DcrProvider";
/** Konnect application auth strategy (dynamic resource). */
export const KONNECT_AUTH_STRATEGY = "pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy";
/** The Dev Portal's default auth strategy setting (dynamic resource). */
export const KONNECT_PORTAL_BINDING = "pulumi-nodejs:dynamic/konnect:PortalAuthStrategyBinding";

/** The auth strategy of an API's publication on the portal (dynamic resource). */
export const KONNECT_API_PUBLICATION = "pulumi-nodejs:dynamic/konnect:ApiPublicationAuthStrategy";
/** The post-deploy verification (dynamic resource); it manages no Konnect object and is never protected. */
export const KONNECT_DCR_VERIFICATION = "pulumi-nodejs:dynamic/konnect:DcrVerification";

/** Every Konnect object the stack manages. */
export const KONNECT_TYPES: readonly string[] = [
    KONNECT_DCR_PROVIDER,
    KONNECT_AUTH_STRATEGY,
    KONNECT_PORTAL_BINDING,
    KONNECT_API_PUBLICATION,
];

/** The provider the Node.js dynamic-provider host registers for every dynamic resource. */
export const DYNAMIC_PROVIDER = "pulumi:providers:pulumi-nodejs";
/** The input in which a dynamic resource carries its provider's serialized code. */
export const PROVIDER_CODE_INPUT = "__provider";
/** The secret stack setting that holds the Konnect token; `configure` reads it from the provider's inputs. */
export const KONNECT_TOKEN_SETTING = "konnect-auth0-dcr:konnectToken";

/** The root stack resource; its outputs are the stack outputs. */
export const ROOT_STACK = "pulumi:pulumi:Stack";

/** Component resources of this project carry this package prefix (`konnect-auth0-dcr:auth0:DcrAdmin`, ...). */
export const PROJECT_PACKAGE_PREFIX = "konnect-auth0-dcr:";

/** The value of the `managed-by` label the stack's Konnect providers write on every object they manage. */
export const MANAGED_BY = "konnect-auth0-dcr";
