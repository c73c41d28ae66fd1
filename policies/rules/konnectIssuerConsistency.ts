import { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { DEVELOPER_MANAGED_SCOPE, managementApiAudience } from "../lib/auth0Facts";
import {
    configOf,
    describe,
    domainOfManagementApiAudience,
    known,
    linkedResources,
    listed,
    managementApiGrants,
    stringList,
} from "../lib/policyHelpers";
import { AUTH0_RESOURCE_SERVER, KONNECT_AUTH_STRATEGY, KONNECT_DCR_PROVIDER } from "../lib/resourceTypes";

/** Config of {@link konnectIssuerConsistency}. */
export interface IssuerConfig {
    /** The canonical tenant domain; derived from the DCR admin's Management API grant when unset. */
    auth0Domain?: string;
    /** The tenant's custom domain, when tokens are issued through one. */
    auth0CustomDomain?: string;
    /** The portal audience, checked when the stack looks up an existing Auth0 API instead of creating one. */
    portalAudience?: string;
}

/** Defaults, the same as the config schema declares (everything optional). */
export const ISSUER_DEFAULTS: IssuerConfig = {};

/** What is wrong with an issuer's form, or undefined when it is `https://<host>` exactly. */
function issuerFormProblem(issuer: unknown): string | undefined {
    if (typeof issuer !== "string" || issuer === "") return "is missing";
    let url: URL;
    try {
        url = new URL(issuer);
    } catch {
        return "is not a URL";
    }
    if (url.protocol !== "https:") return "is not https";
    if (issuer.endsWith("/"))
        return "ends with a slash (Konnect compares issuers exactly and rejects the trailing-slash form)";
    if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || url.port !== "" || url.username !== "")
        return "has more than https://<host>";
    return undefined;
}

/**
 * Konnect's DCR provider and application auth strategy agree with each other and with Auth0: one issuer,
 * `https://<auth0 domain or custom domain>` without a trailing slash; the strategy requests the portal
 * API's audience with `openid` and maps consumers by `azp`; with a custom-domain issuer the provider is
 * told the Management API audience; developer-managed scopes are backed by the grant.
 *
 * A stack policy: it compares several resources. The allowed hosts come from policy config
 * (`auth0Domain`, `auth0CustomDomain`); without `auth0Domain`, the canonical domain is read from the
 * Management API grant's audience, which is always `https://<canonical domain>/api/v2/`.
 */
export const konnectIssuerConsistency: StackValidationPolicy = {
    name: "konnect-issuer-consistency",
    description:
        "The Konnect DCR provider and the application auth strategy use the same issuer, https://<Auth0 domain or custom domain> without a trailing slash. " +
        "The strategy requests the portal API's audience with the openid scope and identifies consumers by the azp claim.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema: {
        properties: {
            auth0Domain: {
                type: "string",
                description:
                    "Canonical tenant domain, TENANT.REGION.auth0.com. Derived from the Management API grant when unset.",
            },
            auth0CustomDomain: {
                type: "string",
                description: "The tenant's custom domain (bare hostname), when tokens are issued through it.",
            },
            portalAudience: {
                type: "string",
                description:
                    "The portal audience, checked against the strategy when no Auth0 API is created by the stack.",
            },
        },
    },
    remediationSteps:
        "Derive the issuer from auth0:domain or konnect-auth0-dcr:auth0CustomDomain (konnectIssuer() in auth0/domains.ts) and pass the same value to the DCR provider and the auth strategy. " +
        "Pass the portal API's identifier as the strategy's audience, keep openid in its scopes and azp in its credential claim. " +
        "With a custom domain, set the provider's initialClientAudience to https://<canonical domain>/api/v2/. " +
        "If the domains are right, update this policy's config in policies/config/<stack>.json.",
    validateStack: (args, reportViolation) => {
        const providers = args.resources.filter((r) => r.type === KONNECT_DCR_PROVIDER);
        const strategies = args.resources.filter((r) => r.type === KONNECT_AUTH_STRATEGY);
        if (providers.length === 0 && strategies.length === 0) {
            args.notApplicable("No Konnect DCR provider or auth strategy in this stack");
        }
        const config = configOf(args, ISSUER_DEFAULTS);
        const grants = managementApiGrants(args.resources);
        const grantDomains = [
            ...new Set(
                grants
                    .map((g) => domainOfManagementApiAudience(g.props.audience))
                    .filter((d): d is string => d !== undefined),
            ),
        ];
        const canonical =
            config.auth0Domain?.toLowerCase() ?? (grantDomains.length === 1 ? grantDomains[0] : undefined);
        const custom = config.auth0CustomDomain?.toLowerCase();
        const allowedHosts = [canonical, custom].filter((h): h is string => h !== undefined);

        const checkIssuer = (resource: PolicyResource): string | undefined => {
            const issuer = resource.props.issuer;
            const problem = issuerFormProblem(issuer);
            if (problem) {
                reportViolation(
                    `${describe(resource)}: issuer ${JSON.stringify(issuer)} ${problem}; expected https://<Auth0 domain or custom domain>.`,
                    resource.urn,
                );
                return undefined;
            }
            const host = new URL(issuer).hostname.toLowerCase();
            if (allowedHosts.length === 0) {
                reportViolation(
                    `${describe(resource)}: cannot tell which Auth0 domain issuer ${issuer} should be on: set auth0Domain in this policy's config or manage the DCR admin's Management API grant in this stack.`,
                    resource.urn,
                );
            } else if (!allowedHosts.includes(host)) {
                reportViolation(
                    `${describe(resource)}: issuer ${issuer} is not on the Auth0 domain or custom domain (${listed(allowedHosts)}).`,
                    resource.urn,
                );
            }
            return issuer;
        };

        const providerIssuers = new Map<PolicyResource, string | undefined>();
        for (const provider of providers) {
            const issuer = checkIssuer(provider);
            providerIssuers.set(provider, issuer);
            const host = issuer ? new URL(issuer).hostname.toLowerCase() : undefined;
            const initialAudience = provider.props.initialClientAudience;
            const expectedAudience = canonical ? managementApiAudience(canonical) : undefined;
            if (initialAudience !== undefined && initialAudience !== null && initialAudience !== "") {
                if (expectedAudience && initialAudience !== expectedAudience) {
                    reportViolation(
                        `${describe(provider)}: initialClientAudience ${initialAudience} is not the Management API audience ${expectedAudience}.`,
                        provider.urn,
                    );
                }
            } else if (host !== undefined && host === custom && host !== canonical && expectedAudience) {
                reportViolation(
                    `${describe(provider)}: the issuer is on the custom domain ${host}, so initialClientAudience must be the Management API audience ${expectedAudience} (Konnect would otherwise ask for a token for ${issuer}/api/v2/).`,
                    provider.urn,
                );
            }
            if (provider.props.useDeveloperManagedScopes === true && grants.length > 0) {
                const backed = grants.some((g) => stringList(g.props.scopes).includes(DEVELOPER_MANAGED_SCOPE));
                if (!backed) {
                    reportViolation(
                        `${describe(provider)}: uses developer-managed scopes, but the DCR admin's grant lacks ${DEVELOPER_MANAGED_SCOPE}.`,
                        provider.urn,
                    );
                }
            }
        }

        const apiIdentifiers = args.resources
            .filter((r) => r.type === AUTH0_RESOURCE_SERVER)
            .map((r) => r.props.identifier as string);
        for (const strategy of strategies) {
            const issuer = checkIssuer(strategy);
            const provider = providerOf(strategy, providers);
            if (!provider) {
                reportViolation(
                    `${describe(strategy)}: is not linked to a Konnect DCR provider of this stack, so its issuer cannot be compared.`,
                    strategy.urn,
                );
            } else {
                const providerIssuer = providerIssuers.get(provider);
                if (issuer !== undefined && providerIssuer !== undefined && issuer !== providerIssuer) {
                    reportViolation(
                        `${describe(strategy)}: issuer ${issuer} differs from ${describe(provider)}'s issuer ${providerIssuer}.`,
                        strategy.urn,
                    );
                }
            }

            const audience = strategy.props.audience;
            if (apiIdentifiers.length > 0) {
                if (!apiIdentifiers.includes(audience)) {
                    reportViolation(
                        `${describe(strategy)}: audience ${JSON.stringify(audience)} is not the portal API's identifier (${listed(apiIdentifiers)}).`,
                        strategy.urn,
                    );
                }
            } else if (config.portalAudience && audience !== config.portalAudience) {
                reportViolation(
                    `${describe(strategy)}: audience ${JSON.stringify(audience)} is not the configured portal audience ${config.portalAudience}.`,
                    strategy.urn,
                );
            }
            if (!stringList(strategy.props.scopes).includes("openid")) {
                reportViolation(
                    `${describe(strategy)}: scopes ${JSON.stringify(strategy.props.scopes)} lack "openid".`,
                    strategy.urn,
                );
            }
            if (!stringList(strategy.props.credentialClaim).includes("azp")) {
                reportViolation(
                    `${describe(strategy)}: credentialClaim ${JSON.stringify(strategy.props.credentialClaim)} lacks "azp", the claim that names the portal application.`,
                    strategy.urn,
                );
            }
        }
    },
};

/**
 * The DCR provider a strategy belongs to: through its `dcrProviderId` dependency (known in a first
 * preview), by a known provider id, or the stack's only provider.
 */
function providerOf(strategy: PolicyResource, providers: PolicyResource[]): PolicyResource | undefined {
    const linked = linkedResources(strategy, "dcrProviderId", [KONNECT_DCR_PROVIDER]);
    if (linked.length > 0) return linked[0];
    const id = known(() => strategy.props.dcrProviderId);
    if (typeof id === "string") {
        const byId = providers.find((p) => known(() => p.props.dcrProviderId) === id);
        if (byId) return byId;
    }
    return providers.length === 1 ? providers[0] : undefined;
}
