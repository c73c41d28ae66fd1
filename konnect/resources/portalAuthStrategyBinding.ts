/**
 * `pulumi-nodejs:dynamic/konnect:PortalAuthStrategyBinding`: makes an auth strategy the default of a Dev
 * Portal (`/v3/portals/{id}`) or classic portal (`/v2/portals/{id}`), and puts the previous default back
 * when destroyed. The portal itself is not managed (nor relabelled).
 *
 * `pulumi refresh` keeps the binding while the portal exists: a default changed by hand shows as drift in
 * `authStrategyId` (the next `pulumi up` binds the stack's strategy again), and the default recorded before
 * the stack bound its own stays in state for destroy. A destroy whose recorded previous default no longer
 * exists stops with an error, unless `allowPortalWithoutDefault` says to leave the portal without a default.
 */
import * as pulumi from "@pulumi/pulumi";
import { type PortalKind, portalKindName } from "../vocabulary";
import type { KonnectClient, LivePortal } from "../client";
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
    serverUrlChange,
    takeLive,
} from "./providerRuntime";
import { ProjectDynamicResource } from "../../dynamic/resource";

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
    /**
     * On destroy, when the default strategy the portal had before the binding no longer exists: leave the
     * portal without a default (true) or stop with an error naming the portal and the missing strategy (false,
     * the default). Read by destroy from the state, so a change takes effect after a `pulumi up`.
     */
    allowPortalWithoutDefault?: pulumi.Input<boolean>;
}

/** Resolved inputs as the provider receives them. */
export interface PortalAuthStrategyBindingInputs {
    readonly serverUrl: string;
    readonly portalId: string;
    readonly portalKind: PortalKind;
    readonly authStrategyId: string;
    /** Absent in states written before the setting existed: false. */
    readonly allowPortalWithoutDefault?: boolean;
}

/** Outputs kept in state. */
export interface PortalAuthStrategyBindingState extends Omit<PortalAuthStrategyBindingInputs, "authStrategyId"> {
    /**
     * The strategy the stack binds, as the inputs give it; after `pulumi refresh`, the portal's live default
     * (null: none), so a default changed by hand shows as drift until the next `pulumi up` binds it again.
     */
    readonly authStrategyId: string | null;
    /**
     * The strategy the stack made the portal's default: destroy undoes the binding only while the portal still
     * uses it. Absent in states written before it existed (then `authStrategyId`).
     */
    readonly boundAuthStrategyId?: string;
    /** The portal's default strategy before the binding, restored on delete (null: none). */
    readonly previousAuthStrategyId: string | null;
    /** Where the portal is served, e.g. `abc123.us.kongportals.com` (for smoke tests). */
    readonly portalDomain?: string;
}

const KIND = "portal";

/** What the state records after the stack bound `inputs.authStrategyId` (create, update). */
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
        allowPortalWithoutDefault: inputs.allowPortalWithoutDefault === true,
        boundAuthStrategyId: inputs.authStrategyId,
        previousAuthStrategyId: previous,
        portalDomain: portal.domain,
    });
}

/** The strategy the stack bound, also from states written before `boundAuthStrategyId` was kept. */
function boundStrategyOf(state: PortalAuthStrategyBindingState): string | null {
    return state.boundAuthStrategyId ?? state.authStrategyId;
}

/** `Dev Portal "name" (id)` for messages. */
function portalLabel(portal: LivePortal): string {
    return `${portalKindName(portal.kind)} "${portal.name}" (${portal.id})`;
}

/** The error a destroy stops with when the portal's previous default strategy no longer exists. */
export function previousDefaultGoneMessage(portal: LivePortal, previous: string, bound: string | null): string {
    return (
        `Cannot restore the default application auth strategy of the ${portalLabel(portal)}: the strategy it had ` +
        `before this stack bound its own, ${previous}, no longer exists in Konnect. The destroy stopped without ` +
        `changing the portal, which still uses the stack's strategy ${bound}. Either create an application auth ` +
        "strategy, make it the portal's default by hand and run pulumi destroy again (the portal is then left as " +
        "you set it); or, to leave the portal without a default strategy, run pulumi config set " +
        "konnect-auth0-dcr:allowPortalWithoutDefault true, then pulumi up (which records the setting in the " +
        "stack's state, where destroy reads it), then pulumi destroy again."
    );
}

/** What a destroy tells the user when it leaves the portal without a default (allowPortalWithoutDefault). */
export function leftWithoutDefaultMessage(portal: LivePortal, previous: string): string {
    return (
        `warning: the ${portalLabel(portal)} is left without a default application auth strategy: the strategy ` +
        `it had before this stack bound its own, ${previous}, no longer exists in Konnect, and ` +
        "konnect-auth0-dcr:allowPortalWithoutDefault is true. Choose a default strategy for the portal in Konnect " +
        "if it needs one."
    );
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
            const server = serverUrlChange(olds, news);
            if (server) return server;
            const moved = changedKeys(olds, news, ["portalId", "portalKind"]);
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
            // Destroy reads the setting from the state: an update records it without writing to Konnect.
            if ((olds.allowPortalWithoutDefault ?? false) !== (news.allowPortalWithoutDefault ?? false))
                changes.push("allowPortalWithoutDefault");
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
            // `pulumi refresh`: one GET. Only a deleted portal is gone. Another default (set by hand) keeps the
            // binding and what it must restore; it shows as drift in `authStrategyId`, so the next `pulumi up`
            // binds the stack's strategy again.
            const portal = await konnectClientFor(props.serverUrl, options).portals.get(
                props.portalKind,
                props.portalId,
            );
            if (!portal) return {};
            const live = portal.defaultAuthStrategyId;
            const state: PortalAuthStrategyBindingState = compact({
                serverUrl: props.serverUrl,
                portalId: props.portalId,
                portalKind: props.portalKind,
                authStrategyId: live,
                allowPortalWithoutDefault: props.allowPortalWithoutDefault,
                boundAuthStrategyId: boundStrategyOf(props) ?? undefined,
                previousAuthStrategyId: props.previousAuthStrategyId ?? null,
                portalDomain: portal.domain,
            });
            if (live === props.authStrategyId) return { id, props: state };
            // The inputs too: a preview then shows the update from the live default to the stack's strategy.
            const inputs = compact({
                serverUrl: props.serverUrl,
                portalId: props.portalId,
                portalKind: props.portalKind,
                authStrategyId: live,
                allowPortalWithoutDefault: props.allowPortalWithoutDefault,
            });
            return { id, props: state, inputs: inputs as unknown as PortalAuthStrategyBindingState };
        },

        async delete(_id, props) {
            const client = konnectClientFor(props.serverUrl, options);
            const portal = await client.portals.get(props.portalKind, props.portalId);
            // Gone, or someone chose another default since: nothing of ours to undo.
            if (!portal || portal.defaultAuthStrategyId !== boundStrategyOf(props)) return;
            const previous = props.previousAuthStrategyId ?? null;
            if (previous !== null && !(await client.authStrategies.get(previous))) {
                // Never leave the portal without a default silently: only when the stack's settings allow it.
                if (props.allowPortalWithoutDefault !== true) {
                    throw new Error(previousDefaultGoneMessage(portal, previous, boundStrategyOf(props)));
                }
                await client.portals.setDefaultAuthStrategy(props.portalKind, props.portalId, null);
                // The dynamic-provider host has no engine logger: its stderr is what reaches the user (shown
                // under the stack's diagnostics).
                console.warn(leftWithoutDefaultMessage(portal, previous));
                return;
            }
            await client.portals.setDefaultAuthStrategy(props.portalKind, props.portalId, previous);
        },
    };
}

/**
 * Sets a portal's default application auth strategy and restores the previous one on destroy.
 */
export class PortalAuthStrategyBinding extends ProjectDynamicResource {
    /** The portal's default strategy before this binding (null: none); restored on destroy. */
    declare readonly previousAuthStrategyId: pulumi.Output<string | null>;
    /** The portal's Konnect-assigned (or canonical) domain. */
    declare readonly portalDomain: pulumi.Output<string | undefined>;
    declare readonly serverUrl: pulumi.Output<string>;
    declare readonly portalId: pulumi.Output<string>;
    declare readonly portalKind: pulumi.Output<"v3" | "classic">;
    /** The stack's strategy; after `pulumi refresh`, the portal's live default (null: none). */
    declare readonly authStrategyId: pulumi.Output<string | null>;
    /** The strategy the stack made the portal's default. */
    declare readonly boundAuthStrategyId: pulumi.Output<string>;
    /** On destroy, may the portal be left without a default when its previous one is gone. */
    declare readonly allowPortalWithoutDefault: pulumi.Output<boolean>;

    /**
     * @param name The _unique_ name of the resource.
     * @param args The portal and the strategy to make its default.
     * @param opts Resource options.
     */
    constructor(name: string, args: PortalAuthStrategyBindingArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            "PortalAuthStrategyBinding",
            name,
            { ...args, boundAuthStrategyId: undefined, previousAuthStrategyId: undefined, portalDomain: undefined },
            opts,
        );
    }
}
