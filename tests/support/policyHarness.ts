/**
 * Engine-faithful harness for the policy pack: fake `ResourceValidationArgs` / `StackValidationArgs`,
 * enforcement-level resolution, config defaults, not-applicable handling and preview unknowns.
 *
 * The engine semantics live in `scripts/planPolicies.ts`, so the offline plan and these tests evaluate
 * policies with the same code; this file adds fixtures (a complete, compliant DCR stack built the way the
 * program registers it) and short helpers for the assertions.
 */
import { Policy, PolicyPackConfig, PolicyResourceOptions } from "../../policies/lib/policySdk";
import {
    AUTH0_CLIENT,
    AUTH0_CLIENT_CREDENTIALS,
    AUTH0_CLIENT_GRANT,
    AUTH0_RESOURCE_SERVER,
    KONNECT_AUTH_STRATEGY,
    KONNECT_DCR_PROVIDER,
    KONNECT_PORTAL_BINDING,
    ROOT_STACK,
} from "../../policies/lib/resourceTypes";
import { dcrGrantScopes } from "../../auth0/dcrScopes";
import { evaluatePolicy, PolicyOutcome, PolicyTarget } from "../../scripts/planPolicies";

export {
    effectiveEnforcementLevel,
    evaluatePolicies,
    evaluatePolicy,
    policyConfig,
    stackResources,
} from "../../scripts/planPolicies";
export type { PolicyOutcome, PolicyResult, PolicyTarget } from "../../scripts/planPolicies";

/**
 * The sentinel the engine puts in props for a value unknown during preview (`pulumi.runtime.unknownValue`,
 * the string sentinel `unknownCheckingProxy` recognises).
 */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

const PROJECT = "konnect-auth0-dcr";

/** A resource as the engine would present it; `props` are both its inputs and its outputs unless `outputs` is given. */
export function target(
    type: string,
    name: string,
    props: Record<string, unknown>,
    extra: {
        stack?: string;
        outputs?: Record<string, unknown>;
        opts?: Partial<PolicyResourceOptions>;
        dependencies?: string[];
        propertyDependencies?: Record<string, string[]>;
    } = {},
): PolicyTarget {
    const stack = extra.stack ?? "dev";
    return {
        urn: `urn:pulumi:${stack}::${PROJECT}::${type}::${name}`,
        type,
        name,
        dependencies: extra.dependencies ?? [],
        propertyDependencies: extra.propertyDependencies,
        inputs: props,
        outputs: extra.outputs ?? props,
        opts: extra.opts,
    };
}

/** Options of {@link dcrStack}. */
export interface DcrStackOptions {
    readonly stack?: string;
    readonly domain?: string;
    readonly customDomain?: string;
    readonly audience?: string;
    readonly developerManagedScopes?: boolean;
    readonly protect?: boolean;
}

/**
 * A compliant stack as the program registers it: the DCR admin client, its Management API grant and
 * credentials, the portal API, and the Konnect DCR provider, auth strategy and portal binding, linked by
 * the same dependencies. Returned by name so a test can alter one resource.
 */
export function dcrStack(options: DcrStackOptions = {}): Record<string, PolicyTarget> & { all(): PolicyTarget[] } {
    const stack = options.stack ?? "dev";
    const domain = options.domain ?? "acme-dev.us.auth0.com";
    const issuer = `https://${options.customDomain ?? domain}`;
    const audience = options.audience ?? "https://api.dev.acme.com/portal";
    const protect = options.protect ?? stack === "prod";
    const labels = { "managed-by": "konnect-auth0-dcr", "pulumi-stack": stack };
    const opts = { protect };
    const t = (type: string, name: string, props: Record<string, unknown>, extra: Parameters<typeof target>[3] = {}) =>
        target(type, name, props, { stack, opts, ...extra });

    const root = t(ROOT_STACK, `${PROJECT}-${stack}`, {}, { opts: { protect: false } });
    const client = t(AUTH0_CLIENT, "dcr-admin-client", {
        name: `Konnect Portal DCR Admin (${stack})`,
        appType: "non_interactive",
        grantTypes: ["client_credentials"],
        callbacks: [],
        allowedOrigins: [],
        webOrigins: [],
        clientId: "cid-admin",
    });
    const grant = t(
        AUTH0_CLIENT_GRANT,
        "dcr-admin-management-api-grant",
        {
            clientId: "cid-admin",
            audience: `https://${domain}/api/v2/`,
            scopes: dcrGrantScopes(options.developerManagedScopes === true),
            subjectType: "client",
        },
        {
            dependencies: [client.urn],
            propertyDependencies: { clientId: [client.urn] },
            opts: { protect, deleteBeforeReplace: true },
        },
    );
    const credentials = t(
        AUTH0_CLIENT_CREDENTIALS,
        "dcr-admin-credentials",
        { clientId: "cid-admin", authenticationMethod: "client_secret_post" },
        {
            outputs: {
                clientId: "cid-admin",
                authenticationMethod: "client_secret_post",
                clientSecret: "s3cr3t-admin-client-secret-value",
            },
            dependencies: [client.urn],
            opts: { protect, additionalSecretOutputs: ["clientSecret", "clientSecretWo"] },
        },
    );
    const api = t(AUTH0_RESOURCE_SERVER, "portal-audience-api", {
        identifier: audience,
        name: "Portal API",
        signingAlg: "RS256",
        allowOfflineAccess: false,
    });
    const providerInputs = {
        serverUrl: "https://us.api.konghq.com",
        name: `auth0-dcr-${stack}`,
        issuer,
        initialClientId: "cid-admin",
        initialClientSecret: "s3cr3t-admin-client-secret-value",
        ...(options.customDomain ? { initialClientAudience: `https://${domain}/api/v2/` } : {}),
        useDeveloperManagedScopes: options.developerManagedScopes === true,
        labels,
        __provider: "exports.handler = __f0; function __f0() { /* serialized provider */ }",
    };
    const { initialClientSecret: _secret, ...providerOutputs } = providerInputs;
    const provider = t(KONNECT_DCR_PROVIDER, "konnect-dcr-provider", providerInputs, {
        outputs: {
            ...providerOutputs,
            dcrProviderId: "prov-1",
            initialClientSecretSalt: "0a1b",
            initialClientSecretHash: "9f86d081884c7d65",
        },
        dependencies: [client.urn, credentials.urn],
    });
    const strategy = t(
        KONNECT_AUTH_STRATEGY,
        "konnect-auth-strategy",
        {
            serverUrl: "https://us.api.konghq.com",
            name: `auth0-dcr-${stack}`,
            displayName: "Auth0",
            issuer,
            audience,
            scopes: ["openid"],
            credentialClaim: ["azp"],
            authMethods: ["client_credentials", "bearer", "session"],
            dcrProviderId: "prov-1",
            labels,
        },
        {
            dependencies: [provider.urn, api.urn],
            propertyDependencies: { dcrProviderId: [provider.urn], audience: [api.urn] },
        },
    );
    const binding = t(
        KONNECT_PORTAL_BINDING,
        "konnect-portal-binding",
        {
            serverUrl: "https://us.api.konghq.com",
            portalId: "5f1c3c9e-8d2a-4b7e-9c31-2a6f0e4d8b10",
            portalKind: "v3",
            authStrategyId: "strat-1",
        },
        { dependencies: [strategy.urn] },
    );
    const resources: Record<string, PolicyTarget> = {
        root,
        client,
        grant,
        credentials,
        api,
        provider,
        strategy,
        binding,
    };
    return Object.assign(resources, {
        all: () => [root, client, grant, credentials, api, provider, strategy, binding],
    });
}

/** A copy of `base` with inputs and outputs changed (both, unless `only` says which). */
export function withProps(
    base: PolicyTarget,
    changes: Record<string, unknown>,
    only?: "inputs" | "outputs",
): PolicyTarget {
    const apply = (props: Record<string, unknown>) => {
        const next = { ...props };
        for (const [key, value] of Object.entries(changes)) {
            if (value === undefined) delete next[key];
            else next[key] = value;
        }
        return next;
    };
    return {
        ...base,
        inputs: only === "outputs" ? base.inputs : apply(base.inputs),
        outputs: only === "inputs" ? base.outputs : apply(base.outputs),
    };
}

/** A copy of `base` with resource options changed. */
export function withOpts(base: PolicyTarget, opts: Partial<PolicyResourceOptions>): PolicyTarget {
    return { ...base, opts: { ...base.opts, ...opts } };
}

/**
 * A resource as the real engine shows it to policies while a take-over is pending (components/takeOver.ts, evidence in
 * policies/lib/takeOver.ts): protected, every declared input except the `identity` ones in `ignoreChanges`, and for
 * each of those the live value from `live` in place of the declared one, in the inputs (the engine's
 * `processIgnoreChanges` runs before any analyzer) and in the outputs (the imported state) alike. Live values of
 * other properties (identity ones, or ones the stack does not declare) go to the outputs only.
 */
export function takingOver(
    base: PolicyTarget,
    live: Record<string, unknown>,
    identity: readonly string[] = [],
): PolicyTarget {
    const ignoreChanges = Object.keys(base.inputs).filter((key) => !identity.includes(key));
    const kept = Object.fromEntries(Object.entries(live).filter(([key]) => ignoreChanges.includes(key)));
    const taken = withProps(withProps(base, kept), live, "outputs");
    return withOpts(taken, { protect: true, ignoreChanges });
}

/** `targets` with `replacement` put in place of the resource with the same URN. */
export function replaced(targets: readonly PolicyTarget[], ...replacements: PolicyTarget[]): PolicyTarget[] {
    return targets.map((t) => replacements.find((r) => r.urn === t.urn) ?? t);
}

/** Runs one policy with optional policy-pack config and pack level. */
export function run(
    policy: Policy,
    targets: readonly PolicyTarget[],
    config?: PolicyPackConfig,
    packEnforcementLevel?: "advisory" | "mandatory",
): Promise<PolicyOutcome> {
    return evaluatePolicy(policy, targets, { config, packEnforcementLevel });
}

/** The messages of the violations in an outcome (not the preview-unknown advisories). */
export function violations(outcome: PolicyOutcome): string[] {
    return outcome.results.filter((r) => r.kind === "violation").map((r) => r.message);
}
