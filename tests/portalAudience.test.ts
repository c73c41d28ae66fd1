import * as pulumi from "@pulumi/pulumi";
import { PortalAudience } from "../components/portalAudience";
import { installRecordingMocks, RegistrationRecorder } from "../offline/programRunner";
import { allOfType, byType, valueOf } from "./support/registrations";

afterAll(() => pulumi.runtime.disconnect());

describe("PortalAudience", () => {
    let recorder: RegistrationRecorder;

    beforeEach(async () => {
        recorder = await installRecordingMocks("dev");
    });

    it("creates an RS256 resource server without offline access, parented under the component", async () => {
        const audience = new PortalAudience("portal-audience", {
            identifier: "https://api.dev.acme.com/portal",
            displayName: "Acme Developer Portal API (dev)",
            create: true,
        });
        expect(await valueOf(audience.identifier)).toBe("https://api.dev.acme.com/portal");
        const api = byType(recorder, "auth0:index/resourceServer:ResourceServer");
        expect(api.inputs).toMatchObject({
            identifier: "https://api.dev.acme.com/portal",
            name: "Acme Developer Portal API (dev)",
            signingAlg: "RS256",
            allowOfflineAccess: false,
        });
        expect(api.options.additionalSecretOutputs).toContain("signingSecret");
        expect(api.parent).toBe(byType(recorder, "konnect-auth0-dcr:auth0:PortalAudience").urn);
        // The id the engine (here the mock monitor) gave the registered resource server, not its identifier.
        const registered = (pulumi.runtime.getMonitor() as any).getRegisteredResources().get(api.urn);
        expect(registered.id).toMatch(/\S/);
        expect(await valueOf(audience.resourceServerId)).toBe(registered.id);
    });

    it("looks up an existing API and creates no resource server", async () => {
        const audience = new PortalAudience("portal-audience", {
            identifier: "https://api.acme.com/portal",
            displayName: "ignored",
            create: false,
        });
        expect(await valueOf(audience.identifier)).toBe("https://api.acme.com/portal");
        expect(await valueOf(audience.resourceServerId)).toMatch(/^[0-9a-f]{24}$/);
        expect(audience.resourceServer).toBeUndefined();
        expect(allOfType(recorder, "auth0:index/resourceServer:ResourceServer")).toHaveLength(0);
    });
});
