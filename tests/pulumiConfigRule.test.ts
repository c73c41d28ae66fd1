/**
 * The Pulumi CLI refuses to preview, deploy, refresh or destroy a stack that lacks a project key declared in
 * `Pulumi.yaml` with no `default`. These tests apply that rule to the project's own `Pulumi.yaml` and every
 * shipped stack file (and the drift job's read-only copy of each), so a new optional key without a default
 * fails here in seconds instead of on a user's first `pulumi preview`. The engine suite checks the rule's
 * message against the real CLI.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { load } from "js-yaml";
import { listStacks } from "../config/stackFiles";
import {
    MissingStackConfigError,
    missingKeysMessage,
    missingProjectKeys,
    ProjectDocument,
    requiredProjectKeys,
} from "../config/projectConfig";
import { offlineStackConfig } from "../offline/programRunner";
import { readOnlyStackFile } from "../scripts/readOnlyStackFile";

const ROOT = path.resolve(__dirname, "..");
const projectText = fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8");
const project = load(projectText) as ProjectDocument;
const stackText = (stack: string) => fs.readFileSync(path.join(ROOT, `Pulumi.${stack}.yaml`), "utf8");

test("the shipped stacks are dev, prod and staging", () => {
    expect(listStacks(ROOT)).toEqual(["dev", "prod", "staging"]);
});

test("only the portal audience and the portal id are required of every stack (the settings with no sensible default)", () => {
    expect(requiredProjectKeys(project)).toEqual([
        "konnect-auth0-dcr:konnectPortalId",
        "konnect-auth0-dcr:portalAudience",
    ]);
});

test.each(listStacks(ROOT))("Pulumi.%s.yaml sets every key the CLI requires", (stack) => {
    expect(missingProjectKeys(project, load(stackText(stack)) as object)).toEqual([]);
});

test.each(listStacks(ROOT))(
    "the drift job's read-only copy of Pulumi.%s.yaml still sets every required key",
    (stack) => {
        const readOnly = load(readOnlyStackFile(stackText(stack)).text) as object;
        expect(missingProjectKeys(project, readOnly)).toEqual([]);
    },
);

test("a key whose default is removed from Pulumi.yaml is reported missing for every shipped stack, in the CLI's words", () => {
    const withoutDefault = projectText.replace(
        /(\n {2}konnectDcrProviderName:\n(?: {4}.*\n)*?) {4}default: ""\n/,
        "$1",
    );
    expect(withoutDefault).not.toEqual(projectText);
    const edited = load(withoutDefault) as ProjectDocument;
    for (const stack of listStacks(ROOT)) {
        const missing = missingProjectKeys(edited, load(stackText(stack)) as object);
        expect(missing).toEqual(["konnect-auth0-dcr:konnectDcrProviderName"]);
        expect(missingKeysMessage(stack, missing)).toBe(
            `Stack '${stack}' is missing configuration value 'konnectDcrProviderName'`,
        );
    }
});

test("several missing keys are listed as the CLI lists them: sorted, commas, 'and' before the last", () => {
    // The CLI's message from a first preview of the dev stack before the defaults (pkg/workspace/config.go).
    expect(
        missingKeysMessage("dev", [
            "konnect-auth0-dcr:adoptDcrAdminClientId",
            "konnect-auth0-dcr:konnectServerUrl",
            "konnect-auth0-dcr:protectResources",
        ]),
    ).toBe(
        "Stack 'dev' is missing configuration values 'adoptDcrAdminClientId', 'konnectServerUrl' and 'protectResources'",
    );
});

test("keys of other namespaces, plain values and keys an ESC environment supplies are not required of the stack file", () => {
    const declared: ProjectDocument = {
        name: "konnect-auth0-dcr",
        config: {
            "auth0:domain": { description: "the provider's key" },
            plainValue: 42,
            fromEsc: { type: "string" },
            withValue: { value: "x" },
        },
    };
    expect(requiredProjectKeys(declared)).toEqual(["konnect-auth0-dcr:fromEsc"]);
    expect(missingProjectKeys(declared, { config: {} }, ["konnect-auth0-dcr:fromEsc"])).toEqual([]);
    expect(missingProjectKeys(declared, { config: null })).toEqual(["konnect-auth0-dcr:fromEsc"]);
});

test("the offline plan refuses a stack file the CLI would refuse, with the CLI's message, before the program runs", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "config-rule-"));
    try {
        fs.copyFileSync(path.join(ROOT, "Pulumi.yaml"), path.join(root, "Pulumi.yaml"));
        fs.writeFileSync(
            path.join(root, "Pulumi.dev.yaml"),
            stackText("dev").replace(/^ {2}konnect-auth0-dcr:konnectPortalId: .*\n/m, ""),
        );
        expect(() => offlineStackConfig({ stack: "dev", projectRoot: root })).toThrow(
            new MissingStackConfigError("dev", ["konnect-auth0-dcr:konnectPortalId"]),
        );
        expect(() => offlineStackConfig({ stack: "dev", projectRoot: root })).toThrow(
            "validating stack config: Stack 'dev' is missing configuration value 'konnectPortalId'",
        );
    } finally {
        fs.rmSync(root, { recursive: true, force: true });
    }
});
