/**
 * The one rule the pack applies to a take-over ("Taking over a setup made by hand" in the README): which values a
 * policy sees are kept from the object Auth0 already holds rather than declared by the stack.
 *
 * What the engine shows a policy (pulumi 3.276, `step_generator.go`, printed by a probe policy on the engine suite):
 * a resource being imported, or already imported while the adopt settings are still set, carries the options the
 * program registered, `protect: true` and `ignoreChanges` listing every declared input except the identity ones;
 * nothing marks it as an import (the analyzer request carries no import id). Before any analyzer runs, the engine
 * replaces each input named in `ignoreChanges` with the one it keeps (`processIgnoreChanges`): on an import the live
 * value it just read, later the one in state. So a resource policy sees, for those inputs, what Auth0 holds (a hand-added
 * `read:users` scope, offline access) and never what the stack declares; a stack policy sees the same values as
 * outputs. Once the adopt settings are removed the options are gone, and both see the declared values again.
 *
 * Hence: the mandatory policies that judge what the stack declares do not judge an input a take-over keeps (they
 * would judge the hand-made object, whose differences are applied only after the adopt settings are removed),
 * and the advisory `…-live-…` policies name those values. Everything else (identity inputs, inputs not listed,
 * any resource without the options) is judged as always.
 */
import type { PolicyResourceOptions } from "./policySdk";

/** What a policy needs to apply the rule: the resource's options (`ResourceValidationArgs`, `PolicyResource`). */
export interface WithOptions {
    readonly opts?: Partial<PolicyResourceOptions>;
}

/**
 * True when the value the engine shows for `property` is kept by a pending take-over, not declared: the resource is
 * protected and `property` is named in its `ignoreChanges`, as `takeOverOptions` (components/takeOver.ts) registers
 * it. Only a top-level name counts (a path such as `scopes[0]` keeps part of the list only, so the rest is still
 * declared and judged), and an unprotected resource that ignores changes is judged as usual.
 */
export function takeOverKeeps(resource: WithOptions, property: string): boolean {
    const opts = resource.opts;
    return opts?.protect === true && Array.isArray(opts.ignoreChanges) && opts.ignoreChanges.includes(property);
}

/** The inputs of `properties` a pending take-over keeps on this resource, in the order given. */
export function keptByTakeOver(resource: WithOptions, properties: readonly string[]): string[] {
    return properties.filter((p) => takeOverKeeps(resource, p));
}

/**
 * The sentence the advisory `…-live-…` policies add when a difference they name is kept by a pending take-over:
 * it stays until the adopt setting is removed, and the preview after that shows it as an update.
 */
export function keptUntilAdoptSettingRemoved(setting: string): string {
    return ` Kept by the take-over until ${setting} is removed; the preview after that shows it as an update, and pulumi up applies it.`;
}
