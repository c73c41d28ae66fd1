import * as pulumi from "@pulumi/pulumi";
import * as command from "@pulumi/command";
import type { AuthMethod, PortalKind } from "../konnect/vocabulary";
import { ApplicationAuthStrategy, DcrProvider, konnectLabels, PortalAuthStrategyBinding } from "../konnect";

/** The consumer claim Konnect maps to the portal application: Auth0 puts the client id in `azp`. */
export const CONSUMER_CLAIM = ["azp"];
/** The scopes the strategy requests. */
export const STRATEGY_SCOPES = ["openid"];

/** The command the post-deploy verification runs (relative to the project directory, where `pulumi up` runs). */
export const VERIFY_COMMAND = "node -r ts-node/register/transpile-only verification/cli.ts";

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
     * What must exist before Konnect is given the admin app: its grant and credentials (Konnect checks
     * the app against the Management API).
     */
    readonly adminAppReady: pulumi.Input<pulumi.Resource>[];
    /** What the audience comes from (the Auth0 API), so the strategy waits for it. */
    readonly audienceReady?: pulumi.Input<pulumi.Resource>[];
    /** Post-deploy verification; omitted to skip it. */
    readonly verification?: {
        /** The Konnect token when it is stack configuration (secret); otherwise the runner's environment supplies it. */
        readonly konnectToken?: pulumi.Input<string>;
    };
}

/**
 * Konnect's half of Dev Portal DCR with Auth0: the DCR provider, the OpenID Connect application auth
 * strategy that uses it, and the portal binding that makes the strategy the portal's default, followed by
 * a post-deploy verification. Teardown runs in reverse: binding, strategy, provider.
 */
export class KonnectPortalDcr extends pulumi.ComponentResource {
    public readonly dcrProvider: DcrProvider;
    public readonly authStrategy: ApplicationAuthStrategy;
    public readonly binding: PortalAuthStrategyBinding;
    public readonly verification?: command.local.Command;
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
            { parent: this, dependsOn: args.adminAppReady },
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
                dcrProviderId: this.dcrProvider.dcrProviderId,
                labels,
            },
            { parent: this, dependsOn: [this.dcrProvider, ...(args.audienceReady ?? [])] },
        );

        this.binding = new PortalAuthStrategyBinding(
            `${name}-portal-binding`,
            {
                serverUrl: args.serverUrl,
                portalId: args.portalId,
                portalKind: args.portalKind,
                authStrategyId: this.authStrategy.authStrategyId,
            },
            { parent: this, dependsOn: [this.authStrategy] },
        );

        if (args.verification) {
            const tokenEnvironment: Record<string, pulumi.Input<string>> = args.verification.konnectToken
                ? { KONNECT_TOKEN: pulumi.secret(args.verification.konnectToken) }
                : {};
            this.verification = new command.local.Command(
                `${name}-verify`,
                {
                    create: VERIFY_COMMAND,
                    update: VERIFY_COMMAND,
                    environment: {
                        DCR_VERIFY_SERVER_URL: args.serverUrl,
                        DCR_VERIFY_PROVIDER_ID: this.dcrProvider.dcrProviderId,
                        DCR_VERIFY_PROVIDER_NAME: args.dcrProviderName,
                        DCR_VERIFY_ISSUER: args.issuer,
                        ...tokenEnvironment,
                    },
                    // Re-run whenever the DCR settings Konnect holds change (including a secret rotation, via its hash).
                    triggers: [
                        this.dcrProvider.dcrProviderId,
                        this.dcrProvider.initialClientSecretHash,
                        this.dcrProvider.initialClientId,
                        this.authStrategy.authStrategyId,
                        this.authStrategy.issuer,
                        this.authStrategy.audience,
                        this.binding.id,
                    ],
                    // The report names checks and fixes only; stderr, where a crash could dump its environment, stays out of the log.
                    logging: "stdout",
                },
                // Never protected, even in production: a trigger change replaces the command, and the engine
                // refuses to replace a protected resource, which would fail every secret rotation.
                {
                    parent: this,
                    dependsOn: [this.binding],
                    additionalSecretOutputs: ["stdout", "stderr"],
                    protect: false,
                },
            );
        }

        this.dcrProviderId = this.dcrProvider.dcrProviderId;
        this.authStrategyId = this.authStrategy.authStrategyId;
        this.portalUrl = this.binding.portalDomain.apply((domain) => (domain ? `https://${domain}` : undefined));

        this.registerOutputs({
            dcrProviderId: this.dcrProviderId,
            authStrategyId: this.authStrategyId,
            portalUrl: this.portalUrl,
        });
    }
}
