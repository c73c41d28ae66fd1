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
                {
                    parent: this,
                    additionalSecretOutputs: ["signingSecret"],
                    ...takeOverOptions(args.adoptId, apiArgs, ["identifier"]),
                },
            );
            this.identifier = this.resourceServer.identifier;
            this.resourceServerId = this.resourceServer.id;
        } else {
            const existing = pulumi
                .output(args.identifier)
                .apply((identifier) => findExistingAudience(identifier, { parent: this }));
            this.identifier = existing.identifier;
            this.resourceServerId = existing.id;
        }

        this.registerOutputs({ identifier: this.identifier, resourceServerId: this.resourceServerId });
    }
}

/**
 * Looks up the existing Auth0 API with this identifier. Its failure is turned into {@link missingAudience}:
 * the provider's own lookup error says neither which setting is wrong nor what to change.
 */
export function findExistingAudience(
    identifier: string,
    opts: pulumi.InvokeOptions,
): Promise<{ identifier: string; id: string }> {
    return auth0.getResourceServer({ identifier }, opts).then(
        (found) => {
            if (found.identifier !== identifier) throw missingAudience(identifier);
            return { identifier, id: found.id };
        },
        (error: unknown) => {
            throw missingAudience(identifier, error);
        },
    );
}

/**
 * The error for an existing audience API that cannot be found: names the identifier and both settings, so the
 * run stops with what to change rather than the provider's lookup error (kept at the end for a 401 or similar).
 */
export function missingAudience(identifier: string, cause?: unknown): pulumi.RunError {
    const said = cause instanceof Error ? cause.message : cause === undefined ? "" : String(cause);
    const detail = said.trim() === "" ? "" : ` (the lookup said: ${said.trim()})`;
    return new pulumi.RunError(
        `konnect-auth0-dcr:portalAudience: no Auth0 API with identifier "${identifier}" was found, and ` +
            "konnect-auth0-dcr:createPortalAudience is false, so the stack does not create one. Create the API in Auth0 with " +
            `exactly that identifier, or set konnect-auth0-dcr:createPortalAudience to true${detail}.`,
    );
}
