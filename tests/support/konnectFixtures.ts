/** The settings a dev stack hands Konnect, shared by the tests of the Konnect payloads, providers and resources. */
import type * as pulumi from "@pulumi/pulumi";
import { KonnectEmulator, startKonnectEmulator } from "../../emulators/konnect";
import { buildDcrProviderCreateBody, konnectLabels } from "../../konnect/payloads";

export const DEV_ISSUER = "https://acme-dev.us.auth0.com";
export const DEV_AUDIENCE = "https://api.dev.acme.com/portal";

/** A DCR provider's settings, apart from its server, name, secret and labels. */
export const devProviderSettings = {
    displayName: "Auth0",
    issuer: DEV_ISSUER,
    initialClientId: "m2m-client-id",
};

/** An auth strategy's settings, apart from its server, name, DCR provider and labels. */
export const devStrategySettings = {
    displayName: "Auth0",
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    scopes: ["openid"],
    credentialClaim: ["azp"],
    authMethods: ["client_credentials", "bearer", "session"],
};

/** The create body of a test DCR provider named `name`, with `initialClientSecret`, labelled for the "test" stack. */
export function dcrProviderCreateBody(name: string, initialClientSecret: string) {
    return buildDcrProviderCreateBody(
        {
            name,
            issuer: "https://acme-dev.us.auth0.com",
            initialClientId: "m2m-id",
            labels: konnectLabels({ organization: "organization", project: "konnect-auth0-dcr", stack: "test" }),
        },
        initialClientSecret,
    );
}

/**
 * The create body of a minimal OpenID Connect auth strategy named `name`, as a team might make one by hand:
 * optionally using a DCR provider and carrying labels.
 */
export function oidcStrategyBody(
    name: string,
    extra: { dcrProviderId?: string; labels?: Record<string, string> } = {},
) {
    return {
        name,
        display_name: "Auth0",
        strategy_type: "openid_connect" as const,
        configs: {
            "openid-connect": {
                issuer: DEV_ISSUER,
                credential_claim: ["azp"],
                scopes: ["openid"],
                auth_methods: ["bearer"],
            },
        },
        ...(extra.dcrProviderId ? { dcr_provider_id: extra.dcrProviderId } : {}),
        ...(extra.labels ? { labels: extra.labels } : {}),
    };
}

/** Retry bounds for the providers under test: five attempts, with millisecond waits so a retry costs no time. */
export const FAST_RETRY = {
    baseDelayMs: 1,
    maxDelayMs: 5,
    maxAttempts: 5,
    totalTimeoutMs: 5_000,
    requestTimeoutMs: 2_000,
};

/** A Konnect dynamic provider as the tests drive it, and what its `create` answered. */
export type Provider<I, O> = pulumi.dynamic.ResourceProvider<I, O>;
export interface Deployed<O> {
    id: string;
    outs: O;
}

/**
 * The test file's Konnect emulator, handed to `started` once it runs: before each test KONNECT_TOKEN points at it
 * (KONNECT_SPAT unset, as the providers read the run's environment) and its request log is empty; after the file
 * the environment is restored and the emulator closed.
 */
export function withKonnectEmulator(started: (emulator: KonnectEmulator) => void): void {
    const savedEnv = { ...process.env };
    let emulator: KonnectEmulator;
    beforeAll(async () => {
        emulator = await startKonnectEmulator();
        started(emulator);
    });
    beforeEach(() => {
        process.env.KONNECT_TOKEN = emulator.token;
        delete process.env.KONNECT_SPAT;
        emulator.resetRequests();
    });
    afterAll(async () => {
        process.env = savedEnv;
        await emulator.close();
    });
}
