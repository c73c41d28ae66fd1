/**
 * The pack's name, description and policies, without constructing the `PolicyPack` (which starts a gRPC
 * server): `index.ts` builds the pack from this, and tests and the offline plan import it directly.
 */
import { Policies } from "@pulumi/policy";
import { apiPublicationsUseDcrStrategy } from "./rules/apiPublicationsUseDcrStrategy";
import { audienceIsNotManagementApi } from "./rules/audienceIsNotManagementApi";
import { audienceSignedWithRs256 } from "./rules/audienceSignedWithRs256";
import { dcrAdminGrantLeastPrivilege } from "./rules/dcrAdminGrantLeastPrivilege";
import { dcrAdminIsMachineToMachine } from "./rules/dcrAdminIsMachineToMachine";
import { dcrAdminLiveGrantLeastPrivilege } from "./rules/dcrAdminLiveGrantLeastPrivilege";
import { konnectIssuerConsistency } from "./rules/konnectIssuerConsistency";
import { konnectObjectsLabelled } from "./rules/konnectObjectsLabelled";
import { portalAudienceLiveSettings } from "./rules/portalAudienceLiveSettings";
import { protectProduction } from "./rules/protectProduction";
import { secretsStaySecret } from "./rules/secretsStaySecret";

/** The pack's name as `pulumi preview --policy-pack` reports it. */
export const POLICY_PACK_NAME = "konnect-auth0-dcr-guardrails";

/** The level of a policy that declares none (each policy here declares its own). */
export const POLICY_PACK_ENFORCEMENT_LEVEL = "advisory" as const;

/** Shown by the CLI and Pulumi Cloud. */
export const POLICY_PACK_DESCRIPTION =
    "Guardrails for Kong Konnect Dev Portal Dynamic Client Registration with Auth0: a least-privilege, machine-to-machine DCR admin, " +
    "a portal audience that is not the Management API, one issuer across Konnect, published APIs on the DCR strategy, secrets kept secret, " +
    "and protected production objects.";

/** Every policy of the pack, in the order they are reported. */
export const policies: Policies = [
    dcrAdminGrantLeastPrivilege,
    dcrAdminLiveGrantLeastPrivilege,
    dcrAdminIsMachineToMachine,
    audienceIsNotManagementApi,
    audienceSignedWithRs256,
    portalAudienceLiveSettings,
    konnectIssuerConsistency,
    apiPublicationsUseDcrStrategy,
    secretsStaySecret,
    protectProduction,
    konnectObjectsLabelled,
];
