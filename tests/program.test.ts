import * as path from "path";
import { StackConfigError } from "../config/stackSettings";
import { dcrGrantScopes } from "../auth0/dcrScopes";
import { ProgramRun, RegisteredResource, runProgramOffline } from "../offline/programRunner";
import { allOfType, byType } from "./support/registrations";

const nameOf = (run: ProgramRun, urn: string | undefined) => run.resources.find((r) => r.urn === urn)?.name;
const parentType = (run: ProgramRun, r: RegisteredResource) => run.resources.find((p) => p.urn === r.parent)?.type;

describe("the program with Pulumi.dev.yaml", () => {
    let run: ProgramRun;
    beforeAll(async () => {
        run = await runProgramOffline({ stack: "dev" });
    });

    it("registers the Client, ClientGrant, ClientCredentials and ResourceServer under their components", () => {
        const expected: Array<[string, string]> = [
            ["auth0:index/client:Client", "konnect-auth0-dcr:auth0:DcrAdmin"],
            ["auth0:index/clientGrant:ClientGrant", "konnect-auth0-dcr:auth0:DcrAdmin"],
            ["auth0:index/clientCredentials:ClientCredentials", "konnect-auth0-dcr:auth0:DcrAdmin"],
            ["auth0:index/resourceServer:ResourceServer", "konnect-auth0-dcr:auth0:PortalAudience"],
        ];
        for (const [type, parent] of expected) {
            expect(parentType(run, byType(run, type))).toBe(parent);
        }
    });

    it("names the admin app after the environment and grants the exact scopes on the Management API", () => {
        expect(byType(run, "auth0:index/client:Client").inputs.name).toBe("Konnect Portal DCR Admin (dev)");
        const grant = byType(run, "auth0:index/clientGrant:ClientGrant");
        expect(grant.inputs.audience).toBe("https://acme-dev.us.auth0.com/api/v2/");
        expect(grant.inputs.scopes).toEqual(dcrGrantScopes(false));
    });

    it("creates the portal audience from the stack file", () => {
        expect(byType(run, "auth0:index/resourceServer:ResourceServer").inputs).toMatchObject({
            identifier: "https://api.dev.acme.com/portal",
            name: "Acme Developer Portal API (dev)",
        });
    });

    it("does not protect dev resources", () => {
        expect(run.resources.filter((r) => r.custom && r.options.protect).map((r) => r.name)).toEqual([]);
    });

    it("exports issuer, audiences, the admin client and its scopes", () => {
        expect(run.outputs).toMatchObject({
            issuer: "https://acme-dev.us.auth0.com",
            audience: "https://api.dev.acme.com/portal",
            managementApiAudience: "https://acme-dev.us.auth0.com/api/v2/",
            dcrAdminClientId: byType(run, "auth0:index/client:Client").outputs.clientId,
            grantedScopes: dcrGrantScopes(false),
        });
        expect(run.secretOutputNames).toContain("dcrAdminClientSecret");
    });
});

describe("the program with Pulumi.prod.yaml", () => {
    let run: ProgramRun;
    beforeAll(async () => {
        run = await runProgramOffline({ stack: "prod" });
    });

    it("uses the custom domain as issuer and the canonical domain for the Management API", () => {
        expect(run.outputs.issuer).toBe("https://login.acme.com");
        expect(byType(run, "auth0:index/clientGrant:ClientGrant").inputs.audience).toBe("https://acme.eu.auth0.com/api/v2/");
    });

    it("looks up the existing audience API instead of creating one", () => {
        expect(allOfType(run, "auth0:index/resourceServer:ResourceServer")).toHaveLength(0);
        expect(run.outputs.audience).toBe("https://api.acme.com/portal");
    });

    it("protects every Auth0 object", () => {
        const custom = run.resources.filter((r) => r.custom);
        expect(custom.length).toBeGreaterThan(0);
        expect(custom.filter((r) => !r.options.protect).map((r) => r.name)).toEqual([]);
    });
});

describe("a bad configuration", () => {
    it("fails with one error listing every bad key before any resource is registered", async () => {
        const failure = runProgramOffline({
            stack: "dev",
            configOverrides: {
                "auth0:domain": "https://acme-dev.us.auth0.com/",
                "konnect-auth0-dcr:portalAudience": "https://acme-dev.us.auth0.com/api/v2/",
                "konnect-auth0-dcr:konnectRegion": "mars",
            },
        });
        await expect(failure).rejects.toBeInstanceOf(StackConfigError);
        await expect(failure).rejects.toThrow(/auth0:domain[\s\S]*portalAudience[\s\S]*konnectRegion/);
    });

    it("names a stack that has no stack file", async () => {
        await expect(runProgramOffline({ stack: "qa" })).rejects.toThrow(/No stack file Pulumi\.qa\.yaml.*dev, prod/);
    });
});

describe("index.ts", () => {
    it("exports each program output by name", async () => {
        const run = await runProgramOffline({ stack: "dev" });
        const source = require("fs").readFileSync(path.join(__dirname, "..", "index.ts"), "utf8") as string;
        const exported = [...source.matchAll(/^export const (\w+) = outputs\.(\w+);$/gm)].map((m) => [m[1], m[2]]);
        expect(exported.every(([name, field]) => name === field)).toBe(true);
        expect(exported.map(([name]) => name).sort()).toEqual(Object.keys(run.outputs).sort());
        expect(nameOf(run, byType(run, "konnect-auth0-dcr:auth0:DcrAdmin").parent)).toBe("konnect-auth0-dcr-dev");
    });
});
