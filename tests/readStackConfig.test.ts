/**
 * The one place that reads Pulumi configuration (`config/readStackConfig.ts`) and the stack-file listing
 * (`config/stackFiles.ts`): what the CLI hands the program becomes the raw settings the validation sees.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { readStackConfig } from "../config/readStackConfig";
import { listStacks } from "../config/stackFiles";
import { StackConfigError } from "../config/stackSettings";

const DEV = {
    "auth0:domain": "acme-dev.us.auth0.com",
    "konnect-auth0-dcr:portalAudience": "https://api.dev.acme.com/portal",
    "konnect-auth0-dcr:konnectPortalId": "5f1c3c9e-0d3b-4c9a-9a47-2c1e8b5b7d10",
};
const CREDENTIALS = { AUTH0_CLIENT_SECRET: "auth0-provider-secret", KONNECT_TOKEN: "kpat_0123456789abcdefghijABCD" };

async function read(config: Record<string, string>, env: Record<string, string> = CREDENTIALS) {
    pulumi.runtime.setAllConfig(config, []);
    await pulumi.runtime.setMocks(
        { newResource: () => ({ id: "", state: {} }), call: () => ({}) },
        "konnect-auth0-dcr",
        "dev",
    );
    return readStackConfig(env).settings;
}

afterEach(() => pulumi.runtime.setAllConfig({}, []));

describe("readStackConfig", () => {
    it("reads auth0:domain from the auth0 namespace and the project's keys from its own", async () => {
        const settings = await read({ ...DEV, "konnect-auth0-dcr:konnectRegion": "eu" });
        expect(settings.auth0.domain).toBe("acme-dev.us.auth0.com");
        expect(settings.portalAudience.identifier).toBe("https://api.dev.acme.com/portal");
        expect(settings.konnect.serverUrl).toBe("https://eu.api.konghq.com");
        expect(settings.stack).toBe("dev");
    });

    it('takes an empty value (Pulumi.yaml\'s default "") as unset, so the documented default applies', async () => {
        const settings = await read({
            ...DEV,
            "konnect-auth0-dcr:konnectRegion": "",
            "konnect-auth0-dcr:environment": "",
        });
        expect(settings.konnect.serverUrl).toBe("https://us.api.konghq.com");
        expect(settings.environment).toBe("dev");
    });

    it("passes the names of every set key on, so an unknown one is refused naming the nearest", async () => {
        const error = await read({ ...DEV, "konnect-auth0-dcr:konnectRegon": "eu" }).catch((e) => e);
        expect(error).toBeInstanceOf(StackConfigError);
        expect(error.message).toContain("konnect-auth0-dcr:konnectRegon");
        expect(error.message).toContain("did you mean konnect-auth0-dcr:konnectRegion?");
    });

    it("reads the credentials from the environment it is given", async () => {
        const error = await read(DEV, {}).catch((e) => e);
        expect(error).toBeInstanceOf(StackConfigError);
        expect(error.message).toMatch(/KONNECT_TOKEN/);
    });
});

describe("listStacks", () => {
    it("lists exactly the Pulumi.<stack>.yaml files beside Pulumi.yaml, sorted", () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), "stacks-"));
        for (const file of [
            "Pulumi.yaml",
            "Pulumi.prod.yaml",
            "Pulumi.dev.yaml",
            "Pulumi.staging.yaml.bak",
            "xPulumi.qa.yaml",
            "notes.txt",
        ]) {
            fs.writeFileSync(path.join(root, file), "");
        }
        expect(listStacks(root)).toEqual(["dev", "prod"]);
    });

    it("lists the project's own stack files by default", () => {
        expect(listStacks()).toEqual(["dev", "prod", "staging"]);
    });
});
