/**
 * `pulumi-nodejs:dynamic/konnect:DcrVerification`: the post-deploy verification as a resource of its own.
 * Its create and update run the checks of `postDeployChecks.ts` (Konnect's verify endpoint for the DCR
 * provider, the issuer's OIDC discovery document) and fail the deployment, saying what to fix, when one fails.
 *
 * Why not a `local.Command`: no extra provider plugin to install; a change of what it verifies re-runs it in
 * place (an update, never a replacement, so it needs no exception to `protect`); and the Konnect token comes
 * from `configure` or the environment like the other Konnect resources, never sitting in a command's
 * environment in state. Its outputs are the values it verified (ids, issuer, audience, the secret's hash:
 * nothing secret) and the report.
 */
import * as pulumi from "@pulumi/pulumi";
import { redactSecrets } from "../konnect/errors";
import { checkVerificationInputs } from "../konnect/validation";
import {
    changedKeys,
    KonnectProviderOptions,
    konnectClientFor,
    konnectProviderBasics,
} from "../konnect/resources/providerRuntime";
import { formatResults, runPostDeployChecks } from "./postDeployChecks";
import { ProjectDynamicResource } from "../dynamic/resource";

/** What the verification checks; a change of any of them re-runs it. */
export interface DcrVerificationArgs {
    /** Konnect API URL of the portal's region. */
    serverUrl: pulumi.Input<string>;
    /** The DcrProvider's id. */
    dcrProviderId: pulumi.Input<string>;
    /** The DCR provider's name, for messages. */
    dcrProviderName: pulumi.Input<string>;
    /** The admin app's client id Konnect was given. */
    initialClientId: pulumi.Input<string>;
    /** The salted hash of the initial client secret: a rotation re-runs the verification. */
    initialClientSecretHash: pulumi.Input<string>;
    /** The ApplicationAuthStrategy's id. */
    authStrategyId: pulumi.Input<string>;
    /** The issuer Konnect was given (no trailing slash). */
    issuer: pulumi.Input<string>;
    /** The portal audience the strategy requests tokens for. */
    audience: pulumi.Input<string>;
    /** The PortalAuthStrategyBinding's id. */
    bindingId: pulumi.Input<string>;
}

/** Resolved inputs as the provider receives them. */
export interface DcrVerificationInputs {
    readonly serverUrl: string;
    readonly dcrProviderId: string;
    readonly dcrProviderName: string;
    readonly initialClientId: string;
    readonly initialClientSecretHash: string;
    readonly authStrategyId: string;
    readonly issuer: string;
    readonly audience: string;
    readonly bindingId: string;
}

/** Outputs kept in state: the verified values and the report (one line per check). */
export interface DcrVerificationState extends DcrVerificationInputs {
    readonly report: string;
}

/** The inputs whose change re-runs the verification (all of them). */
export const VERIFICATION_TRIGGERS: readonly (keyof DcrVerificationInputs)[] = [
    "serverUrl",
    "dcrProviderId",
    "dcrProviderName",
    "initialClientId",
    "initialClientSecretHash",
    "authStrategyId",
    "issuer",
    "audience",
    "bindingId",
];

/** The state of a passed verification: its report and the inputs it verified. */
function verifiedState(report: string, inputs: DcrVerificationInputs): DcrVerificationState {
    const state: Record<string, unknown> = { report };
    for (const key of VERIFICATION_TRIGGERS) state[key] = inputs[key];
    return state as unknown as DcrVerificationState;
}

/** The DcrVerification's resource provider. `options` are serialized with it. */
export function dcrVerificationProvider(
    options: KonnectProviderOptions & { readonly fetch?: typeof fetch } = {},
): pulumi.dynamic.ResourceProvider<DcrVerificationInputs, DcrVerificationState> {
    /** Runs the checks; resolves to the report when all passed, throws it (with the fixes) otherwise. */
    async function verify(inputs: DcrVerificationInputs): Promise<DcrVerificationState> {
        const client = konnectClientFor(inputs.serverUrl, options);
        const results = await runPostDeployChecks({
            dcrProviderId: inputs.dcrProviderId,
            issuer: inputs.issuer,
            verifyDcrProvider: (id) => client.dcrProviders.verify(id, inputs.dcrProviderName),
            fetch: options.fetch,
        });
        // Konnect's messages are scrubbed already; this guards the report as a whole.
        const report = redactSecrets(formatResults(results), []);
        if (!results.every((r) => r.ok)) {
            throw new Error(`Post-deploy verification of the Konnect DCR settings failed:\n${report}`);
        }
        return verifiedState(report, inputs);
    }

    return {
        ...konnectProviderBasics<DcrVerificationInputs>(checkVerificationInputs),

        async create(inputs) {
            const outs = await verify(inputs);
            return { id: `verification/${inputs.dcrProviderId}`, outs };
        },

        async diff(_id, olds, news) {
            const changed = changedKeys(olds, news, VERIFICATION_TRIGGERS);
            // Never a replacement: a re-run is an update of the same resource.
            return { changes: changed.length > 0, replaces: [] };
        },

        async update(_id, olds, news) {
            // An update with no trigger changed only stores a new form of the provider code (`dynamic/providers.ts`):
            // the checks passed for these very inputs, so they are not run (nor a POST sent) again.
            if (changedKeys(olds, news, VERIFICATION_TRIGGERS).length === 0 && typeof olds.report === "string") {
                return { outs: verifiedState(olds.report, news) };
            }
            return { outs: await verify(news) };
        },

        async delete() {
            // Nothing to undo: the verification changes nothing in Konnect or Auth0.
        },
    };
}

/**
 * Verifies the deployed DCR settings after every change to them; fails the deployment with what to fix.
 * Never protected: it holds nothing worth keeping.
 */
export class DcrVerification extends ProjectDynamicResource {
    /** One line per check (`ok  dcr-provider-verify: …`). */
    declare readonly report: pulumi.Output<string>;

    /**
     * @param name The _unique_ name of the resource.
     * @param args What to verify.
     * @param opts Resource options; `protect` is always turned off.
     */
    constructor(name: string, args: DcrVerificationArgs, opts?: pulumi.CustomResourceOptions) {
        super("DcrVerification", name, { ...args, report: undefined }, { ...opts, protect: false });
    }
}
