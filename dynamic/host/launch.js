/**
 * Starts Pulumi's Node.js dynamic-provider host (`@pulumi/pulumi/cmd/dynamic-provider`) for the stack's dynamic
 * resources, as the launcher the Pulumi CLI ships does, with three differences that only change how fast it starts
 * (the engine waits for it on every `pulumi preview`, `up`, `refresh` and `destroy`):
 *
 * - the SDK is resolved in this process, from the working directory the engine starts the plugin in (the program's
 *   directory, so the program's own @pulumi/pulumi), where the CLI's launcher starts a second `node` to resolve it;
 * - Node's on-disk compile cache is on (`module.enableCompileCache`, in `NODE_COMPILE_CACHE` or Node's default
 *   folder under the OS temp directory), so the SDK starts from V8's cached code. Node keys each entry by the
 *   file's content: a changed file is compiled afresh, never served stale;
 * - the TypeScript compiler, which the SDK loads at start-up for serializing functions into provider text, is
 *   loaded on first use instead. This host only reads provider text (the stack's is one `require`), so it never
 *   needs it; were it used, it would load then.
 *
 * The engine stops the host without letting it exit normally, so the compile cache is written once the SDK has
 * loaded (and again by `dynamic/entry.js` once the stack's providers have), not at exit.
 */
"use strict";
const Module = require("module");
const path = require("path");

Module.enableCompileCache?.();
const requireFromProgram = Module.createRequire(path.join(process.cwd(), "package.json"));

/** Has the SDK's TypeScript shim load the compiler on first use; an SDK without the shim is left as it is. */
function deferTypeScript() {
    let shim;
    try {
        shim = requireFromProgram.resolve("@pulumi/pulumi/typescript-shim");
    } catch {
        return;
    }
    let typescript;
    const load = () => {
        if (!typescript) {
            delete require.cache[shim];
            typescript = requireFromProgram(shim);
        }
        return typescript;
    };
    // Stands in the module cache as the shim, as `require` would have left it; each use loads the real one.
    const standIn = new Module(shim);
    standIn.filename = shim;
    standIn.loaded = true;
    standIn.exports = new Proxy(
        {},
        {
            get: (_, key) => load()[key],
            has: (_, key) => key in load(),
            ownKeys: () => Reflect.ownKeys(load()),
            getOwnPropertyDescriptor: (_, key) => {
                const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
                return descriptor && { ...descriptor, configurable: true };
            },
        },
    );
    require.cache[shim] = standIn;
}

deferTypeScript();
requireFromProgram("@pulumi/pulumi/cmd/dynamic-provider");
Module.flushCompileCache?.();
