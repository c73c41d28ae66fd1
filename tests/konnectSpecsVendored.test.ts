/**
 * The project's copies of Kong's OpenAPI documents are unmodified: byte for byte the same as the copy in
 * KONNECT_SPECS_DIR, or the shared reference copy beside this checkout, when one of them is present.
 */
import * as fs from "fs";
import * as path from "path";

const vendored = path.join(__dirname, "..", "specs", "konnect");
const reference = process.env.KONNECT_SPECS_DIR ?? path.join(__dirname, "..", "..", "shared", "specs", "konnect");
const SPECS = ["application-auth-strategies/v2", "portal-management/v3", "portal-management/v2", "dev-portal/v3"];

describe("vendored Konnect OpenAPI documents", () => {
    it.each(SPECS)("%s is present and parses as OpenAPI 3", (spec) => {
        const text = fs.readFileSync(path.join(vendored, spec, "openapi.yaml"), "utf8");
        expect(text).toMatch(/^openapi: 3\./m);
    });

    const haveReference = path.resolve(reference) !== path.resolve(vendored) && fs.existsSync(reference);
    (haveReference ? it.each(SPECS) : it.skip.each(SPECS))("%s equals the reference copy", (spec) => {
        const ours = fs.readFileSync(path.join(vendored, spec, "openapi.yaml"));
        const theirs = fs.readFileSync(path.join(reference, spec, "openapi.yaml"));
        expect(ours.equals(theirs)).toBe(true);
    });
});
