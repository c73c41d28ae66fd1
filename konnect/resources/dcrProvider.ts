/**
 * `pulumi-nodejs:dynamic/konnect:DcrProvider`: Konnect's Auth0 DCR provider (`/v2/dcr-providers`).
 */
import * as pulumi from "@pulumi/pulumi";
import type { LiveDcrProvider } from "../payloads";
import { buildDcrProviderCreateBody, buildDcrProviderUpdateBody, DcrProviderSpec, diffDcrProvider } from "../payloads";
import { hashSecret, newSecretSalt, secretMatches } from "../secretHash";
import { checkDcrProviderInputs } from "../validation";
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

/** Inputs of a DcrProvider. */
export interface DcrProviderArgs {
    /** Konnect API URL of the portal's region, e.g. `https://us.api.konghq.com` (no trailing slash). */
    serverUrl: pulumi.Input<string>;
    /**
     * Name shown in Konnect. An existing provider with this name is adopted when no other stack's labels claim
     * it (see `ownershipOf`); one another stack owns is refused.
     */
    name: pulumi.Input<string>;
    /**
     * The name is the stack's default, not a setting: a provider already in state keeps the name it has (an
     * upgrade that changes the default never renames it); only a new one takes `name`.
     */
    keepExistingName?: pulumi.Input<boolean>;
    /** Name shown in the Dev Portal. */
    displayName?: pulumi.Input<string>;
    /** `https://TENANT.REGION.auth0.com` (no trailing slash) or the Auth0 custom domain. */
    issuer: pulumi.Input<string>;
    /** Client id of the Auth0 M2M application Konnect uses to create clients. */
    initialClientId: pulumi.Input<string>;
    /** That application's secret; wrapped in `pulumi.secret()` and never stored, only its salted hash. */
    initialClientSecret: pulumi.Input<string>;
    /** Management API audience (`https://TENANT.REGION.auth0.com/api/v2/`), only with an Auth0 custom domain. */
    initialClientAudience?: pulumi.Input<string>;
    useDeveloperManagedScopes?: pulumi.Input<boolean>;
    /** Usually `konnectLabels(owner)`: its owner labels decide which existing provider may be adopted. */
    labels: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/** Resolved inputs as the provider receives them. */
export interface DcrProviderInputs {
    readonly serverUrl: string;
    readonly name: string;
    /** Absent in states written before it existed. */
    readonly keepExistingName?: boolean;
    readonly displayName?: string;
    readonly issuer: string;
    readonly initialClientId: string;
    readonly initialClientSecret: string;
    readonly initialClientAudience?: string;
    readonly useDeveloperManagedScopes?: boolean;
    readonly labels: Record<string, string>;
}

/** Outputs kept in state: the non-secret inputs, the id, and a salted hash in place of the secret. */
export interface DcrProviderState extends Omit<DcrProviderInputs, "initialClientSecret" | "keepExistingName"> {
    readonly dcrProviderId: string;
    readonly active: boolean;
    readonly initialClientSecretHash: string;
    readonly initialClientSecretSalt: string;
}

const KIND = "dcr-provider";

function specOf(inputs: DcrProviderInputs): DcrProviderSpec {
    return {
        name: inputs.name,
        displayName: inputs.displayName,
        issuer: inputs.issuer,
        initialClientId: inputs.initialClientId,
        initialClientAudience: inputs.initialClientAudience || undefined,
        useDeveloperManagedScopes: inputs.useDeveloperManagedScopes ?? false,
        labels: inputs.labels,
    };
}

function stateOf(inputs: DcrProviderInputs, live: LiveDcrProvider, hash: string, salt: string): DcrProviderState {
    return compact({
        serverUrl: inputs.serverUrl,
        ...specOf(inputs),
        labels: { ...inputs.labels },
        dcrProviderId: live.id,
        active: live.active,
        initialClientSecretHash: hash,
        initialClientSecretSalt: salt,
    });
}

/**
 * The DcrProvider's resource provider. `options` are serialized with it (see `KonnectProviderOptions`).
 */
export function dcrProviderProvider(
    options: KonnectProviderOptions = {},
): pulumi.dynamic.ResourceProvider<DcrProviderInputs, DcrProviderState> {
    return {
        ...konnectProviderBasics<DcrProviderInputs>(checkDcrProviderInputs),

        async create(inputs) {
            const client = konnectClientFor(inputs.serverUrl, options);
            const spec = specOf(inputs);
            const existing = await client.dcrProviders.findByName(spec.name);
            let live: LiveDcrProvider;
            if (existing) {
                if (existing.provider_type !== "auth0") {
                    throw otherTypeWithSameName("DCR provider", existing.provider_type, spec.name, existing.id);
                }
                const refusal = ownedByAnotherStack(
                    "DCR provider",
                    existing,
                    spec.labels,
                    "konnect-auth0-dcr:konnectDcrProviderName",
                );
                if (refusal) throw refusal;
                // Adopt it: the secret cannot be compared, so it is always sent.
                const { changes } = diffDcrProvider(spec, existing, { secretChanged: true });
                const body = buildDcrProviderUpdateBody(spec, existing, changes, inputs.initialClientSecret);
                live = await client.dcrProviders.update(existing.id, spec.name, body);
            } else {
                live = (await client.dcrProviders.create(buildDcrProviderCreateBody(spec, inputs.initialClientSecret)))
                    .object;
            }
            const salt = newSecretSalt();
            return { id: live.id, outs: stateOf(inputs, live, hashSecret(inputs.initialClientSecret, salt), salt) };
        },

        async diff(providerId, olds, news): Promise<KonnectDiffResult> {
            const early = diffWithoutKonnect(olds, news);
            if (early) return early;

            const client = konnectClientFor(news.serverUrl, options);
            const live = await client.dcrProviders.get(providerId, news.name);
            if (!live) {
                // Deleted outside Pulumi: make a new one (the old id's delete then finds nothing).
                return { changes: true, replaces: ["dcrProviderId"], changedFields: ["dcrProviderId"] };
            }
            const { changes, replaces } = fieldChanges(olds, news, live);
            if (replaces.length > 0) {
                // Same name: the old object must go first or the new one would adopt it.
                return {
                    changes: true,
                    replaces: [...replaces],
                    deleteBeforeReplace: true,
                    changedFields: [...replaces, ...changes],
                };
            }
            rememberLive(KIND, providerId, live);
            return { changes: changes.length > 0, changedFields: changes };
        },

        async update(providerId, olds, news) {
            refuseServerUrlMove(olds, news);
            const client = konnectClientFor(news.serverUrl, options);
            let live =
                takeLive<LiveDcrProvider>(KIND, providerId) ?? (await client.dcrProviders.get(providerId, news.name));
            if (!live) {
                throw deletedOutsidePulumi("DCR provider", news.name, providerId);
            }
            const { changes } = fieldChanges(olds, news, live);
            if (changes.length > 0) {
                const body = buildDcrProviderUpdateBody(specOf(news), live, changes, news.initialClientSecret);
                live = await client.dcrProviders.update(providerId, news.name, body);
            }
            // The hash of the secret now in Konnect: the one just sent, or an unchanged one (which hashes as before).
            const salt = olds.initialClientSecretSalt || newSecretSalt();
            return { outs: stateOf(news, live, hashSecret(news.initialClientSecret, salt), salt) };
        },

        async read(providerId, prior) {
            const props = priorState(prior, "DCR provider");
            // `pulumi refresh`: one GET. No id means the provider is gone, and the engine drops it from state.
            const live = await konnectClientFor(props.serverUrl, options).dcrProviders.get(providerId, props.name);
            if (!live || live.provider_type !== "auth0") return {};
            const config = live.dcr_config ?? {};
            return {
                id: live.id,
                props: compact({
                    ...props,
                    name: live.name,
                    displayName: live.display_name ?? props.displayName,
                    issuer: live.issuer,
                    initialClientId: config.initial_client_id ?? "",
                    initialClientAudience: config.initial_client_audience || undefined,
                    useDeveloperManagedScopes: config.use_developer_managed_scopes ?? false,
                    labels: refreshedLabels(live.labels, props.labels),
                    dcrProviderId: live.id,
                    active: live.active,
                }),
            };
        },

        async delete(providerId, props) {
            const client = konnectClientFor(props.serverUrl, options);
            // A provider already deleted by hand is fine: the goal state is "gone".
            await client.dcrProviders.delete(providerId, props.name);
        },
    };
}

/** Live differences plus what the live object cannot show: the secret (by hash) and a new display name. */
function fieldChanges(olds: DcrProviderState, news: DcrProviderInputs, live: LiveDcrProvider) {
    const secretChanged = !secretMatches(
        news.initialClientSecret,
        olds.initialClientSecretHash,
        olds.initialClientSecretSalt,
    );
    const result = diffDcrProvider(specOf(news), live, {
        secretChanged,
        removedLabelKeys: removedLabelKeys(olds, news),
    });
    const changes = [...result.changes];
    if (news.displayName !== undefined && news.displayName !== olds.displayName && !changes.includes("display_name")) {
        changes.push("display_name");
    }
    return { changes, replaces: result.replaces };
}

/**
 * A Konnect DCR provider for Auth0. Adopts an existing provider of the same name unless another stack's labels
 * claim it; keeps only a salted hash
 * of the initial client secret; puts back settings changed outside Pulumi on the next `pulumi up`.
 */
export class DcrProvider extends ProjectDynamicResource {
    /** Konnect's id of the provider. */
    declare readonly dcrProviderId: pulumi.Output<string>;
    /** True once an active auth strategy uses the provider. */
    declare readonly active: pulumi.Output<boolean>;
    declare readonly initialClientSecretHash: pulumi.Output<string>;
    declare readonly initialClientSecretSalt: pulumi.Output<string>;
    declare readonly serverUrl: pulumi.Output<string>;
    declare readonly name: pulumi.Output<string>;
    declare readonly displayName: pulumi.Output<string | undefined>;
    declare readonly issuer: pulumi.Output<string>;
    declare readonly initialClientId: pulumi.Output<string>;
    declare readonly initialClientAudience: pulumi.Output<string | undefined>;
    declare readonly useDeveloperManagedScopes: pulumi.Output<boolean>;
    declare readonly labels: pulumi.Output<Record<string, string>>;

    /**
     * @param name The _unique_ name of the resource.
     * @param args The provider's settings.
     * @param opts Resource options.
     */
    constructor(name: string, args: DcrProviderArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            "DcrProvider",
            name,
            {
                ...args,
                initialClientSecret: pulumi.secret(args.initialClientSecret),
                dcrProviderId: undefined,
                active: undefined,
                initialClientSecretHash: undefined,
                initialClientSecretSalt: undefined,
            },
            // The secret is never an output, so no additionalSecretOutputs: naming a missing output draws an
            // engine warning in some Pulumi versions (pulumi/pulumi#9750, #9926).
            opts,
        );
    }
}
