/**
 * The least-privilege policy holds its own list of allowed scopes: a program whose own scope list is
 * widened (here by replacing `dcrGrantScopes`) registers the wider grant, and the pack still refuses it.
 */
import * as fs from "fs";

jest.mock("../../auth0/dcrScopes", () => {
    const actual = jest.requireActual("../../auth0/dcrScopes");
    return {
        ...actual,
        dcrGrantScopes: (developerManaged: boolean) =>
            [...actual.dcrGrantScopes(developerManaged), "read:users"].sort(),
    };
});

import { runProgramOffline, unwrapSecrets } from "../../offline/programRunner";
import type { PolicyPackConfig } from "../../policies/lib/policySdk";
import { policies } from "../../policies/pack";
import { AUTH0_CLIENT_GRANT } from "../../policies/lib/resourceTypes";
import { evaluatePolicies, targetsFromRun } from "../../scripts/planPolicies";
import { policyConfigFile } from "../../scripts/policyConfig";

it("catches a program that widens its own list of DCR scopes", async () => {
    const run = await runProgramOffline({ stack: "dev" });
    const grant = run.resources.find((r) => r.type === AUTH0_CLIENT_GRANT)!;
    expect(unwrapSecrets(grant.inputs).scopes).toContain("read:users");

    const config = JSON.parse(fs.readFileSync(policyConfigFile("dev"), "utf8")) as PolicyPackConfig;
    const evaluation = await evaluatePolicies(policies, targetsFromRun(run, unwrapSecrets), { config });
    const violations = evaluation.results.filter(
        (r) => r.level === "mandatory" && r.policy === "dcr-admin-grant-least-privilege",
    );
    expect(violations.map((v) => v.message)).toEqual([
        expect.stringContaining("has scopes Konnect DCR does not need: read:users"),
    ]);
});
