/**
 * Secret checks only an offline run can make: the policy engine sees secrets already decrypted, but the
 * offline runner still has the secret wrappers, and knows the placeholder values it supplied for every
 * secret. A placeholder found outside a wrapper is a secret that would reach the state or the outputs in
 * plaintext.
 */
import type { ProgramRun } from "../offline/programRunner";

/** One place a secret value appears in plaintext. */
export interface SecretLeak {
    /** Where: a resource URN, or `stack output <name>`. */
    readonly where: string;
    /** Property path within the inputs or outputs. */
    readonly path: string;
    /** Which secret (its config key, or the name given by the caller); never the value. */
    readonly secret: string;
}

/** Calls `visit` for every string outside a secret wrapper, with its path. */
function visitPlainStrings(
    value: unknown,
    path: string,
    isSecret: (v: unknown) => boolean,
    visit: (text: string, path: string) => void,
): void {
    if (isSecret(value)) return;
    if (typeof value === "string") {
        visit(value, path);
    } else if (Array.isArray(value)) {
        value.forEach((v, i) => visitPlainStrings(v, `${path}[${i}]`, isSecret, visit));
    } else if (typeof value === "object" && value !== null) {
        for (const [key, v] of Object.entries(value))
            visitPlainStrings(v, path ? `${path}.${key}` : key, isSecret, visit);
    }
}

/**
 * Every plaintext occurrence of a known secret value in the registered inputs and outputs, and every stack
 * output that carries one without being a secret output.
 */
export function findSecretLeaks(
    run: Pick<ProgramRun, "resources" | "outputs" | "secretOutputNames">,
    secrets: Readonly<Record<string, string>>,
    isSecret: (value: unknown) => boolean,
): SecretLeak[] {
    const known = Object.entries(secrets).filter(([, value]) => value.length >= 8);
    const leaks: SecretLeak[] = [];
    const scan = (where: string, value: unknown, prefix: string) =>
        visitPlainStrings(value, prefix, isSecret, (text, path) => {
            for (const [name, secret] of known) {
                if (text.includes(secret)) leaks.push({ where, path, secret: name });
            }
        });
    for (const resource of run.resources) {
        scan(resource.urn, resource.inputs, "inputs");
        scan(resource.urn, resource.outputs, "outputs");
    }
    for (const [name, value] of Object.entries(run.outputs)) {
        if (!run.secretOutputNames.includes(name)) scan(`stack output ${name}`, value, name);
    }
    return leaks;
}
