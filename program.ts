/**
 * The stack: the Auth0 DCR admin app and portal audience, wired to Konnect's DCR settings.
 * Kept apart from `index.ts` so the offline runner and the tests can run it under mocks.
 */
import * as pulumi from "@pulumi/pulumi";
import { dcrGrantScopes } from "./auth0/dcrScopes";
import { DcrAdmin } from "./components/dcrAdmin";
import { KonnectPortalDcr } from "./components/konnectPortalDcr";
import { PortalAudience } from "./components/portalAudience";
import { EngineVersionCheck, requireSupportedEngine } from "./config/engineVersion";
import { readStackConfig } from "./config/readStackConfig";
import { KonnectPreflightSpec, konnectLabels, konnectPreflight } from "./konnect";

/** The stack outputs. `dcrAdminClientSecret` is a secret. */
export interface StackOutputs {
    /** The issuer Konnect validates tokens against: `https://<custom or canonical domain>`. */
    issuer: pulumi.Output<string>;
    /** The portal audience (Auth0 API identifier) portal applications are granted. */
    audience: pulumi.Output<string>;
    /** The Management API audience the DCR admin app is granted on. */
    managementApiAudience: pulumi.Output<string>;
    dcrAdminClientId: pulumi.Output<string>;
    /** Left out with `exportDcrAdminClientSecret: false` (README, "Security"). */
    dcrAdminClientSecret?: pulumi.Output<string>;
    /** The Management API scopes granted to the DCR admin app. */
    grantedScopes: pulumi.Output<string[]>;
    konnectDcrProviderId: pulumi.Output<string>;
    konnectAuthStrategyId: pulumi.Output<string>;
    konnectPortalId: pulumi.Output<string>;
    /** `https://<portal domain>`, where developers sign in (and the smoke test creates its application). */
    konnectPortalUrl: pulumi.Output<string | undefined>;
    /**
     * Dev Portal APIs whose publication uses the stack's strategy (the smoke test's default API is the first);
     * empty for a classic portal, whose product version ids are no Dev Portal API ids.
     */
    konnectApiIds: pulumi.Output<string[]>;
}

/** How the program reaches Konnect before it registers anything. */
export interface ProgramOptions {
    /**
     * Reads Konnect and throws when the stack cannot go through (see `konnectPreflight`, the default). The offline
     * plan passes one that reads nothing: under mocks there is no Konnect.
     */
    readonly konnectPreflight?: (spec: KonnectPreflightSpec) => Promise<void>;
    /** Asks the engine for its version (the SDK's `requirePulumiVersion`, the default); tests hand one of their own. */
    readonly engineVersionCheck?: EngineVersionCheck;
}

/**
 * Reads and validates the configuration, then reads Konnect for what would otherwise fail half-way (throwing
 * one clear error before anything is registered), then declares every resource of the stack and returns its
 * outputs.
 */
export async function konnectAuth0DcrProgram(options: ProgramOptions = {}): Promise<StackOutputs> {
    const { settings } = readStackConfig();
    const owner = { organization: pulumi.getOrganization(), project: pulumi.getProject(), stack: settings.stack };
    await requireSupportedEngine(options.engineVersionCheck);
    await (options.konnectPreflight ?? konnectPreflight)({
        serverUrl: settings.konnect.serverUrl,
        portalId: settings.konnect.portalId,
        portalKind: settings.konnect.portalKind,
        apiIdsSetting: `konnect-auth0-dcr:${settings.konnect.portalKind === "v3" ? "konnectApiIds" : "konnectProductVersionIds"}`,
        apiIds: settings.konnect.apiIds,
        dcrProviderName: settings.konnect.dcrProviderName.value,
        authStrategyName: settings.konnect.authStrategyName.value,
        labels: konnectLabels(owner),
    });
    // Inherited by every child: production objects are protected against accidental deletion.
    const protect = settings.protectResources;

    const dcrAdmin = new DcrAdmin(
        "dcr-admin",
        {
            applicationName: `Konnect Portal DCR Admin${settings.nameSuffix}`,
            managementApiAudience: settings.auth0.managementApiAudience,
            scopes: dcrGrantScopes(settings.developerManagedScopes),
            adopt: settings.adopt.dcrAdmin,
            secretVersion: settings.dcrAdminSecretVersion,
        },
        { protect },
    );

    const portalAudience = new PortalAudience(
        "portal-audience",
        {
            identifier: settings.portalAudience.identifier,
            displayName: settings.portalAudience.name,
            create: settings.portalAudience.create,
            adoptId: settings.adopt.portalAudienceId,
        },
        { protect },
    );

    const konnect = new KonnectPortalDcr(
        "konnect-portal-dcr",
        {
            serverUrl: settings.konnect.serverUrl,
            owner,
            portalId: settings.konnect.portalId,
            portalKind: settings.konnect.portalKind,
            dcrProviderName: settings.konnect.dcrProviderName,
            authStrategyName: settings.konnect.authStrategyName,
            authStrategyDisplayName: settings.konnect.authStrategyDisplayName,
            authMethods: settings.konnect.authMethods,
            issuer: settings.auth0.issuer,
            audience: portalAudience.identifier,
            initialClientId: dcrAdmin.clientId,
            initialClientSecret: dcrAdmin.clientSecret,
            // Only with a custom domain: Konnect then cannot derive the Management API audience from the issuer.
            initialClientAudience: settings.auth0.customDomain ? settings.auth0.managementApiAudience : undefined,
            useDeveloperManagedScopes: settings.developerManagedScopes,
            adminGrant: dcrAdmin.grant,
            verify: settings.konnect.verify,
            apiIds: settings.konnect.apiIds,
            allowPortalWithoutDefault: settings.konnect.allowPortalWithoutDefault,
        },
        { protect },
    );

    return {
        issuer: pulumi.output(settings.auth0.issuer),
        audience: portalAudience.identifier,
        managementApiAudience: dcrAdmin.grant.audience,
        dcrAdminClientId: dcrAdmin.clientId,
        dcrAdminClientSecret: settings.exportDcrAdminClientSecret ? dcrAdmin.clientSecret : undefined,
        grantedScopes: dcrAdmin.grantedScopes,
        konnectDcrProviderId: konnect.dcrProviderId,
        konnectAuthStrategyId: konnect.authStrategyId,
        konnectPortalId: pulumi.output(settings.konnect.portalId),
        konnectPortalUrl: konnect.portalUrl,
        konnectApiIds:
            settings.konnect.portalKind === "v3"
                ? pulumi.all(konnect.publications.map((p) => p.apiId))
                : pulumi.output([]),
    };
}
