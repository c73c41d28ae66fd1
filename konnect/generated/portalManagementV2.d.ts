/**
 * Types of the Konnect API "Portal Management" 2.2.2, generated from specs/konnect/portal-management/v2/openapi.yaml
 * by openapi-typescript 7.13.0. Do not edit: run `npm run generate:konnect-types`.
 */
export interface paths {
    "/portals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Portals
         * @description Lists developer portals defined in this region for this organization. Each developer portal is available at a unique address and has isolated appearance, configuration, developers, and applications.
         */
        get: operations["list-portals"];
        put?: never;
        /**
         * Create Portal
         * @description Creates a new developer portal scoped in this region for this organization.
         */
        post: operations["create-portal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: string;
            };
            cookie?: never;
        };
        /**
         * Get Portal
         * @description Returns the configuration for a single developer portal. This allows you to understand the current visibility, access, and domain settings.
         */
        get: operations["get-portal"];
        put?: never;
        post?: never;
        /**
         * Delete Portal
         * @description Deletes a single portal, along with all related entities. Will not allow deletion if there are developers registered to portal or if there are portal product versions with application registration enabled, unless force=true query param is included in the request.
         */
        delete: operations["delete-portal"];
        options?: never;
        head?: never;
        /**
         * Update Portal
         * @description Updates the configuration for a single portal including the visibility, access, and custom domain settings.
         */
        patch: operations["update-portal"];
        trace?: never;
    };
    "/portals/{portalId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish Multiples Products
         * @description Publish or Unpublish multiple API Products to this developer portal.
         */
        post: operations["publish-api-products"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List Portal Products
         * @description Lists the API products that are published to this developer portal. An API product packages together multiple versions of each API, displaying each version with its set of operations and documentation. Developers can browse API Products to learn about and register for them. API Products access can be limited to certain developers using RBAC and developer teams.
         */
        get: operations["list-portal-products"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/product-versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List portal product versions
         * @description List portal product versions
         */
        get: operations["list-portal-product-versions"];
        put?: never;
        /**
         * Create a portal product version
         * @description Create a portal product version
         */
        post: operations["create-portal-product-version"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/product-versions/{productVersionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API product version identifier */
                productVersionId: components["parameters"]["ProductVersionId"];
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * Get a portal product version
         * @description Get a portal product version
         */
        get: operations["get-portal-product-version"];
        /**
         * Replace a portal product version
         * @description Replace a portal product version
         */
        put: operations["replace-portal-product-version"];
        post?: never;
        /**
         * Delete a portal product version
         * @description Delete a portal product version
         */
        delete: operations["delete-portal-product-version"];
        options?: never;
        head?: never;
        /**
         * Update a portal product version
         * @description Update a portal product version
         */
        patch: operations["update-portal-product-version"];
        trace?: never;
    };
    "/portals/{portalId}/developers/{developerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The developer ID */
                developerId: components["parameters"]["DeveloperId"];
            };
            cookie?: never;
        };
        /**
         * Get Developer
         * @description Returns information about a single developer in this portal. Each developer manages a set applications, providing them credentials to access registered API product versions. Developer registration access can be limited to specific API products using RBAC.
         */
        get: operations["get-developer"];
        put?: never;
        post?: never;
        /**
         * Delete Developer
         * @description Deletes a developer, which will discontinue their ability to login, view any non-public resources, and delete all applications owned by them. All credentials issued to the developer will no longer provide access to any API Products. A deleted developer's unique email must be re-registered and approved to gain access again.
         */
        delete: operations["delete-developer"];
        options?: never;
        head?: never;
        /**
         * Update Developer
         * @description Updates the status of a particular developer. Approved developers have access to login to the portal. Revoked, rejected, or pending are not allowed to login. Even if a developer's status is no longer approved, they will still be able to using any existing credentials generated while they were approved, until each application registration is revoked or deleted.
         */
        patch: operations["update-developer"];
        trace?: never;
    };
    "/portals/{portalId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Applications
         * @description Lists applications created by developers in this portal. Each application can be registered for various API Products (by version), issuing credentials for API request access. If using DCR, an application will be linked to an Identity Provider's application by its `reference_id`.
         */
        get: operations["list-applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Application by Portal
         * @description Returns the configuration of a single application in this portal. If an application is linked to a DCR Provider, the `dcr_provider.id` and `reference_id` can be used to correlate it. An application manages a set of credentials and registrations for specific API product versions.
         */
        get: operations["get-application"];
        put?: never;
        post?: never;
        /**
         * Delete Application by Portal
         * @description Delete a single application in this portal, along with its registrations and credentials.
         */
        delete: operations["delete-application"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Application
         * @description Returns the configuration of a single application in any portal. If an application is linked to a DCR Provider, the `dcr_provider.id` and `reference_id` can be used to correlate it. An application manages a set of credentials and registrations for specific API product versions.
         */
        get: operations["get-application-unscoped"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/audit-log-replay-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * Get Portal Audit Log Replay Job
         * @description Returns the audit log replay job's configuration and status.
         */
        get: operations["get-portal-audit-log-replay-job"];
        /**
         * Update Portal Audit Log Replay Job
         * @description Updates a job to re-send audit logs to an portal's webhook.
         */
        put: operations["update-portal-audit-log-replay-job"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/audit-log-webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * Get Portal Audit Log Webhook
         * @description Returns configuration for the audit log webhook.
         */
        get: operations["get-portal-audit-log-webhook"];
        put?: never;
        post?: never;
        /**
         * Delete Portal Audit Log Webhook
         * @description Removes configuration for the audit log webhook. The destination ID is set to empty, and the webhook enabled field is set to false
         */
        delete: operations["delete-portal-audit-log-webhook"];
        options?: never;
        head?: never;
        /**
         * Update Portal Audit Log Webhook
         * @description Updates the configuration for a webhook to receive audit logs.
         */
        patch: operations["update-portal-audit-log-webhook"];
        trace?: never;
    };
    "/portals/{portalId}/audit-log-webhook/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * Get Portal Audit Log Webhook Status
         * @description Returns status of the audit log webhook.
         */
        get: operations["get-portal-audit-log-webhook-status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/application-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Application Registrations by Portal
         * @description Lists all of the application registrations and their current status (e.g., approved or pending) for this portal. Each registration is associated with a single API product version. Access is provided through the credentials issued to the application that contains each registration.
         */
        get: operations["list-registrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/applications/{applicationId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Registrations by Application
         * @description Lists each API product version that this application is registered for and their current status (e.g., pending, approved, rejected, revoked).
         */
        get: operations["list-registrations-by-application"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/applications/{applicationId}/registrations/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The application ID */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description The application registration ID */
                registrationId: components["parameters"]["RegistrationId"];
            };
            cookie?: never;
        };
        /**
         * Get Application Registration
         * @description Returns information about an application's registration status for a particular API product version.
         */
        get: operations["get-application-registration"];
        put?: never;
        post?: never;
        /**
         * Delete Application Registration
         * @description Deletes an application registration, which if currently approved will immediately block API traffic to the API product version.
         *     Note: Developers can request a new application registration for the given API product version as long as they have RBAC access to consume.
         */
        delete: operations["delete-application-registration"];
        options?: never;
        head?: never;
        /**
         * Update Application Registration
         * @description Updates the status of a particular application registration to an API Product Version. Approved application registrations will allow API traffic to the corresponding API. Revoked, rejected, or pending will not allow API traffic.
         */
        patch: operations["update-application-registration"];
        trace?: never;
    };
    "/portals/{portalId}/applications/{applicationId}/registrations/{registrationId}/granted-scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Granted Scopes
         * @description Lists the granted scopes for this application registration. This is the list of scopes that will be sent to the API when making requests.
         */
        get: operations["list-granted-scopes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/appearance-defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Default Appearance Configurations
         * @description Returns the built-in portal appearance configurations including pre-defined themes, colors, and font settings.
         */
        get: operations["get-portal-appearance-defaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/appearance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Appearance Configuration
         * @description Returns the current portal appearance configuration including any custom theme, colors, fonts, and image settings. Portals using the fully-customizable portal client may override or ignore these settings by disregarding them in the code.
         */
        get: operations["get-portal-appearance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Appearance Configuration
         * @description Updates the current appearance configuration for this portal including setting pre-defined or custom themes, fonts, colors, and images. Note that portals using the fully-customizable portal client may override or ignore these settings by disregarding them in the code.
         */
        patch: operations["update-portal-appearance"];
        trace?: never;
    };
    "/portals/{portalId}/appearance/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Portal Logo
         * @description Returns the portal logo or returns the default
         */
        get: operations["get-portal-logo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/appearance/catalog-cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Portal Catalog Cover
         * @description Returns the portal catalog cover or returns the default
         */
        get: operations["get-portal-catalog-cover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/verify-domain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify Custom Domains
         * @description Verifies the current status of the custom hosted domain for this portal, indicating whether the appropriate CNAME properties have propagated and if a corresponding SSL certificate has been generated.
         */
        post: operations["verify-portal-domains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/authentication-settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * Get Auth Settings
         * @description Returns the developer authentication configuration for a portal, which determines how developers can log in and how they are assigned to teams.
         */
        get: operations["get-portal-authentication-settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Auth Settings
         * @description Updates the developer authentication configuration for a portal. Developers can be allowed to login using basic auth (email & password) or use Single-Sign-On (SSO) through an OIDC Identity Provider (IdP). Developers can be automatically assigned to teams by mapping claims from thier IdP account.
         */
        patch: operations["update-portal-authentication-settings"];
        trace?: never;
    };
    "/portals/{portalId}/identity-provider/team-group-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List Team Group Mappings
         * @description Lists mappings between Konnect portal teams and Identity Provider (IdP) groups. Returns a 400 error if an IdP has not yet been configured.
         */
        get: operations["list-portal-team-group-mappings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Team Group Mappings
         * @description Allows partial updates to the mappings between Konnect portal teams and Identity Provider (IdP) groups. The request body must be keyed on team ID. For a given team ID, the given group list is a complete replacement. To remove all mappings for a given team, provide an empty group list.
         *     Returns a 400 error if an IdP has not yet been configured, or if a team ID in the request body is not found or is not a UUID.
         */
        patch: operations["update-portal-team-group-mappings"];
        trace?: never;
    };
    "/portals/{portalId}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List Teams
         * @description Lists the developer teams in a portal. Each team can contain any developer and developers can be part of multiple teams.
         */
        get: operations["list-portal-teams"];
        put?: never;
        /**
         * Create Team
         * @description Creates a developer team in a portal. Developers can be added to teams to provide RBAC access to API products. Teams can be assigned roles that grant permissions to perform an action on a resource.
         */
        post: operations["create-portal-team"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the team. */
                teamId: string;
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * Get Team
         * @description Get an individual team.
         */
        get: operations["get-portal-team"];
        put?: never;
        post?: never;
        /**
         * Delete Team
         * @description Deletes a developer team from a portal. Deleting a team also deletes its assigned roles. Members of the team are not deleted, but they will lose any access provided through the team.
         */
        delete: operations["delete-portal-team"];
        options?: never;
        head?: never;
        /**
         * Update Team
         * @description Updates an individual developer team for a portal.
         */
        patch: operations["update-portal-team"];
        trace?: never;
    };
    "/portals/{portalId}/teams/{teamId}/developers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /**
         * List Team Developers
         * @description List a team's developers.
         */
        get: operations["list-portal-team-developers"];
        put?: never;
        /**
         * Add Developer to Team
         * @description Adds a developer to a team. This associates them with all of the roles that have been assigned to the team, providing specific permissions to perform actions on resources.
         */
        post: operations["add-developer-to-portal-team"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/teams/{teamId}/developers/{developerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the developer. */
                developerId: components["parameters"]["parameters-DeveloperId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove Developer from Team
         * @description Removes a developer from a team. This removes the association of the team's roles from the developer.
         */
        delete: operations["remove-developer-from-portal-team"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/teams/{teamId}/assigned-roles": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /**
         * List Team Roles
         * @description Lists the roles belonging to a developer team. Each role provides permissions to perform actions on a specified resource or collection.
         */
        get: operations["list-portal-team-roles"];
        put?: never;
        /**
         * Assign Role
         * @description Assign a role to a developer team. This associates the set of permissions in a role with the team, so that they will be applied to any developer who is a member of the team.
         */
        post: operations["assign-role-to-portal-teams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/teams/{teamId}/assigned-roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roleId: components["parameters"]["RoleId"];
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove Role
         * @description Removes an assigned role from a developer team. This deletes the association of the role with team and each of its members.
         */
        delete: operations["remove-role-from-portal-team"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/developers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List Developers
         * @description Lists the developers that have registered for this portal. Each developer can be registered to one portal and must be approved to login unless using the developer auto-approve setting.
         */
        get: operations["list-portal-developers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/developers/{developerId}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the developer. */
                developerId: components["parameters"]["parameters-DeveloperId"];
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List Developer Teams
         * @description Lists the teams to which a developer belongs. Each team a developer is a member of grants them various roles that provide permissions to perform actions on certain resources.
         */
        get: operations["list-portal-developer-teams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portal-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Portal Roles
         * @description List roles that can be assigned to teams in a portal. Each role provides a set of permissions to perform an action on a resource.
         */
        get: operations["list-portal-roles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/identity-providers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List Identity Providers
         * @description Retrieves the identity providers available within the portal. This operation provides information about
         *     various identity providers for SAML or OIDC authentication integrations.
         */
        get: operations["get-portal-identity-providers"];
        put?: never;
        /**
         * Create Identity Provider
         * @description Creates a new identity provider. This operation allows the creation of a new identity provider for
         *     authentication purposes.
         */
        post: operations["create-portal-identity-provider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/identity-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the identity provider. */
                id: components["parameters"]["IdentityProviderId"];
            };
            cookie?: never;
        };
        /**
         * Get Identity Provider
         * @description Retrieves the configuration of a single identity provider. This operation returns information about a
         *     specific identity provider's settings and authentication integration details.
         */
        get: operations["get-portal-identity-provider"];
        put?: never;
        post?: never;
        /**
         * Delete Identity Provider
         * @description Deletes an existing identity provider configuration. This operation removes a specific identity provider
         *     from the portal.
         */
        delete: operations["delete-portal-identity-provider"];
        options?: never;
        head?: never;
        /**
         * Update Identity Provider
         * @description Updates the configuration of an existing identity provider. This operation allows modifications to be made
         *     to an existing identity provider's configuration.
         */
        patch: operations["update-portal-identity-provider"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuthStrategy: components["schemas"]["AuthStrategyKeyAuth"] | components["schemas"]["AuthStrategyClientCredentials"];
        /**
         * PortalClaimMappings
         * @description Mappings from a portal developer atribute to an Identity Provider claim.
         * @example {
         *       "name": "name",
         *       "email": "email",
         *       "groups": "custom-group-claim"
         *     }
         */
        PortalClaimMappings: {
            /**
             * @default name
             * @example name
             */
            name: string;
            /**
             * @default email
             * @example email
             */
            email: string;
            /**
             * @default groups
             * @example custom-group-claim
             */
            groups: string;
        };
        /**
         * PortalOIDCConfig
         * @description Configuration properties for an OpenID Connect Identity Provider.
         * @example {
         *       "issuer": "https://identity.example.com/v2",
         *       "client_id": "x7id0o42lklas0blidl2",
         *       "scopes": [
         *         "email",
         *         "openid",
         *         "profile"
         *       ],
         *       "claim_mappings": {
         *         "name": "name",
         *         "email": "email",
         *         "groups": "custom-group-claim"
         *       }
         *     }
         */
        PortalOIDCConfig: {
            /** @example https://identity.example.com/v2 */
            issuer: string;
            /** @example x7id0o42lklas0blidl2 */
            client_id: string;
            /**
             * @default [
             *       "email",
             *       "openid",
             *       "profile"
             *     ]
             * @example [
             *       "email",
             *       "openid",
             *       "profile"
             *     ]
             */
            scopes: string[];
            claim_mappings?: components["schemas"]["PortalClaimMappings"];
        };
        /**
         * PortalAuthenticationSettingsResponse
         * @description The developer authentication settings for a portal.
         * @example {
         *       "basic_auth_enabled": true,
         *       "oidc_auth_enabled": true,
         *       "oidc_team_mapping_enabled": true,
         *       "konnect_mapping_enabled": false,
         *       "oidc_config": {
         *         "issuer": "https://identity.example.com/v2",
         *         "client_id": "x7id0o42lklas0blidl2",
         *         "scopes": [
         *           "email",
         *           "openid",
         *           "profile"
         *         ],
         *         "claim_mappings": {
         *           "name": "name",
         *           "email": "email",
         *           "groups": "custom-group-claim"
         *         }
         *       }
         *     }
         */
        PortalAuthenticationSettingsResponse: {
            /**
             * @description The portal has basic auth enabled or disabled.
             * @example true
             */
            basic_auth_enabled: boolean;
            /**
             * @description The portal has OIDC enabled or disabled.
             * @example false
             */
            oidc_auth_enabled: boolean;
            /**
             * @description The portal has SAML enabled or disabled.
             * @example false
             */
            saml_auth_enabled?: boolean;
            /**
             * @description IdP groups determine the Portal Teams a developer has.
             * @example true
             */
            oidc_team_mapping_enabled: boolean;
            /**
             * @description IdP groups determine the Portal Teams a developer has. This will soon replace oidc_team_mapping_enabled.
             * @example true
             */
            idp_mapping_enabled?: boolean;
            /**
             * @description A Konnect Identity Admin assigns teams to a developer.
             * @example false
             */
            konnect_mapping_enabled: boolean;
            oidc_config?: components["schemas"]["PortalOIDCConfig"];
        };
        /**
         * AssignedPortalRoleCollectionResponse
         * @description A paginated list of roles assigned to a team.
         * @example {
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 3
         *         }
         *       },
         *       "data": [
         *         {
         *           "id": "b02e23c5-8ee4-4e5a-99f4-43329923adce",
         *           "role_name": "API Viewer",
         *           "entity_id": "437c7192-fea0-4f35-8478-c8d57783f8c1",
         *           "entity_type_name": "Services",
         *           "entity_region": "us"
         *         },
         *         {
         *           "id": "b02e23c5-8ee4-4e5a-99f4-43329923adce",
         *           "role_name": "API Consumer",
         *           "entity_id": "437c7192-fea0-4f35-8478-c8d57783f8c1",
         *           "entity_type_name": "Services",
         *           "entity_region": "us"
         *         },
         *         {
         *           "id": "869d9402-f117-4f9a-840f-69acaf70a81a",
         *           "role_name": "API Viewer",
         *           "entity_id": "18ee2573-dec0-4b83-be99-fa7700bcdc61",
         *           "entity_type_name": "Services",
         *           "entity_region": "us"
         *         }
         *       ]
         *     }
         */
        AssignedPortalRoleCollectionResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["PortalAssignedRoleResponse"][];
        };
        /**
         * ListPortalTeamsResponse
         * @description A paginated list of teams in a portal.
         * @example {
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 3
         *         }
         *       },
         *       "data": [
         *         {
         *           "id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *           "name": "Partner",
         *           "description": "Team with access to Partner APIs",
         *           "created_at": "2022-02-07T17:46:57.52Z",
         *           "updated_at": "2022-09-25T13:00:00.00Z"
         *         },
         *         {
         *           "id": "af9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *           "name": "Internal",
         *           "description": "Team with access to Internal APIs",
         *           "created_at": "2022-02-07T17:46:57.52Z",
         *           "updated_at": "2022-09-25T13:00:00.00Z"
         *         },
         *         {
         *           "id": "4f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *           "name": "Root",
         *           "description": "Team with access to Internal Systems",
         *           "created_at": "2022-02-07T17:46:57.52Z",
         *           "updated_at": "2022-09-25T13:00:00.00Z"
         *         }
         *       ]
         *     }
         */
        ListPortalTeamsResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["PortalTeamResponse"][];
        };
        /**
         * ListRolesResponse
         * @description The set of roles available to associate with resources and assign to teams.
         * @example {
         *       "services": {
         *         "name": "Services",
         *         "roles": {
         *           "apiviewer": {
         *             "name": "API Viewer",
         *             "description": "API Viewers have read-only access to the documentation of a service in a portal"
         *           },
         *           "apiconsumer": {
         *             "name": "API Consumer",
         *             "description": "API Consumers can make calls to the given service"
         *           }
         *         }
         *       }
         *     }
         */
        ListRolesResponse: {
            services: {
                /** @enum {string} */
                name: "Services";
                roles: {
                    apiviewer: {
                        /** @enum {string} */
                        name: "API Viewer";
                        /** @enum {string} */
                        description: "API Viewers have read-only access to the documentation of a service in a portal";
                    };
                    apiconsumer: {
                        /** @enum {string} */
                        name: "API Consumer";
                        /** @enum {string} */
                        description: "API Consumers can make calls to the given service";
                    };
                };
            };
        };
        /**
         * ListBasicDevelopersResponse
         * @description A paginated list of basic information about a set of developers.
         * @example {
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 2
         *         }
         *       },
         *       "data": [
         *         {
         *           "id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *           "email": "james.woods@email.com",
         *           "full_name": "James Woods",
         *           "active": true,
         *           "created_at": "2022-08-17T17:46:57.52Z",
         *           "updated_at": "2022-10-03T17:00:00.00Z"
         *         },
         *         {
         *           "id": "4f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *           "email": "jill.stone@email.com",
         *           "full_name": "Jill Stone",
         *           "active": false,
         *           "created_at": "2022-07-17T17:46:57.52Z",
         *           "updated_at": "2022-10-03T17:00:00.00Z"
         *         }
         *       ]
         *     }
         */
        ListBasicDevelopersResponse: {
            meta?: components["schemas"]["PaginatedMeta"];
            data?: components["schemas"]["BasicDeveloper"][];
        };
        /**
         * AddDeveloperToTeamRequest
         * @description Add a developer to a team by specifying the developer ID.
         * @example {
         *       "id": "df120cb4-f60b-47bc-a2f8-6a28e6a3c63b"
         *     }
         */
        AddDeveloperToTeamRequest: {
            /**
             * Format: uuid
             * @example df120cb4-f60b-47bc-a2f8-6a28e6a3c63b
             */
            id: string;
        };
        /**
         * PortalAssignRoleRequest
         * @description An assigned role associates a service and an action to a team.
         * @example {
         *       "role_name": "API Viewer",
         *       "entity_id": "18ee2573-dec0-4b83-be99-fa7700bcdc61",
         *       "entity_type_name": "Services",
         *       "entity_region": "us"
         *     }
         */
        PortalAssignRoleRequest: {
            /** @example API Viewer */
            role_name: string;
            /**
             * Format: uuid
             * @example e67490ce-44dc-4cbd-b65e-b52c746fc26a
             */
            entity_id: string;
            /** @example Services */
            entity_type_name: string;
            /**
             * @description Region of the entity.
             * @example eu
             * @enum {string}
             */
            entity_region: "us" | "eu" | "au" | "me" | "in" | "sg" | "*";
        };
        /**
         * PortalAuthenticationSettingsUpdateRequest
         * @description Properties to update a portal's developer auth settings.
         * @example {
         *       "basic_auth_enabled": true,
         *       "oidc_auth_enabled": true,
         *       "oidc_team_mapping_enabled": true,
         *       "konnect_mapping_enabled": false,
         *       "oidc_issuer": "https://identity.example.com/v2",
         *       "oidc_client_id": "x7id0o42lklas0blidl2",
         *       "oidc_scopes": [
         *         "email",
         *         "openid",
         *         "profile"
         *       ],
         *       "oidc_claim_mappings": {
         *         "name": "name",
         *         "email": "email",
         *         "groups": "custom-group-claim"
         *       }
         *     }
         */
        PortalAuthenticationSettingsUpdateRequest: {
            /**
             * @description The organization has basic auth enabled.
             * @example true
             */
            basic_auth_enabled?: boolean;
            /**
             * @description The organization has OIDC disabled.
             * @example false
             */
            oidc_auth_enabled?: boolean;
            /**
             * @description The portal has SAML enabled or disabled.
             * @example false
             */
            saml_auth_enabled?: boolean;
            /**
             * @description Whether IdP groups determine the Konnect Portal teams a developer has.
             * @example true
             */
            oidc_team_mapping_enabled?: boolean;
            /**
             * @description Whether a Konnect Identity Admin assigns teams to a developer.
             * @example false
             */
            konnect_mapping_enabled?: boolean;
            /**
             * @description Whether IdP groups determine the Konnect Portal teams a developer has. This will soon replace oidc_team_mapping_enabled.
             * @example true
             */
            idp_mapping_enabled?: boolean;
            oidc_issuer?: string;
            oidc_client_id?: string;
            oidc_client_secret?: string;
            /**
             * @default [
             *       "email",
             *       "openid",
             *       "profile"
             *     ]
             */
            oidc_scopes: string[];
            oidc_claim_mappings?: components["schemas"]["PortalClaimMappings"];
        };
        /**
         * PortalTeamGroupMappingsUpdateRequest
         * @description A set of mappings to update from a team to their groups.
         * @example {
         *       "data": [
         *         {
         *           "team_id": "af91db4c-6e51-403e-a2bf-33d27ae50c0a",
         *           "groups": [
         *             "Service Developer"
         *           ]
         *         }
         *       ]
         *     }
         */
        PortalTeamGroupMappingsUpdateRequest: {
            /** @description The IdP groups to map to the given team. */
            data?: {
                /** Format: uuid */
                team_id?: string;
                groups?: string[];
            }[];
        };
        /**
         * PortalUpdateTeamRequest
         * @description Properties to update on a team.
         * @example {
         *       "name": "IDM - Developers",
         *       "description": "The Identity Management (IDM) API team."
         *     }
         */
        PortalUpdateTeamRequest: {
            /** @example IDM - Developers */
            name?: string;
            /** @example The Identity Management (IDM) API team. */
            description?: string;
        };
        /**
         * PortalCreateTeamRequest
         * @description Details about a team to create.
         * @example {
         *       "name": "IDM - Developers",
         *       "description": "The Identity Management (IDM) team."
         *     }
         */
        PortalCreateTeamRequest: {
            /** @example IDM - Developers */
            name: string;
            /** @example The Identity Management (IDM) team. */
            description?: string;
        };
        /**
         * PortalTeamResponse
         * @description Details about a developer team.
         * @example {
         *       "id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *       "name": "IDM - Developers",
         *       "description": "The developers for the IDM API.",
         *       "created_at": "1992-02-07T17:46:57.52Z",
         *       "updated_at": "2022-08-31T17:00:00.52Z"
         *     }
         */
        PortalTeamResponse: {
            /**
             * Format: uuid
             * @example 7f9fd312-a987-4628-b4c5-bb4f4fddd5f7
             */
            readonly id?: string;
            /** @example IDM - Developers */
            name?: string;
            /** @example The developers for the IDM API. */
            description?: string;
            /**
             * Format: date-time
             * @example 1992-02-07T17:46:57.52Z
             */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @example 2022-02-07T17:00:00.52Z
             */
            readonly updated_at?: string;
        };
        /**
         * PortalTeamGroupMappingResponse
         * @description A paginated list of portal team group mappings.
         * @example {
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 2
         *         }
         *       },
         *       "data": [
         *         {
         *           "team_id": "6801e673-cc10-498a-94cd-4271de07a0d3",
         *           "groups": [
         *             "Tech Leads",
         *             "API Engineers"
         *           ]
         *         },
         *         {
         *           "team_id": "7301e673-cc10-498a-94cd-4271de07a0d3",
         *           "groups": [
         *             "Managers",
         *             "Directors"
         *           ]
         *         }
         *       ]
         *     }
         */
        PortalTeamGroupMappingResponse: {
            meta?: components["schemas"]["PaginatedMeta"];
            data?: components["schemas"]["PortalTeamGroupMapping"][];
        };
        /**
         * PortalTeamGroupMapping
         * @description A map of portal teams to Identity Provider groups.
         * @example {
         *       "team_id": "6801e673-cc10-498a-94cd-4271de07a0d3",
         *       "groups": [
         *         "Tech Leads",
         *         "API Engineers"
         *       ]
         *     }
         */
        PortalTeamGroupMapping: {
            /**
             * Format: uuid
             * @description The Konnect team ID.
             * @example 6801e673-cc10-498a-94cd-4271de07a0d3
             */
            team_id?: string;
            /** @description The IdP groups that are mapped to the specified team. */
            groups?: string[];
        };
        /**
         * PortalAssignedRoleResponse
         * @description An assigned role associates a service and an action to a team.
         * @example {
         *       "id": "1a3c2169-27f8-4594-926b-41df3432d5dc",
         *       "role_name": "API Viewer",
         *       "entity_id": "18ee2573-dec0-4b83-be99-fa7700bcdc61",
         *       "entity_type_name": "Services",
         *       "entity_region": "us"
         *     }
         */
        PortalAssignedRoleResponse: {
            /**
             * Format: uuid
             * @example eaf7adf1-32c8-4bbf-b960-d1f8456afe67
             */
            id: string;
            /** @example API Viewer */
            role_name: string;
            /**
             * Format: uuid
             * @example 817d0422-45c9-4d88-8d64-45aef05c1ae7
             */
            entity_id: string;
            /** @example Services */
            entity_type_name: string;
            /**
             * @description Region of the entity.
             * @example eu
             * @enum {string}
             */
            entity_region: "us" | "eu" | "au" | "me" | "in" | "sg" | "*";
        };
        /**
         * @description A paginated list of portals in the current region in the organization.
         * @example {
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 1
         *         }
         *       },
         *       "data": [
         *         {
         *           "id": "8f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *           "created_at": "2022-02-07T17:46:57.52Z",
         *           "updated_at": "2022-10-08T17:00:00.52Z",
         *           "name": "Portal A",
         *           "display_name": "Developer Portal A",
         *           "description": "The Portal A",
         *           "default_domain": "123455678abcd.us.portal.konghq.com",
         *           "is_public": false,
         *           "rbac_enabled": true,
         *           "auto_approve_applications": false,
         *           "auto_approve_developers": true,
         *           "custom_domain": "api.example.com",
         *           "custom_client_domain": "portal.example.com",
         *           "application_count": 0,
         *           "developer_count": 0,
         *           "published_product_count": 0
         *         }
         *       ]
         *     }
         */
        ListPortalsResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["Portal"][];
        };
        /**
         * @description A paginated list of API products published to a portal.
         * @example {
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 2
         *         }
         *       },
         *       "data": [
         *         {
         *           "id": "9cdcba18-5bdf-4936-81de-d76da02cb99b",
         *           "name": "Excellent API",
         *           "description": "Excellent for serving",
         *           "created_at": "2022-05-24T18:40:35.500Z",
         *           "updated_at": "2022-05-24T18:40:35.500Z",
         *           "portal_ids": [
         *             "83f1733c-862c-43e5-a005-acfb0addfcfb"
         *           ],
         *           "labels": {
         *             "department": "marketing"
         *           },
         *           "version_count": 4
         *         },
         *         {
         *           "id": "6d8cba18-5bdf-4936-81de-d76da02cb99b",
         *           "name": "Utility API",
         *           "description": "Useful for helping with progress",
         *           "created_at": "2022-04-24T18:40:35.500Z",
         *           "updated_at": "2022-09-24T18:40:35.500Z",
         *           "portal_ids": [
         *             "83f1733c-862c-43e5-a005-acfb0addfcfb"
         *           ],
         *           "labels": {
         *             "department": "engineering",
         *             "location": "cyberspace"
         *           },
         *           "version_count": 21
         *         }
         *       ]
         *     }
         */
        ListPortalProductsResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["PublishedAPIProduct"][];
        };
        /** PortalProductFilters */
        PortalProductFilters: {
            id?: components["schemas"]["UuidFieldFilter"];
            name?: components["schemas"]["StringFieldFilter"];
            description?: components["schemas"]["StringFieldFilter"];
        };
        /** PortalProductVersionFilters */
        PortalProductVersionFilters: {
            id?: components["schemas"]["UuidFieldFilter"];
            publish_status?: components["schemas"]["PublishStatusFilter"];
            product_version_id?: components["schemas"]["UuidFieldFilter"];
            created_at?: components["schemas"]["DateTimeFieldFilter"];
            updated_at?: components["schemas"]["DateTimeFieldFilter"];
            auth_strategy_ids?: components["schemas"]["UuidFieldFilter"];
            application_registration_enabled?: components["schemas"]["BooleanFieldFilter"];
            auto_approve_registration?: components["schemas"]["BooleanFieldFilter"];
            deprecated?: components["schemas"]["BooleanFieldFilter"];
        };
        /**
         * @description Publication status of the API product version on the portal
         * @enum {string}
         */
        PortalProductVersionPublishStatus: "published" | "unpublished";
        /** @description Whether the api product version on the portal is deprecated */
        PortalProductVersionDeprecated: boolean;
        /**
         * NotifyDevelopers
         * @description Whether to notify developers who are affected by this change
         */
        NotifyDevelopers: boolean;
        /**
         * PublishStatusFilter
         * @description Filters on the given publish status
         */
        PublishStatusFilter: components["schemas"]["StringFieldEqualsFilter"] | components["schemas"]["StringFieldOEQFilter"] | components["schemas"]["StringFieldNEQFilter"];
        /** @description Whether the application registration on this portal for the api product version is enabled */
        ApplicationRegistrationEnabled: boolean;
        /** @description Whether the application registration auto approval on this portal for the api product version is enabled */
        AutoApproveRegistration: boolean;
        /** @description A list of authentication strategies */
        AuthStrategies: components["schemas"]["AuthStrategy"][];
        /** @description A list of authentication strategy IDs */
        AuthStrategyIDs: components["schemas"]["UUID_RW"][];
        /**
         * PublishAPIProductPayload,
         * @description Payload to publish/unpublish multiple API products
         */
        PublishAPIProductPayload: {
            api_products: {
                [key: string]: {
                    /** @enum {string} */
                    publish_status: "published" | "unpublished";
                } | null;
            };
        };
        /**
         * CreatePortalProductVersionPayload
         * @description Payload to create a Portal Product Version
         */
        CreatePortalProductVersionPayload: {
            publish_status: components["schemas"]["PortalProductVersionPublishStatus"];
            product_version_id: components["schemas"]["UUID_RW"];
            auth_strategy_ids: components["schemas"]["AuthStrategyIDs"];
            application_registration_enabled: components["schemas"]["ApplicationRegistrationEnabled"];
            auto_approve_registration: components["schemas"]["AutoApproveRegistration"];
            deprecated: components["schemas"]["PortalProductVersionDeprecated"];
        };
        /**
         * ReplacePortalProductVersionPayload
         * @description Payload to update a Portal Product Version
         */
        ReplacePortalProductVersionPayload: {
            publish_status: components["schemas"]["PortalProductVersionPublishStatus"];
            auth_strategy_ids: components["schemas"]["AuthStrategyIDs"];
            application_registration_enabled: components["schemas"]["ApplicationRegistrationEnabled"];
            auto_approve_registration: components["schemas"]["AutoApproveRegistration"];
            deprecated: components["schemas"]["PortalProductVersionDeprecated"];
            notify_developers?: components["schemas"]["NotifyDevelopers"];
        };
        /**
         * UpdatePortalProductVersionPayload
         * @description Payload to update a Portal Product Version
         */
        UpdatePortalProductVersionPayload: {
            publish_status?: components["schemas"]["PortalProductVersionPublishStatus"];
            auth_strategy_ids?: components["schemas"]["AuthStrategyIDs"];
            application_registration_enabled?: components["schemas"]["ApplicationRegistrationEnabled"];
            auto_approve_registration?: components["schemas"]["AutoApproveRegistration"];
            deprecated?: components["schemas"]["PortalProductVersionDeprecated"];
            notify_developers?: components["schemas"]["NotifyDevelopers"];
        };
        /**
         * PortalProductVersion
         * @description A Portal Product Version holds metadata that describes how a Product Version is configured for a specific portal.
         *
         *     It contains:
         *     - Lifecyle and deprecation statuses
         *     - Application registration settings like auto approve or whether application registration is enabled
         *     - The Authentication Strategy (if present) that is enabled for Application Registration
         */
        PortalProductVersion: {
            id: components["schemas"]["UUID"];
            publish_status: components["schemas"]["PortalProductVersionPublishStatus"];
            product_version_id: components["schemas"]["UUID_RW"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            auth_strategies: components["schemas"]["AuthStrategies"];
            application_registration_enabled: components["schemas"]["ApplicationRegistrationEnabled"];
            auto_approve_registration: components["schemas"]["AutoApproveRegistration"];
            deprecated: components["schemas"]["PortalProductVersionDeprecated"];
        };
        /**
         * ListPortalProductVersions
         * @description A paginated list response for a collection of portal product versions
         */
        ListPortalProductVersions: {
            data: components["schemas"]["PortalProductVersion"][];
            meta: components["schemas"]["PaginatedMeta"];
        };
        /**
         * PublishedApiProduct
         * @example {
         *       "id": "7cdcba18-5bdf-4936-81de-d76da02cb99b",
         *       "name": "Excellent API",
         *       "description": "Excellent for serving",
         *       "created_at": "2022-05-24T18:40:35.500Z",
         *       "updated_at": "2022-05-24T18:40:35.500Z",
         *       "portal_ids": [
         *         "83f1733c-862c-43e5-a005-acfb0addfcfb"
         *       ],
         *       "labels": {
         *         "department": "marketing"
         *       },
         *       "version_count": 4
         *     }
         */
        PublishedAPIProduct: {
            /**
             * Format: uuid
             * @description The API product ID.
             * @example b9e81174-b5bb-4638-a3c3-8afe61a0abf8
             */
            readonly id: string;
            /**
             * @description The name of the API product
             * @example My Name
             */
            name: string;
            /**
             * @description The description of the API product
             * @example MyDescription
             */
            description: string | null;
            /** @description The list of portal identifiers which this API product is published to */
            portal_ids: string[];
            /**
             * @description The number of published product versions attached to this API product
             * @example 10
             */
            version_count: number;
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            labels: components["schemas"]["Labels"];
        };
        GetPortalResponse: components["schemas"]["Portal"];
        UpdatePortalResponse: components["schemas"]["Portal"];
        CreatePortalResponse: components["schemas"]["Portal"];
        GetAppearanceDefaultsResponse: components["schemas"]["AppearanceDefaults"];
        /**
         * @example {
         *       "theme_name": "custom",
         *       "use_custom_fonts": true,
         *       "custom_theme": {
         *         "colors": {
         *           "section": {
         *             "header": {
         *               "value": "#F8F8F8",
         *               "description": "Background for header"
         *             },
         *             "body": {
         *               "value": "#FFFFFF",
         *               "description": "Background for main content"
         *             },
         *             "hero": {
         *               "value": "#F8F8F8",
         *               "description": "Background for hero section"
         *             },
         *             "accent": {
         *               "value": "#F8F8F8",
         *               "description": "Subtle background"
         *             },
         *             "tertiary": {
         *               "value": "#FFFFFF",
         *               "description": "Tertiary background"
         *             },
         *             "stroke": {
         *               "value": "rgba(0,0,0,0.1)",
         *               "description": "Border color"
         *             },
         *             "footer": {
         *               "value": "#07A88D",
         *               "description": "Background for footer"
         *             }
         *           },
         *           "text": {
         *             "header": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Header text"
         *             },
         *             "hero": {
         *               "value": "#FFFFFF",
         *               "description": "Hero text"
         *             },
         *             "headings": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Headings text"
         *             },
         *             "primary": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Main content text"
         *             },
         *             "secondary": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Supporting text"
         *             },
         *             "accent": {
         *               "value": "#07A88D",
         *               "description": "Subtle text"
         *             },
         *             "link": {
         *               "value": "#07A88D",
         *               "description": "Link text"
         *             },
         *             "footer": {
         *               "value": "#FFFFFF",
         *               "description": "Footer text"
         *             }
         *           },
         *           "button": {
         *             "primary_fill": {
         *               "value": "#1155CB",
         *               "description": "Background for Primary Button"
         *             },
         *             "primary_text": {
         *               "value": "#FFFFFF",
         *               "description": "Text for Primary Button"
         *             }
         *           }
         *         }
         *       },
         *       "custom_fonts": {
         *         "base": "Roboto",
         *         "code": "Roboto",
         *         "headings": "Roboto"
         *       },
         *       "text": {
         *         "catalog": {
         *           "welcome_message": "Welcome",
         *           "primary_header": "Come on in!"
         *         }
         *       },
         *       "images": {
         *         "favicon": {
         *           "data": "data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU=",
         *           "filename": "favicon.ico"
         *         },
         *         "logo": {
         *           "data": "data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU=",
         *           "filename": "logo.png"
         *         },
         *         "catalog_cover": {
         *           "data": "data:image/jpeg;base64,bmljZV9sb29raW5nX3BpY3R1cmU="
         *         }
         *       }
         *     }
         */
        GetPortalAppearanceResponse: components["schemas"]["PortalAppearance"] & Record<string, never>;
        /**
         * @example {
         *       "theme_name": "custom",
         *       "use_custom_fonts": true,
         *       "custom_theme": {
         *         "colors": {
         *           "section": {
         *             "header": {
         *               "value": "#F8F8F8",
         *               "description": "Background for header"
         *             },
         *             "body": {
         *               "value": "#FFFFFF",
         *               "description": "Background for main content"
         *             },
         *             "hero": {
         *               "value": "#F8F8F8",
         *               "description": "Background for hero section"
         *             },
         *             "accent": {
         *               "value": "#F8F8F8",
         *               "description": "Subtle background"
         *             },
         *             "tertiary": {
         *               "value": "#FFFFFF",
         *               "description": "Tertiary background"
         *             },
         *             "stroke": {
         *               "value": "rgba(0,0,0,0.1)",
         *               "description": "Border color"
         *             },
         *             "footer": {
         *               "value": "#07A88D",
         *               "description": "Background for footer"
         *             }
         *           },
         *           "text": {
         *             "header": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Header text"
         *             },
         *             "hero": {
         *               "value": "#FFFFFF",
         *               "description": "Hero text"
         *             },
         *             "headings": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Headings text"
         *             },
         *             "primary": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Main content text"
         *             },
         *             "secondary": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Supporting text"
         *             },
         *             "accent": {
         *               "value": "#07A88D",
         *               "description": "Subtle text"
         *             },
         *             "link": {
         *               "value": "#07A88D",
         *               "description": "Link text"
         *             },
         *             "footer": {
         *               "value": "#FFFFFF",
         *               "description": "Footer text"
         *             }
         *           },
         *           "button": {
         *             "primary_fill": {
         *               "value": "#1155CB",
         *               "description": "Background for Primary Button"
         *             },
         *             "primary_text": {
         *               "value": "#FFFFFF",
         *               "description": "Text for Primary Button"
         *             }
         *           }
         *         }
         *       },
         *       "custom_fonts": {
         *         "base": "Roboto",
         *         "code": "Roboto",
         *         "headings": "Roboto"
         *       },
         *       "text": {
         *         "catalog": {
         *           "welcome_message": "Welcome",
         *           "primary_header": "Come on in!"
         *         }
         *       },
         *       "images": {
         *         "favicon": {
         *           "data": "data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU=",
         *           "filename": "favicon.ico"
         *         },
         *         "logo": {
         *           "data": "data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU=",
         *           "filename": "logo.png"
         *         },
         *         "catalog_cover": {
         *           "data": "data:image/jpeg;base64,bmljZV9sb29raW5nX3BpY3R1cmU="
         *         }
         *       }
         *     }
         */
        UpdatePortalAppearanceResponse: components["schemas"]["PortalAppearance"] & Record<string, never>;
        /**
         * GetPortalAppearanceLogoResponse
         * Format: binary
         * @example data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU=
         */
        GetPortalAppearanceLogoResponse: string;
        /**
         * GetPortalAppearanceLogoResponse
         * Format: binary
         * @example data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU=
         */
        GetPortalAppearanceCatalogCoverResponse: string;
        /**
         * @example {
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 4
         *         }
         *       },
         *       "data": [
         *         {
         *           "id": "8cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "jane.developer@example.com",
         *           "full_name": "Jane Dev",
         *           "status": "approved",
         *           "application_count": 8,
         *           "created_at": "2022-11-15T20:37:41.457Z",
         *           "updated_at": "2022-11-15T20:37:47.456Z"
         *         },
         *         {
         *           "id": "4cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "john.developer@example.com",
         *           "full_name": "John Dev",
         *           "status": "revoked",
         *           "application_count": 27,
         *           "created_at": "2022-11-15T20:37:41.457Z",
         *           "updated_at": "2022-11-15T20:37:47.456Z"
         *         },
         *         {
         *           "id": "6cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "john.developer@example.com",
         *           "full_name": "Jim Dev",
         *           "status": "pending",
         *           "application_count": 0,
         *           "created_at": "2022-11-15T20:37:41.457Z",
         *           "updated_at": "2022-11-15T20:37:47.456Z"
         *         },
         *         {
         *           "id": "7cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "john.developer@example.com",
         *           "full_name": "Jan Dev",
         *           "status": "rejected",
         *           "application_count": 1,
         *           "created_at": "2022-11-15T20:37:41.457Z",
         *           "updated_at": "2022-11-15T20:37:47.456Z"
         *         }
         *       ]
         *     }
         */
        ListDevelopersResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["PortalDeveloper"][];
        };
        /**
         * @example {
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 2
         *         }
         *       },
         *       "data": [
         *         {
         *           "id": "b15e2460-ba40-431d-9df0-4957fcffacda",
         *           "labels": {
         *             "env": "test"
         *           },
         *           "name": "App 1",
         *           "description": "An easy to manage app in a Konnect developer portal",
         *           "reference_id": "df66b180-97df-4ddb-8b45-8b7d5eac56da",
         *           "registration_count": 2,
         *           "portal": {
         *             "id": "95606071-49c7-4c2e-ae49-8a86d72a8110"
         *           },
         *           "dcr_provider": null,
         *           "granted_scopes": null,
         *           "developer": {
         *             "id": "9cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *             "name": "Jane Dev",
         *             "email": "jane.developer@example.com"
         *           },
         *           "created_at": "2022-12-22T19:09:30.712Z",
         *           "updated_at": "2022-12-22T19:09:30.712Z"
         *         },
         *         {
         *           "id": "b15e2460-ba40-431d-9df0-4957fcffacda",
         *           "labels": {
         *             "env": "test"
         *           },
         *           "name": "App 1",
         *           "description": "A Konnect application that is linked to an Identity Provider application using Dynamic Client Registration (DCR)",
         *           "reference_id": "yr1k0d9kj3l0cl01hp4o0",
         *           "registration_count": 3,
         *           "portal": {
         *             "id": "95606071-49c7-4c2e-ae49-8a86d72a8110"
         *           },
         *           "dcr_provider": {
         *             "id": "7ea06071-49c7-4c2e-ae49-8a86d72a8110"
         *           },
         *           "granted_scopes": [
         *             "openid"
         *           ],
         *           "developer": {
         *             "id": "9cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *             "name": "John Dev",
         *             "email": "john.developer@example.com"
         *           },
         *           "created_at": "2022-12-22T19:07:30.712Z",
         *           "updated_at": "2022-12-22T19:07:30.712Z"
         *         }
         *       ]
         *     }
         */
        ListApplicationsResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["Application"][];
        };
        UpdateDeveloperResponse: components["schemas"]["PortalDeveloper"];
        GetDeveloperResponse: components["schemas"]["PortalDeveloper"];
        GetApplicationResponse: components["schemas"]["Application"];
        /**
         * ListApplicationRegistrationsResponse
         * @example {
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 2
         *         }
         *       },
         *       "data": [
         *         {
         *           "id": "c200cc33-2d33-4754-b086-a98e0fcd36fb",
         *           "status": "approved",
         *           "application": {
         *             "id": "e15e2460-ba40-431d-9df0-4957fcff7cda",
         *             "name": "App 1"
         *           },
         *           "product": {
         *             "id": "56f637b7-cd95-478b-9b02-d770618f641c",
         *             "name": "Great Product"
         *           },
         *           "product_version": {
         *             "id": "64e54925-20a0-4788-9873-d24db33f1495",
         *             "name": "v1"
         *           },
         *           "developer": {
         *             "id": "6cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *             "name": "Jane Dev"
         *           },
         *           "granted_scopes": [
         *             "openid"
         *           ],
         *           "created_at": "2022-12-22T20:13:07.305Z",
         *           "updated_at": "2022-12-22T20:13:36.710Z"
         *         },
         *         {
         *           "id": "d200cc33-2d33-4754-b086-a98e0fcd36fb",
         *           "status": "rejected",
         *           "application": {
         *             "id": "e15e2460-ba40-431d-9df0-4957fcff7cda",
         *             "name": "App 2"
         *           },
         *           "product": {
         *             "id": "56f637b7-cd95-478b-9b02-d770618f641c",
         *             "name": "Great Product"
         *           },
         *           "product_version": {
         *             "id": "64e54925-20a0-4788-9873-d24db33f1495",
         *             "name": "v0"
         *           },
         *           "developer": {
         *             "id": "6cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *             "name": "Jane Dev"
         *           },
         *           "granted_scopes": null,
         *           "created_at": "2022-12-22T20:13:07.305Z",
         *           "updated_at": "2022-12-22T20:13:36.710Z"
         *         },
         *         {
         *           "id": "d300cc33-2d33-4754-b086-a98e0fcd36fb",
         *           "status": "pending",
         *           "application": {
         *             "id": "e15e2460-ba40-431d-9df0-4957fcff7cda",
         *             "name": "App 3"
         *           },
         *           "product": {
         *             "id": "56f637b7-cd95-478b-9b02-d770618f641c",
         *             "name": "Good Product"
         *           },
         *           "product_version": {
         *             "id": "64e54925-20a0-4788-9873-d24db33f1495",
         *             "name": "v2"
         *           },
         *           "developer": {
         *             "id": "6cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *             "name": "Jane Dev"
         *           },
         *           "granted_scopes": [
         *             "openid",
         *             "read:myscope"
         *           ],
         *           "created_at": "2022-12-22T20:13:07.305Z",
         *           "updated_at": "2022-12-22T20:13:36.710Z"
         *         },
         *         {
         *           "id": "d300cc33-2d33-4754-b086-a98e0fcd36fb",
         *           "status": "revoked",
         *           "application": {
         *             "id": "e15e2460-ba40-431d-9df0-4957fcff7cda",
         *             "name": "App 3"
         *           },
         *           "product": {
         *             "id": "56f637b7-cd95-478b-9b02-d770618f641c",
         *             "name": "Good Product"
         *           },
         *           "product_version": {
         *             "id": "64e54925-20a0-4788-9873-d24db33f1495",
         *             "name": "v1"
         *           },
         *           "developer": {
         *             "id": "6cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *             "name": "Jane Dev"
         *           },
         *           "granted_scopes": [],
         *           "created_at": "2022-12-22T20:13:07.305Z",
         *           "updated_at": "2022-12-22T20:13:36.710Z"
         *         }
         *       ]
         *     }
         */
        ListApplicationRegistrationsResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["ApplicationRegistration"][];
        };
        /**
         * ListGrantedScopesResponse
         * @example {
         *       "data": [
         *         "profile",
         *         "vault"
         *       ]
         *     }
         */
        ListGrantedScopesResponse: {
            data: string[];
        };
        GetApplicationRegistrationResponse: components["schemas"]["ApplicationRegistration"];
        UpdateApplicationRegistrationResponse: components["schemas"]["ApplicationRegistration"];
        /**
         * VerifyPortalDomainsResponse
         * @description Details about the current status of a custom domain.
         * @example {
         *       "is_cname_verified": true,
         *       "is_ssl_issued": false
         *     }
         */
        VerifyPortalDomainsResponse: {
            readonly is_cname_verified: boolean;
            readonly is_ssl_issued: boolean;
        };
        /**
         * BasicDeveloper
         * @description Basic information about a developer.
         * @example {
         *       "id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *       "email": "user@email.com",
         *       "full_name": "API Developer",
         *       "active": true,
         *       "created_at": "2022-02-07T17:46:57.52Z",
         *       "updated_at": "2022-10-08T17:00:00.52Z"
         *     }
         */
        BasicDeveloper: {
            /**
             * Format: uuid
             * @example 7f9fd312-a987-4628-b4c5-bb4f4fddd5f7
             */
            readonly id?: string;
            /**
             * Format: email
             * @example developer@email.com
             */
            email?: string;
            /** @example API Developer */
            full_name?: string;
            /** @example true */
            readonly active?: boolean;
            /**
             * Format: date-time
             * @example 2022-02-07T17:46:57.52Z
             */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @example 2022-10-08T17:00:00.52Z
             */
            readonly updated_at?: string;
        };
        /**
         * PortalDeveloper
         * @example {
         *       "id": "7cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *       "email": "developer@example.com",
         *       "full_name": "Jane Dev",
         *       "status": "approved",
         *       "application_count": 3,
         *       "created_at": "2022-11-15T20:37:41.457Z",
         *       "updated_at": "2022-11-15T20:37:47.456Z"
         *     }
         */
        PortalDeveloper: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            /** Format: email */
            email: string;
            full_name: string;
            status: components["schemas"]["DeveloperStatus"];
            /** @example 4 */
            readonly application_count: number;
        };
        /**
         * Application
         * @example {
         *       "id": "b15e2460-ba40-431d-9df0-4957fcffacda",
         *       "labels": {
         *         "env": "test"
         *       },
         *       "name": "App 1",
         *       "description": "An easy to manage app in a Konnect developer portal",
         *       "reference_id": "df66b180-97df-4ddb-8b45-8b7d5eac56da",
         *       "registration_count": 4,
         *       "portal": {
         *         "id": "95606071-49c7-4c2e-ae49-8a86d72a8110"
         *       },
         *       "dcr_provider": null,
         *       "granted_scopes": null,
         *       "developer": {
         *         "id": "9cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *         "name": "Jane Dev",
         *         "email": "jane.developer@example.com"
         *       },
         *       "created_at": "2022-12-22T19:09:30.712Z",
         *       "updated_at": "2022-12-22T19:09:30.712Z"
         *     }
         */
        Application: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            /** @description The unique (per developer) name of the application. */
            name: string;
            /** @description A description of the application. */
            description: string | null;
            labels: components["schemas"]["LabelsUpdate"];
            /** @description The ID used to linked the portal application to an Identity Provider application. */
            readonly reference_id: string;
            /** @description The number of product version registrations that are associated with the application. Registrations of any status are included in the count. */
            readonly registration_count: number;
            /** @description Information about the DCR provider this application uses, if using DCR. */
            dcr_provider: {
                id: components["schemas"]["UUID"];
            } | null;
            /** @description Information about the portal the application is in. */
            portal: {
                id: components["schemas"]["UUID"];
            };
            /** @description Information about the developer that owns the application. */
            developer: {
                id: components["schemas"]["UUID"];
                /** @description The name of the developer that created the application. */
                name: string;
                /** @description The email of the developer that created the application. */
                email: string;
            };
            auth_strategy?: components["schemas"]["AuthStrategy"];
            /** @description List of granted scopes for the application. Null if application type does not support returning granted scopes. */
            granted_scopes: string[] | null;
        };
        /**
         * ApplicationRegistration
         * @description A application's registration for a specific version of a product.
         * @example {
         *       "id": "c300cc33-2d33-4754-b086-a98e0fcd36fb",
         *       "status": "approved",
         *       "application": {
         *         "id": "c15e2460-ba40-431d-9df0-4957fcff7cda",
         *         "name": "App 1"
         *       },
         *       "product": {
         *         "id": "86f637b7-cd95-478b-9b02-d770618f641c",
         *         "name": "Great Product"
         *       },
         *       "product_version": {
         *         "id": "74e54925-20a0-4788-9873-d24db33f1495",
         *         "name": "v1"
         *       },
         *       "developer": {
         *         "id": "ecd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *         "name": "Jane Dev"
         *       },
         *       "granted_scopes": [
         *         "openid"
         *       ],
         *       "created_at": "2022-12-22T20:13:07.305Z",
         *       "updated_at": "2022-12-22T20:13:36.710Z"
         *     }
         */
        ApplicationRegistration: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            status: components["schemas"]["ApplicationRegistrationStatus"];
            /** @description Details about the product the application is registered to. */
            product: {
                id: components["schemas"]["UUID"];
                /** @description The name of the product the application is registered to. */
                name: string;
            };
            /** @description Details about the version of the product the application is registered to. */
            product_version: {
                id: components["schemas"]["UUID"];
                /** @description The name of the product version associated with the product the application is registered to. */
                name: string;
            };
            /** @description Details about the application the registration is part of. */
            application: {
                id: components["schemas"]["UUID"];
                /** @description The name of the application the registration is part of. */
                name: string;
            };
            /** @description Details about the developer that owns the application the registration is part of. */
            developer: {
                id: components["schemas"]["UUID"];
                /** @description The name of the developer that created the registration. */
                name: string;
            };
            /**
             * @deprecated
             * @description Cached list of granted scopes for the registration. Identical for all registrations of an applications, use `/portals/{portalId}/applications/{applicationId}` to get up to date granted scopes from the IDP. Null if application type does not support returning granted scopes.
             */
            granted_scopes: string[] | null;
        };
        /**
         * @example {
         *       "id": "9f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *       "created_at": "2022-02-07T17:46:57.52Z",
         *       "updated_at": "2022-10-08T17:00:00.52Z",
         *       "name": "Portal A",
         *       "display_name": "Developer Portal A",
         *       "description": "The Portal A",
         *       "default_domain": "123455678abcd.us.portal.konghq.com",
         *       "is_public": false,
         *       "rbac_enabled": true,
         *       "auto_approve_applications": false,
         *       "auto_approve_developers": true,
         *       "custom_domain": "api.example.com",
         *       "custom_client_domain": "portal.example.com",
         *       "application_count": 0,
         *       "developer_count": 0,
         *       "published_product_count": 0
         *     }
         */
        Portal: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            name: components["schemas"]["PortalName"];
            display_name: components["schemas"]["PortalDisplayName"];
            description: components["schemas"]["PortalDescription"];
            /**
             * Format: hostname
             * @description The domain assigned to the portal by Konnect. This is the default place to access the portal and its API if not using a `custom_domain``.
             */
            readonly default_domain: string;
            /** @description Whether the portal catalog can be accessed publicly without any developer authentication. Developer accounts and applications cannot be created if the portal is public. */
            is_public: boolean;
            /** @description Whether the portal resources are protected by Role Based Access Control (RBAC). If enabled, developers view or register for products until unless assigned to teams with access to view and consume specific products. */
            rbac_enabled: boolean;
            /** @description Whether the requests from applications to register for products will be automatically approved, or if they will be set to pending until approved by an admin. */
            auto_approve_applications: boolean;
            /** @description Whether the developer account registrations will be automatically approved, or if they will be set to pending until approved by an admin. */
            auto_approve_developers: boolean;
            /**
             * Format: hostname
             * @description The custom domain to access the developer portal. A CNAME for the portal's default domain must be able to be set for the custom domain for it to be valid. After setting a valid CNAME, an SSL/TLS certificate will be automatically manged for the custom domain, and traffic will be able to use the custom domain to route to the portal's web client and API.
             */
            custom_domain: string | null;
            /**
             * Format: hostname
             * @description The custom domain to access a self-hosted customized developer portal client. If this is set, the Konnect-hosted portal client will no longer be available. `custom_domain` must be also set for this value to be set. See https://github.com/Kong/konnect-portal for information on how to get started deploying and customizing your own Konnect portal.
             */
            custom_client_domain: string | null;
            default_application_auth_strategy_id?: components["schemas"]["DefaultApplicationAuthStratID"];
            labels?: components["schemas"]["Labels"];
            /** @description Number of applications created in the portal. */
            application_count: number;
            /** @description Number of developers using the portal. */
            developer_count: number;
            /** @description Number of api products published to the portal */
            published_product_count: number;
        };
        /** @description The description of the portal. */
        PortalDescription: string | null;
        /**
         * Format: uuid
         * @description Default strategy ID applied on applications for the portal
         * @example 5f9fd312-a987-4628-b4c5-bb4f4fddd5f7
         */
        DefaultApplicationAuthStratID: string | null;
        /**
         * @example {
         *       "name": "DevPortal",
         *       "is_public": false,
         *       "rbac_enabled": true,
         *       "auto_approve_applications": false,
         *       "auto_approve_developers": false,
         *       "custom_domain": "api.example.com",
         *       "custom_client_domain": "portal.example.com",
         *       "default_application_auth_strategy_id": "5f9fd312-a987-4628-b4c5-bb4f4fddd5f7"
         *     }
         */
        CreatePortalRequest: {
            name: components["schemas"]["PortalName"];
            display_name?: components["schemas"]["PortalDisplayName"];
            description?: components["schemas"]["PortalDescription"];
            /** @description Whether the portal catalog can be accessed publicly without any developer authentication. Developer accounts and applications cannot be created if the portal is public. */
            is_public?: boolean;
            /** @description Whether the portal resources are protected by Role Based Access Control (RBAC). If enabled, developers view or register for products until unless assigned to teams with access to view and consume specific products. */
            rbac_enabled?: boolean;
            /** @description Whether the requests from applications to register for products will be automatically approved, or if they will be set to pending until approved by an admin. */
            auto_approve_applications?: boolean;
            /** @description Whether the developer account registrations will be automatically approved, or if they will be set to pending until approved by an admin. */
            auto_approve_developers?: boolean;
            /**
             * Format: hostname
             * @description The custom domain to access the developer portal. A CNAME for the portal's default domain must be able to be set for the custom domain for it to be valid. After setting a valid CNAME, an SSL/TLS certificate will be automatically manged for the custom domain, and traffic will be able to use the custom domain to route to the portal's web client and API.
             */
            custom_domain?: string | null;
            /**
             * Format: hostname
             * @description The custom domain to access a self-hosted customized developer portal client. If this is set, the Konnect-hosted portal will no longer be available.  `custom_domain` must be also set for this value to be set. See https://github.com/Kong/konnect-portal for information on how to get started deploying and customizing your own Konnect portal.
             */
            custom_client_domain?: string | null;
            default_application_auth_strategy_id?: components["schemas"]["DefaultApplicationAuthStratID"];
            labels?: components["schemas"]["Labels"];
        };
        /** @description The name of the portal, used to distinguish it from other portals. Name must be unique. */
        PortalName: string;
        /** @description The display name of the portal. This value will be the portal's `name` in Portal API. */
        PortalDisplayName: string;
        /**
         * @example {
         *       "name": "Aperture",
         *       "is_public": false,
         *       "rbac_enabled": true,
         *       "auto_approve_applications": false,
         *       "auto_approve_developers": false,
         *       "custom_domain": "api.example.com",
         *       "custom_client_domain": "portal.example.com",
         *       "default_application_auth_strategy_id": "5f9fd312-a987-4628-b4c5-bb4f4fddd5f7"
         *     }
         */
        UpdatePortalRequest: {
            name?: components["schemas"]["PortalName"];
            display_name?: components["schemas"]["PortalDisplayName"];
            description?: components["schemas"]["PortalDescription"];
            /** @description Whether the portal catalog can be accessed publicly without any developer authentication. Developer accounts and applications cannot be created if the portal is public. */
            is_public?: boolean;
            /** @description Whether the portal resources are protected by Role Based Access Control (RBAC). If enabled, developers view or register for products until unless assigned to teams with access to view and consume specific products. */
            rbac_enabled?: boolean;
            /** @description Whether the requests from applications to register for products will be automatically approved, or if they will be set to pending until approved by an admin. */
            auto_approve_applications?: boolean;
            /** @description Whether the developer account registrations will be automatically approved, or if they will be set to pending until approved by an admin. */
            auto_approve_developers?: boolean;
            /**
             * Format: hostname
             * @description The custom domain to access the developer portal. A CNAME for the portal's default domain must be able to be set for the custom domain for it to be valid. After setting a valid CNAME, an SSL/TLS certificate will be automatically manged for the custom domain, and traffic will be able to use the custom domain to route to the portal's web client and API.
             */
            custom_domain?: string | null;
            /**
             * Format: hostname
             * @description The custom domain to access a self-hosted customized developer portal client. If this is set, the Konnect-hosted portal will no longer be available.  `custom_domain` must be also set for this value to be set. See https://github.com/Kong/konnect-portal for information on how to get started deploying and customizing your own Konnect portal.
             */
            custom_client_domain?: string | null;
            default_application_auth_strategy_id?: components["schemas"]["DefaultApplicationAuthStratID"];
            labels?: components["schemas"]["LabelsUpdate"];
        };
        /**
         * UpdateDeveloperRequest
         * @example {
         *       "status": "approved"
         *     }
         */
        UpdateDeveloperRequest: {
            status?: components["schemas"]["DeveloperStatus"];
        };
        /**
         * UpdateApplicationRegistrationRequest
         * @example {
         *       "status": "rejected"
         *     }
         */
        UpdateApplicationRegistrationRequest: {
            status?: components["schemas"]["ApplicationRegistrationStatus"];
        };
        UpdatePortalAppearanceRequest: components["schemas"]["PortalAppearance"];
        /**
         * AppearanceDefaults
         * @description The built-in appearance settings available for portals.
         * @example {
         *       "themes": {
         *         "mint_rocket": {
         *           "colors": {
         *             "section": {
         *               "header": {
         *                 "value": "#F8F8F8",
         *                 "description": "Background for header"
         *               },
         *               "body": {
         *                 "value": "#FFFFFF",
         *                 "description": "Background for main content"
         *               },
         *               "hero": {
         *                 "value": "#F8F8F8",
         *                 "description": "Background for hero section"
         *               },
         *               "accent": {
         *                 "value": "#F8F8F8",
         *                 "description": "Subtle background"
         *               },
         *               "tertiary": {
         *                 "value": "#FFFFFF",
         *                 "description": "Tertiary background"
         *               },
         *               "stroke": {
         *                 "value": "rgba(0,0,0,0.1)",
         *                 "description": "Border color"
         *               },
         *               "footer": {
         *                 "value": "#07A88D",
         *                 "description": "Background for footer"
         *               }
         *             },
         *             "text": {
         *               "header": {
         *                 "value": "rgba(0,0,0,0.8)",
         *                 "description": "Header text"
         *               },
         *               "hero": {
         *                 "value": "#FFFFFF",
         *                 "description": "Hero text"
         *               },
         *               "headings": {
         *                 "value": "rgba(0,0,0,0.8)",
         *                 "description": "Headings text"
         *               },
         *               "primary": {
         *                 "value": "rgba(0,0,0,0.8)",
         *                 "description": "Main content text"
         *               },
         *               "secondary": {
         *                 "value": "rgba(0,0,0,0.8)",
         *                 "description": "Supporting text"
         *               },
         *               "accent": {
         *                 "value": "#07A88D",
         *                 "description": "Subtle text"
         *               },
         *               "link": {
         *                 "value": "#07A88D",
         *                 "description": "Link text"
         *               },
         *               "footer": {
         *                 "value": "#FFFFFF",
         *                 "description": "Footer text"
         *               }
         *             },
         *             "button": {
         *               "primary_fill": {
         *                 "value": "#1155CB",
         *                 "description": "Background for Primary Button"
         *               },
         *               "primary_text": {
         *                 "value": "#FFFFFF",
         *                 "description": "Text for Primary Button"
         *               }
         *             }
         *           }
         *         },
         *         "dark_mode": {
         *           "colors": {
         *             "section": {
         *               "header": {
         *                 "value": "#0A161E",
         *                 "description": "Background for header"
         *               },
         *               "body": {
         *                 "value": "#0C0C0C",
         *                 "description": "Background for main content"
         *               },
         *               "hero": {
         *                 "value": "#1A1D21",
         *                 "description": "Background for hero section"
         *               },
         *               "accent": {
         *                 "value": "#1F1F1F",
         *                 "description": "Subtle background"
         *               },
         *               "tertiary": {
         *                 "value": "#222529",
         *                 "description": "Tertiary background"
         *               },
         *               "stroke": {
         *                 "value": "#34393F",
         *                 "description": "Border color"
         *               },
         *               "footer": {
         *                 "value": "#212429",
         *                 "description": "Background for footer"
         *               }
         *             },
         *             "text": {
         *               "header": {
         *                 "value": "#FFFFFF",
         *                 "description": "Header text"
         *               },
         *               "hero": {
         *                 "value": "rgba(255,255,255,0.8)",
         *                 "description": "Hero text"
         *               },
         *               "headings": {
         *                 "value": "#FFFFFF",
         *                 "description": "Headings text"
         *               },
         *               "primary": {
         *                 "value": "#C8C8C9",
         *                 "description": "Main content text"
         *               },
         *               "secondary": {
         *                 "value": "#919294",
         *                 "description": "Supporting text"
         *               },
         *               "accent": {
         *                 "value": "#FFFFFF",
         *                 "description": "Subtle text"
         *               },
         *               "link": {
         *                 "value": "#2977FF",
         *                 "description": "Link text"
         *               },
         *               "footer": {
         *                 "value": "#FFFFFF",
         *                 "description": "Footer text"
         *               }
         *             },
         *             "button": {
         *               "primary_fill": {
         *                 "value": "#1155CB",
         *                 "description": "Background for Primary Button"
         *               },
         *               "primary_text": {
         *                 "value": "#FFFFFF",
         *                 "description": "Text for Primary Button"
         *               }
         *             }
         *           }
         *         }
         *       },
         *       "fonts": {
         *         "base": "Roboto",
         *         "code": "Roboto Mono",
         *         "headings": "Lato"
         *       },
         *       "text": {
         *         "catalog": {
         *           "welcome_message": "Welcome to our service catalog",
         *           "primary_header": "Find All of Our Services in a Single Place"
         *         }
         *       }
         *     }
         */
        AppearanceDefaults: {
            themes: components["schemas"]["AppearanceDefaultThemes"];
            fonts: components["schemas"]["AppearanceFonts"];
            text: components["schemas"]["AppearanceTextVariables"];
        };
        /**
         * AppearanceDefaultThemes
         * @description The set of built-in appearance themes that are provided for portals.
         * @example {
         *       "mint_rocket": {
         *         "colors": {
         *           "section": {
         *             "header": {
         *               "value": "#F8F8F8",
         *               "description": "Background for header"
         *             },
         *             "body": {
         *               "value": "#FFFFFF",
         *               "description": "Background for main content"
         *             },
         *             "hero": {
         *               "value": "#F8F8F8",
         *               "description": "Background for hero section"
         *             },
         *             "accent": {
         *               "value": "#F8F8F8",
         *               "description": "Subtle background"
         *             },
         *             "tertiary": {
         *               "value": "#FFFFFF",
         *               "description": "Tertiary background"
         *             },
         *             "stroke": {
         *               "value": "rgba(0,0,0,0.1)",
         *               "description": "Border color"
         *             },
         *             "footer": {
         *               "value": "#07A88D",
         *               "description": "Background for footer"
         *             }
         *           },
         *           "text": {
         *             "header": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Header text"
         *             },
         *             "hero": {
         *               "value": "#FFFFFF",
         *               "description": "Hero text"
         *             },
         *             "headings": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Headings text"
         *             },
         *             "primary": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Main content text"
         *             },
         *             "secondary": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Supporting text"
         *             },
         *             "accent": {
         *               "value": "#07A88D",
         *               "description": "Subtle text"
         *             },
         *             "link": {
         *               "value": "#07A88D",
         *               "description": "Link text"
         *             },
         *             "footer": {
         *               "value": "#FFFFFF",
         *               "description": "Footer text"
         *             }
         *           },
         *           "button": {
         *             "primary_fill": {
         *               "value": "#1155CB",
         *               "description": "Background for Primary Button"
         *             },
         *             "primary_text": {
         *               "value": "#FFFFFF",
         *               "description": "Text for Primary Button"
         *             }
         *           }
         *         }
         *       },
         *       "dark_mode": {
         *         "colors": {
         *           "section": {
         *             "header": {
         *               "value": "#0A161E",
         *               "description": "Background for header"
         *             },
         *             "body": {
         *               "value": "#0C0C0C",
         *               "description": "Background for main content"
         *             },
         *             "hero": {
         *               "value": "#1A1D21",
         *               "description": "Background for hero section"
         *             },
         *             "accent": {
         *               "value": "#1F1F1F",
         *               "description": "Subtle background"
         *             },
         *             "tertiary": {
         *               "value": "#222529",
         *               "description": "Tertiary background"
         *             },
         *             "stroke": {
         *               "value": "#34393F",
         *               "description": "Border color"
         *             },
         *             "footer": {
         *               "value": "#212429",
         *               "description": "Background for footer"
         *             }
         *           },
         *           "text": {
         *             "header": {
         *               "value": "#FFFFFF",
         *               "description": "Header text"
         *             },
         *             "hero": {
         *               "value": "rgba(255,255,255,0.8)",
         *               "description": "Hero text"
         *             },
         *             "headings": {
         *               "value": "#FFFFFF",
         *               "description": "Headings text"
         *             },
         *             "primary": {
         *               "value": "#C8C8C9",
         *               "description": "Main content text"
         *             },
         *             "secondary": {
         *               "value": "#919294",
         *               "description": "Supporting text"
         *             },
         *             "accent": {
         *               "value": "#FFFFFF",
         *               "description": "Subtle text"
         *             },
         *             "link": {
         *               "value": "#2977FF",
         *               "description": "Link text"
         *             },
         *             "footer": {
         *               "value": "#FFFFFF",
         *               "description": "Footer text"
         *             }
         *           },
         *           "button": {
         *             "primary_fill": {
         *               "value": "#1155CB",
         *               "description": "Background for Primary Button"
         *             },
         *             "primary_text": {
         *               "value": "#FFFFFF",
         *               "description": "Text for Primary Button"
         *             }
         *           }
         *         }
         *       }
         *     }
         */
        AppearanceDefaultThemes: {
            mint_rocket: components["schemas"]["AppearanceThemeVariables"];
            dark_mode: components["schemas"]["AppearanceThemeVariables"];
        };
        /**
         * @example {
         *       "value": "#000000",
         *       "description": "The color for a type of thing"
         *     }
         */
        AppearanceColorVariable: {
            value: string;
            description?: string;
        };
        /**
         * @example {
         *       "section": {
         *         "header": {
         *           "value": "#0A161E",
         *           "description": "Background for header"
         *         },
         *         "body": {
         *           "value": "#0C0C0C",
         *           "description": "Background for main content"
         *         },
         *         "hero": {
         *           "value": "#1A1D21",
         *           "description": "Background for hero section"
         *         },
         *         "accent": {
         *           "value": "#1F1F1F",
         *           "description": "Subtle background"
         *         },
         *         "tertiary": {
         *           "value": "#222529",
         *           "description": "Tertiary background"
         *         },
         *         "stroke": {
         *           "value": "#34393F",
         *           "description": "Border color"
         *         },
         *         "footer": {
         *           "value": "#212429",
         *           "description": "Background for footer"
         *         }
         *       },
         *       "text": {
         *         "header": {
         *           "value": "#FFFFFF",
         *           "description": "Header text"
         *         },
         *         "hero": {
         *           "value": "rgba(255,255,255,0.8)",
         *           "description": "Hero text"
         *         },
         *         "headings": {
         *           "value": "#FFFFFF",
         *           "description": "Headings text"
         *         },
         *         "primary": {
         *           "value": "#C8C8C9",
         *           "description": "Main content text"
         *         },
         *         "secondary": {
         *           "value": "#919294",
         *           "description": "Supporting text"
         *         },
         *         "accent": {
         *           "value": "#FFFFFF",
         *           "description": "Subtle text"
         *         },
         *         "link": {
         *           "value": "#2977FF",
         *           "description": "Link text"
         *         },
         *         "footer": {
         *           "value": "#FFFFFF",
         *           "description": "Footer text"
         *         }
         *       },
         *       "button": {
         *         "primary_fill": {
         *           "value": "#1155CB",
         *           "description": "Background for Primary Button"
         *         },
         *         "primary_text": {
         *           "value": "#FFFFFF",
         *           "description": "Text for Primary Button"
         *         }
         *       }
         *     }
         */
        AppearanceThemeColorVariables: {
            section: {
                header: components["schemas"]["AppearanceColorVariable"];
                body: components["schemas"]["AppearanceColorVariable"];
                hero: components["schemas"]["AppearanceColorVariable"];
                accent: components["schemas"]["AppearanceColorVariable"];
                tertiary: components["schemas"]["AppearanceColorVariable"];
                stroke: components["schemas"]["AppearanceColorVariable"];
                footer: components["schemas"]["AppearanceColorVariable"];
            };
            text: {
                header: components["schemas"]["AppearanceColorVariable"];
                hero: components["schemas"]["AppearanceColorVariable"];
                headings: components["schemas"]["AppearanceColorVariable"];
                primary: components["schemas"]["AppearanceColorVariable"];
                secondary: components["schemas"]["AppearanceColorVariable"];
                accent: components["schemas"]["AppearanceColorVariable"];
                link: components["schemas"]["AppearanceColorVariable"];
                footer: components["schemas"]["AppearanceColorVariable"];
            };
            button: {
                primary_fill: components["schemas"]["AppearanceColorVariable"];
                primary_text: components["schemas"]["AppearanceColorVariable"];
            };
        };
        /**
         * AppearanceThemeVariables
         * @description Groups of variables for configuring visual details of the portal user interface. Set theme_name to 'custom' to use custom values for theme variables.
         * @example {
         *       "colors": {
         *         "section": {
         *           "header": {
         *             "value": "#F8F8F8",
         *             "description": "Background for header"
         *           },
         *           "body": {
         *             "value": "#FFFFFF",
         *             "description": "Background for main content"
         *           },
         *           "hero": {
         *             "value": "#F8F8F8",
         *             "description": "Background for hero section"
         *           },
         *           "accent": {
         *             "value": "#F8F8F8",
         *             "description": "Subtle background"
         *           },
         *           "tertiary": {
         *             "value": "#FFFFFF",
         *             "description": "Tertiary background"
         *           },
         *           "stroke": {
         *             "value": "rgba(0,0,0,0.1)",
         *             "description": "Border color"
         *           },
         *           "footer": {
         *             "value": "#07A88D",
         *             "description": "Background for footer"
         *           }
         *         },
         *         "text": {
         *           "header": {
         *             "value": "rgba(0,0,0,0.8)",
         *             "description": "Header text"
         *           },
         *           "hero": {
         *             "value": "#FFFFFF",
         *             "description": "Hero text"
         *           },
         *           "headings": {
         *             "value": "rgba(0,0,0,0.8)",
         *             "description": "Headings text"
         *           },
         *           "primary": {
         *             "value": "rgba(0,0,0,0.8)",
         *             "description": "Main content text"
         *           },
         *           "secondary": {
         *             "value": "rgba(0,0,0,0.8)",
         *             "description": "Supporting text"
         *           },
         *           "accent": {
         *             "value": "#07A88D",
         *             "description": "Subtle text"
         *           },
         *           "link": {
         *             "value": "#07A88D",
         *             "description": "Link text"
         *           },
         *           "footer": {
         *             "value": "#FFFFFF",
         *             "description": "Footer text"
         *           }
         *         },
         *         "button": {
         *           "primary_fill": {
         *             "value": "#1155CB",
         *             "description": "Background for Primary Button"
         *           },
         *           "primary_text": {
         *             "value": "#FFFFFF",
         *             "description": "Text for Primary Button"
         *           }
         *         }
         *       }
         *     }
         */
        AppearanceThemeVariables: {
            colors: components["schemas"]["AppearanceThemeColorVariables"];
        };
        /**
         * AppearanceThemeVariables
         * @description Groups of variables for configuring visual details of the portal user interface. Set theme_name to 'custom' to use custom values for theme variables.
         * @example {
         *       "colors": {
         *         "section": {
         *           "header": {
         *             "value": "#F8F8F8",
         *             "description": "Background for header"
         *           },
         *           "body": {
         *             "value": "#FFFFFF",
         *             "description": "Background for main content"
         *           },
         *           "hero": {
         *             "value": "#F8F8F8",
         *             "description": "Background for hero section"
         *           },
         *           "accent": {
         *             "value": "#F8F8F8",
         *             "description": "Subtle background"
         *           },
         *           "tertiary": {
         *             "value": "#FFFFFF",
         *             "description": "Tertiary background"
         *           },
         *           "stroke": {
         *             "value": "rgba(0,0,0,0.1)",
         *             "description": "Border color"
         *           },
         *           "footer": {
         *             "value": "#07A88D",
         *             "description": "Background for footer"
         *           }
         *         },
         *         "text": {
         *           "header": {
         *             "value": "rgba(0,0,0,0.8)",
         *             "description": "Header text"
         *           },
         *           "hero": {
         *             "value": "#FFFFFF",
         *             "description": "Hero text"
         *           },
         *           "headings": {
         *             "value": "rgba(0,0,0,0.8)",
         *             "description": "Headings text"
         *           },
         *           "primary": {
         *             "value": "rgba(0,0,0,0.8)",
         *             "description": "Main content text"
         *           },
         *           "secondary": {
         *             "value": "rgba(0,0,0,0.8)",
         *             "description": "Supporting text"
         *           },
         *           "accent": {
         *             "value": "#07A88D",
         *             "description": "Subtle text"
         *           },
         *           "link": {
         *             "value": "#07A88D",
         *             "description": "Link text"
         *           },
         *           "footer": {
         *             "value": "#FFFFFF",
         *             "description": "Footer text"
         *           }
         *         },
         *         "button": {
         *           "primary_fill": {
         *             "value": "#1155CB",
         *             "description": "Background for Primary Button"
         *           },
         *           "primary_text": {
         *             "value": "#FFFFFF",
         *             "description": "Text for Primary Button"
         *           }
         *         }
         *       }
         *     }
         */
        NullableAppearanceThemeVariables: {
            colors: components["schemas"]["AppearanceThemeColorVariables"];
        } | null;
        /** @description Font selections to render text in the portal user interface. Must set use_custom_fonts to true to enable using custom font values. */
        AppearanceFonts: {
            base: components["schemas"]["AppearanceFontName"];
            code: components["schemas"]["AppearanceFontName"];
            headings: components["schemas"]["AppearanceFontName"];
        };
        /** @description Font selections to render text in the portal user interface. Must set use_custom_fonts to true to enable using custom font values. */
        NullableAppearanceFonts: {
            base: components["schemas"]["AppearanceFontName"];
            code: components["schemas"]["AppearanceFontName"];
            headings: components["schemas"]["AppearanceFontName"];
        } | null;
        /**
         * @description The name of the font to render in the browser.
         * @example Roboto
         * @enum {string}
         */
        AppearanceFontName: "Roboto" | "Inter" | "Open Sans" | "Lato" | "Slabo 27px" | "Slabo 13px" | "Oswald" | "Source Sans Pro" | "Montserrat" | "Raleway" | "PT Sans" | "Lora" | "Roboto Mono" | "Inconsolata" | "Source Code Pro" | "PT Mono" | "Ubuntu Mono" | "IBM Plex Mono";
        /**
         * @description The image data to upload, along with an optional filename. Images must be a data URL with binary image data in base 64 format. See https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs.
         * @example {
         *       "data": "data:image/jpeg;base64,bmljZV9sb29raW5nX3BpY3R1cmU="
         *     }
         */
        AppearanceImage: {
            data: components["schemas"]["ImagePNGDataUri"] | components["schemas"]["ImageJPGDataUri"] | components["schemas"]["ImageGIFDataUri"] | components["schemas"]["ImageICODataUri"];
            filename?: string;
        } | null;
        /**
         * @description A collection of binary image data to customize images in the portal
         * @example {
         *       "logo": {
         *         "data": "data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU="
         *       },
         *       "favicon": {
         *         "data": "data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU="
         *       },
         *       "catalog_cover": {
         *         "data": "data:image/jpeg;base64,bmljZV9sb29raW5nX3BpY3R1cmU="
         *       }
         *     }
         */
        AppearanceImages: {
            logo?: components["schemas"]["AppearanceImage"];
            favicon?: components["schemas"]["AppearanceImage"];
            catalog_cover?: components["schemas"]["AppearanceImage"];
        } | null;
        /** @description Values to display for customizable text in the portal user interface */
        AppearanceTextVariables: {
            catalog: {
                welcome_message: string;
                primary_header: string;
            };
        };
        /**
         * @description Values to display for customizable text in the portal user interface
         * @example {
         *       "catalog": {
         *         "welcome_message": "Welcome to our service catalog",
         *         "primary_header": "Find All of Our Services in a Single Place"
         *       }
         *     }
         */
        NullableAppearanceTextVariables: {
            catalog: {
                welcome_message: string;
                primary_header: string;
            };
        } | null;
        /**
         * @example {
         *       "theme_name": "custom",
         *       "use_custom_fonts": true,
         *       "custom_theme": {
         *         "colors": {
         *           "section": {
         *             "header": {
         *               "value": "#F8F8F8",
         *               "description": "Background for header"
         *             },
         *             "body": {
         *               "value": "#FFFFFF",
         *               "description": "Background for main content"
         *             },
         *             "hero": {
         *               "value": "#F8F8F8",
         *               "description": "Background for hero section"
         *             },
         *             "accent": {
         *               "value": "#F8F8F8",
         *               "description": "Subtle background"
         *             },
         *             "tertiary": {
         *               "value": "#FFFFFF",
         *               "description": "Tertiary background"
         *             },
         *             "stroke": {
         *               "value": "rgba(0,0,0,0.1)",
         *               "description": "Border color"
         *             },
         *             "footer": {
         *               "value": "#07A88D",
         *               "description": "Background for footer"
         *             }
         *           },
         *           "text": {
         *             "header": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Header text"
         *             },
         *             "hero": {
         *               "value": "#FFFFFF",
         *               "description": "Hero text"
         *             },
         *             "headings": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Headings text"
         *             },
         *             "primary": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Main content text"
         *             },
         *             "secondary": {
         *               "value": "rgba(0,0,0,0.8)",
         *               "description": "Supporting text"
         *             },
         *             "accent": {
         *               "value": "#07A88D",
         *               "description": "Subtle text"
         *             },
         *             "link": {
         *               "value": "#07A88D",
         *               "description": "Link text"
         *             },
         *             "footer": {
         *               "value": "#FFFFFF",
         *               "description": "Footer text"
         *             }
         *           },
         *           "button": {
         *             "primary_fill": {
         *               "value": "#1155CB",
         *               "description": "Background for Primary Button"
         *             },
         *             "primary_text": {
         *               "value": "#FFFFFF",
         *               "description": "Text for Primary Button"
         *             }
         *           }
         *         }
         *       },
         *       "custom_fonts": {
         *         "base": "Roboto",
         *         "code": "Roboto",
         *         "headings": "Roboto"
         *       },
         *       "text": {
         *         "catalog": {
         *           "welcome_message": "Welcome",
         *           "primary_header": "Come one in!"
         *         }
         *       },
         *       "images": {
         *         "favicon": {
         *           "data": "data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU=",
         *           "filename": "favicon.ico"
         *         },
         *         "logo": {
         *           "data": "data:image/png;base64,bmljZV9sb29raW5nX3BpY3R1cmU=",
         *           "filename": "logo.png"
         *         },
         *         "catalog_cover": {
         *           "data": "data:image/jpeg;base64,bmljZV9sb29raW5nX3BpY3R1cmU="
         *         }
         *       }
         *     }
         */
        PortalAppearance: {
            theme_name?: components["schemas"]["PortalTheme"];
            custom_theme?: components["schemas"]["NullableAppearanceThemeVariables"];
            custom_fonts?: components["schemas"]["NullableAppearanceFonts"];
            /** @description If true, fonts in custom_fonts will be used over the theme's default fonts */
            use_custom_fonts?: boolean;
            text?: components["schemas"]["NullableAppearanceTextVariables"];
            images?: components["schemas"]["AppearanceImages"];
        };
        /**
         * DeveloperStatus
         * @description The status of a developer in a portal. Approved developers can log in, create applications, and view and register for products they have access to. Pending, revoked, and rejected developers cannot login or view any non-public portal information, or create or modify applications or registrations.
         * @example approved
         * @enum {string}
         */
        DeveloperStatus: "approved" | "pending" | "revoked" | "rejected";
        /**
         * ApplicationRegistrationStatus
         * @description The status of an application registration request. Each registration is linked to a single version of a product, and application credentials will not grant access to the product version until the registration is approved.
         *     Pending, revoked, and rejected registrations will not provide access to the product version.
         * @example approved
         * @enum {string}
         */
        ApplicationRegistrationStatus: "approved" | "pending" | "revoked" | "rejected";
        /**
         * @description Select a pre-existing default theme or specify 'custom' to use custom_theme variables.
         * @example mint_rocket
         * @enum {string}
         */
        PortalTheme: "mint_rocket" | "dark_mode" | "custom";
        /**
         * StringFieldEqualsFilter
         * @description Filters on the given string field value by exact match.
         */
        StringFieldEqualsFilter: string | {
            eq: string;
        };
        /**
         * StringFieldOEQFilter
         * @description Returns entities that exact match any of the comma-delimited phrases in the filter string.
         */
        StringFieldOEQFilter: {
            oeq: string;
        };
        /**
         * StringFieldNEQFilter
         * @description Filters on the given string field value by exact match inequality.
         */
        StringFieldNEQFilter: {
            neq: string;
        };
        /**
         * UuidFieldFilter
         * @description Filters on the given UUID field value by exact match.
         */
        UuidFieldFilter: components["schemas"]["StringFieldEqualsFilter"] | components["schemas"]["StringFieldOEQFilter"] | components["schemas"]["StringFieldNEQFilter"];
        /**
         * StringFieldContainsFilter
         * @description Filters on the given string field value by fuzzy match.
         */
        StringFieldContainsFilter: {
            contains: string;
        };
        /**
         * StringFieldOContainsFilter
         * @description Returns entities that fuzzy-match any of the comma-delimited phrases in the filter string.
         */
        StringFieldOContainsFilter: {
            ocontains: string;
        };
        /**
         * StringFieldFilter
         * @description Filters on the given string field value by either exact or fuzzy match.
         */
        StringFieldFilter: components["schemas"]["StringFieldEqualsFilter"] | components["schemas"]["StringFieldContainsFilter"] | components["schemas"]["StringFieldOContainsFilter"] | components["schemas"]["StringFieldOEQFilter"] | components["schemas"]["StringFieldNEQFilter"];
        /**
         * BooleanFieldFilter
         * @description Filter by a boolean value (true/false).
         */
        BooleanFieldFilter: boolean;
        /** @description Contains pagination query parameters and the total number of objects returned. */
        PageMeta: {
            /** @example 1 */
            number: number;
            /** @example 10 */
            size: number;
            /** @example 100 */
            total: number;
        };
        /**
         * PaginatedMeta
         * @description returns the pagination information
         */
        PaginatedMeta: {
            page: components["schemas"]["PageMeta"];
        };
        /**
         * Format: uuid
         * @description Contains a unique identifier used for this resource.
         * @example 5f9fd312-a987-4628-b4c5-bb4f4fddd5f7
         */
        UUID: string;
        /**
         * Format: date-time
         * @description An ISO-8601 timestamp representation of entity creation date.
         * @example 2022-11-04T20:10:06.927Z
         */
        CreatedAt: string;
        /**
         * Format: date-time
         * @description An ISO-8601 timestamp representation of entity update date.
         * @example 2022-11-04T20:10:06.927Z
         */
        UpdatedAt: string;
        /**
         * Labels
         * @description Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types.
         *
         *     Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
         * @example {
         *       "env": "test"
         *     }
         */
        Labels: {
            [key: string]: string;
        };
        /**
         * Error
         * @description standard error
         */
        BaseError: {
            /**
             * @description The HTTP status code of the error. Useful when passing the response
             *     body to child properties in a frontend UI. Must be returned as an integer.
             */
            readonly status: number;
            /**
             * @description A short, human-readable summary of the problem. It should not
             *     change between occurences of a problem, except for localization.
             *     Should be provided as "Sentence case" for direct use in the UI.
             */
            readonly title: string;
            /** @description The error type. */
            readonly type?: string;
            /**
             * @description Used to return the correlation ID back to the user, in the format
             *     kong:trace:<correlation_id>. This helps us find the relevant logs
             *     when a customer reports an issue.
             */
            readonly instance: string;
            /**
             * @description A human readable explanation specific to this occurence of the problem.
             *     This field may contain request/entity data to help the user understand
             *     what went wrong. Enclose variable values in square brackets. Should be
             *     provided as "Sentence case" for direct use in the UI.
             */
            readonly detail: string;
        };
        /**
         * @description invalid parameters rules
         * @enum {string|null}
         */
        InvalidRules: "required" | "is_array" | "is_base64" | "is_boolean" | "is_date_time" | "is_integer" | "is_null" | "is_number" | "is_object" | "is_string" | "is_uuid" | "is_fqdn" | "is_arn" | "unknown_property" | "missing_reference" | "is_label" | "matches_regex" | "invalid" | "is_supported_network_availability_zone_list" | "is_supported_network_cidr_block" | "is_supported_provider_region" | "type" | null;
        InvalidParameterStandard: {
            /** @example name */
            readonly field: string;
            rule?: components["schemas"]["InvalidRules"];
            /** @example body */
            source?: string;
            /** @example is a required field */
            readonly reason: string;
        };
        InvalidParameterMinimumLength: {
            /** @example name */
            readonly field: string;
            /**
             * @description invalid parameters rules
             * @enum {string}
             */
            readonly rule: "min_length" | "min_digits" | "min_lowercase" | "min_uppercase" | "min_symbols" | "min_items" | "min";
            /** @example 8 */
            minimum: number;
            /** @example body */
            source?: string;
            /** @example must have at least 8 characters */
            readonly reason: string;
        };
        InvalidParameterMaximumLength: {
            /** @example name */
            readonly field: string;
            /**
             * @description invalid parameters rules
             * @enum {string}
             */
            readonly rule: "max_length" | "max_items" | "max";
            /** @example 8 */
            maximum: number;
            /** @example body */
            source?: string;
            /** @example must not have more than 8 characters */
            readonly reason: string;
        };
        InvalidParameterChoiceItem: {
            /** @example name */
            readonly field: string;
            /**
             * @description invalid parameters rules
             * @enum {string}
             */
            readonly rule: "enum";
            /** @example is a required field */
            readonly reason: string;
            readonly choices: unknown[];
            /** @example body */
            source?: string;
        };
        InvalidParameterDependentItem: {
            /** @example name */
            readonly field: string;
            /**
             * @description invalid parameters rules
             * @enum {string|null}
             */
            readonly rule: "dependent_fields" | null;
            /** @example is a required field */
            readonly reason: string;
            readonly dependents: unknown[] | null;
            /** @example body */
            source?: string;
        };
        /** @description invalid parameters */
        InvalidParameters: (components["schemas"]["InvalidParameterStandard"] | components["schemas"]["InvalidParameterMinimumLength"] | components["schemas"]["InvalidParameterMaximumLength"] | components["schemas"]["InvalidParameterChoiceItem"] | components["schemas"]["InvalidParameterDependentItem"])[];
        BadRequestError: components["schemas"]["BaseError"] & {
            invalid_parameters: components["schemas"]["InvalidParameters"];
        };
        UnauthorizedError: components["schemas"]["BaseError"] & {
            /** @example 401 */
            status?: unknown;
            /** @example Unauthorized */
            title?: unknown;
            /** @example https://httpstatuses.com/401 */
            type?: unknown;
            /** @example kong:trace:1234567890 */
            instance?: unknown;
            /** @example Invalid credentials */
            detail?: unknown;
        };
        ForbiddenError: components["schemas"]["BaseError"] & {
            /** @example 403 */
            status?: unknown;
            /** @example Forbidden */
            title?: unknown;
            /** @example https://httpstatuses.com/403 */
            type?: unknown;
            /** @example kong:trace:1234567890 */
            instance?: unknown;
            /** @example Forbidden */
            detail?: unknown;
        };
        NotFoundError: components["schemas"]["BaseError"] & {
            /** @example 404 */
            status?: unknown;
            /** @example Not Found */
            title?: unknown;
            /** @example https://httpstatuses.com/404 */
            type?: unknown;
            /** @example kong:trace:1234567890 */
            instance?: unknown;
            /** @example Not found */
            detail?: unknown;
        };
        /**
         * @description Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types.
         *
         *     Labels are intended to store **INTERNAL** metadata.
         *
         *     Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
         * @example {
         *       "env": "test"
         *     }
         */
        LabelsUpdate: {
            [key: string]: string | null;
        } | null;
        ConflictError: components["schemas"]["BaseError"] & {
            /** @example 409 */
            status?: unknown;
            /** @example Conflict */
            title?: unknown;
            /** @example https://httpstatuses.com/409 */
            type?: unknown;
            /** @example kong:trace:1234567890 */
            instance?: unknown;
            /** @example Conflict */
            detail?: unknown;
        };
        /**
         * DateTimeFieldFilter
         * @description Filters on the given datetime (RFC-3339) field value.
         */
        DateTimeFieldFilter: string | {
            /**
             * Format: date-time
             * @description Value strictly equals given RFC-3339 formatted timestamp in UTC
             * @example 2022-03-30T07:20:50Z
             */
            eq: string;
        } | {
            /**
             * Format: date-time
             * @description Value is less than the given RFC-3339 formatted timestamp in UTC
             * @example 2022-03-30T07:20:50Z
             */
            lt: string;
        } | {
            /**
             * Format: date-time
             * @description Value is less than or equal to the given RFC-3339 formatted timestamp in UTC
             * @example 2022-03-30T07:20:50Z
             */
            lte: string;
        } | {
            /**
             * Format: date-time
             * @description Value is greater than the given RFC-3339 formatted timestamp in UTC
             * @example 2022-03-30T07:20:50Z
             */
            gt: string;
        } | {
            /**
             * Format: date-time
             * @description Value is greater than or equal to the given RFC-3339 formatted timestamp in UTC
             * @example 2022-03-30T07:20:50Z
             */
            gte: string;
        };
        /**
         * Format: uuid
         * @description Contains a unique identifier used for this resource.
         * @example 5f9fd312-a987-4628-b4c5-bb4f4fddd5f7
         */
        UUID_RW: string;
        /** @description KeyAuth Auth strategy that the application uses. */
        AuthStrategyKeyAuth: {
            /**
             * Format: uuid
             * @description The Application Auth Strategy ID.
             * @example b9e81174-b5bb-4638-a3c3-8afe61a0abf8
             */
            readonly id: string;
            /**
             * @default name
             * @example name
             */
            name: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            credential_type: "AuthStrategyKeyAuth";
            key_names: string[];
            /** @description Default maximum Time-To-Live for keys created under this strategy. */
            ttl?: {
                value: number;
                /** @enum {string} */
                unit: "days" | "weeks" | "years";
            };
        };
        /**
         * @example [
         *       "bearer"
         *     ]
         */
        AuthMethods: string[];
        /**
         * @description Possible developer selectable scopes for an application. Only present when using DCR Provider that supports it.
         * @example [
         *       "scope1",
         *       "scope2"
         *     ]
         */
        AvailableScopes: string[];
        /** @description Client Credential Auth strategy that the application uses. */
        AuthStrategyClientCredentials: {
            /**
             * Format: uuid
             * @description The Application Auth Strategy ID.
             * @example b9e81174-b5bb-4638-a3c3-8afe61a0abf8
             */
            readonly id: string;
            /**
             * @default name
             * @example name
             */
            name: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            credential_type: "AuthStrategyClientCredentials";
            auth_methods: components["schemas"]["AuthMethods"];
            available_scopes?: components["schemas"]["AvailableScopes"];
        };
        /**
         * ImagePNGDataUri
         * Format: uri
         * @description must be a data URL with base64 PNG image data, e.g., data:image/png;base64,<BASE64_IMAGE_DATA>
         * @example data:image/png,YW5faW1hZ2VfZmlsZQ==
         */
        ImagePNGDataUri: string;
        /**
         * ImageJPGDataUri
         * Format: uri
         * @description must be a data URL with base64 JPEG image data, e.g., data:image/jpeg;base64,<BASE64_IMAGE_DATA>
         * @example data:image/jpeg,YW5faW1hZ2VfZmlsZQ==
         */
        ImageJPGDataUri: string;
        /**
         * ImageGIFDataUri
         * Format: uri
         * @description must be a data URL with base64 GIF image data, e.g., data:image/gif;base64,<BASE64_IMAGE_DATA>
         * @example data:image/gif,YW5faW1hZ2VfZmlsZQ==
         */
        ImageGIFDataUri: string;
        /**
         * ImageICODataUri
         * Format: uri
         * @description must be a data URL with base64 ICO image data, e.g., data:image/ico;base64,<BASE64_IMAGE_DATA>
         * @example data:image/ico,YW5faW1hZ2VfZmlsZQ==
         */
        ImageICODataUri: string;
        /**
         * @description Specifies the type of identity provider.
         * @example oidc
         * @enum {string}
         */
        IdentityProviderType: "oidc" | "saml";
        /**
         * Identity Provider Enabled Property
         * @description Indicates whether the identity provider is enabled.
         *     Only one identity provider can be active at a time, such as SAML or OIDC.
         * @default false
         * @example true
         */
        IdentityProviderEnabled: boolean;
        /**
         * OIDC Identity Provider Issuer Property
         * Format: uri
         * @description The issuer URI of the identity provider. This is the URL where the provider's metadata can be obtained.
         * @example https://konghq.okta.com/oauth2/default
         */
        OIDCIdentityProviderIssuer: string;
        /**
         * OIDC Identity Provider Login Client Id Property
         * @description The client ID assigned to your application by the identity provider.
         * @example YOUR_CLIENT_ID
         */
        OIDCIdentityProviderClientId: string;
        /**
         * OIDC Identity Provider Login Client Secret Property
         * @description The Client Secret assigned to your application by the identity provider.
         * @example YOUR_CLIENT_SECRET
         */
        OIDCIdentityProviderClientSecret: string;
        /**
         * OIDC Identity Provider Scopes Property
         * @description The scopes requested by your application when authenticating with the identity provider.
         * @default [
         *       "email",
         *       "openid",
         *       "profile"
         *     ]
         */
        OIDCIdentityProviderScopes: string[];
        /**
         * OIDC Claim Mappings
         * @description Defines the mappings between OpenID Connect (OIDC) claims and local claims used by your application for
         *     authentication.
         */
        OIDCIdentityProviderClaimMappings: {
            /**
             * @description The claim mapping for the user's name.
             * @default name
             * @example name
             */
            name: string;
            /**
             * @description The claim mapping for the user's email address.
             * @default email
             * @example email
             */
            email: string;
            /**
             * @description The claim mapping for the user's group membership information.
             * @default groups
             * @example groups
             */
            groups: string;
        };
        /**
         * OIDC Identity Provider Config
         * @description The identity provider that contains configuration data for the OIDC authentication integration.
         */
        OIDCIdentityProviderConfig: {
            issuer_url: components["schemas"]["OIDCIdentityProviderIssuer"];
            client_id: components["schemas"]["OIDCIdentityProviderClientId"];
            client_secret?: components["schemas"]["OIDCIdentityProviderClientSecret"];
            scopes?: components["schemas"]["OIDCIdentityProviderScopes"];
            claim_mappings?: components["schemas"]["OIDCIdentityProviderClaimMappings"];
        };
        /**
         * SAML Identity Provider Metadata URL
         * Format: uri
         * @description The identity provider's metadata URL where the identity provider's metadata can be obtained.
         * @example https://mocksaml.com/api/saml/metadata
         */
        SAMLIdentityProviderMetadataURL: string;
        /**
         * SAML Identity Provider Metadata
         * @description The identity provider's SAML metadata. If the identity provider supports a metadata URL, you can use the `idp_metadata_url` field instead.
         * @example <?xml version="1.0" encoding="UTF-8"?>
         *     <EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
         *       <!-- SAML metadata content here -->
         *     </EntityDescriptor>
         */
        SAMLIdentityProviderMetadata: string;
        /**
         * Portal SAML Identity Provider Config
         * @description The identity provider that contains configuration data for the SAML authentication integration.
         */
        PortalSAMLIdentityProviderConfig: {
            idp_metadata_url?: components["schemas"]["SAMLIdentityProviderMetadataURL"];
            idp_metadata_xml?: components["schemas"]["SAMLIdentityProviderMetadata"];
            /**
             * Format: path
             * @example /api/v2/developer/authenticate/saml/metadata
             */
            readonly sp_metadata_url?: string;
            /**
             * @description The entity ID of the service provider (SP).
             * @example https://cloud.konghq.com/sp/00000000-0000-0000-0000-000000000000
             */
            readonly sp_entity_id?: string;
            /**
             * Format: path
             * @description The path URL where the SAML identity provider sends authentication responses after successful login attempts.
             * @example /api/v2/developer/authenticate/saml/acs
             */
            readonly callback_url?: string;
        };
        /**
         * Portal Identity Provider
         * @description The identity provider that contains configuration data for authentication integration.
         */
        PortalIdentityProvider: {
            id?: components["schemas"]["UUID"];
            type?: components["schemas"]["IdentityProviderType"];
            enabled?: components["schemas"]["IdentityProviderEnabled"];
            config?: components["schemas"]["OIDCIdentityProviderConfig"] | components["schemas"]["PortalSAMLIdentityProviderConfig"];
            created_at?: components["schemas"]["CreatedAt"];
            updated_at?: components["schemas"]["UpdatedAt"];
        };
        /**
         * Portal Identity Provider
         * @description The identity provider that contains configuration data for creating an authentication integration.
         */
        PortalCreateIdentityProvider: {
            enabled?: components["schemas"]["IdentityProviderEnabled"];
            type?: components["schemas"]["IdentityProviderType"];
            config?: components["schemas"]["OIDCIdentityProviderConfig"] | components["schemas"]["PortalSAMLIdentityProviderConfig"];
        };
        /**
         * Portal Identity Provider
         * @description The identity provider that contains configuration data for updating an authentication integration.
         */
        PortalUpdateIdentityProvider: {
            enabled?: components["schemas"]["IdentityProviderEnabled"];
            config?: components["schemas"]["OIDCIdentityProviderConfig"] | components["schemas"]["PortalSAMLIdentityProviderConfig"];
        };
    };
    responses: {
        /** @description Response from fetching or updating an portal audit log replay job */
        PortalAuditLogReplayJob: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description The start of a date-time range. Initial value is 0001-01-01T00:00:0Z.
                     * @example 2017-07-21T17:32:28Z
                     */
                    start_at?: string;
                    /**
                     * Format: date-time
                     * @description The end of a date-time range. Initial value is 0001-01-01T00:00:0Z.
                     * @example 2017-07-21T17:32:28Z
                     */
                    end_at?: string;
                    /** @enum {string} */
                    readonly status?: "unconfigured" | "accepted" | "pending" | "running" | "completed" | "failed";
                    /**
                     * Format: date-time
                     * @description Timestamp when this job was last updated. Initial value is 0001-01-01T00:00:0Z.
                     */
                    readonly updated_at?: string;
                };
            };
        };
        /** @description Portal audit log webhook response */
        PortalAuditLogWebhook: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /**
                     * @description Indicates if the data should be sent to the configured audit log destination.
                     * @default false
                     * @example true
                     */
                    enabled: boolean;
                    /**
                     * Format: uuid
                     * @description ID of the audit log destination.
                     */
                    audit_log_destination_id?: string;
                };
            };
        };
        /** @description Get response for portal audit log webhook status */
        PortalAuditLogWebhookStatus: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /**
                     * @description Current status of a webhook. `active` indicates the webhook is sending or ready to send requests.
                     *     `inactive` indicates the webhook has been turned off due to failed attempts.
                     * @example active
                     * @enum {string}
                     */
                    webhook_status?: "active" | "inactive";
                    /**
                     * @description Configured status of a webhook. `enabled` indicates the client will accept requests.
                     *     `disabled` indicates the client will not accept requests.
                     * @example true
                     */
                    webhook_enabled?: boolean;
                    /**
                     * Format: date-time
                     * @description The last time a request was made to the webhook, regardless of outcome.
                     * @example 2023-03-21T09:29:14.52Z
                     */
                    last_attempt_at?: string;
                    /**
                     * @description The last response code received from the webhook.
                     * @example 401
                     */
                    last_response_code?: number;
                    /**
                     * @description The last message received from the webhook. Useful for debugging.
                     * @example Unauthenticated
                     */
                    last_response_message?: string;
                };
            };
        };
        /** @description Bad Request */
        PortalWebhookBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description Bad Request */
        PortalReplayJobBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description Conflict */
        PortalReplayJobConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConflictError"];
            };
        };
        /** @description A paginated collection of mappings grouped by team ID. */
        PortalTeamGroupMappingCollection: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalTeamGroupMappingResponse"];
            };
        };
        /** @description Details about a portal's authentication settings. */
        PortalAuthenticationSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalAuthenticationSettingsResponse"];
            };
        };
        /** @description Details about the role assignment. */
        PortalAssignedRole: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalAssignedRoleResponse"];
            };
        };
        /** @description Details about a team of developers in a portal. */
        PortalTeam: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalTeamResponse"];
            };
        };
        /** @description A paginated collection of assigned roles. */
        AssignedPortalRoleCollection: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AssignedPortalRoleCollectionResponse"];
            };
        };
        /** @description A paginated list of teams in a portal. */
        ListPortalTeams: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListPortalTeamsResponse"];
            };
        };
        /** @description A set of roles available in portals. */
        ListRoles: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListRolesResponse"];
            };
        };
        /** @description A paginated list of basic developer information. */
        ListBasicDevelopers: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListBasicDevelopersResponse"];
            };
        };
        /** @description A paginated list of portals in the current region of an organization. */
        ListPortals: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListPortalsResponse"];
            };
        };
        /** @description A paginated list of API products published to a portal. */
        ListPortalProducts: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListPortalProductsResponse"];
            };
        };
        /** @description A response containing a list of portal product versions */
        ListPortalProductVersions: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListPortalProductVersions"];
            };
        };
        /** @description A response containing a portal product version */
        PortalProductVersion: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalProductVersion"];
            };
        };
        /** @description Details about a portal and its current settings. */
        GetPortal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetPortalResponse"];
            };
        };
        /** @description Details about the portal being updated. */
        UpdatePortal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UpdatePortalResponse"];
            };
        };
        /** @description Details about the portal that was created. */
        CreatePortal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreatePortalResponse"];
            };
        };
        /** @description Details about the status of a portal's custom domain. */
        VerifyPortalDomains: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VerifyPortalDomainsResponse"];
            };
        };
        /** @description A paginated list of developers in a portal. */
        ListDevelopers: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListDevelopersResponse"];
            };
        };
        /** @description Details about a developer in a portal. */
        GetDeveloper: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetDeveloperResponse"];
            };
        };
        /** @description Details about the developer being updated. */
        UpdateDeveloper: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UpdateDeveloperResponse"];
            };
        };
        /** @description A paginated list of applications in a portal. */
        ListApplications: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListApplicationsResponse"];
            };
        };
        /** @description Details about an application in a portal. */
        GetApplication: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetApplicationResponse"];
            };
        };
        /** @description A paginated list of application registrations. */
        ListApplicationRegistrations: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListApplicationRegistrationsResponse"];
            };
        };
        /** @description A list of granted scopes for an application registration. */
        ListGrantedScopes: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListGrantedScopesResponse"];
            };
        };
        /** @description Details about an application registration. */
        GetApplicationRegistration: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetApplicationRegistrationResponse"];
            };
        };
        /** @description Details about the application registration being updated. */
        UpdateApplicationRegistration: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UpdateApplicationRegistrationResponse"];
            };
        };
        /** @description A set of built-in appearance settings for developer portals. */
        GetAppearanceDefaults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetAppearanceDefaultsResponse"];
            };
        };
        /** @description Details about a portal's current appearance settings. */
        GetPortalAppearance: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetPortalAppearanceResponse"];
            };
        };
        /** @description Details about the appearance settings being updated. */
        UpdatePortalAppearance: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UpdatePortalAppearanceResponse"];
            };
        };
        /** @description Logo of the portal. Can be either png or jpg */
        GetPortalLogoResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "image/jpg": components["schemas"]["GetPortalAppearanceLogoResponse"];
                "image/png": components["schemas"]["GetPortalAppearanceLogoResponse"];
            };
        };
        /** @description Catalog Cover of the portal. Can be either png or jpg */
        GetPortalCatalogCoverResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "image/jpg": components["schemas"]["GetPortalAppearanceCatalogCoverResponse"];
                "image/png": components["schemas"]["GetPortalAppearanceCatalogCoverResponse"];
            };
        };
        /** @description Unauthorized */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description Forbidden */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ForbiddenError"];
            };
        };
        /** @description Not Found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description Conflict */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConflictError"];
            };
        };
        /** @description Bad Request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description A collection of identity providers. This response contains a collection of identity providers, which may  include both OIDC and SAML identity providers. */
        PortalIdentityProviders: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalIdentityProvider"][];
            };
        };
        /** @description An identity provider configuration. This response represents the configuration of a specific identity provider, which can be either OIDC or SAML. */
        PortalIdentityProvider: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalIdentityProvider"];
            };
        };
    };
    parameters: {
        /** @description The application ID */
        ApplicationId: components["schemas"]["UUID"];
        /** @description The developer ID */
        DeveloperId: components["schemas"]["UUID"];
        /** @description ID of the identity provider. */
        IdentityProviderId: string;
        /** @description Determines which page of the entities to retrieve. */
        PageNumber: number;
        /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
        PageSize: number;
        /** @description ID of the developer. */
        "parameters-DeveloperId": string;
        /** @description ID of the portal. */
        PortalId: string;
        /** @description Filters a collection of Portal Products. */
        PortalProductFilter: components["schemas"]["PortalProductFilters"];
        /** @description Filters a collection of Portal Product Versions. */
        PortalProductVersionFilter: components["schemas"]["PortalProductVersionFilters"];
        /** @description API product version identifier */
        ProductVersionId: components["schemas"]["UUID"];
        /** @description The application registration ID */
        RegistrationId: components["schemas"]["UUID"];
        RoleId: string;
        /**
         * @description Sorts a set of registrations for an application. Supported sort attributes are:
         *       - created_at
         *       - updated_at
         *       - status
         */
        SortApplicationRegistrations: string;
        /**
         * @description Sorts a collection of applications. Supported sort attributes are:
         *       - created_at
         *       - developer_id
         *       - name
         */
        SortApplications: string;
        /**
         * @description Sorts a collection of developers. Supported sort attributes are:
         *       - created_at
         *       - updated_at
         *       - email
         *       - name
         *       - status
         */
        SortDevelopers: string;
        /**
         * @description Sorts a collection of application registrations. Supported sort attributes are:
         *       - created_at
         *       - updated_at
         *       - developer_id
         *       - status
         */
        SortListAllApplicationRegistrations: string;
        /**
         * @description Sorts a collection of Portal Products. Supported sort attributes are:
         *       - created_at
         *       - name
         *       - description
         */
        SortPortalProducts: string;
        /**
         * @description Sorts a collection of Portal Product Versions. Supported sort attributes are:
         *       - created_at
         *       - updated_at
         *       - publish_status
         *       - product_version_id
         *       - auth_strategy_ids
         *       - application_registration_enabled
         *       - auto_approve_registration
         *       - deprecated
         */
        SortPortalProductVersions: string;
        /**
         * @description Sorts a collection of portals. Supported sort attributes are:
         *       - name
         *       - description
         *       - is_public
         *       - rbac_enabled
         *       - auto_approve_applications
         *       - auto_approve_developers
         *       - default_domain
         *       - custom_domain
         *       - custom_client_domain
         *       - created_at
         *       - updated_at
         */
        SortPortals: string;
        /** @description ID of the team. */
        TeamId: string;
    };
    requestBodies: {
        /** @description The request schema to replace a portal audit log replay job. */
        ReplacePortalAuditLogReplayJob: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description The start of a date-time range in RFC3339 format e.g. 2017-07-21T17:32:28Z.
                     *     Must be within the last 7 days.
                     */
                    start_at: string;
                    /**
                     * Format: date-time
                     * @description The end of a date-time range in RFC3339 format e.g. 2017-07-21T17:32:28Z.
                     *     Must be within the last 7 days.
                     */
                    end_at: string;
                };
            };
        };
        /** @description The request schema to modify an portal audit log webhook. */
        UpdatePortalAuditLogWebhook: {
            content: {
                "application/json": {
                    /**
                     * @description Indicates if the data should be sent to the configured destination.
                     * @default false
                     * @example true
                     */
                    enabled?: boolean;
                    /**
                     * Format: uuid
                     * @description ID of the audit log destination.
                     */
                    audit_log_destination_id?: string;
                };
            };
        };
        /** @description Update a team in a portal. */
        PortalUpdateTeam: {
            content: {
                "application/json": components["schemas"]["PortalUpdateTeamRequest"];
            };
        };
        /** @description Create a team in a portal. */
        PortalCreateTeam: {
            content: {
                "application/json": components["schemas"]["PortalCreateTeamRequest"];
            };
        };
        UpdatePortalTeamGroupMappings: {
            content: {
                "application/json": components["schemas"]["PortalTeamGroupMappingsUpdateRequest"];
            };
        };
        /** @description Update a portal's developer authentication settings. */
        UpdatePortalAuthenticationSettings: {
            content: {
                "application/json": components["schemas"]["PortalAuthenticationSettingsUpdateRequest"];
            };
        };
        /** @description Assign a role to a team. */
        PortalAssignRole: {
            content: {
                "application/json": components["schemas"]["PortalAssignRoleRequest"];
            };
        };
        /** @description Add a developer to a team. */
        AddDeveloperToTeam: {
            content: {
                "application/json": components["schemas"]["AddDeveloperToTeamRequest"];
            };
        };
        /** @description Create a portal. */
        CreatePortal: {
            content: {
                "application/json": components["schemas"]["CreatePortalRequest"];
            };
        };
        /** @description Update a portal's settings. */
        UpdatePortal: {
            content: {
                "application/json": components["schemas"]["UpdatePortalRequest"];
            };
        };
        PublishAPIProducts: {
            content: {
                /**
                 * @example {
                 *       "api_products": {
                 *         "820772b2-0c93-4a9c-8c5e-c2ccc63b3340": {
                 *           "publish_status": "published"
                 *         },
                 *         "9b4f4829-d540-4a3a-aefc-839852bdb3e8": {
                 *           "publish_status": "unpublished"
                 *         },
                 *         "edf3d192-3591-4b03-ac0b-69bad1fcba05": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PublishAPIProductPayload"];
            };
        };
        CreatePortalProductVersion: {
            content: {
                "application/json": components["schemas"]["CreatePortalProductVersionPayload"];
            };
        };
        UpdatePortalProductVersion: {
            content: {
                "application/json": components["schemas"]["UpdatePortalProductVersionPayload"];
            };
        };
        ReplacePortalProductVersion: {
            content: {
                "application/json": components["schemas"]["ReplacePortalProductVersionPayload"];
            };
        };
        /** @description Update an application registration. */
        UpdateApplicationRegistration: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationRegistrationRequest"];
            };
        };
        /** @description Update a portal's appearance settings */
        UpdatePortalAppearance: {
            content: {
                "application/json": components["schemas"]["UpdatePortalAppearanceRequest"];
            };
        };
        /** @description Update a developer. */
        UpdateDeveloper: {
            content: {
                "application/json": components["schemas"]["UpdateDeveloperRequest"];
            };
        };
        /** @description An object representing the configuration for creating a new identity provider. This configuration may pertain  to either an OIDC or a SAML identity provider. */
        PortalCreateIdentityProviderRequest: {
            content: {
                "application/json": components["schemas"]["PortalCreateIdentityProvider"];
            };
        };
        /** @description An object representing the configuration for updating an identity provider. This configuration may pertain  to either an OIDC or a SAML identity provider. */
        PortalUpdateIdentityProviderRequest: {
            content: {
                "application/json": components["schemas"]["PortalUpdateIdentityProvider"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "list-portals": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a collection of portals. Supported sort attributes are:
                 *       - name
                 *       - description
                 *       - is_public
                 *       - rbac_enabled
                 *       - auto_approve_applications
                 *       - auto_approve_developers
                 *       - default_domain
                 *       - custom_domain
                 *       - custom_client_domain
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["SortPortals"];
                /** @description Filter portals returned in the response. */
                filter?: {
                    id?: components["schemas"]["UuidFieldFilter"];
                    name?: components["schemas"]["StringFieldFilter"];
                    description?: components["schemas"]["StringFieldFilter"];
                    is_public?: components["schemas"]["BooleanFieldFilter"];
                    rbac_enabled?: components["schemas"]["BooleanFieldFilter"];
                    auto_approve_developers?: components["schemas"]["BooleanFieldFilter"];
                    auto_approve_applications?: components["schemas"]["BooleanFieldFilter"];
                    default_domain?: components["schemas"]["StringFieldFilter"];
                    custom_domain?: components["schemas"]["StringFieldFilter"];
                    custom_client_domain?: components["schemas"]["StringFieldFilter"];
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListPortals"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "create-portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreatePortal"];
        responses: {
            201: components["responses"]["CreatePortal"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "get-portal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetPortal"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal": {
        parameters: {
            query?: {
                /** @description If true, delete specified portal and all related entities, even if there are developers registered to portal or if there are portal product versions with application registration enabled. If false, do not allow deletion if there are developers registered to portal or if there are portal product versions with application registration enabled. */
                force?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "update-portal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdatePortal"];
        responses: {
            200: components["responses"]["UpdatePortal"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "publish-api-products": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PublishAPIProducts"];
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-portal-products": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a collection of Portal Products. Supported sort attributes are:
                 *       - created_at
                 *       - name
                 *       - description
                 */
                sort?: components["parameters"]["SortPortalProducts"];
                /** @description Filters a collection of Portal Products. */
                filter?: components["parameters"]["PortalProductFilter"];
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListPortalProducts"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-portal-product-versions": {
        parameters: {
            query?: {
                /**
                 * @description Sorts a collection of Portal Product Versions. Supported sort attributes are:
                 *       - created_at
                 *       - updated_at
                 *       - publish_status
                 *       - product_version_id
                 *       - auth_strategy_ids
                 *       - application_registration_enabled
                 *       - auto_approve_registration
                 *       - deprecated
                 */
                sort?: components["parameters"]["SortPortalProductVersions"];
                /** @description Filters a collection of Portal Product Versions. */
                filter?: components["parameters"]["PortalProductVersionFilter"];
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListPortalProductVersions"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "create-portal-product-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreatePortalProductVersion"];
        responses: {
            201: components["responses"]["PortalProductVersion"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-portal-product-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API product version identifier */
                productVersionId: components["parameters"]["ProductVersionId"];
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalProductVersion"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "replace-portal-product-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API product version identifier */
                productVersionId: components["parameters"]["ProductVersionId"];
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ReplacePortalProductVersion"];
        responses: {
            200: components["responses"]["PortalProductVersion"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal-product-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API product version identifier */
                productVersionId: components["parameters"]["ProductVersionId"];
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "update-portal-product-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API product version identifier */
                productVersionId: components["parameters"]["ProductVersionId"];
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdatePortalProductVersion"];
        responses: {
            200: components["responses"]["PortalProductVersion"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-developer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The developer ID */
                developerId: components["parameters"]["DeveloperId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetDeveloper"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-developer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The developer ID */
                developerId: components["parameters"]["DeveloperId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "update-developer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The developer ID */
                developerId: components["parameters"]["DeveloperId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateDeveloper"];
        responses: {
            200: components["responses"]["UpdateDeveloper"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-applications": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a collection of applications. Supported sort attributes are:
                 *       - created_at
                 *       - developer_id
                 *       - name
                 */
                sort?: components["parameters"]["SortApplications"];
                /** @description Filter applications returned in the response. */
                filter?: {
                    developer_id?: components["schemas"]["UuidFieldFilter"];
                    developer_name?: components["schemas"]["StringFieldFilter"];
                    developer_email?: components["schemas"]["StringFieldFilter"];
                    name?: components["schemas"]["StringFieldFilter"];
                };
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApplications"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-application": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The application ID */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetApplication"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-application": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The application ID */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application has been deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-application-unscoped": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application ID */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetApplication"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-portal-audit-log-replay-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalAuditLogReplayJob"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "update-portal-audit-log-replay-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["ReplacePortalAuditLogReplayJob"];
        responses: {
            202: components["responses"]["PortalAuditLogReplayJob"];
            400: components["responses"]["PortalReplayJobBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["PortalReplayJobConflict"];
        };
    };
    "get-portal-audit-log-webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalAuditLogWebhook"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal-audit-log-webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "update-portal-audit-log-webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdatePortalAuditLogWebhook"];
        responses: {
            200: components["responses"]["PortalAuditLogWebhook"];
            400: components["responses"]["PortalWebhookBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-portal-audit-log-webhook-status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalAuditLogWebhookStatus"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-registrations": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a collection of application registrations. Supported sort attributes are:
                 *       - created_at
                 *       - updated_at
                 *       - developer_id
                 *       - status
                 */
                sort?: components["parameters"]["SortListAllApplicationRegistrations"];
                /** @description Filter application registrations returned in the response. */
                filter?: {
                    developer_id?: components["schemas"]["UuidFieldFilter"];
                    developer_name?: components["schemas"]["StringFieldFilter"];
                    application_name?: components["schemas"]["StringFieldFilter"];
                    status?: components["schemas"]["StringFieldFilter"];
                };
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApplicationRegistrations"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-registrations-by-application": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a set of registrations for an application. Supported sort attributes are:
                 *       - created_at
                 *       - updated_at
                 *       - status
                 */
                sort?: components["parameters"]["SortApplicationRegistrations"];
                /** @description Filter application registrations returned in the response. */
                filter?: {
                    status?: components["schemas"]["StringFieldFilter"];
                };
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The application ID */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApplicationRegistrations"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-application-registration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The application ID */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description The application registration ID */
                registrationId: components["parameters"]["RegistrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetApplicationRegistration"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-application-registration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The application ID */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description The application registration ID */
                registrationId: components["parameters"]["RegistrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "update-application-registration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The application ID */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description The application registration ID */
                registrationId: components["parameters"]["RegistrationId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApplicationRegistration"];
        responses: {
            200: components["responses"]["UpdateApplicationRegistration"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-granted-scopes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description The application ID */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description The application registration ID */
                registrationId: components["parameters"]["RegistrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListGrantedScopes"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "get-portal-appearance-defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetAppearanceDefaults"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-portal-appearance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetPortalAppearance"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "update-portal-appearance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdatePortalAppearance"];
        responses: {
            200: components["responses"]["UpdatePortalAppearance"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-portal-logo": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetPortalLogoResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-portal-catalog-cover": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetPortalCatalogCoverResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "verify-portal-domains": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VerifyPortalDomains"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-portal-authentication-settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalAuthenticationSettings"];
            401: components["responses"]["Unauthorized"];
        };
    };
    "update-portal-authentication-settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdatePortalAuthenticationSettings"];
        responses: {
            200: components["responses"]["PortalAuthenticationSettings"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "list-portal-team-group-mappings": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalTeamGroupMappingCollection"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "update-portal-team-group-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdatePortalTeamGroupMappings"];
        responses: {
            200: components["responses"]["PortalTeamGroupMappingCollection"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "list-portal-teams": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filter teams returned in the response. */
                filter?: {
                    name?: components["schemas"]["StringFieldFilter"];
                };
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListPortalTeams"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "create-portal-team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["PortalCreateTeam"];
        responses: {
            201: components["responses"]["PortalTeam"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-portal-team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the team. */
                teamId: string;
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalTeam"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal-team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the team. */
                teamId: string;
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "update-portal-team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the team. */
                teamId: string;
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["PortalUpdateTeam"];
        responses: {
            200: components["responses"]["PortalTeam"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-portal-team-developers": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filter developers returned in the response. */
                filter?: {
                    email?: components["schemas"]["StringFieldFilter"];
                    full_name?: components["schemas"]["StringFieldFilter"];
                    attributes?: components["schemas"]["StringFieldFilter"];
                    active?: components["schemas"]["BooleanFieldFilter"];
                };
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListBasicDevelopers"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "add-developer-to-portal-team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AddDeveloperToTeam"];
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "remove-developer-from-portal-team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the developer. */
                developerId: components["parameters"]["parameters-DeveloperId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-portal-team-roles": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AssignedPortalRoleCollection"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "assign-role-to-portal-teams": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["PortalAssignRole"];
        responses: {
            201: components["responses"]["PortalAssignedRole"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "remove-role-from-portal-team": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roleId: components["parameters"]["RoleId"];
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-portal-developers": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a collection of developers. Supported sort attributes are:
                 *       - created_at
                 *       - updated_at
                 *       - email
                 *       - name
                 *       - status
                 */
                sort?: components["parameters"]["SortDevelopers"];
                /** @description Filter developers returned in the response. */
                filter?: {
                    name?: components["schemas"]["StringFieldFilter"];
                    status?: components["schemas"]["StringFieldFilter"];
                    email?: components["schemas"]["StringFieldFilter"];
                };
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListDevelopers"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-portal-developer-teams": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /** @description ID of the developer. */
                developerId: components["parameters"]["parameters-DeveloperId"];
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListPortalTeams"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-portal-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListRoles"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "get-portal-identity-providers": {
        parameters: {
            query?: {
                /** @description Filter identity providers returned in the response. */
                filter?: {
                    type?: components["schemas"]["StringFieldEqualsFilter"];
                };
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalIdentityProviders"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "create-portal-identity-provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PortalCreateIdentityProviderRequest"];
        responses: {
            201: components["responses"]["PortalIdentityProvider"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "get-portal-identity-provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the identity provider. */
                id: components["parameters"]["IdentityProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalIdentityProvider"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal-identity-provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the identity provider. */
                id: components["parameters"]["IdentityProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "update-portal-identity-provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the identity provider. */
                id: components["parameters"]["IdentityProviderId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PortalUpdateIdentityProviderRequest"];
        responses: {
            200: components["responses"]["PortalIdentityProvider"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
