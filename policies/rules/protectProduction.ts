import { ResourceValidationPolicy, ResourceValidationArgs, ReportViolation } from "@pulumi/policy";
import { configOf, stackOfUrn } from "../lib/policyHelpers";
import { AUTH0_CLIENT, AUTH0_CLIENT_GRANT, AUTH0_RESOURCE_SERVER, KONNECT_TYPES } from "../lib/resourceTypes";

/** Config of {@link protectProduction}. */
export interface ProtectProductionConfig {
    /** Stack names whose objects must be protected. */
    stacks: string[];
    /** The resource types that must be protected there. */
    resourceTypes: string[];
}

/** Defaults, the same as the config schema declares. */
export const PROTECT_PRODUCTION_DEFAULTS: ProtectProductionConfig = {
    stacks: ["prod"],
    resourceTypes: [AUTH0_CLIENT, AUTH0_CLIENT_GRANT, AUTH0_RESOURCE_SERVER, ...KONNECT_TYPES],
};

/**
 * In production stacks, the objects developers' applications depend on are `protect`ed, so a refactor or
 * a mistaken `pulumi destroy` cannot delete them. The stack name is read from the resource's URN
 * (`urn:pulumi:<stack>::…`), which every resource carries in preview and update alike; stacks not listed
 * in the config are not applicable.
 */
export const protectProduction: ResourceValidationPolicy = {
    name: "protect-production",
    description:
        "In production stacks, the Auth0 DCR admin application, its Management API grant, the portal API and the Konnect DCR objects are protected against deletion. " +
        "Deleting any of them breaks every developer application registered through the portal.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema: {
        properties: {
            stacks: {
                type: "array",
                items: { type: "string" },
                default: PROTECT_PRODUCTION_DEFAULTS.stacks,
                description: "Names of the stacks whose objects must be protected.",
            },
            resourceTypes: {
                type: "array",
                items: { type: "string" },
                default: PROTECT_PRODUCTION_DEFAULTS.resourceTypes,
                description: "Type tokens of the resources that must be protected in those stacks.",
            },
        },
    },
    remediationSteps:
        "Leave konnect-auth0-dcr:protectResources unset (it defaults to true for prod) or set it to true, so the program passes protect to the components. " +
        "To delete a protected object on purpose, run pulumi state unprotect <urn> first, in a reviewed change.",
    validateResource: (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
        const config = configOf(args, PROTECT_PRODUCTION_DEFAULTS);
        const stack = stackOfUrn(args.urn);
        if (stack === undefined || !config.stacks.includes(stack)) {
            args.notApplicable(
                `Stack ${JSON.stringify(stack)} is not a production stack (${config.stacks.join(", ")})`,
            );
        }
        if (!config.resourceTypes.includes(args.type)) {
            args.notApplicable(`Resources of type '${args.type}' need no protection`);
        }
        if (args.opts.protect !== true) {
            reportViolation(`${args.type} "${args.name}" in production stack "${stack}" is not protected.`, args.urn);
        }
    },
};
