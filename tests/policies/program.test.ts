/**
 * The real program, run offline with the dev and prod stack files, checked by the whole pack with each
 * stack's policy config: what `pulumi preview --policy-pack policies` would report, minus the CLI.
 * Broken variants are made by altering a real run's registrations, or by config where config expresses
 * the fault.
 */
import * as fs from "fs";
import * as path from "path";
import { listStacks } from "../../config/stackFiles";
import { ProgramRun, RegisteredResource, runProgramOffline, unwrapSecrets } from "../../offline/programRunner";
import type { PolicyPackConfig } from "../../policies/lib/policySdk";
import { policies } from "../../policies/pack";
import { PROTECT_PRODUCTION_DEFAULTS } from "../../policies/rules/protectProduction";
import {
    AUTH0_CLIENT,
    AUTH0_CLIENT_CREDENTIALS,
    AUTH0_CLIENT_GRANT,
    AUTH0_RESOURCE_SERVER,
    KONNECT_AUTH_STRATEGY,
    KONNECT_DCR_PROVIDER,
} from "../../policies/lib/resourceTypes";
import { evaluatePolicies, targetsFromRun } from "../../scripts/planPolicies";
import { policyConfigFile } from "../../scripts/policyConfig";
import { KONG_GUIDE_DCR_SCOPES } from "../support/kongGuide";

const policyConfigOf = (stack: string) =>
    JSON.parse(fs.readFileSync(policyConfigFile(stack), "utf8")) as PolicyPackConfig;

async function check(run: ProgramRun) {
    return evaluatePolicies(policies, targetsFromRun(run, unwrapSecrets), { config: policyConfigOf(run.stack) });
}

/** A copy of the run with one resource changed. */
function altered(run: ProgramRun, type: string, change: (r: RegisteredResource) => RegisteredResource): ProgramRun {
    let found = false;
    const resources = run.resources.map((r) => {
        if (r.type !== type) return r;
        found = true;
        return change(r);
    });
    expect(found).toBe(true);
    return { ...run, resources };
}

const mandatory = (evaluation: Awaited<ReturnType<typeof check>>) =>
    evaluation.results.filter((r) => r.level === "mandatory").map((r) => `${r.policy}: ${r.message}`);

describe.each(["dev", "prod"])("the %s stack under the whole policy pack", (stack) => {
    let run: ProgramRun;
    /** The pack's verdict on the run as it is (the tests below that break something check their own copy). */
    let evaluation: Awaited<ReturnType<typeof check>>;
    beforeAll(async () => {
        run = await runProgramOffline({ stack });
        evaluation = await check(run);
    });

    it("has no mandatory violation and no advisory finding", async () => {
        expect(mandatory(evaluation)).toEqual([]);
        expect(evaluation.results).toEqual([]);
    });

    it("is actually checked: the least-privilege, machine-to-machine and secrets policies ran on its resources", async () => {
        const ran = (name: string) => evaluation.outcomes.find((o) => o.policy === name)!.checked;
        expect(ran("dcr-admin-grant-least-privilege")).toEqual([
            run.resources.find((r) => r.type === AUTH0_CLIENT_GRANT)!.urn,
        ]);
        expect(ran("dcr-admin-is-machine-to-machine")).toEqual(["stack"]);
        expect(ran("secrets-stay-secret")).toEqual(["stack"]);
        expect(ran("protect-production").length > 0).toBe(stack === "prod");
    });

    // Also what a program that widened its own scope list would register: the pack holds its own list and
    // imports nothing from the program (standalone.test.ts), so such a program is refused the same way.
    it("catches an extra Management API scope added to the grant", async () => {
        const broken = altered(run, AUTH0_CLIENT_GRANT, (r) => ({
            ...r,
            inputs: { ...r.inputs, scopes: [...(r.inputs.scopes as string[]), "delete:users"] },
        }));
        expect(mandatory(await check(broken))).toEqual([
            expect.stringMatching(
                /^dcr-admin-grant-least-privilege: .* has scopes Konnect DCR does not need: delete:users\.$/,
            ),
        ]);
    });

    it("catches a DCR admin client of the wrong app type", async () => {
        const broken = altered(run, AUTH0_CLIENT, (r) => ({ ...r, outputs: { ...r.outputs, appType: "regular_web" } }));
        expect(mandatory(await check(broken))).toEqual([
            expect.stringContaining('dcr-admin-is-machine-to-machine: Client "dcr-admin-client"'),
        ]);
    });

    it("checks the Konnect objects too: issuer consistency and labels ran on them", async () => {
        const outcome = (name: string) => evaluation.outcomes.find((o) => o.policy === name)!;
        expect(outcome("konnect-issuer-consistency").checked).toEqual(["stack"]);
        expect(outcome("konnect-objects-labelled").checked).toHaveLength(2);
        expect(outcome("audience-is-not-management-api").checked).toContainEqual(
            run.resources.find((r) => r.type === KONNECT_AUTH_STRATEGY)!.urn,
        );
    });

    it("catches a DCR provider issuer with a trailing slash and a strategy without azp", async () => {
        let broken = altered(run, KONNECT_DCR_PROVIDER, (r) => ({
            ...r,
            outputs: { ...r.outputs, issuer: `${r.outputs.issuer}/` },
        }));
        broken = altered(broken, KONNECT_AUTH_STRATEGY, (r) => ({
            ...r,
            outputs: { ...r.outputs, credentialClaim: ["sub"] },
        }));
        const messages = mandatory(await check(broken));
        expect(messages).toEqual([
            expect.stringMatching(/^konnect-issuer-consistency: DcrProvider ".*": issuer ".*\/" ends with a slash/),
            expect.stringMatching(
                /^konnect-issuer-consistency: ApplicationAuthStrategy ".*": credentialClaim \["sub"\] lacks "azp"/,
            ),
        ]);
    });

    it("catches a DCR provider that returns the initial client secret next to its hash", async () => {
        const broken = altered(run, KONNECT_DCR_PROVIDER, (r) => ({
            ...r,
            outputs: { ...r.outputs, initialClientSecret: r.inputs.initialClientSecret },
        }));
        expect(mandatory(await check(broken))).toEqual([
            expect.stringMatching(
                /^secrets-stay-secret: DcrProvider ".*": returns the initialClientSecret next to its hash/,
            ),
        ]);
    });

    it("passes the preview-time state, where the DCR provider's outputs are its inputs", async () => {
        const planned = altered(run, KONNECT_DCR_PROVIDER, (r) => ({ ...r, outputs: r.inputs }));
        expect(mandatory(await check(planned))).toEqual([]);
    });

    it("catches credentials registered without clientSecret as a secret output", async () => {
        const broken = altered(run, AUTH0_CLIENT_CREDENTIALS, (r) => ({
            ...r,
            options: { ...r.options, additionalSecretOutputs: [] },
        }));
        expect(mandatory(await check(broken))).toEqual([
            expect.stringContaining(
                'secrets-stay-secret: ClientCredentials "dcr-admin-credentials": clientSecret is not in additionalSecretOutputs',
            ),
        ]);
    });
});

describe("faults expressed through configuration", () => {
    it("an unprotected prod stack (protectResources=false) violates protect-production", async () => {
        const run = await runProgramOffline({
            stack: "prod",
            configOverrides: { "konnect-auth0-dcr:protectResources": "false" },
        });
        const messages = mandatory(await check(run));
        // Every protectable resource the program registered, and nothing else.
        const protectable = run.resources.filter((r) =>
            (PROTECT_PRODUCTION_DEFAULTS.resourceTypes as string[]).includes(r.type),
        );
        expect(protectable.map((r) => r.type)).toEqual(expect.arrayContaining([AUTH0_CLIENT, AUTH0_CLIENT_GRANT]));
        expect(messages).toEqual(
            protectable.map(
                (r) => `protect-production: ${r.type} "${r.name}" in production stack "prod" is not protected.`,
            ),
        );
    });

    it("developer-managed scopes without the matching policy config are flagged, and pass once the config says so", async () => {
        const run = await runProgramOffline({
            stack: "dev",
            configOverrides: { "konnect-auth0-dcr:developerManagedScopes": "true" },
        });
        expect(mandatory(await check(run))).toEqual([
            expect.stringContaining("read:resource_servers is needed only with developer-managed scopes"),
        ]);
        const config = {
            ...policyConfigOf("dev"),
            "dcr-admin-grant-least-privilege": { developerManagedScopes: true },
        };
        const evaluation = await evaluatePolicies(policies, targetsFromRun(run, unwrapSecrets), { config });
        expect(evaluation.mandatoryViolations).toBe(0);
    });
});

describe("the dev stack taking over a setup made by hand, as the real engine shows it to the pack", () => {
    const ADOPT = {
        "konnect-auth0-dcr:adoptDcrAdminClientId": "V9hi0hgb3OzICJgStLqpwTQvOpdkIHDz",
        "konnect-auth0-dcr:adoptDcrAdminGrantId": "cgr_6jj9ZvAKsoF58s7y",
        "konnect-auth0-dcr:adoptPortalAudienceId": "f56ad432d2ced52c217a6c6b",
    };
    /** What the hand-made objects hold where they differ from what the dev stack declares. */
    const LIVE: Record<string, Record<string, unknown>> = {
        [AUTH0_CLIENT_GRANT]: {
            scopes: [...KONG_GUIDE_DCR_SCOPES, "read:users"],
        },
        [AUTH0_RESOURCE_SERVER]: { allowOfflineAccess: true },
    };

    /**
     * The program's own registrations with the engine's `processIgnoreChanges` applied: for every input the resource
     * ignores, the live value in its inputs as in its (imported) outputs. The mocks skip that step, which hid the
     * problem; the engine suite (tests/engine/takeOverPolicy.engine.test.ts) shows it on the real CLI.
     */
    function asTheEngineShowsIt(run: ProgramRun): ProgramRun {
        let kept = 0;
        for (const [type, live] of Object.entries(LIVE)) {
            run = altered(run, type, (r) => {
                const ignored = Object.fromEntries(
                    Object.entries(live).filter(([key]) => r.options.ignoreChanges.includes(key)),
                );
                kept += Object.keys(ignored).length;
                return { ...r, inputs: { ...r.inputs, ...ignored }, outputs: { ...r.outputs, ...live } };
            });
        }
        expect(kept).toBe(2);
        return run;
    }

    it("registers the take-over options the pack's rule recognises (protect, ignoreChanges without the identity inputs)", async () => {
        const run = await runProgramOffline({ stack: "dev", configOverrides: ADOPT });
        const options = (type: string) => run.resources.find((r) => r.type === type)!.options;
        expect(options(AUTH0_CLIENT_GRANT)).toMatchObject({ protect: true, ignoreChanges: ["subjectType", "scopes"] });
        expect(options(AUTH0_RESOURCE_SERVER)).toMatchObject({
            protect: true,
            ignoreChanges: ["name", "signingAlg", "allowOfflineAccess", "tokenDialect"],
        });
    });

    it("passes the pack: read:users and offline access are named by the advisories only", async () => {
        const run = asTheEngineShowsIt(await runProgramOffline({ stack: "dev", configOverrides: ADOPT }));
        const evaluation = await check(run);
        expect(mandatory(evaluation)).toEqual([]);
        expect(evaluation.results.map((r) => `${r.level} ${r.policy}: ${r.message}`)).toEqual([
            expect.stringMatching(
                /^advisory dcr-admin-live-grant-least-privilege: ClientGrant ".*" as Auth0 holds it has scopes beyond what the stack declares: read:users\. .* Kept by the take-over until konnect-auth0-dcr:adoptDcrAdminGrantId is removed;/,
            ),
            expect.stringMatching(
                /^advisory portal-audience-live-settings: ResourceServer ".*" \(https:\/\/api\.dev\.acme\.com\/portal\) as Auth0 holds it allows offline access \(refresh tokens\); the stack declares allowOfflineAccess false\. Kept by the take-over until konnect-auth0-dcr:adoptPortalAudienceId is removed;/,
            ),
        ]);
    });

    it("the same live values without the take-over's options fail the mandatory policies", async () => {
        const run = asTheEngineShowsIt(await runProgramOffline({ stack: "dev", configOverrides: ADOPT }));
        const withoutOptions: ProgramRun = {
            ...run,
            resources: run.resources.map((r) => ({
                ...r,
                options: { ...r.options, protect: false, ignoreChanges: [] },
            })),
        };
        expect(mandatory(await check(withoutOptions))).toEqual([
            expect.stringMatching(
                /^dcr-admin-grant-least-privilege: Grant ".*" on https:\/\/acme-dev\.us\.auth0\.com\/api\/v2\/ has scopes Konnect DCR does not need: read:users\.$/,
            ),
            expect.stringMatching(
                /^audience-is-not-management-api: .*: allowOfflineAccess is true; the portal API must not issue refresh tokens\.$/,
            ),
        ]);
    });
});

describe("per-stack policy config", () => {
    const root = path.resolve(__dirname, "../..");
    const stacks = listStacks(root);

    it.each(stacks)("agrees with Pulumi.%s.yaml on the domains and developer-managed scopes", async (stack) => {
        const { parse } = await import("yaml");
        const config = (parse(fs.readFileSync(path.join(root, `Pulumi.${stack}.yaml`), "utf8")).config ?? {}) as Record<
            string,
            unknown
        >;
        const domain = config["auth0:domain"];
        const custom = config["konnect-auth0-dcr:auth0CustomDomain"];
        const developerManaged = String(config["konnect-auth0-dcr:developerManagedScopes"] ?? "false") === "true";
        const policyConfig = policyConfigOf(stack) as Record<string, Record<string, unknown> | undefined>;
        const issuer = policyConfig["konnect-issuer-consistency"] ?? {};
        const grant = policyConfig["dcr-admin-grant-least-privilege"] ?? {};

        expect(grant.developerManagedScopes ?? false).toBe(developerManaged);
        if (issuer.auth0Domain !== undefined) expect(issuer.auth0Domain).toBe(domain);
        expect(issuer.auth0CustomDomain).toBe(custom);
        if (custom !== undefined)
            expect(policyConfig["audience-is-not-management-api"]?.auth0CustomDomain).toBe(custom);
        if (issuer.portalAudience !== undefined)
            expect(issuer.portalAudience).toBe(config["konnect-auth0-dcr:portalAudience"]);
    });
});
