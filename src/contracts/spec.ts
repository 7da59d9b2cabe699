/**
 * Loads a surface's OpenAPI spec and answers structural questions about it: which operations it
 * has, which component schema describes an operation's action parameters, its success response and
 * its error envelope. Nothing here knows a particular cloud; the specs carry the differences.
 */
import { readFileSync } from "node:fs";
import type { Catalogue, ErrorRow, FieldProperty, SpecRule } from "./model.ts";
import { fromRoot, type Surface } from "./surfaces.ts";

/** A JSON-like value as parsed from YAML. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** A parsed OpenAPI document, typed only as far as this module reads it. */
export interface OpenApiDoc extends JsonObject {
  paths: { [path: string]: JsonObject };
  components: JsonObject;
}

/** One operation of a spec. */
export interface SpecOperation {
  surface: Surface;
  path: string;
  method: string;
  operationId: string;
  /** The action name as sent on the wire (`x-action`). */
  action: string;
  /** operationId of the operation this one duplicates in another wire form (`x-same-as`). */
  sameAs?: string;
  op: JsonObject;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/**
 * Project-relative path of the parsed specs and the built rule catalogue, as JSON: generated from
 * specs/ by `npm run gen` (src/contracts/generate.ts, drift-checked), so that loading the contracts
 * at run time parses JSON instead of YAML and does not re-validate the catalogue.
 */
export const CONTRACTS_JSON_FILE = "src/generated/contracts.json";

/** The content of {@link CONTRACTS_JSON_FILE}. */
export interface ContractsJson {
  $comment: string;
  specs: Record<Surface, OpenApiDoc>;
  catalogue: Catalogue;
}

let contracts: ContractsJson | undefined;

/** The generated contracts (read once; every object in it must be treated as read-only). */
export function loadContractsJson(): ContractsJson {
  contracts ??= JSON.parse(readFileSync(fromRoot(CONTRACTS_JSON_FILE), "utf8")) as ContractsJson;
  return contracts;
}

/**
 * A surface's spec, as parsed from specs/<surface>.openapi.yaml by the last `npm run gen` (the
 * object must be treated as read-only). `parseSpecSource` (spec-source.ts) parses the YAML itself.
 */
export function loadSpec(surface: Surface): OpenApiDoc {
  return loadContractsJson().specs[surface];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every operation of a spec, in document order. */
export function listOperations(surface: Surface, spec: OpenApiDoc = loadSpec(surface)): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const operationId = String(op.operationId);
      const entry: SpecOperation = {
        surface,
        path,
        method,
        operationId,
        action: String(op["x-action"] ?? operationId),
        op,
      };
      if (typeof op["x-same-as"] === "string") entry.sameAs = op["x-same-as"];
      out.push(entry);
    }
  }
  return out;
}

/** The operations that define an action (one per action: wire-form duplicates are left out). */
export function primaryOperations(surface: Surface, spec: OpenApiDoc = loadSpec(surface)): SpecOperation[] {
  return listOperations(surface, spec).filter((o) => o.sameAs === undefined);
}

/** Follow a local `$ref` (`#/a/b`) to the value it points at. */
export function resolvePointer(spec: JsonObject, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`only local references are supported: ${ref}`);
  let node: Json = spec;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (!isObject(node) || !(key in node)) throw new Error(`unresolvable reference ${ref}`);
    node = node[key] as Json;
  }
  return node;
}

/** Dereference a `{ $ref }` object once; other values are returned as they are. */
export function deref(spec: JsonObject, value: Json | undefined): Json | undefined {
  if (isObject(value) && typeof value.$ref === "string") return resolvePointer(spec, value.$ref);
  return value;
}

/** The `x-error-rows` of an operation. */
export function operationErrorRows(op: SpecOperation): ErrorRow[] {
  return (op.op["x-error-rows"] ?? []) as unknown as ErrorRow[];
}

/** The root `x-common-error-rows` of a spec. */
export function commonErrorRows(spec: OpenApiDoc): ErrorRow[] {
  return (spec["x-common-error-rows"] ?? []) as unknown as ErrorRow[];
}

/** The root `x-rules` of a spec. */
export function specRules(spec: OpenApiDoc): SpecRule[] {
  return (spec["x-rules"] ?? []) as unknown as SpecRule[];
}

/** The root `x-field-properties` of a spec. */
export function specFieldProperties(spec: OpenApiDoc): FieldProperty[] {
  return (spec["x-field-properties"] ?? []) as unknown as FieldProperty[];
}

/** The `$ref` of the component schema that is the surface's error envelope (`x-error-schema`). */
export function errorSchemaRef(spec: OpenApiDoc): string {
  const ref = spec["x-error-schema"];
  if (typeof ref !== "string") throw new Error("spec has no root x-error-schema");
  return ref;
}

/** Schema of the operation's action parameters: `x-params-schema`, else its JSON request body. */
export function paramsSchemaRef(op: SpecOperation): string {
  const explicit = op.op["x-params-schema"];
  if (typeof explicit === "string") return explicit;
  const body = op.op.requestBody;
  if (isObject(body) && isObject(body.content)) {
    for (const media of Object.values(body.content)) {
      if (isObject(media) && isObject(media.schema) && typeof media.schema.$ref === "string") {
        return media.schema.$ref;
      }
    }
  }
  throw new Error(`${op.surface} ${op.operationId}: no x-params-schema and no request body schema`);
}

/**
 * The success schema of an operation: the 200 response's schema, with the error envelope's branch
 * removed when the cloud answers errors with 200 too (Tencent).
 */
export function successSchema(spec: OpenApiDoc, op: SpecOperation): Json {
  const responses = op.op.responses;
  const ok = isObject(responses) ? deref(spec, responses["200"]) : undefined;
  if (!isObject(ok) || !isObject(ok.content)) throw new Error(`${op.operationId}: no 200 response content`);
  const media = Object.values(ok.content)[0];
  if (!isObject(media) || media.schema === undefined) throw new Error(`${op.operationId}: 200 has no schema`);
  const schema = media.schema;
  const errRef = errorSchemaRef(spec);
  if (isObject(schema) && Array.isArray(schema.oneOf)) {
    const branches = schema.oneOf.filter((b) => !(isObject(b) && b.$ref === errRef));
    return branches.length === 1 ? (branches[0] as Json) : { oneOf: branches };
  }
  return schema;
}
