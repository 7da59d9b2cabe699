/**
 * The response fields of an operation, read from its generated response schema
 * (schemas/<surface>/<operation>.response.json): every leaf member's path (members joined by dots,
 * `[]` for an array's items) with the schema that types it. The field matrix of the suite
 * (src/suites-kit/fields.ts) crosses them with the documented properties of the specs'
 * `x-field-properties`.
 */
import type { Json, JsonObject } from "./spec.ts";

/** One leaf field of a response: its path and the schema of its value. */
export interface ResponseField {
  path: string;
  schema: JsonObject;
}

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** The leaf fields of a bundled JSON Schema (local `#/$defs/…` references), in document order. */
export function leafFields(root: JsonObject): ResponseField[] {
  const defs = isObject(root.$defs) ? root.$defs : {};
  const out = new Map<string, JsonObject>();
  const resolve = (node: JsonObject, seen: readonly string[]): [JsonObject, readonly string[]] => {
    const ref = node.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/$defs/")) return [node, seen];
    const name = ref.slice("#/$defs/".length);
    const target = defs[name];
    // A reference cycle ends the walk there: the member is a leaf of its own type.
    if (!isObject(target) || seen.includes(name)) return [node, seen];
    return resolve({ ...target, ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== "$ref")) }, [
      ...seen,
      name,
    ]);
  };
  const walk = (raw: Json, path: string, seen: readonly string[]): void => {
    if (!isObject(raw)) return; // `false`: a member that must not appear
    const [node, now] = resolve(raw, seen);
    let inner = false;
    if (isObject(node.properties)) {
      for (const [key, member] of Object.entries(node.properties)) {
        if (member === false) continue;
        inner = true;
        walk(member as Json, path === "" ? key : `${path}.${key}`, now);
      }
    }
    if (isObject(node.items)) {
      inner = true;
      walk(node.items, `${path}[]`, now);
    }
    for (const key of ["allOf", "oneOf", "anyOf"] as const) {
      const branches = node[key];
      if (!Array.isArray(branches)) continue;
      for (const branch of branches) {
        const [b] = isObject(branch) ? resolve(branch, now) : [undefined];
        if (b && (isObject(b.properties) || isObject(b.items))) {
          inner = true;
          walk(branch, path, now);
        }
      }
    }
    if (!inner && path !== "" && !out.has(path)) out.set(path, node);
  };
  walk(root, "", []);
  return [...out].map(([path, schema]) => ({ path, schema }));
}

/** A short text of what a field's schema allows: its type, and its enum, pattern, format or bounds. */
export function typeText(schema: JsonObject): string {
  const parts: string[] = [];
  if (schema.const !== undefined) parts.push(`= ${JSON.stringify(schema.const)}`);
  else if (Array.isArray(schema.enum))
    parts.push(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  else if (typeof schema.type === "string") parts.push(schema.type);
  else if (Array.isArray(schema.type)) parts.push(schema.type.join(" or "));
  else parts.push("any");
  if (typeof schema.format === "string") parts.push(`format ${schema.format}`);
  if (typeof schema.pattern === "string") parts.push(`pattern \`${schema.pattern}\``);
  if (typeof schema.minimum === "number") parts.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === "number") parts.push(`≤ ${schema.maximum}`);
  return parts.join(", ");
}
