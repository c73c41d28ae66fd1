/**
 * `pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy`: an OpenID Connect application auth strategy
 * backed by a DCR provider (`/v2/application-auth-strategies`).
 */
import * as pulumi from "@pulumi/pulumi";
import type { LiveAuthStrategy } from "../payloads";
import {
    AuthStrategySpec,
    buildAuthStrategyCreateBody,
    buildAuthStrategyUpdateBody,
    diffAuthStrategy,
} from "../payloads";
import { checkAuthStrategyInputs } from "../validation";
import {
    compact,
    deletedOutsidePulumi,
    diffWithoutKonnect,
    konnectProviderBasics,
    otherTypeWithSameName,
    ownedByAnotherStack,
    priorState,
    KonnectDiffResult,
    KonnectProviderOptions,
    konnectClientFor,
    refreshedLabels,
    refuseServerUrlMove,
    rememberLive,
    removedLabelKeys,
    takeLive,
} from "./providerRuntime";
import { ProjectDynamicResource } from "../../dynamic/resource";

/** Inputs of an ApplicationAuthStrategy. */
export interface ApplicationAuthStrategyArgs {
    /** Konnect API URL of the portal's region, e.g. `https://us.api.konghq.com`. */
    serverUrl: pulumi.Input<string>;
    /**
     * Name shown in Konnect. An existing strategy with this name is adopted when no other stack's labels claim
     * it (see `ownershipOf`); one another stack owns is refused.
     */
    name: pulumi.Input<string>;
    /**
     * The name is the stack's default, not a setting: a strategy already in state keeps the name it has (an
     * upgrade that changes the default never renames it); only a new one takes `name`.
     */
    keepExistingName?: pulumi.Input<boolean>;
    /** Name developers see in the Dev Portal. */
    displayName: pulumi.Input<string>;
    /** Same issuer as the DCR provider (no trailing slash). */
    issuer: pulumi.Input<string>;
    /** Auth0 API identifier, sent as the `audience` token request argument (`token_post_args_values`). */
    audience: pulumi.Input<string>;
    /** Usually `["openid"]`. */
    scopes: pulumi.Input<pulumi.Input<string>[]>;
    /** Usually `["azp"]`: the claim that carries the DCR client id. */
    credentialClaim: pulumi.Input<pulumi.Input<string>[]>;
    /** e.g. `["client_credentials", "bearer", "session"]`. */
    authMethods: pulumi.Input<pulumi.Input<string>[]>;
    /** The DcrProvider's `dcrProviderId`. */
    dcrProviderId: pulumi.Input<string>;
    /** Usually `konnectLabels(owner)`: its owner labels decide which existing strategy may be adopted. */
    labels: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/** Resolved inputs as the provider receives them. */
export interface ApplicationAuthStrategyInputs {
    readonly serverUrl: string;
    readonly name: string;
    /** Absent in states written before it existed. */
    readonly keepExistingName?: boolean;
    readonly displayName: string;
    readonly issuer: string;
    readonly audience: string;
    readonly scopes: string[];
    readonly credentialClaim: string[];
    readonly authMethods: string[];
    readonly dcrProviderId: string;
    readonly labels: Record<string, string>;
}

/** Outputs kept in state. */
export interface ApplicationAuthStrategyState extends Omit<ApplicationAuthStrategyInputs, "keepExistingName"> {
    readonly authStrategyId: string;
    /** True once a published API or product version uses the strategy. */
    readonly active: boolean;
}

const KIND = "application-auth-strategy";

function specOf(inputs: ApplicationAuthStrategyInputs): AuthStrategySpec {
    return {
        name: inputs.name,
        displayName: inputs.displayName,
        issuer: inputs.issuer,
        audience: inputs.audience,
        scopes: inputs.scopes,
        credentialClaim: inputs.credentialClaim,
        authMethods: inputs.authMethods,
        dcrProviderId: inputs.dcrProviderId,
        labels: inputs.labels,
    };
}

function stateOf(inputs: ApplicationAuthStrategyInputs, live: LiveAuthStrategy): ApplicationAuthStrategyState {
    return compact({
        serverUrl: inputs.serverUrl,
        name: inputs.name,
        displayName: inputs.displayName,
        issuer: inputs.issuer,
        audience: inputs.audience,
        scopes: [...inputs.scopes],
        credentialClaim: [...inputs.credentialClaim],
        authMethods: [...inputs.authMethods],
        dcrProviderId: inputs.dcrProviderId,
        labels: { ...inputs.labels },
        authStrategyId: live.id,
        active: live.active,
    });
}

/** The ApplicationAuthStrategy's resource provider. `options` are serialized with it. */
export function applicationAuthStrategyProvider(
    options: KonnectProviderOptions = {},
): pulumi.dynamic.ResourceProvider<ApplicationAuthStrategyInputs, ApplicationAuthStrategyState> {
    return {
        ...konnectProviderBasics<ApplicationAuthStrategyInputs>(checkAuthStrategyInputs),

        async create(inputs) {
            const client = konnectClientFor(inputs.serverUrl, options);
            const spec = specOf(inputs);
            const existing = await client.authStrategies.findByName(spec.name);
            let live: LiveAuthStrategy;
            if (existing) {
                const { changes, replaces } = diffAuthStrategy(spec, existing);
                if (replaces.length > 0) {
                    throw otherTypeWithSameName(
                        "application auth strategy",
                        existing.strategy_type,
                        spec.name,
                        existing.id,
                    );
                }
                const refusal = ownedByAnotherStack(
                    "application auth strategy",
                    existing,
                    spec.labels,
                    "konnect-auth0-dcr:konnectAuthStrategyName",
                );
                if (refusal) throw refusal;
                live =
                    changes.length > 0
                        ? await client.authStrategies.update(
                              existing.id,
                              spec.name,
                              buildAuthStrategyUpdateBody(spec, existing, changes),
                          )
                        : existing;
            } else {
                live = (await client.authStrategies.create(buildAuthStrategyCreateBody(spec))).object;
            }
            return { id: live.id, outs: stateOf(inputs, live) };
        },

        async diff(strategyId, olds, news): Promise<KonnectDiffResult> {
            const early = diffWithoutKonnect(olds, news);
            if (early) return early;

            const client = konnectClientFor(news.serverUrl, options);
            const live = await client.authStrategies.get(strategyId, news.name);
            if (!live) return { changes: true, replaces: ["authStrategyId"], changedFields: ["authStrategyId"] };
            const { changes, replaces } = diffAuthStrategy(specOf(news), live, {
                removedLabelKeys: removedLabelKeys(olds, news),
            });
            if (replaces.length > 0) {
                return {
                    changes: true,
                    replaces: [...replaces],
                    deleteBeforeReplace: true,
                    changedFields: [...replaces, ...changes],
                };
            }
            rememberLive(KIND, strategyId, live);
            return { changes: changes.length > 0, changedFields: changes };
        },

        async update(strategyId, olds, news) {
            refuseServerUrlMove(olds, news);
            const client = konnectClientFor(news.serverUrl, options);
            let live =
                takeLive<LiveAuthStrategy>(KIND, strategyId) ??
                (await client.authStrategies.get(strategyId, news.name));
            if (!live) {
                throw deletedOutsidePulumi("application auth strategy", news.name, strategyId);
            }
            const spec = specOf(news);
            const { changes } = diffAuthStrategy(spec, live, { removedLabelKeys: removedLabelKeys(olds, news) });
            if (changes.length > 0) {
                live = await client.authStrategies.update(
                    strategyId,
                    news.name,
                    buildAuthStrategyUpdateBody(spec, live, changes),
                );
            }
            return { outs: stateOf(news, live) };
        },

        async read(strategyId, prior) {
            const props = priorState(prior, "application auth strategy");
            // `pulumi refresh`: one GET. No id means the strategy is gone, and the engine drops it from state.
            const live = await konnectClientFor(props.serverUrl, options).authStrategies.get(strategyId, props.name);
            if (!live || live.strategy_type !== "openid_connect") return {};
            const config = (live.configs?.["openid-connect"] ?? {}) as Record<string, unknown>;
            const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
            const audienceAt = list(config.token_post_args_names).indexOf("audience");
            return {
                id: live.id,
                props: compact({
                    ...props,
                    name: live.name,
                    displayName: live.display_name ?? props.displayName,
                    issuer: typeof config.issuer === "string" ? config.issuer : "",
                    audience: audienceAt >= 0 ? (list(config.token_post_args_values)[audienceAt] ?? "") : "",
                    scopes: list(config.scopes),
                    credentialClaim: list(config.credential_claim),
                    authMethods: list(config.auth_methods),
                    dcrProviderId: live.dcr_provider?.id ?? "",
                    labels: refreshedLabels(live.labels, props.labels),
                    authStrategyId: live.id,
                    active: live.active,
                }),
            };
        },

        async delete(strategyId, props) {
            const client = konnectClientFor(props.serverUrl, options);
            await client.authStrategies.delete(strategyId, props.name);
        },
    };
}

/**
 * A Konnect OpenID Connect application auth strategy that registers applications through a DCR provider.
 * Adopts an existing strategy of the same name unless another stack's labels claim it, and puts back settings
 * changed outside Pulumi.
 */
export class ApplicationAuthStrategy extends ProjectDynamicResource {
    /** Konnect's id of the strategy. */
    declare readonly authStrategyId: pulumi.Output<string>;
    /** True once a published API or product version uses the strategy. */
    declare readonly active: pulumi.Output<boolean>;
    declare readonly serverUrl: pulumi.Output<string>;
    declare readonly name: pulumi.Output<string>;
    declare readonly displayName: pulumi.Output<string>;
    declare readonly issuer: pulumi.Output<string>;
    declare readonly audience: pulumi.Output<string>;
    declare readonly scopes: pulumi.Output<string[]>;
    declare readonly credentialClaim: pulumi.Output<string[]>;
    declare readonly authMethods: pulumi.Output<string[]>;
    declare readonly dcrProviderId: pulumi.Output<string>;
    declare readonly labels: pulumi.Output<Record<string, string>>;

    /**
     * @param name The _unique_ name of the resource.
     * @param args The strategy's settings.
     * @param opts Resource options.
     */
    constructor(name: string, args: ApplicationAuthStrategyArgs, opts?: pulumi.CustomResourceOptions) {
        super("ApplicationAuthStrategy", name, { ...args, authStrategyId: undefined, active: undefined }, opts);
    }
}
