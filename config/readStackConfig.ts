/**
 * The one place that reads Pulumi configuration. It hands raw strings to `validateStackConfig`, so
 * every check lives in the pure module and runs before any resource is registered.
 */
import * as pulumi from "@pulumi/pulumi";
import {
    CONFIG_KEYS,
    ConfigEnvironment,
    PROJECT,
    RawStackConfig,
    StackSettings,
    validateStackConfig,
} from "./stackSettings";

/** The validated settings. The Konnect token is not among them: the providers read it through `configure`. */
export interface LoadedStackConfig {
    readonly settings: StackSettings;
}

export function readStackConfig(env: ConfigEnvironment = process.env): LoadedStackConfig {
    const project = new pulumi.Config(PROJECT);
    const auth0 = new pulumi.Config("auth0");
    const raw: RawStackConfig = {};
    for (const key of CONFIG_KEYS) {
        // The token is read only as a secret below; its plaintext never enters the raw map.
        if (key === "konnectToken") continue;
        raw[key] = unlessEmpty(key === "auth0:domain" ? auth0.get("domain") : project.get(key));
    }
    const configuredToken = unlessEmpty(project.get("konnectToken"));
    const isSecretToken = configuredToken !== undefined && isSecretKey(`${PROJECT}:konnectToken`);
    if (configuredToken !== undefined && !isSecretToken) {
        raw.konnectToken = "(plaintext)";
    }
    const settings = validateStackConfig(pulumi.getStack(), raw, env, isSecretToken);
    return { settings };
}

/**
 * `Pulumi.yaml` gives every optional key `default: ""` (the CLI requires each key that has no default), and the
 * CLI hands that default to the program like a value: an empty string means the key is not set.
 */
function unlessEmpty(value: string | undefined): string | undefined {
    return value === "" ? undefined : value;
}

/** Whether `key` was stored with `pulumi config set --secret` (the engine lists secret keys for the program). */
function isSecretKey(key: string): boolean {
    // `isConfigSecret` is public at run time but stripped from the SDK's type declarations.
    const runtime = pulumi.runtime as unknown as { isConfigSecret(k: string): boolean };
    return runtime.isConfigSecret(key);
}
