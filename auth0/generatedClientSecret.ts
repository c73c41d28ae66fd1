/**
 * `pulumi-nodejs:dynamic/auth0:GeneratedClientSecret`: a client secret of Auth0's form, generated with Node's
 * cryptographic generator when the resource is created and again each time its `version` is raised. It exists
 * only as a secret: the output `secret` is an additional secret output (encrypted in state), unknown in a preview,
 * and never an input, a log line or an error text.
 *
 * The DCR admin app's rotation (`konnect-auth0-dcr:dcrAdminSecretVersion`): raising the version is an update of this
 * resource (never a replacement), whose new secret then reaches Auth0's `ClientCredentials` and Konnect's DCR
 * provider in the same `pulumi up`. An unchanged or lower version changes nothing.
 */
import { randomBytes } from "crypto";
import * as pulumi from "@pulumi/pulumi";
import { ProjectDynamicResource } from "../dynamic/resource";

/** The secret's length: Auth0 makes 64-character client secrets of URL-safe base64 characters. */
export const GENERATED_SECRET_LENGTH = 64;

/** A fresh secret: 48 random bytes as 64 characters of URL-safe base64 (A-Z, a-z, 0-9, `-`, `_`). */
export function generateClientSecret(): string {
    return randomBytes((GENERATED_SECRET_LENGTH * 3) / 4).toString("base64url");
}

/** Inputs of a GeneratedClientSecret. */
export interface GeneratedClientSecretArgs {
    /** The rotation number: a positive whole number; raising it generates a new secret. */
    version: pulumi.Input<number>;
}

/** What the provider keeps in state. */
export interface GeneratedClientSecretState {
    /** The highest version a secret was generated for. */
    readonly version: number;
    /** The generated secret (an additional secret output). */
    readonly secret: string;
}

/** A version is a whole number from 1 on. */
function validVersion(version: unknown): version is number {
    return typeof version === "number" && Number.isInteger(version) && version >= 1;
}

/** The GeneratedClientSecret's resource provider: no network, no live object; the secret is made in create/update. */
export function generatedClientSecretProvider(): pulumi.dynamic.ResourceProvider<
    { version: number },
    GeneratedClientSecretState
> {
    return {
        async check(_olds, news) {
            const failures = validVersion(news.version)
                ? []
                : [{ property: "version", reason: "the rotation number must be a whole number from 1 on" }];
            return { inputs: news, failures };
        },
        async diff(_id, olds, news) {
            // Only a higher number rotates; a lower or equal one keeps the secret (and the higher number in state).
            const raised = validVersion(news.version) && news.version > (olds.version ?? 0);
            return { changes: raised, replaces: [] };
        },
        async create(inputs) {
            return { id: "generated-client-secret", outs: { version: inputs.version, secret: generateClientSecret() } };
        },
        async update(_id, olds, news) {
            // An update without a higher number (one that only stores a new form of the provider code) keeps the secret.
            if (!(news.version > olds.version)) return { outs: { version: olds.version, secret: olds.secret } };
            return { outs: { version: news.version, secret: generateClientSecret() } };
        },
    };
}

/** A generated client secret for the DCR admin app, rotated by raising `version`. */
export class GeneratedClientSecret extends ProjectDynamicResource {
    /** The generated secret; a secret output. */
    declare readonly secret: pulumi.Output<string>;
    /** The rotation number the secret was generated for. */
    declare readonly version: pulumi.Output<number>;

    /**
     * @param name The _unique_ name of the resource.
     * @param args The rotation number.
     * @param opts Resource options; `secret` is always an additional secret output, and `protect` is always off:
     *   deleting it deletes nothing in Auth0 (the app keeps its secret), so a protected stack's destroy is not held up.
     */
    constructor(name: string, args: GeneratedClientSecretArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            "GeneratedClientSecret",
            name,
            { ...args, secret: undefined },
            {
                ...opts,
                protect: false,
                additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), "secret"],
            },
        );
    }
}
