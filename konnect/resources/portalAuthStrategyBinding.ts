/**
 * `pulumi-nodejs:dynamic/konnect:PortalAuthStrategyBinding`: makes an auth strategy the default of a Dev
 * Portal (`/v3/portals/{id}`) or classic portal (`/v2/portals/{id}`), and puts the previous default back
 * when destroyed. The portal itself is not managed (nor relabelled).
 */
import * as pulumi from "@pulumi/pulumi";
import { type PortalKind, portalKindName } from "../vocabulary";
import type { KonnectClient, LivePortal } from "../client";
import { KonnectApiError } from "../errors";
import { checkBindingInputs, containsUnknown } from "../validation";
import {
    changedKeys,
    compact,
    priorState,
    KonnectDiffResult,
    KonnectProviderOptions,
    konnectClientFor,
    konnectProviderBasics,
    rememberLive,
    takeLive,
} from "./providerRuntime";

/** Inputs of a PortalAuthStrategyBinding. */
export interface PortalAuthStrategyBindingArgs {
    /** Konnect API URL of the portal's region. */
    serverUrl: pulumi.Input<string>;
    /** The portal's id (UUID). */
    portalId: pulumi.Input<string>;
    /** `v3` for a Dev Portal, `classic` for a classic portal. */
    portalKind: pulumi.Input<"v3" | "classic">;
    /** The ApplicationAuthStrategy's `authStrategyId`. */
    authStrategyId: pulumi.Input<string>;
}

/** Resolved inputs as the provider receives them. */
export interface PortalAuthStrategyBindingInputs {
    readonly serverUrl: string;
    readonly portalId: string;
    readonly portalKind: PortalKind;
    readonly authStrategyId: string;
}

/** Outputs kept in state. */
export interface PortalAuthStrategyBindingState extends PortalAuthStrategyBindingInputs {
    /** The portal's default strategy before the binding, restored on delete (null: none). */
    readonly previousAuthStrategyId: string | null;
    /** Where the portal is served, e.g. `abc123.us.kongportals.com` (for smoke tests). */
    readonly portalDomain?: string;
}

const KIND = "portal";

function stateOf(
    inputs: PortalAuthStrategyBindingInputs,
    previous: string | null,
    portal: LivePortal,
): PortalAuthStrategyBindingState {
    return compact({
        serverUrl: inputs.serverUrl,
        portalId: inputs.portalId,
        portalKind: inputs.portalKind,
        authStrategyId: inputs.authStrategyId,
        previousAuthStrategyId: previous,
        portalDomain: portal.domain,
    });
}

async function requirePortal(client: KonnectClient, inputs: PortalAuthStrategyBindingInputs): Promise<LivePortal> {
    const portal = await client.portals.get(inputs.portalKind, inputs.portalId);
    if (!portal) {
        throw new Error(
            `Konnect has no ${portalKindName(inputs.portalKind)} ${inputs.portalId} at ${inputs.serverUrl}: check the portal id, ` +
                `its kind (v3 Dev Portal or classic) and the region.`,
        );
    }
    return portal;
}

/** The PortalAuthStrategyBinding's resource provider. `options` are serialized with it. */
export function portalAuthStrategyBindingProvider(
    options: KonnectProviderOptions = {},
): pulumi.dynamic.ResourceProvider<PortalAuthStrategyBindingInputs, PortalAuthStrategyBindingState> {
    return {
        ...konnectProviderBasics<PortalAuthStrategyBindingInputs>(checkBindingInputs),

        async create(inputs) {
            const client = konnectClientFor(inputs.serverUrl, options);
            let portal = await requirePortal(client, inputs);
            // If the portal already points at this strategy, its "previous" default is unknown: destroy unsets it.
            const previous =
                portal.defaultAuthStrategyId === inputs.authStrategyId ? null : portal.defaultAuthStrategyId;
            if (portal.defaultAuthStrategyId !== inputs.authStrategyId) {
                portal = await client.portals.setDefaultAuthStrategy(
                    inputs.portalKind,
                    inputs.portalId,
                    inputs.authStrategyId,
                );
            }
            return { id: `${inputs.portalKind}/${inputs.portalId}`, outs: stateOf(inputs, previous, portal) };
        },

        async diff(_id, olds, news): Promise<KonnectDiffResult> {
            const moved = changedKeys(olds, news, ["serverUrl", "portalId", "portalKind"]);
            if (moved.length > 0) {
                // Restore the old portal before binding the new one, so each records its true previous default.
                return { changes: true, replaces: moved, deleteBeforeReplace: true, changedFields: moved };
            }
            if (containsUnknown(news.authStrategyId))
                return { changes: true, changedFields: ["default_application_auth_strategy_id"] };
            const client = konnectClientFor(news.serverUrl, options);
            const portal = await client.portals.get(news.portalKind, news.portalId);
            if (!portal)
                return {
                    changes: true,
                    replaces: ["portalId"],
                    deleteBeforeReplace: true,
                    changedFields: ["portalId"],
                };
            rememberLive(KIND, `${news.portalKind}/${news.portalId}`, portal);
            const changes =
                portal.defaultAuthStrategyId === news.authStrategyId ? [] : ["default_application_auth_strategy_id"];
            if (changes.length === 0 && portal.domain !== olds.portalDomain) {
                // Only the domain output is stale; an update refreshes it without writing to Konnect.
                return { changes: true, changedFields: ["portalDomain"] };
            }
            return { changes: changes.length > 0, changedFields: changes };
        },

        async update(_id, olds, news) {
            const client = konnectClientFor(news.serverUrl, options);
            let portal =
                takeLive<LivePortal>(KIND, `${news.portalKind}/${news.portalId}`) ??
                (await requirePortal(client, news));
            if (portal.defaultAuthStrategyId !== news.authStrategyId) {
                portal = await client.portals.setDefaultAuthStrategy(
                    news.portalKind,
                    news.portalId,
                    news.authStrategyId,
                );
            }
            return { outs: stateOf(news, olds.previousAuthStrategyId ?? null, portal) };
        },

        async read(id, prior) {
            const props = priorState(prior, "portal binding");
            // `pulumi refresh`: one GET. The binding exists while the portal's default is this strategy; a
            // deleted portal or another default reports it gone, so the next `pulumi up` binds it again.
            const portal = await konnectClientFor(props.serverUrl, options).portals.get(
                props.portalKind,
                props.portalId,
            );
            if (!portal || portal.defaultAuthStrategyId !== props.authStrategyId) return {};
            return { id, props: stateOf(props, props.previousAuthStrategyId ?? null, portal) };
        },

        async delete(_id, props) {
            const client = konnectClientFor(props.serverUrl, options);
            const portal = await client.portals.get(props.portalKind, props.portalId);
            // Gone, or someone chose another default since: nothing of ours to undo.
            if (!portal || portal.defaultAuthStrategyId !== props.authStrategyId) return;
            const previous = props.previousAuthStrategyId ?? null;
            try {
                await client.portals.setDefaultAuthStrategy(props.portalKind, props.portalId, previous);
            } catch (error) {
                // The previous strategy may have been deleted meanwhile; then leave the portal without a default.
                const rejected =
                    error instanceof KonnectApiError &&
                    (error.status === 400 || error.status === 404 || error.status === 409);
                if (previous === null || !rejected) throw error;
                await client.portals.setDefaultAuthStrategy(props.portalKind, props.portalId, null);
            }
        },
    };
}

let sharedProvider:
    pulumi.dynamic.ResourceProvider<PortalAuthStrategyBindingInputs, PortalAuthStrategyBindingState> | undefined;

/**
 * Sets a portal's default application auth strategy and restores the previous one on destroy.
 */
export class PortalAuthStrategyBinding extends pulumi.dynamic.Resource {
    /** The portal's default strategy before this binding (null: none); restored on destroy. */
    declare readonly previousAuthStrategyId: pulumi.Output<string | null>;
    /** The portal's Konnect-assigned (or canonical) domain. */
    declare readonly portalDomain: pulumi.Output<string | undefined>;
    declare readonly serverUrl: pulumi.Output<string>;
    declare readonly portalId: pulumi.Output<string>;
    declare readonly portalKind: pulumi.Output<"v3" | "classic">;
    declare readonly authStrategyId: pulumi.Output<string>;

    /**
     * @param name The _unique_ name of the resource.
     * @param args The portal and the strategy to make its default.
     * @param opts Resource options.
     */
    constructor(name: string, args: PortalAuthStrategyBindingArgs, opts?: pulumi.CustomResourceOptions) {
        sharedProvider ??= portalAuthStrategyBindingProvider();
        super(
            sharedProvider,
            name,
            { ...args, previousAuthStrategyId: undefined, portalDomain: undefined },
            opts,
            "konnect",
            "PortalAuthStrategyBinding",
        );
    }
}
