/**
 * The Konnect DCR settings as the stack declares them (the KonnectPortalDcr component), fed with the values
 * the Auth0 objects would give it: the DCR admin app's client id and secret come from stack settings.
 */
import * as pulumi from "@pulumi/pulumi";
import { KonnectPortalDcr } from "../../../components/konnectPortalDcr";

const config = new pulumi.Config();
const stack = pulumi.getStack();

const konnect = new KonnectPortalDcr(
    "konnect-portal-dcr",
    {
        serverUrl: config.require("konnectServerUrl"),
        owner: { organization: pulumi.getOrganization(), project: pulumi.getProject(), stack },
        portalId: config.require("konnectPortalId"),
        portalKind: "v3",
        dcrProviderName: { value: `auth0-dcr-${stack}`, isDefault: false },
        authStrategyName: { value: `auth0-dcr-${stack}`, isDefault: false },
        authStrategyDisplayName: config.get("konnectAuthStrategyDisplayName") ?? "Auth0",
        authMethods: ["client_credentials", "bearer", "session"],
        issuer: config.require("issuer"),
        audience: config.require("portalAudience"),
        initialClientId: config.require("dcrAdminClientId"),
        initialClientSecret: config.requireSecret("dcrAdminClientSecret"),
        useDeveloperManagedScopes: false,
        apiIds: config.get("konnectApiIds")?.split(","),
        // The Auth0 grant the stack would create; here the admin app is a given.
        adminGrant: new pulumi.ComponentResource("konnect-auth0-dcr:engine:GivenAdminGrant", "dcr-admin-grant"),
        verify: true,
    },
    { protect: config.getBoolean("protectResources") ?? false },
);

export const konnectDcrProviderId = konnect.dcrProviderId;
export const konnectAuthStrategyId = konnect.authStrategyId;
export const konnectPortalId = konnect.binding.portalId;
