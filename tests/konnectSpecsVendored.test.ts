/**
 * The project's copies of Kong's OpenAPI documents are unmodified: each matches the SHA-256 recorded when it
 * was copied (specs/konnect/SHA256SUMS).
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

const vendored = path.join(__dirname, "..", "specs", "konnect");
const sums = fs
    .readFileSync(path.join(vendored, "SHA256SUMS"), "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(/\s+\.\//))
    .map(([sha256, file]) => ({ sha256, file }));

describe("vendored Konnect OpenAPI documents", () => {
    it("lists the five documents the project uses", () => {
        expect(sums.map((s) => s.file).sort()).toEqual(
            [
                "api-builder/v3",
                "application-auth-strategies/v2",
                "dev-portal/v3",
                "portal-management/v2",
                "portal-management/v3",
            ].map((d) => `${d}/openapi.yaml`),
        );
    });

    it.each(sums)("$file is unmodified", ({ file, sha256 }) => {
        const text = fs.readFileSync(path.join(vendored, file));
        expect(text.toString("utf8")).toMatch(/^openapi: 3\./m);
        expect(createHash("sha256").update(text).digest("hex")).toBe(sha256);
    });
});
