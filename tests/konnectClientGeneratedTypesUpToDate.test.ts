/**
 * The committed Konnect API types are what `npm run generate:konnect-types` produces from the specs in
 * `specs/konnect/` today, so the typed client matches the published APIs.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..");
const generated = path.join(root, "konnect", "generated");

it("the committed files equal a fresh generation from the OpenAPI documents", () => {
    // A child process: openapi-typescript loads ES modules that jest's module loader cannot.
    const output = execFileSync(process.execPath, [path.join(root, "scripts", "generateKonnectTypes.js"), "--check"], {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
    });
    expect(output.trim()).toBe("Konnect types are up to date.");
});

it("the generated types cover every route the client calls", () => {
    const read = (file: string) => fs.readFileSync(path.join(generated, file), "utf8");
    const auth = read("applicationAuthStrategiesV2.d.ts");
    for (const route of [
        '"/dcr-providers"',
        '"/dcr-providers/{dcrProviderId}"',
        '"/dcr-providers/{dcrProviderId}/verify"',
        '"/application-auth-strategies"',
        '"/application-auth-strategies/{authStrategyId}"',
    ]) {
        expect(auth).toContain(route);
    }
    expect(read("portalManagementV3.d.ts")).toContain('"/portals/{portalId}"');
    expect(read("portalManagementV2.d.ts")).toContain('"/portals/{portalId}"');
    expect(read("portalManagementV2.d.ts")).toContain('"/portals/{portalId}/product-versions/{productVersionId}"');
    expect(read("apiBuilderV3.d.ts")).toContain('"/apis/{apiId}/publications/{portalId}"');
    expect(read("apiBuilderV3.d.ts")).toContain('"/apis/{apiId}"');
    expect(auth.split("\n")[1]).toContain('"Konnect Application Auth Strategies" 2.1.1');
});
