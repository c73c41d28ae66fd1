import { AUTH0_GENERATED_CLIENT_SECRET } from "../../policies/lib/resourceTypes";
import { secretsStaySecret } from "../../policies/rules/secretsStaySecret";
import { dcrStack, replaced, run, target, UNKNOWN, violations, withOpts, withProps } from "../support/policyHarness";

const policy = secretsStaySecret;
const SECRET = "s3cr3t-admin-client-secret-value";

describe("secrets-stay-secret", () => {
    it("passes credentials with clientSecret as a secret output and a provider that keeps only a salted hash", async () => {
        const outcome = await run(policy, dcrStack().all());
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual(["stack"]);
    });

    it("rejects credentials whose clientSecret is not an additional secret output", async () => {
        const stack = dcrStack();
        const outcome = await run(
            policy,
            replaced(stack.all(), withOpts(stack.credentials, { additionalSecretOutputs: [] })),
        );
        expect(violations(outcome)).toEqual([
            'ClientCredentials "dcr-admin-credentials": clientSecret is not in additionalSecretOutputs, so the state would hold the admin secret in plaintext.',
        ]);
    });

    it("accepts the generated admin secret (dcrAdminSecretVersion) as a secret output, and rejects it as a plain one", async () => {
        const stack = dcrStack();
        const generated = (additionalSecretOutputs: string[]) =>
            target(
                AUTH0_GENERATED_CLIENT_SECRET,
                "dcr-admin-secret",
                { version: 2, secret: SECRET },
                {
                    opts: { additionalSecretOutputs },
                },
            );
        expect((await run(policy, [...stack.all(), generated(["secret"])])).results).toEqual([]);
        expect(violations(await run(policy, [...stack.all(), generated([])]))).toEqual([
            'GeneratedClientSecret "dcr-admin-secret": secret is not in additionalSecretOutputs, so the state would hold the generated admin secret in plaintext.',
        ]);
    });

    it("rejects a DCR provider that returns the initial client secret next to its hash", async () => {
        const stack = dcrStack();
        const outcome = await run(
            policy,
            replaced(stack.all(), withProps(stack.provider, { initialClientSecret: SECRET }, "outputs")),
        );
        expect(violations(outcome)).toEqual([
            'DcrProvider "konnect-dcr-provider": returns the initialClientSecret next to its hash; the provider must return only the hash.',
        ]);
    });

    it("accepts the planned state of a preview, where a dynamic resource's outputs are its inputs", async () => {
        const stack = dcrStack();
        const planned = { ...stack.provider, outputs: stack.provider.inputs };
        expect(planned.outputs.initialClientSecret).toBe(SECRET);
        expect((await run(policy, replaced(stack.all(), planned))).results).toEqual([]);
    });

    it("finds the admin secret copied into another output of the DCR provider", async () => {
        const stack = dcrStack();
        const outcome = await run(
            policy,
            replaced(stack.all(), withProps(stack.provider, { dcrConfig: { initial: SECRET } }, "outputs")),
        );
        expect(violations(outcome)).toEqual([
            'DcrProvider "konnect-dcr-provider": the DCR admin client secret appears in plain state at dcrConfig.initial.',
        ]);
    });

    it("rejects other secret-like outputs and a provider without a hash", async () => {
        const stack = dcrStack();
        const provider = withProps(
            stack.provider,
            { clientSecretPlain: "x", initialClientSecretHash: undefined },
            "outputs",
        );
        const outcome = await run(policy, replaced(stack.all(), provider));
        expect(violations(outcome)).toEqual([
            'DcrProvider "konnect-dcr-provider": keeps no hash of the initial client secret, so a rotated secret would go unnoticed.',
            'DcrProvider "konnect-dcr-provider": has outputs clientSecretPlain that may hold the secret; keep only a hash.',
        ]);
    });

    it("finds the admin secret captured in a dynamic provider's serialized code", async () => {
        const stack = dcrStack();
        const strategy = withProps(
            stack.strategy,
            { __provider: `exports.handler = function () { const secret = "${SECRET}"; }` },
            "outputs",
        );
        const outcome = await run(policy, replaced(stack.all(), strategy));
        expect(violations(outcome)).toEqual([
            'ApplicationAuthStrategy "konnect-auth-strategy": the DCR admin client secret appears in plain state at __provider.',
        ]);
    });

    it("finds a Konnect token anywhere in the state, stack outputs included", async () => {
        const stack = dcrStack();
        const token = "kpat_" + "A".repeat(40);
        const binding = withProps(stack.binding, { headers: { authorization: `Bearer ${token}` } }, "outputs");
        const root = withProps(stack.root, { konnectToken: token }, "outputs");
        const outcome = await run(policy, replaced(stack.all(), binding, root));
        expect(violations(outcome)).toEqual([
            'PortalAuthStrategyBinding "konnect-portal-binding": a Konnect access token appears in state at headers.authorization.',
            "The stack outputs hold a Konnect access token at konnectToken.",
        ]);
    });

    it("flags the Konnect token in any resource's environment (only the dynamic-provider host's setting carries it)", async () => {
        const token = "spat_" + "B".repeat(40);
        const stack = dcrStack();
        const command = target("command:local:Command", "konnect-portal-dcr-verify", {
            create: "node verify.js",
            environment: { KONNECT_TOKEN: token },
        });
        expect(violations(await run(policy, [...stack.all(), command]))).toEqual([
            'Command "konnect-portal-dcr-verify": a Konnect access token appears in state at environment.KONNECT_TOKEN.',
        ]);
    });

    it("allows the token as the dynamic-provider host's secret stack setting, and nowhere else on that provider", async () => {
        // What the engine shows the pack: the host's provider carries the stack configuration for `configure`.
        const token = "kpat_" + "C".repeat(40);
        const stack = dcrStack();
        const host = target("pulumi:providers:pulumi-nodejs", "default", {
            "konnect-auth0-dcr:konnectToken": token,
            "konnect-auth0-dcr:environment": "dev",
        });
        expect((await run(policy, [...stack.all(), host])).results).toEqual([]);
        const elsewhere = withProps(host, { "konnect-auth0-dcr:portalAudience": `https://api.example/${token}` });
        expect(violations(await run(policy, [...stack.all(), elsewhere]))).toEqual([
            'pulumi-nodejs "default": a Konnect access token appears in state at konnect-auth0-dcr:portalAudience.',
        ]);
    });

    it("does not flag the stack outputs for holding the admin secret (they are wrapped with pulumi.secret)", async () => {
        const stack = dcrStack();
        const outcome = await run(
            policy,
            replaced(stack.all(), withProps(stack.root, { dcrAdminClientSecret: SECRET }, "outputs")),
        );
        expect(outcome.results).toEqual([]);
    });

    it("still checks the options and outputs during a first preview, when the secret's value is unknown", async () => {
        const stack = dcrStack();
        const credentials = withOpts(withProps(stack.credentials, { clientSecret: UNKNOWN }, "outputs"), {
            additionalSecretOutputs: [],
        });
        const strategy = withProps(stack.strategy, { dcrProviderId: UNKNOWN }, "outputs");
        const outcome = await run(policy, replaced(stack.all(), credentials, strategy));
        expect(outcome.results).toEqual([
            expect.objectContaining({
                kind: "violation",
                level: "mandatory",
                message: expect.stringContaining("clientSecret is not in additionalSecretOutputs"),
            }),
        ]);
    });
});
