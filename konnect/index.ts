/**
 * Konnect's DCR settings as Pulumi resources, and the typed client behind them.
 *
 * Resources (dynamic, type tokens `pulumi-nodejs:dynamic/konnect:<Type>`): `DcrProvider`,
 * `ApplicationAuthStrategy`, `PortalAuthStrategyBinding`, `ApiPublicationAuthStrategy`. Labels come from
 * `konnectLabels(owner)` (organization, project and stack: which stack owns an object, see `ownershipOf`), the
 * server URL from the validated stack settings' `konnect.serverUrl` (checked by `isAllowedKonnectServerUrl`; a
 * stack's objects never move to another server URL).
 */
export { createKonnectClient, serializeKonnectQuery } from "./client";
export type {
    KonnectClient,
    KonnectClientOptions,
    LivePortal,
    LivePublication,
    DcrProviderVerification,
} from "./client";
export {
    assertKonnectServerUrl,
    describeTokenSource,
    isAllowedKonnectServerUrl,
    KONNECT_SERVER_URL_FORMS,
    konnectRegionUrl,
    pickKonnectToken,
    resolveKonnectToken,
} from "./endpoints";
export type { KonnectEnvironment, ResolvedKonnectToken } from "./endpoints";
export { describeOperation, KonnectApiError, likelyMissingRole, redactSecrets } from "./errors";
export type { KonnectInvalidParameter, KonnectObjectKind, KonnectOperation } from "./errors";
export {
    konnectLabels,
    labelProblems,
    MANAGED_BY,
    MANAGED_BY_LABEL,
    ORGANIZATION_LABEL,
    OWNER_LABELS,
    ownerLabelValue,
    ownerOf,
    ownershipOf,
    PROJECT_LABEL,
    STACK_LABEL,
    toLabelValue,
} from "./payloads";
export type { LabelledOwner } from "./payloads";
export { DEFAULT_RETRY_POLICY } from "./retry";
export type { RetryPolicy } from "./retry";
export { ApplicationAuthStrategy, applicationAuthStrategyProvider } from "./resources/applicationAuthStrategy";
export type {
    ApplicationAuthStrategyArgs,
    ApplicationAuthStrategyInputs,
    ApplicationAuthStrategyState,
} from "./resources/applicationAuthStrategy";
export { DcrProvider, dcrProviderProvider } from "./resources/dcrProvider";
export type { DcrProviderArgs, DcrProviderInputs, DcrProviderState } from "./resources/dcrProvider";
export { PortalAuthStrategyBinding, portalAuthStrategyBindingProvider } from "./resources/portalAuthStrategyBinding";
export type {
    PortalAuthStrategyBindingArgs,
    PortalAuthStrategyBindingInputs,
    PortalAuthStrategyBindingState,
} from "./resources/portalAuthStrategyBinding";
export { ApiPublicationAuthStrategy, apiPublicationAuthStrategyProvider } from "./resources/apiPublicationAuthStrategy";
export type {
    ApiPublicationAuthStrategyArgs,
    ApiPublicationAuthStrategyInputs,
    ApiPublicationAuthStrategyState,
} from "./resources/apiPublicationAuthStrategy";
export type { KonnectDiffResult, KonnectProviderOptions } from "./resources/providerRuntime";
export { KonnectPreflightError, konnectPreflight, konnectPreflightProblems } from "./preflight";
export type { KonnectPreflightSpec } from "./preflight";
