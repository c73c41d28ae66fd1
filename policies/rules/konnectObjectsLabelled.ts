import { ResourceValidationPolicy } from "@pulumi/policy";
import { configOf, ownerLabelNames, projectOfUrn, stackOfUrn, validateTypes } from "../lib/policyHelpers";
import { KONNECT_AUTH_STRATEGY, KONNECT_DCR_PROVIDER, MANAGED_BY } from "../lib/resourceTypes";

/** Config of {@link konnectObjectsLabelled}. */
export interface LabelsConfig {
    /** The expected value of the `managed-by` label. */
    managedBy: string;
}

/** Defaults, the same as the config schema declares. */
export const LABELS_DEFAULTS: LabelsConfig = { managedBy: MANAGED_BY };

/**
 * Konnect DCR providers and auth strategies carry a `managed-by` label and, when present, `pulumi-project` and
 * `pulumi-stack` labels naming the resource's project and stack, so people in the Konnect UI can tell they are
 * managed as code and by which stack (and the providers never take over another stack's objects).
 */
export const konnectObjectsLabelled: ResourceValidationPolicy = {
    name: "konnect-objects-labelled",
    description:
        "Every Konnect DCR provider and application auth strategy carries the managed-by label, and its pulumi-project and pulumi-stack labels name the project and stack that manage it. " +
        "The labels tell people editing in the Konnect UI that their change will be overwritten by the next deployment.",
    enforcementLevel: "advisory",
    severity: "low",
    configSchema: {
        properties: {
            managedBy: { type: "string", default: MANAGED_BY, description: "Expected value of the managed-by label." },
        },
    },
    remediationSteps:
        "Pass konnectLabels({ organization, project, stack }) (managed-by, pulumi-organization, pulumi-project, pulumi-stack) to every Konnect DCR provider and auth strategy.",
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
        const owner = [
            { key: "pulumi-project", what: "project", name: projectOfUrn(args.urn) },
            { key: "pulumi-stack", what: "stack", name: stackOfUrn(args.urn) },
        ];
        for (const { key, what, name } of owner) {
            const labelled = labels[key];
            if (labelled !== undefined && name !== undefined && !ownerLabelNames(labelled, name)) {
                report(
                    `${args.name}: ${key} label is ${JSON.stringify(labelled)} but the resource belongs to ${what} ${JSON.stringify(name)}.`,
                );
            }
        }
    }),
};
