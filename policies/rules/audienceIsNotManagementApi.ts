import { ResourceValidationPolicy } from "@pulumi/policy";
import { isManagementApiAudience } from "../lib/auth0Facts";
import { configOf, isAbsoluteUri, validateTypes } from "../lib/policyHelpers";
import { takeOverKeeps } from "../lib/takeOver";
import { AUTH0_RESOURCE_SERVER, KONNECT_AUTH_STRATEGY } from "../lib/resourceTypes";

/** Config of {@link audienceIsNotManagementApi}. */
export interface AudienceConfig {
    /** The tenant's custom domain, whose `/api/v2/` is flagged as well. */
    auth0CustomDomain?: string;
}

/** Defaults, the same as the config schema declares. */
export const AUDIENCE_DEFAULTS: AudienceConfig = {};

/**
 * The audience portal applications are granted is the project's own API: an absolute URI that is no
 * tenant's Management API, both on the Auth0 API (resource server) and on the Konnect auth strategy (which
 * carries it when an existing API is looked up instead of created). The resource server issues no refresh
 * tokens.
 *
 * While a take-over of a hand-made API is pending (`lib/takeOver.ts`), `allowOfflineAccess` as the engine shows it
 * is the live API's, not the declared one, so it is not judged here: `portal-audience-live-settings` names it, and
 * once `adoptPortalAudienceId` is removed this policy judges the declared `false` again. The identifier, which says
 * which API it is, is judged either way.
 */
export const audienceIsNotManagementApi: ResourceValidationPolicy = {
    name: "audience-is-not-management-api",
    description:
        "The portal audience is an absolute URI that identifies the project's own API and is never an Auth0 Management API (…/api/v2/). " +
        "The Auth0 API behind it does not allow offline access, so tokens of a revoked portal application cannot be refreshed.",
    enforcementLevel: "mandatory",
    severity: "critical",
    configSchema: {
        properties: {
            auth0CustomDomain: {
                type: "string",
                description:
                    "The tenant's custom domain (bare hostname); its /api/v2/ path is rejected as an audience too.",
            },
        },
    },
    remediationSteps:
        "Set konnect-auth0-dcr:portalAudience to your own API's identifier, e.g. https://api.example.com/portal. " +
        "A portal audience on the Management API would hand every developer application access to the tenant. " +
        "Keep allowOfflineAccess false on the portal API (components/portalAudience.ts).",
    validateResource: validateTypes([AUTH0_RESOURCE_SERVER, KONNECT_AUTH_STRATEGY], (props, args, report) => {
        const config = configOf(args, AUDIENCE_DEFAULTS);
        const key = args.type === AUTH0_RESOURCE_SERVER ? "identifier" : "audience";
        const audience = props[key];
        if (!isAbsoluteUri(audience)) {
            report(
                `${args.name}: ${key} ${JSON.stringify(audience)} is not an absolute URI such as https://api.example.com/portal.`,
            );
        } else if (isManagementApiAudience(audience, config.auth0CustomDomain)) {
            report(
                `${args.name}: ${key} ${audience} is an Auth0 Management API; portal applications must get your own API as audience.`,
            );
        }
        if (
            args.type === AUTH0_RESOURCE_SERVER &&
            props.allowOfflineAccess === true &&
            !takeOverKeeps(args, "allowOfflineAccess")
        ) {
            report(`${args.name}: allowOfflineAccess is true; the portal API must not issue refresh tokens.`);
        }
    }),
};
