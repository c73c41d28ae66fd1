/**
 * What the four Konnect providers share at run time, checked on its own: the live object a diff hands to the
 * update that follows (taken once, and only while recent), the labels a removal or a refresh concerns, the
 * prior state a refresh needs, when a server URL counts as moved, and the shared `check`.
 */
import {
    changedKeys,
    compact,
    konnectProviderBasics,
    priorState,
    refreshedLabels,
    rememberLive,
    removedLabelKeys,
    serverUrlMoved,
    takeLive,
} from "../konnect/resources/providerRuntime";
import { UNKNOWN_VALUE } from "../konnect/validation";

const US = "https://us.api.konghq.com";
const EU = "https://eu.api.konghq.com";

describe("the live object a diff hands to the update", () => {
    afterEach(() => jest.useRealTimers());

    it("is taken once: a second update reads Konnect again", () => {
        rememberLive("dcr-provider", "a1", { name: "first" });
        expect(takeLive("dcr-provider", "a1")).toEqual({ name: "first" });
        expect(takeLive("dcr-provider", "a1")).toBeUndefined();
    });

    it("is kept per kind and id", () => {
        rememberLive("dcr-provider", "b1", { kind: "provider" });
        expect(takeLive("application-auth-strategy", "b1")).toBeUndefined();
        expect(takeLive("dcr-provider", "b2")).toBeUndefined();
        expect(takeLive("dcr-provider", "b1")).toEqual({ kind: "provider" });
    });

    it("is used for five minutes after the diff read it, and not after", () => {
        jest.useFakeTimers({ now: new Date("2026-12-04T10:00:00Z") });
        rememberLive("portal", "v3/c1", { at: "diff" });
        jest.setSystemTime(new Date("2026-12-04T10:05:00Z"));
        expect(takeLive("portal", "v3/c1")).toEqual({ at: "diff" });

        rememberLive("portal", "v3/c2", { at: "diff" });
        jest.setSystemTime(new Date("2026-12-04T10:10:00.001Z"));
        expect(takeLive("portal", "v3/c2")).toBeUndefined();
    });
});

describe("labels", () => {
    it("removedLabelKeys lists the keys the state set and the program no longer does", () => {
        expect(
            removedLabelKeys({ labels: { team: "a", "managed-by": "x", cost: "1" } }, { labels: { team: "b" } }),
        ).toEqual(["managed-by", "cost"]);
        expect(removedLabelKeys({}, { labels: { team: "b" } })).toEqual([]);
        expect(removedLabelKeys({ labels: { team: "a" } }, {})).toEqual(["team"]);
    });

    it("refreshedLabels reads the live values of the state's keys only, dropping keys gone from Konnect", () => {
        expect(
            refreshedLabels(
                { team: "edited", "added-in-ui": "x" },
                { team: "payments", "managed-by": "konnect-auth0-dcr" },
            ),
        ).toEqual({ team: "edited" });
        expect(refreshedLabels(undefined, { team: "payments" })).toEqual({});
        expect(refreshedLabels({ team: "edited" }, undefined)).toEqual({});
    });

    it("compact drops undefined members and keeps null, false and empty values", () => {
        expect(compact({ a: undefined, b: null, c: false, d: "", e: 0 })).toEqual({ b: null, c: false, d: "", e: 0 });
        expect(Object.keys(compact({ a: undefined, b: null }))).toEqual(["b"]);
    });
});

describe("refresh", () => {
    it("needs the prior state's server URL, and names the object's kind when it is missing", () => {
        const message =
            "A Konnect DCR provider can only be refreshed from its Pulumi state; pulumi import and .get are not supported.";
        expect(() => priorState(undefined, "DCR provider")).toThrow(message);
        expect(() => priorState({ name: "auth0-dcr" } as { serverUrl?: string }, "DCR provider")).toThrow(message);
        const props = { serverUrl: US, name: "auth0-dcr" };
        expect(priorState(props, "DCR provider")).toBe(props);
    });
});

describe("a moved server URL", () => {
    it("is another Konnect: another region, or another host", () => {
        expect(serverUrlMoved({ serverUrl: US }, { serverUrl: EU })).toContain(
            `This stack's Konnect objects live at ${US}; the stack's settings now say ${EU}.`,
        );
        expect(
            serverUrlMoved({ serverUrl: "http://127.0.0.1:8080" }, { serverUrl: "http://127.0.0.1:8081" }),
        ).toBeDefined();
    });

    it("is not the same URL written with another case or trailing slashes", () => {
        expect(serverUrlMoved({ serverUrl: US }, { serverUrl: "https://US.api.konghq.com//" })).toBeUndefined();
        expect(serverUrlMoved({ serverUrl: `${US}/` }, { serverUrl: US })).toBeUndefined();
    });

    it("is not known without a state's URL, or while either URL is unknown (a preview)", () => {
        expect(serverUrlMoved(undefined, { serverUrl: EU })).toBeUndefined();
        expect(serverUrlMoved({ serverUrl: "" }, { serverUrl: EU })).toBeUndefined();
        expect(serverUrlMoved({ serverUrl: 42 }, { serverUrl: EU })).toBeUndefined();
        expect(serverUrlMoved({ serverUrl: US }, { serverUrl: undefined })).toBeUndefined();
        expect(serverUrlMoved({ serverUrl: UNKNOWN_VALUE }, { serverUrl: EU })).toBeUndefined();
        expect(serverUrlMoved({ serverUrl: US }, { serverUrl: UNKNOWN_VALUE })).toBeUndefined();
    });
});

describe("the check every provider shares", () => {
    const { check } = konnectProviderBasics<Record<string, unknown>>((inputs) =>
        typeof inputs.name === "string" && inputs.name.length > 0
            ? []
            : [{ property: "name", reason: "name is empty" }],
    );

    it("keeps the deployed name when the name is the stack's default, so an upgrade never renames", async () => {
        const result = await check(
            { serverUrl: US, name: "auth0-dcr-dev" },
            { serverUrl: US, name: "konnect-auth0-dcr-dev", keepExistingName: true },
        );
        expect(result).toEqual({
            inputs: { serverUrl: US, name: "auth0-dcr-dev", keepExistingName: true },
            failures: [],
        });
    });

    it("takes the new name when it is a setting, or when the state has no usable name", async () => {
        const set = { serverUrl: US, name: "renamed" };
        expect((await check({ serverUrl: US, name: "auth0-dcr-dev" }, set)).inputs).toEqual(set);
        for (const name of ["", UNKNOWN_VALUE, undefined]) {
            const wanted = { serverUrl: US, name: "konnect-auth0-dcr-dev", keepExistingName: true };
            expect((await check({ serverUrl: US, name }, wanted)).inputs).toEqual(wanted);
        }
    });

    it("checks the inputs it will use, and refuses another server URL as a failure on serverUrl", async () => {
        const result = await check({ serverUrl: US, name: "a" }, { serverUrl: EU, name: "" });
        expect(result.failures!.map((f) => f.property)).toEqual(["name", "serverUrl"]);
        expect(result.failures![1].reason).toContain(`live at ${US}; the stack's settings now say ${EU}`);
    });
});

describe("changedKeys", () => {
    it("lists the keys whose value differs or is not known yet, in the order asked", () => {
        expect(
            changedKeys({ portalId: "p1", portalKind: "v3" }, { portalId: "p1", portalKind: "classic" }, [
                "portalId",
                "portalKind",
            ]),
        ).toEqual(["portalKind"]);
        expect(changedKeys({ portalId: "p1" }, { portalId: UNKNOWN_VALUE }, ["portalId"])).toEqual(["portalId"]);
        expect(changedKeys({ portalId: "p1" }, { portalId: "p1" }, ["portalId"])).toEqual([]);
    });
});
