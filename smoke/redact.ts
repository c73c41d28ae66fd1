/**
 * Keeps secrets out of everything the smoke run prints.
 *
 * Every line goes through `Redactor.redact`, which replaces each registered secret (and the forms it
 * takes once encoded into JSON or a URL) with `[redacted]`. Secrets are registered the moment they are
 * known: the password before the first request, the session cookie at sign-in, the client secret and its
 * Basic header at creation, the token when it is issued. Printing code therefore need not be careful;
 * only this module must be right. The substitution is the project's `redactSecrets` (which also blanks
 * anything shaped like a Konnect token and, to spare ordinary words, skips values under six characters).
 */
import { redactSecrets } from "../konnect/errors";

export const REDACTED = "[redacted]";

/** Collects secrets and scrubs them from text. */
export class Redactor {
    private readonly secrets = new Set<string>();

    constructor(secrets: Iterable<string> = []) {
        for (const secret of secrets) this.add(secret);
    }

    /** Registers a secret with its encoded variants; empty values are ignored. */
    add(secret: string | undefined): void {
        if (!secret) return;
        for (const form of [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]) {
            this.secrets.add(form);
        }
    }

    /** `text` with every registered secret replaced, longest first so overlapping secrets vanish whole. */
    redact(text: string): string {
        return redactSecrets(
            text,
            [...this.secrets].sort((a, b) => b.length - a.length),
        );
    }
}
