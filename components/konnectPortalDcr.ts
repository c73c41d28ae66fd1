import * as pulumi from "@pulumi/pulumi";
import type { AuthMethod, PortalKind } from "../konnect/vocabulary";
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
    /** Stack name, written to every Konnect object's `pulumi-stack` label. */
    readonly stack: string;
    /** The Dev Portal whose default application auth strategy is set. */
    readonly portalId: pulumi.Input<string>;
    readonly portalKind: PortalKind;
    readonly dcrProviderName: pulumi.Input<string>;
    readonly authStrategyName: pulumi.Input<string>;
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
     * @param opts Options; `protect` given here is inherited by every child.
     */
    constructor(name: string, args: KonnectPortalDcrArgs, opts?: pulumi.ComponentResourceOptions) {
        super("konnect-auth0-dcr:konnect:KonnectPortalDcr", name, {}, opts);
        const labels = konnectLabels(args.stack);

        this.dcrProvider = new DcrProvider(
            `${name}-dcr-provider`,
            {
                serverUrl: args.serverUrl,
                name: args.dcrProviderName,
                displayName: "Auth0",
                issuer: args.issuer,
                initialClientId: args.initialClientId,
                initialClientSecret: args.initialClientSecret,
                initialClientAudience: args.initialClientAudience,
                useDeveloperManagedScopes: args.useDeveloperManagedScopes,
                labels,
            },
            { parent: this, dependsOn: [args.adminGrant] },
        );

        this.authStrategy = new ApplicationAuthStrategy(
            `${name}-auth-strategy`,
            {
                serverUrl: args.serverUrl,
                name: args.authStrategyName,
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
            { parent: this },
        );

        this.binding = new PortalAuthStrategyBinding(
            `${name}-portal-binding`,
            {
                serverUrl: args.serverUrl,
                portalId: args.portalId,
                portalKind: args.portalKind,
                // The id, for the reason given on the strategy's dcrProviderId.
                authStrategyId: this.authStrategy.id,
            },
            { parent: this },
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
                    { parent: this, dependsOn: [this.binding] },
                ),
        );

        if (args.verify) {
            // Re-runs (in place) whenever what Konnect holds changes, a rotated admin secret included (via its hash).
            this.verification = new DcrVerification(
                `${name}-verify`,
                {
                    serverUrl: args.serverUrl,
                    dcrProviderId: this.dcrProvider.id,
                    dcrProviderName: args.dcrProviderName,
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
