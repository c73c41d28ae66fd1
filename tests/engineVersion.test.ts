import { RunError } from "@pulumi/pulumi";
import { MINIMUM_PULUMI_CLI, requireSupportedEngine } from "../config/engineVersion";
import { runProgramOffline } from "../offline/programRunner";

describe("the minimum Pulumi CLI", () => {
    it("asks the engine for 3.139.0 or newer and passes when it agrees", async () => {
        const ranges: string[] = [];
        await expect(requireSupportedEngine(async (range) => void ranges.push(range))).resolves.toBeUndefined();
        expect(ranges).toEqual([">=3.139.0"]);
        expect(MINIMUM_PULUMI_CLI).toBe("3.139.0");
    });

    it("fails an older engine with one message naming the minimum, how to upgrade, and what the engine said", async () => {
        const old = async () => {
            throw new Error('Pulumi CLI version 3.130.0 does not satisfy the version range ">=3.139.0"');
        };
        const error = await requireSupportedEngine(old).catch((e) => e);
        expect(error.message).toContain(
            "This stack needs the Pulumi CLI 3.139.0 or newer. Upgrade the CLI (https://www.pulumi.com/docs/install/).",
        );
        expect(error.message).toContain("3.130.0 does not satisfy");
        expect(RunError.isInstance(error)).toBe(true);
    });

    it("also fails an engine too old to answer the version check at all", async () => {
        const ancient = async () => {
            throw new Error(
                "The installed version of the CLI does not support the `RequirePulumiVersion` RPC. Please upgrade the Pulumi CLI.",
            );
        };
        await expect(requireSupportedEngine(ancient)).rejects.toThrow(/needs the Pulumi CLI 3\.139\.0 or newer/);
    });

    it("has nothing to check without an engine (the offline run)", async () => {
        await expect(requireSupportedEngine()).resolves.toBeUndefined();
    });
});

describe("the program on an engine older than the minimum", () => {
    it("stops with the minimum named before it reads Konnect or registers anything", async () => {
        const asked: string[] = [];
        let konnectRead = false;
        const run = runProgramOffline({
            stack: "dev",
            engineVersionCheck: async (range) => {
                asked.push(range);
                throw new Error('Pulumi CLI version 3.130.0 does not satisfy the version range ">=3.139.0"');
            },
            konnectPreflight: async () => {
                konnectRead = true;
            },
        });
        await expect(run).rejects.toThrow(/This stack needs the Pulumi CLI 3\.139\.0 or newer/);
        expect(asked).toEqual([">=3.139.0"]);
        expect(konnectRead).toBe(false);
    });
});
