import * as auth0 from "@pulumi/auth0";
import * as policySdkIndex from "@pulumi/policy";
import {
    Policy,
    ResourceValidationPolicy,
    StackValidationPolicy,
    unknownCheckingProxy,
    UnknownValueError,
} from "../../policies/lib/policySdk";
import {
    effectiveEnforcementLevel,
    evaluatePolicies,
    policyConfig,
    run,
    target,
    UNKNOWN,
    violations,
} from "../support/policyHarness";

const clientType = "auth0:index/client:Client";

/** A resource policy that reports every client it sees, reading `appType`. */
const reportsClients: ResourceValidationPolicy = {
    name: "reports-clients",
    description: "Reports every client.",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: { label: { type: "string", default: "from-default" }, other: { type: "number", default: 1 } },
    },
    validateResource: (args, report) => {
        if (!args.isType(auth0.Client)) args.notApplicable("not a client");
        const config = args.getConfig<{ label: string; other: number }>();
        report(`${config.label}/${config.other}: ${args.props.appType}`);
    },
};

describe("enforcement levels resolve as the engine resolves them", () => {
    const policy: Policy = { name: "p", description: "P.", enforcementLevel: "mandatory" };

    it("takes the policy's config first, then the `all` config, then the policy, then the pack", () => {
        expect(
            effectiveEnforcementLevel(policy, "advisory", { p: { enforcementLevel: "advisory" }, all: "disabled" }),
        ).toBe("advisory");
        expect(effectiveEnforcementLevel(policy, "advisory", { p: "disabled" })).toBe("disabled");
        expect(effectiveEnforcementLevel(policy, "advisory", { all: "advisory" })).toBe("advisory");
        expect(effectiveEnforcementLevel(policy, "advisory", {})).toBe("mandatory");
        expect(effectiveEnforcementLevel({ name: "q", description: "Q." }, "mandatory", {})).toBe("mandatory");
        expect(effectiveEnforcementLevel({ name: "q", description: "Q." })).toBe("advisory");
    });

    it("skips a disabled policy entirely", async () => {
        const outcome = await run(reportsClients, [target(clientType, "c", { appType: "spa" })], {
            "reports-clients": "disabled",
        });
        expect(outcome.level).toBe("disabled");
        expect(outcome.results).toEqual([]);
        expect(outcome.checked).toEqual([]);
    });

    it("reports a remediate-level policy's violations as mandatory", async () => {
        const outcome = await run(reportsClients, [target(clientType, "c", { appType: "spa" })], {
            "reports-clients": { enforcementLevel: "remediate" },
        });
        expect(outcome.results.map((r) => r.level)).toEqual(["mandatory"]);
    });

    it("reports at the overridden level when config lowers a mandatory policy", async () => {
        const outcome = await run(reportsClients, [target(clientType, "c", { appType: "spa" })], {
            "reports-clients": { enforcementLevel: "advisory" },
        });
        expect(outcome.results).toEqual([
            expect.objectContaining({ level: "advisory", kind: "violation", message: "from-default/1: spa" }),
        ]);
    });
});

describe("getConfig returns the policy's config over its schema defaults, without enforcementLevel", () => {
    it("fills defaults and lets config win", async () => {
        expect(
            policyConfig(reportsClients, { "reports-clients": { enforcementLevel: "advisory", label: "given" } }),
        ).toEqual({ label: "given", other: 1 });
        const outcome = await run(reportsClients, [target(clientType, "c", { appType: "spa" })], {
            "reports-clients": { label: "given" },
        });
        expect(violations(outcome)).toEqual(["given/1: spa"]);
    });

    it("hands each call a fresh copy, so a policy cannot change another call's config", async () => {
        const mutating: ResourceValidationPolicy = {
            name: "mutates",
            description: "Mutates its config.",
            configSchema: { properties: { list: { type: "array", default: ["a"] } } },
            validateResource: (args, report) => {
                const config = args.getConfig<{ list: string[] }>();
                report(config.list.join(","));
                config.list.push("x");
            },
        };
        const outcome = await run(mutating, [target(clientType, "a", {}), target(clientType, "b", {})]);
        expect(violations(outcome)).toEqual(["a", "a"]);
    });
});

describe("not applicable and type filtering", () => {
    it("treats a thrown notApplicable as not applicable, not as an error", async () => {
        const outcome = await run(reportsClients, [target("auth0:index/clientGrant:ClientGrant", "g", {})]);
        expect(outcome.results).toEqual([]);
        expect(outcome.notApplicable).toEqual([{ urn: expect.stringContaining("::g"), reason: "not a client" }]);
        expect(outcome.checked).toEqual([]);
    });

    it("skips other types without calling a validation tagged with __pulumiType", async () => {
        const seen: string[] = [];
        const validate = Object.assign(
            (args: { name: string }) => {
                seen.push(args.name);
            },
            { __pulumiType: clientType },
        );
        const policy: ResourceValidationPolicy = { name: "tagged", description: "Tagged.", validateResource: validate };
        const outcome = await run(policy, [
            target(clientType, "c", {}),
            target("auth0:index/clientGrant:ClientGrant", "g", {}),
        ]);
        expect(seen).toEqual(["c"]);
        expect(outcome.notApplicable[0].reason).toBe(`Policy only applies to resources of type '${clientType}'`);
    });

    it("does not send the root stack or provider resources to resource policies", async () => {
        const seen: string[] = [];
        const policy: ResourceValidationPolicy = {
            name: "all",
            description: "All.",
            validateResource: (args) => void seen.push(args.type),
        };
        await run(policy, [
            target("pulumi:pulumi:Stack", "s", {}),
            target("pulumi:providers:auth0", "default", {}),
            target(clientType, "c", {}),
        ]);
        expect(seen).toEqual([clientType]);
    });

    it("hands resource and stack policies the stack's tags", async () => {
        const seen: string[] = [];
        const resourcePolicy: ResourceValidationPolicy = {
            name: "tags-r",
            description: "R.",
            validateResource: (args) => void seen.push(args.stackTags.get("env")!),
        };
        const stackPolicy: StackValidationPolicy = {
            name: "tags-s",
            description: "S.",
            validateStack: (args) => void seen.push(args.stackTags.get("env")!),
        };
        await evaluatePolicies([resourcePolicy, stackPolicy], [target(clientType, "c", {})], {
            stackTags: new Map([["env", "prod"]]),
        });
        expect(seen).toEqual(["prod", "prod"]);
    });

    it("passes isType by the SDK class's type token", async () => {
        const outcome = await run(reportsClients, [target(clientType, "c", { appType: "non_interactive" })]);
        expect(violations(outcome)).toEqual(["from-default/1: non_interactive"]);
    });
});

describe("values unknown during preview", () => {
    it("are detected with the very class and proxy the SDK's index gives the policies", () => {
        const index = policySdkIndex as unknown as { UnknownValueError: unknown; unknownCheckingProxy: unknown };
        expect(UnknownValueError).toBe(index.UnknownValueError);
        expect(unknownCheckingProxy).toBe(index.unknownCheckingProxy);
    });

    it("turn a resource policy's read into an advisory can't-run result", async () => {
        const outcome = await run(reportsClients, [target(clientType, "c", { appType: UNKNOWN })]);
        expect(outcome.results).toEqual([
            expect.objectContaining({
                level: "advisory",
                kind: "unknown-during-preview",
                message:
                    "can't run policy 'reports-clients' during preview: string value at .appType can't be known during preview",
            }),
        ]);
    });

    it("keep violations a stack policy reported before it read the unknown value", async () => {
        const policy: StackValidationPolicy = {
            name: "stack-reader",
            description: "Reads outputs.",
            enforcementLevel: "mandatory",
            validateStack: (args, report) => {
                report("first");
                report(`id ${args.resources[0].props.clientId}`);
            },
        };
        const outcome = await run(policy, [target(clientType, "c", {}, { outputs: { clientId: UNKNOWN } })]);
        expect(outcome.results.map((r) => [r.level, r.kind])).toEqual([
            ["mandatory", "violation"],
            ["advisory", "unknown-during-preview"],
        ]);
    });

    it("do not throw when the policy only reads known values", async () => {
        const outcome = await run(reportsClients, [target(clientType, "c", { appType: "spa", clientId: UNKNOWN })]);
        expect(violations(outcome)).toEqual(["from-default/1: spa"]);
    });
});

describe("stack policies see the resource graph", () => {
    it("links parents, dependencies and property dependencies to resource objects", async () => {
        const seen: string[] = [];
        const policy: StackValidationPolicy = {
            name: "graph",
            description: "Graph.",
            validateStack: (args) => {
                const grant = args.resources.find((r) => r.name === "g")!;
                seen.push(
                    grant.parent!.name,
                    ...grant.dependencies.map((d) => d.name),
                    ...grant.propertyDependencies.clientId.map((d) => d.name),
                );
            },
        };
        const client = target(clientType, "c", {});
        const parent = target("konnect-auth0-dcr:auth0:DcrAdmin", "admin", {});
        const grant = {
            ...target(
                "auth0:index/clientGrant:ClientGrant",
                "g",
                {},
                { dependencies: [client.urn], propertyDependencies: { clientId: [client.urn] } },
            ),
            parent: parent.urn,
        };
        await run(policy, [parent, client, grant]);
        expect(seen).toEqual(["admin", "c", "c"]);
    });

    it("run after the resource policies and are reported in the pack's order", async () => {
        const order: string[] = [];
        const stackFirst: StackValidationPolicy = {
            name: "stack-first",
            description: "S.",
            validateStack: () => void order.push("stack"),
        };
        const resourceSecond: ResourceValidationPolicy = {
            name: "resource-second",
            description: "R.",
            validateResource: () => void order.push("resource"),
        };
        const evaluation = await evaluatePolicies([stackFirst, resourceSecond], [target(clientType, "c", {})]);
        expect(order).toEqual(["resource", "stack"]);
        expect(evaluation.outcomes.map((o) => o.policy)).toEqual(["stack-first", "resource-second"]);
    });
});
