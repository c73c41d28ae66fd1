#!/usr/bin/env node
/**
 * Regenerates the TypeScript types of the Konnect APIs under `konnect/generated/` from Kong's published
 * OpenAPI documents in `specs/konnect/` (override with KONNECT_SPECS_DIR).
 *
 *   node scripts/generateKonnectTypes.js          write the files
 *   node scripts/generateKonnectTypes.js --check  exit 1 if a committed file differs from a fresh generation
 *
 * The output depends only on the spec files and the installed openapi-typescript version (recorded in the
 * header), so a regeneration from the same inputs is byte-identical.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const YAML = require("js-yaml");

const PROJECT_ROOT = path.resolve(__dirname, "..");
const OUTPUT_DIR = path.join(PROJECT_ROOT, "konnect", "generated");

/** Specs the Konnect client uses: path under the specs directory → generated file name. */
const SPECS = [
    { spec: "application-auth-strategies/v2", file: "applicationAuthStrategiesV2.d.ts" },
    { spec: "portal-management/v3", file: "portalManagementV3.d.ts" },
    { spec: "portal-management/v2", file: "portalManagementV2.d.ts" },
    { spec: "api-builder/v3", file: "apiBuilderV3.d.ts" },
];

function specsDir() {
    return path.resolve(process.env.KONNECT_SPECS_DIR || path.join(PROJECT_ROOT, "specs", "konnect"));
}

function generatorVersion() {
    return require("openapi-typescript/package.json").version;
}

/**
 * Generates every file in memory.
 * @returns {Promise<Array<{file: string, spec: string, text: string}>>}
 */
async function generateKonnectTypes(dir = specsDir()) {
    // The ES module build: its CommonJS build needs require(esm), which older Node 20 releases lack.
    const { default: openapiTS, astToString } = await import("openapi-typescript");
    const results = [];
    for (const { spec, file } of SPECS) {
        const specFile = path.join(dir, spec, "openapi.yaml");
        if (!fs.existsSync(specFile)) {
            throw new Error(
                `Konnect OpenAPI document not found: ${specFile} (set KONNECT_SPECS_DIR to the specs directory)`,
            );
        }
        const info = YAML.load(fs.readFileSync(specFile, "utf8")).info || {};
        const ast = await openapiTS(pathToFileURL(specFile), { silent: true });
        const header = [
            "/**",
            ` * Types of the Konnect API "${info.title}" ${info.version}, generated from specs/konnect/${spec}/openapi.yaml`,
            ` * by openapi-typescript ${generatorVersion()}. Do not edit: run \`npm run generate:konnect-types\`.`,
            " */",
            "",
        ].join("\n");
        results.push({ file, spec, text: header + astToString(ast) });
    }
    return results;
}

async function main(argv) {
    const check = argv.includes("--check");
    const generated = await generateKonnectTypes();
    const stale = [];
    for (const { file, text } of generated) {
        const target = path.join(OUTPUT_DIR, file);
        const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
        if (current === text) continue;
        stale.push(file);
        if (!check) {
            fs.mkdirSync(OUTPUT_DIR, { recursive: true });
            fs.writeFileSync(target, text);
        }
    }
    if (check && stale.length > 0) {
        console.error(`Out of date: ${stale.join(", ")}. Run npm run generate:konnect-types.`);
        process.exitCode = 1;
    } else {
        console.log(
            stale.length === 0
                ? "Konnect types are up to date."
                : `Wrote ${stale.map((f) => `konnect/generated/${f}`).join(", ")}.`,
        );
    }
}

module.exports = { generateKonnectTypes, SPECS, OUTPUT_DIR };

if (require.main === module) {
    main(process.argv.slice(2)).catch((err) => {
        console.error(err instanceof Error ? err.message : err);
        process.exitCode = 1;
    });
}
