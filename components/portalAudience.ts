import * as pulumi from "@pulumi/pulumi";
import * as auth0 from "@pulumi/auth0";
import { takeOverOptions } from "./takeOver";

/**
 * The arguments of a {@link PortalAudience}.
 */
export interface PortalAudienceArgs {
    /** The API identifier: the audience portal applications are granted, an absolute URI. */
    readonly identifier: pulumi.Input<string>;
    /** The API's display name (used only when the API is created). */
    readonly displayName: pulumi.Input<string>;
    /** Create the API (true), or look up an existing API with this identifier and create nothing (false). */
    readonly create: boolean;
    /** The id of an API made by hand to take over instead of creating one (only with `create`); see `takeOverOptions`. */
    readonly adoptId?: string;
}

/**
 * The Auth0 API (resource server) whose identifier is the audience of tokens issued to portal applications.
 * Created with RS256 signing and no offline access, or an existing API looked up by identifier.
 */
export class PortalAudience extends pulumi.ComponentResource {
    /** The created resource server; undefined when an existing API is used. */
    public readonly resourceServer?: auth0.ResourceServer;
    /** The API identifier (the audience). */
    public readonly identifier: pulumi.Output<string>;
    /** The Auth0 id of the resource server. */
    public readonly resourceServerId: pulumi.Output<string>;

    /**
     * @param name The _unique_ name of this component.
     * @param args The identifier, name, and whether to create or look up.
     * @param opts Options; `protect` given here is inherited by the resource server.
     */
    constructor(name: string, args: PortalAudienceArgs, opts?: pulumi.ComponentResourceOptions) {
        super("konnect-auth0-dcr:auth0:PortalAudience", name, {}, opts);

        if (args.create) {
            const apiArgs: auth0.ResourceServerArgs = {
                identifier: args.identifier,
                name: args.displayName,
                signingAlg: "RS256",
                // Portal applications use client credentials; refresh tokens would outlive a revoked app.
                allowOfflineAccess: false,
                tokenDialect: "access_token",
            };
            this.resourceServer = new auth0.ResourceServer(
                `${name}-api`,
                apiArgs,
                // Auth0 may generate a signing secret that the provider does not mark secret.
                { parent: this, additionalSecretOutputs: ["signingSecret"], ...takeOverOptions(args.adoptId, apiArgs, ["identifier"]) },
            );
            this.identifier = this.resourceServer.identifier;
            this.resourceServerId = this.resourceServer.id;
        } else {
            const existing = auth0.getResourceServerOutput({ identifier: args.identifier }, { parent: this });
            this.identifier = pulumi.all([existing, args.identifier]).apply(([found, wanted]) => {
                if (found.identifier !== wanted) {
                    throw new Error(
                        `konnect-auth0-dcr:portalAudience: no Auth0 API with identifier "${wanted}" was found; ` +
                            "create it in Auth0 or set konnect-auth0-dcr:createPortalAudience to true",
                    );
                }
                return wanted;
            });
            this.resourceServerId = existing.id;
        }

        this.registerOutputs({ identifier: this.identifier, resourceServerId: this.resourceServerId });
    }
}
