import * as pulumi from "@pulumi/pulumi";
import { DCR_MANAGEMENT_SCOPES, dcrGrantScopes } from "../auth0/dcrScopes";
import { DcrAdmin } from "../components/dcrAdmin";
import { installRecordingMocks, isSecretValue, RegistrationRecorder } from "../offline/programRunner";
import { OFFLINE_ADMIN_CLIENT_SECRET } from "../offline/mockOutputs";
import { byType, valueOf } from "./support/registrations";

describe("DcrAdmin registers a least-privilege machine-to-machine app on the Management API", () => {
    let recorder: RegistrationRecorder;
    let admin: DcrAdmin;

    beforeAll(async () => {
        recorder = await installRecordingMocks("dev");
        admin = new DcrAdmin("dcr-admin", {
            applicationName: "Konnect Portal DCR Admin (dev)",
            managementApiAudience: "https://acme-dev.us.auth0.com/api/v2/",
            scopes: dcrGrantScopes(false),
        });
        await valueOf(admin.clientSecret);
    });
    afterAll(() => pulumi.runtime.disconnect());

    it("creates a non_interactive client with only client_credentials and no browser settings", () => {
        const client = byType(recorder, "auth0:index/client:Client");
        expect(client.name).toBe("dcr-admin-client");
        expect(client.inputs).toMatchObject({
            name: "Konnect Portal DCR Admin (dev)",
            appType: "non_interactive",
            grantTypes: ["client_credentials"],
            callbacks: [],
            allowedOrigins: [],
            webOrigins: [],
        });
    });

    it("grants exactly the nine DCR scopes, sorted, on the Management API audience, deleting before replacing", () => {
        const grant = byType(recorder, "auth0:index/clientGrant:ClientGrant");
        expect(grant.inputs.audience).toBe("https://acme-dev.us.auth0.com/api/v2/");
        expect(grant.inputs.scopes).toEqual([...DCR_MANAGEMENT_SCOPES].sort());
        expect(grant.inputs.scopes).toHaveLength(9);
        expect(grant.inputs.subjectType).toBe("client");
        expect(grant.inputs).not.toHaveProperty("allowAllScopes");
        expect(grant.options.deleteBeforeReplace).toBe(true);
    });

    it("ties the grant and the credentials to the client", () => {
        const client = byType(recorder, "auth0:index/client:Client");
        const grant = byType(recorder, "auth0:index/clientGrant:ClientGrant");
        const credentials = byType(recorder, "auth0:index/clientCredentials:ClientCredentials");
        expect(grant.inputs.clientId).toBe(client.outputs.clientId);
        expect(grant.dependencies).toContain(client.urn);
        expect(credentials.inputs).toMatchObject({
            clientId: client.outputs.clientId,
            authenticationMethod: "client_secret_post",
        });
        expect(credentials.dependencies).toContain(client.urn);
        expect(credentials.options.additionalSecretOutputs).toContain("clientSecret");
    });

    it("parents every child under the component", () => {
        const component = byType(recorder, "konnect-auth0-dcr:auth0:DcrAdmin");
        for (const type of [
            "auth0:index/client:Client",
            "auth0:index/clientGrant:ClientGrant",
            "auth0:index/clientCredentials:ClientCredentials",
        ]) {
            expect(byType(recorder, type).parent).toBe(component.urn);
        }
    });

    it("exposes the client id and a secret client secret", async () => {
        expect(await valueOf(admin.clientId)).toBe(byType(recorder, "auth0:index/client:Client").outputs.clientId);
        expect(await pulumi.isSecret(admin.clientSecret)).toBe(true);
        expect(await valueOf(admin.clientSecret)).toBe(OFFLINE_ADMIN_CLIENT_SECRET);
        expect(
            isSecretValue(byType(recorder, "auth0:index/clientCredentials:ClientCredentials").outputs.clientSecret),
        ).toBe(true);
    });
});

describe("dcrGrantScopes", () => {
    it("adds read:resource_servers only with developer-managed scopes", () => {
        expect(dcrGrantScopes(false)).not.toContain("read:resource_servers");
        expect(dcrGrantScopes(true)).toEqual([...DCR_MANAGEMENT_SCOPES, "read:resource_servers"].sort());
    });

    it("returns a fresh, sorted list each time", () => {
        const scopes = dcrGrantScopes(false);
        scopes.push("delete:users");
        expect(dcrGrantScopes(false)).toEqual([...scopes.slice(0, 9)].sort());
        expect(dcrGrantScopes(false)).toEqual([...dcrGrantScopes(false)].sort());
    });
});

describe("DcrAdmin where no engine marks the credentials' output secret", () => {
    // The engine encrypts ClientCredentials.clientSecret through additionalSecretOutputs; a mock (like any runtime
    // without an engine) hands it back plain. The component's own output must stay a secret regardless.
    const PLAIN = "plain-client-secret-from-a-provider-0001";
    let admin: DcrAdmin;

    beforeAll(async () => {
        await pulumi.runtime.setMocks(
            {
                newResource: (args) => ({
                    id: `${args.name}-id`,
                    state: {
                        ...args.inputs,
                        clientId: "AbCdEfGhIjKlMnOpQrStUvWxYz012345",
                        ...(args.type === "auth0:index/clientCredentials:ClientCredentials"
                            ? { clientSecret: PLAIN }
                            : {}),
                    },
                }),
                call: () => ({}),
            },
            "konnect-auth0-dcr",
            "dev",
        );
        admin = new DcrAdmin("dcr-admin", {
            applicationName: "Konnect Portal DCR Admin (dev)",
            managementApiAudience: "https://acme-dev.us.auth0.com/api/v2/",
            scopes: dcrGrantScopes(false),
        });
    });
    afterAll(() => pulumi.runtime.disconnect());

    it("still exposes the client secret as a secret", async () => {
        expect(await valueOf(admin.clientSecret)).toBe(PLAIN);
        expect(await pulumi.isSecret(admin.clientSecret)).toBe(true);
    });
});
