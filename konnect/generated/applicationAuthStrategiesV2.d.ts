/**
 * Types of the Konnect API "Konnect Application Auth Strategies" 2.1.1, generated from specs/konnect/application-auth-strategies/v2/openapi.yaml
 * by openapi-typescript 7.13.0. Do not edit: run `npm run generate:konnect-types`.
 */
export interface paths {
    "/dcr-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List DCR Providers
         * @description Returns a paginated collection of DCR providers.
         */
        get: operations["list-dcr-providers"];
        put?: never;
        /**
         * Create DCR provider
         * @description Creates a DCR provider.
         */
        post: operations["create-dcr-provider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dcr-providers/{dcrProviderId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DCR provider identifier */
                dcrProviderId: components["parameters"]["DcrProviderId"];
            };
            cookie?: never;
        };
        /**
         * Get a DCR provider
         * @description Returns a DCR provider.
         */
        get: operations["get-dcr-provider"];
        put?: never;
        post?: never;
        /**
         * Delete DCR provider
         * @description Deletes a DCR provider.
         */
        delete: operations["delete-dcr-provider"];
        options?: never;
        head?: never;
        /**
         * Update DCR provider
         * @description Updates a DCR provider.
         */
        patch: operations["update-dcr-provider"];
        trace?: never;
    };
    "/dcr-providers/{dcrProviderId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DCR provider identifier */
                dcrProviderId: components["parameters"]["DcrProviderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify DCR provider configuration
         * @description Verifies if a DCR provider is configured properly. Returns 200 for success, 4xx for failure.
         */
        post: operations["verify-dcr-provider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/application-auth-strategies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List App Auth Strategies
         * @description Returns a paginated collection of application auth strategies.
         */
        get: operations["list-app-auth-strategies"];
        put?: never;
        /**
         * Create App Auth Strategy
         * @description Creates an application auth strategy.
         */
        post: operations["create-app-auth-strategy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/application-auth-strategies/{authStrategyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application auth strategy identifier */
                authStrategyId: components["parameters"]["AuthStrategyId"];
            };
            cookie?: never;
        };
        /**
         * Get App Auth Strategy
         * @description Returns an application auth strategy.
         */
        get: operations["get-app-auth-strategy"];
        /**
         * Replace App Auth Strategy
         * @description Replaces an application auth strategy.
         */
        put: operations["replace-app-auth-strategy"];
        post?: never;
        /**
         * Delete App Auth Strategy
         * @description Deletes an application auth strategy. An application auth strategy can be deleted ONLY if it's not used by any product version within any portal regardless of their publication statuses. If an application auth strategy is still in use the request will result in an HTTP 409 CONFLICT.
         */
        delete: operations["delete-app-auth-strategy"];
        options?: never;
        head?: never;
        /**
         * Update App Auth Strategy
         * @description Updates an application auth strategy.
         */
        patch: operations["update-app-auth-strategy"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * DcrConfigPropertyInitialClientId
         * @description This ID should be copied from your identity provider's settings after you create a client
         *     and assign it as the management client for DCR for this developer portal
         */
        DcrConfigPropertyInitialClientId: string;
        /**
         * DcrConfigPropertyInitialClientSecret
         * @description This secret should be copied from your identity provider's settings after you create a client
         *     and assign it as the management client for DCR for this developer portal
         */
        DcrConfigPropertyInitialClientSecret: string;
        /**
         * DcrConfigPropertyInitialDcrToken
         * @description This secret should be copied from your identity provider's settings after you create a client
         *     and assign it as the management client for DCR for this developer portal
         */
        DcrConfigPropertyDcrToken: string;
        /**
         * DcrConfigPropertyInitialClientAudience
         * @description This is the audience value used for the initial client.
         *     If using a custom domain on Auth0, this must be set as to the Auth0 Management API audience value.
         *     If left blank, the issuer will be used instead.
         */
        DcrConfigPropertyInitialClientAudience: string | null;
        /**
         * DcrConfigPropertyApiKey
         * @description This is the API Key that will be sent with each HTTP request to the custom DCR server. It can be
         *     verified on the server to ensure that incoming requests are coming from Konnect.
         */
        DcrConfigPropertyApiKey: string;
        /**
         * DcrConfigPropertyDisableEventHooks
         * @description This flag disables all the event-hooks on the application flow for the DCR provider.
         */
        DcrConfigPropertyDisableEventHooks: boolean;
        /**
         * DcrConfigPropertyDisableRefreshSecret
         * @description This flag disable the refresh-secret endpoint on the application flow for the DCR provider.
         */
        DcrConfigPropertyDisableRefreshSecret: boolean;
        /**
         * DcrConfigPropertyAllowMultipleCredentials
         * @description When enabled, indicates that the DCR provider supports creating and managing multiple credentials per application.
         * @default false
         */
        DcrConfigPropertyAllowMultipleCredentials: boolean;
        /**
         * DcrConfigAuth0InResponse
         * @description A DCR provider configuration for Auth0
         */
        DcrConfigAuth0InResponse: {
            initial_client_id: components["schemas"]["DcrConfigPropertyInitialClientId"];
            initial_client_audience: components["schemas"]["DcrConfigPropertyInitialClientAudience"];
            use_developer_managed_scopes: boolean;
        };
        /**
         * DcrConfigAuth0InRequest
         * @description Payload to create an Auth0 DCR provider.
         */
        CreateDcrConfigAuth0InRequest: {
            initial_client_id: components["schemas"]["DcrConfigPropertyInitialClientId"];
            initial_client_secret: components["schemas"]["DcrConfigPropertyInitialClientSecret"];
            initial_client_audience?: components["schemas"]["DcrConfigPropertyInitialClientAudience"];
            use_developer_managed_scopes?: boolean;
        };
        /**
         * DcrConfigAuth0InRequest
         * @description Payload to update an Auth0 DCR provider.
         */
        UpdateDcrConfigAuth0InRequest: {
            initial_client_id?: components["schemas"]["DcrConfigPropertyInitialClientId"];
            initial_client_secret?: components["schemas"]["DcrConfigPropertyInitialClientSecret"];
            initial_client_audience?: components["schemas"]["DcrConfigPropertyInitialClientAudience"];
            use_developer_managed_scopes?: boolean;
        };
        /**
         * DcrConfigAzureAdInResponse
         * @description A DCR provider configuration for Azure AD
         */
        DcrConfigAzureAdInResponse: {
            initial_client_id: components["schemas"]["DcrConfigPropertyInitialClientId"];
        };
        /**
         * DcrConfigAzureAdInRequest
         * @description Payload to create an Azure AD DCR provider.
         */
        CreateDcrConfigAzureAdInRequest: {
            initial_client_id: components["schemas"]["DcrConfigPropertyInitialClientId"];
            initial_client_secret: components["schemas"]["DcrConfigPropertyInitialClientSecret"];
        };
        /**
         * DcrConfigAzureAdInRequest
         * @description Payload to update an Azure AD DCR provider.
         */
        UpdateDcrConfigAzureAdInRequest: {
            initial_client_id?: components["schemas"]["DcrConfigPropertyInitialClientId"];
            initial_client_secret?: components["schemas"]["DcrConfigPropertyInitialClientSecret"];
        };
        /**
         * DcrConfigCurityInResponse
         * @description A DCR provider configuration for Curity
         */
        DcrConfigCurityInResponse: {
            initial_client_id: components["schemas"]["DcrConfigPropertyInitialClientId"];
        };
        /**
         * DcrConfigCurityInRequest
         * @description Payload to create a Curity DCR provider.
         */
        CreateDcrConfigCurityInRequest: {
            initial_client_id: components["schemas"]["DcrConfigPropertyInitialClientId"];
            initial_client_secret: components["schemas"]["DcrConfigPropertyInitialClientSecret"];
        };
        /**
         * DcrConfigCurityInRequest
         * @description Payload to update a Curity DCR provider.
         */
        UpdateDcrConfigCurityInRequest: {
            initial_client_id?: components["schemas"]["DcrConfigPropertyInitialClientId"];
            initial_client_secret?: components["schemas"]["DcrConfigPropertyInitialClientSecret"];
        };
        /**
         * DcrConfigKongIdentityInResponse
         * @description A DCR provider configuration for Kong Identity
         */
        DcrConfigKongIdentityInResponse: Record<string, never>;
        /**
         * DcrConfigOktaInResponse
         * @description A DCR provider configuration for Okta
         */
        DcrConfigOktaInResponse: Record<string, never>;
        /**
         * CreateDcrConfigKongIdentityInRequest
         * @description Payload to create a Kong Identity DCR provider.
         */
        CreateDcrConfigKongIdentityInRequest: Record<string, never>;
        /**
         * DcrConfigOktaInRequest
         * @description Payload to create an Okta DCR provider.
         */
        CreateDcrConfigOktaInRequest: {
            dcr_token: components["schemas"]["DcrConfigPropertyDcrToken"];
        };
        /**
         * DcrConfigOktaInRequest
         * @description Payload to update an Okta DCR provider.
         */
        UpdateDcrConfigOktaInRequest: {
            dcr_token?: components["schemas"]["DcrConfigPropertyDcrToken"];
        };
        /**
         * DcrConfigHttpInResponse
         * @description A DCR provider configuration for HTTP
         */
        DcrConfigHttpInResponse: {
            /** Format: url */
            dcr_base_url: string;
            disable_event_hooks?: components["schemas"]["DcrConfigPropertyDisableEventHooks"];
            disable_refresh_secret?: components["schemas"]["DcrConfigPropertyDisableRefreshSecret"];
            allow_multiple_credentials?: components["schemas"]["DcrConfigPropertyAllowMultipleCredentials"];
        };
        /**
         * CreateDcrConfigHttpInRequest
         * @description Payload to create an HTTP DCR provider.
         */
        CreateDcrConfigHttpInRequest: {
            dcr_base_url: components["schemas"]["DcrBaseUrl"];
            api_key: components["schemas"]["DcrConfigPropertyApiKey"];
            disable_event_hooks?: components["schemas"]["DcrConfigPropertyDisableEventHooks"];
            disable_refresh_secret?: components["schemas"]["DcrConfigPropertyDisableRefreshSecret"];
            allow_multiple_credentials?: components["schemas"]["DcrConfigPropertyAllowMultipleCredentials"];
        };
        /**
         * CreateDcrConfigHttpInRequest
         * @description Payload to update an HTTP DCR provider.
         */
        UpdateDcrConfigHttpInRequest: {
            dcr_base_url?: components["schemas"]["DcrBaseUrl"];
            api_key?: components["schemas"]["DcrConfigPropertyApiKey"];
            disable_event_hooks?: components["schemas"]["DcrConfigPropertyDisableEventHooks"];
            disable_refresh_secret?: components["schemas"]["DcrConfigPropertyDisableRefreshSecret"];
            allow_multiple_credentials?: components["schemas"]["DcrConfigPropertyAllowMultipleCredentials"];
        };
        /** @description Properties common to all DCR Providers. */
        DcrProviderBase: {
            id: components["schemas"]["UUID"];
            name: components["schemas"]["DcrProviderName"];
            display_name?: components["schemas"]["DcrProviderDisplayName"];
            /** @description The type of DCR provider. Can be one of the following - auth0, azureAd, curity, okta, http */
            provider_type: string;
            /**
             * Format: url
             * @description The issuer of the DCR provider.
             */
            issuer: string;
            /** @description At least one active auth strategy is using this DCR provider. */
            readonly active: boolean;
            /** @description The DCR configuration for this DCR provider. */
            dcr_config: Record<string, never>;
            labels?: components["schemas"]["Labels"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /**
         * DCR provider - Auth0
         * @description A DCR provider for Auth0 -- only properties not included in DcrProviderBase
         */
        DcrProviderAuth0: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "auth0";
            dcr_config: components["schemas"]["DcrConfigAuth0InResponse"];
        };
        /**
         * DCR provider - Azure AD
         * @description A DCR provider for Azure AD -- only properties not included in DcrProviderBase
         */
        DcrProviderAzureAd: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "azureAd";
            dcr_config: components["schemas"]["DcrConfigAzureAdInResponse"];
        };
        /**
         * DCR provider - Curity
         * @description A DCR provider for Curity -- only properties not included in DcrProviderBase
         */
        DcrProviderCurity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "curity";
            dcr_config: components["schemas"]["DcrConfigCurityInResponse"];
        };
        /**
         * DCR provider - Kong Identity
         * @description A DCR provider for Kong Identity -- only properties not included in DcrProviderBase
         */
        DcrProviderKongIdentity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "kongIdentity";
            dcr_config: components["schemas"]["DcrConfigKongIdentityInResponse"];
        };
        /**
         * DCR provider - OKTA
         * @description A DCR provider for Okta -- only properties not included in DcrProviderBase
         */
        DcrProviderOkta: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "okta";
            dcr_config: components["schemas"]["DcrConfigOktaInResponse"];
        };
        /**
         * DCR provider - HTTP
         * @description A DCR provider for HTTP -- only properties not included in DcrProviderBase
         */
        DcrProviderHttp: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "http";
            dcr_config: components["schemas"]["DcrConfigHttpInResponse"];
        };
        /** @description A response containing the newly created DCR provider object. */
        CreateDcrProviderResponse: components["schemas"]["DcrProviderBase"] & Omit<components["schemas"]["DcrProviderAuth0"] | components["schemas"]["DcrProviderAzureAd"] | components["schemas"]["DcrProviderCurity"] | components["schemas"]["DcrProviderOkta"] | components["schemas"]["DcrProviderKongIdentity"] | components["schemas"]["DcrProviderHttp"], "provider_type">;
        /** @description A response containing a single DCR provider object. Sensitive fields will be removed from the response. */
        DcrProviderResponse: components["schemas"]["DcrProviderBase"] & Omit<components["schemas"]["DcrProviderAuth0"] | components["schemas"]["DcrProviderAzureAd"] | components["schemas"]["DcrProviderCurity"] | components["schemas"]["DcrProviderOkta"] | components["schemas"]["DcrProviderKongIdentity"] | components["schemas"]["DcrProviderHttp"], "provider_type">;
        /**
         * CreateDcrProviderRequestAuth0
         * @description Request body for creating an Auth0 DCR provider.
         */
        CreateDcrProviderRequestAuth0: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "auth0";
            dcr_config: components["schemas"]["CreateDcrConfigAuth0InRequest"];
            name: components["schemas"]["DcrProviderName"];
            display_name?: components["schemas"]["DcrProviderDisplayName"];
            /** Format: url */
            issuer: string;
            labels?: components["schemas"]["Labels"];
        };
        /**
         * CreateDcrProviderRequestAzureAd
         * @description Request body for creating an Azure AD DCR provider.
         */
        CreateDcrProviderRequestAzureAd: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "azureAd";
            dcr_config: components["schemas"]["CreateDcrConfigAzureAdInRequest"];
            name: components["schemas"]["DcrProviderName"];
            display_name?: components["schemas"]["DcrProviderDisplayName"];
            /** Format: url */
            issuer: string;
            labels?: components["schemas"]["Labels"];
        };
        /**
         * CreateDcrProviderRequestCurity
         * @description Request body for creating a Curity DCR provider.
         */
        CreateDcrProviderRequestCurity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "curity";
            dcr_config: components["schemas"]["CreateDcrConfigCurityInRequest"];
            name: components["schemas"]["DcrProviderName"];
            display_name?: components["schemas"]["DcrProviderDisplayName"];
            /** Format: url */
            issuer: string;
            labels?: components["schemas"]["Labels"];
        };
        /**
         * CreateDcrProviderRequestOkta
         * @description Request body for creating an Okta DCR provider.
         */
        CreateDcrProviderRequestOkta: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "okta";
            dcr_config: components["schemas"]["CreateDcrConfigOktaInRequest"];
            name: components["schemas"]["DcrProviderName"];
            display_name?: components["schemas"]["DcrProviderDisplayName"];
            /** Format: url */
            issuer: string;
            labels?: components["schemas"]["Labels"];
        };
        /**
         * CreateDcrProviderRequestKongIdentity
         * @description Request body for creating a Kong Identity DCR provider.
         */
        CreateDcrProviderRequestKongIdentity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "kongIdentity";
            dcr_config?: components["schemas"]["CreateDcrConfigKongIdentityInRequest"];
            name: components["schemas"]["DcrProviderName"];
            display_name?: components["schemas"]["DcrProviderDisplayName"];
            /** Format: url */
            issuer: string;
            labels?: components["schemas"]["Labels"];
        };
        /**
         * CreateDcrProviderRequestHttp
         * @description Request body for creating an HTTP DCR provider.
         */
        CreateDcrProviderRequestHttp: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider_type: "http";
            dcr_config: components["schemas"]["CreateDcrConfigHttpInRequest"];
            name: components["schemas"]["DcrProviderName"];
            display_name?: components["schemas"]["DcrProviderDisplayName"];
            /** Format: url */
            issuer: string;
            labels?: components["schemas"]["Labels"];
        };
        /**
         * CreateDcrProviderRequest
         * @description Request body for creating a DCR provider. The provider_type cannot be updated after creation.
         */
        CreateDcrProviderRequest: components["schemas"]["CreateDcrProviderRequestAuth0"] | components["schemas"]["CreateDcrProviderRequestAzureAd"] | components["schemas"]["CreateDcrProviderRequestCurity"] | components["schemas"]["CreateDcrProviderRequestOkta"] | components["schemas"]["CreateDcrProviderRequestHttp"] | components["schemas"]["CreateDcrProviderRequestKongIdentity"];
        /**
         * UpdateDcrProviderRequest
         * @description A set of updates to a DCR provider. The provider_type cannot be updated after creation.
         */
        UpdateDcrProviderRequest: {
            name?: components["schemas"]["DcrProviderName"];
            display_name?: components["schemas"]["DcrProviderDisplayName"];
            /** Format: url */
            issuer?: string;
            labels?: components["schemas"]["LabelsUpdate"];
            dcr_config?: components["schemas"]["UpdateDcrConfigAuth0InRequest"] | components["schemas"]["UpdateDcrConfigAzureAdInRequest"] | components["schemas"]["UpdateDcrConfigCurityInRequest"] | components["schemas"]["UpdateDcrConfigOktaInRequest"] | components["schemas"]["UpdateDcrConfigHttpInRequest"];
        };
        /**
         * ListDcrProvidersResponse
         * @description A paginated list response for a collection of DCR providers
         */
        ListDcrProvidersResponse: {
            data: components["schemas"]["DcrProviderResponse"][];
            meta: components["schemas"]["PaginatedMeta"];
        };
        /**
         * VerifyDcrProviderResponse
         * @description A response containing the result of attempting to verify a DCR provider configuration.
         */
        VerifyDcrProviderResponse: {
            /** @enum {string} */
            status: "success" | "failed";
            errors: string[];
        };
        /**
         * AuthStrategyPrincipals
         * @description Application principal settings for this auth strategy. Runtime effect applies to V3 API Catalog (ACE) portals and
         *     applications; stored values may be set for any auth strategy in the organization.
         */
        AuthStrategyPrincipals: {
            /**
             * @description Whether application principals are enabled for this auth strategy.
             * @default false
             */
            enabled: boolean;
        };
        /**
         * AppAuthStrategyConfigKeyAuth
         * @description The most basic mode to configure an Application Auth Strategy for an API Product Version.
         *     Using this mode will allow developers to generate API keys that will authenticate their application requests.
         *     Once authenticated, an application will be granted access to any Product Version it is registered for that is configured for Key Auth.
         */
        AppAuthStrategyConfigKeyAuth: {
            /** @description The names of the headers containing the API key. You can specify multiple header names. */
            key_names?: string[];
            /** @description Default maximum Time-To-Live for keys created under this strategy. */
            ttl?: {
                value: number;
                /** @enum {string} */
                unit: "days" | "weeks" | "years";
            };
        };
        /**
         * PartialAppAuthStrategyConfigKeyAuth
         * @description Key Auth configuration for updating an Application Auth Strategy.
         *     The ttl field can be set to null to unset the Time-To-Live.
         */
        PartialAppAuthStrategyConfigKeyAuth: {
            /** @description The names of the headers containing the API key. You can specify multiple header names. */
            key_names?: string[];
            /** @description Default maximum Time-To-Live for keys created under this strategy. Set to null to unset. */
            ttl?: {
                value: number;
                /** @enum {string} */
                unit: "days" | "weeks" | "years";
            } | null;
        };
        /**
         * PartialAppAuthStrategyConfigOpenIDConnect
         * @description A more advanced mode to configure an API Product Version’s Application Auth Strategy.
         *     Using this mode will allow developers to use API credentials issued from an external IdP that will authenticate their application requests.
         *     Once authenticated, an application will be granted access to any Product Version it is registered for that is configured for the same Auth Strategy.
         *     An OIDC strategy may be used in conjunction with a DCR provider to automatically create the IdP application.
         */
        PartialAppAuthStrategyConfigOpenIDConnect: {
            /** Format: url */
            issuer?: string;
            credential_claim?: string[];
            scopes?: string[];
            auth_methods?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * AppAuthStrategyConfigOpenIDConnect
         * @description A more advanced mode to configure an API Product Version’s Application Auth Strategy.
         *     Using this mode will allow developers to use API credentials issued from an external IdP that will authenticate their application requests.
         *     Once authenticated, an application will be granted access to any Product Version it is registered for that is configured for the same Auth Strategy.
         *     An OIDC strategy may be used in conjunction with a DCR provider to automatically create the IdP application.
         */
        AppAuthStrategyConfigOpenIDConnect: {
            /** Format: url */
            issuer: string;
            credential_claim: string[];
            scopes: string[];
            auth_methods: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * AppAuthStrategyKeyAuthRequest
         * @description Request for creating a Key Auth Application Auth Strategy
         */
        AppAuthStrategyKeyAuthRequest: {
            name: components["schemas"]["AuthStrategyName"];
            display_name: components["schemas"]["AuthStrategyDisplayName"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            strategy_type: "key_auth";
            /** @description JSON-B object containing the configuration for the Key Auth strategy */
            configs: {
                "key-auth": components["schemas"]["AppAuthStrategyConfigKeyAuth"];
            };
            labels?: components["schemas"]["Labels"];
            principals?: components["schemas"]["AuthStrategyPrincipals"];
        };
        /**
         * AppAuthStrategyKeyAuthResponse
         * @description Response payload from creating or updating a Key Auth Application Auth Strategy
         */
        AppAuthStrategyKeyAuthResponse: {
            id: components["schemas"]["UUID"];
            name: components["schemas"]["AuthStrategyName"];
            display_name: components["schemas"]["AuthStrategyDisplayName"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            strategy_type: "key_auth";
            /** @description JSON-B object containing the configuration for the Key Auth strategy */
            configs: {
                "key-auth": components["schemas"]["AppAuthStrategyConfigKeyAuth"];
            };
            /** @description At least one published entity is using this auth strategy. */
            active: boolean;
            dcr_provider: {
                id: components["schemas"]["UUID"];
                name: string;
                display_name?: components["schemas"]["DcrProviderDisplayName"];
                /**
                 * @description The type of DCR provider.
                 * @enum {string}
                 */
                provider_type: "auth0" | "azureAd" | "curity" | "okta" | "http" | "kongIdentity";
            } | null;
            labels: components["schemas"]["Labels"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            /**
             * @description Indicates whether this auth strategy supports multiple credentials.
             *     Always `true` for KEY_AUTH.
             * @default true
             */
            readonly supports_multiple_credentials: boolean;
            principals?: components["schemas"]["AuthStrategyPrincipals"];
        };
        /**
         * AppAuthStrategyOpenIDConnectRequest
         * @description Payload for creating an OIDC Application Auth Strategy
         */
        AppAuthStrategyOpenIDConnectRequest: {
            name: components["schemas"]["AuthStrategyName"];
            display_name: components["schemas"]["AuthStrategyDisplayName"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            strategy_type: "openid_connect";
            /** @description JSON-B object containing the configuration for the OIDC strategy */
            configs: {
                "openid-connect": components["schemas"]["AppAuthStrategyConfigOpenIDConnect"];
            };
            /** Format: uuid */
            dcr_provider_id?: string | null;
            labels?: components["schemas"]["Labels"];
            principals?: components["schemas"]["AuthStrategyPrincipals"];
        };
        /**
         * AppAuthStrategyOpenIDConnectResponse
         * @description Response payload from creating an OIDC Application Auth Strategy
         */
        AppAuthStrategyOpenIDConnectResponse: {
            id: components["schemas"]["UUID"];
            name: components["schemas"]["AuthStrategyName"];
            display_name: components["schemas"]["AuthStrategyDisplayName"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            strategy_type: "openid_connect";
            /** @description JSON-B object containing the configuration for the OIDC strategy */
            configs: {
                "openid-connect": components["schemas"]["AppAuthStrategyConfigOpenIDConnect"];
            };
            /** @description At least one published entity is using this auth strategy. */
            active: boolean;
            dcr_provider: {
                id: components["schemas"]["UUID"];
                name: string;
                display_name?: components["schemas"]["DcrProviderDisplayName"];
                /**
                 * @description The type of DCR provider.
                 * @enum {string}
                 */
                provider_type: "auth0" | "azureAd" | "curity" | "okta" | "http" | "kongIdentity";
            } | null;
            labels: components["schemas"]["Labels"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            /**
             * @description Indicates whether this auth strategy supports multiple credentials.
             *     - `true` for Key Auth strategies and when supported for Client Credentials strategies
             *     - `false` when not supported for Client Credentials strategies
             */
            readonly supports_multiple_credentials?: boolean;
            principals?: components["schemas"]["AuthStrategyPrincipals"];
        };
        /**
         * CreateAppAuthStrategyRequest
         * @description Request body for creating an Application Auth Strategy
         */
        CreateAppAuthStrategyRequest: components["schemas"]["AppAuthStrategyKeyAuthRequest"] | components["schemas"]["AppAuthStrategyOpenIDConnectRequest"];
        /**
         * AppAuthStrategy
         * @description A set of plugin configurations that represent how the gateway will perform authentication and authorization for a Product Version. Called “Auth Strategy” for short in the context of portals/applications. The plugins are synced to any Gateway Service that is currently linked or becomes linked to the Product Version.
         */
        AppAuthStrategy: components["schemas"]["AppAuthStrategyKeyAuthResponse"] | components["schemas"]["AppAuthStrategyOpenIDConnectResponse"];
        /**
         * UpdateAppAuthStrategyRequest
         * @description Request body for updating an Application Auth Strategy
         */
        UpdateAppAuthStrategyRequest: {
            name?: components["schemas"]["AuthStrategyName"];
            display_name?: components["schemas"]["AuthStrategyDisplayName"];
            labels?: components["schemas"]["LabelsUpdate"];
            /** Format: uuid */
            dcr_provider_id?: string | null;
            /** @description JSON-B object containing the configuration for the OIDC strategy under the key 'openid-connect' or the configuration for the Key Auth strategy under the key 'key-auth' */
            configs?: components["schemas"]["UpdateAppAuthStrategyRequestOpenIdConnect"] | components["schemas"]["UpdateAppAuthStrategyRequestKeyAuth"];
            principals?: components["schemas"]["AuthStrategyPrincipals"];
        };
        UpdateAppAuthStrategyRequestOpenIdConnect: {
            "openid-connect": components["schemas"]["PartialAppAuthStrategyConfigOpenIDConnect"];
        };
        UpdateAppAuthStrategyRequestKeyAuth: {
            "key-auth": components["schemas"]["PartialAppAuthStrategyConfigKeyAuth"];
        };
        CreateAppAuthStrategyResponse: components["schemas"]["AppAuthStrategy"];
        UpdateAppAuthStrategyResponse: components["schemas"]["AppAuthStrategy"];
        GetAppAuthStrategyResponse: components["schemas"]["AppAuthStrategy"];
        /**
         * ListAppAuthStrategiesResponse
         * @description A paginated list response for a collection of Application Auth Strategies
         */
        ListAppAuthStrategiesResponse: {
            data: components["schemas"]["AppAuthStrategy"][];
            meta: components["schemas"]["PaginatedMeta"];
        };
        /**
         * Format: url
         * @description The base URL of the DCR server. This is the URL that will be used to make the HTTP requests from Konnect to the DCR provider.
         *     This URL must be accessible from the Konnect service.
         */
        DcrBaseUrl: string;
        /** @description The display name of the DCR provider. This is used to identify the DCR provider in the Portal UI. */
        DcrProviderDisplayName: string;
        /** @description The name of the DCR provider. This is used to identify the DCR provider in the Konnect UI. */
        DcrProviderName: string;
        /** @description The name of the auth strategy. This is used to identify the auth strategy in the Konnect UI. */
        AuthStrategyName: string;
        /** @description The display name of the Auth strategy. This is used to identify the Auth strategy in the Portal UI. */
        AuthStrategyDisplayName: string;
        /**
         * Format: uuid
         * @description Contains a unique identifier used for this resource.
         * @example 5f9fd312-a987-4628-b4c5-bb4f4fddd5f7
         */
        UUID: string;
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
    };
    responses: {
        /** @description A response containing the newly created DCR provider object. */
        CreateDcrProvider: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreateDcrProviderResponse"];
            };
        };
        /** @description A response containing a single DCR provider object. Sensitive fields will be removed from the response. */
        GetDcrProvider: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DcrProviderResponse"];
            };
        };
        /** @description A paginated list response for a collection of DCR providers */
        ListDcrProviders: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListDcrProvidersResponse"];
            };
        };
        /** @description A response containing the result of attempting to verify a DCR provider configuration. */
        VerifyDcrProvider: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VerifyDcrProviderResponse"];
            };
        };
        /** @description A response containing the newly created application auth strategy object. */
        CreateAppAuthStrategy: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreateAppAuthStrategyResponse"];
            };
        };
        /** @description A response containing a single application auth strategy object. */
        GetAppAuthStrategy: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetAppAuthStrategyResponse"];
            };
        };
        /** @description A response containing a single updated application auth strategy object. */
        UpdateAppAuthStrategy: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UpdateAppAuthStrategyResponse"];
            };
        };
        /** @description A paginated list response for a collection of application auth strategies. */
        ListAppAuthStrategies: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListAppAuthStrategiesResponse"];
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
    };
    parameters: {
        /** @description Application auth strategy identifier */
        AuthStrategyId: components["schemas"]["UUID"];
        /** @description DCR provider identifier */
        DcrProviderId: components["schemas"]["UUID"];
        /** @description filters DCR Providers by their id */
        FilterDcrProvidersById: string;
        /** @description filters DCR Providers by their id with a supplied substring */
        FilterDcrProvidersByIdContains: string;
        /** @description filters DCR Providers by their id (alias for filter[id][eq]) */
        FilterDcrProvidersByIdShort: string;
        /** @description filters DCR Providers by their initial client audience */
        FilterDcrProvidersByInitialClientAudience: string;
        /** @description filters DCR Providers by their initial client audience with a supplied substring */
        FilterDcrProvidersByInitialClientAudienceContains: string;
        /** @description filters DCR Providers by their initial client audience (alias for filter[initial_client_audience][eq]) */
        FilterDcrProvidersByInitialClientAudienceShort: string;
        /** @description filters DCR Providers by their initial client id */
        FilterDcrProvidersByInitialClientId: string;
        /** @description filters DCR Providers by their initial client id with a supplied substring */
        FilterDcrProvidersByInitialClientIdContains: string;
        /** @description filters DCR Providers by their initial client id (alias for filter[initial_client_id][eq]) */
        FilterDcrProvidersByInitialClientIdShort: string;
        /** @description filters DCR Providers by their issuer */
        FilterDcrProvidersByIssuer: string;
        /** @description filters DCR Providers by their issuer with a supplied substring */
        FilterDcrProvidersByIssuerContains: string;
        /** @description filters DCR Providers by their issuer (alias for filter[issuer][eq]) */
        FilterDcrProvidersByIssuerShort: string;
        /** @description filters DCR Providers by their name */
        FilterDcrProvidersByName: string;
        /** @description filters DCR Providers by their name with a supplied substring */
        FilterDcrProvidersByNameContains: string;
        /** @description filters DCR Providers by their name (alias for filter[name][eq]) */
        FilterDcrProvidersByNameShort: string;
        /** @description filters DCR Providers by their provider type */
        FilterDcrProvidersByProviderType: string;
        /** @description filters DCR Providers by their provider type (alias for filter[provider_type][eq]) */
        FilterDcrProvidersByProviderTypeShort: string;
        /** @description Determines which page of the entities to retrieve. */
        PageNumber: number;
        /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
        PageSize: number;
        /**
         * @description Sorts a collection of application auth strategies. Supported sort attributes are:
         *       - created_at
         *       - updated_at
         *       - strategy_type
         *       - name
         *       - display_name
         *       - dcr_provider_id
         *       - dcr_provider_name
         *       - dcr_provider_type
         */
        SortAppAuthStrategies: string;
        /**
         * @description Sorts a collection of DCR Providers. Supported sort attributes are:
         *       - created_at
         *       - updated_at
         *       - provider_type
         *       - issuer
         *       - name
         */
        SortDcrProviders: string;
    };
    requestBodies: {
        CreateDcrProvider: {
            content: {
                "application/json": components["schemas"]["CreateDcrProviderRequest"];
            };
        };
        UpdateDcrProvider: {
            content: {
                "application/json": components["schemas"]["UpdateDcrProviderRequest"];
            };
        };
        CreateAppAuthStrategy: {
            content: {
                "application/json": components["schemas"]["CreateAppAuthStrategyRequest"];
            };
        };
        UpdateAppAuthStrategy: {
            content: {
                "application/json": components["schemas"]["UpdateAppAuthStrategyRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "list-dcr-providers": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a collection of DCR Providers. Supported sort attributes are:
                 *       - created_at
                 *       - updated_at
                 *       - provider_type
                 *       - issuer
                 *       - name
                 */
                sort?: components["parameters"]["SortDcrProviders"];
                /** @description filters DCR Providers by their id */
                "filter[id][eq]"?: components["parameters"]["FilterDcrProvidersById"];
                /** @description filters DCR Providers by their id (alias for filter[id][eq]) */
                "filter[id]"?: components["parameters"]["FilterDcrProvidersByIdShort"];
                /** @description filters DCR Providers by their id with a supplied substring */
                "filter[id][contains]"?: components["parameters"]["FilterDcrProvidersByIdContains"];
                /** @description filters DCR Providers by their issuer */
                "filter[issuer][eq]"?: components["parameters"]["FilterDcrProvidersByIssuer"];
                /** @description filters DCR Providers by their issuer (alias for filter[issuer][eq]) */
                "filter[issuer]"?: components["parameters"]["FilterDcrProvidersByIssuerShort"];
                /** @description filters DCR Providers by their issuer with a supplied substring */
                "filter[issuer][contains]"?: components["parameters"]["FilterDcrProvidersByIssuerContains"];
                /** @description filters DCR Providers by their name */
                "filter[name][eq]"?: components["parameters"]["FilterDcrProvidersByName"];
                /** @description filters DCR Providers by their name (alias for filter[name][eq]) */
                "filter[name]"?: components["parameters"]["FilterDcrProvidersByNameShort"];
                /** @description filters DCR Providers by their name with a supplied substring */
                "filter[name][contains]"?: components["parameters"]["FilterDcrProvidersByNameContains"];
                /** @description filters DCR Providers by their provider type */
                "filter[provider_type][eq]"?: components["parameters"]["FilterDcrProvidersByProviderType"];
                /** @description filters DCR Providers by their provider type (alias for filter[provider_type][eq]) */
                "filter[provider_type]"?: components["parameters"]["FilterDcrProvidersByProviderTypeShort"];
                /** @description filters DCR Providers by their initial client id */
                "filter[initial_client_id][eq]"?: components["parameters"]["FilterDcrProvidersByInitialClientId"];
                /** @description filters DCR Providers by their initial client id (alias for filter[initial_client_id][eq]) */
                "filter[initial_client_id]"?: components["parameters"]["FilterDcrProvidersByInitialClientIdShort"];
                /** @description filters DCR Providers by their initial client id with a supplied substring */
                "filter[initial_client_id][contains]"?: components["parameters"]["FilterDcrProvidersByInitialClientIdContains"];
                /** @description filters DCR Providers by their initial client audience */
                "filter[initial_client_audience][eq]"?: components["parameters"]["FilterDcrProvidersByInitialClientAudience"];
                /** @description filters DCR Providers by their initial client audience (alias for filter[initial_client_audience][eq]) */
                "filter[initial_client_audience]"?: components["parameters"]["FilterDcrProvidersByInitialClientAudienceShort"];
                /** @description filters DCR Providers by their initial client audience with a supplied substring */
                "filter[initial_client_audience][contains]"?: components["parameters"]["FilterDcrProvidersByInitialClientAudienceContains"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListDcrProviders"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "create-dcr-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateDcrProvider"];
        responses: {
            201: components["responses"]["CreateDcrProvider"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "get-dcr-provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DCR provider identifier */
                dcrProviderId: components["parameters"]["DcrProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetDcrProvider"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "delete-dcr-provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DCR provider identifier */
                dcrProviderId: components["parameters"]["DcrProviderId"];
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
    "update-dcr-provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DCR provider identifier */
                dcrProviderId: components["parameters"]["DcrProviderId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateDcrProvider"];
        responses: {
            200: components["responses"]["GetDcrProvider"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "verify-dcr-provider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description DCR provider identifier */
                dcrProviderId: components["parameters"]["DcrProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VerifyDcrProvider"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "list-app-auth-strategies": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description Sorts a collection of application auth strategies. Supported sort attributes are:
                 *       - created_at
                 *       - updated_at
                 *       - strategy_type
                 *       - name
                 *       - display_name
                 *       - dcr_provider_id
                 *       - dcr_provider_name
                 *       - dcr_provider_type
                 */
                sort?: components["parameters"]["SortAppAuthStrategies"];
                /** @description Filter application auth strategies returned in the response. */
                filter?: {
                    strategy_type?: components["schemas"]["StringFieldFilter"];
                    name?: components["schemas"]["StringFieldFilter"];
                    display_name?: components["schemas"]["StringFieldFilter"];
                    dcr_provider_id?: components["schemas"]["UuidFieldFilter"];
                    dcr_provider_name?: components["schemas"]["StringFieldFilter"];
                    dcr_provider_type?: components["schemas"]["StringFieldFilter"];
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListAppAuthStrategies"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "create-app-auth-strategy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateAppAuthStrategy"];
        responses: {
            201: components["responses"]["CreateAppAuthStrategy"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "get-app-auth-strategy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application auth strategy identifier */
                authStrategyId: components["parameters"]["AuthStrategyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetAppAuthStrategy"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "replace-app-auth-strategy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application auth strategy identifier */
                authStrategyId: components["parameters"]["AuthStrategyId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateAppAuthStrategy"];
        responses: {
            201: components["responses"]["CreateAppAuthStrategy"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "delete-app-auth-strategy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application auth strategy identifier */
                authStrategyId: components["parameters"]["AuthStrategyId"];
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
            409: components["responses"]["Conflict"];
        };
    };
    "update-app-auth-strategy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Application auth strategy identifier */
                authStrategyId: components["parameters"]["AuthStrategyId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateAppAuthStrategy"];
        responses: {
            200: components["responses"]["UpdateAppAuthStrategy"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
