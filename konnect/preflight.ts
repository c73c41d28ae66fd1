/**
 * What can be known about Konnect before the stack changes anything, read once before the program registers a
 * resource: the portal exists in that kind and region, every listed API is published on it, and no object the
 * stack would create by name belongs to another stack. Found half-way through `pulumi up`, any of these would
 * leave a deploy half applied (the Auth0 app made, the portal's default switched, some publications moved).
 * Reads only; one error lists every problem, each naming the setting to change.
 */
import { createKonnectClient, KonnectClient } from "./client";
import { KonnectEnvironment, resolveKonnectToken } from "./endpoints";
import { otherTypeWithSameName, ownedByAnotherStack } from "./resources/providerRuntime";
import { portalKindName, PortalKind } from "./vocabulary";

/** What the stack is about to ask of Konnect. */
export interface KonnectPreflightSpec {
    readonly serverUrl: string;
    readonly portalId: string;
    readonly portalKind: PortalKind;
    /** The setting that lists the published APIs: `konnectApiIds` (v3) or `konnectProductVersionIds` (classic). */
    readonly apiIdsSetting: string;
    readonly apiIds: readonly string[];
    readonly dcrProviderName: string;
    readonly authStrategyName: string;
    /** The labels the stack's objects carry (`konnectLabels`), which say who owns them. */
    readonly labels: Readonly<Record<string, string>>;
}

/** The problems Konnect shows before any change, one line each; empty when the stack can go ahead. */
export async function konnectPreflightProblems(client: KonnectClient, spec: KonnectPreflightSpec): Promise<string[]> {
    const problems: string[] = [];
    const kind = portalKindName(spec.portalKind);
    const portal = await client.portals.get(spec.portalKind, spec.portalId);
    if (!portal) {
        problems.push(
            `konnect-auth0-dcr:konnectPortalId: Konnect has no ${kind} ${spec.portalId} at ${spec.serverUrl}; ` +
                "check the portal id, its kind (konnect-auth0-dcr:konnectPortalKind) and the region",
        );
    } else {
        const published = await Promise.all(
            spec.apiIds.map((apiId) => client.publications.get(spec.portalKind, spec.portalId, apiId)),
        );
        for (const [index, apiId] of spec.apiIds.entries()) {
            if (published[index]) continue;
            const name = spec.portalKind === "v3" ? await client.publications.apiName(apiId) : undefined;
            const what = name === undefined ? apiId : `"${name}" (${apiId})`;
            problems.push(
                `${spec.apiIdsSetting}[${index}]: ${what} is not published on the ${kind} "${portal.name}" ` +
                    `(${portal.id}); publish it there first, or remove it from the list`,
            );
        }
    }

    const provider = await client.dcrProviders.findByName(spec.dcrProviderName);
    if (provider) {
        const refusal =
            provider.provider_type !== "auth0"
                ? otherTypeWithSameName("DCR provider", provider.provider_type, provider.name, provider.id)
                : ownedByAnotherStack(
                      "DCR provider",
                      provider,
                      spec.labels,
                      "konnect-auth0-dcr:konnectDcrProviderName",
                  );
        if (refusal) problems.push(refusal.message);
    }
    const strategy = await client.authStrategies.findByName(spec.authStrategyName);
    if (strategy) {
        const kind = "application auth strategy";
        const refusal =
            strategy.strategy_type !== "openid_connect"
                ? otherTypeWithSameName(kind, strategy.strategy_type, strategy.name, strategy.id)
                : ownedByAnotherStack(kind, strategy, spec.labels, "konnect-auth0-dcr:konnectAuthStrategyName");
        if (refusal) problems.push(refusal.message);
    }
    return problems;
}

/** The preflight's refusal: every problem at once, printed by the CLI without a stack trace. */
export class KonnectPreflightError extends Error {
    /** Marks a Pulumi `RunError` (the SDK recognises it by this member): the message alone is printed. */
    readonly __pulumiRunError = true;

    constructor(readonly problems: readonly string[]) {
        super(
            `Konnect is not ready for this stack (${problems.length} problem${problems.length === 1 ? "" : "s"}); ` +
                `nothing was changed in Auth0 or Konnect:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
        );
        this.name = "KonnectPreflightError";
    }
}

/** Reads Konnect with the run's token (KONNECT_TOKEN or KONNECT_SPAT) and throws when it shows a problem. */
export async function konnectPreflight(
    spec: KonnectPreflightSpec,
    env: KonnectEnvironment = process.env,
): Promise<void> {
    let problems: string[];
    try {
        const { token, source } = resolveKonnectToken(env);
        const client = createKonnectClient({ serverUrl: spec.serverUrl, token, tokenSource: source });
        problems = await konnectPreflightProblems(client, spec);
    } catch (error) {
        // A refused token or an unreachable Konnect: its own message (which names the token's variable, never
        // its value), printed as the run's one error rather than as a crash with a stack trace.
        throw new KonnectPreflightError([error instanceof Error ? error.message : String(error)]);
    }
    if (problems.length > 0) throw new KonnectPreflightError(problems);
}
