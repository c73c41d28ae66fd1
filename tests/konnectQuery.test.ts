/**
 * Konnect's list filters as its OpenAPI documents and Kong's documentation write them: deepObject
 * (`filter[name][eq]=auth0-dcr-dev`, `page[size]=100`), several values of an `oeq` comma-separated, values
 * percent-encoded and brackets left readable.
 */
import { serializeKonnectQuery } from "../konnect/client";

describe("serializeKonnectQuery", () => {
    it("writes nested filters and paging as deepObject parameters, in order", () => {
        expect(
            serializeKonnectQuery({ filter: { name: { eq: "auth0-dcr-dev" } }, page: { size: 100, number: 2 } }),
        ).toBe("filter[name][eq]=auth0-dcr-dev&page[size]=100&page[number]=2");
    });

    it("percent-encodes values, joins a list with commas and leaves out unset values", () => {
        expect(
            serializeKonnectQuery({
                filter: { name: { eq: "Auth0 (dev) & co" }, id: { oeq: ["a", "b"] }, issuer: undefined },
                sort: null,
                q: "x/y",
            }),
        ).toBe("filter[name][eq]=Auth0%20(dev)%20%26%20co&filter[id][oeq]=a%2Cb&q=x%2Fy");
        expect(serializeKonnectQuery({})).toBe("");
    });
});
