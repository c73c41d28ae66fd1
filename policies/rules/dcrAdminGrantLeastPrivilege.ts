import * as auth0 from "@pulumi/auth0";
import { ResourceValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { DCR_ALLOWED_SCOPES, DEVELOPER_MANAGED_SCOPE, isManagementApiAudience } from "../lib/auth0Facts";
import { configOf, listed, stringList } from "../lib/policyHelpers";
import { takeOverKeeps } from "../lib/takeOver";

/** Config of {@link dcrAdminGrantLeastPrivilege}. */
export interface DcrAdminGrantConfig {
    /** The stack uses Konnect's developer-managed scopes, which also need `read:resource_servers`. */
    developerManagedScopes: boolean;
    /** The scopes the grant carries, exactly (without the developer-managed one). */
    allowedScopes: string[];
}

/** Defaults, the same as the config schema declares. */
export const DCR_ADMIN_GRANT_DEFAULTS: DcrAdminGrantConfig = {
    developerManagedScopes: false,
    allowedScopes: [...DCR_ALLOWED_SCOPES],
};

/** How a grant's scopes differ from least privilege; empty lists when they match exactly. */
export interface ScopeDifferences {
    /** Scopes Konnect DCR does not need. */
    readonly extra: string[];
    /** Scopes Konnect DCR needs that are not there. */
    readonly missing: string[];
    /** Scopes listed more than once. */
    readonly duplicates: string[];
}

/**
 * Least privilege for a DCR admin grant: the allowed scopes (by default the nine DCR scopes), plus
 * read:resource_servers with developer-managed scopes.
 */
export function leastPrivilegeScopes(
    developerManagedScopes: boolean,
    allowed: readonly string[] = DCR_ALLOWED_SCOPES,
): string[] {
    return [...allowed, ...(developerManagedScopes ? [DEVELOPER_MANAGED_SCOPE] : [])].sort();
}

/** Compares granted scopes with least privilege: the one comparison both grant policies use. */
export function scopeDifferences(
    granted: readonly string[],
    developerManagedScopes: boolean,
    allowed: readonly string[] = DCR_ALLOWED_SCOPES,
): ScopeDifferences {
    const expected = leastPrivilegeScopes(developerManagedScopes, allowed);
    return {
        extra: [...new Set(granted.filter((s) => !expected.includes(s)))].sort(),
        missing: expected.filter((s) => !granted.includes(s)),
        duplicates: [...new Set(granted.filter((s, i) => granted.indexOf(s) !== i))],
    };
}

/**
 * Any client grant on an Auth0 Management API carries exactly the scopes Konnect needs for Dynamic Client
 * Registration: the pack's own list (`allowedScopes`, by default the nine client and client-grant scopes),
 * plus `read:resource_servers` only when the policy config says the stack uses developer-managed scopes.
 * The list is the pack's, not the program's, so a program that widens its own list is caught.
 * Resource-level, so `pulumi up` stops before an over-privileged grant is created.
 *
 * While a take-over of a hand-made grant is pending (`lib/takeOver.ts`), the engine shows this policy the scopes
 * Auth0 holds instead of the declared ones, so it does not judge them: `dcr-admin-live-grant-least-privilege` names
 * them, and once the adopt settings are removed this policy judges the declared scopes, which the next `up` applies.
 * The audience, which says which grant it is, is judged either way.
 */
export const dcrAdminGrantLeastPrivilege: ResourceValidationPolicy = {
    name: "dcr-admin-grant-least-privilege",
    description:
        "The DCR admin application's grant on the Auth0 Management API carries exactly the scopes Konnect needs for Dynamic Client Registration. " +
        "A client that can create client grants can grant itself more, so every extra scope widens what a leaked secret opens.",
    enforcementLevel: "mandatory",
    severity: "critical",
    configSchema: {
        properties: {
            developerManagedScopes: {
                type: "boolean",
                default: DCR_ADMIN_GRANT_DEFAULTS.developerManagedScopes,
                description:
                    "True when the stack enables Konnect developer-managed scopes; the grant then also needs read:resource_servers.",
            },
            allowedScopes: {
                type: "array",
                items: { type: "string" },
                default: [...DCR_ADMIN_GRANT_DEFAULTS.allowedScopes],
                description:
                    "The Management API scopes the grant carries, exactly (read:resource_servers is added by developerManagedScopes).",
            },
        },
    },
    remediationSteps:
        "Grant exactly the scopes this policy allows (its allowedScopes config; set konnect-auth0-dcr:developerManagedScopes for read:resource_servers). " +
        "Remove any scope added by hand in the Auth0 dashboard (Applications > APIs > Auth0 Management API > Machine to Machine Applications), " +
        "and never set allowAllScopes on a Management API grant. If the stack really uses developer-managed scopes, set developerManagedScopes " +
        "to true in this policy's config (policies/config/<stack>.json).",
    validateResource: validateResourceOfType(auth0.ClientGrant, (grant, args, reportViolation) => {
        if (typeof grant.audience !== "string" || !isManagementApiAudience(grant.audience)) {
            args.notApplicable("Only grants on an Auth0 Management API audience are checked");
        }
        const config = configOf(args, DCR_ADMIN_GRANT_DEFAULTS);
        const granted = stringList(grant.scopes);
        const where = `Grant "${args.name}" on ${grant.audience}`;

        if (grant.allowAllScopes === true && !takeOverKeeps(args, "allowAllScopes")) {
            reportViolation(
                `${where} sets allowAllScopes: every Management API scope, including user and tenant administration.`,
            );
        }
        if (takeOverKeeps(args, "scopes")) {
            args.notApplicable(
                "Take-over pending: the scopes shown are the ones Auth0 holds (kept by ignoreChanges), not the declared ones; " +
                    "dcr-admin-live-grant-least-privilege names them, and this policy judges the declared scopes once the adopt settings are removed",
            );
        }
        const { extra, missing, duplicates } = scopeDifferences(
            granted,
            config.developerManagedScopes === true,
            stringList(config.allowedScopes),
        );
        if (extra.length > 0) {
            const hint = extra.includes(DEVELOPER_MANAGED_SCOPE)
                ? ` (${DEVELOPER_MANAGED_SCOPE} is needed only with developer-managed scopes, and this policy's developerManagedScopes is false)`
                : "";
            reportViolation(`${where} has scopes Konnect DCR does not need: ${listed(extra)}${hint}.`);
        }
        if (missing.length > 0) {
            reportViolation(`${where} lacks scopes Konnect DCR needs: ${listed(missing)}.`);
        }
        if (duplicates.length > 0) {
            reportViolation(`${where} lists scopes more than once: ${listed(duplicates)}.`);
        }
    }),
};
