/**
 * Turns the schemas of a spec into self-contained JSON Schema 2020-12 documents: one per operation
 * request (action parameters), success response and error envelope. OpenAPI 3.1 schemas already are
 * JSON Schema 2020-12; this module inlines the referenced components under `$defs` and drops the
 * OpenAPI-only keywords so that ajv can compile the result in strict mode.
 */
import type { Json, JsonObject, OpenApiDoc, SpecOperation } from "./spec.ts";
import { errorSchemaRef, paramsSchemaRef, primaryOperations, resolvePointer, successSchema } from "./spec.ts";
import { type Surface, specFile } from "./surfaces.ts";

const COMPONENT_PREFIX = "#/components/schemas/";
/** OpenAPI keywords that are not JSON Schema keywords. */
const DROPPED = new Set(["example", "xml", "discriminator", "externalDocs"]);

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Copy a schema, rewriting component refs to `$defs` refs and recording which components it uses. */
function rewrite(value: Json, used: Set<string>): Json {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, used));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith("x-") || DROPPED.has(key)) continue;
    if (key === "$ref" && typeof child === "string" && child.startsWith(COMPONENT_PREFIX)) {
      const name = child.slice(COMPONENT_PREFIX.length);
      used.add(name);
      out.$ref = `#/$defs/${name}`;
      continue;
    }
    // `properties` maps names to schemas: a property may itself be called like a dropped keyword.
    if (key === "properties" && isObject(child)) {
      const props: JsonObject = {};
      for (const [name, sub] of Object.entries(child)) props[name] = rewrite(sub, used);
      out[key] = props;
      continue;
    }
    out[key] = rewrite(child, used);
  }
  return out;
}

/** Bundle `root` with every component schema it reaches into one self-contained schema. */
export function bundle(
  spec: OpenApiDoc,
  root: Json,
  meta: { id: string; comment: string; title: string },
): JsonObject {
  const used = new Set<string>();
  const body = rewrite(root, used);
  const defs: JsonObject = {};
  const queue = [...used];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (name in defs) continue;
    const before = new Set(used);
    defs[name] = rewrite(resolvePointer(spec, COMPONENT_PREFIX + name), used);
    for (const n of used) if (!before.has(n)) queue.push(n);
  }
  const sorted: JsonObject = {};
  for (const name of Object.keys(defs).sort()) sorted[name] = defs[name] as Json;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: meta.id,
    $comment: meta.comment,
    title: meta.title,
    ...(isObject(body) ? body : { allOf: [body] }),
    ...(Object.keys(sorted).length > 0 ? { $defs: sorted } : {}),
  };
}

/** The three schema kinds generated per operation. */
export type SchemaKind = "request" | "response" | "error";

/** Project-relative file of one generated schema. */
export function schemaFile(surface: Surface, operationId: string, kind: SchemaKind): string {
  return `schemas/${surface}/${operationId}.${kind}.json`;
}

/** How request parameters reach their validator: as text (coerced to the schema's types) or as JSON. */
export type ParamMode = "text" | "json";

/**
 * The exported name of one operation's precompiled request validator in
 * src/generated/request-validators-<mode>.ts (src/contracts/validators-gen.ts).
 */
export function validatorExportName(surface: Surface, operationId: string): string {
  return `${surface.replaceAll("-", "_")}__${operationId}`;
}

/** `$id` of one generated schema. */
export function schemaId(surface: Surface, operationId: string, kind: SchemaKind): string {
  return `urn:eni-conformance:schemas:${surface}:${operationId}.${kind}`;
}

/** Build every schema of one operation. */
export function operationSchemas(spec: OpenApiDoc, op: SpecOperation): Record<SchemaKind, JsonObject> {
  const comment = `generated from ${specFile(op.surface)} by \`npm run gen\` — do not edit`;
  const make = (kind: SchemaKind, root: Json, title: string) =>
    bundle(spec, root, { id: schemaId(op.surface, op.operationId, kind), comment, title });
  return {
    request: make("request", { $ref: paramsSchemaRef(op) }, `${op.surface} ${op.action} request parameters`),
    response: make("response", successSchema(spec, op), `${op.surface} ${op.action} success response`),
    error: make("error", { $ref: errorSchemaRef(spec) }, `${op.surface} ${op.action} error envelope`),
  };
}

/** Every generated schema file of a surface, path → content. */
export function generateSchemaFiles(surface: Surface, spec: OpenApiDoc): Map<string, string> {
  const files = new Map<string, string>();
  for (const op of primaryOperations(surface, spec)) {
    const schemas = operationSchemas(spec, op);
    for (const kind of ["request", "response", "error"] as const) {
      files.set(schemaFile(surface, op.operationId, kind), `${JSON.stringify(schemas[kind], null, 2)}\n`);
    }
  }
  return files;
}
