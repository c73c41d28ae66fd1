/**
 * The stack: the Auth0 DCR admin app and portal audience, wired to Konnect's DCR settings.
 * Kept apart from `index.ts` so the offline runner and the tests can run it under mocks.
 */
import * as pulumi from "@pulumi/pulumi";
import { dcrGrantScopes } from "./auth0/dcrScopes";
import { DcrAdmin } from "./components/dcrAdmin";
import { PortalAudience } from "./components/portalAudience";
import { readStackConfig } from "./config/readStackConfig";

/** The stack outputs. `dcrAdminClientSecret` is a secret. */
export interface StackOutputs {
    /** The issuer Konnect validates tokens against: `https://<custom or canonical domain>`. */
    issuer: pulumi.Output<string>;
    /** The portal audience (Auth0 API identifier) portal applications are granted. */
    audience: pulumi.Output<string>;
    /** The Management API audience the DCR admin app is granted on. */
    managementApiAudience: pulumi.Output<string>;
    dcrAdminClientId: pulumi.Output<string>;
    dcrAdminClientSecret: pulumi.Output<string>;
    /** The Management API scopes granted to the DCR admin app. */
    grantedScopes: pulumi.Output<string[]>;
}

/**
 * Reads and validates the configuration (throwing one clear error before anything is registered),
 * then declares every resource of the stack and returns its outputs.
 */
export function konnectAuth0DcrProgram(): StackOutputs {
    const { settings } = readStackConfig();
    // Inherited by every child: production objects are protected against accidental deletion.
    const protect = settings.protectResources;

    const dcrAdmin = new DcrAdmin(
        "dcr-admin",
        {
            applicationName: `Konnect Portal DCR Admin${settings.nameSuffix}`,
            managementApiAudience: settings.auth0.managementApiAudience,
            scopes: dcrGrantScopes(settings.developerManagedScopes),
        },
        { protect },
    );

    const portalAudience = new PortalAudience(
        "portal-audience",
        {
            identifier: settings.portalAudience.identifier,
            displayName: settings.portalAudience.name,
            create: settings.portalAudience.create,
        },
        { protect },
    );

    return {
        issuer: pulumi.output(settings.auth0.issuer),
        audience: portalAudience.identifier,
        managementApiAudience: dcrAdmin.grant.audience,
        dcrAdminClientId: dcrAdmin.clientId,
        dcrAdminClientSecret: dcrAdmin.clientSecret,
        grantedScopes: dcrAdmin.grantedScopes,
    };
}
