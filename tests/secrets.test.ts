import { isSecretValue, ProgramRun, runProgramOffline } from "../offline/programRunner";
import { OFFLINE_ADMIN_CLIENT_SECRET } from "../offline/mockOutputs";

/** JSON of a value with every secret replaced by "[secret]": what would be readable in plaintext. */
function plaintextOf(value: unknown): string {
    return JSON.stringify(value, (_key, v) => (isSecretValue(v) ? "[secret]" : v));
}

describe.each(["dev", "prod"])("secrets in the %s stack", (stack) => {
    let run: ProgramRun;
    let secrets: string[];

    beforeAll(async () => {
        run = await runProgramOffline({ stack });
        secrets = [OFFLINE_ADMIN_CLIENT_SECRET, ...Object.values(run.placeholderSecrets)];
    });

    it("supplies the secrets the scan looks for", () => {
        expect(Object.keys(run.placeholderSecrets)).toEqual(
            expect.arrayContaining(["konnect-auth0-dcr:konnectToken", "auth0:clientSecret"]),
        );
        expect(run.outputs.dcrAdminClientSecret).toBe(OFFLINE_ADMIN_CLIENT_SECRET);
    });

    it("exports the admin client secret as a secret, and only secrets as secrets", () => {
        expect(run.secretOutputNames).toEqual(["dcrAdminClientSecret"]);
    });

    it("keeps every secret out of the plaintext of every registered input and output", () => {
        for (const resource of run.resources) {
            const text = plaintextOf({ inputs: resource.inputs, outputs: resource.outputs });
            for (const secret of secrets) {
                expect({ resource: resource.urn, leaks: text.includes(secret) }).toEqual({
                    resource: resource.urn,
                    leaks: false,
                });
            }
        }
    });

    // What the provider keeps in state (a hash, never the secret) is its own code's doing, proved against the
    // emulator in konnectProviderLifecycle.test.ts; here the mocks answer for it, so only the input is checked.
    it("hands the admin secret to Konnect's DCR provider only as a secret input", () => {
        const provider = run.resources.find((r) => r.type === "pulumi-nodejs:dynamic/konnect:DcrProvider")!;
        expect(isSecretValue(provider.inputs.initialClientSecret)).toBe(true);
        expect(plaintextOf(provider.inputs.initialClientSecret)).toBe('"[secret]"');
    });

    it("serializes the four Konnect providers (the verification included)' code without any secret in it", () => {
        const code = run.resources
            .filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"))
            .map((r) => String(r.inputs.__provider));
        expect(code).toHaveLength(4);
        for (const text of code) {
            expect(text.length).toBeGreaterThan(1000);
            for (const secret of secrets) expect(text).not.toContain(secret);
        }
    });

    it("keeps every secret out of the non-secret stack outputs", () => {
        const plain = Object.fromEntries(
            Object.entries(run.outputs).filter(([name]) => !run.secretOutputNames.includes(name)),
        );
        const text = JSON.stringify(plain);
        for (const secret of secrets) {
            expect(text).not.toContain(secret);
        }
    });
});
