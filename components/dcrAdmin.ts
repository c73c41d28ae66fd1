import * as pulumi from "@pulumi/pulumi";
import * as auth0 from "@pulumi/auth0";

/**
 * The arguments of a {@link DcrAdmin}.
 */
export interface DcrAdminArgs {
    /** The Auth0 application's name, e.g. `Konnect Portal DCR Admin (dev)`. Set explicitly: Auth0 names are not unique. */
    readonly applicationName: pulumi.Input<string>;
    /** The Management API audience on the canonical tenant domain, `https://TENANT.REGION.auth0.com/api/v2/`. */
    readonly managementApiAudience: pulumi.Input<string>;
    /** The Management API scopes to grant, exactly; see `dcrGrantScopes`. */
    readonly scopes: pulumi.Input<pulumi.Input<string>[]>;
    /** Shown in the Auth0 dashboard. */
    readonly description?: pulumi.Input<string>;
}

/**
 * The Auth0 machine-to-machine application Konnect uses to register portal applications in Auth0:
 * a `non_interactive` client with only the `client_credentials` grant, its grant on the Management API,
 * and its `client_secret_post` credentials.
 */
export class DcrAdmin extends pulumi.ComponentResource {
    /** The Auth0 application. */
    public readonly client: auth0.Client;
    /** The application's grant on the Management API. */
    public readonly grant: auth0.ClientGrant;
    /** The application's authentication method and secret. */
    public readonly credentials: auth0.ClientCredentials;
    /** The client id Konnect is given as `initial_client_id`. */
    public readonly clientId: pulumi.Output<string>;
    /** The client secret Konnect is given as `initial_client_secret`; always a secret. */
    public readonly clientSecret: pulumi.Output<string>;
    /** The scopes granted on the Management API. */
    public readonly grantedScopes: pulumi.Output<string[]>;

    /**
     * @param name The _unique_ name of this component.
     * @param args The application's name, audience and scopes.
     * @param opts Options; `protect` given here is inherited by every child.
     */
    constructor(name: string, args: DcrAdminArgs, opts?: pulumi.ComponentResourceOptions) {
        super("konnect-auth0-dcr:auth0:DcrAdmin", name, {}, opts);

        this.client = new auth0.Client(
            `${name}-client`,
            {
                name: args.applicationName,
                description:
                    args.description ?? "Konnect Dev Portal Dynamic Client Registration. Managed by konnect-auth0-dcr.",
                appType: "non_interactive",
                grantTypes: ["client_credentials"],
                // A machine-to-machine app has no browser flow: nothing may redirect to it or call it from a page.
                callbacks: [],
                allowedOrigins: [],
                webOrigins: [],
                oidcConformant: true,
                jwtConfiguration: { alg: "RS256" },
            },
            { parent: this },
        );

        this.grant = new auth0.ClientGrant(
            `${name}-management-api-grant`,
            {
                clientId: this.client.clientId,
                audience: args.managementApiAudience,
                subjectType: "client",
                scopes: args.scopes,
                // allowAllScopes must stay unset: the Management API is a system API and rejects it.
            },
            // Audience and client are immutable; Auth0 allows one grant per (client, audience), so the old one goes first.
            { parent: this, deleteBeforeReplace: true },
        );

        this.credentials = new auth0.ClientCredentials(
            `${name}-credentials`,
            { clientId: this.client.clientId, authenticationMethod: "client_secret_post" },
            // The SDK itself registers clientSecret as an additional secret output.
            { parent: this },
        );

        this.clientId = this.client.clientId;
        // The SDK marks clientSecret secret through the engine; wrapping states the intent where the engine is absent.
        this.clientSecret = pulumi.secret(this.credentials.clientSecret.apply((secret) => secret ?? ""));
        this.grantedScopes = this.grant.scopes.apply((scopes) => scopes ?? []);

        this.registerOutputs({
            clientId: this.clientId,
            clientSecret: this.clientSecret,
            grantedScopes: this.grantedScopes,
        });
    }
}
