/**
 * How the stack's Node.js processes that start afresh on every preview load TypeScript: ts-node (transpile only),
 * with each file's output kept on disk, so that a process whose files are unchanged since the last run never starts
 * ts-node or SWC at all. Used by the policy pack's entry point (`run.js`) and by the stack's dynamic-provider host
 * (`dynamic/entry.js`); it lives in the pack because a published pack carries only its own folder.
 *
 * Why: the pack and the host are started on every `pulumi preview`, `up`, `refresh` and `destroy`, and the engine
 * waits while they load. Registering ts-node and transpiling the providers took 80-110 ms of the host's first
 * operation here; reading the transpiled files back takes 15-20 ms (`npm run bench:engine` shows the whole preview).
 *
 * An entry's name is a SHA-256 of everything its output depends on: the file's path and text, `tsconfig.json`, and
 * the versions of ts-node and SWC. A changed file is therefore transpiled afresh, never served stale: every
 * operation still runs the code checked out now. Only transpiled source goes to the cache, never a runtime value.
 * When the folder cannot be written, files are transpiled as before and nothing is kept.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

/** The version in a package's package.json, or "" when it is not installed. */
function versionOf(name) {
    try {
        return require(`${name}/package.json`).version;
    } catch {
        return "";
    }
}

/** A file's text, or undefined when it cannot be read (not cached yet). */
function readIfThere(file) {
    try {
        return fs.readFileSync(file, "utf8");
    } catch {
        return undefined;
    }
}

/**
 * Installs the `.ts` loader. `project` is the tsconfig.json that ts-node reads, `tsNodeOptions` any further options
 * of its `register`, `cacheDir` the folder of the transpiled files. Answers `{ transpiled }`: how many files ts-node
 * transpiled in this process (0 when every file came from the cache).
 */
function registerTranspileCache({ project, cacheDir, tsNodeOptions = {} }) {
    const salt = [
        "ts-node",
        versionOf("ts-node"),
        "@swc/core",
        versionOf("@swc/core"),
        fs.readFileSync(project, "utf8"),
        JSON.stringify(tsNodeOptions),
    ];
    const stats = { transpiled: 0 };
    /** What each loaded file was compiled to, for stack traces (source-map-support reads the inline source map). */
    const compiled = new Map();
    let tsNode;

    /** ts-node's own `.ts` handler, registered on the first file the cache does not hold. */
    function tsNodeHandler() {
        if (!tsNode) {
            const ours = require.extensions[".ts"];
            delete require.extensions[".ts"];
            require("ts-node").register({ ...tsNodeOptions, transpileOnly: true, project });
            tsNode = require.extensions[".ts"];
            require.extensions[".ts"] = ours;
        }
        return tsNode;
    }

    let cacheDirMade = false;
    function store(file, code) {
        try {
            if (!cacheDirMade) {
                fs.mkdirSync(cacheDir, { recursive: true });
                cacheDirMade = true;
            }
            const temporary = `${file}.${process.pid}.tmp`;
            fs.writeFileSync(temporary, code);
            fs.renameSync(temporary, file);
        } catch {
            // A read-only checkout still runs; it only transpiles again next time.
        }
    }

    require.extensions[".ts"] = function loadTypeScript(module, filename) {
        const source = fs.readFileSync(filename, "utf8");
        const hash = crypto.createHash("sha256");
        for (const part of [...salt, filename, source]) hash.update(part).update("\0");
        const file = path.join(cacheDir, `${hash.digest("hex")}.js`);
        const code = readIfThere(file);
        if (code !== undefined) {
            compiled.set(filename, code);
            return module._compile(code, filename);
        }
        // ts-node hands its output to module._compile: keep it on the way through.
        const compile = module._compile;
        module._compile = function keep(output, name) {
            stats.transpiled++;
            compiled.set(filename, output);
            store(file, output);
            return compile.call(this, output, name);
        };
        return tsNodeHandler()(module, filename);
    };

    // Stack traces through the host's source-map-support (the SDK's) still point into the TypeScript.
    try {
        const fromSdk = require("module").createRequire(require.resolve("@pulumi/pulumi/package.json"));
        fromSdk("source-map-support").install({ retrieveFile: (file) => compiled.get(file) ?? null });
    } catch {
        // Without it, stack traces name the TypeScript files with the transpiled lines.
    }
    return stats;
}

module.exports = { registerTranspileCache };
