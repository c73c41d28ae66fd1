/**
 * The implementation of each dynamic resource kind, as the provider module in state
 * (`dynamic/resource.ts`) asks for it in the dynamic-provider host: always the code checked out now.
 *
 * Every kind is served complete (a `read` where its implementation has none does what the host would do) and with
 * one rule on top, `diffWithCodeForm`: a resource whose state holds other provider code than the program registers
 * now (a state from before the thin providers, or from another version of them) shows as an update, so the next
 * `pulumi up` stores the new form. That update writes nothing to Konnect unless the object itself differs.
 */
import type * as pulumi from "@pulumi/pulumi";
import { DynamicKind, PROVIDER_CODE_KEY } from "./resource";
import { apiPublicationAuthStrategyProvider } from "../konnect/resources/apiPublicationAuthStrategy";
import { applicationAuthStrategyProvider } from "../konnect/resources/applicationAuthStrategy";
import { dcrProviderProvider } from "../konnect/resources/dcrProvider";
import { portalAuthStrategyBindingProvider } from "../konnect/resources/portalAuthStrategyBinding";
import { dcrVerificationProvider } from "../verification/dcrVerification";
import { generatedClientSecretProvider } from "../auth0/generatedClientSecret";

type AnyProvider = pulumi.dynamic.ResourceProvider<Record<string, unknown>, Record<string, unknown>>;

const implementations: Record<DynamicKind, () => AnyProvider> = {
    DcrProvider: () => dcrProviderProvider() as unknown as AnyProvider,
    ApplicationAuthStrategy: () => applicationAuthStrategyProvider() as unknown as AnyProvider,
    PortalAuthStrategyBinding: () => portalAuthStrategyBindingProvider() as unknown as AnyProvider,
    ApiPublicationAuthStrategy: () => apiPublicationAuthStrategyProvider() as unknown as AnyProvider,
    DcrVerification: () => dcrVerificationProvider() as unknown as AnyProvider,
    GeneratedClientSecret: () => generatedClientSecretProvider() as unknown as AnyProvider,
};

/** True when the state's provider code differs from the code registered now (both known). */
export function codeFormChanged(olds: Record<string, unknown> | undefined, news: Record<string, unknown>): boolean {
    const before = olds?.[PROVIDER_CODE_KEY];
    const now = news[PROVIDER_CODE_KEY];
    return typeof before === "string" && typeof now === "string" && before !== now;
}

/** `diff`, plus an update when only the stored provider code's form changed (see the module's comment). */
export function diffWithCodeForm(diff: NonNullable<AnyProvider["diff"]>): NonNullable<AnyProvider["diff"]> {
    return async (id, olds, news) => {
        const result = await diff(id, olds, news);
        if (result.changes === true || !codeFormChanged(olds, news)) return result;
        return { ...result, changes: true, changedFields: [PROVIDER_CODE_KEY] } as pulumi.dynamic.DiffResult;
    };
}

/** Fills in what the host does for a method a provider leaves out. */
function complete(provider: AnyProvider): Required<AnyProvider> {
    const diff = provider.diff ?? (async () => ({}));
    return {
        check: provider.check ?? (async (_olds, news) => ({ inputs: news })),
        diff: diffWithCodeForm(diff),
        create: provider.create.bind(provider),
        read: provider.read ?? (async (id, props) => ({ id, props })),
        update:
            provider.update ??
            (async () => {
                throw new Error("this resource kind has no update");
            }),
        delete: provider.delete ?? (async () => undefined),
        configure: provider.configure ?? (async () => undefined),
    };
}

const served = new Map<DynamicKind, Required<AnyProvider>>();

/** The implementation of `kind`, made once per process. */
export function provider(kind: DynamicKind): Required<AnyProvider> {
    let found = served.get(kind);
    if (!found) {
        const make = implementations[kind];
        if (!make) throw new Error(`konnect-auth0-dcr has no dynamic resource kind "${kind}"`);
        found = complete(make());
        served.set(kind, found);
    }
    return found;
}
