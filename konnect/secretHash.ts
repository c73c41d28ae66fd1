/**
 * The DCR provider's initial client secret is write-only in Konnect, so rotation is detected by comparing
 * the desired secret with a salted hash of the one last sent. Only the hash and its salt are stored.
 *
 * HMAC-SHA256 keyed with a random per-resource salt: the secrets are high-entropy Auth0 client secrets, so
 * a slow KDF adds nothing, and the salt keeps equal secrets in two stacks from having equal hashes.
 */
import { createHmac, randomBytes, timingSafeEqual } from "crypto";

/** A fresh random salt (hex). */
export function newSecretSalt(): string {
    return randomBytes(16).toString("hex");
}

/** The salted hash (hex) of a secret. */
export function hashSecret(secret: string, salt: string): string {
    return createHmac("sha256", Buffer.from(salt, "hex")).update(secret, "utf8").digest("hex");
}

/** True when `secret` is the one `hash` was made from with `salt`; false when either is missing. */
export function secretMatches(secret: string, hash: string | undefined, salt: string | undefined): boolean {
    if (!hash || !salt) return false;
    const expected = Buffer.from(hash, "hex");
    const actual = Buffer.from(hashSecret(secret, salt), "hex");
    return expected.length === actual.length && timingSafeEqual(expected, actual);
}
