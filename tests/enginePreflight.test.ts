/**
 * What `npm run test:engine`, `npm run bench:engine` and `npm run sandbox` check before they start: a Node.js the
 * emulators run on (24, for `http.setGlobalProxyFromEnv`) and a Pulumi CLI, each missing piece one line that says
 * how to get it.
 */
import { engineReadiness } from "../scripts/engine/preflight";

test("a Node.js older than 24 is refused in one line naming the version, the need and how to get 24", () => {
    const ready = engineReadiness(["toolchain"], "20.20.2");
    expect(ready).toEqual({
        problem:
            "Node.js 20.20.2 is too old: the emulators need Node.js 24 or later (http.setGlobalProxyFromEnv); " +
            "install it, or run `bash .ci/run`, which installs it from the npm registry.",
    });
    expect(engineReadiness(["toolchain"], "22.23.0")).toHaveProperty("problem");
});

test("with Node.js 24, the sandbox takes pulumi on PATH first, then the toolchain; with neither, one line names both ways", () => {
    const none = { path: () => undefined, toolchain: () => undefined };
    expect(engineReadiness(["path", "toolchain"], "24.22.3", none)).toEqual({
        problem:
            "No Pulumi CLI: install the Pulumi CLI (https://www.pulumi.com/docs/install/), or run `npm run engine:build` " +
            "(builds it from the Go module proxy; needs Go 1.26).",
    });
    const both = { path: () => "/usr/local/bin", toolchain: () => "/cache/engine/bin" };
    expect(engineReadiness(["path", "toolchain"], "24.22.3", both)).toEqual({ cliDir: "/usr/local/bin" });
    expect(engineReadiness(["toolchain"], "24.22.3", both)).toEqual({ cliDir: "/cache/engine/bin" });
});
