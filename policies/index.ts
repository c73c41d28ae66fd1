/**
 * Entry point the Pulumi CLI loads (`--policy-pack policies`). Constructing the pack starts its gRPC
 * server, so nothing else lives here; the policies are in `pack.ts` and `rules/`.
 */
import { PolicyPack } from "@pulumi/policy";
import { POLICY_PACK_DESCRIPTION, POLICY_PACK_ENFORCEMENT_LEVEL, POLICY_PACK_NAME, policies } from "./pack";

new PolicyPack(POLICY_PACK_NAME, {
    description: POLICY_PACK_DESCRIPTION,
    enforcementLevel: POLICY_PACK_ENFORCEMENT_LEVEL,
    policies,
});
