/**
 * What the mock monitor answers for each resource type the stack registers: the inputs echoed back (so
 * secret inputs stay secret), plus the outputs the real provider would compute, with ids that are
 * deterministic so plans and tests are stable.
 */
import { createHash } from "crypto";
import * as pulumi from "@pulumi/pulumi";
import {
    AUTH0_CLIENT,
    AUTH0_CLIENT_CREDENTIALS,
    AUTH0_CLIENT_GRANT,
    AUTH0_RESOURCE_SERVER,
    KONNECT_AUTH_STRATEGY,
    KONNECT_DCR_PROVIDER,
    KONNECT_PORTAL_BINDING,
} from "../policies/lib/resourceTypes";

/** The admin app's client secret as the offline run's ClientCredentials reports it. */
export const OFFLINE_ADMIN_CLIENT_SECRET = "offline-placeholder-dcr-admin-client-secret-7d41b2";

const digest = (...parts: string[]) => createHash("sha256").update(parts.join("\0")).digest("hex");
const uuidFrom = (hex: string) =>
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
const secret = (value: string) => ({ [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig, value });

/** The mocked registration result for one resource. */
export function mockResourceState(
    type: string,
    name: string,
    inputs: Record<string, any>,
    custom: boolean,
): { id: string; state: Record<string, unknown> } {
    if (!custom) {
        return { id: "", state: {} };
    }
    const hex = digest(type, name);
    switch (type) {
        case AUTH0_CLIENT: {
            const clientId = hex.slice(0, 32);
            return { id: clientId, state: { ...inputs, clientId } };
        }
        case AUTH0_CLIENT_CREDENTIALS:
            // The engine marks clientSecret secret (additionalSecretOutputs); the mock does so explicitly.
            return { id: inputs.clientId, state: { ...inputs, clientSecret: secret(OFFLINE_ADMIN_CLIENT_SECRET) } };
        case AUTH0_CLIENT_GRANT:
            return { id: `cgr_${hex.slice(0, 16)}`, state: { ...inputs, isSystem: false } };
        case AUTH0_RESOURCE_SERVER:
            return { id: hex.slice(0, 24), state: { ...inputs, isSystem: false } };
        case KONNECT_DCR_PROVIDER: {
            // The provider never returns the write-only secret: only a salted hash of it.
            const { initialClientSecret: _secret, ...rest } = inputs;
            const id = uuidFrom(hex);
            return {
                id,
                state: {
                    ...rest,
                    dcrProviderId: id,
                    active: true,
                    initialClientSecretSalt: hex.slice(32, 48),
                    initialClientSecretHash: digest("hash", hex),
                },
            };
        }
        case KONNECT_AUTH_STRATEGY: {
            const id = uuidFrom(hex);
            return { id, state: { ...inputs, authStrategyId: id, active: true } };
        }
        case KONNECT_PORTAL_BINDING:
            return {
                id: `${inputs.portalId}/${inputs.authStrategyId}`,
                state: {
                    ...inputs,
                    previousAuthStrategyId: null,
                    portalDomain: `${hex.slice(0, 12)}.us.kongportals.com`,
                },
            };
        case "command:local:Command":
            return { id: hex.slice(0, 16), state: { ...inputs, stdout: "", stderr: "" } };
        default:
            return { id: hex.slice(0, 16), state: { ...inputs } };
    }
}

/** The mocked result of a provider function (invoke); unknown functions fail loudly. */
export function mockCall(token: string, inputs: Record<string, any>): Record<string, unknown> {
    switch (token) {
        case "auth0:index/getResourceServer:getResourceServer":
            return {
                id: digest(token, String(inputs.identifier)).slice(0, 24),
                identifier: inputs.identifier,
                name: "Existing portal API",
                signingAlg: "RS256",
                allowOfflineAccess: false,
                tokenDialect: "access_token",
            };
        default:
            throw new Error(`The offline run has no mock for the function ${token}`);
    }
}
