/** The rotation workflow's step (`npm run rotate:raise`): when a stack is due, and raising its setting in place. */
import * as yaml from "js-yaml";
import { raiseSecretVersion, rotationDue } from "../scripts/rotateSecretVersion";

const STACK_FILE = [
    "# Development environment.",
    "config:",
    "  auth0:domain: acme-dev.us.auth0.com",
    "  # The rotation number.",
    "  konnect-auth0-dcr:dcrAdminSecretVersion: 4",
    "  konnect-auth0-dcr:konnectRegion: us",
    "",
].join("\n");

describe("raiseSecretVersion", () => {
    it("raises the number by one and keeps every other line, comments included", () => {
        const { from, to, text } = raiseSecretVersion(STACK_FILE);
        expect([from, to]).toEqual([4, 5]);
        expect(text).toBe(STACK_FILE.replace("dcrAdminSecretVersion: 4", "dcrAdminSecretVersion: 5"));
    });

    it("sets 1 in a stack file that never had the setting", () => {
        const { from, to, text } = raiseSecretVersion("config:\n  auth0:domain: acme-dev.us.auth0.com\n");
        expect([from, to]).toEqual([0, 1]);
        expect(yaml.load(text)).toEqual({
            config: { "auth0:domain": "acme-dev.us.auth0.com", "konnect-auth0-dcr:dcrAdminSecretVersion": 1 },
        });
    });

    it("refuses a value that is not a whole number, naming the setting", () => {
        expect(() => raiseSecretVersion("config:\n  konnect-auth0-dcr:dcrAdminSecretVersion: soon\n")).toThrow(
            /konnect-auth0-dcr:dcrAdminSecretVersion is "soon".*whole number/,
        );
    });
});

describe("rotationDue", () => {
    const now = new Date("2026-12-03T00:00:00Z");

    it("is due when the stack never rotated the secret", () => {
        expect(rotationDue(undefined, now, 90)).toBe(true);
    });

    it("is due 90 days after the last change, not a day before", () => {
        expect(rotationDue(new Date("2026-09-04T00:00:00Z"), now, 90)).toBe(true);
        expect(rotationDue(new Date("2026-09-05T00:00:00Z"), now, 90)).toBe(false);
    });

    it("refuses a period that is not a whole number of days from 1 on", () => {
        expect(() => rotationDue(undefined, now, 0)).toThrow("--period-days");
    });
});
