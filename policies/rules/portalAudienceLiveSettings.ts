import { StackValidationPolicy } from "@pulumi/policy";
import { describe, known } from "../lib/policyHelpers";
import { AUTH0_RESOURCE_SERVER } from "../lib/resourceTypes";
import { keptUntilAdoptSettingRemoved, takeOverKeeps } from "../lib/takeOver";

/**
 * The portal API *as Auth0 holds it* has the settings the stack declares for it: no offline access (refresh
 * tokens) and RS256 signing.
 *
 * `audience-is-not-management-api` and `audience-signed-with-rs256` check the declared inputs; this stack policy
 * checks the state, which for an API being taken over with the `import` option is the live API the engine read,
 * and after `--refresh` is what Auth0 has. So it names what a hand-made API differs in before the take-over keeps it
 * (the mandatory and advisory resource policies leave those values to this one while the take-over is pending,
 * `lib/takeOver.ts`), and the message says it is kept until `adoptPortalAudienceId` is removed.
 */
export const portalAudienceLiveSettings: StackValidationPolicy = {
    name: "portal-audience-live-settings",
    description:
        "The portal audience API, as Auth0 holds it (read by an import or a refresh), issues no refresh tokens and signs with RS256, as the stack declares. " +
        "Names every difference a take-over keeps or a hand edit made.",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps:
        "Taking over (adoptPortalAudienceId set): the import keeps the API's settings unchanged. Remove the setting; the next pulumi preview shows " +
        "the API updated to the declared settings, and pulumi up applies that. Drift: pulumi up --refresh puts back the declared settings.",
    validateStack: (args, reportViolation) => {
        const apis = args.resources.filter((r) => r.type === AUTH0_RESOURCE_SERVER);
        if (apis.length === 0) {
            args.notApplicable("No portal API managed by this stack");
        }
        for (const api of apis) {
            const where = `${describe(api)} (${String(known(() => api.props.identifier) ?? "identifier unknown")}) as Auth0 holds it`;
            const kept = (property: string) =>
                takeOverKeeps(api, property)
                    ? keptUntilAdoptSettingRemoved("konnect-auth0-dcr:adoptPortalAudienceId")
                    : "";
            if (known(() => api.props.allowOfflineAccess) === true) {
                reportViolation(
                    `${where} allows offline access (refresh tokens); the stack declares allowOfflineAccess false.${kept("allowOfflineAccess")}`,
                    api.urn,
                );
            }
            const alg = known(() => api.props.signingAlg);
            if (typeof alg === "string" && alg.toUpperCase() !== "RS256") {
                reportViolation(`${where} signs with ${alg}; the stack declares RS256.${kept("signingAlg")}`, api.urn);
            }
        }
    },
};
