/** Value formats shared by the stack configuration, the Konnect input checks and the smoke test settings. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID (Konnect ids: portals, DCR providers, auth strategies, APIs). */
export function isUuid(value: string): boolean {
    return UUID.test(value);
}
