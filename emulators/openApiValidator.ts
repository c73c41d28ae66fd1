/**
 * Request and response validation against Kong's published Konnect OpenAPI documents, for the local
 * Konnect emulator and the tests that use it.
 *
 * The documents are OpenAPI 3.0; Ajv 8 (with ajv-formats) validates them after a small translation:
 * - every local `$ref` becomes absolute, so any sub-schema (an operation body, a oneOf branch) compiles on its own;
 * - `discriminator.mapping` moves aside (Ajv derives the mapping from the branches' enums and refuses an
 *   explicit one), kept as `x-discriminator-mapping` for error messages;
 * - a plain `anyOf`/`oneOf` becomes `x-any-of`/`x-one-of`, keywords that report only the errors of the branch
 *   that came closest, the way a server names one concrete problem instead of one per alternative.
 * `nullable` is understood by Ajv itself.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv, { ErrorObject, FuncKeywordDefinition, SchemaValidateFunction, ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { load as loadYaml } from "js-yaml";

/** The Konnect specs the stand-ins serve, named by their folder under `specs/konnect/`. */
export type KonnectSpecName =
    | "application-auth-strategies/v2"
    | "portal-management/v3"
    | "portal-management/v2"
    | "api-builder/v3"
    | "dev-portal/v3";

/** The control-plane specs, in the order the Konnect emulator routes through them (the developer portal's is separate). */
export const KONNECT_SPEC_NAMES: readonly KonnectSpecName[] = [
    "application-auth-strategies/v2",
    "portal-management/v3",
    "portal-management/v2",
    "api-builder/v3",
];

/** One entry of Konnect's `invalid_parameters` list in a 400 problem+json answer. */
export interface InvalidParameter {
    field: string;
    rule?: string;
    reason: string;
    source: "body" | "query";
    minimum?: number;
    maximum?: number;
    choices?: unknown[];
}

type Schema = Record<string, any>;

/** An operation of a spec: method, full path template (with the server's base path) and its parts. */
export class SpecOperation {
    /** Upper-case HTTP method. */
    readonly method: string;
    /** Full path template, e.g. `/v2/dcr-providers/{dcrProviderId}`. */
    readonly path: string;
    readonly operationId: string;
    readonly tags: readonly string[];
    /** Path-level and operation-level parameters, `$ref`s resolved. */
    readonly parameters: readonly Schema[];
    /** The JSON request body schema (still a `$ref` object as the spec writes it), if the operation has one. */
    readonly requestBody?: { readonly required: boolean; readonly schema: Schema };
    /** The documented responses by status code, as the spec writes them. */
    readonly responses: Readonly<Record<string, Schema>>;
    private readonly pattern: RegExp;
    private readonly paramNames: string[] = [];
    private filters?: Set<string>;

    constructor(
        readonly spec: OpenApiSpec,
        method: string,
        pathTemplate: string,
        pathItem: Schema,
        operation: Schema,
    ) {
        this.method = method.toUpperCase();
        this.path = spec.basePath + pathTemplate;
        this.operationId = operation.operationId;
        this.tags = operation.tags ?? [];
        this.responses = operation.responses ?? {};
        this.parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => spec.resolve(p));
        if (operation.requestBody) {
            const body = spec.resolve(operation.requestBody);
            const schema = body.content?.["application/json"]?.schema;
            if (schema) {
                this.requestBody = { required: body.required === true, schema };
            }
        }
        const source = this.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_m, name: string) => {
            this.paramNames.push(name);
            return "([^/]+)";
        });
        this.pattern = new RegExp(`^${source}$`);
    }

    /** The path parameters when `requestPath` fits this operation's template, else undefined. */
    match(requestPath: string): Record<string, string> | undefined {
        const m = this.pattern.exec(requestPath);
        if (!m) {
            return undefined;
        }
        try {
            return Object.fromEntries(this.paramNames.map((name, i) => [name, decodeURIComponent(m[i + 1])]));
        } catch {
            return undefined; // malformed percent-encoding names nothing
        }
    }

    /** Names of the fields this list operation lets callers filter on (`filter[<field>]`), read from its parameters. */
    filterFields(): ReadonlySet<string> {
        if (!this.filters) {
            const fields = new Set<string>();
            for (const p of this.parameters) {
                const flat = /^filter\[([^\]]+)\]/.exec(p.name);
                if (flat) {
                    fields.add(flat[1]);
                } else if (p.name === "filter" && p.style === "deepObject") {
                    Object.keys(this.spec.resolve(p.schema).properties ?? {}).forEach((f) => fields.add(f));
                }
            }
            this.filters = fields;
        }
        return this.filters;
    }
}

/** One loaded spec: its operations, `$ref` resolution and validation. */
export class OpenApiSpec {
    /** The servers' path prefix, e.g. `/v2`; the spec's paths are relative to it. */
    readonly basePath: string;
    readonly operations: readonly SpecOperation[];
    private readonly id: string;

    constructor(
        readonly name: KonnectSpecName,
        private readonly document: Schema,
    ) {
        this.id = `https://konnect-specs.invalid/${name}/openapi.json`;
        translate(document, this.id);
        this.basePath = new URL(document.servers[0].url).pathname.replace(/\/$/, "");
        // No meta-schema check: it costs tens of milliseconds per document and Kong's specs are not ours to fix.
        validator().addSchema({ $id: this.id, components: document.components }, undefined, undefined, false);
        const operations: SpecOperation[] = [];
        for (const [template, item] of Object.entries<Schema>(document.paths)) {
            for (const method of ["get", "post", "put", "patch", "delete"]) {
                if (item[method]) {
                    operations.push(new SpecOperation(this, method, template, item, item[method]));
                }
            }
        }
        this.operations = operations;
    }

    /** The schema object behind `#/components/...` (relative or made absolute), following `$ref` chains. */
    resolve(node: Schema | string): Schema {
        let current: Schema = typeof node === "string" ? { $ref: node } : node;
        for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
            const ref: string = current.$ref;
            const pointer = ref.startsWith(this.id) ? ref.slice(this.id.length) : ref;
            if (!pointer.startsWith("#/") || hops > 20) {
                throw new Error(`${this.name}: cannot resolve ${ref}`);
            }
            current = pointer
                .slice(2)
                .split("/")
                .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
                .reduce<Schema>((obj, key) => obj?.[key], this.document);
        }
        if (current === undefined) {
            throw new Error(`${this.name}: dangling $ref`);
        }
        return current;
    }

    /** A component schema by name, e.g. `component("CreateDcrProviderRequest")`. */
    component(name: string): Schema {
        return this.resolve(`#/components/schemas/${name}`);
    }

    /**
     * Validates `data` against `schema` (a schema object of this spec, e.g. from `component()` or an operation)
     * and answers Konnect-style invalid parameters; an empty list means valid.
     */
    validate(schema: Schema, data: unknown, source: InvalidParameter["source"] = "body"): InvalidParameter[] {
        return this.validator(schema, source)(data);
    }

    /** A compiled validator for `schema` (see `validate`); compiling ahead keeps the first request fast. */
    validator(schema: Schema, source: InvalidParameter["source"] = "body"): (data: unknown) => InvalidParameter[] {
        const validate = compile(schema);
        return (data) => (validate(data) ? [] : toInvalidParameters(validate.errors ?? [], source));
    }

    /** Ajv's messages for `body` measured against the schema the spec documents for `status` of `op`. */
    responseErrors(op: SpecOperation, status: number, body: unknown): string[] {
        const response = op.responses[String(status)];
        if (!response) {
            return [`${op.operationId} documents no ${status} response`];
        }
        const content = this.resolve(response).content ?? {};
        const schema = (content["application/json"] ?? content["application/problem+json"])?.schema;
        if (!schema) {
            return body === undefined ? [] : [`${op.operationId} documents no body for ${status}`];
        }
        const validate = compile(schema);
        return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
    }
}

const specCache = new Map<KonnectSpecName, OpenApiSpec>();

/** The named spec, loaded once per process. */
export function loadKonnectSpec(name: KonnectSpecName): OpenApiSpec {
    let spec = specCache.get(name);
    if (!spec) {
        spec = new OpenApiSpec(name, readSpecDocument(name));
        specCache.set(name, spec);
    }
    return spec;
}

/**
 * Where Kong's Konnect specs live, as for the type generator: `$KONNECT_SPECS_DIR`, else the project's copy
 * (`specs/konnect`).
 */
export function konnectSpecsDir(): string {
    const dir = path.resolve(process.env.KONNECT_SPECS_DIR || path.join(__dirname, "..", "specs", "konnect"));
    if (!fs.existsSync(path.join(dir, KONNECT_SPEC_NAMES[0], "openapi.yaml"))) {
        throw new Error(`Konnect OpenAPI specs not found in ${dir} (set KONNECT_SPECS_DIR to the specs directory)`);
    }
    return dir;
}

/**
 * Parses a YAML spec, through a JSON copy in the OS temp folder keyed by the file's hash: every jest test file is a
 * fresh module registry, and reading the JSON copy saves about 0.2 s per file over parsing the YAML again.
 */
function readSpecDocument(name: KonnectSpecName): Schema {
    const text = fs.readFileSync(path.join(konnectSpecsDir(), name, "openapi.yaml"), "utf8");
    const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
    const cacheDir = path.join(os.tmpdir(), "konnect-openapi-cache");
    const cacheFile = path.join(cacheDir, `${name.replace(/\//g, "-")}-${hash}.json`);
    try {
        return JSON.parse(fs.readFileSync(cacheFile, "utf8"));
    } catch {
        // No usable copy yet: parse and store one.
    }
    const doc = loadYaml(text) as Schema;
    // Examples are the bulk of the documents and nothing here reads them.
    const pruned = { servers: doc.servers, paths: doc.paths, components: { ...doc.components, examples: undefined } };
    try {
        fs.mkdirSync(cacheDir, { recursive: true });
        // Write then rename, so parallel jest workers never read half a file.
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify(pruned));
        fs.renameSync(tmp, cacheFile);
    } catch {
        // A read-only temp folder only costs speed.
    }
    return pruned;
}

/** Rewrites a spec in place for Ajv (see the module comment). */
function translate(node: unknown, id: string, seen = new Set<object>()): void {
    if (!node || typeof node !== "object" || seen.has(node)) {
        return;
    }
    seen.add(node);
    const obj = node as Schema;
    if (typeof obj.$ref === "string" && obj.$ref.startsWith("#")) {
        obj.$ref = id + obj.$ref;
    }
    if (obj.discriminator && Array.isArray(obj.oneOf)) {
        const { mapping, ...discriminator } = obj.discriminator;
        obj.discriminator = discriminator;
        obj["x-discriminator-mapping"] = mapping ?? {};
    } else {
        for (const [from, to] of [
            ["anyOf", "x-any-of"],
            ["oneOf", "x-one-of"],
        ]) {
            if (Array.isArray(obj[from])) {
                obj[to] = obj[from];
                delete obj[from];
            }
        }
    }
    for (const value of Object.values(obj)) {
        translate(value, id, seen);
    }
}

let ajv: Ajv | undefined;

/** The process-wide Ajv instance holding every loaded spec. */
function validator(): Ajv {
    if (!ajv) {
        ajv = new Ajv({ allErrors: true, strict: false, discriminator: true, verbose: true, logger: false });
        addFormats(ajv);
        // ajv-formats' `url` refuses loopback and single-label hosts, which local issuers (this emulator) use.
        ajv.addFormat("url", (value: string) => /^https?:$/.test(safeUrl(value)?.protocol ?? ""));
        ajv.addFormat("path", true);
        ajv.addKeyword(closestBranch("x-any-of", false));
        ajv.addKeyword(closestBranch("x-one-of", true));
    }
    return ajv;
}

function safeUrl(value: string): URL | undefined {
    try {
        return new URL(value);
    } catch {
        return undefined;
    }
}

/** Compiles a schema object of a loaded spec; Ajv caches by object, so each schema compiles once per process. */
function compile(schema: Schema): ValidateFunction {
    return validator().compile(schema);
}

/** anyOf/oneOf that, on failure, reports the errors of the branch with the fewest. */
function closestBranch(keyword: string, exactlyOne: boolean): FuncKeywordDefinition {
    const check: SchemaValidateFunction = (branches: Schema[], data, _parent, cxt) => {
        let passing = 0;
        let closest: ErrorObject[] | undefined;
        for (const branch of branches) {
            const validate = compile(branch);
            if (validate(data)) {
                passing++;
            } else if (!closest || (validate.errors ?? []).length < closest.length) {
                closest = [...(validate.errors ?? [])];
            }
        }
        if (exactlyOne ? passing === 1 : passing > 0) {
            return true;
        }
        const at = cxt?.instancePath ?? "";
        check.errors =
            passing > 1
                ? [
                      {
                          keyword: "oneOf",
                          instancePath: at,
                          params: { passing },
                          message: "must match exactly one schema",
                      },
                  ]
                : (closest ?? []).map((e) => ({ ...e, instancePath: at + e.instancePath }));
        return false;
    };
    return { keyword, schemaType: "array", errors: true, validate: check };
}

/** Translates Ajv errors into Konnect's `invalid_parameters`, one entry per distinct problem. */
export function toInvalidParameters(
    errors: readonly ErrorObject[],
    source: InvalidParameter["source"],
): InvalidParameter[] {
    const out = new Map<string, InvalidParameter>();
    for (const e of errors) {
        const param = { ...describe(e), source };
        out.set(JSON.stringify(param), param);
    }
    return [...out.values()];
}

function describe(e: ErrorObject): Omit<InvalidParameter, "source"> {
    const at = e.instancePath
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const field = (...more: string[]) => [...at, ...more].join(".");
    const p = e.params as Record<string, any>;
    switch (e.keyword) {
        case "additionalProperties":
            return {
                field: field(p.additionalProperty),
                rule: "unknown_property",
                reason: `"${p.additionalProperty}" is not allowed`,
            };
        case "required":
            return { field: field(p.missingProperty), rule: "required", reason: "is a required field" };
        case "discriminator":
            if (p.tagValue === undefined) {
                return { field: field(p.tag), rule: "required", reason: "is a required field" };
            }
            if (typeof p.tagValue !== "string") {
                return { field: field(p.tag), rule: "is_string", reason: "must be a string" };
            }
            return {
                field: field(p.tag),
                rule: "enum",
                choices: Object.keys(e.parentSchema?.["x-discriminator-mapping"] ?? {}),
                reason: `must be one of: ${Object.keys(e.parentSchema?.["x-discriminator-mapping"] ?? {}).join(", ")}`,
            };
        case "type": {
            const type = String(p.type).split(",")[0];
            return {
                field: field(),
                rule: `is_${type}`,
                reason: `must be ${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`,
            };
        }
        case "format": {
            const rules: Record<string, [string, string]> = {
                uuid: ["is_uuid", "must be a valid UUID"],
                "date-time": ["is_date_time", "must be a valid date-time"],
                hostname: ["is_fqdn", "must be a valid hostname"],
                url: ["invalid", "must be a valid URL"],
                uri: ["invalid", "must be a valid URI"],
            };
            const [rule, reason] = rules[p.format] ?? ["invalid", `must be a valid ${p.format}`];
            return { field: field(), rule, reason };
        }
        case "enum":
            return {
                field: field(),
                rule: "enum",
                choices: p.allowedValues,
                reason: `must be one of: ${p.allowedValues.join(", ")}`,
            };
        case "minLength":
            return {
                field: field(),
                rule: "min_length",
                minimum: p.limit,
                reason: `must have at least ${p.limit} characters`,
            };
        case "maxLength":
            return {
                field: field(),
                rule: "max_length",
                maximum: p.limit,
                reason: `must not have more than ${p.limit} characters`,
            };
        case "minItems":
            return {
                field: field(),
                rule: "min_items",
                minimum: p.limit,
                reason: `must have at least ${p.limit} items`,
            };
        case "maxItems":
            return {
                field: field(),
                rule: "max_items",
                maximum: p.limit,
                reason: `must not have more than ${p.limit} items`,
            };
        case "maxProperties":
            return {
                field: field(),
                rule: "max",
                maximum: p.limit,
                reason: `must not have more than ${p.limit} entries`,
            };
        case "minimum":
            return { field: field(), rule: "min", minimum: p.limit, reason: `must be at least ${p.limit}` };
        case "maximum":
            return { field: field(), rule: "max", maximum: p.limit, reason: `must be at most ${p.limit}` };
        case "pattern":
            return { field: field(), rule: "matches_regex", reason: `must match ${p.pattern}` };
        default:
            return { field: field(), rule: "invalid", reason: e.message ?? "is invalid" };
    }
}
