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
    AUTH0_GENERATED_CLIENT_SECRET,
    AUTH0_RESOURCE_SERVER,
    KONNECT_API_PUBLICATION,
    KONNECT_AUTH_STRATEGY,
    KONNECT_DCR_PROVIDER,
    KONNECT_DCR_VERIFICATION,
    KONNECT_PORTAL_BINDING,
    KONNECT_TYPES,
} from "../policies/lib/resourceTypes";

/** The admin app's client secret as the offline run's ClientCredentials reports it. */
export const OFFLINE_ADMIN_CLIENT_SECRET = "offline-placeholder-dcr-admin-client-secret-7d41b2";
/** The secret the offline run's GeneratedClientSecret reports (`dcrAdminSecretVersion` set). */
export const OFFLINE_GENERATED_CLIENT_SECRET = "offline-placeholder-generated-dcr-admin-secret-93c5e0";

const digest = (...parts: string[]) => createHash("sha256").update(parts.join("\0")).digest("hex");
const uuidFrom = (hex: string) =>
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
const secret = (value: string) => ({ [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig, value });

/** The Konnect objects, which are dynamic resources of this project. */
const KONNECT_DYNAMIC_TYPES: readonly string[] = [...KONNECT_TYPES, KONNECT_DCR_VERIFICATION];

/**
 * The mocked registration result for one resource. With `plannedUpdate`, a Konnect object answers as the
 * engine plans an in-place update of a dynamic resource in a preview: its id is kept, its inputs are known,
 * and every output the provider computes is unknown (the Node.js dynamic-provider host cannot mark any
 * output stable). An imported resource keeps `importId`, as the engine's import step reads it.
 */
export function mockResourceState(
    type: string,
    name: string,
    inputs: Record<string, any>,
    custom: boolean,
    importId?: string,
    plannedUpdate = false,
): { id: string; state: Record<string, unknown> } {
    if (!custom) {
        return { id: "", state: {} };
    }
    if (plannedUpdate && KONNECT_DYNAMIC_TYPES.includes(type)) {
        const { id } = mockResourceState(type, name, inputs, custom);
        const { initialClientSecret: _secret, ...known } = inputs;
        return { id, state: known };
    }
    const hex = digest(type, name);
    switch (type) {
        case AUTH0_CLIENT: {
            const clientId = importId ?? hex.slice(0, 32);
            return { id: clientId, state: { ...inputs, clientId } };
        }
        case AUTH0_CLIENT_CREDENTIALS:
            // The engine marks clientSecret secret (additionalSecretOutputs); the mock does so explicitly.
            return {
                id: importId ?? inputs.clientId,
                // A secret the stack sets (`dcrAdminSecretVersion`) is the one Auth0 then holds.
                state: { ...inputs, clientSecret: inputs.clientSecret ?? secret(OFFLINE_ADMIN_CLIENT_SECRET) },
            };
        case AUTH0_CLIENT_GRANT:
            return { id: importId ?? `cgr_${hex.slice(0, 16)}`, state: { ...inputs, isSystem: false } };
        case AUTH0_RESOURCE_SERVER:
            return { id: importId ?? hex.slice(0, 24), state: { ...inputs, isSystem: false } };
        case AUTH0_GENERATED_CLIENT_SECRET:
            // The engine marks the generated secret secret (additionalSecretOutputs); the mock does so explicitly.
            return {
                id: "generated-client-secret",
                state: { ...inputs, secret: secret(OFFLINE_GENERATED_CLIENT_SECRET) },
            };
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
                id: `${inputs.portalKind}/${inputs.portalId}`,
                state: {
                    ...inputs,
                    previousAuthStrategyId: null,
                    portalDomain: `${hex.slice(0, 12)}.us.kongportals.com`,
                },
            };
        case KONNECT_API_PUBLICATION:
            // An API already published under another strategy, as the provider records it when adopting.
            return {
                id: `${inputs.portalKind}/${inputs.portalId}/${inputs.apiId}`,
                state: {
                    ...inputs,
                    previousAuthStrategyIds: null,
                    authStrategyIds: [inputs.authStrategyId],
                    visibility: "private",
                },
            };
        case KONNECT_DCR_VERIFICATION:
            return {
                id: `verification/${inputs.dcrProviderId}`,
                state: {
                    ...inputs,
                    report: "ok   dcr-provider-verify: (offline run: not checked)\nok   issuer-discovery: (offline run: not checked)",
                },
            };
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
