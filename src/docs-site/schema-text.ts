/**
 * JSON Schemas of the specs as reader-facing tables: a schema's type in a few words (type, format,
 * pattern, enum, bounds) and an object's fields flattened to dotted paths (`Response.Error.Code`,
 * `NetworkInterfaceSet[].Status`). Local `$ref`s are followed; pure.
 */
import { type Json, type JsonObject, resolvePointer } from "../contracts/spec.ts";

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Follow `$ref`s to the schema they name. */
export function resolved(spec: JsonObject, schema: Json | undefined): JsonObject {
  let s = schema;
  for (let i = 0; i < 16 && isObject(s) && typeof s.$ref === "string"; i++) s = resolvePointer(spec, s.$ref);
  return isObject(s) ? s : {};
}

/** A schema's type in a few words. */
export function typeText(spec: JsonObject, schema: Json | undefined): string {
  const s = resolved(spec, schema);
  const parts: string[] = [];
  if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) {
    const branches = (s.oneOf ?? s.anyOf) as Json[];
    return branches.map((b) => typeText(spec, b)).join(" | ");
  }
  const type = Array.isArray(s.type) ? s.type.join(" | ") : typeof s.type === "string" ? s.type : "";
  if (type === "array") parts.push(`array of ${typeText(spec, s.items)}`);
  else if (type) parts.push(type);
  if (typeof s.format === "string") parts.push(`format ${s.format}`);
  if (s.const !== undefined) parts.push(`= ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum)) parts.push(`one of ${s.enum.map((e) => JSON.stringify(e)).join(", ")}`);
  if (typeof s.pattern === "string") parts.push(`pattern ${s.pattern}`);
  for (const [k, word] of [
    ["minimum", "≥"],
    ["maximum", "≤"],
    ["minLength", "length ≥"],
    ["maxLength", "length ≤"],
    ["minItems", "items ≥"],
    ["maxItems", "items ≤"],
  ] as const) {
    if (typeof s[k] === "number") parts.push(`${word} ${s[k]}`);
  }
  return parts.join(", ") || "any";
}

/** One field of a flattened object schema. */
export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** The fields of an object schema, nested objects and arrays of objects flattened to dotted paths. */
export function fieldRows(spec: JsonObject, schema: Json | undefined, prefix = "", depth = 0): FieldRow[] {
  const s = resolved(spec, schema);
  if (depth > 6) return [];
  if (Array.isArray(s.oneOf) || Array.isArray(s.allOf)) {
    return ((s.oneOf ?? s.allOf) as Json[]).flatMap((b) => fieldRows(spec, b, prefix, depth + 1));
  }
  const props = isObject(s.properties) ? s.properties : {};
  const required = new Set(Array.isArray(s.required) ? s.required.map(String) : []);
  const out: FieldRow[] = [];
  for (const [name, child] of Object.entries(props)) {
    const c = resolved(spec, child);
    const path = prefix ? `${prefix}.${name}` : name;
    const description = typeof c.description === "string" ? c.description : "";
    out.push({ path, type: typeText(spec, child), required: required.has(name), description });
    if (isObject(c.properties) || Array.isArray(c.oneOf)) out.push(...fieldRows(spec, c, path, depth + 1));
    else if (c.type === "array") {
      const item = resolved(spec, c.items);
      if (isObject(item.properties)) out.push(...fieldRows(spec, item, `${path}[]`, depth + 1));
    }
  }
  return out;
}
