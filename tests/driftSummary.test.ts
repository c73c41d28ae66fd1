/**
 * The drift report: what `pulumi preview --refresh --json` prints (a sample in the CLI's digest format,
 * tests/fixtures/preview-refresh-drift.json) turned into the job summary, and the read-only stack file the
 * drift job previews with.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { load } from "js-yaml";
import { CREDENTIAL_SETTINGS } from "../config/stackSettings";
import {
    cell,
    count,
    driftOf,
    exitCodeOf,
    main,
    parseUrn,
    PreviewDigest,
    renderDriftMarkdown,
    valueAt,
} from "../scripts/driftSummary";
import { CREDENTIAL_KEYS, main as readOnlyMain, readOnlyStackFile } from "../scripts/readOnlyStackFile";

const SAMPLE = path.join(__dirname, "fixtures", "preview-refresh-drift.json");
const sample = JSON.parse(fs.readFileSync(SAMPLE, "utf8")) as PreviewDigest;

describe("driftOf on a preview with drift in Auth0 and Konnect", () => {
    const report = driftOf("dev", sample);

    it("lists only the resources that would change, not the unchanged ones or the stack", () => {
        expect(report.resources.map((r) => [r.type, r.name, r.op])).toEqual([
            ["auth0:index/client:Client", "dcr-admin-client", "update"],
            ["auth0:index/clientGrant:ClientGrant", "dcr-admin-management-api-grant", "update"],
            ["pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy", "konnect-portal-dcr-auth-strategy", "update"],
        ]);
        expect(exitCodeOf(report)).toBe(1);
    });

    it("names each field with the live value the refresh read and the value the stack declares", () => {
        expect(report.resources[0].fields).toEqual([
            { path: "appType", change: "change", replaces: false, live: "regular_web", declared: "non_interactive" },
            {
                path: "callbacks[0]",
                change: "remove",
                replaces: false,
                live: "https://portal.dev.acme.com/callback",
                declared: undefined,
            },
        ]);
        expect(report.resources[1].fields).toEqual([
            { path: "scopes[9]", change: "remove", replaces: false, live: "read:users", declared: undefined },
        ]);
    });

    it("says so when a provider found a difference without naming fields (the Konnect dynamic providers)", () => {
        expect(report.resources[2].fields).toEqual([]);
        expect(renderDriftMarkdown(report)).toContain(
            "### pulumi-nodejs:dynamic/konnect:ApplicationAuthStrategy `konnect-portal-dcr-auth-strategy` would be updated\n\nThe provider found a difference without naming the fields",
        );
    });

    it("renders a table per resource", () => {
        const markdown = renderDriftMarkdown(report);
        expect(markdown).toContain("## Drift in `dev`: 3 resources differ from the stack");
        expect(markdown).toContain(
            [
                "### auth0:index/client:Client `dcr-admin-client` would be updated",
                "",
                "| Field | Live | Declared by the stack | |",
                "| --- | --- | --- | --- |",
                '| `appType` | `"regular_web"` | `"non_interactive"` | differs |',
                '| `callbacks[0]` | `"https://portal.dev.acme.com/callback"` | (none) | only live |',
            ].join("\n"),
        );
    });
});

describe("driftOf on other previews", () => {
    const step = (op: string, extra: object = {}) => ({
        op,
        urn: "urn:pulumi:prod::konnect-auth0-dcr::pulumi:pulumi:Stack$konnect-auth0-dcr:auth0:PortalAudience$auth0:index/resourceServer:ResourceServer::portal-audience-api",
        ...extra,
    });

    it("reports no drift when every step is same or a refresh read", () => {
        const report = driftOf("prod", {
            steps: [step("same"), step("refresh"), step("read")],
            changeSummary: { same: 12 },
        });
        expect(report.resources).toEqual([]);
        expect(exitCodeOf(report)).toBe(0);
        expect(renderDriftMarkdown(report)).toContain("## No drift in `prod`");
    });

    it("reports a replacement once, naming the field that forces it", () => {
        const oldState = {
            inputs: { identifier: "https://api.acme.com/portal-old" },
            outputs: { identifier: "https://api.acme.com/portal-old" },
        };
        const newState = { inputs: { identifier: "https://api.acme.com/portal" } };
        const diff = {
            diffReasons: ["identifier"],
            replaceReasons: ["identifier"],
            detailedDiff: { identifier: { kind: "update-replace", inputDiff: false } },
            oldState,
            newState,
        };
        const report = driftOf("prod", {
            steps: [step("create-replacement", diff), step("replace", diff), step("delete-replaced", diff)],
        });
        const markdown = renderDriftMarkdown(report);
        expect(markdown.match(/^### /gm)).toHaveLength(1);
        expect(markdown).toContain("`portal-audience-api` would be replaced");
        expect(markdown).toContain(
            '| `identifier` | `"https://api.acme.com/portal-old"` | `"https://api.acme.com/portal"` | differs, forces replacement |',
        );
    });

    it("names a resource deleted by hand as one to be created", () => {
        const report = driftOf("prod", {
            steps: [step("create", { newState: { inputs: { identifier: "https://api.acme.com/portal" } } })],
        });
        expect(renderDriftMarkdown(report)).toContain(
            "`portal-audience-api` is missing (deleted outside Pulumi?) and would be created",
        );
    });

    it("says 1 resource differs, in the singular, and N resources differ otherwise", () => {
        const one = renderDriftMarkdown(driftOf("prod", { steps: [step("update")] }));
        expect(one).toContain("## Drift in `prod`: 1 resource differs from the stack\n");
        expect(one).not.toMatch(/1 resources|resource differ /);
        const other = {
            ...step("update"),
            urn: "urn:pulumi:prod::konnect-auth0-dcr::auth0:index/client:Client::dcr-admin-client",
        };
        const two = renderDriftMarkdown(driftOf("prod", { steps: [step("update"), other] }));
        expect(two).toContain("## Drift in `prod`: 2 resources differ from the stack\n");
    });

    it("reports a failed preview as a failure with its errors, not as no drift", () => {
        const report = driftOf("dev", {
            diagnostics: [
                {
                    severity: "error",
                    message: "auth0:index:Client (dcr-admin-client): 401 Unauthorized: invalid credentials",
                },
                { severity: "info", message: "x" },
            ],
        });
        expect(exitCodeOf(report)).toBe(2);
        expect(renderDriftMarkdown(report)).toContain("## Drift check of `dev` failed");
        expect(renderDriftMarkdown(report)).toContain("401 Unauthorized");
        expect(renderDriftMarkdown(report)).toContain("with what is deployed (1 error):");
        const twice = driftOf("dev", {
            diagnostics: [
                { severity: "error", message: "a" },
                { severity: "error", message: "b" },
            ],
        });
        expect(renderDriftMarkdown(twice)).toContain("with what is deployed (2 errors):");
    });

    it("hides a dynamic provider's serialized code", () => {
        const report = driftOf("dev", {
            steps: [step("update", { detailedDiff: { __provider: { kind: "update" }, name: { kind: "update" } } })],
        });
        expect(report.resources[0].fields.map((f) => f.path)).toEqual(["name"]);
    });
});

describe("report building blocks", () => {
    it("reads type and name from nested URNs", () => {
        expect(
            parseUrn(
                "urn:pulumi:dev::konnect-auth0-dcr::pulumi:pulumi:Stack$konnect-auth0-dcr:auth0:DcrAdmin$auth0:index/client:Client::dcr-admin-client",
            ),
        ).toEqual({
            type: "auth0:index/client:Client",
            name: "dcr-admin-client",
        });
    });

    it("reads values by the CLI's property paths", () => {
        const value = { scopes: ["a", "b"], jwt: { alg: "RS256" }, labels: { "managed-by": "x" } };
        expect(valueAt(value, "scopes[1]")).toBe("b");
        expect(valueAt(value, "jwt.alg")).toBe("RS256");
        expect(valueAt(value, 'labels["managed-by"]')).toBe("x");
        expect(valueAt(value, "missing.deeper")).toBeUndefined();
    });

    it("counts in the singular for one and the plural otherwise", () => {
        expect([0, 1, 2].map((n) => count(n, "resource differs", "resources differ"))).toEqual([
            "0 resources differ",
            "1 resource differs",
            "2 resources differ",
        ]);
    });

    it("keeps table cells on one line and out of the table syntax", () => {
        expect(cell("a|b\nc")).toBe('`"a\\|b\\nc"`');
        expect(cell("x".repeat(200)).length).toBeLessThanOrEqual(122);
        expect(cell("[secret]")).toBe('`"[secret]"`');
    });
});

describe("npm run drift:summary", () => {
    const io = () => {
        const out: string[] = [];
        const err: string[] = [];
        return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
    };

    it("prints the report and exits 1 on drift", () => {
        const { out, io: streams } = io();
        expect(main(["--stack", "dev", SAMPLE], streams)).toBe(1);
        expect(out.join("\n")).toContain("## Drift in `dev`");
    });

    it("exits 2 on a file that is not preview JSON, and on an empty one (the preview failed before printing)", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-"));
        fs.writeFileSync(path.join(dir, "bad.json"), "error: no stack named dev");
        fs.writeFileSync(path.join(dir, "empty.json"), "");
        const bad = io();
        expect(main(["--stack", "dev", path.join(dir, "bad.json")], bad.io)).toBe(2);
        expect(bad.err.join("\n")).toContain("cannot read");
        const empty = io();
        expect(main(["--stack=dev", path.join(dir, "empty.json")], empty.io)).toBe(2);
        expect(empty.out.join("\n")).toContain("printed no JSON");
        expect(main([SAMPLE], io().io)).toBe(2);
    });
});

describe("readOnlyStackFile", () => {
    const stackFile = [
        "# Production.",
        "environment:",
        "  - konnect-auth0-dcr/prod",
        "config:",
        "  auth0:domain: acme.eu.auth0.com",
        "  auth0:clientId: Q3wE5rT7yU9iO1pA3sD5fG7hJ9kL1zX3",
        "  auth0:clientSecret:",
        "    secure: v1:abc:def",
        "  konnect-auth0-dcr:konnectToken:",
        "    secure: v1:ghi:jkl",
        "  konnect-auth0-dcr:portalAudience: https://api.acme.com/portal # the audience",
        "",
    ].join("\n");

    it("drops the ESC imports and the credential settings, and keeps every other setting", () => {
        const { text, removed } = readOnlyStackFile(stackFile);
        expect(removed).toEqual({
            environments: ["konnect-auth0-dcr/prod"],
            keys: ["auth0:clientId", "auth0:clientSecret", "konnect-auth0-dcr:konnectToken"],
        });
        expect(text).not.toMatch(/environment:|clientId|clientSecret|konnectToken|secure/);
        expect(text).toContain("auth0:domain: acme.eu.auth0.com");
        expect(text).toContain("konnect-auth0-dcr:portalAudience: https://api.acme.com/portal # the audience");
    });

    it("keeps list settings as the YAML lists they are", () => {
        const listed = [
            "config:",
            "  auth0:clientId: Q3wE5rT7yU9iO1pA3sD5fG7hJ9kL1zX3",
            "  konnect-auth0-dcr:konnectApiIds:",
            "    - 9f5061ce-78f6-4452-9108-ad7c02821fd5",
            "    - 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
            "  konnect-auth0-dcr:konnectAuthMethods: [client_credentials, bearer]",
            "",
        ].join("\n");
        const { text } = readOnlyStackFile(listed);
        expect(load(text)).toEqual({
            config: {
                "konnect-auth0-dcr:konnectApiIds": [
                    "9f5061ce-78f6-4452-9108-ad7c02821fd5",
                    "2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f",
                ],
                "konnect-auth0-dcr:konnectAuthMethods": ["client_credentials", "bearer"],
            },
        });
        expect(text).toContain(
            "  konnect-auth0-dcr:konnectApiIds:\n    - 9f5061ce-78f6-4452-9108-ad7c02821fd5\n    - 2c1a7e1d-3b4f-4c5d-8e9f-0a1b2c3d4e5f\n",
        );
    });

    it("leaves a stack file without credentials as it is", () => {
        const plain = "config:\n  auth0:domain: acme-dev.us.auth0.com\n";
        expect(readOnlyStackFile(plain)).toEqual({ text: plain, removed: { environments: [], keys: [] } });
    });

    it("also drops the Auth0 provider's other credential settings and every setting the program refuses", () => {
        expect(CREDENTIAL_KEYS).toEqual(
            expect.arrayContaining(["auth0:clientId", ...Object.keys(CREDENTIAL_SETTINGS)]),
        );
        const other = "config:\n  auth0:domain: d\n  auth0:apiToken:\n    secure: v1:x\n";
        expect(readOnlyStackFile(other)).toEqual({
            text: "config:\n  auth0:domain: d\n",
            removed: { environments: [], keys: ["auth0:apiToken"] },
        });
    });

    const run = (argv: string[], root: string) => {
        const out: string[] = [];
        const err: string[] = [];
        const code = readOnlyMain(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, root);
        return { code, out, err };
    };

    it("writes a copy to --out and prints its path; the stack file is left exactly as it was", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackfile-"));
        const original = path.join(dir, "Pulumi.prod.yaml");
        fs.writeFileSync(original, stackFile);
        const before = fs.statSync(original).mtimeMs;
        const copy = path.join(dir, "read-only", "nested", "Pulumi.prod.yaml");
        const { code, out, err } = run(["--stack", "prod", "--out", copy], dir);
        expect(code).toBe(0);
        expect(out).toEqual([copy]);
        expect(fs.readFileSync(original, "utf8")).toBe(stackFile);
        expect(fs.statSync(original).mtimeMs).toBe(before);
        expect(fs.readFileSync(copy, "utf8")).toBe(readOnlyStackFile(stackFile).text);
        expect(fs.statSync(copy).mode & 0o777).toBe(0o600);
        // Names only, never values.
        expect(err.join("\n")).toContain("without ESC imports [konnect-auth0-dcr/prod]");
        expect(err.join("\n")).toContain("auth0:clientId");
        expect([...out, ...err].join("\n")).not.toMatch(/Q3wE5|v1:/);
        // A relative --out is relative to the project folder; --out=<file> works too.
        expect(run(["--stack=prod", "--out=ro.yaml"], dir).out).toEqual([path.join(dir, "ro.yaml")]);
    });

    it("by default writes the copy in a new temp directory, never beside the stack file", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackfile-"));
        fs.writeFileSync(path.join(dir, "Pulumi.prod.yaml"), stackFile);
        const first = run(["--stack", "prod"], dir);
        const second = run(["--stack", "prod"], dir);
        expect(first.code).toBe(0);
        const [copy] = first.out;
        expect(path.dirname(path.dirname(copy))).toBe(os.tmpdir());
        expect(path.basename(copy)).toBe("Pulumi.prod.yaml");
        expect(second.out[0]).not.toBe(copy);
        expect(fs.readFileSync(copy, "utf8")).not.toContain("clientId");
        expect(fs.readdirSync(dir)).toEqual(["Pulumi.prod.yaml"]);
        expect(fs.readFileSync(path.join(dir, "Pulumi.prod.yaml"), "utf8")).toBe(stackFile);
    });

    it("refuses to write over the stack file, under any of its names, and a missing stack or value", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackfile-"));
        fs.writeFileSync(path.join(dir, "Pulumi.prod.yaml"), stackFile);
        fs.symlinkSync(path.join(dir, "Pulumi.prod.yaml"), path.join(dir, "link.yaml"));
        for (const out of [
            "Pulumi.prod.yaml",
            path.join(dir, "Pulumi.prod.yaml"),
            "./sub/../Pulumi.prod.yaml",
            "link.yaml",
        ]) {
            const refused = run(["--stack", "prod", "--out", out], dir);
            expect([out, refused.code, refused.out]).toEqual([out, 2, []]);
            expect(refused.err.join("\n")).toContain("is the stack file itself");
        }
        expect(fs.readFileSync(path.join(dir, "Pulumi.prod.yaml"), "utf8")).toBe(stackFile);
        expect(run(["--stack", "staging"], dir).code).toBe(2);
        expect(run(["--stack", "prod", "--out"], dir).code).toBe(2);
        expect(run([], dir).code).toBe(2);
    });
});
