import { startKonnectEmulator, KonnectEmulator } from "../emulators/konnect";
import { execFile } from "child_process";
import * as path from "path";
import { verifyFromEnvironment } from "../verification/cli";
import { VERIFY_COMMAND } from "../components/konnectPortalDcr";

/** The verification script end to end: Konnect's verify endpoint and the issuer's discovery document, both on the emulator. */
describe("post-deploy verification against the Konnect emulator", () => {
    let konnect: KonnectEmulator;
    let providerId: string;

    beforeAll(async () => {
        konnect = await startKonnectEmulator();
        const response = await fetch(`${konnect.url}/v2/dcr-providers`, {
            method: "POST",
            headers: { authorization: `Bearer ${konnect.token}`, "content-type": "application/json" },
            body: JSON.stringify({
                name: "auth0-dcr-dev",
                provider_type: "auth0",
                issuer: konnect.url,
                dcr_config: { initial_client_id: "cid", initial_client_secret: "initial-secret-value-123" },
            }),
        });
        providerId = ((await response.json()) as { id: string }).id;
    });
    afterAll(() => konnect.close());

    const run = async (env: Record<string, string | undefined>) => {
        const lines: string[] = [];
        const code = await verifyFromEnvironment(env, (line) => lines.push(line));
        return { code, text: lines.join("\n") };
    };
    const envFor = (extra: Record<string, string | undefined> = {}) => ({
        DCR_VERIFY_SERVER_URL: konnect.url,
        DCR_VERIFY_PROVIDER_ID: providerId,
        DCR_VERIFY_PROVIDER_NAME: "auth0-dcr-dev",
        // Konnect is given the issuer without the trailing slash Auth0's discovery document carries.
        DCR_VERIFY_ISSUER: konnect.url,
        KONNECT_TOKEN: konnect.token,
        ...extra,
    });

    beforeEach(() => {
        konnect.setVerifyResult(providerId, { status: "success", errors: [] });
        konnect.setDiscoveryIssuer(`${konnect.url}/`);
    });

    it("passes when Konnect verifies the provider and discovery names the same issuer", async () => {
        const { code, text } = await run(envFor());
        expect(code).toBe(0);
        expect(text).toMatch(/^ok {3}dcr-provider-verify: /m);
        expect(text).toMatch(/^ok {3}issuer-discovery: /m);
        expect(
            konnect.requests.some((r) => r.method === "POST" && r.path === `/v2/dcr-providers/${providerId}/verify`),
        ).toBe(true);
    });

    it("fails, saying what to fix, when Konnect cannot verify the provider", async () => {
        konnect.setVerifyResult(providerId, { status: "failed", errors: ["Unable to create the DCR application"] });
        const { code, text } = await run(envFor());
        expect(code).toBe(1);
        expect(text).toContain("Unable to create the DCR application");
        expect(text).toMatch(/^fix dcr-provider-verify: .*nine DCR scopes/m);
    });

    it("fails when the issuer's discovery document names another issuer", async () => {
        konnect.setDiscoveryIssuer("https://login.acme.com/");
        const { code, text } = await run(envFor());
        expect(code).toBe(1);
        expect(text).toMatch(/^FAIL issuer-discovery: .*"https:\/\/login\.acme\.com\/"/m);
    });

    it("names the token setting on a 401 and never prints the token", async () => {
        const { code, text } = await run(envFor({ KONNECT_TOKEN: undefined, KONNECT_SPAT: "spat_wrongtokenvalue123" }));
        expect(code).toBe(1);
        expect(text).toContain("KONNECT_SPAT");
        expect(text).not.toContain("spat_wrongtokenvalue123");
    });

    it("refuses to run without its settings or a token", async () => {
        expect((await run({ KONNECT_TOKEN: konnect.token })).code).toBe(2);
        const noToken = await run(envFor({ KONNECT_TOKEN: undefined }));
        expect(noToken.code).toBe(2);
        expect(noToken.text).toMatch(/KONNECT_TOKEN/);
    });

    it("runs as the stack's Command runs it: the command string from the project directory, the token only in the environment", async () => {
        const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
            execFile(
                "/bin/sh",
                ["-c", VERIFY_COMMAND],
                { cwd: path.resolve(__dirname, ".."), env: { ...process.env, ...envFor() } },
                (error, stdout) => resolve({ code: error ? (error.code as number) : 0, stdout }),
            );
        });
        expect(result.stdout).toMatch(/^ok {3}dcr-provider-verify: /m);
        expect(result.code).toBe(0);
        expect(VERIFY_COMMAND).not.toContain(konnect.token);
    });
});
