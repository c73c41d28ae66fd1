import { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { configOf, describe, known, linkedResources, managementApiGrants, stringList } from "../lib/policyHelpers";
import { AUTH0_CLIENT } from "../lib/resourceTypes";
import { takeOverKeeps } from "../lib/takeOver";

/** Config of {@link dcrAdminIsMachineToMachine}. */
export interface DcrAdminM2mConfig {
    /** Clients whose name starts with this are DCR admin apps even without a grant in the stack. */
    adminClientNamePrefix: string;
}

/** Defaults, the same as the config schema declares. */
export const DCR_ADMIN_M2M_DEFAULTS: DcrAdminM2mConfig = { adminClientNamePrefix: "Konnect Portal DCR Admin" };

/** Properties that only make sense for an application with a browser flow. */
const BROWSER_SETTINGS = ["callbacks", "allowedOrigins", "webOrigins", "allowedLogoutUrls"] as const;

/**
 * The DCR admin application is a machine-to-machine client: `non_interactive`, only the
 * `client_credentials` grant, and no redirect, origin or logout URLs.
 *
 * A stack policy because the admin app is identified by what it is for: a client that holds a grant on
 * the Management API (linked through the grant's `clientId` dependency, which is known even in a first
 * preview), or, as a fallback, a client named with the configured prefix.
 *
 * Unlike the other mandatory policies it judges what Auth0 holds even while a take-over is pending (`lib/takeOver.ts`):
 * it decides whether the hand-made app may become the DCR admin at all, and an app created as another type cannot be
 * converted safely (browser flows may already hold its tokens), so such an app is refused rather than updated later.
 */
export const dcrAdminIsMachineToMachine: StackValidationPolicy = {
    name: "dcr-admin-is-machine-to-machine",
    description:
        "The Auth0 application that holds the Management API grant for Konnect DCR is a machine-to-machine application. " +
        "It has app type non_interactive, only the client_credentials grant type, and no callback, origin or logout URLs, so no browser flow can obtain its tokens.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema: {
        properties: {
            adminClientNamePrefix: {
                type: "string",
                default: DCR_ADMIN_M2M_DEFAULTS.adminClientNamePrefix,
                description: "Name prefix that also marks a client as the DCR admin application.",
            },
        },
    },
    remediationSteps:
        'Declare the DCR admin client with appType "non_interactive" (snake_case), grantTypes ["client_credentials"], ' +
        "and empty callbacks, allowedOrigins, webOrigins and allowedLogoutUrls (components/dcrAdmin.ts). " +
        "An app created as another type cannot be converted safely: replace it and hand Konnect the new client id and secret.",
    validateStack: (args, reportViolation) => {
        const config = configOf(args, DCR_ADMIN_M2M_DEFAULTS);
        const clients = args.resources.filter((r) => r.type === AUTH0_CLIENT);
        const admins = new Set<PolicyResource>();
        for (const grant of managementApiGrants(args.resources)) {
            linkedResources(grant, "clientId", [AUTH0_CLIENT]).forEach((c) => admins.add(c));
            const grantClientId = known(() => grant.props.clientId);
            if (typeof grantClientId === "string") {
                clients.filter((c) => known(() => c.props.clientId) === grantClientId).forEach((c) => admins.add(c));
            }
        }
        const prefix = config.adminClientNamePrefix;
        if (prefix) {
            clients
                .filter((c) => typeof known(() => c.props.name) === "string" && c.props.name.startsWith(prefix))
                .forEach((c) => admins.add(c));
        }
        if (admins.size === 0) {
            args.notApplicable("No DCR admin client in this stack");
        }

        for (const client of admins) {
            const props = client.props;
            const what = `${describe(client)}${typeof known(() => props.name) === "string" ? ` (${props.name})` : ""}`;
            if (props.appType !== "non_interactive") {
                const takingOver = takeOverKeeps(client, "appType")
                    ? " It is the app being taken over: do not take it over as the DCR admin; remove adoptDcrAdminClientId and adoptDcrAdminGrantId so the stack creates one."
                    : "";
                reportViolation(
                    `${what} has appType ${JSON.stringify(props.appType)}; a DCR admin app must be "non_interactive".${takingOver}`,
                    client.urn,
                );
            }
            const grantTypes = props.grantTypes;
            if (!Array.isArray(grantTypes)) {
                reportViolation(
                    `${what} does not set grantTypes; Auth0 then enables implicit, authorization_code and refresh_token too. Set exactly ["client_credentials"].`,
                    client.urn,
                );
            } else {
                const others = stringList(grantTypes).filter((g) => g !== "client_credentials");
                if (others.length > 0 || !grantTypes.includes("client_credentials")) {
                    reportViolation(
                        `${what} has grantTypes ${JSON.stringify(grantTypes)}; only ["client_credentials"] is allowed.`,
                        client.urn,
                    );
                }
            }
            for (const key of BROWSER_SETTINGS) {
                const urls = stringList(props[key]);
                if (urls.length > 0) {
                    reportViolation(
                        `${what} has ${key} ${JSON.stringify(urls)}; a machine-to-machine app has none.`,
                        client.urn,
                    );
                }
            }
        }
    },
};
