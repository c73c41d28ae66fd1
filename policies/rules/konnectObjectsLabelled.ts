import { ResourceValidationPolicy } from "@pulumi/policy";
import { configOf, stackOfUrn, validateTypes } from "../lib/policyHelpers";
import { KONNECT_AUTH_STRATEGY, KONNECT_DCR_PROVIDER, MANAGED_BY } from "../lib/resourceTypes";

/** Config of {@link konnectObjectsLabelled}. */
export interface LabelsConfig {
    /** The expected value of the `managed-by` label. */
    managedBy: string;
}

/** Defaults, the same as the config schema declares. */
export const LABELS_DEFAULTS: LabelsConfig = { managedBy: MANAGED_BY };

/**
 * Konnect DCR providers and auth strategies carry `managed-by` (and, when present, a matching
 * `pulumi-stack`) label, so people in the Konnect UI can tell they are managed as code and by which stack.
 */
export const konnectObjectsLabelled: ResourceValidationPolicy = {
    name: "konnect-objects-labelled",
    description:
        "Every Konnect DCR provider and application auth strategy carries the managed-by label, and its pulumi-stack label names the stack that manages it. " +
        "The labels tell people editing in the Konnect UI that their change will be overwritten by the next deployment.",
    enforcementLevel: "advisory",
    severity: "low",
    configSchema: {
        properties: {
            managedBy: { type: "string", default: MANAGED_BY, description: "Expected value of the managed-by label." },
        },
    },
    remediationSteps:
        'Pass labels { "managed-by": "konnect-auth0-dcr", "pulumi-stack": <stack> } to every Konnect DCR provider and auth strategy.',
    validateResource: validateTypes([KONNECT_DCR_PROVIDER, KONNECT_AUTH_STRATEGY], (props, args, report) => {
        const config = configOf(args, LABELS_DEFAULTS);
        const labels =
            typeof props.labels === "object" && props.labels !== null ? (props.labels as Record<string, unknown>) : {};
        const managedBy = labels["managed-by"];
        if (managedBy === undefined || managedBy === "") {
            report(`${args.name}: has no managed-by label.`);
        } else if (managedBy !== config.managedBy) {
            report(
                `${args.name}: managed-by label is ${JSON.stringify(managedBy)}, expected ${JSON.stringify(config.managedBy)}.`,
            );
        }
        const stack = stackOfUrn(args.urn);
        const labelled = labels["pulumi-stack"];
        if (labelled !== undefined && stack !== undefined && labelled !== stack) {
            report(
                `${args.name}: pulumi-stack label is ${JSON.stringify(labelled)} but the resource belongs to stack ${JSON.stringify(stack)}.`,
            );
        }
    }),
};
