import { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { describe, known, linkedResources } from "../lib/policyHelpers";
import {
    KONNECT_API_PUBLICATION,
    KONNECT_AUTH_STRATEGY,
    KONNECT_DCR_PROVIDER,
    KONNECT_PORTAL_BINDING,
} from "../lib/resourceTypes";

/** A known, non-empty string prop; undefined while unknown (preview) or when missing. */
function knownText(resource: PolicyResource, prop: string): string | undefined {
    const value = known(() => resource.props[prop]);
    return typeof value === "string" && value !== "" ? value : undefined;
}

/** Whether a prop is still unknown (preview), as opposed to missing. */
function isUnknown(resource: PolicyResource, prop: string): boolean {
    return known(() => resource.props[prop] ?? null) === undefined;
}

/** The stack's strategies that register applications through one of the stack's DCR providers. */
function dcrStrategies(resources: readonly PolicyResource[]): PolicyResource[] {
    const providers = resources.filter((r) => r.type === KONNECT_DCR_PROVIDER);
    const providerIds = providers
        .map((p) => knownText(p, "dcrProviderId"))
        .filter((id): id is string => id !== undefined);
    return resources
        .filter((r) => r.type === KONNECT_AUTH_STRATEGY)
        .filter((strategy) => {
            const id = knownText(strategy, "dcrProviderId");
            const linked = linkedResources(strategy, "dcrProviderId", [KONNECT_DCR_PROVIDER]).some((p) =>
                providers.some((q) => q.urn === p.urn),
            );
            return id !== undefined
                ? providerIds.includes(id) || linked
                : isUnknown(strategy, "dcrProviderId") && linked;
        });
}

/**
 * Every API publication the stack manages uses the stack's DCR auth strategy (one whose DCR provider is
 * in the stack), on the portal the strategy is bound to. A publication pointed at another strategy (or
 * none) lets developers register applications that Auth0 DCR does not issue, or none at all.
 *
 * A stack policy: it links each publication to a strategy by id, or during a preview, while the id is
 * still unknown, by the engine's property dependency on `authStrategyId`.
 */
export const apiPublicationsUseDcrStrategy: StackValidationPolicy = {
    name: "api-publications-use-dcr-strategy",
    description:
        "Every Konnect API publication managed by the stack uses the stack's DCR application auth strategy (backed by the stack's Auth0 DCR provider), " +
        "on the portal that strategy is bound to. Otherwise developers register applications for those APIs outside Auth0 DCR, or need none at all.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Pass the stack's ApplicationAuthStrategy authStrategyId (and the bound portal's id and kind) to every ApiPublicationAuthStrategy, " +
        "as components/konnectPortalDcr.ts does for each id in konnect-auth0-dcr:konnectApiIds / konnectProductVersionIds.",
    validateStack: (args, reportViolation) => {
        const publications = args.resources.filter((r) => r.type === KONNECT_API_PUBLICATION);
        if (publications.length === 0) args.notApplicable("No Konnect API publication in this stack");
        const strategies = dcrStrategies(args.resources);
        const bindings = args.resources.filter((r) => r.type === KONNECT_PORTAL_BINDING);

        for (const publication of publications) {
            const api = knownText(publication, "apiId") ?? "(unknown API)";
            const id = knownText(publication, "authStrategyId");
            const linked = linkedResources(publication, "authStrategyId", [KONNECT_AUTH_STRATEGY]);
            let uses: PolicyResource | undefined;
            if (id !== undefined) {
                uses =
                    strategies.find((s) => knownText(s, "authStrategyId") === id) ??
                    strategies.find((s) => isUnknown(s, "authStrategyId") && linked.some((l) => l.urn === s.urn));
            } else if (isUnknown(publication, "authStrategyId")) {
                uses = strategies.find((s) => linked.some((l) => l.urn === s.urn));
            }
            if (!uses) {
                const what =
                    id !== undefined
                        ? `auth strategy ${id}`
                        : isUnknown(publication, "authStrategyId")
                          ? "an auth strategy from outside the stack"
                          : "no auth strategy";
                reportViolation(
                    `${describe(publication)}: API ${api} uses ${what}, not the stack's DCR application auth strategy` +
                        (strategies.length === 0
                            ? " (the stack has no strategy backed by its DCR provider)."
                            : ` (${strategies.map(describe).join(", ")}).`),
                    publication.urn,
                );
                continue;
            }
            const portal = knownText(publication, "portalId");
            const kind = knownText(publication, "portalKind");
            const strategyId = knownText(uses, "authStrategyId");
            const strategyUrn = uses.urn;
            for (const binding of bindings.filter(
                (b) =>
                    knownText(b, "authStrategyId") === strategyId ||
                    linkedResources(b, "authStrategyId", [KONNECT_AUTH_STRATEGY]).some((l) => l.urn === strategyUrn),
            )) {
                const boundPortal = knownText(binding, "portalId");
                const boundKind = knownText(binding, "portalKind");
                if ((portal && boundPortal && portal !== boundPortal) || (kind && boundKind && kind !== boundKind)) {
                    reportViolation(
                        `${describe(publication)}: API ${api} is published on ${kind ?? "?"} portal ${portal ?? "?"}, but the stack's DCR strategy is bound to ${boundKind ?? "?"} portal ${boundPortal ?? "?"}.`,
                        publication.urn,
                    );
                }
            }
        }
    },
};
