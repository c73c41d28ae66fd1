import { REDACTED, Redactor } from "../../smoke/redact";
import { formatDuration, formatStep, Reporter } from "../../smoke/report";
import { applicationName } from "../../smoke/run";
import { describeResponse, HttpResponse } from "../../smoke/http";

const response = (status: number, statusText: string, body: unknown): HttpResponse => ({
    status,
    statusText,
    headers: new Headers(),
    text: typeof body === "string" ? body : JSON.stringify(body),
});

describe("redaction", () => {
    it("replaces every registered secret, also in its JSON- and URL-encoded forms", () => {
        const redactor = new Redactor(['pa"ss word']);
        redactor.add("s3cr3t/+=");
        const text = `a pa"ss word b ${JSON.stringify('pa"ss word')} c ${encodeURIComponent("s3cr3t/+=")} d s3cr3t/+=`;
        const out = redactor.redact(text);
        expect(out).not.toMatch(/ss word|s3cr3t/);
        expect(out.split(REDACTED)).toHaveLength(5);
    });

    it("removes a secret that contains another one whole", () => {
        const redactor = new Redactor(["abcdef", "xxabcdefxx"]);
        expect(redactor.redact("1 xxabcdefxx 2 abcdef")).toBe(`1 ${REDACTED} 2 ${REDACTED}`);
    });

    it("ignores empty secrets instead of redacting everything", () => {
        const redactor = new Redactor([""]);
        redactor.add(undefined);
        expect(redactor.redact("plain")).toBe("plain");
    });

    it("redacts every line the reporter writes", () => {
        let out = "";
        const secret = "eyJhbGciOiJSUzI1NiJ9.payload.signature";
        const reporter = new Reporter({ write: (t: string) => (out += t) }, new Redactor([secret]));
        reporter.step({
            name: "token",
            status: "failed",
            durationMs: 12,
            detail: `got ${secret}`,
            causes: [`${secret} again`],
        });
        reporter.progress("register", `${secret} pending`);
        expect(out).not.toContain(secret);
        expect(out.split(REDACTED)).toHaveLength(4);
    });
});

describe("step report lines", () => {
    it("formats durations in ms, seconds and minutes", () => {
        expect([formatDuration(120.4), formatDuration(4210), formatDuration(125_000)]).toEqual([
            "120 ms",
            "4.2 s",
            "2 m 05 s",
        ]);
    });

    it("prints a mark, the step, its duration and detail, and the likely causes indented below", () => {
        expect(
            formatStep({ name: "sign-in", status: "passed", durationMs: 120, detail: "as a@b.co", causes: [] }),
        ).toEqual(["✓ sign-in                 120 ms  as a@b.co"]);
        expect(
            formatStep({
                name: "route-basic",
                status: "failed",
                durationMs: 35,
                detail: "HTTP 403",
                causes: ["registration pending: x"],
            }),
        ).toEqual(["✗ route-basic              35 ms  HTTP 403", "      likely: registration pending: x"]);
        expect(
            formatStep({
                name: "register",
                status: "skipped",
                durationMs: 0,
                detail: "skipped: no --api-id",
                causes: [],
            }),
        ).toEqual(["- register                        skipped: no --api-id"]);
    });

    it("names applications after the stack and the time, so leftovers are easy to attribute", () => {
        expect(applicationName("acme/konnect-auth0-dcr/prod", Date.UTC(2026, 10, 26, 14, 30, 5, 123), "1a2b3c")).toBe(
            "smoke-prod-20261126T143005Z-1a2b3c",
        );
        expect(applicationName(undefined, 0, "x")).toBe("smoke-stack-19700101T000000Z-x");
    });
});

describe("response descriptions", () => {
    it("keeps the problem's detail, invalid parameters and trace id, without repeating the status text", () => {
        const body = {
            status: 400,
            title: "Bad Request",
            detail: "Invalid Parameters",
            instance: "kong:trace:42",
            invalid_parameters: [{ field: "name", reason: "is required" }],
        };
        expect(describeResponse(response(400, "Bad Request", body))).toBe(
            "HTTP 400 Bad Request: Invalid Parameters; name: is required (kong:trace:42)",
        );
    });

    it("reads OAuth errors and Kong gateway messages, and echoes no other body", () => {
        expect(
            describeResponse(
                response(403, "Forbidden", { error: "access_denied", error_description: "Client is not authorized" }),
            ),
        ).toBe("HTTP 403 Forbidden: access_denied: Client is not authorized");
        expect(describeResponse(response(401, "Unauthorized", { message: "Unauthorized" }))).toBe(
            "HTTP 401 Unauthorized: Unauthorized",
        );
        expect(describeResponse(response(500, "", "<html>client_secret=abc</html>"))).toBe("HTTP 500");
    });
});
