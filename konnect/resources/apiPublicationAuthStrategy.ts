/**
 * `pulumi-nodejs:dynamic/konnect:ApiPublicationAuthStrategy`: makes an auth strategy the one application
 * auth strategy of an API's publication on a portal (`auth_strategy_ids` on
 * `PUT /v3/apis/{apiId}/publications/{portalId}`, or on a classic portal's product version,
 * `PATCH /v2/portals/{portalId}/product-versions/{productVersionId}`), and puts the publication's earlier
 * strategies back when destroyed.
 *
 * Only the auth strategies are managed: the API must already be published on the portal, and its
 * visibility, auto-approval and publish status are left as they are. An API that is not published is an
 * error, never published by the stack (see the README, "API publications"). Publications carry no labels
 * in Konnect's documents, so none are written.
 *
 * `pulumi refresh` keeps the resource while the API is published on the portal: strategies changed by hand
 * show as drift in `authStrategyIds` (the next `pulumi up` sets the stack's strategy again), and the earlier
 * strategies recorded at adoption stay in state for destroy. A destroy whose earlier strategies no longer
 * exist stops with an error and writes nothing: restoring fewer (or none) would change, or drop, the API's
 * authentication.
 */
import * as pulumi from "@pulumi/pulumi";
import { type PortalKind, portalKindName } from "../vocabulary";
import type { KonnectClient, LivePublication } from "../client";
import { checkPublicationInputs, containsUnknown } from "../validation";
import {
    changedKeys,
    compact,
    KonnectDiffResult,
    KonnectProviderOptions,
    konnectClientFor,
    konnectProviderBasics,
    rememberLive,
    serverUrlChange,
    takeLive,
} from "./providerRuntime";
import { ProjectDynamicResource } from "../../dynamic/resource";

/** Inputs of an ApiPublicationAuthStrategy. */
export interface ApiPublicationAuthStrategyArgs {
    /** Konnect API URL of the portal's region. */
    serverUrl: pulumi.Input<string>;
    /** The portal's id (UUID). */
    portalId: pulumi.Input<string>;
    /** `v3` for a Dev Portal, `classic` for a classic portal. */
    portalKind: pulumi.Input<"v3" | "classic">;
    /** The API's id (v3), or the API product version's id (classic). */
    apiId: pulumi.Input<string>;
    /** The ApplicationAuthStrategy's `authStrategyId`. */
    authStrategyId: pulumi.Input<string>;
}

/** Resolved inputs as the provider receives them. */
export interface ApiPublicationAuthStrategyInputs {
    readonly serverUrl: string;
    readonly portalId: string;
    readonly portalKind: PortalKind;
    readonly apiId: string;
    readonly authStrategyId: string;
}

/** Outputs kept in state. */
export interface ApiPublicationAuthStrategyState extends ApiPublicationAuthStrategyInputs {
    /**
     * The publication's auth strategies before the stack set its own, restored on delete. `null`: the API
     * required no application authentication (v3). Equal to `[authStrategyId]` when the publication already
     * used the stack's strategy when adopted: there is nothing earlier to restore.
     */
    readonly previousAuthStrategyIds: string[] | null;
    /** The publication's auth strategies as last read (refresh shows a change made outside Pulumi here). */
    readonly authStrategyIds: string[] | null;
    /** v3: the publication's visibility, as found (never changed by the stack). */
    readonly visibility?: string;
    /** classic: the product version's publish status, as found (never changed by the stack). */
    readonly publishStatus?: string;
}

const KIND = "api-publication";

function publicationKey(inputs: ApiPublicationAuthStrategyInputs): string {
    return `${inputs.portalKind}/${inputs.portalId}/${inputs.apiId}`;
}

function desired(inputs: ApiPublicationAuthStrategyInputs): string[] {
    return [inputs.authStrategyId];
}

/** Same strategies in the same order; `null` (no application auth) equals only `null`. */
function sameStrategies(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
    if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
    return a.length === b.length && a.every((id, i) => id === b[i]);
}

function stateOf(
    inputs: ApiPublicationAuthStrategyInputs,
    previous: readonly string[] | null,
    live: LivePublication,
): ApiPublicationAuthStrategyState {
    return compact({
        serverUrl: inputs.serverUrl,
        portalId: inputs.portalId,
        portalKind: inputs.portalKind,
        apiId: inputs.apiId,
        authStrategyId: inputs.authStrategyId,
        previousAuthStrategyIds: previous === null ? null : [...previous],
        authStrategyIds: live.authStrategyIds === null ? null : [...live.authStrategyIds],
        visibility: live.visibility,
        publishStatus: live.publishStatus,
    });
}

/** `API "name" (id)` on a Dev Portal; a classic portal's product version by its id. */
async function apiLabel(client: KonnectClient, inputs: ApiPublicationAuthStrategyInputs): Promise<string> {
    if (inputs.portalKind === "classic") return `API product version ${inputs.apiId}`;
    const name = await client.publications.apiName(inputs.apiId).catch(() => undefined);
    return name === undefined ? `API ${inputs.apiId}` : `API "${name}" (${inputs.apiId})`;
}

/** The error a destroy stops with when earlier strategies it would restore no longer exist. */
export function earlierStrategiesGoneMessage(
    api: string,
    inputs: ApiPublicationAuthStrategyInputs,
    previous: readonly string[],
    missing: readonly string[],
): string {
    const portal = `${portalKindName(inputs.portalKind)} ${inputs.portalId}`;
    const gone =
        missing.length === 1
            ? `strategy ${missing[0]} no longer exists`
            : `strategies ${missing.join(", ")} no longer exist`;
    return (
        `Cannot restore the earlier application auth strategies of the ${api} on the ${portal}: ` +
        `${JSON.stringify(previous)} was recorded when the stack adopted the publication, but the ${gone} in Konnect. ` +
        "The destroy stopped without changing the publication, which still uses the stack's strategy " +
        `${inputs.authStrategyId}: restoring fewer strategies, or none, would change or drop the API's authentication. ` +
        "Choose the API's auth strategy on the portal by hand (Konnect → Dev Portal → APIs, or the product version " +
        "on a classic portal), then run pulumi destroy again: it then leaves the publication as you set it."
    );
}

/** The live publication, or an error that says whether the API is unknown or just not published there. */
async function requirePublication(
    client: KonnectClient,
    inputs: ApiPublicationAuthStrategyInputs,
): Promise<LivePublication> {
    const live = await client.publications.get(inputs.portalKind, inputs.portalId, inputs.apiId);
    if (live) return live;
    const portal = `${portalKindName(inputs.portalKind)} ${inputs.portalId}`;
    if (inputs.portalKind === "classic") {
        throw new Error(
            `Konnect: API product version ${inputs.apiId} is not published on the ${portal} at ${inputs.serverUrl}, or does not exist. ` +
                "The stack sets the auth strategy of product versions that are already published, and publishes none itself: " +
                "publish the version on the portal (Konnect → API Products → the version → Publish), or remove its id from " +
                'konnect-auth0-dcr:konnectProductVersionIds. Reading it needs the "Portal Viewer" (or "Portal Admin") role.',
        );
    }
    const name = await client.publications.apiName(inputs.apiId);
    if (name === undefined) {
        throw new Error(
            `Konnect has no API ${inputs.apiId} at ${inputs.serverUrl} (or the token may not see it: it needs the "API Viewer" ` +
                `or "API Publisher" role on the API). Check the id in konnect-auth0-dcr:konnectApiIds and the region.`,
        );
    }
    throw new Error(
        `Konnect: API "${name}" (${inputs.apiId}) is not published on the ${portal}. The stack sets the auth strategy of APIs ` +
            "that are already published, and publishes none itself (that would show the API to the portal's developers): publish " +
            "it first (Konnect → Dev Portal → APIs → Publish, or PUT /v3/apis/{apiId}/publications/{portalId}), or remove its id " +
            "from konnect-auth0-dcr:konnectApiIds.",
    );
}

/** The ApiPublicationAuthStrategy's resource provider. `options` are serialized with it. */
export function apiPublicationAuthStrategyProvider(
    options: KonnectProviderOptions = {},
): pulumi.dynamic.ResourceProvider<ApiPublicationAuthStrategyInputs, ApiPublicationAuthStrategyState> {
    return {
        ...konnectProviderBasics<ApiPublicationAuthStrategyInputs>(checkPublicationInputs),

        async create(inputs) {
            const client = konnectClientFor(inputs.serverUrl, options);
            let live = await requirePublication(client, inputs);
            const previous = live.authStrategyIds;
            if (!sameStrategies(live.authStrategyIds, desired(inputs))) {
                live = await client.publications.setAuthStrategies(live, desired(inputs));
            }
            return { id: publicationKey(inputs), outs: stateOf(inputs, previous, live) };
        },

        async read(id, props) {
            if (!props) {
                // `pulumi import` / `.get` pass no state: there is no earlier strategy to record, so adopt through `up` instead.
                throw new Error(
                    `ApiPublicationAuthStrategy ${id} cannot be imported: declare it in the program and run pulumi up, which adopts the publication.`,
                );
            }
            const client = konnectClientFor(props.serverUrl, options);
            const live = await client.publications.get(props.portalKind, props.portalId, props.apiId);
            // Unpublished since: a blank id tells the engine the resource is gone.
            if (!live) return { id: "" };
            return { id, props: stateOf(props, props.previousAuthStrategyIds ?? null, live) };
        },

        async diff(_id, olds, news): Promise<KonnectDiffResult> {
            const server = serverUrlChange(olds, news);
            if (server) return server;
            const moved = changedKeys(olds, news, ["portalId", "portalKind", "apiId"]);
            if (moved.length > 0) {
                // Restore the old publication before taking over the new one, so each records its true previous strategies.
                return { changes: true, replaces: moved, deleteBeforeReplace: true, changedFields: moved };
            }
            if (containsUnknown(news.authStrategyId)) return { changes: true, changedFields: ["auth_strategy_ids"] };
            const client = konnectClientFor(news.serverUrl, options);
            const live = await client.publications.get(news.portalKind, news.portalId, news.apiId);
            // Unpublished outside Pulumi: a replacement runs create, which says what to do.
            if (!live)
                return { changes: true, replaces: ["apiId"], deleteBeforeReplace: true, changedFields: ["apiId"] };
            rememberLive(KIND, publicationKey(news), live);
            const changes = sameStrategies(live.authStrategyIds, desired(news)) ? [] : ["auth_strategy_ids"];
            return { changes: changes.length > 0, changedFields: changes };
        },

        async update(_id, olds, news) {
            const client = konnectClientFor(news.serverUrl, options);
            let live =
                takeLive<LivePublication>(KIND, publicationKey(news)) ?? (await requirePublication(client, news));
            if (!sameStrategies(live.authStrategyIds, desired(news))) {
                live = await client.publications.setAuthStrategies(live, desired(news));
            }
            return { outs: stateOf(news, olds.previousAuthStrategyIds ?? null, live) };
        },

        async delete(_id, props) {
            const client = konnectClientFor(props.serverUrl, options);
            const live = await client.publications.get(props.portalKind, props.portalId, props.apiId);
            // Unpublished, or someone chose another strategy since: nothing of ours to undo.
            if (!live || !sameStrategies(live.authStrategyIds, desired(props))) return;
            const previous = props.previousAuthStrategyIds ?? null;
            // Adopted while already using the stack's strategy: nothing earlier is known, so nothing is restored.
            if (sameStrategies(previous, desired(props))) return;
            // `null` (v3: no application auth) and `[]` (classic: none chosen) are what the API had: restored as
            // found. Strategies deleted since are never dropped from the list (nor replaced by `null`, which on a
            // Dev Portal would let applications call the API without authentication): check before writing.
            const missing: string[] = [];
            for (const strategyId of previous ?? []) {
                if (!(await client.authStrategies.get(strategyId))) missing.push(strategyId);
            }
            if (previous !== null && missing.length > 0) {
                throw new Error(earlierStrategiesGoneMessage(await apiLabel(client, props), props, previous, missing));
            }
            await client.publications.setAuthStrategies(live, previous);
        },
    };
}

/**
 * Makes an auth strategy the application auth strategy of an already published API (or classic product
 * version) and restores the earlier strategies on destroy. Visibility and other publication settings are
 * left untouched.
 */
export class ApiPublicationAuthStrategy extends ProjectDynamicResource {
    /** The publication's strategies before this resource (null: no application auth); restored on destroy. */
    declare readonly previousAuthStrategyIds: pulumi.Output<string[] | null>;
    /** The publication's strategies as last read. */
    declare readonly authStrategyIds: pulumi.Output<string[] | null>;
    /** v3: the publication's visibility (not managed). */
    declare readonly visibility: pulumi.Output<string | undefined>;
    /** classic: the product version's publish status (not managed). */
    declare readonly publishStatus: pulumi.Output<string | undefined>;
    declare readonly serverUrl: pulumi.Output<string>;
    declare readonly portalId: pulumi.Output<string>;
    declare readonly portalKind: pulumi.Output<"v3" | "classic">;
    declare readonly apiId: pulumi.Output<string>;
    declare readonly authStrategyId: pulumi.Output<string>;

    /**
     * @param name The _unique_ name of the resource.
     * @param args The portal, the API and the strategy its publication must use.
     * @param opts Resource options.
     */
    constructor(name: string, args: ApiPublicationAuthStrategyArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            "ApiPublicationAuthStrategy",
            name,
            {
                ...args,
                previousAuthStrategyIds: undefined,
                authStrategyIds: undefined,
                visibility: undefined,
                publishStatus: undefined,
            },
            opts,
        );
    }
}
