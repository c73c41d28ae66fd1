/**
 * The oldest Pulumi CLI (engine) the stack supports. The program asks the engine first, so an older CLI stops
 * with one message naming the minimum before anything is read or registered.
 */
import * as pulumi from "@pulumi/pulumi";

export const MINIMUM_PULUMI_CLI = "3.139.0";

/** Asks the engine whether it satisfies a semver range (the SDK's `requirePulumiVersion`). */
export type EngineVersionCheck = (range: string) => Promise<void>;

/**
 * Resolves when the engine is 3.139.0 or newer; rejects with a message that names the minimum and why.
 * Uses the engine's own version check (`RequirePulumiVersion`): an engine too old to answer it is older
 * than the minimum too. Without an engine (the offline run under mocks) there is nothing to check.
 */
export async function requireSupportedEngine(
    check: EngineVersionCheck = pulumi.runtime.requirePulumiVersion,
): Promise<void> {
    try {
        await check(`>=${MINIMUM_PULUMI_CLI}`);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new pulumi.RunError(
            `This stack needs the Pulumi CLI ${MINIMUM_PULUMI_CLI} or newer. Upgrade the CLI ` +
                `(https://www.pulumi.com/docs/install/). The engine said: ${reason}`,
        );
    }
}
