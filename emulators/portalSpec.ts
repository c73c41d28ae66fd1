/**
 * Kong's developer-facing Portal API document (`dev-portal/v3/openapi.yaml`) as the portal stand-in's judge,
 * on top of the project's OpenAPI validator (`openApiValidator.ts`): the operation is resolved by path and
 * method, then query parameter names, path parameters and the JSON body are checked against what the
 * document declares, and so are the stand-in's own responses. Nothing here restates a shape.
 */
import { InvalidParameter, KonnectSpecName, loadKonnectSpec, OpenApiSpec, SpecOperation } from "./openApiValidator";

const DEV_PORTAL_V3: KonnectSpecName = "dev-portal/v3";

/** A request's operation, as the document declares it. */
export interface MatchedOperation {
    readonly operation: SpecOperation;
    readonly operationId: string;
    readonly pathParams: Readonly<Record<string, string>>;
    /** True when the operation admits no anonymous caller (no `{}` among its security alternatives). */
    readonly requiresSession: boolean;
}

/** A problem with a request, in the shape of Konnect's `invalid_parameters` entries. */
export type RequestProblem = Omit<InvalidParameter, "source"> & { readonly source: "body" | "query" | "path" };

type Schema = Record<string, any>;

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

export class PortalSpec {
    private readonly spec: OpenApiSpec = loadKonnectSpec(DEV_PORTAL_V3);

    /** The operation for `method` and `pathname`, or undefined when the document has none. */
    match(method: string, pathname: string): MatchedOperation | undefined {
        for (const operation of this.spec.operations) {
            if (operation.method !== method.toUpperCase()) continue;
            const pathParams = operation.match(pathname);
            if (!pathParams) continue;
            const raw = this.spec.resolve(`#/paths/${escapePointer(operation.path)}/${operation.method.toLowerCase()}`);
            const security: Schema[] = raw.security ?? [];
            const requiresSession =
                security.length > 0 && !security.some((alternative) => Object.keys(alternative).length === 0);
            return { operation, operationId: operation.operationId, pathParams, requiresSession };
        }
        return undefined;
    }

    /** Undeclared query parameters, malformed path parameters and a body off its schema; empty when valid. */
    validateRequest(match: MatchedOperation, query: URLSearchParams, body: unknown): RequestProblem[] {
        const { operation } = match;
        const problems: RequestProblem[] = [];
        const declared = new Set(operation.parameters.filter((p) => p.in === "query").map((p) => p.name as string));
        for (const name of query.keys()) {
            if (!declared.has(name))
                problems.push({
                    field: name,
                    rule: "unknown_property",
                    reason: `is not a query parameter of ${match.operationId}`,
                    source: "query",
                });
        }
        for (const p of operation.parameters.filter((param) => param.in === "path")) {
            if (!this.pathParamValid(p.schema, match.pathParams[p.name])) {
                problems.push({ field: p.name, rule: "invalid", reason: `is not a valid ${p.name}`, source: "path" });
            }
        }
        if (!operation.requestBody) {
            if (body !== undefined)
                problems.push({
                    field: "body",
                    rule: "invalid",
                    reason: `${match.operationId} takes no body`,
                    source: "body",
                });
        } else if (body === undefined) {
            if (operation.requestBody.required)
                problems.push({ field: "body", rule: "required", reason: "is required", source: "body" });
        } else {
            problems.push(...this.spec.validate(operation.requestBody.schema, body, "body"));
        }
        return problems;
    }

    /** What is wrong with a response the stand-in is about to send; an undeclared status is wrong too. */
    validateResponse(match: MatchedOperation, status: number, body: unknown): string[] {
        return this.spec.responseErrors(match.operation, status, body);
    }

    /**
     * A path parameter fits its schema. The document's `oneOf` here offers overlapping alternatives (a UUID
     * is also a valid slug), so any one alternative is taken as what it means.
     */
    private pathParamValid(schema: Schema, value: string): boolean {
        const alternatives: Schema[] | undefined = schema["x-one-of"] ?? schema["x-any-of"];
        return (alternatives ?? [schema]).some(
            (alternative) => this.spec.validate(alternative, value, "query").length === 0,
        );
    }
}
