/**
 * Request body shapes of the Auth0 Management API, read from the type declarations the `auth0` npm package
 * publishes (generated from Auth0's API definition), and a validator that answers like Auth0 does.
 *
 * The declarations are parsed (not type-checked) with the TypeScript compiler API, each on first use:
 * `requests.d.ts` holds the request bodies (`CreateClientRequestContent`, …), `types.d.ts` the nested object
 * types and the enums (`export declare const XEnum: { readonly A: "a"; … }`).
 *
 * Validation follows Auth0's rules and messages (`Payload validation error: 'Additional properties not allowed:
 * a,b'.` etc., errorCode `invalid_body`): unknown properties at any level, missing required properties,
 * wrong JSON types and enum values are refused. One deliberate leniency: `null` is accepted for any optional
 * property, because Auth0 accepts it where the published types forget to say so (recorded traffic of the
 * Terraform provider PATCHes a client with `"signed_request_object": null` and gets 200).
 */
import { readFileSync } from "fs";
import * as path from "path";
import * as ts from "typescript";

/** A JSON shape, as far as the emulator checks it. */
export type Shape =
    | { kind: "any" }
    | { kind: "string" | "number" | "boolean" }
    | { kind: "enum"; values: readonly string[] }
    | { kind: "array"; items: Shape }
    | { kind: "object"; properties: Map<string, Property>; open: boolean };

export interface Property {
    readonly shape: Shape;
    readonly required: boolean;
    readonly nullable: boolean;
}

/** The request bodies the emulator serves, by the name the `auth0` package gives them. */
export type RequestBodyName =
    | "CreateClientRequestContent"
    | "UpdateClientRequestContent"
    | "CreateClientGrantRequestContent"
    | "UpdateClientGrantRequestContent"
    | "CreateResourceServerRequestContent"
    | "UpdateResourceServerRequestContent";

class Declarations {
    /** Source text of each top-level declaration, by name; parsed only when first needed. */
    private readonly texts = new Map<string, string>();
    private readonly interfaces = new Map<string, ts.InterfaceDeclaration>();
    private readonly aliases = new Map<string, ts.TypeAliasDeclaration>();
    private readonly constants = new Map<string, ts.TypeNode>();
    private readonly resolved = new Map<string, Shape>();

    constructor(files: readonly string[]) {
        // The declaration files are large (types.d.ts is ~2 MB); parsing them whole takes seconds, so they are
        // cut at their top-level `export` statements and each declaration is parsed on demand.
        for (const file of files) {
            for (const chunk of readFileSync(file, "utf8").split(/^(?=export )/m)) {
                const name = /^export (?:interface|type|declare const) (\w+)/.exec(chunk)?.[1];
                if (name) {
                    this.texts.set(name, (this.texts.get(name) ?? "") + chunk);
                }
            }
        }
    }

    private load(name: string): void {
        const text = this.texts.get(name);
        if (text === undefined) {
            return;
        }
        this.texts.delete(name);
        this.collect(ts.createSourceFile(`${name}.d.ts`, text, ts.ScriptTarget.Latest, false));
    }

    private collect(node: ts.Node): void {
        if (ts.isInterfaceDeclaration(node)) {
            this.interfaces.set(node.name.text, node);
        } else if (ts.isTypeAliasDeclaration(node)) {
            this.aliases.set(node.name.text, node);
        } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.type) {
            this.constants.set(node.name.text, node.type);
        }
        ts.forEachChild(node, (child) => this.collect(child));
    }

    /** The shape of a named declaration (`Management.` prefix ignored). */
    named(name: string): Shape {
        const cached = this.resolved.get(name);
        if (cached) {
            return cached;
        }
        // Placeholder first: recursive types resolve to "any" at the point of recursion.
        this.resolved.set(name, { kind: "any" });
        this.load(name);
        let shape: Shape = { kind: "any" };
        const declaration = this.interfaces.get(name);
        const constant = this.constants.get(name);
        if (declaration) {
            shape = this.members(declaration.members);
        } else if (constant && ts.isTypeLiteralNode(constant)) {
            // `export declare const XEnum: { readonly A: "a"; … }` and its `type XEnum = (typeof XEnum)[…]`.
            const values = constant.members.flatMap((m) =>
                ts.isPropertySignature(m) &&
                m.type &&
                ts.isLiteralTypeNode(m.type) &&
                ts.isStringLiteral(m.type.literal)
                    ? [m.type.literal.text]
                    : [],
            );
            shape = { kind: "enum", values };
        } else if (this.aliases.has(name)) {
            shape = this.shapeOf(this.aliases.get(name)!.type).shape;
        }
        this.resolved.set(name, shape);
        return shape;
    }

    private members(members: ts.NodeArray<ts.TypeElement>): Shape {
        const properties = new Map<string, Property>();
        let open = false;
        for (const member of members) {
            if (ts.isIndexSignatureDeclaration(member)) {
                open = true;
            } else if (ts.isPropertySignature(member) && member.type) {
                const name =
                    ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)
                        ? member.name.text
                        : member.name.getText();
                const { shape, nullable } = this.shapeOf(member.type);
                properties.set(name, { shape, nullable, required: !member.questionToken });
            }
        }
        return { kind: "object", properties, open };
    }

    private shapeOf(node: ts.TypeNode): { shape: Shape; nullable: boolean } {
        if (ts.isParenthesizedTypeNode(node)) {
            return this.shapeOf(node.type);
        }
        if (ts.isUnionTypeNode(node)) {
            let nullable = false;
            const members: Shape[] = [];
            for (const member of node.types) {
                if (ts.isLiteralTypeNode(member) && member.literal.kind === ts.SyntaxKind.NullKeyword) {
                    nullable = true;
                } else if (member.kind !== ts.SyntaxKind.UndefinedKeyword) {
                    members.push(this.shapeOf(member).shape);
                }
            }
            return { shape: members.length === 1 ? members[0] : unionOf(members), nullable };
        }
        switch (node.kind) {
            case ts.SyntaxKind.StringKeyword:
                return { shape: { kind: "string" }, nullable: false };
            case ts.SyntaxKind.NumberKeyword:
                return { shape: { kind: "number" }, nullable: false };
            case ts.SyntaxKind.BooleanKeyword:
                return { shape: { kind: "boolean" }, nullable: false };
        }
        if (ts.isArrayTypeNode(node)) {
            return { shape: { kind: "array", items: this.shapeOf(node.elementType).shape }, nullable: false };
        }
        if (ts.isTypeLiteralNode(node)) {
            return { shape: this.members(node.members), nullable: false };
        }
        if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
            return { shape: { kind: "enum", values: [node.literal.text] }, nullable: false };
        }
        if (ts.isTypeReferenceNode(node)) {
            const name = ts.isQualifiedName(node.typeName) ? node.typeName.right.text : node.typeName.text;
            if (name === "Record") {
                return { shape: { kind: "object", properties: new Map(), open: true }, nullable: false };
            }
            return { shape: this.named(name), nullable: false };
        }
        return { shape: { kind: "any" }, nullable: false };
    }
}

/** Unions other than `T | null` are rare in request bodies: accept what any member accepts, unchecked. */
function unionOf(members: Shape[]): Shape {
    if (members.every((m) => m.kind === "enum")) {
        return { kind: "enum", values: members.flatMap((m) => (m.kind === "enum" ? m.values : [])) };
    }
    return { kind: "any" };
}

let declarations: Declarations | undefined;

function managementApiDeclarations(): Declarations {
    if (!declarations) {
        const api = path.join(path.dirname(require.resolve("auth0")), "management", "api");
        declarations = new Declarations([
            path.join(api, "requests", "requests.d.ts"),
            path.join(api, "types", "types.d.ts"),
        ]);
    }
    return declarations;
}

/**
 * What Auth0 accepts beyond the published types, seen in recorded traffic (bodies Auth0 answered with 2xx):
 * a property path within a request body, and the shape or enum values to allow there.
 */
const ACCEPTED_BEYOND_TYPES: readonly { body: RequestBodyName; path: string[]; property?: Shape; values?: string[] }[] =
    [
        { body: "CreateResourceServerRequestContent", path: ["token_lifetime_for_web"], property: { kind: "number" } },
        { body: "UpdateResourceServerRequestContent", path: ["token_lifetime_for_web"], property: { kind: "number" } },
        {
            body: "UpdateClientRequestContent",
            path: ["session_transfer", "delegation", "enforce_device_binding"],
            values: ["asn"],
        },
    ];

const extended = new Set<RequestBodyName>();

/** The shape of a Management API request body, from the published declarations. */
export function requestBodyShape(name: RequestBodyName): Shape {
    const shape = managementApiDeclarations().named(name);
    if (shape.kind !== "object" || shape.properties.size === 0) {
        throw new Error(`the auth0 package declares no request body ${name}`);
    }
    if (!extended.has(name)) {
        extended.add(name);
        for (const extra of ACCEPTED_BEYOND_TYPES.filter((e) => e.body === name)) {
            accept(shape, extra.path, extra);
        }
    }
    return shape;
}

function accept(shape: Shape, path: string[], extra: { property?: Shape; values?: string[] }): void {
    const [head, ...rest] = path;
    if (shape.kind !== "object") {
        return;
    }
    const existing = shape.properties.get(head);
    if (rest.length > 0) {
        if (existing) {
            accept(existing.shape, rest, extra);
        }
    } else if (extra.property && !existing) {
        shape.properties.set(head, { shape: extra.property, required: false, nullable: true });
    } else if (extra.values && existing?.shape.kind === "enum") {
        shape.properties.set(head, {
            ...existing,
            shape: { kind: "enum", values: [...new Set([...existing.shape.values, ...extra.values])] },
        });
    }
}

/**
 * Auth0's message for the first problem with `value` against `shape`, or undefined when it fits.
 * `where` is the property path (`resource_servers[0]`); top-level problems have none.
 */
export function payloadProblem(shape: Shape, value: unknown, where = ""): string | undefined {
    const on = where ? ` on property ${where}` : "";
    switch (shape.kind) {
        case "any":
            return undefined;
        case "string":
        case "number":
        case "boolean":
            return typeof value === shape.kind && (shape.kind !== "number" || Number.isFinite(value))
                ? undefined
                : `Payload validation error: 'Expected type ${shape.kind} but found type ${jsonType(value)}'${on}.`;
        case "enum":
            return typeof value === "string" && shape.values.includes(value)
                ? undefined
                : `Payload validation error: 'No enum match for: ${JSON.stringify(value)}'${on}.`;
        case "array":
            if (!Array.isArray(value)) {
                return `Payload validation error: 'Expected type array but found type ${jsonType(value)}'${on}.`;
            }
            for (const [i, item] of value.entries()) {
                const problem = payloadProblem(shape.items, item, `${where}[${i}]`);
                if (problem) {
                    return problem;
                }
            }
            return undefined;
        case "object": {
            if (jsonType(value) !== "object") {
                return `Payload validation error: 'Expected type object but found type ${jsonType(value)}'${on}.`;
            }
            const record = value as Record<string, unknown>;
            const extra = shape.open ? [] : Object.keys(record).filter((k) => !shape.properties.has(k));
            if (extra.length > 0) {
                return `Payload validation error: 'Additional properties not allowed: ${extra.join(",")}'${on}.`;
            }
            for (const [name, property] of shape.properties) {
                if (property.required && record[name] === undefined) {
                    return `Payload validation error: 'Missing required property: ${name}'${on}.`;
                }
            }
            for (const [name, item] of Object.entries(record)) {
                const property = shape.properties.get(name);
                if (!property || (item === null && (property.nullable || !property.required))) {
                    continue;
                }
                const problem = payloadProblem(property.shape, item, where ? `${where}.${name}` : name);
                if (problem) {
                    return problem;
                }
            }
            return undefined;
        }
    }
}

function jsonType(value: unknown): string {
    if (value === null) {
        return "null";
    }
    if (Array.isArray(value)) {
        return "array";
    }
    return typeof value === "number" && Number.isInteger(value) ? "integer" : typeof value;
}
