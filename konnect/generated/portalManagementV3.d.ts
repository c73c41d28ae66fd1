/**
 * Types of the Konnect API "Portal Management V3" 3.9.8, generated from specs/konnect/portal-management/v3/openapi.yaml
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
         * @description Lists developer portals defined in this region for this organization. Each developer portal is available at a unique address and has isolated configuration, customization, developers, and applications.
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
         * Get a Portal
         * @description Returns the configuration for a single developer portal, including the current visibility, access, and domain settings.
         */
        get: operations["get-portal"];
        put?: never;
        post?: never;
        /**
         * Delete Portal
         * @description Deletes a single portal, along with all related entities.
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
    "/portals/{portalId}/custom-domain": {
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
         * Get Custom Domain
         * @description Get the custom domain associated to the portal.
         */
        get: operations["get-portal-custom-domain"];
        put?: never;
        /**
         * Create Custom Domain
         * @description Creates the custom domain associated with the portal. Only one custom domain can be associated with a portal at a time.
         */
        post: operations["create-portal-custom-domain"];
        /**
         * Remove Domain
         * @description Deletes the custom domain associated with the portal.
         */
        delete: operations["delete-portal-custom-domain"];
        options?: never;
        head?: never;
        /**
         * Enable or Disable Domain
         * @description Updates the portal domain associated with the portal.
         */
        patch: operations["update-portal-custom-domain"];
        trace?: never;
    };
    "/portals/{portalId}/assets/logo": {
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
         * Get Logo
         * @description Returns the logo of the portal.
         */
        get: operations["get-portal-asset-logo"];
        /**
         * Replace Logo
         * @description Replaces the logo of the portal.
         */
        put: operations["replace-portal-asset-logo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/assets/logo/raw": {
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
         * Get Logo (Raw)
         * @description Returns the raw logo of the portal.
         */
        get: operations["get-portal-asset-logo-raw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/assets/favicon": {
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
         * Get Favicon
         * @description Returns the favicon of the portal.
         */
        get: operations["get-portal-asset-favicon"];
        /**
         * Replace Favicon
         * @description Replaces the favicon of the portal. The favicon is used in the browser tab of the portal.
         */
        put: operations["replace-portal-asset-favicon"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/assets/favicon/raw": {
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
         * Get Favicon (Raw)
         * @description Returns the raw favicon of the portal.
         */
        get: operations["get-portal-asset-favicon-raw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/customization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customization
         * @description Returns the portal customization options.
         */
        get: operations["get-portal-customization"];
        /**
         * Replace Customization
         * @description Replace the portal customization options.
         */
        put: operations["replace-portal-customization"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Customization
         * @description Update the portal customization options, merging properties.
         */
        patch: operations["update-portal-customization"];
        trace?: never;
    };
    "/portals/{portalId}/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Portal Integration Configurations
         * @description Returns the portal integration configurations.
         */
        get: operations["get-portal-integrations"];
        /**
         * Replace Integration Configurations
         * @description Replace the portal integration configurations.
         */
        put: operations["upsert-portal-integrations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Integration Configurations
         * @description Update the portal integration configurations, merging properties.
         */
        patch: operations["update-portal-integrations"];
        trace?: never;
    };
    "/portals/{portalId}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Pages
         * @description Returns the tree view of custom pages that have been created for this portal. The full tree is returned in one response; this endpoint is not paginated.
         */
        get: operations["list-portal-pages"];
        put?: never;
        /**
         * Create Page
         * @description Creates a new custom page for this portal. Custom pages can be used to display static content, documentation, or other information to developers. Title and Description properties may be provided in the frontmatter section of `content`. If you set values in both the `POST` request _and_ in the frontmatter, the values in frontmatter will take precedence.
         */
        post: operations["create-portal-page"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/pages/{pageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Page
         * @description Returns the configuration of a single custom page for this portal. Custom pages can be used to display static content, documentation, or other information to developers.
         */
        get: operations["get-portal-page"];
        put?: never;
        post?: never;
        /**
         * Delete Page
         * @description Deletes a single custom page for this portal.
         */
        delete: operations["delete-portal-page"];
        options?: never;
        head?: never;
        /**
         * Update Page
         * @description Updates the configuration of a single custom page for this portal.
         */
        patch: operations["update-portal-page"];
        trace?: never;
    };
    "/portals/{portalId}/pages/{pageId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move Page
         * @description This api allows the user to move a page within the page tree using the parameters parent_page_id and index. If parent_page_id is not provided, the page will be placed at the top level of the page tree. index represents a zero-indexed page order relative to its siblings under the same parent. For example, if we want to put the page at top level in first position we would send parent_page_id: null and index: 0. This api also supports using a negative index to count backwards from the end of the page list, which means you can put the page in last position by using index: -1.
         */
        post: operations["move-portal-pages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/snippets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Snippets
         * @description Returns the paginated list of custom snippets that have been created for this portal.
         */
        get: operations["list-portal-snippets"];
        put?: never;
        /**
         * Create Snippet
         * @description Creates a new custom snippet for this portal. Custom snippets can be used to display static content, documentation, or other information to developers. Title and Description properties may be provided in the frontmatter section of `content`. If you set values in both the `POST` request _and_ in the frontmatter, the values in the frontmatter will take precedence.
         */
        post: operations["create-portal-snippet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/snippets/{snippetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Snippet
         * @description Returns the configuration of a single custom snippet for this portal. Custom snippets can be used to display static content, documentation, or other information to developers.
         */
        get: operations["get-portal-snippet"];
        put?: never;
        post?: never;
        /**
         * Delete Snippet
         * @description Deletes a single custom snippet for this portal.
         */
        delete: operations["delete-portal-snippet"];
        options?: never;
        head?: never;
        /**
         * Update Snippet
         * @description Updates the configuration of a single custom snippet for this portal.
         */
        patch: operations["update-portal-snippet"];
        trace?: never;
    };
    "/portals/{portalId}/default-content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Boilerplate Content
         * @description Creates a default collection of pages, snippets, and customization config for a portal if they do not already exist. This endpoint is optional, you can call it to populate a newly created developer portal with default content, but it is not required. Existing pages and snippets will not be modified or deleted. If used, it is typically called once per portal shortly after creation.
         */
        post: operations["create-default-content"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
         * @description Lists applications in this portal. Each application can be registered for various APIs, issuing credentials for API access. If using DCR, an application will be linked to an Identity Provider's application by its `client_id`.
         */
        get: operations["list-applications"];
        put?: never;
        /**
         * Create Application
         * @description Creates a new application for this portal. The application must be assigned to a developer or a team. An application can be registered for various APIs, issuing credentials for API access. If using DCR, an application will be linked to an Identity Provider's application by its `client_id`.
         */
        post: operations["create-application"];
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
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get an Application by Portal
         * @description Returns the configuration of a single application in this portal. If an application is linked to a DCR Provider, the `dcr_provider.id` and `client_id` can be used to correlate it. An application manages a set of credentials and registrations for specific APIs.
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
        /**
         * Update Application
         * @description Updates an application.
         */
        patch: operations["update-application"];
        trace?: never;
    };
    "/portals/{portalId}/applications/{applicationId}/developers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List Developers by Application
         * @description Lists each developer that can access the given application for this portal.
         */
        get: operations["list-developers-by-application"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * Get an Application
         * @description Returns the configuration of a single application in any portal. If an application is linked to a DCR Provider, the `dcr_provider.id` and `client_id` can be used to correlate it. An application manages a set of credentials and registrations for specific APIs.
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
    "/portals/{portalId}/applications/{applicationId}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List Credentials by Application
         * @description Lists all credentials for an application. This endpoint returns both API key credentials and DCR credentials, depending on the auth strategy the application uses: - For DCR applications: Credential information is retrieved from the identity provider using provider-specific APIs - For Key-Auth applications: Returns information about credentials Basic information about the credential is returned, but not the credential secret itself.
         */
        get: operations["list-credentials-by-application"];
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
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List Registrations by Portal
         * @description Lists all of the application registrations and their current status (e.g., approved or pending) for this portal. Each registration is associated with a single API. Access is provided through the credentials issued to the application that contains each registration.
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
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        /**
         * List Registrations by Application
         * @description Lists each API that this application is registered for and their current status (e.g., pending, approved, rejected, revoked).
         */
        get: operations["list-registrations-by-application"];
        put?: never;
        /**
         * Create Registration
         * @description Creates a new registration for this application to access a specific API. Registrations created through the portal management API will respect the auto-approve settings of the portal and/or API publication. API publications that do not use auto-approve must be manually approved by an administrator after creation.
         */
        post: operations["create-application-registration"];
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
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description ID of the application registration. */
                registrationId: components["parameters"]["RegistrationId"];
            };
            cookie?: never;
        };
        /**
         * Get a Registration
         * @description Returns information about an application's registration status for a particular API.
         */
        get: operations["get-application-registration"];
        put?: never;
        post?: never;
        /**
         * Delete Registration
         * @description Deletes an application registration, which if currently approved will immediately block API traffic to the API.
         *     Note: Developers can request a new application registration for the given API as long as they have RBAC access to consume.
         */
        delete: operations["delete-application-registration"];
        options?: never;
        head?: never;
        /**
         * Update Registration
         * @description Updates the status of a particular application registration to an API. Approved application registrations will allow API traffic to the corresponding API. Revoked, rejected, or pending will not allow API traffic.
         */
        patch: operations["update-application-registration"];
        trace?: never;
    };
    "/portals/{portalId}/applications/{applicationId}/registrations/{registrationId}/consumer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description ID of the application registration. */
                registrationId: components["parameters"]["RegistrationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update application consumer mapping
         * @description Associates an existing Gateway Consumer with the application in the Gateway context resolved from the specified registration.
         *     The consumer must already exist and be accessible within the API's Gateway context.
         *     If multiple registrations of the same application target APIs implemented in the same Gateway context, they share the same effective consumer mapping.
         *     Updating the consumer mapping for one registration updates the mapping for all registrations that resolve to the same Gateway context.
         */
        put: operations["update-application-registration-consumer"];
        post?: never;
        /**
         * Delete application consumer mapping
         * @description Removes the Gateway Consumer mapping associated with the application in the Gateway context resolved from the specified registration.
         */
        delete: operations["delete-application-registration-consumer"];
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
         * @description Updates the developer authentication configuration for a portal. Developers can be allowed to login using basic auth (email & password) or use Single-Sign-On through an Identity Provider. Developers can be automatically assigned to teams by mapping claims from their IdP account.
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
         * @description **Pre-release Endpoint**
         *     This endpoint is currently in beta and is subject to change.
         *
         *     Lists mappings between Konnect portal teams and Identity Provider (IdP) groups. Returns a 400 error if an IdP has not yet been configured.
         */
        get: operations["list-portal-team-group-mappings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Team Group Mappings
         * @description **Pre-release Endpoint**
         *     This endpoint is currently in beta and is subject to change.
         *
         *     Allows partial updates to the mappings between Konnect portal teams and Identity Provider (IdP) groups. The request body must be keyed on team ID. For a given team ID, the given group list is a complete replacement. To remove all mappings for a given team, provide an empty group list.
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
                developerId: components["parameters"]["DeveloperId"];
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
                /** @description ID of the assigned role. */
                roleId: string;
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
        /**
         * Create Developer Account
         * @description Creates a new developer account in the specified portal. SAML login is currently not supported.
         */
        post: operations["create-developer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/developers/{developerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the developer. */
                developerId: components["parameters"]["DeveloperId"];
            };
            cookie?: never;
        };
        /**
         * Get a Developer
         * @description Returns information about a single developer in this portal. Each developer manages a set applications, providing them credentials to access registered APIs. Developer registration access can be limited to specific APIs using RBAC.
         */
        get: operations["get-developer"];
        put?: never;
        post?: never;
        /**
         * Delete Developer
         * @description Deletes a developer, which will discontinue their ability to login, view any non-public resources, and delete all applications owned by them. All credentials issued to the developer will no longer provide access to any APIs. A deleted developer's unique email must be re-registered and approved to gain access again.
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
    "/portals/{portalId}/developers/{developerId}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the developer. */
                developerId: components["parameters"]["DeveloperId"];
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
    "/portals/{portalId}/identity-providers/{id}/team-group-mappings": {
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
         * List Team Group Mappings
         * @description Returns a paginated list of team group mappings for the specified identity provider.
         */
        get: operations["list-portal-idp-team-group-mappings"];
        put?: never;
        /**
         * Create Team Group Mapping
         * @description Creates a new team group mapping for the specified identity provider.
         */
        post: operations["create-portal-idp-team-group-mapping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/identity-providers/{id}/team-group-mappings/{mappingId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the identity provider. */
                id: components["parameters"]["IdentityProviderId"];
                /** @description ID of the team group mapping. */
                mappingId: components["parameters"]["TeamGroupMappingId"];
            };
            cookie?: never;
        };
        /**
         * Get Team Group Mapping
         * @description Returns the team group mapping for the specified ID.
         */
        get: operations["get-portal-idp-team-group-mapping"];
        put?: never;
        post?: never;
        /**
         * Delete Team Group Mapping
         * @description Deletes a team group mapping by ID.
         *     Returns 204 if the mapping was deleted, or 404 if the mapping was not found.
         */
        delete: operations["delete-portal-idp-team-group-mapping"];
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
    "/portals/email-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List email domains
         * @description List email domains
         */
        get: operations["list-email-domains"];
        put?: never;
        /**
         * Create an email domain
         * @description Create an email domain
         */
        post: operations["create-email-domain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/email-domains/{emailDomain}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Email domain for custom portal email sender */
                emailDomain: components["parameters"]["EmailDomain"];
            };
            cookie?: never;
        };
        /**
         * Get an email domain
         * @description Get an email domain
         */
        get: operations["get-email-domain"];
        put?: never;
        post?: never;
        /**
         * Delete an email domain
         * @description Delete an email domain
         */
        delete: operations["delete-email-domain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/email-delivery": {
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
         * Get the email delivery for the portal
         * @deprecated
         * @description Retrieve the email delivery for the portal
         */
        get: operations["get-email-delivery"];
        put?: never;
        post?: never;
        /**
         * Delete email delivery
         * @deprecated
         * @description Delete email delivery
         */
        delete: operations["delete-email-delivery"];
        options?: never;
        head?: never;
        /**
         * Setup the email delivery for a portal
         * @deprecated
         * @description Setup the email delivery for a portal
         */
        patch: operations["update-email-delivery"];
        trace?: never;
    };
    "/portals/{portalId}/email-config": {
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
         * Get the email config for the portal
         * @description Retrieve the email config for the portal
         */
        get: operations["get-email-config"];
        put?: never;
        /**
         * Create the email config for a portal
         * @description Create the email config for a portal
         */
        post: operations["create-portal-email-config"];
        /**
         * Delete portal email config
         * @description Delete portal email config
         */
        delete: operations["delete-portal-email-config"];
        options?: never;
        head?: never;
        /**
         * Setup the email config for a portal
         * @description Setup the email config for a portal
         */
        patch: operations["update-portal-email-config"];
        trace?: never;
    };
    "/portals/email-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List default email templates
         * @description List default email templates
         */
        get: operations["list-default-email-templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/email-templates/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List email template variables
         * @description List email template variables
         */
        get: operations["list-email-template-variables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/email-templates/{templateName}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Name of the email template. */
                templateName: components["parameters"]["EmailTemplateName"];
            };
            cookie?: never;
        };
        /**
         * Get default email template
         * @description Get default email template
         */
        get: operations["get-default-email-template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/email-templates": {
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
         * List custom email templates for a portal
         * @description List custom email templates
         */
        get: operations["list-portal-custom-email-templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/email-templates/{templateName}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description Name of the email template. */
                templateName: components["parameters"]["EmailTemplateName"];
            };
            cookie?: never;
        };
        /**
         * Get custom email template used in a portal
         * @description Get custom email template
         */
        get: operations["get-portal-custom-email-template"];
        put?: never;
        post?: never;
        /**
         * Delete custom email template
         * @description Delete custom email template for a portal. This will revert to using the default template
         */
        delete: operations["delete-portal-custom-email-template"];
        options?: never;
        head?: never;
        /**
         * Update custom email template for a portal
         * @description Update custom email template
         */
        patch: operations["update-portal-custom-email-template"];
        trace?: never;
    };
    "/portals/{portalId}/email-templates/{templateName}/send-test-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Test Email
         * @description Send a test email based on the portal's email template, using the content provided in the request.
         *     The email will be sent to the Konnect user who triggered the test.
         */
        post: operations["post-portal-custom-email-test-send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/ip-allow-list": {
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
         * List the IP allow list for portal
         * @description Lists the IP allow list configuration for a portal.
         */
        get: operations["list-portal-ip-allow-list"];
        put?: never;
        /**
         * Create an IP allow list for a portal
         * @description Create an IP allow list for a portal.
         */
        post: operations["create-portal-ip-allow-list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/ip-allow-list/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the allow list. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get an IP allow list for a portal
         * @description Get an IP allow list for a portal.
         */
        get: operations["get-portal-ip-allow-list"];
        /**
         * Replace an IP allow list for a portal
         * @description Replace an IP allow list for a portal.
         */
        put: operations["put-portal-ip-allow-list"];
        post?: never;
        /**
         * Delete an IP allow list from a portal
         * @description Delete the IP allow list for a portal.
         */
        delete: operations["delete-portal-ip-allow-list"];
        options?: never;
        head?: never;
        /**
         * Update an IP allow list for a portal
         * @description Update an IP allow list for a portal.
         */
        patch: operations["update-portal-ip-allow-list"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreatePortalIdpTeamGroupMappingRequest: {
            /**
             * Format: uuid
             * @description The Konnect team ID.
             * @example 6801e673-cc10-498a-94cd-4271de07a0d3
             */
            team_id: string;
            /**
             * @description The IdP group name.
             * @example API Engineers
             */
            group: string;
        };
        PortalIdpTeamGroupMapping: {
            /**
             * Format: uuid
             * @description The mapping ID.
             * @example a1b2c3d4-e5f6-4a8b-9c0d-1e2f3a4b5c6d
             */
            readonly id: string;
            /**
             * Format: uuid
             * @description The Konnect team ID.
             * @example 6801e673-cc10-498a-94cd-4271de07a0d3
             */
            team_id: string;
            /**
             * @description The IdP group name.
             * @example API Engineers
             */
            group: string;
            /**
             * Format: date-time
             * @description Creation timestamp.
             * @example 2024-01-15T10:30:00Z
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @description Last update timestamp.
             * @example 2024-01-15T10:30:00Z
             */
            readonly updated_at: string;
        };
        PortalIdpTeamGroupMappingCollectionResponse: {
            meta: components["schemas"]["CursorMeta"];
            data: components["schemas"]["PortalIdpTeamGroupMapping"][];
        };
        /** PortalImageDataUri */
        PortalImageDataUri: components["schemas"]["ImagePNGDataUri"] | components["schemas"]["ImageJPGDataUri"] | components["schemas"]["ImageGIFDataUri"] | components["schemas"]["ImageICODataUri"] | components["schemas"]["ImageSVGDataUri"];
        /**
         * PortalImageAsset
         * Format: binary
         * @description Raw binary image data
         */
        PortalImageAssetBlob: string;
        /**
         * ReplacePortalImageAsset
         * @description The image data to upload. Images must be a data URL with binary image data in base 64 format. See https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs.
         * @example {
         *       "data": "data:image/jpeg;base64,bmljZV9sb29raW5nX3BpY3R1cmU="
         *     }
         */
        ReplacePortalImageAsset: {
            data: components["schemas"]["PortalImageDataUri"];
        } | null;
        /**
         * CreateDeveloperRequest
         * @description Request body for creating a developer in a portal.
         * @example {
         *       "email": "developer@example.com",
         *       "full_name": "Developer Name"
         *     }
         */
        CreateDeveloperRequest: {
            /** Format: email */
            email: string;
            full_name: string;
            /**
             * DeveloperStatus
             * @description When omitted, the portal's `auto_approve_developers` setting determines the initial status. Set this property to override the portal default with any valid developer status.
             * @example approved
             * @enum {string}
             */
            status?: "approved" | "pending" | "revoked" | "rejected";
            /**
             * @description When true, sends an invitation email to the developer. Default is false; no emails are sent unless explicitly requested.
             * @default false
             */
            send_invitation_email: boolean;
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
         * PortalDeveloper
         * @example {
         *       "id": "7cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *       "email": "developer@example.com",
         *       "full_name": "Jane Dev",
         *       "status": "approved",
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
         *           "created_at": "2022-11-15T20:37:41.457Z",
         *           "updated_at": "2022-11-15T20:37:47.456Z"
         *         },
         *         {
         *           "id": "4cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "john.developer@example.com",
         *           "full_name": "John Dev",
         *           "status": "revoked",
         *           "created_at": "2022-11-15T20:37:41.457Z",
         *           "updated_at": "2022-11-15T20:37:47.456Z"
         *         },
         *         {
         *           "id": "6cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "john.developer@example.com",
         *           "full_name": "Jim Dev",
         *           "status": "pending",
         *           "created_at": "2022-11-15T20:37:41.457Z",
         *           "updated_at": "2022-11-15T20:37:47.456Z"
         *         },
         *         {
         *           "id": "7cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "john.developer@example.com",
         *           "full_name": "Jan Dev",
         *           "status": "rejected",
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
         * DeveloperStatus
         * @description The status of a developer in a portal. Approved developers can log in, create applications, and view and register for products they have access to. Pending, revoked, and rejected developers cannot login or view any non-public portal information, or create or modify applications or registrations.
         * @example approved
         * @enum {string}
         */
        DeveloperStatus: "approved" | "pending" | "revoked" | "rejected";
        /**
         * MovePage
         * @description move page request payload
         */
        MovePageRequestPayload: {
            /**
             * Format: uuid
             * @description parent page id
             * @example dd4e1b98-3629-4dd3-acc0-759a726ffee2
             */
            parent_page_id?: string;
            /**
             * @description index of the document in the parent document's children
             * @example 1
             */
            index?: number;
        };
        /**
         * PageSlug
         * @description The slug of a page in a portal, used to compute its full URL path within the portal hierarchy.
         *     When a page has a `parent_page_id`, its full path is built by joining the parent’s slug with its own.
         *     For example, if a parent page has the slug `slug1` and this page’s slug is `slug2`, the resulting path will be `/slug1/slug2`.
         *     This enables nested page structures like `/slug1/slug2/slug3`.
         * @example /my-page
         */
        PageSlug: string;
        /**
         * Format: uuid
         * @description Pages may be rendered as a tree of files.
         *
         *     Specify the `id` of another page as the `parent_page_id` to add some hierarchy to your pages.
         * @example null
         */
        ParentPageId: string | null;
        /**
         * PageTitle
         * @description The title of a page in a portal.
         * @example My Page
         */
        PageTitle: string;
        /**
         * PageContent
         * @description The renderable markdown content of a page in a portal.
         * @example # Welcome to My Page
         */
        PageContent: string;
        /**
         * SnippetTitle
         * @description The display title of a snippet in a portal.
         * @example My Snippet
         */
        SnippetTitle: string;
        /**
         * SnippetContent
         * @description The renderable markdown content of a page in a portal.
         * @example # Welcome to My Snippet
         */
        SnippetContent: string;
        /**
         * VisibilityStatus
         * @description Whether the resource is publicly accessible to non-authenticated users.
         * @example public
         * @enum {string}
         */
        VisibilityStatus: "public" | "private";
        /**
         * PublishedStatus
         * @description Whether the resource is visible on a given portal. Defaults to unpublished.
         * @example published
         * @enum {string}
         */
        PublishedStatus: "published" | "unpublished";
        /**
         * ResourceDescription
         * @example A custom page about developer portals
         */
        Description: string;
        /**
         * PageVisibilityStatus
         * @description Whether a page is publicly accessible to non-authenticated users.
         *     If not provided, the default_page_visibility value of the portal will be used.
         * @example public
         * @enum {string}
         */
        PageVisibilityStatus: "public" | "private";
        /**
         * PageVisibilityStatus
         * @description Whether a snippet is publicly accessible to non-authenticated users.
         *     If not provided, the default_page_visibility value of the portal will be used.
         * @example public
         * @enum {string}
         */
        SnippetVisibilityStatus: "public" | "private";
        /**
         * UpdatePortalPageRequest
         * @description Update a page in a portal.
         */
        UpdatePortalPageRequest: {
            slug?: components["schemas"]["PageSlug"];
            title?: components["schemas"]["PageTitle"];
            content?: components["schemas"]["PageContent"];
            visibility?: components["schemas"]["VisibilityStatus"];
            status?: components["schemas"]["PublishedStatus"];
            description?: components["schemas"]["Description"];
            parent_page_id?: components["schemas"]["ParentPageId"];
        };
        /**
         * CreatePortalPageRequest
         * @description Create a page in a portal.
         */
        CreatePortalPageRequest: {
            slug: components["schemas"]["PageSlug"];
            title?: components["schemas"]["PageTitle"];
            content: components["schemas"]["PageContent"];
            visibility?: components["schemas"]["PageVisibilityStatus"];
            status?: components["schemas"]["PublishedStatus"];
            description?: components["schemas"]["Description"];
            parent_page_id?: components["schemas"]["ParentPageId"];
        };
        /**
         * PortalPageInfo
         * @description Information about a page in a portal.
         */
        PortalPageInfo: {
            id: components["schemas"]["UUID"];
            slug: components["schemas"]["PageSlug"];
            title: components["schemas"]["PageTitle"];
            visibility: components["schemas"]["VisibilityStatus"];
            status: components["schemas"]["PublishedStatus"];
            description?: components["schemas"]["Description"];
            parent_page_id: components["schemas"]["ParentPageId"];
            /**
             * @description children of the page
             * @example [
             *       {
             *         "id": "d32d905a-ed33-46a3-a093-d8f536af9a8a",
             *         "slug": "hello-world",
             *         "title": "Hello world",
             *         "visibility": "public",
             *         "created_at": "2023-01-11T02:30:42.227Z",
             *         "updated_at": "2023-01-11T02:30:42.227Z",
             *         "status": "unpublished",
             *         "parent_page_id": null,
             *         "children": []
             *       }
             *     ]
             */
            children: components["schemas"]["PortalPageInfo"][];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /**
         * PortalSnippetInfo
         * @description Information about a snippet in a portal.
         */
        PortalSnippetInfo: {
            id: components["schemas"]["UUID"];
            name: components["schemas"]["SnippetName"];
            title: components["schemas"]["SnippetTitle"];
            visibility: components["schemas"]["VisibilityStatus"];
            status: components["schemas"]["PublishedStatus"];
            description?: components["schemas"]["Description"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /**
         * DefaultContent
         * @description Summary of created default content
         */
        DefaultContent: {
            pages: string[];
            snippets: string[];
        };
        /**
         * PortalPageResponse
         * @description Details about a page in a portal.
         */
        PortalPageResponse: {
            id: components["schemas"]["UUID"];
            slug: components["schemas"]["PageSlug"];
            title: components["schemas"]["PageTitle"];
            content: components["schemas"]["PageContent"];
            visibility: components["schemas"]["VisibilityStatus"];
            status: components["schemas"]["PublishedStatus"];
            description?: components["schemas"]["Description"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            parent_page_id: components["schemas"]["ParentPageId"];
        };
        /**
         * ListPortalPagesResponse
         * @description Tree of custom pages in a portal. Not paginated.
         * @example {
         *       "data": [
         *         {
         *           "id": "437c7192-fea0-4f35-8478-c8d57783f8c1",
         *           "slug": "/my-page",
         *           "title": "My Page",
         *           "visibility": "public",
         *           "status": "unpublished",
         *           "description": "A custom page",
         *           "created_at": "2021-01-01T00:00:00Z",
         *           "updated_at": "2021-01-01T00:00:00Z",
         *           "parent_page_id": null,
         *           "children": []
         *         }
         *       ]
         *     }
         */
        ListPortalPagesResponse: {
            data: components["schemas"]["PortalPageInfo"][];
        };
        /**
         * PortalSnippetResponse
         * @description Details about a snippet in a portal.
         */
        PortalSnippetResponse: {
            id: components["schemas"]["UUID"];
            name: components["schemas"]["SnippetName"];
            title?: components["schemas"]["SnippetTitle"];
            content: components["schemas"]["SnippetContent"];
            visibility: components["schemas"]["VisibilityStatus"];
            status: components["schemas"]["PublishedStatus"];
            description?: components["schemas"]["Description"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /**
         * ListPortalSnippetsResponse
         * @description A paginated list of custom snippets in a portal.
         * @example {
         *       "data": [
         *         {
         *           "id": "437c7192-fea0-4f35-8478-c8d57783f8c1",
         *           "name": "my-snippet",
         *           "title": "My Snippet",
         *           "visibility": "public",
         *           "status": "published",
         *           "description": "A custom snippet",
         *           "created_at": "2021-01-01T00:00:00Z",
         *           "updated_at": "2021-01-01T00:00:00Z"
         *         }
         *       ],
         *       "meta": {
         *         "page": {
         *           "number": 1,
         *           "size": 10,
         *           "total": 1
         *         }
         *       }
         *     }
         */
        ListPortalSnippetsResponse: {
            data: components["schemas"]["PortalSnippetInfo"][];
            meta: components["schemas"]["PaginatedMeta"];
        };
        /**
         * UpdatePortalSnippetRequest
         * @description Update a snippet in a portal.
         */
        UpdatePortalSnippetRequest: {
            name?: components["schemas"]["SnippetName"];
            title?: components["schemas"]["SnippetTitle"];
            content?: components["schemas"]["SnippetContent"];
            visibility?: components["schemas"]["VisibilityStatus"];
            status?: components["schemas"]["PublishedStatus"];
            description?: components["schemas"]["Description"];
        };
        /**
         * CreatePortalSnippetRequest
         * @description Create a snippet in a portal.
         */
        CreatePortalSnippetRequest: {
            name: components["schemas"]["SnippetName"];
            title?: components["schemas"]["SnippetTitle"];
            content: components["schemas"]["SnippetContent"];
            visibility?: components["schemas"]["SnippetVisibilityStatus"];
            status?: components["schemas"]["PublishedStatus"];
            description?: components["schemas"]["Description"];
        };
        /**
         * CreateApplicationRequest
         * @example {
         *       "name": "Portal Application",
         *       "description": "A portal application provisioned for a developer by a Portal Admin.",
         *       "labels": {
         *         "env": "production"
         *       },
         *       "auth_strategy_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
         *       "owner": {
         *         "id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *         "type": "developer"
         *       }
         *     }
         */
        CreateApplicationRequest: {
            /** @description The name of the application. */
            name: string;
            /** @description A description of the application. */
            description?: string;
            labels?: components["schemas"]["LabelsUpdate"];
            /**
             * @description If using a DCR auth strategy, set this property to link the portal application to an existing
             *     client from the DCR provider, instead of having Konnect create a new client.
             *
             *     This allows importing existing clients from an Identity Provider into Konnect, allowing
             *     them to be controlled through DCR flows in the portal and use existing client secrets
             *     for API access.
             *
             *     The value must be a valid client ID in the DCR provider associated with the auth strategy.
             *     For some DCR providers, if the client ID is invalid, the application may still be created but will not function properly.
             *
             *     Note: For AzureAD auth strategies, the client ID must resolve to an accessible Microsoft Entra
             *     application using the configured DCR provider credentials. Otherwise, application creation fails.
             */
            dcr_client_id?: string;
            client_id?: components["schemas"]["ApplicationClientId"];
            /**
             * Format: uuid
             * @description The ID of the authentication strategy the application will use when making requests to registered APIs.
             */
            auth_strategy_id?: string;
            owner: components["schemas"]["ApplicationOwner"];
        };
        /** UpdateApplicationRequest */
        UpdateApplicationRequest: {
            owner?: components["schemas"]["ApplicationOwner"];
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
         *           "registration_count": 2,
         *           "portal": {
         *             "id": "95606071-49c7-4c2e-ae49-8a86d72a8110"
         *           },
         *           "auth_strategy": {
         *             "id": "85606071-49c7-4c2e-ae49-8a86d72a8110",
         *             "name": "API Key",
         *             "credential_type": "key_auth",
         *             "key_names": [
         *               "apikey"
         *             ]
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
         *           "client_id": "yr1k0d9kj3l0cl01hp4o0",
         *           "registration_count": 3,
         *           "portal": {
         *             "id": "95606071-49c7-4c2e-ae49-8a86d72a8110"
         *           },
         *           "auth_strategy": {
         *             "id": "65606071-49c7-4c2e-ae49-8a86d72a8110",
         *             "name": "Client Credentials",
         *             "credential_type": "client_credentials",
         *             "auth_methods": [
         *               "client_credentials",
         *               "bearer",
         *               "session"
         *             ]
         *           },
         *           "dcr_provider": {
         *             "id": "7ea06071-49c7-4c2e-ae49-8a86d72a8110"
         *           },
         *           "granted_scopes": null,
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
        GetApplicationResponse: components["schemas"]["Application"];
        /**
         * ListApplicationDevelopersResponse
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
         *           "full_name": "Jane Dev"
         *         },
         *         {
         *           "id": "4cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "john.developer@example.com",
         *           "full_name": "John Dev"
         *         },
         *         {
         *           "id": "6cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "jim.developer@example.com",
         *           "full_name": "Jim Dev"
         *         },
         *         {
         *           "id": "7cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *           "email": "jan.developer@example.com",
         *           "full_name": "Jan Dev"
         *         }
         *       ]
         *     }
         */
        ListApplicationDevelopersResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["ApplicationDeveloperDetailed"][];
        };
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
         *           "api": {
         *             "id": "56f637b7-cd95-478b-9b02-d770618f641c",
         *             "name": "Great Stuff",
         *             "version": "v1",
         *             "entity_type": "api"
         *           },
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
         *           "api": {
         *             "id": "56f637b7-cd95-478b-9b02-d770618f641c",
         *             "name": "Great Stuff",
         *             "version": "v2",
         *             "entity_type": "api"
         *           },
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
         *           "api": {
         *             "id": "56f637b7-cd95-478b-9b02-d770618f641c",
         *             "name": "Good Stuff",
         *             "version": "v2",
         *             "entity_type": "api"
         *           },
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
         *           "api": {
         *             "id": "56f637b7-cd95-478b-9b02-d770618f641c",
         *             "name": "Good Stuff",
         *             "version": "v1",
         *             "entity_type": "api"
         *           },
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
        GetApplicationRegistrationResponse: components["schemas"]["ApplicationRegistration"];
        UpdateApplicationRegistrationResponse: components["schemas"]["ApplicationRegistration"];
        /**
         * ApplicationDeveloperDetailed
         * @description List of developers that have a registered application.
         * @example {
         *       "id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *       "email": "user@email.com",
         *       "full_name": "API Developer"
         *     }
         */
        ApplicationDeveloperDetailed: {
            /**
             * Format: uuid
             * @example 7f9fd312-a987-4628-b4c5-bb4f4fddd5f7
             */
            readonly id: string;
            /**
             * Format: email
             * @example developer@email.com
             */
            email?: string;
            /** @example API Developer */
            full_name?: string;
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
         *       "registration_count": 4,
         *       "portal": {
         *         "id": "95606071-49c7-4c2e-ae49-8a86d72a8110"
         *       },
         *       "auth_strategy": {
         *         "id": "45606071-49c7-4c2e-ae49-8a86d72a8110",
         *         "name": "API Key",
         *         "credential_type": "key_auth",
         *         "key_names": [
         *           "apikey"
         *         ]
         *       },
         *       "created_at": "2022-12-22T19:09:30.712Z",
         *       "updated_at": "2022-12-22T19:09:30.712Z",
         *       "owner": {
         *         "id": "8cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *         "type": "developer"
         *       }
         *     }
         */
        Application: components["schemas"]["ClientCredentialsApplication"] | components["schemas"]["KeyAuthApplication"];
        /** Client Credentials Application */
        ClientCredentialsApplication: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            /** @description The name of the application. */
            name: string;
            /** @description A description of the application. */
            description: string | null;
            labels: components["schemas"]["LabelsUpdate"];
            /** @description The ID used to linked the portal application to an Identity Provider application. */
            readonly client_id: string;
            /** @description The number of API registrations that are associated with the application. Registrations of any status are included in the count. */
            readonly registration_count: number;
            /** @description Information about the DCR provider this application uses, if using DCR. */
            dcr_provider: {
                id: components["schemas"]["UUID"];
            } | null;
            /** @description Information about the portal the application is in. */
            portal: {
                id: components["schemas"]["UUID"];
            };
            auth_strategy: components["schemas"]["AuthStrategyClientCredentials"];
            /** @description List of granted scopes for the application. Null if application type does not support returning granted scopes. */
            granted_scopes: string[] | null;
            owner?: components["schemas"]["ApplicationOwner"];
        };
        /**
         * Key Auth Application
         * @example {
         *       "id": "b15e2460-ba40-431d-9df0-4957fcffacda",
         *       "labels": {
         *         "env": "test"
         *       },
         *       "name": "App 1",
         *       "description": "An easy to manage app in a Konnect developer portal",
         *       "registration_count": 4,
         *       "portal": {
         *         "id": "95606071-49c7-4c2e-ae49-8a86d72a8110"
         *       },
         *       "auth_strategy": {
         *         "id": "45606071-49c7-4c2e-ae49-8a86d72a8110",
         *         "name": "API Key",
         *         "credential_type": "key_auth",
         *         "key_names": [
         *           "apikey"
         *         ]
         *       },
         *       "created_at": "2022-12-22T19:09:30.712Z",
         *       "updated_at": "2022-12-22T19:09:30.712Z",
         *       "owner": {
         *         "id": "8cd9feff-b4da-4a9f-ba49-cbe83c75ff22",
         *         "type": "developer"
         *       }
         *     }
         */
        KeyAuthApplication: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            /** @description The name of the application. */
            name: string;
            /** @description A description of the application. */
            description: string | null;
            auth_strategy: components["schemas"]["AuthStrategyKeyAuth"];
            /** @description Information about the portal the application is in. */
            portal: {
                id: components["schemas"]["UUID"];
            };
            labels: components["schemas"]["LabelsUpdate"];
            /** @description The number of API registrations that are associated with the application. Registrations of any status are included in the count. */
            readonly registration_count: number;
            owner?: components["schemas"]["ApplicationOwner"];
        };
        /**
         * CreateApplicationRegistrationRequest
         * @example {
         *       "api_id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7"
         *     }
         */
        CreateApplicationRegistrationRequest: {
            /**
             * Format: uuid
             * @description The ID of the API the application is registering for.
             */
            api_id: string;
            /**
             * @description The status of the application registration. It must be a valid status value for a registration creation.
             * @example approved
             * @enum {string}
             */
            status?: "approved" | "pending";
        };
        /**
         * ApplicationRegistration
         * @description A application's registration for a specific version of an API.
         * @example {
         *       "id": "c300cc33-2d33-4754-b086-a98e0fcd36fb",
         *       "status": "approved",
         *       "application": {
         *         "id": "c15e2460-ba40-431d-9df0-4957fcff7cda",
         *         "name": "App 1"
         *       },
         *       "api": {
         *         "id": "86f637b7-cd95-478b-9b02-d770618f641c",
         *         "name": "Great Stuff",
         *         "version": "v1",
         *         "entity_type": "api"
         *       },
         *       "created_at": "2022-12-22T20:13:07.305Z",
         *       "updated_at": "2022-12-22T20:13:36.710Z"
         *     }
         */
        ApplicationRegistration: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            status: components["schemas"]["ApplicationRegistrationStatus"];
            /** @description Details about the API the application is registered to. */
            api: {
                id: components["schemas"]["UUID"];
                /** @description The name of the API the application is registered to. */
                name: string;
                /** @description The version of the API the application is registered to. */
                version: string | null;
                entity_type: components["schemas"]["EntityType"];
            };
            /** @description Details about the application the registration is part of. */
            application: {
                id: components["schemas"]["UUID"];
                /** @description The name of the application the registration is part of. */
                name: string;
            };
            /** @description Details about the consumer associated with this application registration. */
            consumer?: {
                id: components["schemas"]["UUID"];
                /** @description The custom ID of the associated consumer. */
                custom_id?: string;
                /** @description The username of the associated consumer. */
                username?: string;
                control_plane_id: components["schemas"]["UUID"];
            };
        };
        /**
         * ApplicationRegistrationStatus
         * @description The status of an application registration request. Each registration is linked to a single API, and application credentials will not grant access to the API until the registration is approved.
         *     Pending, revoked, and rejected registrations will not provide access to the API.
         * @example approved
         * @enum {string}
         */
        ApplicationRegistrationStatus: "approved" | "pending" | "revoked" | "rejected";
        /**
         * UpdateApplicationRegistrationRequest
         * @example {
         *       "status": "rejected"
         *     }
         */
        UpdateApplicationRegistrationRequest: {
            status?: components["schemas"]["ApplicationRegistrationStatus"];
        };
        /**
         * UpdateRegistrationConsumerRequest
         * @example {
         *       "id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7"
         *     }
         */
        UpdateRegistrationConsumerRequest: {
            /**
             * Format: uuid
             * @description The ID of the existing Gateway Consumer to associate with the application.
             */
            id: string;
        };
        /** PortalFilterParameters */
        PortalFilterParameters: {
            id?: components["schemas"]["UuidFieldFilter"];
            name?: components["schemas"]["StringFieldFilter"];
            description?: components["schemas"]["StringFieldFilter"];
            authentication_enabled?: components["schemas"]["BooleanFieldFilter"];
            rbac_enabled?: components["schemas"]["BooleanFieldFilter"];
            default_api_visibility?: components["schemas"]["StringFieldFilter"];
            default_page_visibility?: components["schemas"]["StringFieldFilter"];
            default_application_auth_strategy_id?: components["schemas"]["UuidFieldFilter"];
            auto_approve_developers?: components["schemas"]["BooleanFieldFilter"];
            auto_approve_applications?: components["schemas"]["BooleanFieldFilter"];
            default_domain?: components["schemas"]["StringFieldFilter"];
            canonical_domain?: components["schemas"]["StringFieldFilter"];
        };
        /** PortalPagesFilterParameters */
        PortalPagesFilterParameters: {
            id?: components["schemas"]["UuidFieldFilter"];
            slug?: components["schemas"]["StringFieldFilter"];
            title?: components["schemas"]["StringFieldFilter"];
            visibility?: components["schemas"]["StringFieldFilter"];
            created_at?: components["schemas"]["DateTimeFieldFilter"];
            updated_at?: components["schemas"]["DateTimeFieldFilter"];
        };
        /** PortalSnippetsFilterParameters */
        PortalSnippetsFilterParameters: {
            id?: components["schemas"]["UuidFieldFilter"];
            name?: components["schemas"]["StringFieldFilter"];
            title?: components["schemas"]["StringFieldFilter"];
            visibility?: components["schemas"]["StringFieldFilter"];
            created_at?: components["schemas"]["DateTimeFieldFilter"];
            updated_at?: components["schemas"]["DateTimeFieldFilter"];
        };
        /** PortalCustomDomain */
        PortalCustomDomain: {
            hostname: string;
            enabled: boolean;
            ssl: components["schemas"]["PortalCustomDomainSSL"];
            cname_status: components["schemas"]["PortalCustomDomainCnameStatus"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /** PortalCustomDomainSSL */
        PortalCustomDomainSSL: {
            domain_verification_method: components["schemas"]["PortalCustomDomainVerificationMethod"];
            verification_status: components["schemas"]["PortalCustomDomainVerificationStatus"];
            validation_errors?: components["schemas"]["PortalCustomDomainValidationErrors"];
            /**
             * Format: date-time
             * @description An ISO-8601 timestamp representation of the ssl certificate upload date.
             * @example 2022-11-04T20:10:06.927Z
             */
            readonly uploaded_at?: string;
            /**
             * Format: date-time
             * @description An ISO-8601 timestamp representation of the ssl certificate expiration date.
             * @example 2022-11-04T20:10:06.927Z
             */
            readonly expires_at?: string;
            /** @description True when the provided certificate chain is served as-is without validation against a public trust store. */
            readonly skip_ca_check?: boolean;
        };
        /** CreatePortalCustomDomainSSL */
        CreatePortalCustomDomainSSL: components["schemas"]["CreatePortalCustomDomainSSLWithCustomCertificate"] | components["schemas"]["CreatePortalCustomDomainSSLStandard"];
        /** custom_certificate */
        CreatePortalCustomDomainSSLWithCustomCertificate: {
            /** @enum {string} */
            domain_verification_method: "custom_certificate";
            /** @description Custom certificate to be used for the SSL termination. */
            custom_certificate: string;
            /** @description Custom certificate private key to be used for the SSL termination. */
            custom_private_key: string;
            /**
             * @description Advanced option. If true, the custom certificate is served exactly as provided, without attempting to bundle against a public trust store. Required for certificates issued by an internal/private CA.
             * @default false
             */
            skip_ca_check: boolean;
        };
        /** http */
        CreatePortalCustomDomainSSLStandard: {
            /** @enum {string} */
            domain_verification_method: "http";
        };
        /** UpdatePortalCustomDomainSSL */
        UpdatePortalCustomDomainSSL: {
            /** @description Custom certificate to be used for the SSL termination. */
            custom_certificate?: string;
            /** @description Custom certificate private key to be used for the SSL termination. */
            custom_private_key?: string;
            /**
             * @description Advanced option. If true, the custom certificate is served exactly as provided, without attempting to bundle against a public trust store. Required for certificates issued by an internal/private CA.
             * @default false
             */
            skip_ca_check: boolean;
        };
        /**
         * PortalCustomDomainVerificationMethod
         * @enum {string}
         */
        PortalCustomDomainVerificationMethod: "http" | "custom_certificate";
        /**
         * PortalCustomDomainVerificationStatus
         * @enum {string}
         */
        PortalCustomDomainVerificationStatus: "verified" | "pending" | "error";
        /**
         * PortalCustomDomainCnameStatus
         * @enum {string}
         */
        PortalCustomDomainCnameStatus: "verified" | "pending";
        /** PortalCustomDomainValidationErrors */
        PortalCustomDomainValidationErrors: string[];
        /** CreatePortalCustomDomainRequest */
        CreatePortalCustomDomainRequest: {
            hostname: string;
            enabled: boolean;
            ssl: components["schemas"]["CreatePortalCustomDomainSSL"];
        };
        /** UpdatePortalCustomDomainRequest */
        UpdatePortalCustomDomainRequest: {
            enabled?: boolean;
            ssl?: components["schemas"]["UpdatePortalCustomDomainSSL"];
        };
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
         * @deprecated
         * @description The portal has OIDC enabled or disabled.
         * @example false
         */
        OIDCAuthEnabled: boolean;
        /**
         * @deprecated
         * @description A Konnect Identity Admin assigns teams to a developer.
         * @example false
         */
        SAMLAuthEnabled: boolean;
        /**
         * @deprecated
         * @description IdP groups determine the Portal Teams a developer has. Replaced by idp_mapping_enabled.
         * @example true
         */
        OIDCIdpMappingEnabled: boolean;
        /**
         * @description Whether IdP groups determine the Konnect Portal teams a developer has.
         * @example true
         */
        IDPMappingEnabled: boolean;
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
            oidc_auth_enabled: components["schemas"]["OIDCAuthEnabled"];
            saml_auth_enabled?: components["schemas"]["SAMLAuthEnabled"];
            oidc_team_mapping_enabled: components["schemas"]["OIDCIdpMappingEnabled"];
            idp_mapping_enabled?: components["schemas"]["IDPMappingEnabled"];
            /**
             * @description A Konnect Identity Admin assigns teams to a developer.
             * @example false
             */
            konnect_mapping_enabled: boolean;
            /**
             * PortalOIDCConfig
             * @deprecated
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
            readonly oidc_config?: {
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
         *           "updated_at": "2022-09-25T13:00:00.00Z",
         *           "can_own_applications": false
         *         },
         *         {
         *           "id": "af9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *           "name": "Internal",
         *           "description": "Team with access to Internal APIs",
         *           "created_at": "2022-02-07T17:46:57.52Z",
         *           "updated_at": "2022-09-25T13:00:00.00Z",
         *           "can_own_applications": true
         *         },
         *         {
         *           "id": "4f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *           "name": "Root",
         *           "description": "Team with access to Internal Systems",
         *           "created_at": "2022-02-07T17:46:57.52Z",
         *           "updated_at": "2022-09-25T13:00:00.00Z",
         *           "can_own_applications": true
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
             * @deprecated
             * @description Deprecated. Use the [Identity Provider API](https://developer.konghq.com/api/konnect/portal-management/v3/#/operations/update-portal-identity-provider) instead.
             * @example false
             */
            oidc_auth_enabled?: boolean;
            /**
             * @deprecated
             * @description Deprecated. Use the [Identity Provider API](https://developer.konghq.com/api/konnect/portal-management/v3/#/operations/update-portal-identity-provider) instead.
             * @example false
             */
            saml_auth_enabled?: boolean;
            oidc_team_mapping_enabled?: components["schemas"]["OIDCIdpMappingEnabled"];
            /**
             * @description Whether a Konnect Identity Admin assigns teams to a developer.
             * @example false
             */
            konnect_mapping_enabled?: boolean;
            idp_mapping_enabled?: components["schemas"]["IDPMappingEnabled"];
            /**
             * @deprecated
             * @description Deprecated. Use the [Identity Provider API](https://developer.konghq.com/api/konnect/portal-management/v3/#/operations/update-portal-identity-provider) instead.
             */
            oidc_issuer?: string;
            /**
             * @deprecated
             * @description Deprecated. Use the [Identity Provider API](https://developer.konghq.com/api/konnect/portal-management/v3/#/operations/update-portal-identity-provider) instead.
             */
            oidc_client_id?: string;
            /**
             * @deprecated
             * @description Deprecated. Use the [Identity Provider API](https://developer.konghq.com/api/konnect/portal-management/v3/#/operations/update-portal-identity-provider) instead.
             */
            oidc_client_secret?: string;
            /**
             * @deprecated
             * @description Deprecated. Use the [Identity Provider API](https://developer.konghq.com/api/konnect/portal-management/v3/#/operations/update-portal-identity-provider) instead.
             * @default [
             *       "email",
             *       "openid",
             *       "profile"
             *     ]
             */
            oidc_scopes: string[];
            /**
             * PortalClaimMappings
             * @deprecated
             * @description Deprecated. Use the [Identity Provider API](https://developer.konghq.com/api/konnect/portal-management/v3/#/operations/update-portal-identity-provider) instead.
             * @example {
             *       "name": "name",
             *       "email": "email",
             *       "groups": "custom-group-claim"
             *     }
             */
            oidc_claim_mappings?: {
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
         *       "description": "The Identity Management (IDM) API team.",
         *       "can_own_applications": false
         *     }
         */
        PortalUpdateTeamRequest: {
            /**
             * @description The name of the team.
             * @example IDM - Developers
             */
            name?: string;
            /**
             * @description The description of the team.
             * @example The Identity Management (IDM) API team.
             */
            description?: string;
            /**
             * @description Whether the team is allowed to own applications.
             * @example true
             */
            can_own_applications?: boolean;
        };
        /**
         * PortalCreateTeamRequest
         * @description Details about a team to create.
         * @example {
         *       "name": "IDM - Developers",
         *       "description": "The Identity Management (IDM) team.",
         *       "can_own_applications": false
         *     }
         */
        PortalCreateTeamRequest: {
            /**
             * @description The name of the team.
             * @example IDM - Developers
             */
            name: string;
            /**
             * @description The description of the team.
             * @example The Identity Management (IDM) team.
             */
            description?: string;
            /**
             * @description Whether the team is allowed to own applications
             * @default false
             * @example true
             */
            can_own_applications: boolean;
        };
        /**
         * PortalTeamResponse
         * @description Details about a developer team.
         * @example {
         *       "id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7",
         *       "name": "IDM - Developers",
         *       "description": "The developers for the IDM API.",
         *       "created_at": "1992-02-07T17:46:57.52Z",
         *       "updated_at": "2022-08-31T17:00:00.52Z",
         *       "can_own_applications": false
         *     }
         */
        PortalTeamResponse: {
            /**
             * Format: uuid
             * @example 7f9fd312-a987-4628-b4c5-bb4f4fddd5f7
             */
            readonly id: string;
            name: components["schemas"]["TeamName"];
            /**
             * @description The description of the team.
             * @example The developers for the IDM API.
             */
            description: string;
            /**
             * Format: date-time
             * @example 1992-02-07T17:46:57.52Z
             */
            readonly created_at: string;
            /**
             * Format: date-time
             * @example 2022-02-07T17:00:00.52Z
             */
            readonly updated_at: string;
            /**
             * @description Whether the team is allowed to own applications.
             * @example false
             */
            can_own_applications?: boolean;
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
        ListDomains: {
            data: components["schemas"]["EmailDomain"][];
            meta: components["schemas"]["PaginatedMeta"];
        };
        EmailDeliveryUpdatePayload: {
            enabled?: boolean;
            /** Format: email */
            from_email?: string | null;
            /** Format: email */
            reply_to_email?: string | null;
        };
        EmailDelivery: {
            enabled: boolean;
            /** Format: email */
            from_email: string | null;
            /** Format: email */
            reply_to_email: string | null;
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        PatchPortalEmailConfig: {
            /** @description The domain name to use for sending emails. Null means default. */
            domain_name?: string | null;
            /** @description The name to display in the 'From' field of emails. */
            from_name?: string | null;
            /**
             * Format: email
             * @description The email address to use in the 'From' field.
             */
            from_email?: string | null;
            /**
             * Format: email
             * @description The email address to use in the 'Reply-To' field. If set to null, 'Reply-To' header is omitted.
             */
            reply_to_email?: string | null;
        };
        PostPortalEmailConfig: {
            /** @description The domain name to use for sending emails. Null means default. */
            domain_name?: string | null;
            /** @description The name to display in the 'From' field of emails. */
            from_name?: string | null;
            /**
             * Format: email
             * @description The email address to use in the 'From' field.
             */
            from_email?: string | null;
            /**
             * Format: email
             * @description The email address to use in the 'Reply-To' field. 'Reply-To' header is omitted if omitted or null.
             */
            reply_to_email?: string | null;
        };
        PortalEmailConfig: {
            /**
             * Format: uuid
             * @example 7f9fd312-a987-4628-b4c5-bb4f4fddd5f7
             */
            readonly id: string;
            /** @description The domain name used for sending emails. Null means default. */
            domain_name?: string | null;
            /** @description The name displayed in the 'From' field of emails. */
            from_name: string | null;
            /**
             * Format: email
             * @description The email address used in the 'From' field.
             */
            from_email: string | null;
            /**
             * Format: email
             * @description The email address used in the 'Reply-To' field. 'Reply-To' header is omitted when null.
             */
            reply_to_email: string | null;
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        EmailDomainPayload: {
            domain: string;
        };
        /**
         * @description Specifies the status of the mail domain verification
         * @enum {string}
         */
        EmailVerificationStatus: "pending" | "success" | "failed" | "temporary_failure" | "not_started";
        EmailDomainVerification: {
            status: components["schemas"]["EmailVerificationStatus"];
            /**
             * Format: date-time
             * @description An ISO-8601 timestamp representation of the last time the verification got checked.
             * @example 2022-11-04T20:10:06.927Z
             */
            readonly last_time_checked: string;
            /**
             * Format: date-time
             * @description An ISO-8601 timestamp representation of the last time the verification succeeded.
             * @example 2022-11-04T20:10:06.927Z
             */
            readonly last_time_success: string;
        };
        DNSRecord: {
            readonly type: string;
            readonly name: string;
            readonly value: string;
        };
        EmailDomain: {
            domain: string;
            verification: components["schemas"]["EmailDomainVerification"];
            readonly dns_validation_records: components["schemas"]["DNSRecord"][];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /** EmailDomainFilterParameters */
        EmailDomainFilterParameters: {
            domain?: components["schemas"]["StringFieldFilter"];
            verification_status?: components["schemas"]["StringFieldFilter"];
        };
        /**
         * @description Short name email template name.
         * @enum {string}
         */
        EmailTemplateName: "confirm-email-address" | "app-registration-approved" | "app-registration-rejected" | "app-registration-revoked" | "reset-password" | "account-access-approved" | "account-access-rejected" | "account-access-revoked" | "api-key-expiring-soon" | "api-key-expired" | "developer-invitation";
        /**
         * @description Enum for available portal email template variables.
         * @enum {string}
         */
        EmailTemplateVariableName: "portal_display_name" | "portal_domain" | "developer_email" | "developer_fullname" | "dev_portal_reply_to" | "developer_status" | "api_documentation_url" | "api_name" | "api_version" | "application_name" | "credential_name" | "credential_expires_at";
        DefaultEmailTemplate: {
            default_content: components["schemas"]["DefaultEmailTemplateContent"];
            variables: components["schemas"]["EmailTemplateVariableName"][];
            name: components["schemas"]["EmailTemplateName"];
            /**
             * @description The label of the email template
             * @example Confirm email Address
             */
            label: string;
        };
        DefaultEmailTemplateContent: {
            subject: string;
            title: string;
            body: string;
            button_label?: string;
        };
        EmailTemplateContent: {
            subject?: string | null;
            title?: string | null;
            body?: string | null;
            button_label?: string | null;
        } | null;
        SendTestEmailTemplateContent: {
            subject: string;
            title: string;
            body: string;
            button_label?: string;
        };
        EmailTemplate: {
            /**
             * @description The label of the email template
             * @example App registration approved
             */
            label: string;
            name: components["schemas"]["EmailTemplateName"];
            default_content: components["schemas"]["DefaultEmailTemplateContent"];
            content?: components["schemas"]["EmailTemplateContent"];
            variables: components["schemas"]["EmailTemplateVariableName"][];
            /** @description Whether the email template is enabled or disabled for a portal */
            enabled: boolean;
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        EmailTemplateVariablesList: {
            data?: components["schemas"]["EmailTemplateVariable"][];
        };
        EmailTemplateVariable: {
            name: components["schemas"]["EmailTemplateVariableName"];
            description: string;
            scope: components["schemas"]["EmailTemplateName"][];
            /**
             * @description Example value of the email template variable
             * @example My Company Portal
             */
            example: string;
        };
        FilterApplications: {
            developer_id?: components["schemas"]["UuidFieldFilter"];
            name?: components["schemas"]["StringFieldFilter"];
            team_id?: components["schemas"]["UuidFieldFilter"];
        };
        /**
         * StringFieldEqualsFilter
         * @description Filters on the given string field value by exact match.
         */
        StringFieldEqualsFilter: {
            eq?: string;
        };
        /** @description Filter using **one** of the following operators: `eq`, `oeq`, `neq` */
        UuidFieldFilter: {
            /**
             * @description The field exactly matches the provided value.
             * @example ?filter[field_name_here][eq]=foo
             */
            eq?: string;
            /**
             * @description The field matches any of the provided values.
             * @example ?filter[field_name_here][oeq]=foo,bar
             */
            oeq?: string;
            /**
             * @description The field does not match the provided value.
             * @example ?filter[field_name_here][neq]=bar
             */
            neq?: string;
        };
        StringFieldFilter: {
            /**
             * @description The field exactly matches the provided value.
             * @example ?filter[field_name_here][eq]=foo
             */
            eq?: string;
            /**
             * @description The field contains the provided value.
             * @example ?filter[field_name_here][contains]=foo
             */
            contains?: string;
            /**
             * @description The field contains any of the provided values.
             * @example ?filter[field_name_here][ocontains]=foo,bar
             */
            ocontains?: string;
            /**
             * @description The field matches any of the provided values.
             * @example ?filter[field_name_here][oeq]=foo,bar
             */
            oeq?: string;
            /**
             * @description The field does not match the provided value.
             * @example ?filter[field_name_here][neq]=bar
             */
            neq?: string;
        } | string;
        /**
         * BooleanFieldFilter
         * @description Filter by a boolean value (true/false).
         */
        BooleanFieldFilter: boolean;
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
         * ImageSVGDataUri
         * Format: uri
         * @description must be a data URL with base64 SVG image data, e.g., data:image/svg\+xml;base64,<BASE64_IMAGE_DATA>
         * @example data:image/svg+xml,YW5faW1hZ2VfZmlsZQ==
         */
        ImageSVGDataUri: string;
        PortalMenuItem: {
            /**
             * @description The absolute path of a page in a portal with a leading slash.
             * @example /about/company
             */
            path: string;
            /**
             * @description The link display text
             * @example My Page
             */
            title: string;
            /**
             * @description Whether a menu item is public or private. Private menu items are only accessible to authenticated users.
             * @example public
             * @enum {string}
             */
            visibility: "public" | "private";
            /** @description When clicked, open the link in a new window */
            external: boolean;
        };
        PortalFooterMenuSection: {
            /** @description The footer menu section title */
            title: string;
            items: components["schemas"]["PortalMenuItem"][];
        };
        /**
         * SnippetName
         * @description The unique name of a snippet in a portal.
         * @example my-snippet
         */
        SnippetName: string;
        /**
         * PortalCustomization
         * @description The custom settings of this portal
         */
        PortalCustomizationV3: {
            theme?: {
                name?: string;
                /** @enum {string} */
                mode?: "light" | "dark" | "system";
                colors?: {
                    /** @example #000000 */
                    primary?: string;
                };
            };
            layout?: string;
            css?: string | null;
            menu?: {
                main?: components["schemas"]["PortalMenuItem"][];
                footer_sections?: components["schemas"]["PortalFooterMenuSection"][];
                footer_bottom?: components["schemas"]["PortalMenuItem"][];
            };
            spec_renderer?: {
                /**
                 * @description Enable in-browser testing for your APIs. All linked gateways must have the CORS plugin configured.
                 * @default true
                 */
                try_it_ui: boolean;
                /**
                 * @description Enables users to open API specifications in Insomnia to explore and send requests with the native client. Only public API specifications are supported.
                 * @default true
                 */
                try_it_insomnia: boolean;
                /**
                 * @description Display the full spec on a single, scrollable page. If disabled, documentation, endpoints, and schemas appear on separate pages.
                 * @default true
                 */
                infinite_scroll: boolean;
                /**
                 * @description Control whether schemas are visible in your API specs. When enabled, schemas appear in the side navigation below the endpoints.
                 * @default true
                 */
                show_schemas: boolean;
                /**
                 * @description Manage visibility of internal endpoints and models.
                 * @default false
                 */
                hide_internal: boolean;
                /**
                 * @description Manage visibility of deprecated endpoints and models.
                 * @default false
                 */
                hide_deprecated: boolean;
                /**
                 * @description Let users define a custom server URL for endpoints. This will be used to generate code snippets and to test the API. The URL is client-side only and is not saved.
                 * @default true
                 */
                allow_custom_server_urls: boolean;
            };
            robots?: string | null;
        };
        /** @description Configuration data for the Google Tag Manager integration */
        GoogleTagManagerIntegrationConfigProperties: {
            /**
             * @description The Google Tag Manager container ID
             * @example GTM-XXXXXX
             */
            id?: string;
            /**
             * @description Optional dataLayer variable name
             * @example myNewName
             */
            l?: string | null;
            /**
             * @description Preview environment name
             * @example preview
             */
            preview?: string | null;
            /** @description Forces GTM cookies to take precedence when true */
            cookies_win?: boolean | null;
            /** @description Enables debug mode when true */
            debug?: boolean | null;
            /** @description No Personal Advertising - disables advertising features when true */
            npa?: boolean | null;
            /**
             * @description Custom dataLayer name (alternative to "l" property)
             * @example myNewName
             */
            data_layer?: string | null;
            /**
             * @description Environment name for environment-specific container
             * @example production
             */
            env_name?: string | null;
            /**
             * @description Referrer policy for analytics requests
             * @example no-referrer
             */
            auth_referrer_policy?: string | null;
        };
        /** @description Google Tag Manager integration configuration */
        GoogleTagManagerIntegration: {
            /** @description Whether the integration is enabled */
            enabled: boolean;
            /**
             * @description The type of the integration for categorization
             * @enum {string}
             */
            type: "tracking";
            /** @description Configuration data for the Google Tag Manager integration */
            config_data: {
                /**
                 * @description The Google Tag Manager container ID
                 * @example GTM-XXXXXX
                 */
                id: string;
                /**
                 * @description Optional dataLayer variable name
                 * @example myNewName
                 */
                l?: string | null;
                /**
                 * @description Preview environment name
                 * @example preview
                 */
                preview?: string | null;
                /** @description Forces GTM cookies to take precedence when true */
                cookies_win?: boolean | null;
                /** @description Enables debug mode when true */
                debug?: boolean | null;
                /** @description No Personal Advertising - disables advertising features when true */
                npa?: boolean | null;
                /**
                 * @description Custom dataLayer name (alternative to "l" property)
                 * @example myNewName
                 */
                data_layer?: string | null;
                /**
                 * @description Environment name for environment-specific container
                 * @example production
                 */
                env_name?: string | null;
                /**
                 * @description Referrer policy for analytics requests
                 * @example no-referrer
                 */
                auth_referrer_policy?: string | null;
            };
        } | null;
        /** @description Configuration data for the Google Analytics integration */
        GoogleAnalytics4IntegrationConfigProperties: {
            /**
             * @description The Google Analytics measurement ID
             * @example G-XXXXXXX
             */
            id?: string;
            /**
             * @description The datalayer's name you want data to be associated with
             * @example myNewName
             */
            l?: string | null;
        };
        /** @description Google Analytics integration configuration */
        GoogleAnalytics4Integration: {
            /** @description Whether the integration is enabled */
            enabled: boolean;
            /**
             * @description The type of the integration for categorization
             * @enum {string}
             */
            type: "analytics";
            /** @description Configuration data for the Google Analytics integration */
            config_data: {
                /**
                 * @description The Google Analytics measurement ID
                 * @example G-XXXXXXX
                 */
                id: string;
                /**
                 * @description The datalayer's name you want data to be associated with
                 * @example myNewName
                 */
                l?: string | null;
            };
        } | null;
        /** @description Configuration data for the Equalweb integration */
        EqualWebIntegrationConfigProperties: {
            /**
             * @description The EqualWeb Site Key
             * @example asd7890asdhlkas87ohjasd98yohasd9
             */
            site_key?: string;
            /**
             * @default {}
             * @example {
             *       "Position": "left",
             *       "Menulang": "EN",
             *       "draggable": true,
             *       "btnStyle": {
             *         "vPosition": [
             *           "80%",
             *           "70%"
             *         ],
             *         "margin": [
             *           "0",
             *           "2"
             *         ],
             *         "scale": [
             *           "0.5",
             *           "0.25"
             *         ],
             *         "color": {
             *           "main": "#1c4bb6",
             *           "second": "#ffffff"
             *         },
             *         "icon": {
             *           "outline": false,
             *           "outlineColor": "#ffffff",
             *           "type": 1,
             *           "shape": "circle"
             *         }
             *       }
             *     }
             */
            widget_config: Record<string, never>;
        };
        /** @description Equalweb integration configuration */
        EqualWebIntegration: {
            /** @description Whether the integration is enabled */
            enabled: boolean;
            /**
             * @description The type of the integration for categorization
             * @enum {string}
             */
            type: "accessibility";
            /** @description Configuration data for the Equalweb integration */
            config_data: {
                /**
                 * @description The EqualWeb Site Key
                 * @example asd7890asdhlkas87ohjasd98yohasd9
                 */
                site_key: string;
                /**
                 * @default {}
                 * @example {
                 *       "Position": "left",
                 *       "Menulang": "EN",
                 *       "draggable": true,
                 *       "btnStyle": {
                 *         "vPosition": [
                 *           "80%",
                 *           "70%"
                 *         ],
                 *         "margin": [
                 *           "0",
                 *           "2"
                 *         ],
                 *         "scale": [
                 *           "0.5",
                 *           "0.25"
                 *         ],
                 *         "color": {
                 *           "main": "#1c4bb6",
                 *           "second": "#ffffff"
                 *         },
                 *         "icon": {
                 *           "outline": false,
                 *           "outlineColor": "#ffffff",
                 *           "type": 1,
                 *           "shape": "circle"
                 *         }
                 *       }
                 *     }
                 */
                widget_config: Record<string, never>;
            };
        } | null;
        /**
         * Portal Integrations
         * @description Configuration data for Dev Portal integrations
         * @default {}
         */
        PortalIntegrations: {
            google_tag_manager?: components["schemas"]["GoogleTagManagerIntegration"];
            google_analytics_4?: components["schemas"]["GoogleAnalytics4Integration"];
            equal_web?: components["schemas"]["EqualWebIntegration"];
        };
        /** @description Partially update Google Tag Manager integration configuration */
        UpdateGoogleTagManagerIntegration: {
            /** @description Whether the integration is enabled */
            enabled?: boolean;
            /**
             * @description The type of the integration for categorization
             * @enum {string}
             */
            type?: "tracking";
            config_data?: components["schemas"]["GoogleTagManagerIntegrationConfigProperties"];
        } | null;
        /** @description Partially update Google Analytics 4 integration configuration */
        UpdateGoogleAnalytics4Integration: {
            /** @description Whether the integration is enabled */
            enabled?: boolean;
            /**
             * @description The type of the integration for categorization
             * @enum {string}
             */
            type?: "analytics";
            config_data?: components["schemas"]["GoogleAnalytics4IntegrationConfigProperties"];
        } | null;
        /** @description Partially update EqualWeb integration configuration */
        UpdateEqualWebIntegration: {
            /** @description Whether the integration is enabled */
            enabled?: boolean;
            /**
             * @description The type of the integration for categorization
             * @enum {string}
             */
            type?: "accessibility";
            config_data?: components["schemas"]["EqualWebIntegrationConfigProperties"];
        } | null;
        /**
         * Update Portal Integrations
         * @description Partially update configuration data for Dev Portal integrations
         * @default {}
         */
        UpdatePortalIntegrations: {
            google_tag_manager?: components["schemas"]["UpdateGoogleTagManagerIntegration"];
            google_analytics_4?: components["schemas"]["UpdateGoogleAnalytics4Integration"];
            equal_web?: components["schemas"]["UpdateEqualWebIntegration"];
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
            /** @enum {string} */
            credential_type: "client_credentials" | "self_managed_client_credentials";
            auth_methods: components["schemas"]["AuthMethods"];
            available_scopes?: components["schemas"]["AvailableScopes"];
        };
        /**
         * @description The type of the owner of the application. Can be `developer` (individual developer) or `team`.
         * @enum {string}
         */
        ApplicationOwnerType: "developer" | "team";
        /**
         * Format: uuid
         * @description The ID of the owner of the application. When type is `developer`, this is the developer ID. When type is `team`, this is the team ID.
         */
        ApplicationOwnerId: string;
        ApplicationOwner: {
            type: components["schemas"]["ApplicationOwnerType"];
            id: components["schemas"]["ApplicationOwnerId"];
        };
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
            /** @enum {string} */
            credential_type: "key_auth";
            key_names: string[];
            /** @description Default maximum Time-To-Live for keys created under this strategy. */
            ttl?: {
                value: number;
                /** @enum {string} */
                unit: "days" | "weeks" | "years";
            };
        };
        /**
         * @description An identifier to correlate the application with an external system.
         *     Cannot be set when using Dynamic Client Registration.
         */
        ApplicationClientId: string;
        /** @description API key credential returned when listing credentials. */
        ApiKeyCredentialListItem: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ApiKeyCredentialListItem";
            id: components["schemas"]["UUID"];
            display_name: string;
            /** @enum {string} */
            readonly status?: "active" | "expired" | "revoked";
            /** Format: date-time */
            readonly expires_at?: string | null;
            created_at: components["schemas"]["CreatedAt"];
        };
        /** @description Client secret credential returned when listing credentials. */
        ClientSecretCredentialListItem: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ClientSecretCredentialListItem";
            /** @description Credential identifier */
            id: string;
            /** @description May not be available for all Client Credentials applications */
            display_name?: string | null;
            /** @description OAuth2 client identifier */
            readonly client_id: string;
            /**
             * Format: date-time
             * @description Creation timestamp, if available
             */
            readonly created_at: string | null;
            /**
             * Format: date-time
             * @description Expiration timestamp, if applicable
             */
            readonly expires_at?: string | null;
        };
        CredentialListItem: components["schemas"]["ApiKeyCredentialListItem"] | components["schemas"]["ClientSecretCredentialListItem"];
        ListCredentialsResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["CredentialListItem"][];
        };
        /**
         * Entity Type
         * @description The type of entity that is being published. Can be either an API or an API Package.
         * @example api
         * @enum {string}
         */
        EntityType: "api" | "api_package";
        /**
         * @description The name of the team.
         * @example IDM - Developers
         */
        TeamName: string;
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
        CursorMetaPage: {
            /**
             * Format: path
             * @description URI to the first page
             */
            first?: string;
            /**
             * Format: path
             * @description URI to the last page
             */
            last?: string;
            /**
             * Format: path
             * @description URI to the next page
             */
            next: string | null;
            /**
             * Format: path
             * @description URI to the previous page
             */
            previous: string | null;
            /**
             * @description Requested page size
             * @example 10
             */
            size: number;
        };
        /** @description Pagination metadata. */
        CursorMeta: {
            page: components["schemas"]["CursorMetaPage"];
        };
        /**
         * @description The list of allowed ips for the portal.
         * @example [
         *       "192.168.1.1",
         *       "192.168.1.0/22"
         *     ]
         */
        PortalAllowedIPs: string[];
        /** @description An entry representing a collection of allowed IP addresses or CIDR blocks. */
        IPEntry: {
            /**
             * Format: uuid
             * @description Contains a unique identifier used for this resource.
             * @example 5f9fd312-a987-4628-b4c5-bb4f4fddd5f7
             */
            id: string;
            allowed_ips: components["schemas"]["PortalAllowedIPs"];
        };
        /**
         * @description The list of allowed ips for the portal.
         * @example [
         *       {
         *         "id": "660e8400-e29b-41d4-a716-446655440000",
         *         "allowed_ips": [
         *           "192.168.1.1"
         *         ]
         *       },
         *       {
         *         "id": "550e8400-e29b-41d4-a716-446655440000",
         *         "allowed_ips": [
         *           "192.168.1.0/22",
         *           "192.168.1.52"
         *         ]
         *       }
         *     ]
         */
        IPEntries: components["schemas"]["IPEntry"][];
    };
    responses: {
        /** @description A team group mapping for an identity provider. */
        PortalIdpTeamGroupMapping: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalIdpTeamGroupMapping"];
            };
        };
        /** @description A paginated collection of team group mappings. */
        PortalIdpTeamGroupMappingCollection: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalIdpTeamGroupMappingCollectionResponse"];
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
        /** @description Details about the created developer in a portal. */
        CreateDeveloperResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalDeveloper"];
            };
        };
        /** @description Details about a developer in a portal. */
        GetDeveloper: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalDeveloper"];
            };
        };
        /** @description Details about the developer being updated. */
        UpdateDeveloper: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalDeveloper"];
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
        /** @description Portal custom domain */
        PortalCustomDomain: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalCustomDomain"];
            };
        };
        /** @description A paginated list of portals in the current region of an organization. */
        ListPortalsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        id: components["schemas"]["UUID"];
                        created_at: components["schemas"]["CreatedAt"];
                        updated_at: components["schemas"]["UpdatedAt"];
                        /** @description The name of the portal, used to distinguish it from other portals. Name must be unique. */
                        name: string;
                        /** @description The display name of the portal. This value will be the portal's `name` in Portal API. */
                        display_name: string;
                        /** @description A description of the portal. */
                        description: string | null;
                        /**
                         * @description Whether the portal supports developer authentication. If disabled, developers cannot register for accounts or create applications.
                         * @default true
                         */
                        authentication_enabled: boolean;
                        /**
                         * @description Whether the portal resources are protected by Role Based Access Control (RBAC). If enabled, developers view or register for APIs until unless assigned to teams with access to view and consume specific APIs. Authentication must be enabled to use RBAC.
                         * @default false
                         */
                        rbac_enabled: boolean;
                        /**
                         * @description Whether ip allow list is enabled for the portal.
                         * @default false
                         * @example true
                         */
                        sipr_enabled: boolean;
                        /**
                         * @description The default visibility of APIs in the portal. If set to `public`, newly published APIs are visible to unauthenticated developers. If set to `private`, newly published APIs are hidden from unauthenticated developers.
                         * @enum {string}
                         */
                        default_api_visibility: "public" | "private";
                        /**
                         * @description The default visibility of pages in the portal. If set to `public`, newly created pages are visible to unauthenticated developers. If set to `private`, newly created pages are hidden from unauthenticated developers.
                         * @enum {string}
                         */
                        default_page_visibility: "public" | "private";
                        /**
                         * Format: uuid
                         * @description The default authentication strategy for APIs published to the portal. Newly published APIs will use this authentication strategy unless overridden during publication. If set to `null`, API publications will not use an authentication strategy unless set during publication.
                         */
                        default_application_auth_strategy_id: string | null;
                        /**
                         * @description Whether developer account registrations will be automatically approved, or if they will be set to pending until approved by an admin.
                         * @default false
                         */
                        auto_approve_developers: boolean;
                        /**
                         * @description Whether requests from applications to register for APIs will be automatically approved, or if they will be set to pending until approved by an admin.
                         * @default false
                         */
                        auto_approve_applications: boolean;
                        /**
                         * Format: hostname
                         * @description The domain assigned to the portal by Konnect. This is the default place to access the portal and its API if not using a `custom_domain``.
                         */
                        readonly default_domain: string;
                        /**
                         * Format: hostname
                         * @description The canonical domain of the developer portal
                         */
                        readonly canonical_domain: string;
                        labels?: components["schemas"]["Labels"];
                        /**
                         * @description When enabled, portal registration notifications include the registering developer's identifying information (such as name and email).
                         * @default false
                         */
                        notifications_developer_pii_visibility_enabled: boolean;
                    }[];
                    meta: components["schemas"]["PaginatedMeta"];
                };
            };
        };
        /** @description Details about a portal. */
        PortalResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    id: components["schemas"]["UUID"];
                    created_at: components["schemas"]["CreatedAt"];
                    updated_at: components["schemas"]["UpdatedAt"];
                    /** @description The name of the portal, used to distinguish it from other portals. Name must be unique. */
                    name: string;
                    /** @description The display name of the portal. This value will be the portal's `name` in Portal API. */
                    display_name: string;
                    /** @description A description of the portal. */
                    description: string | null;
                    /**
                     * @description Whether the portal supports developer authentication. If disabled, developers cannot register for accounts or create applications.
                     * @default true
                     */
                    authentication_enabled: boolean;
                    /**
                     * @description Whether the portal resources are protected by Role Based Access Control (RBAC). If enabled, developers view or register for APIs until unless assigned to teams with access to view and consume specific APIs. Authentication must be enabled to use RBAC.
                     * @default false
                     */
                    rbac_enabled: boolean;
                    /**
                     * @description Whether ip allow list is enabled for the portal.
                     * @default false
                     * @example true
                     */
                    sipr_enabled: boolean;
                    /**
                     * @description The default visibility of APIs in the portal. If set to `public`, newly published APIs are visible to unauthenticated developers. If set to `private`, newly published APIs are hidden from unauthenticated developers.
                     * @enum {string}
                     */
                    default_api_visibility: "public" | "private";
                    /**
                     * @description The default visibility of pages in the portal. If set to `public`, newly created pages are visible to unauthenticated developers. If set to `private`, newly created pages are hidden from unauthenticated developers.
                     * @enum {string}
                     */
                    default_page_visibility: "public" | "private";
                    /**
                     * Format: uuid
                     * @description The default authentication strategy for APIs published to the portal. Newly published APIs will use this authentication strategy unless overridden during publication. If set to `null`, API publications will not use an authentication strategy unless set during publication.
                     */
                    default_application_auth_strategy_id: string | null;
                    /**
                     * @description Whether developer account registrations will be automatically approved, or if they will be set to pending until approved by an admin.
                     * @default false
                     */
                    auto_approve_developers: boolean;
                    /**
                     * @description Whether requests from applications to register for APIs will be automatically approved, or if they will be set to pending until approved by an admin.
                     * @default false
                     */
                    auto_approve_applications: boolean;
                    /**
                     * Format: hostname
                     * @description The domain assigned to the portal by Konnect. This is the default place to access the portal and its API if not using a `custom_domain``.
                     */
                    readonly default_domain: string;
                    /**
                     * Format: hostname
                     * @description The canonical domain of the developer portal
                     */
                    readonly canonical_domain: string;
                    labels?: components["schemas"]["Labels"];
                    /**
                     * @description When enabled, portal registration notifications include the registering developer's identifying information (such as name and email).
                     * @default false
                     */
                    notifications_developer_pii_visibility_enabled: boolean;
                };
            };
        };
        /** @description Image asset for the portal. Can be either png, jpeg or svg */
        PortalAssetResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["PortalImageDataUri"];
                };
            };
        };
        /** @description Logo of the portal. Can be either png, jpeg or svg */
        PortalAssetResponseRaw: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "image/jpeg": components["schemas"]["PortalImageAssetBlob"];
                "image/png": components["schemas"]["PortalImageAssetBlob"];
                "image/svg+xml": components["schemas"]["PortalImageAssetBlob"];
            };
        };
        /** @description The current customization options for a portal. */
        PortalCustomizationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalCustomizationV3"];
            };
        };
        /** @description The current integration configurations for a portal. */
        PortalIntegrationsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalIntegrations"];
            };
        };
        /** @description Summary of created default content */
        DefaultContentResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DefaultContent"];
            };
        };
        /** @description Details about a page in a portal. */
        PortalPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalPageResponse"];
            };
        };
        /** @description Tree of custom pages in a portal (nested `children`). Not paginated. */
        ListPortalPages: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListPortalPagesResponse"];
            };
        };
        /** @description Details about a snippet in a portal. */
        PortalSnippet: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalSnippetResponse"];
            };
        };
        /** @description A paginated list of custom snippets in a portal. */
        ListPortalSnippets: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListPortalSnippetsResponse"];
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
        /** @description A paginated list of credentials for an application. */
        ListApplicationCredentials: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListCredentialsResponse"];
            };
        };
        /** @description A paginated list developers of an application. */
        ListApplicationDevelopers: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListApplicationDevelopersResponse"];
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
        /** @description Bad Request */
        PortalReplayJobBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BadRequestError"];
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
        /** @description Conflict */
        PortalReplayJobConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConflictError"];
            };
        };
        /** @description Successful Retrieval for a portal email template. */
        EmailTemplate: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EmailTemplate"];
            };
        };
        /** @description Successful response of usable variables for use in portal email templates. */
        EmailTemplateVariables: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EmailTemplateVariablesList"];
            };
        };
        /** @description A list of the default email templates in a portal. This is a static list that will always be populated. */
        ListDefaultEmailTemplates: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: components["schemas"]["DefaultEmailTemplate"][];
                };
            };
        };
        /** @description A list of customized email templates used in a portal. */
        ListEmailTemplates: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: components["schemas"]["EmailTemplate"][];
                };
            };
        };
        /** @description Details about a default email template. */
        DefaultEmailTemplate: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DefaultEmailTemplate"];
            };
        };
        /** @description Modifying an email template. */
        PatchEmailTemplateResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EmailTemplate"];
            };
        };
        /** @description Portal email config. */
        PortalEmailConfigResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PortalEmailConfig"];
            };
        };
        /** @description The portal's IP allow list configuration. */
        PortalSourceIPRestrictionPaginatedResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["CursorMetaPage"];
                    data: components["schemas"]["IPEntries"];
                };
            };
        };
        /** @description The portal's IP allow list configuration. */
        PortalSourceIPRestriction: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["IPEntry"];
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
        /** @description ID of the application. */
        ApplicationId: string;
        /** @description ID of the developer. */
        DeveloperId: string;
        /** @description Email domain for custom portal email sender */
        EmailDomain: string;
        /** @description Name of the email template. */
        EmailTemplateName: components["schemas"]["EmailTemplateName"];
        /** @description ID of the identity provider. */
        IdentityProviderId: string;
        /** @description Request the next page of data, starting with the item after this parameter. */
        PageAfter: string;
        /** @description Request the next page of data, starting with the item before this parameter. */
        PageBefore: string;
        /** @description ID of the page. */
        PageId: string;
        /** @description Determines which page of the entities to retrieve. */
        PageNumber: number;
        /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
        PageSize: number;
        /** @description ID of the portal. */
        PortalId: string;
        /** @description ID of the application registration. */
        RegistrationId: string;
        /** @description ID of the snippet. */
        SnippetId: string;
        /**
         * @description Sorts a set of developers for an application. Supported sort attributes are:
         *       - id
         */
        SortApplicationDevelopers: string;
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
         * @description Sorts a collection of email domains. Supported sort attributes are:
         *       - domain
         *       - created_at
         *       - updated_at
         */
        SortEmailDomains: string;
        /**
         * @description Sorts a collection of application registrations. Supported sort attributes are:
         *       - created_at
         *       - updated_at
         *       - developer_id
         *       - status
         */
        SortListAllApplicationRegistrations: string;
        /**
         * @description Sorts a collection of portal pages. Supported sort attributes are:
         *       - created_at
         *       - updated_at
         *       - slug
         *       - title
         *       - visibility
         */
        SortPortalPages: string;
        /**
         * @description Sorts a collection of portals. Supported sort attributes are:
         *       - name
         *       - description
         *       - authentication_enabled
         *       - rbac_enabled
         *       - auto_approve_applications
         *       - auto_approve_developers
         *       - default_domain
         *       - canonical_domain
         *       - created_at
         *       - updated_at
         */
        SortPortals: string;
        /**
         * @description Sorts a collection of portal snippets. Supported sort attributes are:
         *       - created_at
         *       - updated_at
         *       - name
         *       - title
         *       - visibility
         */
        SortPortalSnippets: string;
        /** @description ID of the team group mapping. */
        TeamGroupMappingId: string;
        /** @description ID of the team. */
        TeamId: string;
    };
    requestBodies: {
        /** @description Create a team group mapping for an identity provider. */
        CreatePortalIdpTeamGroupMapping: {
            content: {
                "application/json": components["schemas"]["CreatePortalIdpTeamGroupMappingRequest"];
            };
        };
        /** @description Create a portal custom domain. */
        CreatePortalCustomDomain: {
            content: {
                "application/json": components["schemas"]["CreatePortalCustomDomainRequest"];
            };
        };
        /** @description Create a portal custom domain. */
        UpdatePortalCustomDomain: {
            content: {
                "application/json": components["schemas"]["UpdatePortalCustomDomainRequest"];
            };
        };
        /** @description Create a portal. */
        CreatePortal: {
            content: {
                "application/json": {
                    id?: components["schemas"]["UUID"];
                    created_at?: components["schemas"]["CreatedAt"];
                    updated_at?: components["schemas"]["UpdatedAt"];
                    /** @description The name of the portal, used to distinguish it from other portals. Name must be unique. */
                    name: string;
                    /** @description The display name of the portal. This value will be the portal's `name` in Portal API. */
                    display_name?: string;
                    /** @description A description of the portal. */
                    description?: string | null;
                    /**
                     * @description Whether the portal supports developer authentication. If disabled, developers cannot register for accounts or create applications.
                     * @default true
                     */
                    authentication_enabled?: boolean;
                    /**
                     * @description Whether the portal resources are protected by Role Based Access Control (RBAC). If enabled, developers view or register for APIs until unless assigned to teams with access to view and consume specific APIs. Authentication must be enabled to use RBAC.
                     * @default false
                     */
                    rbac_enabled?: boolean;
                    /**
                     * @description Whether ip allow list is enabled for the portal.
                     * @default false
                     * @example true
                     */
                    sipr_enabled?: boolean;
                    /**
                     * @description The default visibility of APIs in the portal. If set to `public`, newly published APIs are visible to unauthenticated developers. If set to `private`, newly published APIs are hidden from unauthenticated developers.
                     * @enum {string}
                     */
                    default_api_visibility?: "public" | "private";
                    /**
                     * @description The default visibility of pages in the portal. If set to `public`, newly created pages are visible to unauthenticated developers. If set to `private`, newly created pages are hidden from unauthenticated developers.
                     * @enum {string}
                     */
                    default_page_visibility?: "public" | "private";
                    /**
                     * Format: uuid
                     * @description The default authentication strategy for APIs published to the portal. Newly published APIs will use this authentication strategy unless overridden during publication. If set to `null`, API publications will not use an authentication strategy unless set during publication.
                     */
                    default_application_auth_strategy_id?: string | null;
                    /**
                     * @description Whether developer account registrations will be automatically approved, or if they will be set to pending until approved by an admin.
                     * @default false
                     */
                    auto_approve_developers?: boolean;
                    /**
                     * @description Whether requests from applications to register for APIs will be automatically approved, or if they will be set to pending until approved by an admin.
                     * @default false
                     */
                    auto_approve_applications?: boolean;
                    /**
                     * Format: hostname
                     * @description The domain assigned to the portal by Konnect. This is the default place to access the portal and its API if not using a `custom_domain``.
                     */
                    readonly default_domain?: string;
                    /**
                     * Format: hostname
                     * @description The canonical domain of the developer portal
                     */
                    readonly canonical_domain?: string;
                    labels?: components["schemas"]["LabelsUpdate"];
                    /**
                     * @description When enabled, portal registration notifications include the registering developer's identifying information (such as name and email).
                     * @default false
                     */
                    notifications_developer_pii_visibility_enabled?: boolean;
                };
            };
        };
        /** @description Update a portal's settings. */
        UpdatePortal: {
            content: {
                "application/json": {
                    id?: components["schemas"]["UUID"];
                    created_at?: components["schemas"]["CreatedAt"];
                    updated_at?: components["schemas"]["UpdatedAt"];
                    /** @description The name of the portal, used to distinguish it from other portals. Name must be unique. */
                    name?: string;
                    /** @description The display name of the portal. This value will be the portal's `name` in Portal API. */
                    display_name?: string;
                    /** @description A description of the portal. */
                    description?: string | null;
                    /**
                     * @description Whether the portal supports developer authentication. If disabled, developers cannot register for accounts or create applications.
                     * @default true
                     */
                    authentication_enabled?: boolean;
                    /**
                     * @description Whether the portal resources are protected by Role Based Access Control (RBAC). If enabled, developers view or register for APIs until unless assigned to teams with access to view and consume specific APIs. Authentication must be enabled to use RBAC.
                     * @default false
                     */
                    rbac_enabled?: boolean;
                    /**
                     * @description Whether ip allow list is enabled for the portal.
                     * @default false
                     * @example true
                     */
                    sipr_enabled?: boolean;
                    /**
                     * @description The default visibility of APIs in the portal. If set to `public`, newly published APIs are visible to unauthenticated developers. If set to `private`, newly published APIs are hidden from unauthenticated developers.
                     * @enum {string}
                     */
                    default_api_visibility?: "public" | "private";
                    /**
                     * @description The default visibility of pages in the portal. If set to `public`, newly created pages are visible to unauthenticated developers. If set to `private`, newly created pages are hidden from unauthenticated developers.
                     * @enum {string}
                     */
                    default_page_visibility?: "public" | "private";
                    /**
                     * Format: uuid
                     * @description The default authentication strategy for APIs published to the portal. Newly published APIs will use this authentication strategy unless overridden during publication. If set to `null`, API publications will not use an authentication strategy unless set during publication.
                     */
                    default_application_auth_strategy_id?: string | null;
                    /**
                     * @description Whether developer account registrations will be automatically approved, or if they will be set to pending until approved by an admin.
                     * @default false
                     */
                    auto_approve_developers?: boolean;
                    /**
                     * @description Whether requests from applications to register for APIs will be automatically approved, or if they will be set to pending until approved by an admin.
                     * @default false
                     */
                    auto_approve_applications?: boolean;
                    /**
                     * Format: hostname
                     * @description The domain assigned to the portal by Konnect. This is the default place to access the portal and its API if not using a `custom_domain``.
                     */
                    readonly default_domain?: string;
                    /**
                     * Format: hostname
                     * @description The canonical domain of the developer portal
                     */
                    readonly canonical_domain?: string;
                    labels?: components["schemas"]["LabelsUpdate"];
                    /**
                     * @description When enabled, portal registration notifications include the registering developer's identifying information (such as name and email).
                     * @default false
                     */
                    notifications_developer_pii_visibility_enabled?: boolean;
                };
            };
        };
        /** @description Update a developer. */
        UpdateDeveloper: {
            content: {
                "application/json": components["schemas"]["UpdateDeveloperRequest"];
            };
        };
        /** @description Update an image asset for the portal. */
        ReplacePortalImageAsset: {
            content: {
                "application/json": components["schemas"]["ReplacePortalImageAsset"];
            };
        };
        ReplacePortalCustomization: {
            content: {
                "application/json": components["schemas"]["PortalCustomizationV3"];
            };
        };
        ReplacePortalIntegrations: {
            content: {
                "application/json": components["schemas"]["PortalIntegrations"];
            };
        };
        UpdatePortalIntegrations: {
            content: {
                "application/json": components["schemas"]["UpdatePortalIntegrations"];
            };
        };
        /** @description Create a page in a portal. */
        CreatePortalPage: {
            content: {
                "application/json": components["schemas"]["CreatePortalPageRequest"];
            };
        };
        /** @description Update a page in a portal. */
        UpdatePortalPage: {
            content: {
                "application/json": components["schemas"]["UpdatePortalPageRequest"];
            };
        };
        /** @description move page */
        MovePage: {
            content: {
                "application/json": components["schemas"]["MovePageRequestPayload"];
            };
        };
        /** @description Create a snippet in a portal. */
        CreatePortalSnippet: {
            content: {
                "application/json": components["schemas"]["CreatePortalSnippetRequest"];
            };
        };
        /** @description Update a snippet in a portal. */
        UpdatePortalSnippet: {
            content: {
                "application/json": components["schemas"]["UpdatePortalSnippetRequest"];
            };
        };
        /** @description Create a developer for a portal. */
        CreateDeveloper: {
            content: {
                "application/json": components["schemas"]["CreateDeveloperRequest"];
            };
        };
        /** @description Create an application for a portal. */
        CreateApplication: {
            content: {
                "application/json": components["schemas"]["CreateApplicationRequest"];
            };
        };
        /** @description Create an application registration for a portal application. */
        CreateApplicationRegistration: {
            content: {
                "application/json": components["schemas"]["CreateApplicationRegistrationRequest"];
            };
        };
        /** @description Update an application registration. */
        UpdateApplicationRegistration: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationRegistrationRequest"];
            };
        };
        /** @description Update the consumer of an application registration. */
        UpdateRegistrationConsumerRequest: {
            content: {
                "application/json": components["schemas"]["UpdateRegistrationConsumerRequest"];
            };
        };
        /** @description Update an application. */
        UpdateApplication: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationRequest"];
            };
        };
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
        /** @description Update a custom portal email template. */
        PatchCustomPortalEmailTemplatePayload: {
            content: {
                "application/json": {
                    content?: components["schemas"]["EmailTemplateContent"];
                    /**
                     * @description Whether the email template is enabled or disabled for a portal
                     * @default true
                     */
                    enabled?: boolean;
                };
            };
        };
        /** @description Update a portal email configured. */
        PatchPortalEmailConfigPayload: {
            content: {
                "application/json": components["schemas"]["PatchPortalEmailConfig"];
            };
        };
        /** @description Create a portal email configuration. */
        PostPortalEmailConfigPayload: {
            content: {
                "application/json": components["schemas"]["PostPortalEmailConfig"];
            };
        };
        /** @description Send a test email using a custom email template. */
        PostSendTestEmailPayload: {
            content: {
                "application/json": {
                    content: components["schemas"]["SendTestEmailTemplateContent"];
                };
            };
        };
        CreatePortalSourceIPRestriction: {
            content: {
                "application/json": {
                    allowed_ips: components["schemas"]["PortalAllowedIPs"];
                };
            };
        };
        UpdatePortalSourceIPRestriction: {
            content: {
                "application/json": {
                    allowed_ips?: components["schemas"]["PortalAllowedIPs"];
                };
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
                 *       - authentication_enabled
                 *       - rbac_enabled
                 *       - auto_approve_applications
                 *       - auto_approve_developers
                 *       - default_domain
                 *       - canonical_domain
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["SortPortals"];
                /** @description Filter portals returned in the response. */
                filter?: components["schemas"]["PortalFilterParameters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListPortalsResponse"];
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
            201: components["responses"]["PortalResponse"];
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
            200: components["responses"]["PortalResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal": {
        parameters: {
            query?: {
                /** @description If true, the portal will be deleted, automatically deleting all API publications. If the force param is not set, the deletion will only succeed if there are no APIs currently published. */
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
            200: components["responses"]["PortalResponse"];
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
    "get-portal-custom-domain": {
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
            200: components["responses"]["PortalCustomDomain"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "create-portal-custom-domain": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreatePortalCustomDomain"];
        responses: {
            201: components["responses"]["PortalCustomDomain"];
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
    "delete-portal-custom-domain": {
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
            404: components["responses"]["NotFound"];
        };
    };
    "update-portal-custom-domain": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdatePortalCustomDomain"];
        responses: {
            200: components["responses"]["PortalCustomDomain"];
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
    "get-portal-asset-logo": {
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
            200: components["responses"]["PortalAssetResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "replace-portal-asset-logo": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ReplacePortalImageAsset"];
        responses: {
            200: components["responses"]["PortalAssetResponse"];
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
    "get-portal-asset-logo-raw": {
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
            200: components["responses"]["PortalAssetResponseRaw"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "get-portal-asset-favicon": {
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
            200: components["responses"]["PortalAssetResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "replace-portal-asset-favicon": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ReplacePortalImageAsset"];
        responses: {
            200: components["responses"]["PortalAssetResponse"];
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
    "get-portal-asset-favicon-raw": {
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
            200: components["responses"]["PortalAssetResponseRaw"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "get-portal-customization": {
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
            200: components["responses"]["PortalCustomizationResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "replace-portal-customization": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["ReplacePortalCustomization"];
        responses: {
            200: components["responses"]["PortalCustomizationResponse"];
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
    "update-portal-customization": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["ReplacePortalCustomization"];
        responses: {
            200: components["responses"]["PortalCustomizationResponse"];
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
    "get-portal-integrations": {
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
            200: components["responses"]["PortalIntegrationsResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "upsert-portal-integrations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["ReplacePortalIntegrations"];
        responses: {
            200: components["responses"]["PortalIntegrationsResponse"];
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
    "update-portal-integrations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdatePortalIntegrations"];
        responses: {
            200: components["responses"]["PortalIntegrationsResponse"];
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
    "list-portal-pages": {
        parameters: {
            query?: {
                /**
                 * @description Sorts a collection of portal pages. Supported sort attributes are:
                 *       - created_at
                 *       - updated_at
                 *       - slug
                 *       - title
                 *       - visibility
                 */
                sort?: components["parameters"]["SortPortalPages"];
                /** @description Filter pages returned in the response. */
                filter?: components["schemas"]["PortalPagesFilterParameters"];
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
            200: components["responses"]["ListPortalPages"];
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
            404: components["responses"]["NotFound"];
        };
    };
    "create-portal-page": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreatePortalPage"];
        responses: {
            201: components["responses"]["PortalPage"];
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
    "get-portal-page": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the page. */
                pageId: components["parameters"]["PageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal-page": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the page. */
                pageId: components["parameters"]["PageId"];
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
    "update-portal-page": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the page. */
                pageId: components["parameters"]["PageId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdatePortalPage"];
        responses: {
            200: components["responses"]["PortalPage"];
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
    "move-portal-pages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the page. */
                pageId: components["parameters"]["PageId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["MovePage"];
        responses: {
            /** @description The document has been moved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "list-portal-snippets": {
        parameters: {
            query?: {
                /**
                 * @description Sorts a collection of portal snippets. Supported sort attributes are:
                 *       - created_at
                 *       - updated_at
                 *       - name
                 *       - title
                 *       - visibility
                 */
                sort?: components["parameters"]["SortPortalSnippets"];
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filter snippets returned in the response. */
                filter?: components["schemas"]["PortalSnippetsFilterParameters"];
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
            200: components["responses"]["ListPortalSnippets"];
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
    "create-portal-snippet": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreatePortalSnippet"];
        responses: {
            201: components["responses"]["PortalSnippet"];
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
    "get-portal-snippet": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the snippet. */
                snippetId: components["parameters"]["SnippetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalSnippet"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal-snippet": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the snippet. */
                snippetId: components["parameters"]["SnippetId"];
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
    "update-portal-snippet": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the snippet. */
                snippetId: components["parameters"]["SnippetId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdatePortalSnippet"];
        responses: {
            200: components["responses"]["PortalSnippet"];
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
    "create-default-content": {
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
            201: components["responses"]["DefaultContentResponse"];
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
                filter?: components["schemas"]["FilterApplications"];
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
    "create-application": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateApplication"];
        responses: {
            201: components["responses"]["GetApplication"];
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
    "get-application": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
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
                /** @description ID of the application. */
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
    "update-application": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApplication"];
        responses: {
            200: components["responses"]["GetApplication"];
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
    "list-developers-by-application": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a set of developers for an application. Supported sort attributes are:
                 *       - id
                 */
                sort?: components["parameters"]["SortApplicationDevelopers"];
                /** @description Filter application developers returned in the response. */
                filter?: {
                    id?: components["schemas"]["StringFieldFilter"];
                };
            };
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApplicationDevelopers"];
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
    "get-application-unscoped": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the application. */
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
    "list-credentials-by-application": {
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
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApplicationCredentials"];
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
                /** @description ID of the application. */
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
    "create-application-registration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateApplicationRegistration"];
        responses: {
            201: components["responses"]["GetApplicationRegistration"];
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
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictError"];
                };
            };
        };
    };
    "get-application-registration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description ID of the application registration. */
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
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description ID of the application registration. */
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
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description ID of the application registration. */
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
    "update-application-registration-consumer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description ID of the application registration. */
                registrationId: components["parameters"]["RegistrationId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateRegistrationConsumerRequest"];
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
    "delete-application-registration-consumer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the application. */
                applicationId: components["parameters"]["ApplicationId"];
                /** @description ID of the application registration. */
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
                    can_own_applications?: components["schemas"]["BooleanFieldFilter"];
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
                developerId: components["parameters"]["DeveloperId"];
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
                /** @description ID of the assigned role. */
                roleId: string;
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
    "create-developer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateDeveloper"];
        responses: {
            201: components["responses"]["CreateDeveloperResponse"];
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
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictError"];
                };
            };
        };
    };
    "get-developer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the developer. */
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
                /** @description ID of the developer. */
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
                /** @description ID of the developer. */
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
    "list-portal-developer-teams": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filter teams returned in the response. */
                filter?: {
                    can_own_applications?: components["schemas"]["BooleanFieldFilter"];
                };
            };
            header?: never;
            path: {
                /** @description ID of the developer. */
                developerId: components["parameters"]["DeveloperId"];
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
            409: components["responses"]["Conflict"];
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
            409: components["responses"]["Conflict"];
        };
    };
    "list-portal-idp-team-group-mappings": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Request the next page of data, starting with the item after this parameter. */
                "page[after]"?: components["parameters"]["PageAfter"];
                /** @description Request the next page of data, starting with the item before this parameter. */
                "page[before]"?: components["parameters"]["PageBefore"];
                /** @description Filter mappings by team ID or group name. */
                filter?: {
                    team_id?: components["schemas"]["StringFieldEqualsFilter"];
                    group?: components["schemas"]["StringFieldEqualsFilter"];
                };
            };
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
            200: components["responses"]["PortalIdpTeamGroupMappingCollection"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "create-portal-idp-team-group-mapping": {
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
        requestBody: components["requestBodies"]["CreatePortalIdpTeamGroupMapping"];
        responses: {
            201: components["responses"]["PortalIdpTeamGroupMapping"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "get-portal-idp-team-group-mapping": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the identity provider. */
                id: components["parameters"]["IdentityProviderId"];
                /** @description ID of the team group mapping. */
                mappingId: components["parameters"]["TeamGroupMappingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalIdpTeamGroupMapping"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal-idp-team-group-mapping": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the identity provider. */
                id: components["parameters"]["IdentityProviderId"];
                /** @description ID of the team group mapping. */
                mappingId: components["parameters"]["TeamGroupMappingId"];
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
    "list-email-domains": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a collection of email domains. Supported sort attributes are:
                 *       - domain
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["SortEmailDomains"];
                /** @description Filter email domains returned in the response. */
                filter?: components["schemas"]["EmailDomainFilterParameters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of a email domains */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDomains"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "create-email-domain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDomainPayload"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDomain"];
                };
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
    "get-email-domain": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Email domain for custom portal email sender */
                emailDomain: components["parameters"]["EmailDomain"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDomain"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-email-domain": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Email domain for custom portal email sender */
                emailDomain: components["parameters"]["EmailDomain"];
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
    "get-email-delivery": {
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
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDelivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-email-delivery": {
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
        };
    };
    "update-email-delivery": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDeliveryUpdatePayload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDelivery"];
                };
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
    "get-email-config": {
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
            200: components["responses"]["PortalEmailConfigResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "create-portal-email-config": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PostPortalEmailConfigPayload"];
        responses: {
            201: components["responses"]["PortalEmailConfigResponse"];
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
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictError"];
                };
            };
        };
    };
    "delete-portal-email-config": {
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
        };
    };
    "update-portal-email-config": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["PatchPortalEmailConfigPayload"];
        responses: {
            200: components["responses"]["PortalEmailConfigResponse"];
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
    "list-default-email-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListDefaultEmailTemplates"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-email-template-variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmailTemplateVariables"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-default-email-template": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Name of the email template. */
                templateName: components["parameters"]["EmailTemplateName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DefaultEmailTemplate"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-portal-custom-email-templates": {
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
            200: components["responses"]["ListEmailTemplates"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "get-portal-custom-email-template": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description Name of the email template. */
                templateName: components["parameters"]["EmailTemplateName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmailTemplate"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal-custom-email-template": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description Name of the email template. */
                templateName: components["parameters"]["EmailTemplateName"];
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
    "update-portal-custom-email-template": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description Name of the email template. */
                templateName: components["parameters"]["EmailTemplateName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PatchCustomPortalEmailTemplatePayload"];
        responses: {
            200: components["responses"]["PatchEmailTemplateResponse"];
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
    "post-portal-custom-email-test-send": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description Name of the email template. */
                templateName: components["parameters"]["EmailTemplateName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PostSendTestEmailPayload"];
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
    "list-portal-ip-allow-list": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Request the next page of data, starting with the item before this parameter. */
                "page[before]"?: components["parameters"]["PageBefore"];
                /** @description Request the next page of data, starting with the item after this parameter. */
                "page[after]"?: components["parameters"]["PageAfter"];
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
            200: components["responses"]["PortalSourceIPRestrictionPaginatedResponse"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "create-portal-ip-allow-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreatePortalSourceIPRestriction"];
        responses: {
            201: components["responses"]["PortalSourceIPRestriction"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "get-portal-ip-allow-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the allow list. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PortalSourceIPRestriction"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "put-portal-ip-allow-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the allow list. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreatePortalSourceIPRestriction"];
        responses: {
            200: components["responses"]["PortalSourceIPRestriction"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-portal-ip-allow-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the allow list. */
                id: string;
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
    "update-portal-ip-allow-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the portal. */
                portalId: components["parameters"]["PortalId"];
                /** @description ID of the allow list. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdatePortalSourceIPRestriction"];
        responses: {
            200: components["responses"]["PortalSourceIPRestriction"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
