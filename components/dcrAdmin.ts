import * as pulumi from "@pulumi/pulumi";
import * as auth0 from "@pulumi/auth0";
import { GeneratedClientSecret } from "../auth0/generatedClientSecret";
import { takeOverOptions } from "./takeOver";

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
    /**
     * An application made by hand to take over instead of creating one: its client id and the id of its
     * Management API grant, imported on the next `pulumi up` (see `takeOverOptions`). Its secret is kept.
     */
    readonly adopt?: { readonly clientId: string; readonly grantId: string };
    /**
     * The secret's rotation number (`konnect-auth0-dcr:dcrAdminSecretVersion`): when set, the stack sets the app's
     * secret to one it generates (`GeneratedClientSecret`), and raising the number rotates it. Unset: Auth0's own
     * secret, never rotated by the stack. Not applied while the app is being taken over (`adopt`): that keeps the
     * existing secret.
     */
    readonly secretVersion?: number;
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
    /** The secret the stack generated for it, when `secretVersion` is set (and no take-over is pending). */
    public readonly generatedSecret?: GeneratedClientSecret;
    /** The client id Konnect is given as `initial_client_id`. */
    public readonly clientId: pulumi.Output<string>;
    /** The client secret Konnect is given as `initial_client_secret`; always a secret. */
    public readonly clientSecret: pulumi.Output<string>;
    /** The scopes granted on the Management API. */
    public readonly grantedScopes: pulumi.Output<string[]>;

    /**
     * @param name The _unique_ name of this component.
     * @param args The application's name, audience and scopes.
     * @param opts Options; `protect` given here goes to every child except the generated secret.
     */
    constructor(name: string, args: DcrAdminArgs, opts?: pulumi.ComponentResourceOptions) {
        // `protect` is handed to each child rather than inherited: the engine applies a protected parent's flag to a
        // child whose explicit `protect: false` does not reach it, and the generated secret is never protected.
        const { protect, ...componentOpts } = opts ?? {};
        super("konnect-auth0-dcr:auth0:DcrAdmin", name, {}, componentOpts);
        const child = { parent: this, protect };

        const clientArgs: auth0.ClientArgs = {
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
        };
        // Import ids as the provider reads them: the client id for the client and its credentials, cgr_… for the grant.
        this.client = new auth0.Client(`${name}-client`, clientArgs, {
            ...child,
            ...takeOverOptions(args.adopt?.clientId, clientArgs),
        });

        const grantArgs: auth0.ClientGrantArgs = {
            clientId: this.client.clientId,
            audience: args.managementApiAudience,
            subjectType: "client",
            scopes: args.scopes,
            // allowAllScopes must stay unset: the Management API is a system API and rejects it.
        };
        this.grant = new auth0.ClientGrant(
            `${name}-management-api-grant`,
            grantArgs,
            // Audience and client are immutable; Auth0 allows one grant per (client, audience), so the old one goes first.
            {
                ...child,
                deleteBeforeReplace: true,
                ...takeOverOptions(args.adopt?.grantId, grantArgs, ["clientId", "audience"]),
            },
        );

        // `clientSecret`, not the write-only pair: the provider PATCHes it, and reads the live secret back on refresh, so
        // a secret rotated by hand in the dashboard shows as drift (README, "Rotating the DCR admin secret").
        this.generatedSecret =
            args.secretVersion === undefined || args.adopt !== undefined
                ? undefined
                : new GeneratedClientSecret(`${name}-secret`, { version: args.secretVersion }, { parent: this });
        const credentialsArgs: auth0.ClientCredentialsArgs = {
            clientId: this.client.clientId,
            authenticationMethod: "client_secret_post",
            ...(this.generatedSecret ? { clientSecret: pulumi.secret(this.generatedSecret.secret) } : {}),
        };
        this.credentials = new auth0.ClientCredentials(
            `${name}-credentials`,
            credentialsArgs,
            // The SDK itself registers clientSecret as an additional secret output. Taken over, the existing secret is read, not replaced.
            { ...child, ...takeOverOptions(args.adopt?.clientId, credentialsArgs, ["clientId"]) },
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
