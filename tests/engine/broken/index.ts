/**
 * Konnect DCR settings that break the policy pack's mandatory rules: the auth strategy names another issuer
 * than the DCR provider and identifies consumers by `sub` instead of `azp`.
 */
import * as pulumi from "@pulumi/pulumi";
import { ApplicationAuthStrategy, DcrProvider, konnectLabels } from "../../../konnect";

const config = new pulumi.Config();
const serverUrl = config.require("konnectServerUrl");
const labels = konnectLabels({
    organization: pulumi.getOrganization(),
    project: pulumi.getProject(),
    stack: pulumi.getStack(),
});

const provider = new DcrProvider("broken-dcr-provider", {
    serverUrl,
    name: "broken-dcr",
    issuer: "https://acme-dev.us.auth0.com",
    initialClientId: "broken-client",
    initialClientSecret: config.requireSecret("dcrAdminClientSecret"),
    labels,
});

new ApplicationAuthStrategy("broken-auth-strategy", {
    serverUrl,
    name: "broken-dcr",
    displayName: "Broken",
    issuer: "https://login.elsewhere.example",
    audience: "https://api.dev.acme.com/portal",
    scopes: ["openid"],
    credentialClaim: ["sub"],
    authMethods: ["client_credentials"],
    dcrProviderId: provider.id,
    labels,
});
