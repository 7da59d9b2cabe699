/**
 * fast-check arbitraries derived from the generated JSON Schemas: valid action parameters for any
 * operation of any surface, so property tests and suites never hand-pick inputs. Supports the
 * subset of JSON Schema the contracts use: $ref/$defs, type (incl. type lists), const, enum,
 * pattern, min/max length, minimum/maximum, items, min/max items, properties/required, oneOf/anyOf.
 */
import fc from "fast-check";
import { schemaFile } from "../contracts/json-schema.ts";
import { readJson, type Surface } from "../contracts/surfaces.ts";

type Schema = boolean | { [key: string]: unknown };

function resolve(schema: Schema, root: Record<string, unknown>): Schema {
  if (typeof schema === "object" && typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/$defs/", "");
    const defs = root.$defs as Record<string, Schema> | undefined;
    const target = defs?.[name];
    if (target === undefined) throw new Error(`unresolvable ${schema.$ref}`);
    return resolve(target, root);
  }
  return schema;
}

function stringArbitrary(s: Record<string, unknown>): fc.Arbitrary<string> {
  if (typeof s.pattern === "string") {
    const min = typeof s.minLength === "number" ? s.minLength : 0;
    const max = typeof s.maxLength === "number" ? s.maxLength : Number.POSITIVE_INFINITY;
    return fc
      .stringMatching(new RegExp(s.pattern, "u"))
      .filter((v) => [...v].length >= min && [...v].length <= max);
  }
  return fc.string({
    minLength: typeof s.minLength === "number" ? s.minLength : 0,
    maxLength: typeof s.maxLength === "number" ? Math.min(s.maxLength, 40) : 40,
    unit: "binary-ascii",
  });
}

/** An arbitrary of values valid against `schema` (whose `$ref`s point into `root.$defs`). */
export function arbitraryFor(schema: Schema, root: Record<string, unknown>): fc.Arbitrary<unknown> {
  const s = resolve(schema, root);
  if (s === true) return fc.constant("x");
  if (s === false) throw new Error("no value satisfies the schema false");
  if ("const" in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const variants = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (Array.isArray(variants)) return fc.oneof(...variants.map((v) => arbitraryFor(v, root)));
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string | undefined];
  const concrete = types.filter((t) => t !== "null");
  const type = concrete[0] ?? (s.properties ? "object" : "string");
  switch (type) {
    case "string":
      return stringArbitrary(s);
    case "integer":
      return fc.integer({
        min: typeof s.minimum === "number" ? s.minimum : 0,
        max: typeof s.maximum === "number" ? s.maximum : 1_000_000,
      });
    case "number":
      return fc.double({
        min: typeof s.minimum === "number" ? s.minimum : 0,
        max: typeof s.maximum === "number" ? s.maximum : 1e6,
        noNaN: true,
      });
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(arbitraryFor((s.items as Schema | undefined) ?? true, root), {
        minLength: typeof s.minItems === "number" ? s.minItems : 0,
        maxLength: typeof s.maxItems === "number" ? Math.min(s.maxItems, 3) : 3,
      });
    case "object": {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const required = new Set((s.required ?? []) as string[]);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, sub] of Object.entries(props)) {
        if (sub === false) continue;
        model[name] = arbitraryFor(sub, root);
      }
      return fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
    }
    default:
      throw new Error(`unsupported schema type ${String(type)}`);
  }
}

/** An arbitrary of valid action parameters for one operation of a surface. */
export function paramsArbitrary(surface: Surface, operation: string): fc.Arbitrary<Record<string, unknown>> {
  const root = readJson(schemaFile(surface, operation, "request")) as Record<string, unknown>;
  return arbitraryFor(root, root) as fc.Arbitrary<Record<string, unknown>>;
}
