/**
 * Types of the Konnect API "Konnect API Catalog" 3.2.0, generated from specs/konnect/api-builder/v3/openapi.yaml
 * by openapi-typescript 7.13.0. Do not edit: run `npm run generate:konnect-types`.
 */
export interface paths {
    "/apis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List APIs
         * @description Returns a collection of all APIs.
         */
        get: operations["list-apis"];
        put?: never;
        /**
         * Create API
         * @description Creates an API.
         */
        post: operations["create-api"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/validate-specification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate API Specification
         * @description Validates the content and type (OpenAPI or AsyncAPI) of a potential API specification without associating it with a specific API.
         */
        post: operations["validate-specification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: string;
            };
            cookie?: never;
        };
        /**
         * Get an API
         * @description Get an API.
         */
        get: operations["fetch-api"];
        put?: never;
        post?: never;
        /**
         * Delete API
         * @description Deletes an API.
         */
        delete: operations["delete-api"];
        options?: never;
        head?: never;
        /**
         * Update API
         * @description Updates an API.
         */
        patch: operations["update-api"];
        trace?: never;
    };
    "/apis/{apiId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        /**
         * List API Documents
         * @description Returns a collection of all documents for an API.
         */
        get: operations["list-api-documents"];
        put?: never;
        /**
         * Create API Document
         * @description Publish a new document attached to an API.
         *
         *     All configuration options may be provided in the frontmatter section of `content`. If you set values in both the `POST` request _and_ in the frontmatter, the values in the `POST` request will take precedence.
         */
        post: operations["create-api-document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * Get an API Document
         * @description Returns a document for the API.
         */
        get: operations["fetch-api-document"];
        put?: never;
        post?: never;
        /**
         * Delete API Documentation
         * @description Removes a document from an API.
         */
        delete: operations["delete-api-document"];
        options?: never;
        head?: never;
        /**
         * Update API Document
         * @description Updates a document for an API.
         */
        patch: operations["update-api-document"];
        trace?: never;
    };
    "/apis/{apiId}/documents/{documentId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move API Documentation
         * @description This api allows the user to move a document within the document tree using the parameters parent_document_id and index. If parent_document_id is not provided, the document will be placed at the top level of the document tree. index represents a zero-indexed document order relative to its siblings under the same parent. For example, if we want to put the document at top level in first position we would send parent_document_id: null and index: 0. This api also supports using a negative index to count backwards from the end of the document list, which means you can put the document in last position by using index: -1.
         */
        post: operations["move-api-document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/specifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        /**
         * List API Specifications
         * @deprecated
         * @description Returns a list of specifications for an API. The specification can be of type OpenAPI or AsyncAPI.
         *     **Note:** You can only have one specification for an API. This endpoint is deprecated and will be removed: use /versions instead.
         */
        get: operations["list-api-specs"];
        put?: never;
        /**
         * Create API Specification
         * @deprecated
         * @description Creates a specification (OpenAPI or AsyncAPI) for an API.
         *     **Note:** You can only have one specification for an API. This endpoint is deprecated and will be removed: use /versions instead.
         */
        post: operations["create-api-spec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/specifications/{specId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API specification identifier */
                specId: components["parameters"]["SpecId"];
            };
            cookie?: never;
        };
        /**
         * Get API Specification
         * @deprecated
         * @description Fetches the specification (OpenAPI or AsyncAPI) of an API.
         *     **Note:** This endpoint is deprecated and will be removed: use /versions instead.
         */
        get: operations["fetch-api-spec"];
        put?: never;
        post?: never;
        /**
         * Delete API Specification
         * @deprecated
         * @description Deletes the specification (OpenAPI or AsyncAPI) of an API.
         *     **Note:** This endpoint is deprecated and will be removed: use /versions instead.
         */
        delete: operations["delete-api-spec"];
        options?: never;
        head?: never;
        /**
         * Update API Specification
         * @deprecated
         * @description Updates the specification (OpenAPI or AsyncAPI) of an API.
         *     **Note:** This endpoint is deprecated and will be removed: use /versions instead.
         */
        patch: operations["update-api-spec"];
        trace?: never;
    };
    "/apis/{apiId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        /**
         * List API Versions
         * @description Returns a list of versions for an API. The version can be of type OpenAPI or AsyncAPI.
         *     **Note:** You can only have one version for an API.
         */
        get: operations["list-api-versions"];
        put?: never;
        /**
         * Create API Version
         * @description Creates a version (OpenAPI or AsyncAPI) for an API.
         */
        post: operations["create-api-version"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API version identifier */
                versionId: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        /**
         * Get an API Version
         * @description Fetches the version (OpenAPI or AsyncAPI) of an API.
         */
        get: operations["fetch-api-version"];
        put?: never;
        post?: never;
        /**
         * Delete API Version
         * @description Deletes the version (OpenAPI or AsyncAPI) of an API.
         */
        delete: operations["delete-api-version"];
        options?: never;
        head?: never;
        /**
         * Update API Version
         * @description Updates the version (OpenAPI or AsyncAPI) of an API.
         */
        patch: operations["update-api-version"];
        trace?: never;
    };
    "/apis/{apiId}/publications/{portalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * Get a Publication
         * @description Retrieve an API's publication in a portal.
         *     If the API is not published to the portal, a 404 response is returned.
         */
        get: operations["fetch-publication"];
        /**
         * Publish API
         * @description Publish an API to a portal.
         */
        put: operations["publish-api-to-portal"];
        post?: never;
        /**
         * Delete Publication
         * @description Unpublish an API from a portal.
         */
        delete: operations["delete-publication"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/images/{imageType}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
            };
            cookie?: never;
        };
        /**
         * Get API Image
         * @description Retrieves the status and metadata associated with an API Image. Returns the latest image if it has not yet been applied (status: uploading, validating, or invalid), otherwise returns the details of currently applied image (status: valid).
         */
        get: operations["fetch-api-image"];
        /**
         * Create or Replace an API Image
         * @description Create or Replace an API Image. The replacement image is not applied to the API until asynchronous validation completes successfully.
         */
        put: operations["upsert-api-image"];
        post?: never;
        /**
         * Delete an API Image
         * @description Delete an API Image.
         */
        delete: operations["delete-api-image"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/images/{imageType}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
            };
            cookie?: never;
        };
        /**
         * Get an API Raw Image
         * @description Retrieves the raw image of an API. Only the currently applied image (status: valid) can be retrieved.
         */
        get: operations["fetch-api-raw-image"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Publications
         * @description Returns a collection of all API Publications.
         */
        get: operations["list-api-publications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portals/{portalId}/api-publications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * List Portal API Publications
         * @description Returns a collection of all API Publications for a specific portal.
         *
         *     **Access Control**: Requires permission to view the specified portal. Once portal access is granted, all API publications for that portal are returned regardless of the caller's individual API permissions.
         */
        get: operations["list-portal-api-publications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-packages/{apiPackageId}/publications/{portalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                apiPackageId: components["parameters"]["ApiPackageId"];
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        /**
         * Get an API Package Publication
         * @description Retrieve an API Package's publication in a portal.
         *     If the API Package is not published to the portal, a 404 response is returned.
         */
        get: operations["fetch-api-package-publication"];
        /**
         * Publish API Package
         * @description Publish an API Package to a portal.
         */
        put: operations["publish-api-package-to-portal"];
        post?: never;
        /**
         * Delete API Package Publication
         * @description Unpublish an API Package from a portal.
         */
        delete: operations["delete-api-package-publication"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/implementations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create API Implementation
         * @description Creates an implementation for an API.
         *     If all operations in an API are implemented by a single gateway service and the service
         *     has no routes that are not part of the API, then the API can be linked to the service.
         *     For cases where an API is implemented by multiple gateway services, only a subset of
         *     routes in one or more gateway services, or API operations need to be made available for API packages,
         *     then the API should be linked to the control plane that defines the routes that overlap with the API.
         */
        post: operations["create-api-implementation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/implementations/{implementationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Portal identifier */
                implementationId: components["parameters"]["ImplementationId"];
            };
            cookie?: never;
        };
        /**
         * Get an API Implementation
         * @description Retrieve a gateway implementation for this API
         */
        get: operations["fetch-api-implementation"];
        put?: never;
        post?: never;
        /**
         * Delete API Implementation
         * @description Unlink a gateway implementation from this API
         */
        delete: operations["delete-api-implementation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/operations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        /**
         * List API Operations
         * @description Returns a list of operations for an API.
         *     Returns 404 if the API is not configured for access control enforcement.
         */
        get: operations["list-api-operations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/operations/{operationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API operation identifier */
                operationId: components["parameters"]["OperationId"];
            };
            cookie?: never;
        };
        /**
         * Get an API Operation
         * @description Returns a specific operation for an API.
         *     Returns 404 if the API is not configured for access control enforcement.
         */
        get: operations["fetch-api-operation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-implementations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API Implementations
         * @description List gateway implementations for this API
         */
        get: operations["list-api-implementations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API Attributes
         * @description List attributes across all apis
         */
        get: operations["list-api-attributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API Packages
         * @description List API packages
         */
        get: operations["list-api-packages"];
        put?: never;
        /**
         * Create API Package
         * @description Creates a package of APIs.
         *     An API package is a collection of APIs that can be used to group related APIs together.
         */
        post: operations["create-api-package"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-packages/{packageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        /**
         * Get API Package
         * @description Get details of a specific API package.
         */
        get: operations["get-api-package"];
        put?: never;
        post?: never;
        /**
         * Delete API Package
         * @description Deletes an API package.
         */
        delete: operations["delete-api-package"];
        options?: never;
        head?: never;
        /**
         * Patch API Package
         * @description Updates an existing API package.
         *     You can modify the name, description and version of the API Package.
         */
        patch: operations["patch-api-package"];
        trace?: never;
    };
    "/api-packages/{packageId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        /**
         * List API Package Documents
         * @description Returns a collection of all documents for an API package.
         */
        get: operations["list-api-package-documents"];
        put?: never;
        /**
         * Create API Package Document
         * @description Publish a new document attached to an API Package.
         *
         *     All configuration options may be provided in the frontmatter section of `content`. If you set values in both the `POST` request _and_ in the frontmatter, the values in the `POST` request will take precedence.
         */
        post: operations["create-api-package-document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-packages/{packageId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * Get an API Package Document
         * @description Returns a document for the API Package.
         */
        get: operations["fetch-api-package-document"];
        put?: never;
        post?: never;
        /**
         * Delete API Package Documentation
         * @description Removes a document from an API Package.
         */
        delete: operations["delete-api-package-document"];
        options?: never;
        head?: never;
        /**
         * Update API Package Document
         * @description Updates a document for an API Package.
         */
        patch: operations["update-api-package-document"];
        trace?: never;
    };
    "/api-packages/{packageId}/documents/{documentId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move API Package Documentation
         * @description This api allows the user to move a document within the document tree using the parameters parent_document_id and index. If parent_document_id is not provided, the document will be placed at the top level of the document tree. index represents a zero-indexed document order relative to its siblings under the same parent. For example, if we want to put the document at top level in first position we would send parent_document_id: null and index: 0. This api also supports using a negative index to count backwards from the end of the document list, which means you can put the document in last position by using index: -1.
         */
        post: operations["move-api-package-document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-packages/{packageId}/operations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        /**
         * List API Packages Operations
         * @description List API packages operations
         */
        get: operations["list-api-packages-operations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update API Package Operation
         * @description Update API Package Operations
         */
        patch: operations["update-api-package-operations"];
        trace?: never;
    };
    "/api-packages/{packageId}/operations/{operationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
                /** @description The UUID API Operation identifier */
                operationId: string;
            };
            cookie?: never;
        };
        /**
         * Get API Packages Operation
         * @description Get API packages operation
         */
        get: operations["get-api-packages-operation"];
        put?: never;
        post?: never;
        /**
         * Remove API Package Operation
         * @description Remove an operation from an API package.
         */
        delete: operations["remove-api-package-operation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-packages/{packageId}/current-specification": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        /**
         * Get the API package current specification
         * @description Fetches the current specification of an API Package.
         */
        get: operations["get-api-package-current-specification"];
        /**
         * Update API package current specification
         * @description Updates the current specification of an API package.
         */
        put: operations["update-api-package-current-specification"];
        post?: never;
        /**
         * Delete API Package current Specification
         * @description Deletes the current specification of an API Package.
         */
        delete: operations["delete-api-package-current-specification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-packages/{packageId}/computed-specification": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        /**
         * Get the API package computed specification
         * @description Fetches the computed specification of an API Package.
         */
        get: operations["get-api-package-computed-specification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-packages/{packageId}/images/{imageType}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        /**
         * Get API Package Image
         * @description Retrieves the status and metadata associated with an API package Image. Returns the latest image if it has not yet been applied (status: uploading, validating, or invalid), otherwise returns the details of currently applied image (status: valid).
         */
        get: operations["fetch-api-package-image"];
        /**
         * Create or Replace an API Package Image
         * @description Create or Replace an API Package Image. The replacement image is not applied to the API Package until asynchronous validation completes successfully.
         */
        put: operations["upsert-api-package-image"];
        post?: never;
        /**
         * Delete an API Package Image
         * @description Delete an API Package Image.
         */
        delete: operations["delete-api-package-image"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-packages/{packageId}/images/{imageType}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        /**
         * Get an API Package Raw Image
         * @description Retrieves the raw image of an API Package. Only the currently applied image (status: valid) can be retrieved.
         */
        get: operations["fetch-api-package-raw-image"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/{apiId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        /**
         * List API Registrations
         * @description Returns a paginated list of registrations for an API.
         */
        get: operations["list-api-registrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ImageDataUri
         * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAUA
         */
        ImageDataUri: components["schemas"]["ImagePNGDataUri"] | components["schemas"]["ImageJPGDataUri"] | components["schemas"]["ImageSVGDataUri"];
        /**
         * @description The type of the image.
         * @example icon
         * @enum {string}
         */
        ImageTypeSchema: "icon";
        /** Replace Image Payload */
        ReplaceImageRequestSchema: {
            data: components["schemas"]["ImageDataUri"];
        };
        /** API */
        ApiResponseSchema: {
            /**
             * Format: uuid
             * @description The API identifier.
             * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
             */
            readonly id: string;
            /**
             * @description The name of your API. The `name + version` combination must be unique for each API you publish.
             * @example MyAPI
             */
            name: string;
            /** @description A description of your API. Will be visible on your live Portal. */
            description?: string | null;
            /** @description An optional version for your API. Leave this empty if your API is unversioned. */
            version: string | null;
            current_version_summary: components["schemas"]["ApiVersionSummary"];
            /**
             * @description The `slug` is used in generated URLs to provide human readable paths.
             *
             *     Defaults to `slugify(name + version)`
             * @example my-api-v1
             */
            slug: string | null;
            /**
             * @deprecated
             * @description The list of API specification ids for the API.
             */
            readonly api_spec_ids: string[];
            /** @description The list of portals which this API is published to. */
            readonly portals: {
                /**
                 * Format: uuid
                 * @description The portal identifier.
                 * @example 25a2624c-49fc-4764-99e1-224ed819f200
                 */
                id: string;
                /**
                 * @description The name of the portal, used to distinguish it from other portals.
                 * @example My Portal
                 */
                name: string;
                /**
                 * @description The display name of the portal. This value will be the portal's `name` in Portal API.
                 * @example My Portal
                 */
                display_name: string;
            }[];
            labels: components["schemas"]["Labels"];
            /** @description the implementations that are associated with this api either gateway_entity_binding or access_control_enforcement */
            readonly implementation_mode?: string | null;
            attributes?: components["schemas"]["ApiAttributes"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /** Image Status */
        APIImage: {
            /**
             * @description An error related to the image invalid status.
             * @example null
             */
            readonly error: string | null;
            /**
             * @description The status of the image.
             * @example valid
             * @enum {string}
             */
            readonly status: "uploading" | "validating" | "valid" | "invalid";
            /**
             * Format: uuid
             * @description The API identifier which the image belongs to.
             * @example 123e4567-e89b-12d3-a456-426614174000
             */
            readonly api_id: string;
            image_type: components["schemas"]["ImageTypeSchema"] & unknown;
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /**
         * @example {
         *       "control_plane_error": "control_plane_error_unavailable",
         *       "message": "Unable to connect to the control plane to update plugin"
         *     }
         */
        AuthStrategyApiSyncError: {
            /** @enum {string} */
            control_plane_error?: "control_plane_error_no_response" | "control_plane_error_invalid_response" | "control_plane_error_unavailable" | "control_plane_error_internal_error" | "control_plane_error_bad_request" | "control_plane_error_plugin_conflict" | "control_plane_error_data_constraint_error" | "control_plane_error_implementation_not_found";
            message: string;
            info?: {
                details?: ({
                    type?: string;
                    message?: string[];
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            };
        } | null;
        /**
         * API Document ID
         * Format: uuid
         * @description The API document identifier.
         * @example de5c9818-be5c-42e6-b514-e3d4bc30ddeb
         */
        ApiDocumentId: string;
        /**
         * API Document Content
         * @description Raw markdown content to display in your Portal
         */
        ApiDocumentContent: string;
        /**
         * API Document Title
         * @description The title of the document. Used to populate the `<title>` tag for the page
         * @example API Document
         */
        ApiDocumentTitle: string;
        /**
         * @description If `status=published` the document will be visible in your live portal
         * @default unpublished
         * @enum {string}
         */
        ApiDocumentStatus: "published" | "unpublished";
        /**
         * API Document Parent Document ID
         * Format: uuid
         * @description API Documents may be rendered as a tree of files.
         *
         *     Specify the `id` of another API Document as the `parent_document_id` to add some heirarchy do your documents.
         * @example null
         */
        ApiDocumentParentDocumentId: string | null;
        /**
         * API Document Slug
         * @description The `slug` is used in generated URLs to provide human readable paths.
         *
         *     Defaults to `slugify(title)`
         * @example api-document
         */
        ApiDocumentSlug: string;
        /** API Document Summary */
        ApiDocumentSummaryWithChildren: {
            id: components["schemas"]["ApiDocumentId"];
            title: components["schemas"]["ApiDocumentTitle"];
            slug: components["schemas"]["ApiDocumentSlug"];
            status: components["schemas"]["ApiDocumentStatus"];
            parent_document_id: components["schemas"]["ApiDocumentParentDocumentId"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            children: components["schemas"]["ApiDocumentSummaryWithChildren"][];
        };
        /** API Document */
        ApiDocument: {
            id?: components["schemas"]["ApiDocumentId"];
            content?: components["schemas"]["ApiDocumentContent"];
            title?: components["schemas"]["ApiDocumentTitle"];
            slug?: components["schemas"]["ApiDocumentSlug"];
            status?: components["schemas"]["ApiDocumentStatus"];
            parent_document_id?: components["schemas"]["ApiDocumentParentDocumentId"];
            created_at?: components["schemas"]["CreatedAt"];
            updated_at?: components["schemas"]["UpdatedAt"];
        };
        /**
         * Move document
         * @description move document request payload
         */
        MoveDocumentRequestPayload: {
            /**
             * Format: uuid
             * @description parent document id
             * @example dd4e1b98-3629-4dd3-acc0-759a726ffee2
             */
            parent_document_id?: string;
            /**
             * @description index of the document in the parent document's children
             * @example 1
             */
            index?: number;
        };
        /** API Version Summary */
        ApiVersionSummary: {
            /**
             * Format: uuid
             * @description The API version identifier.
             * @example 7710d5c4-d902-410b-992f-18b814155b53
             */
            readonly id?: string;
            /** @description The version of this api spec. */
            version?: string;
            spec?: {
                type?: components["schemas"]["ApiSpecType"];
            };
            created_at?: components["schemas"]["CreatedAt"];
            updated_at?: components["schemas"]["UpdatedAt"];
        } | null;
        /** API Version Request */
        APIVersionRequest: {
            /**
             * @description The version of the api.
             * @example 1.0.0
             */
            version?: string;
            spec?: {
                /**
                 * @description The raw content of API specification, in json or yaml format (OpenAPI or AsyncAPI).
                 * @example {"openapi":"3.0.3","info":{"title":"Example API","version":"1.0.0"},"paths":{"/example":{"get":{"summary":"Example endpoint","responses":{"200":{"description":"Successful response"}}}}}}
                 */
                content?: string;
            };
        };
        /** API Specification */
        ApiSpec: {
            /**
             * Format: uuid
             * @description The API specification identifier.
             * @example 7710d5c4-d902-410b-992f-18b814155b53
             */
            readonly id?: string;
            /**
             * @description The raw content of your API specification, in json or yaml format (OpenAPI or AsyncAPI).
             * @example {"openapi":"3.0.3","info":{"title":"Example API","version":"1.0.0"},"paths":{"/example":{"get":{"summary":"Example endpoint","responses":{"200":{"description":"Successful response"}}}}}}
             */
            content?: string;
            /** @description The errors that occurred while parsing the API specification. */
            readonly validation_messages?: {
                message: string;
            }[];
            /**
             * API Spec Type
             * @description The type of specification being stored. This allows us to render the specification correctly.
             * @example oas3
             * @enum {string}
             */
            type?: "oas2" | "oas3" | "asyncapi";
            created_at?: components["schemas"]["CreatedAt"];
            updated_at?: components["schemas"]["UpdatedAt"];
        };
        /** API Specification Validation Request Payload */
        ValidateApiSpecRequestPayload: {
            /** @description The raw content of your API specification (OpenAPI or AsyncAPI), in json or yaml, to be validated. */
            content: string;
        };
        /** API Specification Validation Success Response */
        ValidateApiSpecSuccessResponse: {
            /** @description Any informational messages or warnings generated during validation. Empty if none. */
            validation_messages: {
                message: string;
            }[];
        };
        /**
         * API Publication Visibility
         * @description The visibility of the API in the portal.
         *     Public API publications do not require authentication to view and retrieve information about them.
         *     Private API publications require authentication to retrieve information about them.
         * @default private
         * @enum {string}
         */
        ApiPublicationVisibility: "public" | "private";
        /**
         * API Publication Auth Strategy IDs
         * @description The auth strategy the API enforces for applications in the portal.
         *     Omitting this property means the portal's default application auth strategy will be used.
         *     Setting to null means the API will not require application authentication.
         *     DCR support for application registration is currently in development.
         */
        ApiPublicationAuthStrategyIds: string[] | null;
        /**
         * API Publication List Item
         * @description An API publication in a portal
         */
        ApiPublicationListItem: {
            /**
             * Format: uuid
             * @description The API identifier.
             * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
             */
            readonly api_id: string;
            /**
             * Format: uuid
             * @description The portal identifier.
             * @example 7710d5c4-d902-410b-992f-18b814155b53
             */
            readonly portal_id: string;
            auto_approve_registrations: components["schemas"]["AutoApproveRegistrations"];
            entity_type: components["schemas"]["EntityType"];
            visibility: components["schemas"]["ApiPublicationVisibility"];
            auth_strategy_ids: components["schemas"]["ApiPublicationAuthStrategyIds"];
            /** @description Informational warnings (e.g. incompatible fields stripped for ACE). Empty if none. */
            readonly warnings?: string[];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /**
         * Publication List Item
         * @description An API or API Package publication in a portal
         */
        PublicationListItem: {
            /**
             * Format: uuid
             * @description The API identifier.
             * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
             */
            readonly api_id: string;
            /**
             * @description The portal identifier.
             * @example [
             *       "7710d5c4-d902-410b-992f-18b814155b53"
             *     ]
             */
            readonly portal_ids: string[];
            auto_approve_registrations: components["schemas"]["AutoApproveRegistrations"];
            entity_type: components["schemas"]["EntityType"];
            visibility: components["schemas"]["ApiPublicationVisibility"];
            auth_strategy_ids: components["schemas"]["ApiPublicationAuthStrategyIds"];
            /** @description Informational warnings (e.g. incompatible fields stripped for ACE). Empty if none. */
            readonly warnings?: string[];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /**
         * Auto Approve Registrations
         * @description Whether the application registration auto approval on this portal for the api is enabled. If set to false, fallbacks on portal's auto_approve_applications value.
         */
        AutoApproveRegistrations: boolean;
        /**
         * API Publication
         * @description An API publication in a portal
         */
        ApiPublication: {
            auto_approve_registrations?: components["schemas"]["AutoApproveRegistrations"];
            auth_strategy_ids?: components["schemas"]["ApiPublicationAuthStrategyIds"];
            visibility?: components["schemas"]["ApiPublicationVisibility"];
            /** @description Informational warnings (e.g. incompatible fields stripped for ACE). Empty if none. */
            readonly warnings?: string[];
            created_at?: components["schemas"]["CreatedAt"];
            updated_at?: components["schemas"]["UpdatedAt"];
        };
        /**
         * API Package Publication
         * @description An API Package publication in a portal
         */
        ApiPackagePublication: {
            auto_approve_registrations?: components["schemas"]["AutoApproveRegistrations"];
            auth_strategy_ids?: components["schemas"]["ApiPublicationAuthStrategyIds"];
            visibility?: components["schemas"]["ApiPublicationVisibility"];
            /** @description Informational warnings (e.g. incompatible fields stripped for ACE). Empty if none. */
            readonly warnings?: string[];
            created_at?: components["schemas"]["CreatedAt"];
            updated_at?: components["schemas"]["UpdatedAt"];
        };
        /**
         * API Implementation Service
         * @description A Gateway service that implements an API
         */
        ApiImplementationService: {
            /**
             * Format: uuid
             * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
             */
            control_plane_id: string;
            /**
             * Format: uuid
             * @example 7710d5c4-d902-410b-992f-18b814155b53
             */
            id: string;
            readonly auth_strategy_sync_error?: components["schemas"]["AuthStrategyApiSyncError"];
        };
        /**
         * API Implementation Control Plane
         * @description A Control plane that implements an API
         */
        ApiImplementationControlPlane: {
            /** @description Indicates if the access control enforcement plugin is installed globally in the target control plane */
            readonly access_control_enforcement_enabled?: boolean;
            /**
             * Format: uuid
             * @example 7710d5c4-d902-410b-992f-18b814155b53
             */
            control_plane_id: string;
        };
        /**
         * API Implementation List Item
         * @description An entity that implements an API
         */
        ApiImplementationListItem: components["schemas"]["ApiImplementationListItemGatewayServiceEntity"] | components["schemas"]["ApiImplementationListItemControlPlaneEntity"];
        /**
         * ApiImplementationListItemGatewayServiceEntity
         * @description An API Implementation list item for gateway services
         */
        ApiImplementationListItemGatewayServiceEntity: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            /**
             * Format: uuid
             * @description The API identifier.
             * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
             */
            readonly api_id: string;
            service?: components["schemas"]["ApiImplementationService"];
        };
        /**
         * ApiImplementationListItemControlPlaneEntity
         * @description An API Implementation list item for control planes
         */
        ApiImplementationListItemControlPlaneEntity: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            /**
             * Format: uuid
             * @description The API identifier.
             * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
             */
            readonly api_id: string;
            control_plane: components["schemas"]["ApiImplementationControlPlane"];
        };
        /**
         * API Implementation
         * @description An entity that implements an API
         */
        ApiImplementation: components["schemas"]["ApiImplementationGatewayServiceEntity"] | components["schemas"]["ApiImplementationControlPlaneEntity"];
        /**
         * ApiImplementationGatewayServiceEntity
         * @description A gateway service that implements an API
         */
        ApiImplementationGatewayServiceEntity: {
            id?: components["schemas"]["UUID"];
            created_at?: components["schemas"]["CreatedAt"];
            updated_at?: components["schemas"]["UpdatedAt"];
            service?: components["schemas"]["ApiImplementationService"];
        };
        /**
         * ApiImplementationControlPlaneEntity
         * @description A control plane that implements an API
         */
        ApiImplementationControlPlaneEntity: {
            id?: components["schemas"]["UUID"];
            created_at?: components["schemas"]["CreatedAt"];
            updated_at?: components["schemas"]["UpdatedAt"];
            control_plane?: components["schemas"]["ApiImplementationControlPlane"];
        };
        /**
         * API Attribute List Item
         * @description Entities that describe APIs
         */
        ApiAttributeListItem: {
            id: components["schemas"]["UUID"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            /**
             * Format: ^[a-z0-9-_]{0,128}$
             * @description A unique key that can contain lowercase letters, numbers, hyphens, and underscores
             * @example kind
             */
            key: string;
            values: {
                /**
                 * @description A keyword describing the API under the attribute key
                 * @example REST
                 */
                value: string;
                api_count: number;
            }[];
        };
        /**
         * API Attributes
         * @description A set of attributes that describe the API
         * @default {}
         * @example {
         *       "env": [
         *         "production"
         *       ],
         *       "domains": [
         *         "web",
         *         "mobile"
         *       ]
         *     }
         */
        ApiAttributes: {
            [key: string]: string[] | null;
        };
        /**
         * API Operation
         * @description An operation linked to an API
         */
        ApiOperation: {
            /**
             * Format: uuid
             * @description The API operation identifier.
             * @example b42d905a-ed33-46a3-a093-d8f536af9a8a
             */
            readonly id: string;
            method: components["schemas"]["Method"];
            /**
             * @description The path of the operation.
             * @example /users/*
             */
            path: string;
            implementation_status?: components["schemas"]["ApiOperationImplementationStatus"];
        };
        /**
         * API Operation Implementation Status
         * @description The implementation status of the operation.
         */
        ApiOperationImplementationStatus: {
            /** @description Whether the operation is matched by a Kong route in the control plane */
            readonly matched: boolean;
            readonly route: {
                /**
                 * Format: uuid
                 * @description The route identifier
                 */
                id: string;
                /** @description The name of the route */
                name: string;
            } | null;
            readonly service: {
                /**
                 * Format: uuid
                 * @description The service identifier
                 */
                id: string;
                /** @description The name of the service */
                name: string;
            } | null;
        };
        /**
         * JSON Patch Operation
         * @description A JSON Patch operation to add or remove API Operations from a Package.
         */
        APIPackageJSONPatchOperation: components["schemas"]["APIPackageJSONPatchItem"][];
        /** @description A JSON Patch operation to add or remove an API Operation from a Package. */
        APIPackageJSONPatchItem: {
            /**
             * @description The operation to perform.
             * @enum {string}
             */
            op: "add" | "remove" | "replace";
            /** @description The path to the API Operation in the Package, in the format "operations/<uuid>". */
            path: string;
            value?: {
                rate_limiting_config: components["schemas"]["RateLimitingConfig"];
            };
        };
        /** API Filter Parameters */
        ApiFilterParameters: {
            id?: components["schemas"]["UuidFieldFilter"];
            name?: components["schemas"]["StringFieldFilter"];
            version?: components["schemas"]["StringFieldFilter"];
            labels?: components["schemas"]["LabelsFieldFilter"];
            attributes?: components["schemas"]["AttributesFieldFilter"];
            implementation_mode?: components["schemas"]["StringFieldFilter"];
            created_at?: components["schemas"]["DateTimeFieldFilter"];
            updated_at?: components["schemas"]["DateTimeFieldFilter"];
        };
        /** API Package Filter Parameters */
        ApiPackageFilterParameters: {
            id?: components["schemas"]["UuidFieldFilter"];
            name?: components["schemas"]["StringFieldFilter"];
            version?: components["schemas"]["StringFieldFilter"];
            labels?: components["schemas"]["LabelsFieldFilter"];
            attributes?: components["schemas"]["AttributesFieldFilter"];
            created_at?: components["schemas"]["DateTimeFieldFilter"];
            updated_at?: components["schemas"]["DateTimeFieldFilter"];
        };
        /** API Package Operations Filter Parameters */
        ApiPackageOperationsFilterParameters: {
            api_id?: components["schemas"]["UuidFieldFilter"];
            method?: components["schemas"]["StringFieldFilter"];
            path?: components["schemas"]["StringFieldFilter"];
            created_at?: components["schemas"]["DateTimeFieldFilter"];
            updated_at?: components["schemas"]["DateTimeFieldFilter"];
        };
        /** API Document Filter Parameters */
        ApiDocumentFilterParameters: {
            status?: components["schemas"]["StringFieldFilter"];
        };
        /** API Spec Filter Parameters */
        ApiSpecFilterParameters: {
            type?: components["schemas"]["StringFieldFilter"];
        };
        /** API Spec Filter Parameters */
        ApiVersionFilterParameters: {
            type?: components["schemas"]["StringFieldFilter"];
            version?: components["schemas"]["StringFieldFilter"];
        };
        /** API Publication Filter Parameters */
        ApiPublicationFilterParameters: {
            portal_id?: components["schemas"]["UuidFieldFilter"];
            portal_name?: components["schemas"]["StringFieldFilter"];
            api_id?: components["schemas"]["UuidFieldFilter"];
            api_name?: components["schemas"]["StringFieldFilter"];
            auth_strategy_id?: components["schemas"]["UuidFieldFilter"];
            entity_type?: components["schemas"]["StringFieldFilter"];
        };
        /**
         * Portal API Publication Filter Parameters
         * @description API Publication filters excluding portal-specific fields (since portal is already specified in path)
         */
        PortalApiPublicationFilterParameters: {
            api_id?: components["schemas"]["UuidFieldFilter"];
            api_name?: components["schemas"]["StringFieldFilter"];
            auth_strategy_id?: components["schemas"]["UuidFieldFilter"];
            entity_type?: components["schemas"]["StringFieldFilter"];
        };
        /** API Implementation Filter Parameters */
        ApiImplementationFilterParameters: {
            id?: components["schemas"]["UuidFieldFilter"];
            api_id?: components["schemas"]["UuidFieldFilter"];
            service_id?: components["schemas"]["UuidFieldFilter"];
            control_plane_id?: components["schemas"]["UuidFieldFilter"];
            created_at?: components["schemas"]["DateTimeFieldFilter"];
            updated_at?: components["schemas"]["DateTimeFieldFilter"];
        };
        /** API Attribute Filter Parameters */
        ApiAttributeFilterParameters: {
            id?: components["schemas"]["UuidFieldFilter"];
            key?: components["schemas"]["UuidFieldFilter"];
            created_at?: components["schemas"]["DateTimeFieldFilter"];
            updated_at?: components["schemas"]["DateTimeFieldFilter"];
        };
        /** API Operation Filter Parameters */
        ApiOperationFilterParameters: {
            method?: components["schemas"]["StringFieldFilter"];
            path?: components["schemas"]["StringFieldFilter"];
        };
        /** API Package */
        ApiPackageResponseSchema: {
            /**
             * Format: uuid
             * @description The API Package identifier.
             * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
             */
            readonly id: string;
            /**
             * @description The name of your API Package. The `name + version` combination must be unique for each API Package you publish.
             * @example MyAPIPackage
             */
            name: string;
            /** @description A description of your API Package. Will be visible on your live Portal. */
            description?: string | null;
            /**
             * @description The unique slug for your API Package, It should be unique across all APIs and API Packages.
             * @example my-api-package-v1
             */
            slug: string | null;
            /** @description An optional version for your API Package. Leave this empty if your API Package is unversioned. */
            version: string | null;
            rate_limiting_config: components["schemas"]["RateLimitingConfig"];
            labels: components["schemas"]["Labels"];
            attributes: components["schemas"]["ApiAttributes"];
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /** API Package Operation Response */
        ApiPackageOperationResponseSchema: {
            /**
             * Format: uuid
             * @description The API Operation identifier.
             * @example 0f5061ce-78f6-4452-9108-ad7c02821fd6
             */
            readonly id: string;
            readonly api: {
                /**
                 * Format: uuid
                 * @description The API identifier.
                 * @example 0f5061ce-78f6-4452-9108-ad7c02821fd6
                 */
                readonly id: string;
                /**
                 * @description The name of the API this operation belongs to.
                 * @example MyAPI
                 */
                readonly name: string;
                /**
                 * @description The version of the API this operation belongs to.
                 * @example 1.0.0
                 */
                readonly version: string;
            };
            method: components["schemas"]["Method"];
            /**
             * @description The path of the API Operation.
             * @example /users/{user_id}
             */
            readonly path: string;
            /**
             * Rate Limiting configuration
             * @description Rate limit configuration that can be applied to an API Package or an API Package Operation.
             */
            readonly rate_limiting_config: {
                /** @description The amount of requests allowed for each operation within the specified duration. */
                limit: number;
                /**
                 * @description The timeframe to ensure that an application does not exceed the request limit.
                 * @enum {string}
                 */
                duration: "seconds" | "minutes" | "hours";
            } | null;
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
            implementation_status?: components["schemas"]["ApiOperationImplementationStatus"];
        };
        /**
         * @description The HTTP method of an API Operation.
         * @enum {string}
         */
        Method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "OPTIONS" | "HEAD" | "CONNECT" | "TRACE";
        /**
         * Rate Limiting configuration
         * @description Rate limit configuration that can be applied to an API Package or an API Package Operation.
         */
        RateLimitingConfig: {
            /** @description The amount of requests allowed for each operation within the specified duration. */
            limit: number;
            /**
             * @description The timeframe to ensure that an application does not exceed the request limit.
             * @enum {string}
             */
            duration: "seconds" | "minutes" | "hours";
        } | null;
        /** Image Status */
        APIPackageImage: {
            /**
             * @description An error related to the image invalid status.
             * @example null
             */
            readonly error: string | null;
            /**
             * @description The status of the image.
             * @example valid
             * @enum {string}
             */
            readonly status: "uploading" | "validating" | "valid" | "invalid";
            /**
             * Format: uuid
             * @description The API identifier which the image belongs to.
             * @example 123e4567-e89b-12d3-a456-426614174000
             */
            readonly api_package_id: string;
            image_type: components["schemas"]["ImageTypeSchema"] & unknown;
            created_at: components["schemas"]["CreatedAt"];
            updated_at: components["schemas"]["UpdatedAt"];
        };
        /**
         * ApiRegistrationsListResponse
         * @description The response for a list of API registrations.
         */
        ApiRegistrationsListResponse: {
            meta: components["schemas"]["PaginatedMeta"];
            data: components["schemas"]["ApiRegistration"][];
        };
        /**
         * ApiRegistration
         * @description An API registration.
         */
        ApiRegistration: {
            id: components["schemas"]["UUID"];
            /** @enum {string} */
            status: "approved" | "pending" | "rejected" | "revoked";
            portal: {
                id: components["schemas"]["UUID"];
                name: string;
            };
            application: {
                id: components["schemas"]["UUID"];
                name: string;
                description?: string;
                owner: components["schemas"]["ApplicationOwner"];
            };
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
        LabelsFieldFilter: unknown & components["schemas"]["StringFieldFilter"];
        AttributesFieldFilter: unknown & components["schemas"]["StringFieldFilter"];
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
         * SortQuery
         * @description The `asc` suffix is optional as the default sort order is ascending.
         *     The `desc` suffix is used to specify a descending order.
         *     Multiple sort attributes may be provided via a comma separated list.
         *     JSONPath notation may be used to specify a sub-attribute (eg: 'foo.bar desc').
         * @example created_at desc
         */
        SortQuery: string;
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
         * API Spec Type
         * @description The type of specification being stored. This allows us to render the specification correctly.
         * @example oas3
         * @enum {string}
         */
        ApiSpecType: "oas2" | "oas3" | "asyncapi";
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
        UnsupportedMediaTypeError: components["schemas"]["BaseError"] & {
            /** @example 415 */
            status?: unknown;
            /** @example UnsupportedMediaType */
            title?: unknown;
            /** @example https://httpstatuses.com/415 */
            type?: unknown;
            /** @example kong:trace:1234567890 */
            instance?: unknown;
            /** @example UnsupportedMediaType */
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
         * ImageSVGDataUri
         * Format: uri
         * @description must be a data URL with base64 SVG image data, e.g., data:image/svg\+xml;base64,<BASE64_IMAGE_DATA>
         * @example data:image/svg+xml,YW5faW1hZ2VfZmlsZQ==
         */
        ImageSVGDataUri: string;
        /**
         * Entity Type
         * @description The type of entity that is being published. Can be either an API or an API Package.
         * @example api
         * @enum {string}
         */
        EntityType: "api" | "api_package";
        /**
         * Format: uuid
         * @description Contains a unique identifier used for this resource.
         * @example 5f9fd312-a987-4628-b4c5-bb4f4fddd5f7
         */
        UUID: string;
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
    };
    responses: {
        /** @description Conflict - `slug` property must be unique */
        ApiSlugConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": {
                    status: number;
                    title: string;
                    type?: string;
                    instance: string;
                };
            };
        };
        /** @description Conflict - An API may only have one specification */
        ApiSpecConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConflictError"];
            };
        };
        /** @description Conflict - name attribute must be unique across specifications */
        ApiSpecHiddenConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConflictError"];
            };
        };
        /** @description Conflict - May occur when constraints are violated */
        ApiVersionPatchConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConflictError"];
            };
        };
        /** @description Conflict - A gateway service can only be linked to a single API */
        ApiImplementationConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConflictError"];
            };
        };
        /** @description ApiUnauthorized */
        ApiUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description Not Found */
        ApiNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description ApiForbidden */
        ApiForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ForbiddenError"];
            };
        };
        /** @description Bad Request */
        ApiPublicationBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description API */
        ApiResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiResponseSchema"];
            };
        };
        /** @description List of APIs */
        ListApiResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: components["schemas"]["ApiResponseSchema"][];
                };
            };
        };
        /** @description API Package */
        ApiPackageResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiPackageResponseSchema"];
            };
        };
        /** @description API Package Operation */
        ApiPackageOperationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiPackageOperationResponseSchema"];
            };
        };
        /** @description List of API Packages */
        ListApiPackagesResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: components["schemas"]["ApiPackageResponseSchema"][];
                };
            };
        };
        /** @description List of API Package Operations */
        ListApiPackagesOperationsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: components["schemas"]["ApiPackageOperationResponseSchema"][];
                };
            };
        };
        /** @description API Package document */
        ApiPackageDocumentResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    id: components["schemas"]["ApiDocumentId"];
                    content: components["schemas"]["ApiDocumentContent"];
                    title: components["schemas"]["ApiDocumentTitle"];
                    slug: components["schemas"]["ApiDocumentSlug"];
                    status: components["schemas"]["ApiDocumentStatus"];
                    parent_document_id: components["schemas"]["ApiDocumentParentDocumentId"];
                    created_at: components["schemas"]["CreatedAt"];
                    updated_at: components["schemas"]["UpdatedAt"];
                };
            };
        };
        /** @description API document */
        ApiDocumentResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    id: components["schemas"]["ApiDocumentId"];
                    content: components["schemas"]["ApiDocumentContent"];
                    title: components["schemas"]["ApiDocumentTitle"];
                    slug: components["schemas"]["ApiDocumentSlug"];
                    status: components["schemas"]["ApiDocumentStatus"];
                    parent_document_id: components["schemas"]["ApiDocumentParentDocumentId"];
                    created_at: components["schemas"]["CreatedAt"];
                    updated_at: components["schemas"]["UpdatedAt"];
                };
            };
        };
        /** @description List of API Package documents */
        ListApiPackageDocumentResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["ApiDocumentSummaryWithChildren"][];
                };
            };
        };
        /** @description List of API documents */
        ListApiDocumentResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["ApiDocumentSummaryWithChildren"][];
                };
            };
        };
        /** @description API specification (OpenAPI or AsyncAPI) */
        ApiSpecResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The API specification identifier.
                     * @example 7710d5c4-d902-410b-992f-18b814155b53
                     */
                    readonly id: string;
                    /**
                     * @description The raw content of your API specification, in json or yaml format (OpenAPI or AsyncAPI).
                     * @example {"openapi":"3.0.3","info":{"title":"Example API","version":"1.0.0"},"paths":{"/example":{"get":{"summary":"Example endpoint","responses":{"200":{"description":"Successful response"}}}}}}
                     */
                    content: string;
                    /** @description The errors that occurred while parsing the API specification. */
                    readonly validation_messages: {
                        message: string;
                    }[];
                    /**
                     * API Spec Type
                     * @description The type of specification being stored. This allows us to render the specification correctly.
                     * @example oas3
                     * @enum {string}
                     */
                    type: "oas2" | "oas3" | "asyncapi";
                    created_at: components["schemas"]["CreatedAt"];
                    updated_at: components["schemas"]["UpdatedAt"];
                };
            };
        };
        /** @description List of API specifications (OpenAPI or AsyncAPI) */
        ListApiSpecResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: {
                        /**
                         * Format: uuid
                         * @description The API specification identifier.
                         * @example 7710d5c4-d902-410b-992f-18b814155b53
                         */
                        readonly id: string;
                        type: components["schemas"]["ApiSpecType"];
                        created_at: components["schemas"]["CreatedAt"];
                        updated_at: components["schemas"]["UpdatedAt"];
                    }[];
                };
            };
        };
        /** @description API version (OpenAPI or AsyncAPI) */
        ApiVersionResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The API version identifier.
                     * @example 7710d5c4-d902-410b-992f-18b814155b53
                     */
                    readonly id: string;
                    /**
                     * @description The version of the api.
                     * @example 1.0.0
                     */
                    version: string;
                    spec?: {
                        /**
                         * @description The raw content of your API spec, in json or yaml format (OpenAPI or AsyncAPI).
                         * @example {"openapi":"3.0.3","info":{"title":"Example API","version":"1.0.0"},"paths":{"/example":{"get":{"summary":"Example endpoint","responses":{"200":{"description":"Successful response"}}}}}}
                         */
                        content?: string;
                        /**
                         * API Spec Type
                         * @description The type of specification being stored. This allows us to render the specification correctly.
                         * @example oas3
                         * @enum {string}
                         */
                        readonly type?: "oas2" | "oas3" | "asyncapi";
                        /** @description The errors that occurred while parsing the API version spec. */
                        readonly validation_messages?: {
                            message: string;
                        }[];
                    };
                    created_at: components["schemas"]["CreatedAt"];
                    updated_at: components["schemas"]["UpdatedAt"];
                };
            };
        };
        /** @description List of API specifications (OpenAPI or AsyncAPI) */
        ListApiVersionResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: {
                        /**
                         * Format: uuid
                         * @description The API version identifier.
                         * @example 7710d5c4-d902-410b-992f-18b814155b53
                         */
                        readonly id: string;
                        /** @description The version of this api spec. */
                        version: string;
                        spec?: {
                            type?: components["schemas"]["ApiSpecType"];
                        };
                        created_at: components["schemas"]["CreatedAt"];
                        updated_at: components["schemas"]["UpdatedAt"];
                    }[];
                };
            };
        };
        /** @description An API publication in a portal */
        ApiPublicationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    auto_approve_registrations?: components["schemas"]["AutoApproveRegistrations"];
                    auth_strategy_ids: components["schemas"]["ApiPublicationAuthStrategyIds"];
                    visibility: components["schemas"]["ApiPublicationVisibility"];
                    /** @description Informational warnings (e.g. incompatible fields stripped for ACE). Empty if none. */
                    readonly warnings?: string[];
                    created_at: components["schemas"]["CreatedAt"];
                    updated_at: components["schemas"]["UpdatedAt"];
                };
            };
        };
        /** @description Paginated list of API publications */
        ListApiPublicationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: components["schemas"]["ApiPublicationListItem"][];
                };
            };
        };
        /** @description Paginated list of publications */
        ListPublicationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: components["schemas"]["PublicationListItem"][];
                };
            };
        };
        /** @description An API Package publication in a portal */
        ApiPackagePublicationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    auto_approve_registrations?: components["schemas"]["AutoApproveRegistrations"];
                    auth_strategy_ids: components["schemas"]["ApiPublicationAuthStrategyIds"];
                    visibility: components["schemas"]["ApiPublicationVisibility"];
                    /** @description Informational warnings (e.g. incompatible fields stripped for ACE). Empty if none. */
                    readonly warnings?: string[];
                    created_at: components["schemas"]["CreatedAt"];
                    updated_at: components["schemas"]["UpdatedAt"];
                };
            };
        };
        /** @description An API implementation */
        ApiImplementationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiImplementationGatewayServiceEntity"] | components["schemas"]["ApiImplementationControlPlaneEntity"];
            };
        };
        /** @description Paginated list of API implementations */
        ListApiImplementationsResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: components["schemas"]["ApiImplementationListItem"][];
                };
            };
        };
        /** @description Paginated list of API attributes */
        ListApiAttributesResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: components["schemas"]["ApiAttributeListItem"][];
                };
            };
        };
        /** @description API specification (OpenAPI or AsyncAPI) validation successful */
        ValidateApiSpecSuccessResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidateApiSpecSuccessResponse"];
            };
        };
        /** @description An API operation */
        ApiOperationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiOperation"];
            };
        };
        /** @description Paginated list of API operations */
        ListApiOperationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    meta: components["schemas"]["PaginatedMeta"];
                    data: components["schemas"]["ApiOperation"][];
                };
            };
        };
        /** @description ApiImageResponse */
        ApiImageResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["APIImage"];
            };
        };
        /** @description ApiImageUnauthorized */
        ApiImageUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description Not Found */
        ApiImageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description ApiImageForbidden */
        ApiImageForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ForbiddenError"];
            };
        };
        /** @description Conflict - The image is currently being updated by another request */
        ApiImageConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConflictError"];
            };
        };
        /** @description ApiPackageImageResponse */
        ApiPackageImageResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["APIPackageImage"];
            };
        };
        /** @description ApiPackageImageUnauthorized */
        ApiPackageImageUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description Not Found */
        ApiPackageImageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description ApiImageForbidden */
        ApiPackageImageForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ForbiddenError"];
            };
        };
        /** @description Conflict - The image is currently being updated by another request */
        ApiPackageImageConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ConflictError"];
            };
        };
        /** @description Paginated list of registrations for an API. */
        ApiRegistrationsList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiRegistrationsListResponse"];
            };
        };
        /** @description Unsupported Media Type */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["UnsupportedMediaTypeError"];
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
        /** @description Filters API attributes in the response. */
        ApiAttributeFilters: components["schemas"]["ApiAttributeFilterParameters"];
        /**
         * @description Sorts a collection of API attributes. Supported sort attributes are:
         *       - id
         *       - key
         *       - created_at
         *       - updated_at
         */
        ApiAttributeSort: components["schemas"]["SortQuery"];
        /** @description Filters API Documents in the response. */
        ApiDocumentFilters: components["schemas"]["ApiDocumentFilterParameters"];
        /** @description Filters APIs in the response. */
        ApiFilters: components["schemas"]["ApiFilterParameters"];
        /** @description The UUID API identifier */
        ApiId: string;
        /** @description Filters APIs in the response. */
        ApiImplementationFilters: components["schemas"]["ApiImplementationFilterParameters"];
        /**
         * @description Sorts a collection of API implementations. Supported sort attributes are:
         *       - id
         *       - api_id
         *       - control_plane_id
         *       - service_id
         *       - created_at
         *       - updated_at
         */
        ApiImplementationSort: components["schemas"]["SortQuery"];
        /** @description Filters API Operations in the response. */
        ApiOperationFilters: components["schemas"]["ApiOperationFilterParameters"];
        /** @description Filters API Packages in the response. */
        ApiPackageFilters: components["schemas"]["ApiPackageFilterParameters"];
        /** @description The UUID API Package identifier */
        ApiPackageId: string;
        /** @description Filters API Packages operations in the response. */
        ApiPackageOperationsFilters: components["schemas"]["ApiPackageOperationsFilterParameters"];
        /**
         * @description Sorts a collection of API Packages Operations. Supported sort attributes are:
         *       - path
         *       - method
         *       - api_id
         *       - created_at
         *       - updated_at
         */
        ApiPackageOperationsSort: components["schemas"]["SortQuery"];
        /**
         * @description Sorts a collection of API Packages. Supported sort attributes are:
         *       - name
         *       - version
         *       - created_at
         *       - updated_at
         */
        ApiPackageSort: components["schemas"]["SortQuery"];
        /** @description Filters API Publications in the response. */
        ApiPublicationFilters: components["schemas"]["ApiPublicationFilterParameters"];
        /**
         * @description Sorts a collection of API publications. Supported sort attributes are:
         *       - portal_id
         *       - portal_name
         *       - api_id
         *       - api_name
         *       - created_at
         *       - updated_at
         */
        ApiPublicationSort: components["schemas"]["SortQuery"];
        /** @description Filters API registrations in the response. */
        ApiRegistrationsFilters: {
            status?: components["schemas"]["StringFieldFilter"];
            portal_id?: components["schemas"]["UuidFieldFilter"];
            portal_name?: components["schemas"]["StringFieldFilter"];
            application_id?: components["schemas"]["UuidFieldFilter"];
            application_name?: components["schemas"]["StringFieldFilter"];
            application_owner_type?: components["schemas"]["StringFieldFilter"];
            application_owner_id?: components["schemas"]["UuidFieldFilter"];
        };
        /**
         * @description Sorts a collection of APIs. Supported sort attributes are:
         *       - name
         *       - version
         *       - created_at
         *       - updated_at
         */
        ApiSort: components["schemas"]["SortQuery"];
        /** @description Filters API Specs in the response. */
        ApiSpecFilters: components["schemas"]["ApiSpecFilterParameters"];
        /** @description Filters API Version in the response. */
        ApiVersionFilters: components["schemas"]["ApiVersionFilterParameters"];
        /**
         * @description Sorts a collection of API versions. Supported sort attributes are:
         *       - created_at
         */
        ApiVersionSort: components["schemas"]["SortQuery"];
        /** @description The document identifier related to the API */
        DocumentId: string;
        /** @description The Supported image type. */
        ImageType: components["schemas"]["ImageTypeSchema"];
        /** @description The Portal identifier */
        ImplementationId: string;
        /** @description The API operation identifier */
        OperationId: string;
        /** @description Determines which page of the entities to retrieve. */
        PageNumber: number;
        /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
        PageSize: number;
        /** @description Filters API Publications in a portal response (excludes portal-specific filters). */
        PortalApiPublicationFilters: components["schemas"]["PortalApiPublicationFilterParameters"];
        /**
         * @description Sorts a collection of API publications within a portal. Supported sort attributes are:
         *       - api_id
         *       - api_name
         *       - created_at
         *       - updated_at
         */
        PortalApiPublicationSort: components["schemas"]["SortQuery"];
        /** @description The Portal identifier */
        PortalId: string;
        /** @description The API specification identifier */
        SpecId: string;
        /** @description The API version identifier */
        VersionId: string;
    };
    requestBodies: {
        CreateApiRequest: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The API identifier.
                     * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
                     */
                    readonly id?: string;
                    /**
                     * @description The name of your API. The `name + version` combination must be unique for each API you publish.
                     * @example MyAPI
                     */
                    name: string;
                    /** @description A description of your API. Will be visible on your live Portal. */
                    description?: string | null;
                    /** @description An optional version for your API. Leave this empty if your API is unversioned. */
                    version?: string | null;
                    current_version_summary?: components["schemas"]["ApiVersionSummary"];
                    /**
                     * @description The `slug` is used in generated URLs to provide human readable paths.
                     *
                     *     Defaults to `slugify(name + version)`
                     * @example my-api-v1
                     */
                    slug?: string | null;
                    /**
                     * @deprecated
                     * @description The list of API specification ids for the API.
                     */
                    readonly api_spec_ids?: string[];
                    /** @description The list of portals which this API is published to. */
                    readonly portals?: {
                        /**
                         * Format: uuid
                         * @description The portal identifier.
                         * @example 25a2624c-49fc-4764-99e1-224ed819f200
                         */
                        id: string;
                        /**
                         * @description The name of the portal, used to distinguish it from other portals.
                         * @example My Portal
                         */
                        name: string;
                        /**
                         * @description The display name of the portal. This value will be the portal's `name` in Portal API.
                         * @example My Portal
                         */
                        display_name: string;
                    }[];
                    labels?: components["schemas"]["Labels"];
                    /** @description the implementations that are associated with this api either gateway_entity_binding or access_control_enforcement */
                    readonly implementation_mode?: string | null;
                    attributes?: components["schemas"]["ApiAttributes"];
                    created_at?: components["schemas"]["CreatedAt"];
                    updated_at?: components["schemas"]["UpdatedAt"];
                    /** @description The content of the API specification. This is the raw content of the API specification, in json or yaml. By including this field, you can add a API specification without having to make a separate call to update the API specification. */
                    spec_content?: string;
                };
            };
        };
        CreateApiPackageRequest: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The API Package identifier.
                     * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
                     */
                    readonly id?: string;
                    /**
                     * @description The name of your API Package. The `name + version` combination must be unique for each API Package you publish.
                     * @example MyAPIPackage
                     */
                    name: string;
                    /** @description A description of your API Package. Will be visible on your live Portal. */
                    description?: string | null;
                    /**
                     * @description The unique slug for your API Package, It should be unique across all APIs and API Packages.
                     * @example my-api-package-v1
                     */
                    slug?: string | null;
                    /** @description An optional version for your API Package. Leave this empty if your API Package is unversioned. */
                    version?: string | null;
                    rate_limiting_config?: components["schemas"]["RateLimitingConfig"];
                    labels?: components["schemas"]["Labels"];
                    attributes?: components["schemas"]["ApiAttributes"];
                    created_at?: components["schemas"]["CreatedAt"];
                    updated_at?: components["schemas"]["UpdatedAt"];
                };
            };
        };
        CreateApiSpecRequest: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The API specification identifier.
                     * @example 7710d5c4-d902-410b-992f-18b814155b53
                     */
                    readonly id?: string;
                    /**
                     * @description The raw content of your API specification, in json or yaml format (OpenAPI or AsyncAPI).
                     * @example {"openapi":"3.0.3","info":{"title":"Example API","version":"1.0.0"},"paths":{"/example":{"get":{"summary":"Example endpoint","responses":{"200":{"description":"Successful response"}}}}}}
                     */
                    content: string;
                    /** @description The errors that occurred while parsing the API specification. */
                    readonly validation_messages?: {
                        message: string;
                    }[];
                    /**
                     * API Spec Type
                     * @description The type of specification being stored. This allows us to render the specification correctly.
                     * @example oas3
                     * @enum {string}
                     */
                    type?: "oas2" | "oas3" | "asyncapi";
                    created_at?: components["schemas"]["CreatedAt"];
                    updated_at?: components["schemas"]["UpdatedAt"];
                };
            };
        };
        CreateApiVersionRequest: {
            content: {
                "application/json": {
                    /**
                     * @description The version of the api.
                     * @example 1.0.0
                     */
                    version?: string;
                    spec: {
                        /**
                         * @description The raw content of API specification, in json or yaml format (OpenAPI or AsyncAPI).
                         * @example {"openapi":"3.0.3","info":{"title":"Example API","version":"1.0.0"},"paths":{"/example":{"get":{"summary":"Example endpoint","responses":{"200":{"description":"Successful response"}}}}}}
                         */
                        content?: string;
                    };
                };
            };
        };
        CreateApiDocumentRequest: {
            content: {
                "application/json": {
                    id?: components["schemas"]["ApiDocumentId"];
                    content: components["schemas"]["ApiDocumentContent"];
                    title?: components["schemas"]["ApiDocumentTitle"];
                    slug?: components["schemas"]["ApiDocumentSlug"];
                    status?: components["schemas"]["ApiDocumentStatus"];
                    parent_document_id?: components["schemas"]["ApiDocumentParentDocumentId"];
                    created_at?: components["schemas"]["CreatedAt"];
                    updated_at?: components["schemas"]["UpdatedAt"];
                };
            };
        };
        UpdateApiRequest: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The API identifier.
                     * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
                     */
                    readonly id?: string;
                    /**
                     * @description The name of your API. The `name + version` combination must be unique for each API you publish.
                     * @example MyAPI
                     */
                    name?: string;
                    /** @description A description of your API. Will be visible on your live Portal. */
                    description?: string | null;
                    /** @description An optional version for your API. Leave this empty if your API is unversioned. */
                    version?: string | null;
                    current_version_summary?: components["schemas"]["ApiVersionSummary"];
                    /**
                     * @description The `slug` is used in generated URLs to provide human readable paths.
                     *
                     *     Defaults to `slugify(name + version)`
                     * @example my-api-v1
                     */
                    slug?: string | null;
                    /**
                     * @deprecated
                     * @description The list of API specification ids for the API.
                     */
                    readonly api_spec_ids?: string[];
                    /** @description The list of portals which this API is published to. */
                    readonly portals?: {
                        /**
                         * Format: uuid
                         * @description The portal identifier.
                         * @example 25a2624c-49fc-4764-99e1-224ed819f200
                         */
                        id: string;
                        /**
                         * @description The name of the portal, used to distinguish it from other portals.
                         * @example My Portal
                         */
                        name: string;
                        /**
                         * @description The display name of the portal. This value will be the portal's `name` in Portal API.
                         * @example My Portal
                         */
                        display_name: string;
                    }[];
                    labels?: components["schemas"]["LabelsUpdate"];
                    /** @description the implementations that are associated with this api either gateway_entity_binding or access_control_enforcement */
                    readonly implementation_mode?: string | null;
                    attributes?: components["schemas"]["ApiAttributes"];
                    created_at?: components["schemas"]["CreatedAt"];
                    updated_at?: components["schemas"]["UpdatedAt"];
                };
            };
        };
        UpdateApiPackageRequest: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The API Package identifier.
                     * @example 9f5061ce-78f6-4452-9108-ad7c02821fd5
                     */
                    readonly id?: string;
                    /**
                     * @description The name of your API Package. The `name + version` combination must be unique for each API Package you publish.
                     * @example MyAPIPackage
                     */
                    name?: string;
                    /** @description A description of your API Package. Will be visible on your live Portal. */
                    description?: string | null;
                    /**
                     * @description The unique slug for your API Package, It should be unique across all APIs and API Packages.
                     * @example my-api-package-v1
                     */
                    slug?: string | null;
                    /** @description An optional version for your API Package. Leave this empty if your API Package is unversioned. */
                    version?: string | null;
                    rate_limiting_config?: components["schemas"]["RateLimitingConfig"];
                    labels?: components["schemas"]["LabelsUpdate"];
                    attributes?: components["schemas"]["ApiAttributes"];
                    created_at?: components["schemas"]["CreatedAt"];
                    updated_at?: components["schemas"]["UpdatedAt"];
                };
            };
        };
        UpdateApiPackageOperationRequest: {
            content: {
                "application/json": components["schemas"]["APIPackageJSONPatchOperation"];
            };
        };
        UpdateApiDocumentRequest: {
            content: {
                "application/json": components["schemas"]["ApiDocument"];
            };
        };
        UpdateApiSpecRequest: {
            content: {
                "application/json": components["schemas"]["ApiSpec"];
            };
        };
        UpdateApiVersionRequest: {
            content: {
                "application/json": components["schemas"]["APIVersionRequest"];
            };
        };
        PutApiPublicationRequest: {
            content: {
                "application/json": components["schemas"]["ApiPublication"];
            };
        };
        PutApiPackagePublicationRequest: {
            content: {
                "application/json": components["schemas"]["ApiPackagePublication"];
            };
        };
        CreateApiImplementationRequest: {
            content: {
                "application/json": components["schemas"]["ApiImplementation"];
            };
        };
        /** @description move document */
        MoveDocumentRequest: {
            content: {
                "application/json": components["schemas"]["MoveDocumentRequestPayload"];
            };
        };
        /** @description Specification content and type for validation. */
        ValidateApiSpecRequest: {
            content: {
                "application/json": components["schemas"]["ValidateApiSpecRequestPayload"];
            };
        };
        /** @description Request body to upload an image base64 dataURI for API. */
        ReplaceApiImageRequest: {
            content: {
                "application/json": components["schemas"]["ReplaceImageRequestSchema"];
            };
        };
        /** @description Request body to upload an image base64 dataURI for API. */
        ReplaceApiPackageImageRequest: {
            content: {
                "application/json": components["schemas"]["ReplaceImageRequestSchema"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "list-apis": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters APIs in the response. */
                filter?: components["parameters"]["ApiFilters"];
                /**
                 * @description Sorts a collection of APIs. Supported sort attributes are:
                 *       - name
                 *       - version
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["ApiSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "create-api": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateApiRequest"];
        responses: {
            201: components["responses"]["ApiResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "validate-specification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ValidateApiSpecRequest"];
        responses: {
            201: components["responses"]["ValidateApiSpecSuccessResponse"];
            /** @description Bad Request - Either the request format is invalid or the specification content failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "fetch-api": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "delete-api": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "update-api": {
        parameters: {
            query?: {
                /**
                 * @description If true, allows operations to be removed from the current version when using access control enforcement.
                 *     If false, operations removal will be rejected with a 409 error.
                 *     Omitting the value means true.
                 */
                force?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApiRequest"];
        responses: {
            200: components["responses"]["ApiResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiVersionPatchConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "list-api-documents": {
        parameters: {
            query?: {
                /** @description Filters API Documents in the response. */
                filter?: components["parameters"]["ApiDocumentFilters"];
            };
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiDocumentResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "create-api-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateApiDocumentRequest"];
        responses: {
            201: components["responses"]["ApiDocumentResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiSlugConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "fetch-api-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiDocumentResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "delete-api-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Document for the API was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "update-api-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApiDocumentRequest"];
        responses: {
            200: components["responses"]["ApiDocumentResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiSlugConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "move-api-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MoveDocumentRequest"];
        responses: {
            /** @description Document for the API was moved successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "list-api-specs": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters API Specs in the response. */
                filter?: components["parameters"]["ApiSpecFilters"];
            };
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiSpecResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "create-api-spec": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateApiSpecRequest"];
        responses: {
            201: components["responses"]["ApiSpecResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiSpecConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "fetch-api-spec": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API specification identifier */
                specId: components["parameters"]["SpecId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiSpecResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "delete-api-spec": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API specification identifier */
                specId: components["parameters"]["SpecId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API Specification was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "update-api-spec": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API specification identifier */
                specId: components["parameters"]["SpecId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApiSpecRequest"];
        responses: {
            200: components["responses"]["ApiSpecResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiSpecHiddenConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "list-api-versions": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters API Version in the response. */
                filter?: components["parameters"]["ApiVersionFilters"];
                /**
                 * @description Sorts a collection of API versions. Supported sort attributes are:
                 *       - created_at
                 */
                sort?: components["parameters"]["ApiVersionSort"];
            };
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiVersionResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "create-api-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateApiVersionRequest"];
        responses: {
            201: components["responses"]["ApiVersionResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiSpecConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "fetch-api-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API version identifier */
                versionId: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiVersionResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "delete-api-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API version identifier */
                versionId: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API Version was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "update-api-version": {
        parameters: {
            query?: {
                /**
                 * @description If true, allows operations to be removed from the current version when using access control enforcement.
                 *     If false, operations removal will be rejected with a 409 error.
                 *     Omitting the value (i.e., setting `?force`) means true.
                 */
                force?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API version identifier */
                versionId: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApiVersionRequest"];
        responses: {
            200: components["responses"]["ApiVersionResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiVersionPatchConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "fetch-publication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiPublicationResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "publish-api-to-portal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PutApiPublicationRequest"];
        responses: {
            200: components["responses"]["ApiPublicationResponse"];
            400: components["responses"]["ApiPublicationBadRequest"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "delete-publication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API was successfully unpublished from portal. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "fetch-api-image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiImageResponse"];
            401: components["responses"]["ApiImageUnauthorized"];
            403: components["responses"]["ApiImageForbidden"];
            404: components["responses"]["ApiImageNotFound"];
        };
    };
    "upsert-api-image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ReplaceApiImageRequest"];
        responses: {
            200: components["responses"]["ApiImageResponse"];
            201: components["responses"]["ApiImageResponse"];
            401: components["responses"]["ApiImageUnauthorized"];
            403: components["responses"]["ApiImageForbidden"];
            404: components["responses"]["ApiImageNotFound"];
            409: components["responses"]["ApiImageConflict"];
        };
    };
    "delete-api-image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API Image was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiImageUnauthorized"];
            403: components["responses"]["ApiImageForbidden"];
            404: components["responses"]["ApiImageNotFound"];
        };
    };
    "fetch-api-raw-image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the image URL. */
            302: {
                headers: {
                    /** @description The CDN URL of the image. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiImageUnauthorized"];
            403: components["responses"]["ApiImageForbidden"];
            404: components["responses"]["ApiImageNotFound"];
        };
    };
    "list-api-publications": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters API Publications in the response. */
                filter?: components["parameters"]["ApiPublicationFilters"];
                /**
                 * @description Sorts a collection of API publications. Supported sort attributes are:
                 *       - portal_id
                 *       - portal_name
                 *       - api_id
                 *       - api_name
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["ApiPublicationSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiPublicationResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "list-portal-api-publications": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters API Publications in a portal response (excludes portal-specific filters). */
                filter?: components["parameters"]["PortalApiPublicationFilters"];
                /**
                 * @description Sorts a collection of API publications within a portal. Supported sort attributes are:
                 *       - api_id
                 *       - api_name
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["PortalApiPublicationSort"];
            };
            header?: never;
            path: {
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListPublicationResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "fetch-api-package-publication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                apiPackageId: components["parameters"]["ApiPackageId"];
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiPackagePublicationResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "publish-api-package-to-portal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                apiPackageId: components["parameters"]["ApiPackageId"];
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PutApiPackagePublicationRequest"];
        responses: {
            200: components["responses"]["ApiPackagePublicationResponse"];
            400: components["responses"]["ApiPublicationBadRequest"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "delete-api-package-publication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                apiPackageId: components["parameters"]["ApiPackageId"];
                /** @description The Portal identifier */
                portalId: components["parameters"]["PortalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API Package was successfully unpublished from portal. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "create-api-implementation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateApiImplementationRequest"];
        responses: {
            201: components["responses"]["ApiImplementationResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiImplementationConflict"];
        };
    };
    "fetch-api-implementation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Portal identifier */
                implementationId: components["parameters"]["ImplementationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiImplementationResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "delete-api-implementation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The Portal identifier */
                implementationId: components["parameters"]["ImplementationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API implementation was unlinked successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "list-api-operations": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters API Operations in the response. */
                filter?: components["parameters"]["ApiOperationFilters"];
            };
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiOperationResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "fetch-api-operation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
                /** @description The API operation identifier */
                operationId: components["parameters"]["OperationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiOperationResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "list-api-implementations": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters APIs in the response. */
                filter?: components["parameters"]["ApiImplementationFilters"];
                /**
                 * @description Sorts a collection of API implementations. Supported sort attributes are:
                 *       - id
                 *       - api_id
                 *       - control_plane_id
                 *       - service_id
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["ApiImplementationSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiImplementationsResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "list-api-attributes": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters API attributes in the response. */
                filter?: components["parameters"]["ApiAttributeFilters"];
                /**
                 * @description Sorts a collection of API attributes. Supported sort attributes are:
                 *       - id
                 *       - key
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["ApiAttributeSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiAttributesResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "list-api-packages": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters API Packages in the response. */
                filter?: components["parameters"]["ApiPackageFilters"];
                /**
                 * @description Sorts a collection of API Packages. Supported sort attributes are:
                 *       - name
                 *       - version
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["ApiPackageSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiPackagesResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "create-api-package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateApiPackageRequest"];
        responses: {
            201: components["responses"]["ApiPackageResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "get-api-package": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiPackageResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "delete-api-package": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API package was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "patch-api-package": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApiPackageRequest"];
        responses: {
            200: components["responses"]["ApiPackageResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
        };
    };
    "list-api-package-documents": {
        parameters: {
            query?: {
                /** @description Filters API Documents in the response. */
                filter?: components["parameters"]["ApiDocumentFilters"];
            };
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiPackageDocumentResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "create-api-package-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateApiDocumentRequest"];
        responses: {
            201: components["responses"]["ApiPackageDocumentResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiSlugConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "fetch-api-package-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiPackageDocumentResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "delete-api-package-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Document for the API was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "update-api-package-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApiDocumentRequest"];
        responses: {
            200: components["responses"]["ApiPackageDocumentResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiSlugConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "move-api-package-document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
                /** @description The document identifier related to the API */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MoveDocumentRequest"];
        responses: {
            /** @description Document for the API Package was moved successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "list-api-packages-operations": {
        parameters: {
            query?: {
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
                /** @description Filters API Packages operations in the response. */
                filter?: components["parameters"]["ApiPackageOperationsFilters"];
                /**
                 * @description Sorts a collection of API Packages Operations. Supported sort attributes are:
                 *       - path
                 *       - method
                 *       - api_id
                 *       - created_at
                 *       - updated_at
                 */
                sort?: components["parameters"]["ApiPackageOperationsSort"];
            };
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListApiPackagesOperationsResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "update-api-package-operations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApiPackageOperationRequest"];
        responses: {
            /** @description API operations were successfully added or removed to the package. */
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
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiSlugConflict"];
        };
    };
    "get-api-packages-operation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
                /** @description The UUID API Operation identifier */
                operationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiPackageOperationResponse"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "remove-api-package-operation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
                /** @description The UUID API Operation identifier */
                operationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API operation was removed successfully from the package. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "get-api-package-current-specification": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiSpecResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "update-api-package-current-specification": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateApiSpecRequest"];
        responses: {
            200: components["responses"]["ApiSpecResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
            409: components["responses"]["ApiSlugConflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    "delete-api-package-current-specification": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API Package Specification was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "get-api-package-computed-specification": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiSpecResponse"];
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BadRequestError"];
                };
            };
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
    "fetch-api-package-image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiPackageImageResponse"];
            401: components["responses"]["ApiPackageImageUnauthorized"];
            403: components["responses"]["ApiPackageImageForbidden"];
            404: components["responses"]["ApiPackageImageNotFound"];
        };
    };
    "upsert-api-package-image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ReplaceApiPackageImageRequest"];
        responses: {
            200: components["responses"]["ApiPackageImageResponse"];
            201: components["responses"]["ApiPackageImageResponse"];
            401: components["responses"]["ApiPackageImageUnauthorized"];
            403: components["responses"]["ApiPackageImageForbidden"];
            404: components["responses"]["ApiPackageImageNotFound"];
            409: components["responses"]["ApiPackageImageConflict"];
        };
    };
    "delete-api-package-image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API Package Image was deleted successfully. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiPackageImageUnauthorized"];
            403: components["responses"]["ApiPackageImageForbidden"];
            404: components["responses"]["ApiPackageImageNotFound"];
        };
    };
    "fetch-api-package-raw-image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Supported image type. */
                imageType: components["parameters"]["ImageType"];
                /** @description The UUID API Package identifier */
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the image URL. */
            302: {
                headers: {
                    /** @description The CDN URL of the image. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["ApiPackageImageUnauthorized"];
            403: components["responses"]["ApiPackageImageForbidden"];
            404: components["responses"]["ApiPackageImageNotFound"];
        };
    };
    "list-api-registrations": {
        parameters: {
            query?: {
                /** @description Filters API registrations in the response. */
                filter?: components["parameters"]["ApiRegistrationsFilters"];
                /** @description The maximum number of items to include per page. The last page of a collection may include fewer items. */
                "page[size]"?: components["parameters"]["PageSize"];
                /** @description Determines which page of the entities to retrieve. */
                "page[number]"?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /** @description The UUID API identifier */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ApiRegistrationsList"];
            401: components["responses"]["ApiUnauthorized"];
            403: components["responses"]["ApiForbidden"];
            404: components["responses"]["ApiNotFound"];
        };
    };
}
