import * as pulumi from "@pulumi/pulumi";
import type { AuthMethod, KonnectName, KonnectOwner, PortalKind } from "../konnect/vocabulary";
import {
    ApiPublicationAuthStrategy,
    ApplicationAuthStrategy,
    DcrProvider,
    konnectLabels,
    PortalAuthStrategyBinding,
} from "../konnect";
import { DcrVerification } from "../verification/dcrVerification";

/** The consumer claim Konnect maps to the portal application: Auth0 puts the client id in `azp`. */
export const CONSUMER_CLAIM = ["azp"];
/** The scopes the strategy requests. */
export const STRATEGY_SCOPES = ["openid"];

/**
 * The arguments of a {@link KonnectPortalDcr}.
 */
export interface KonnectPortalDcrArgs {
    /** Konnect API URL of the portal's region, e.g. `https://us.api.konghq.com`. */
    readonly serverUrl: pulumi.Input<string>;
    /** The stack that owns the Konnect objects, written to their labels (see `konnectLabels`). */
    readonly owner: KonnectOwner;
    /** The Dev Portal whose default application auth strategy is set. */
    readonly portalId: pulumi.Input<string>;
    readonly portalKind: PortalKind;
    /** The provider's and the strategy's names; a default name never renames an object already deployed. */
    readonly dcrProviderName: KonnectName;
    readonly authStrategyName: KonnectName;
    /** What developers see in the portal. */
    readonly authStrategyDisplayName: pulumi.Input<string>;
    readonly authMethods: readonly AuthMethod[];
    /** `https://<custom or canonical Auth0 domain>`, no trailing slash. */
    readonly issuer: pulumi.Input<string>;
    /** The portal audience (Auth0 API identifier) tokens are requested for. */
    readonly audience: pulumi.Input<string>;
    /** The DCR admin app's client id and secret. */
    readonly initialClientId: pulumi.Input<string>;
    readonly initialClientSecret: pulumi.Input<string>;
    /** The Management API audience; given only with an Auth0 custom domain (Konnect uses the issuer otherwise). */
    readonly initialClientAudience?: pulumi.Input<string>;
    readonly useDeveloperManagedScopes: boolean;
    /**
     * The admin app's grant on the Management API, which Konnect exercises: the provider waits for it (the
     * client id and secret inputs already carry the dependency on the app and its credentials).
     */
    readonly adminGrant: pulumi.Resource;
    /**
     * APIs already published on the portal whose publication must use the strategy: API ids on a v3 portal,
     * API product version ids on a classic one. Each gets an {@link ApiPublicationAuthStrategy}.
     */
    readonly apiIds?: readonly string[];
    /** Run the post-deploy verification after the DCR settings change. */
    readonly verify: boolean;
    /**
     * On destroy, when the default strategy the portal had before is gone: leave the portal without a default
     * (true) or stop with an error naming the portal and the missing strategy (false).
     */
    readonly allowPortalWithoutDefault?: boolean;
}

/**
 * Konnect's half of Dev Portal DCR with Auth0: the DCR provider, the OpenID Connect application auth
 * strategy that uses it, and the portal binding that makes the strategy the portal's default, followed by
 * a post-deploy verification; and, for each listed API already published on the portal, its publication's
 * auth strategy. Teardown runs in reverse: publications (their earlier strategies restored), binding,
 * strategy, provider.
 */
export class KonnectPortalDcr extends pulumi.ComponentResource {
    public readonly dcrProvider: DcrProvider;
    public readonly authStrategy: ApplicationAuthStrategy;
    public readonly binding: PortalAuthStrategyBinding;
    /** One per listed API, in the order listed. */
    public readonly publications: ApiPublicationAuthStrategy[];
    public readonly verification?: DcrVerification;
    public readonly dcrProviderId: pulumi.Output<string>;
    public readonly authStrategyId: pulumi.Output<string>;
    /** `https://<portal domain>`, where developers sign in. */
    public readonly portalUrl: pulumi.Output<string | undefined>;

    /**
     * @param name The _unique_ name of this component.
     * @param args The Konnect settings and the Auth0 values they are built from.
     * @param opts Options; `protect` given here goes to every child except the verification.
     */
    constructor(name: string, args: KonnectPortalDcrArgs, opts?: pulumi.ComponentResourceOptions) {
        // `protect` is handed to each child rather than inherited: the engine applies a protected parent's flag
        // to a child whose explicit `protect: false` does not reach it, and the verification is never protected.
        const { protect, ...componentOpts } = opts ?? {};
        super("konnect-auth0-dcr:konnect:KonnectPortalDcr", name, {}, componentOpts);
        const child = { parent: this, protect };
        const labels = konnectLabels(args.owner);

        this.dcrProvider = new DcrProvider(
            `${name}-dcr-provider`,
            {
                serverUrl: args.serverUrl,
                name: args.dcrProviderName.value,
                keepExistingName: args.dcrProviderName.isDefault,
                displayName: "Auth0",
                issuer: args.issuer,
                initialClientId: args.initialClientId,
                initialClientSecret: args.initialClientSecret,
                initialClientAudience: args.initialClientAudience,
                useDeveloperManagedScopes: args.useDeveloperManagedScopes,
                labels,
            },
            { ...child, dependsOn: [args.adminGrant] },
        );

        this.authStrategy = new ApplicationAuthStrategy(
            `${name}-auth-strategy`,
            {
                serverUrl: args.serverUrl,
                name: args.authStrategyName.value,
                keepExistingName: args.authStrategyName.isDefault,
                displayName: args.authStrategyDisplayName,
                issuer: args.issuer,
                audience: args.audience,
                scopes: STRATEGY_SCOPES,
                credentialClaim: CONSUMER_CLAIM,
                authMethods: [...args.authMethods],
                // The resource id, not the dcrProviderId output: in a preview the engine keeps a dynamic resource's
                // id known across an update but makes all its outputs unknown, which would mark every input of
                // the strategy (and all below it) as changing when one provider field moves.
                dcrProviderId: this.dcrProvider.id,
                labels,
            },
            child,
        );

        this.binding = new PortalAuthStrategyBinding(
            `${name}-portal-binding`,
            {
                serverUrl: args.serverUrl,
                portalId: args.portalId,
                portalKind: args.portalKind,
                // The id, for the reason given on the strategy's dcrProviderId.
                authStrategyId: this.authStrategy.id,
                allowPortalWithoutDefault: args.allowPortalWithoutDefault ?? false,
            },
            child,
        );

        // Named by API id, so adding or removing one API leaves the others' resources alone. After the binding
        // too: a destroy then restores the publications first, while the strategy still exists.
        this.publications = (args.apiIds ?? []).map(
            (apiId) =>
                new ApiPublicationAuthStrategy(
                    `${name}-publication-${apiId}`,
                    {
                        serverUrl: args.serverUrl,
                        portalId: args.portalId,
                        portalKind: args.portalKind,
                        apiId,
                        // The id, for the reason given on the strategy's dcrProviderId.
                        authStrategyId: this.authStrategy.id,
                    },
                    { ...child, dependsOn: [this.binding] },
                ),
        );

        if (args.verify) {
            // Re-runs (in place) whenever what Konnect holds changes, a rotated admin secret included (via its hash).
            this.verification = new DcrVerification(
                `${name}-verify`,
                {
                    serverUrl: args.serverUrl,
                    dcrProviderId: this.dcrProvider.id,
                    dcrProviderName: this.dcrProvider.name,
                    initialClientId: args.initialClientId,
                    initialClientSecretHash: this.dcrProvider.initialClientSecretHash,
                    authStrategyId: this.authStrategy.id,
                    issuer: args.issuer,
                    audience: args.audience,
                    bindingId: this.binding.id,
                },
                { parent: this, dependsOn: this.publications },
            );
        }

        this.dcrProviderId = this.dcrProvider.id;
        this.authStrategyId = this.authStrategy.id;
        this.portalUrl = this.binding.portalDomain.apply((domain) => (domain ? `https://${domain}` : undefined));

        this.registerOutputs({
            dcrProviderId: this.dcrProviderId,
            authStrategyId: this.authStrategyId,
            portalUrl: this.portalUrl,
        });
    }
}
