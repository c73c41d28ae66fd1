import * as auth0 from "@pulumi/auth0";
import { ResourceValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { takeOverKeeps } from "../lib/takeOver";

/**
 * The portal API signs its access tokens with RS256. Advisory, split from
 * `audience-is-not-management-api` because a policy has a single enforcement level. While a take-over of a
 * hand-made API is pending (`lib/takeOver.ts`) the algorithm shown is the live API's, which
 * `portal-audience-live-settings` names instead.
 */
export const audienceSignedWithRs256: ResourceValidationPolicy = {
    name: "audience-signed-with-rs256",
    description:
        "The Auth0 API that portal applications get tokens for signs them with RS256. " +
        "Gateways then verify tokens with the tenant's public keys; HS256 would require sharing the API's signing secret with every verifier.",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps:
        'Set signingAlg: "RS256" on the portal API (components/portalAudience.ts), or switch the existing API to RS256 in the Auth0 dashboard (APIs > Settings > Signing Algorithm).',
    validateResource: validateResourceOfType(auth0.ResourceServer, (api, args, reportViolation) => {
        if (takeOverKeeps(args, "signingAlg")) {
            args.notApplicable(
                "Take-over pending: signingAlg is the live API's (kept by ignoreChanges); portal-audience-live-settings names it",
            );
        }
        const alg = api.signingAlg;
        if (alg === undefined || alg === null) {
            reportViolation(`${args.name}: signingAlg is not set; set "RS256" explicitly.`);
        } else if (String(alg).toUpperCase() !== "RS256") {
            reportViolation(`${args.name}: signingAlg is ${JSON.stringify(alg)}; use "RS256".`);
        }
    }),
};
