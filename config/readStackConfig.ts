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

/** The validated settings. Credentials are not among them: they come from the environment of the run. */
export interface LoadedStackConfig {
    readonly settings: StackSettings;
}

export function readStackConfig(env: ConfigEnvironment = process.env): LoadedStackConfig {
    const project = new pulumi.Config(PROJECT);
    const auth0 = new pulumi.Config("auth0");
    const raw: RawStackConfig = {};
    for (const key of CONFIG_KEYS) {
        raw[key] = unlessEmpty(key === "auth0:domain" ? auth0.get("domain") : project.get(key));
    }
    // Only the names of every setting the stack holds: a credential or an unknown key among them is refused.
    const setKeys = Object.keys(pulumi.runtime.allConfig());
    const settings = validateStackConfig(pulumi.getStack(), raw, env, setKeys);
    return { settings };
}

/**
 * `Pulumi.yaml` gives every optional key `default: ""` (the CLI requires each key that has no default), and the
 * CLI hands that default to the program like a value: an empty string means the key is not set.
 */
function unlessEmpty(value: string | undefined): string | undefined {
    return value === "" ? undefined : value;
}
