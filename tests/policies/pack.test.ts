/**
 * The pack's wiring, without starting its gRPC server: `PolicyPack` is replaced by a jest mock in the one
 * copy of `@pulumi/policy` the workspace installs (the one `policies/index.ts` resolves).
 */
import * as fs from "fs";
import * as path from "path";

jest.mock("@pulumi/policy", () => ({
    ...jest.requireActual("@pulumi/policy"),
    PolicyPack: jest.fn(),
}));

import { PolicyPack } from "@pulumi/policy";
import type { Policy, PolicyPackConfig } from "../../policies/lib/policySdk";
import { POLICY_PACK_NAME, policies } from "../../policies/pack";
import { AUDIENCE_DEFAULTS, audienceIsNotManagementApi } from "../../policies/rules/audienceIsNotManagementApi";
import {
    DCR_ADMIN_GRANT_DEFAULTS,
    dcrAdminGrantLeastPrivilege,
} from "../../policies/rules/dcrAdminGrantLeastPrivilege";
import { DCR_ADMIN_M2M_DEFAULTS, dcrAdminIsMachineToMachine } from "../../policies/rules/dcrAdminIsMachineToMachine";
import { ISSUER_DEFAULTS, konnectIssuerConsistency } from "../../policies/rules/konnectIssuerConsistency";
import { LABELS_DEFAULTS, konnectObjectsLabelled } from "../../policies/rules/konnectObjectsLabelled";
import { PROTECT_PRODUCTION_DEFAULTS, protectProduction } from "../../policies/rules/protectProduction";
import { policyConfig } from "../support/policyHarness";

const policiesDir = path.resolve(__dirname, "../../policies");

/** The README's policy table: policy name -> the default level it documents. */
function documentedLevels(): Record<string, string> {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| (mandatory|advisory|disabled)\b/gm)];
    return Object.fromEntries(rows.map((m) => [m[1], m[2]]));
}

describe("policy pack wiring", () => {
    let name: string;
    let args: { policies: Policy[]; enforcementLevel?: string; description?: string };

    beforeAll(async () => {
        await import("../../policies/index");
        const mock = PolicyPack as unknown as jest.Mock;
        expect(mock).toHaveBeenCalledTimes(1);
        [name, args] = mock.mock.calls[0];
    });

    it("builds one pack with a name the engine accepts", () => {
        expect(name).toBe(POLICY_PACK_NAME);
        expect(name).toMatch(/^[a-zA-Z0-9-_.]{1,100}$/);
        expect(args.description).toMatch(/\.$/);
    });

    it("registers every policy once, each at the level the README documents for it", () => {
        const names = args.policies.map((p) => p.name);
        expect(new Set(names).size).toBe(names.length);
        expect(Object.fromEntries(args.policies.map((p) => [p.name, p.enforcementLevel]))).toEqual(documentedLevels());
        expect(args.policies).toBe(policies);
    });

    it("follows the engine's naming rules, which otherwise exit the process at start-up", () => {
        for (const policy of args.policies) {
            expect(policy.name).not.toBe("all");
            expect(policy.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            expect(Object.keys(policy.configSchema?.properties ?? {})).not.toContain("enforcementLevel");
            expect(policy.configSchema?.required ?? []).not.toContain("enforcementLevel");
        }
    });

    it("describes each policy in full sentences and says how to fix a violation", () => {
        for (const policy of args.policies) {
            expect(policy.description).toMatch(/^[A-Z].{40,}\.$/s);
            expect(policy.description.split(". ").length).toBeGreaterThanOrEqual(2);
            expect(policy.remediationSteps ?? "").toMatch(/^[A-Z].{40,}[.)]$/s);
        }
    });

    it("documents every config property", () => {
        for (const policy of args.policies) {
            for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
                expect([key, typeof (schema as { description?: string }).description]).toEqual([key, "string"]);
            }
        }
    });

    it("declares the same config defaults in the schema (applied by the CLI) as the policies fall back to", () => {
        const fallbacks: Array<[Policy, object]> = [
            [dcrAdminGrantLeastPrivilege, DCR_ADMIN_GRANT_DEFAULTS],
            [dcrAdminIsMachineToMachine, DCR_ADMIN_M2M_DEFAULTS],
            [audienceIsNotManagementApi, AUDIENCE_DEFAULTS],
            [konnectIssuerConsistency, ISSUER_DEFAULTS],
            [protectProduction, PROTECT_PRODUCTION_DEFAULTS],
            [konnectObjectsLabelled, LABELS_DEFAULTS],
        ];
        for (const [policy, defaults] of fallbacks) {
            expect([policy.name, policyConfig(policy)]).toEqual([policy.name, defaults]);
        }
    });
});

describe("policy pack project", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(policiesDir, "package.json"), "utf8"));
    const rootPkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
    const lock = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package-lock.json"), "utf8"));

    it("has a version (the PolicyPack constructor refuses to start without one) and the pinned SDKs", () => {
        expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
        expect(pkg.dependencies["@pulumi/policy"]).toBe("1.21.0");
        expect(pkg.dependencies["@pulumi/auth0"]).toBe("3.49.0");
        expect(rootPkg.dependencies["@pulumi/auth0"]).toMatch(/3\.49\.0$/);
        expect(rootPkg.dependencies["@pulumi/pulumi"].replace(/^\^/, "")).toBe(pkg.dependencies["@pulumi/pulumi"]);
    });

    it("is a workspace of the root project, locked to one copy of each SDK that satisfies the pack's pins", () => {
        expect(rootPkg.workspaces).toEqual(["policies"]);
        expect(lock.packages.policies.dependencies).toEqual(pkg.dependencies);
        for (const [name, version] of Object.entries(pkg.dependencies as Record<string, string>)) {
            expect([name, lock.packages[`node_modules/${name}`]?.version]).toEqual([name, version]);
            expect([name, lock.packages[`policies/node_modules/${name}`]]).toEqual([name, undefined]);
        }
    });

    it("declares the nodejs runtime in PulumiPolicy.yaml and ships the TypeScript compiler the runtime loads", () => {
        expect(fs.readFileSync(path.join(policiesDir, "PulumiPolicy.yaml"), "utf8")).toMatch(/^runtime: nodejs$/m);
        expect(pkg.devDependencies.typescript).toBeDefined();
        expect(pkg.devDependencies["ts-node"]).toBeDefined();
    });

    it("has config files that only name policies of the pack, with valid levels", () => {
        const dir = path.join(policiesDir, "config");
        for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
            const config = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as PolicyPackConfig;
            for (const [policyName, entry] of Object.entries(config)) {
                expect([file, policyName === "all" || policies.some((p) => p.name === policyName)]).toEqual([
                    file,
                    true,
                ]);
                const level = typeof entry === "string" ? entry : entry.enforcementLevel;
                if (level !== undefined) expect(["advisory", "mandatory", "remediate", "disabled"]).toContain(level);
            }
        }
    });
});
