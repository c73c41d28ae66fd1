/**
 * The policy pack stands on its own: `pulumi policy publish` uploads only `policies/`, so the pack may
 * import nothing outside that folder, and its list of allowed scopes is its own, not the program's.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DCR_MANAGEMENT_SCOPES } from "../../auth0/dcrScopes";
import * as programAuth0 from "../../auth0/domains";
import { MANAGED_BY as PROVIDERS_MANAGED_BY } from "../../konnect/payloads";
import * as packAuth0 from "../../policies/lib/auth0Facts";
import { MANAGED_BY } from "../../policies/lib/resourceTypes";
import { policies } from "../../policies/pack";

const ROOT = path.resolve(__dirname, "../..");
const POLICIES = path.join(ROOT, "policies");

describe("the policy pack copied alone", () => {
    it("loads every policy from a copy of policies/ with nothing else of the project beside it", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pack-alone-"));
        const copy = path.join(dir, "policies");
        fs.cpSync(POLICIES, copy, { recursive: true, filter: (src) => path.basename(src) !== "node_modules" });
        // Only installed packages beside it, as `npm install` in the published pack's folder provides them.
        fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
        const script =
            "const { policies } = require('./pack'); process.stdout.write(JSON.stringify(policies.map((p) => p.name)));";
        const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
            cwd: copy,
            encoding: "utf8",
            env: { ...process.env, TS_NODE_PROJECT: path.join(copy, "tsconfig.json") },
        });
        expect(JSON.parse(out)).toContain("dcr-admin-grant-least-privilege");
        expect(JSON.parse(out)).toEqual(policies.map((p) => p.name));
    });

    it("imports only its own modules and the packages its package.json declares", () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(POLICIES, "package.json"), "utf8"));
        const declared = new Set(Object.keys(pkg.dependencies));
        const files = fs
            .readdirSync(POLICIES, { recursive: true, encoding: "utf8" })
            .filter((f) => f.endsWith(".ts") && !f.startsWith("node_modules"));
        const outside: string[] = [];
        for (const file of files) {
            const source = fs.readFileSync(path.join(POLICIES, file), "utf8");
            for (const [, spec] of source.matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)) {
                const resolved = path.resolve(POLICIES, path.dirname(file), spec);
                const inside = spec.startsWith(".")
                    ? resolved.startsWith(POLICIES + path.sep)
                    : declared.has(
                          spec
                              .split("/")
                              .slice(0, spec.startsWith("@") ? 2 : 1)
                              .join("/"),
                      );
                if (!inside) outside.push(`${file}: ${spec}`);
            }
        }
        expect(outside).toEqual([]);
    });
});

describe("the facts the pack states for itself", () => {
    it("match what the program does today (a change to either side is a decision to make in both)", () => {
        expect([...packAuth0.DCR_ALLOWED_SCOPES].sort()).toEqual([...DCR_MANAGEMENT_SCOPES].sort());
        expect(MANAGED_BY).toBe(PROVIDERS_MANAGED_BY);
        expect(packAuth0.managementApiAudience("acme.eu.auth0.com")).toBe(
            programAuth0.managementApiAudience("acme.eu.auth0.com"),
        );
        const audiences = [
            "https://acme.us.auth0.com/api/v2/",
            "https://ACME.auth0.com/api/v2",
            "https://login.acme.com/api/v2/",
            "https://acme.us.auth0.com/api/v2/users",
            "not a uri",
        ];
        expect(audiences.map((a) => packAuth0.isManagementApiAudience(a))).toEqual(
            audiences.map((a) => programAuth0.isManagementApiAudience(a)),
        );
    });
});
