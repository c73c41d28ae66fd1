/**
 * Konnect's vocabulary: the regions, portal kinds, auth methods, token sources and id format the Konnect
 * API knows. The configuration and the smoke test use these; nothing here depends on them.
 */

/** Konnect regions and their API hosts. */
export const KONNECT_REGIONS = ["us", "eu", "au", "me", "in", "sg"] as const;
export type KonnectRegion = (typeof KONNECT_REGIONS)[number];

/** New Dev Portals are `/v3/portals`; classic portals are `/v2/portals`. */
export const PORTAL_KINDS = ["v3", "classic"] as const;
export type PortalKind = (typeof PORTAL_KINDS)[number];

/** A portal kind as Konnect's UI names it, for messages. */
export function portalKindName(kind: PortalKind): "Dev Portal" | "classic portal" {
    return kind === "classic" ? "classic portal" : "Dev Portal";
}

/** `auth_methods` values the openid-connect strategy accepts. */
export const AUTH_METHODS = [
    "password",
    "client_credentials",
    "authorization_code",
    "bearer",
    "introspection",
    "kong_oauth2",
    "refresh_token",
    "session",
] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** Where the Konnect token comes from: one of Kong's environment variables, in the run's environment. */
export type KonnectTokenSource = "env:KONNECT_TOKEN" | "env:KONNECT_SPAT";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID (Konnect ids: portals, DCR providers, auth strategies, APIs). */
export function isUuid(value: string): boolean {
    return UUID.test(value);
}

/**
 * The Pulumi stack that owns a Konnect object: the organization (the backend's; `organization` on a self-managed
 * backend), the project and the stack. Written to the object's labels; two projects' `dev` stacks differ.
 */
export interface KonnectOwner {
    readonly organization: string;
    readonly project: string;
    readonly stack: string;
}

/**
 * The name of a Konnect object the stack makes. `isDefault` when no setting names it: an object already in the
 * stack's state then keeps the name it has (an upgrade never renames), and only a new object takes `value`.
 */
export interface KonnectName {
    readonly value: string;
    readonly isDefault: boolean;
}
