/**
 * What a failed Konnect call tells the user, part by part: Konnect's problem+json body as its OpenAPI documents
 * define it (`status`, `title`, `detail`, `instance` = `kong:trace:<id>`, `invalid_parameters[]` of `field`,
 * `rule`, `reason`), the roles Kong's DCR guide names for each object (DCR Provider Creator, Auth Strategy
 * Creator, Portal Admin/Viewer/Creator, API Publisher/Viewer), and how retries that gave up are reported.
 */
import { describeOperation, KonnectApiError, likelyMissingRole, parseProblem } from "../konnect/errors";

describe("parseProblem", () => {
    it("reads Konnect's problem+json example as it is documented", () => {
        const body = {
            status: 400,
            title: "Invalid Request",
            instance: "kong:trace:1433447772874964729",
            detail: "Invalid Parameters",
            invalid_parameters: [
                {
                    field: "my_property",
                    rule: "unknown_property",
                    reason: '"my_property" is not allowed',
                    source: "body",
                },
            ],
        };
        expect(parseProblem(400, JSON.stringify(body))).toEqual({
            status: 400,
            title: "Invalid Request",
            detail: "Invalid Parameters",
            instance: "kong:trace:1433447772874964729",
            invalidParameters: [
                { field: "my_property", reason: '"my_property" is not allowed', rule: "unknown_property" },
            ],
        });
    });

    it("takes the HTTP status when the body has none, and a message field as the detail", () => {
        expect(parseProblem(404, { message: "Not found" })).toEqual({
            status: 404,
            title: undefined,
            detail: "Not found",
            instance: undefined,
            invalidParameters: [],
        });
        expect(parseProblem(409, { status: "409", detail: "" })).toMatchObject({ status: 409, detail: undefined });
    });

    it("reads an invalid parameter without a reason by its rule, without either as invalid, and skips non-objects", () => {
        const problem = parseProblem(400, {
            invalid_parameters: [{ field: "a", rule: "required" }, { reason: "bad" }, {}, "junk", null],
        });
        expect(problem.invalidParameters).toEqual([
            { field: "a", reason: "required", rule: "required" },
            { field: "?", reason: "bad", rule: undefined },
            { field: "?", reason: "invalid", rule: undefined },
        ]);
        expect(parseProblem(400, { invalid_parameters: "a" }).invalidParameters).toEqual([]);
    });

    it("keeps the first 500 characters of a body that is not JSON, and reads an empty or blank body as no problem", () => {
        const long = `<html>${"x".repeat(600)}</html>`;
        expect(parseProblem(502, long)).toEqual({ status: 502, detail: long.slice(0, 500), invalidParameters: [] });
        expect(parseProblem(503, "  ")).toEqual({
            status: 503,
            title: undefined,
            detail: undefined,
            instance: undefined,
            invalidParameters: [],
        });
        expect(parseProblem(500, null)).toMatchObject({ status: 500, invalidParameters: [] });
    });
});

describe("describeOperation", () => {
    it("names the action and kind, then the name and id when known", () => {
        expect(describeOperation({ action: "delete", kind: "application auth strategy" })).toBe(
            "delete application auth strategy",
        );
        expect(describeOperation({ action: "read", kind: "Dev Portal", id: "p-1" })).toBe("read Dev Portal (p-1)");
    });
});

describe("likelyMissingRole", () => {
    it("names the role Kong's DCR guide gives for each object, the viewer role for reads", () => {
        const role = (action: "read" | "update", kind: Parameters<typeof likelyMissingRole>[0]["kind"]) =>
            likelyMissingRole({ action, kind });
        expect(role("update", "DCR provider")).toBe('"DCR Provider Creator"');
        expect(role("update", "application auth strategy")).toBe('"Auth Strategy Creator"');
        expect(role("read", "Dev Portal")).toBe('"Portal Viewer" (or "Portal Admin")');
        expect(role("update", "Dev Portal")).toBe('"Portal Admin" on this portal (or "Portal Creator")');
        expect(role("read", "classic portal")).toBe('"Portal Viewer" (or "Portal Admin")');
        expect(role("update", "classic portal")).toBe('"Portal Admin" on this portal (or "Portal Creator")');
        expect(role("read", "API")).toBe('"API Viewer" on the API (or "API Publisher")');
        expect(role("read", "API publication")).toBe('"API Viewer" on the API (or "API Publisher")');
        expect(role("update", "API publication")).toBe('"API Publisher" on the API (and "Portal Admin" on the portal)');
        expect(role("read", "portal product version")).toBe('"Portal Viewer" (or "Portal Admin")');
        expect(role("update", "portal product version")).toBe(
            '"Portal Admin" on the classic portal (or "Product Publisher" on the API product)',
        );
    });
});

describe("KonnectApiError", () => {
    const operation = { action: "update", kind: "DCR provider", name: "auth0-dcr-dev", id: "93f8" } as const;

    it("is an Error named KonnectApiError whose text is its message, with a stack", () => {
        const error = new KonnectApiError({ operation, status: 500 });
        expect(error).toBeInstanceOf(Error);
        expect(error.name).toBe("KonnectApiError");
        expect(String(error)).toBe(`KonnectApiError: ${error.message}`);
        expect(error.stack).toContain("KonnectApiError");
        expect(error.operation).toBe('update DCR provider "auth0-dcr-dev" (93f8)');
    });

    it("states a detail equal to the title once, and a status with no title alone", () => {
        const same = new KonnectApiError({
            operation,
            status: 409,
            problem: parseProblem(409, { title: "Conflict", detail: "Conflict" }),
        });
        expect(same.message).toBe('Konnect: update DCR provider "auth0-dcr-dev" (93f8) failed with 409 Conflict');
        const bare = new KonnectApiError({ operation, status: 500 });
        expect(bare.message).toBe('Konnect: update DCR provider "auth0-dcr-dev" (93f8) failed with 500');
        expect(bare.status).toBe(500);
    });

    it("takes the status from the problem when the call gave none", () => {
        const error = new KonnectApiError({ operation, problem: parseProblem(418, { title: "Teapot" }) });
        expect(error.status).toBe(418);
        expect(error.title).toBe("Teapot");
        expect(error.message).toBe('Konnect: update DCR provider "auth0-dcr-dev" (93f8) failed with 418 Teapot');
    });

    it("reports a transport failure, a hint, the attempts and time spent, and Konnect's trace id, in that order", () => {
        const error = new KonnectApiError({
            operation,
            transport: "the connection was closed before a response arrived (ECONNRESET)",
            hint: "Run pulumi refresh, then pulumi up.",
            attempts: 3,
            elapsedMs: 2_345,
            problem: { invalidParameters: [], instance: "kong:trace:42" },
        });
        expect(error.message).toBe(
            [
                'Konnect: update DCR provider "auth0-dcr-dev" (93f8) failed: the connection was closed before a response arrived (ECONNRESET)',
                "Run pulumi refresh, then pulumi up.",
                "Gave up after 3 attempts over 2.3 s.",
                "Konnect trace id: kong:trace:42",
            ].join("\n"),
        );
        expect(error.instance).toBe("kong:trace:42");
        expect(error.attempts).toBe(3);
    });

    it("says nothing of attempts for a single one, and counts no time when none was measured", () => {
        expect(new KonnectApiError({ operation, status: 500, attempts: 1 }).message).not.toContain("Gave up");
        expect(new KonnectApiError({ operation, status: 503, attempts: 2 }).message).toContain(
            "Gave up after 2 attempts over 0.0 s.",
        );
    });

    it("names the token's source on a 401 and a 403, and the default wording when the source is not known", () => {
        const rejected = new KonnectApiError({ operation, status: 401, tokenSource: "env:KONNECT_SPAT" });
        expect(rejected.message).toContain(
            "Konnect rejected the token from KONNECT_SPAT: it is invalid, expired or revoked, or belongs to another " +
                "region's organization. Create a new personal (kpat_) or system-account (spat_) token and set it there.",
        );
        expect(rejected.tokenSource).toBe("env:KONNECT_SPAT");
        const forbidden = new KonnectApiError({ operation: { action: "read", kind: "API" }, status: 403 });
        expect(forbidden.message).toContain(
            'The Konnect token is valid but not allowed to read APIs: its user or system account likely lacks the "API Viewer" on the API (or "API Publisher") role.',
        );
        expect(new KonnectApiError({ operation, status: 404 }).message).not.toContain("token");
    });

    it("scrubs the secrets from the detail, each invalid parameter's reason and the hint", () => {
        const secret = "s3cr3t-value";
        const error = new KonnectApiError({
            operation,
            status: 400,
            problem: parseProblem(400, {
                detail: `bad ${secret}`,
                invalid_parameters: [{ field: "x", reason: `was ${secret}`, rule: "r" }],
            }),
            hint: `try without ${secret}`,
            secrets: [secret],
        });
        expect(error.detail).toBe("bad [redacted]");
        expect(error.invalidParameters).toEqual([{ field: "x", reason: "was [redacted]", rule: "r" }]);
        expect(error.message).toContain("  - x: was [redacted]");
        expect(error.message).toContain("try without [redacted]");
        expect(error.message).not.toContain(secret);
    });
});
