/**
 * `npm run sandbox [-- --stack dev] [-- --keep]`: the real `pulumi up` of the project's own program on the real
 * Pulumi CLI, with no credentials and nothing outside this machine. The stack is made from the shipped
 * `Pulumi.<stack>.yaml` as it is, with the credentials in the environment as the README tells users, on a local file backend
 * with a throwaway passphrase, against the Auth0 tenant emulator (through the stand-in Auth0 plugin, a test
 * double) and the Konnect emulator. Prints the outputs and what was created, then tears it all down; `--keep`
 * keeps everything running and prints the shell commands to try `pulumi preview` by hand until Ctrl-C.
 *
 * Uses `pulumi` on PATH when there is one, the engine toolchain (`npm run engine:build`) otherwise.
 */
import { parseArgs } from "util";
import { requireEngine } from "./engine/preflight";
import { initWholeProgramStack, readShippedStack, startWholeProgramEmulators } from "./engine/wholeProgram";
import type { WholeProgramEmulators } from "./engine/wholeProgram";
import type { PulumiWorkspace } from "./engine/pulumiCli";
import { listStacks } from "../config/stackFiles";

/** What the emulators hold of the stack's objects, one line each. */
function inventory(emulators: WholeProgramEmulators, portalId: string): string[] {
    const { tenant, konnect } = emulators;
    const portal = konnect.portals.get(portalId);
    const strategyName = (id: string | null | undefined) =>
        id ? `${konnect.authStrategies.get(id)?.name ?? "?"} (${id})` : "none";
    return [
        ...tenant.clients().map((c) => `Auth0 application   ${c.name} (${c.client_id})`),
        ...tenant.grants().map((g) => `Auth0 grant         ${g.client_id} on ${g.audience}: ${g.scope.join(" ")}`),
        ...tenant.resourceServers().map((s) => `Auth0 API           ${s.name} (${s.identifier})`),
        ...[...konnect.dcrProviders.values()].map(
            (p) => `Konnect DCR provider ${p.name} (${p.id}), issuer ${p.issuer}`,
        ),
        ...[...konnect.authStrategies.values()].map(
            (s) => `Konnect strategy    ${s.name} (${s.strategy_type}, ${s.id})`,
        ),
        `Konnect portal      ${portal?.name}: default strategy ${strategyName(portal?.default_application_auth_strategy_id)}`,
        ...[...konnect.apiPublications.entries()].map(
            ([key, p]) =>
                `Konnect publication API ${key.split("/")[0]}: strategies ${(p.auth_strategy_ids ?? []).map(strategyName).join(", ")}`,
        ),
    ];
}

function section(title: string, body: string[] = []): void {
    process.stdout.write(`\n== ${title}\n${body.map((line) => `   ${line}`).join("\n")}${body.length ? "\n" : ""}`);
}

async function keepUntilInterrupted(stack: PulumiWorkspace): Promise<void> {
    section("kept: in another shell, from the repository root", [
        `. ${stack.writeShellEnvironment()}`,
        `pulumi preview --stack ${stack.stack} --config-file ${stack.configFile}`,
        "",
        "Ctrl-C here tears it all down.",
    ]);
    await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: { stack: { type: "string", default: "dev" }, keep: { type: "boolean", default: false } },
    });
    const stacks = listStacks();
    if (!stacks.includes(values.stack)) {
        throw new Error(`--stack: expected one of ${stacks.join(", ")}, got "${values.stack}"`);
    }
    const cliDir = requireEngine(["path", "toolchain"]);
    const shipped = readShippedStack(values.stack);
    const emulators = await startWholeProgramEmulators(shipped);
    let stack: PulumiWorkspace | undefined;
    try {
        // Something for the stack to move to DCR: an API already published on the portal with the hand-made strategy.
        const apiId = emulators.konnect.addApi({ name: "orders" }).id;
        emulators.konnect.publishApi({
            apiId,
            portalId: shipped.portalId,
            visibility: "public",
            authStrategyIds: [emulators.handMadeStrategyId],
        });
        stack = await initWholeProgramStack(emulators, shipped, `sandbox-${shipped.name}`, { cliDir });
        await stack.ok(["config", "set", "--path", "konnect-auth0-dcr:konnectApiIds[0]", apiId]);
        section(
            `before: what the emulators hold (Pulumi.${shipped.name}.yaml's tenant and portal)`,
            inventory(emulators, shipped.portalId),
        );
        section(`pulumi up (the real CLI in ${cliDir}; stack ${stack.stack} on a local file backend)`);
        await stack.ok(["up", "--yes", "--skip-preview"], { echo: true });
        section("stack outputs (secrets masked)", JSON.stringify(await stack.outputs(), null, 2).split("\n"));
        section("after: what the emulators hold", inventory(emulators, shipped.portalId));
        if (values.keep) await keepUntilInterrupted(stack);
        section("pulumi destroy");
        await stack.ok(["destroy", "--yes", "--skip-preview"], { echo: true });
        section("after teardown: what the emulators hold", inventory(emulators, shipped.portalId));
    } finally {
        stack?.dispose();
        await emulators.close();
    }
}

main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
});
