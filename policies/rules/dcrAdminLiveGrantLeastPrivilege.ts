import { StackValidationPolicy } from "@pulumi/policy";
import { describe, known, listed, managementApiGrants, stringList } from "../lib/policyHelpers";
import { KONNECT_DCR_PROVIDER } from "../lib/resourceTypes";
import { keptUntilAdoptSettingRemoved, takeOverKeeps } from "../lib/takeOver";
import { leastPrivilegeScopes, scopeDifferences } from "./dcrAdminGrantLeastPrivilege";

/**
 * The DCR admin's Management API grant *as Auth0 holds it* carries exactly the DCR scopes.
 *
 * `dcr-admin-grant-least-privilege` checks what the stack declares (resource inputs). This one checks the
 * state (stack policies see outputs): for a grant being taken over with the `import` option, the engine has
 * read the live grant, and after `--refresh` every grant's state is what Auth0 has. So it names the scopes a
 * hand-made or hand-edited grant has beyond (or short of) what the stack declares: on a take-over, the
 * differences the import keeps until the adopt settings are removed (the mandatory policy leaves those to this
 * one, `lib/takeOver.ts`), and the message says so. Drift is different: in a `pulumi preview --refresh` that plans an
 * update of the grant, the engine shows stack policies the update's planned state (the declared scopes), so a scope
 * added in the dashboard shows as that update (`- read:users`), which the drift job reports, and not here (the engine
 * suite, tests/engine/takeOverPolicy.engine.test.ts, shows both). Whether the stack uses developer-managed scopes is
 * read from its Konnect DCR provider.
 */
export const dcrAdminLiveGrantLeastPrivilege: StackValidationPolicy = {
    name: "dcr-admin-live-grant-least-privilege",
    description:
        "The DCR admin application's Management API grant, as Auth0 holds it (read by an import or a refresh), carries exactly the scopes the stack declares: " +
        "the DCR scopes, no more and no fewer. Names every difference a take-over keeps or a hand edit made.",
    enforcementLevel: "advisory",
    severity: "high",
    remediationSteps:
        "Taking over (adopt settings set): the import keeps Auth0's scopes unchanged. Remove the adopt settings; the next pulumi preview shows the grant " +
        "updated to exactly the declared scopes, and pulumi up applies that. Drift: pulumi up --refresh puts back the declared scopes (a plain pulumi up does not see a hand edit); if a scope " +
        "added by hand is really needed, declare it in the stack instead (auth0/dcrScopes.ts) so the policies and the reviewers see it.",
    validateStack: (args, reportViolation) => {
        const grants = managementApiGrants(args.resources);
        if (grants.length === 0) {
            args.notApplicable("No Management API grant in this stack");
        }
        const providers = args.resources.filter((r) => r.type === KONNECT_DCR_PROVIDER);
        const developerManagedScopes = providers.some((p) => known(() => p.props.useDeveloperManagedScopes) === true);
        const declared = leastPrivilegeScopes(developerManagedScopes);

        for (const grant of grants) {
            const scopes = known(() => grant.props.scopes);
            // Unknown until created: a new grant has exactly the declared scopes, which the resource policy checks.
            if (scopes === undefined) continue;
            const id = known(() => grant.props.id);
            const where = `${describe(grant)}${typeof id === "string" ? ` (${id})` : ""} as Auth0 holds it`;
            if (known(() => grant.props.allowAllScopes) === true) {
                reportViolation(
                    `${where} allows all scopes; the stack declares exactly: ${listed(declared)}.`,
                    grant.urn,
                );
            }
            const { extra, missing } = scopeDifferences(stringList(scopes), developerManagedScopes);
            const kept = takeOverKeeps(grant, "scopes")
                ? keptUntilAdoptSettingRemoved("konnect-auth0-dcr:adoptDcrAdminGrantId")
                : "";
            if (extra.length > 0) {
                reportViolation(
                    `${where} has scopes beyond what the stack declares: ${listed(extra)}. The stack declares exactly: ${listed(declared)}.${kept}`,
                    grant.urn,
                );
            }
            if (missing.length > 0) {
                reportViolation(
                    `${where} lacks scopes the stack declares: ${listed(missing)}; Konnect DCR fails without them.${kept}`,
                    grant.urn,
                );
            }
        }
    },
};
