/**
 * The stack's launcher of Pulumi's dynamic-provider host (`dynamic/host`, named in Pulumi.yaml's
 * `plugins.providers`): it serves Pulumi's own host from the program's @pulumi/pulumi, as the CLI's launcher does,
 * and leaves the TypeScript compiler unloaded until something serializes a function.
 */
import { ChildProcess, execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import { load } from "js-yaml";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import type { PluginInfo } from "@pulumi/pulumi/proto/plugin_pb";

const ROOT = path.join(__dirname, "..");
const HOST_DIR = path.join(ROOT, "dynamic", "host");
const LAUNCHER = path.join(HOST_DIR, "pulumi-resource-pulumi-nodejs");
const SDK_VERSION = (
    JSON.parse(fs.readFileSync(require.resolve("@pulumi/pulumi/package.json"), "utf8")) as {
        version: string;
    }
).version;

interface ProjectFile {
    readonly plugins?: { readonly providers?: readonly { readonly name: string; readonly path: string }[] };
}

/** The folder a Pulumi.yaml names for the `pulumi-nodejs` plugin, resolved from the file's own folder. */
function launcherFolderOf(projectFile: string): string | undefined {
    const project = load(fs.readFileSync(projectFile, "utf8")) as ProjectFile;
    const entry = project.plugins?.providers?.find((p) => p.name === "pulumi-nodejs");
    return entry && path.resolve(path.dirname(projectFile), entry.path);
}

it.each([
    ["the project's Pulumi.yaml", path.join(ROOT, "Pulumi.yaml")],
    ["the engine suite's program", path.join(ROOT, "tests", "engine", "program", "Pulumi.yaml")],
])("%s starts the dynamic-provider host with the project's launcher", (_, projectFile) => {
    expect(launcherFolderOf(projectFile)).toBe(HOST_DIR);
});

it("ships the launcher executable for POSIX shells and as a .cmd for Windows", () => {
    expect(() => fs.accessSync(LAUNCHER, fs.constants.X_OK)).not.toThrow();
    expect(fs.readFileSync(`${LAUNCHER}.cmd`, "utf8")).toContain('node "%~dp0launch.js" %*');
});

describe("the launched host", () => {
    let host: ChildProcess | undefined;
    afterEach(() => host?.kill());

    it("is Pulumi's own host, from the program's @pulumi/pulumi, answering on the port it prints", async () => {
        // As the engine starts it: in the program's folder, with the engine's address.
        host = spawn(LAUNCHER, ["127.0.0.1:1"], { cwd: path.join(ROOT, "tests", "engine", "program") });
        const port = await new Promise<string>((resolve, reject) => {
            let out = "";
            host!.stdout!.on("data", (chunk) => {
                out += chunk;
                if (out.includes("\n")) resolve(out.trim());
            });
            host!.on("error", reject);
            host!.on("exit", (code) => reject(new Error(`the host exited with ${code}`)));
        });
        expect(port).toMatch(/^\d+$/);

        const client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
        const info = await new Promise<PluginInfo>((resolve, reject) =>
            client.getPluginInfo(new Empty(), (err, res) => (err ? reject(err) : resolve(res!))),
        );
        client.close();
        expect(info.getVersion()).toBe(SDK_VERSION);
    });

    it("loads the TypeScript compiler only when a function is serialized", () => {
        const script = `
            process.argv = [process.argv[0], "launch.js", "127.0.0.1:1"];
            require(${JSON.stringify(path.join(HOST_DIR, "launch.js"))});
            const loaded = () => Object.keys(require.cache).some((f) => f.endsWith("/typescript/lib/typescript.js"));
            const before = loaded();
            require("@pulumi/pulumi/runtime").serializeFunction(() => 40 + 2).then((fn) => {
                process.stdout.write(JSON.stringify({ before, after: loaded(), serialized: fn.text.includes("40 + 2") }));
                process.exit(0);
            });
        `;
        const out = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
        expect(JSON.parse(out)).toEqual({ before: false, after: true, serialized: true });
    });
});
