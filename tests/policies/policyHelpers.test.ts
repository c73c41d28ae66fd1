/**
 * The helpers every policy leans on, each against the source of its rule: Pulumi's URN form
 * (`urn:pulumi:<stack>::<project>::<type>::<name>`), Konnect's label value pattern in its OpenAPI documents
 * (`^[a-z0-9A-Z]{1}([a-z0-9A-Z-._]*[a-z0-9A-Z]+)?$`, 1–63 characters), the Auth0 Management API audience
 * (`https://<tenant domain>/api/v2/`), and what the engine hands a resource policy.
 */
import {
    configOf,
    describe as describeResource,
    domainOfManagementApiAudience,
    isAbsoluteUri,
    known,
    linkedResources,
    listed,
    managementApiGrants,
    ownerLabelNames,
    projectOfUrn,
    stackOfUrn,
    stringList,
    validateTypes,
} from "../../policies/lib/policyHelpers";
import { PolicyResource, ResourceValidationArgs, unknownCheckingProxy } from "../../policies/lib/policySdk";
import { UNKNOWN } from "../support/policyHarness";
import { ownerLabelValue } from "../../konnect/payloads";

const GRANT = "auth0:index/clientGrant:ClientGrant";
const CLIENT = "auth0:index/client:Client";

function resource(type: string, name: string, props: Record<string, unknown> = {}): PolicyResource {
    return { type, name, urn: `urn:pulumi:dev::konnect-auth0-dcr::${type}::${name}`, props } as PolicyResource;
}

describe("configOf", () => {
    const defaults = { enforce: true, stacks: ["prod"], limit: 3 };

    it("takes each given key over its default and keeps the defaults of the keys not given", () => {
        expect(configOf({ getConfig: () => ({ limit: 5 }) as never }, defaults)).toEqual({
            enforce: true,
            stacks: ["prod"],
            limit: 5,
        });
    });

    it("keeps the default of a key given as null or undefined, as a hand-written config file may", () => {
        const given = { enforce: null, stacks: undefined, limit: 0 };
        expect(configOf({ getConfig: () => given as never }, defaults)).toEqual({
            enforce: true,
            stacks: ["prod"],
            limit: 0,
        });
    });

    it("returns the defaults when the engine hands no config at all", () => {
        expect(configOf({ getConfig: () => undefined as never }, defaults)).toEqual(defaults);
    });
});

describe("stackOfUrn and projectOfUrn", () => {
    const urn = "urn:pulumi:prod::konnect-auth0-dcr::auth0:index/client:Client::dcr-admin-client";

    it("read the stack and the project of a Pulumi URN", () => {
        expect(stackOfUrn(urn)).toBe("prod");
        expect(projectOfUrn(urn)).toBe("konnect-auth0-dcr");
    });

    it("read nothing from a string that only contains a URN", () => {
        expect(stackOfUrn(`x${urn}`)).toBeUndefined();
        expect(projectOfUrn(`x${urn}`)).toBeUndefined();
        expect(stackOfUrn("prod")).toBeUndefined();
        expect(projectOfUrn("urn:pulumi:prod")).toBeUndefined();
    });
});

describe("ownerLabelNames", () => {
    it("accepts a name that is a label value only as itself", () => {
        expect(ownerLabelNames("dev", "dev")).toBe(true);
        expect(ownerLabelNames("Dev", "dev")).toBe(false);
        expect(ownerLabelNames(`dev-${"0".repeat(8)}`, "dev")).toBe(false);
        expect(ownerLabelNames(undefined, "dev")).toBe(false);
        expect(ownerLabelNames(42, "42")).toBe(false);
    });

    it("takes 63 characters as a label value and 64 as a name that needs the hashed form", () => {
        const sixtyThree = "a".repeat(63);
        expect(ownerLabelNames(sixtyThree, sixtyThree)).toBe(true);
        const sixtyFour = "a".repeat(64);
        expect(ownerLabelNames(sixtyFour, sixtyFour)).toBe(false);
        expect(ownerLabelNames(`${"a".repeat(54)}-0123abcd`, sixtyFour)).toBe(true);
        expect(ownerLabelNames(`${"a".repeat(55)}-0123abcd`, sixtyFour)).toBe(false);
    });

    it("accepts the label-safe form of another name: other characters as '-', trimmed to alphanumerics at both ends", () => {
        expect(ownerLabelNames("my-stack-0123abcd", "my stack")).toBe(true);
        expect(ownerLabelNames("mystack-0123abcd", "my stack")).toBe(false);
        expect(ownerLabelNames("my stack-0123abcd", "my stack")).toBe(false);
        expect(ownerLabelNames("dev-0123abcd", "__dev__")).toBe(true);
        expect(ownerLabelNames("__dev__-0123abcd", "__dev__")).toBe(false);
        expect(ownerLabelNames("dev_-0123abcd", "__dev_!")).toBe(false);
        expect(ownerLabelNames("dev-0123abcd", "..dev..")).toBe(true);
    });

    it("requires exactly eight lower-case hex digits after the prefix, and nothing around them", () => {
        expect(ownerLabelNames("my-stack-0123ABCD", "my stack")).toBe(false);
        expect(ownerLabelNames("my-stack-0123abc", "my stack")).toBe(false);
        expect(ownerLabelNames("my-stack-0123abcdx", "my stack")).toBe(false);
        expect(ownerLabelNames("xmy-stack-0123abcd", "my stack")).toBe(false);
        expect(ownerLabelNames("my-stack0123abcd", "my stack")).toBe(false);
    });

    it("accepts the bare hash for a name with no label-safe character left", () => {
        expect(ownerLabelNames("0123abcd", "___")).toBe(true);
        expect(ownerLabelNames("-0123abcd", "___")).toBe(false);
    });

    it("accepts every owner label the Konnect providers write", () => {
        for (const name of ["dev", "my stack", "__dev__", "a".repeat(64), "___", "stäck/β"]) {
            expect(ownerLabelNames(ownerLabelValue(name), name)).toBe(true);
        }
    });
});

describe("validateTypes", () => {
    function args(type: string, props: Record<string, unknown> = {}) {
        const notApplicable = jest.fn((reason: string) => {
            throw new Error(`not applicable: ${reason}`);
        });
        const value = { type, props, urn: `urn:pulumi:dev::p::${type}::r`, notApplicable };
        return { value: value as unknown as ResourceValidationArgs, notApplicable };
    }

    it("marks a resource of another type not applicable, naming the types it applies to", () => {
        const validate = jest.fn();
        const fn = validateTypes(["a:b:C", "a:b:D"], validate);
        const { value, notApplicable } = args("a:b:E");
        expect(() => fn(value, jest.fn())).toThrow("not applicable");
        expect(notApplicable).toHaveBeenCalledWith("Policy only applies to resources of type 'a:b:C', 'a:b:D'");
        expect(validate).not.toHaveBeenCalled();
    });

    it("hands a resource of its types its props and reports against its URN", async () => {
        const report = jest.fn();
        const fn = validateTypes(["a:b:C"], (props, _args, violation) => violation(`saw ${String(props.x)}`));
        await fn(args("a:b:C", { x: 1 }).value, report);
        expect(report).toHaveBeenCalledWith("saw 1", "urn:pulumi:dev::p::a:b:C::r");
    });

    it("tags a single type for the engine to filter on, and several types not", () => {
        expect((validateTypes(["a:b:C"], jest.fn()) as { __pulumiType?: string }).__pulumiType).toBe("a:b:C");
        expect((validateTypes(["a:b:C", "a:b:D"], jest.fn()) as { __pulumiType?: string }).__pulumiType).toBe(
            undefined,
        );
    });
});

describe("known", () => {
    it("returns what the read returns, undefined for a value unknown during preview, and rethrows anything else", () => {
        expect(known(() => 7)).toBe(7);
        const props = unknownCheckingProxy({ audience: UNKNOWN });
        expect(known(() => props.audience)).toBeUndefined();
        expect(() =>
            known(() => {
                throw new TypeError("boom");
            }),
        ).toThrow("boom");
    });
});

describe("isAbsoluteUri", () => {
    it("accepts a scheme, :// and a host", () => {
        expect(isAbsoluteUri("https://api.dev.acme.com/portal")).toBe(true);
        expect(isAbsoluteUri("urn-x+y.z://host")).toBe(true);
    });

    it("refuses no host, whitespace, a relative or non-string value, text before the scheme and an unparsable host", () => {
        for (const value of [
            "https://",
            "https:///path",
            "https://a b",
            " https://a",
            "x https://a",
            "/portal",
            "api.acme.com",
            "1https://a",
            "https://[::1",
            42,
            undefined,
        ]) {
            expect([value, isAbsoluteUri(value)]).toEqual([value, false]);
        }
    });
});

describe("small readers", () => {
    it("stringList keeps the strings of a list and reads anything else as empty", () => {
        expect(stringList(["a", 1, null, "b"])).toEqual(["a", "b"]);
        expect(stringList("a")).toEqual([]);
        expect(stringList(undefined)).toEqual([]);
    });

    it("listed joins with a comma and a space", () => {
        expect(listed(["a", "b", "c"])).toBe("a, b, c");
    });

    it("domainOfManagementApiAudience reads the tenant domain, lower-cased, of a Management API audience only", () => {
        expect(domainOfManagementApiAudience("https://ACME-dev.us.auth0.com/api/v2/")).toBe("acme-dev.us.auth0.com");
        expect(domainOfManagementApiAudience("https://api.dev.acme.com/portal")).toBeUndefined();
    });

    it("describe names a resource by the last part of its type and its name", () => {
        expect(describeResource({ type: CLIENT, name: "dcr-admin-client" })).toBe('Client "dcr-admin-client"');
    });
});

describe("managementApiGrants", () => {
    it("keeps the client grants whose audience is a Management API, and nothing else", () => {
        const management = resource(GRANT, "m", { audience: "https://acme.us.auth0.com/api/v2/" });
        const portal = resource(GRANT, "p", { audience: "https://api.dev.acme.com/portal" });
        const unknown = resource(GRANT, "u", { audience: undefined });
        const client = resource(CLIENT, "c", { audience: "https://acme.us.auth0.com/api/v2/" });
        expect(managementApiGrants([management, portal, unknown, client])).toEqual([management]);
    });
});

describe("linkedResources", () => {
    const client = resource(CLIENT, "c");
    const other = resource(CLIENT, "o");
    const grant = resource(GRANT, "g");

    it("follows the property's own dependencies when the engine recorded them, keeping the types asked for", () => {
        const r = {
            ...resource("x:y:Z", "r"),
            dependencies: [client, other, grant],
            propertyDependencies: { clientId: [client, grant] },
        } as unknown as PolicyResource;
        expect(linkedResources(r, "clientId", [CLIENT])).toEqual([client]);
    });

    it("falls back to all the resource's dependencies when the property has none recorded", () => {
        const none = { ...resource("x:y:Z", "r"), dependencies: [other, grant] } as unknown as PolicyResource;
        expect(linkedResources(none, "clientId", [CLIENT])).toEqual([other]);
        const empty = {
            ...resource("x:y:Z", "r"),
            dependencies: [other],
            propertyDependencies: { clientId: [] },
        } as unknown as PolicyResource;
        expect(linkedResources(empty, "clientId", [CLIENT])).toEqual([other]);
    });
});
