import { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { describe, known } from "../lib/policyHelpers";
import {
    AUTH0_CLIENT_CREDENTIALS,
    AUTH0_GENERATED_CLIENT_SECRET,
    DYNAMIC_PROVIDER,
    KONNECT_DCR_PROVIDER,
    KONNECT_TOKEN_SETTING,
    PROJECT_PACKAGE_PREFIX,
    ROOT_STACK,
} from "../lib/resourceTypes";

/** Output names on the DCR provider that may mention the secret: fingerprints, never the value. */
const FINGERPRINT_KEY = /(hash|salt|sha256|digest)$/i;
/** A Konnect personal or system-account access token. */
const KONNECT_TOKEN = /\b(kpat|spat)_[A-Za-z0-9]{20,}/;

/**
 * Properties the program fills with a secret on purpose, as a secret input that the engine keeps encrypted.
 * The policy cannot see the encryption (it sees plaintext), so these are not scanned; the offline plan checks
 * that the value is wrapped as a secret there. No resource carries the Konnect token: the providers, the
 * post-deploy verification included, read it from `configure` or the environment.
 */
const SECRET_CARRIERS: Readonly<Record<string, readonly string[]>> = {
    // The secret input itself; the engine keeps an output of the same name encrypted. Checked by key below.
    [KONNECT_DCR_PROVIDER]: ["initialClientSecret"],
    // The secret the stack generates (`dcrAdminSecretVersion`): an additional secret output, checked below.
    [AUTH0_GENERATED_CLIENT_SECRET]: ["secret"],
    // The dynamic-provider host's provider receives the whole stack configuration as its inputs (that is how
    // `configure` hands the providers the Konnect token); the engine keeps secret settings encrypted there.
    [DYNAMIC_PROVIDER]: [KONNECT_TOKEN_SETTING],
};

/** Calls `visit` for every known string in `value` with its property path; unknown values are skipped. */
function visitKnownStrings(value: unknown, path: string, visit: (text: string, path: string) => void, depth = 0): void {
    if (typeof value === "string") {
        visit(value, path);
        return;
    }
    if (depth > 20 || typeof value !== "object" || value === null) return;
    // Object.keys does not read values, so the preview proxy does not throw; each read is checked on its own.
    for (const key of Object.keys(value)) {
        const child = known(() => (value as Record<string, unknown>)[key]);
        visitKnownStrings(
            child,
            Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key,
            visit,
            depth + 1,
        );
    }
}

/**
 * The DCR admin's client secret and the Konnect initial client secret reach the state only as secrets.
 *
 * Stack policies see outputs with secrets already decrypted, so whether a value is marked secret cannot be
 * seen directly. What can be seen, and is checked:
 * - the `ClientCredentials` resource keeps `clientSecret` in `additionalSecretOutputs`, the option that makes
 *   the engine encrypt it, and the secret the stack generates for it (`dcrAdminSecretVersion`) keeps `secret` there;
 * - the Konnect DCR provider's outputs keep only a fingerprint (a hash) of the initial client secret, never
 *   the secret next to it, and no other secret-like output (a dynamic provider's new outputs are plaintext
 *   unless they share a secret input's name). During a preview the engine plans a dynamic resource's
 *   outputs as its inputs, secret input included and hash not yet computed: that state is accepted;
 * - the admin secret's value appears in no other resource's state, including a dynamic provider's
 *   serialized code (`__provider`); during a first preview the secret is unknown and this part is skipped;
 * - no Konnect access token (`kpat_…`, `spat_…`) appears anywhere in the state.
 * The stack outputs (root stack resource) and this project's components are not scanned: they carry the
 * secret by design, wrapped with `pulumi.secret`, which the offline plan checks instead.
 */
export const secretsStaySecret: StackValidationPolicy = {
    name: "secrets-stay-secret",
    description:
        "The DCR admin application's client secret and the Konnect initial client secret reach the Pulumi state only as encrypted secrets. " +
        "The client credentials keep clientSecret (and the generated secret its value) as a secret output, the Konnect DCR provider stores only a hash of the initial secret, and no secret or Konnect token appears in plain state.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        'Keep additionalSecretOutputs: ["clientSecret"] on auth0.ClientCredentials. Pass the secret to the Konnect DCR provider as a secret input and return only a hash of it from the dynamic provider. ' +
        "Never capture a secret in a dynamic provider's closure or copy it into another resource's inputs; read the Konnect token from config or the environment inside the provider methods.",
    validateStack: (args, reportViolation) => {
        const credentials = args.resources.filter((r) => r.type === AUTH0_CLIENT_CREDENTIALS);
        const providers = args.resources.filter((r) => r.type === KONNECT_DCR_PROVIDER);

        for (const cred of credentials) {
            if (!cred.opts.additionalSecretOutputs.includes("clientSecret")) {
                reportViolation(
                    `${describe(cred)}: clientSecret is not in additionalSecretOutputs, so the state would hold the admin secret in plaintext.`,
                    cred.urn,
                );
            }
        }

        for (const generated of args.resources.filter((r) => r.type === AUTH0_GENERATED_CLIENT_SECRET)) {
            if (!generated.opts.additionalSecretOutputs.includes("secret")) {
                reportViolation(
                    `${describe(generated)}: secret is not in additionalSecretOutputs, so the state would hold the generated admin secret in plaintext.`,
                    generated.urn,
                );
            }
        }

        for (const provider of providers) {
            const keys = Object.keys(provider.props);
            const hasHash = keys.some((k) => /secret/i.test(k) && /(hash|sha256|digest)$/i.test(k));
            const hasSecret = keys.includes("initialClientSecret");
            // A preview plans a dynamic resource's outputs as its inputs (the provider does not run), so the
            // secret input without a hash is the planned state; only the provider's real outputs carry the hash.
            if (hasSecret && hasHash) {
                reportViolation(
                    `${describe(provider)}: returns the initialClientSecret next to its hash; the provider must return only the hash.`,
                    provider.urn,
                );
            } else if (!hasSecret && !hasHash) {
                reportViolation(
                    `${describe(provider)}: keeps no hash of the initial client secret, so a rotated secret would go unnoticed.`,
                    provider.urn,
                );
            }
            const secretish = keys.filter(
                (k) => /secret/i.test(k) && k !== "initialClientSecret" && !FINGERPRINT_KEY.test(k),
            );
            if (secretish.length > 0) {
                reportViolation(
                    `${describe(provider)}: has outputs ${secretish.join(", ")} that may hold the secret; keep only a hash.`,
                    provider.urn,
                );
            }
        }

        const secrets = credentials
            .map((c) => known(() => c.props.clientSecret))
            .filter((s): s is string => typeof s === "string" && s.length >= 8);
        const scanned = args.resources.filter(
            (r) => r.type !== ROOT_STACK && !r.type.startsWith(PROJECT_PACKAGE_PREFIX),
        );
        for (const resource of scanned) {
            const leaks = new Set<string>();
            const tokens = new Set<string>();
            const carriers = SECRET_CARRIERS[resource.type] ?? [];
            visitKnownStrings(resource.props, "", (text, path) => {
                if (carriers.some((c) => path === c || path.startsWith(`${c}.`))) return;
                if (resource.type !== AUTH0_CLIENT_CREDENTIALS && secrets.some((s) => text.includes(s)))
                    leaks.add(path);
                if (KONNECT_TOKEN.test(text)) tokens.add(path);
            });
            if (leaks.size > 0) {
                reportViolation(
                    `${describe(resource)}: the DCR admin client secret appears in plain state at ${[...leaks].join(", ")}.`,
                    resource.urn,
                );
            }
            if (tokens.size > 0) {
                reportViolation(
                    `${describe(resource)}: a Konnect access token appears in state at ${[...tokens].join(", ")}.`,
                    resource.urn,
                );
            }
        }
        checkRootOutputs(args.resources, reportViolation);
    },
};

/** Konnect tokens never belong in stack outputs either, secret or not. */
function checkRootOutputs(resources: PolicyResource[], reportViolation: (message: string, urn?: string) => void): void {
    for (const root of resources.filter((r) => r.type === ROOT_STACK)) {
        const tokens: string[] = [];
        visitKnownStrings(root.props, "", (text, path) => {
            if (KONNECT_TOKEN.test(text)) tokens.push(path);
        });
        if (tokens.length > 0) {
            reportViolation(`The stack outputs hold a Konnect access token at ${tokens.join(", ")}.`, root.urn);
        }
    }
}
