import * as pulumi from "@pulumi/pulumi";

/**
 * Resource options that take over an existing Auth0 object instead of creating one: Pulumi's `import` with
 * the object's id, on the first `pulumi up` that sees it.
 *
 * - Every declared input except the `identity` ones is in `ignoreChanges`. Since pulumi/pulumi#19339 the engine
 *   no longer refuses an import whose inputs differ from the live object: it imports and then updates it. For
 *   an ignored input the engine copies the live value instead (its import check), so the take-over changes
 *   nothing in Auth0: extra grant scopes are not removed, a missing one is not added. Once the setting is
 *   removed, the next preview shows each difference as an update, and only an `up` of that preview applies it.
 * - Identity inputs (which object this is: the grant's client and audience, an API's identifier) are still
 *   compared, so an id naming the wrong object shows up as a replacement in the preview.
 * - `protect` refuses that replacement, or any delete, while the take-over is pending.
 *
 * `import` is ignored once the resource is in state with that id, so the setting can be removed after the
 * first `up` without any effect.
 *
 * @param id The object's id in Auth0, or undefined to create the object as usual.
 * @param declared The inputs the stack declares for the resource.
 * @param identity Inputs that say which object it is; differences in them stay visible.
 */
export function takeOverOptions(
    id: string | undefined,
    declared: object,
    identity: readonly string[] = [],
): pulumi.CustomResourceOptions {
    if (id === undefined) return {};
    return {
        import: id,
        ignoreChanges: Object.keys(declared).filter((key) => !identity.includes(key)),
        protect: true,
    };
}
