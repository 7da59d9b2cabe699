/**
 * The schema-derived arbitraries: every value they draw validates (ajv, strict, 2020-12) against the
 * JSON Schema it was drawn from — for every generated request schema of every surface, and for a
 * table of the JSON Schema keywords the module claims to support. Runs are bounded and seeded.
 */
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAjv, formatErrors } from "../contracts/ajv.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import { fromRoot, readJson, SURFACES } from "../contracts/surfaces.ts";
import { arbitraryFor, paramsArbitrary } from "./arbitraries.ts";

const ajv = createAjv();
const RUNS = { numRuns: 40, seed: 20_261_206 };

const operations = SURFACES.flatMap((surface) =>
  readdirSync(fromRoot(`schemas/${surface}`))
    .filter((f) => f.endsWith(".request.json"))
    .map((f) => [surface, f.replace(/\.request\.json$/, "")] as const),
);

describe("paramsArbitrary", () => {
  it("covers every generated request schema (at least one per surface)", () => {
    for (const surface of SURFACES) expect(operations.some(([s]) => s === surface)).toBe(true);
  });

  it.each(operations)("draws only valid %s %s parameters", (surface, operation) => {
    const validate = ajv.compile(readJson(schemaFile(surface, operation, "request")) as object);
    fc.assert(
      fc.property(paramsArbitrary(surface, operation), (params) => {
        expect(validate(params), formatErrors(validate.errors).join("; ")).toBe(true);
      }),
      RUNS,
    );
  });

  it("draws every required parameter", () => {
    for (const [surface, operation] of operations) {
      const root = readJson(schemaFile(surface, operation, "request")) as Record<string, unknown>;
      const ref = String(root.$ref ?? "").replace("#/$defs/", "");
      const defs = (root.$defs ?? {}) as Record<string, { required?: string[] }>;
      const required = (defs[ref] ?? (root as { required?: string[] })).required ?? [];
      for (const params of fc.sample(paramsArbitrary(surface, operation), { numRuns: 5, seed: 3 })) {
        for (const name of required) expect(params, `${surface} ${operation}`).toHaveProperty(name);
      }
    }
  });
});

/** One schema per supported keyword; the root doubles as the `$defs` holder. */
const KEYWORDS: [string, Record<string, unknown>][] = [
  ["const", { const: "fixed" }],
  ["enum", { enum: [1, "two", true] }],
  ["type list with null", { type: ["integer", "null"], minimum: 3, maximum: 9 }],
  ["pattern with lengths", { type: "string", pattern: "^[a-z]{2,12}$", minLength: 4, maxLength: 6 }],
  ["plain string bounded", { type: "string", minLength: 2, maxLength: 5 }],
  ["integer range", { type: "integer", minimum: -5, maximum: 5 }],
  ["number range", { type: "number", minimum: 0.5, maximum: 2.5 }],
  ["boolean", { type: "boolean" }],
  [
    "array bounds",
    { type: "array", items: { type: "integer", minimum: 0, maximum: 3 }, minItems: 1, maxItems: 2 },
  ],
  [
    "oneOf",
    {
      oneOf: [
        { type: "string", pattern: "^a+$" },
        { type: "integer", minimum: 10, maximum: 20 },
      ],
    },
  ],
  ["anyOf", { anyOf: [{ const: 1 }, { type: "boolean" }] }],
  [
    "object with required and $ref",
    {
      type: "object",
      additionalProperties: false,
      required: ["id"],
      properties: { id: { $ref: "#/$defs/Id" }, tag: { type: "string", maxLength: 3 } },
      $defs: { Id: { type: "string", pattern: "^eni-[0-9]{4}$" } },
    },
  ],
  [
    "object whose forbidden property is never drawn",
    { type: "object", properties: { kept: { type: "boolean" }, gone: false }, additionalProperties: true },
  ],
  [
    "properties without type",
    { required: ["n"], properties: { n: { type: "integer", minimum: 1, maximum: 2 } } },
  ],
];

describe("arbitraryFor", () => {
  it.each(KEYWORDS)("draws only valid values: %s", (_name, schema) => {
    const validate = ajv.compile({ $schema: "https://json-schema.org/draft/2020-12/schema", ...schema });
    fc.assert(
      fc.property(arbitraryFor(schema, schema), (value) => {
        expect(validate(value), `${JSON.stringify(value)}: ${formatErrors(validate.errors).join("; ")}`).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it("never draws a property whose schema is false", () => {
    const schema = { type: "object", properties: { kept: { const: 1 }, gone: false }, required: ["kept"] };
    for (const v of fc.sample(arbitraryFor(schema, schema), { numRuns: 30, seed: 1 }))
      expect(v).not.toHaveProperty("gone");
  });

  it.each([
    ["the schema false", false, /no value satisfies/],
    ["an unresolvable $ref", { $ref: "#/$defs/Nowhere" }, /unresolvable #\/\$defs\/Nowhere/],
    ["an unsupported type", { type: "frobnicate" }, /unsupported schema type frobnicate/],
  ] as const)("refuses %s", (_name, schema, message) => {
    expect(() => arbitraryFor(schema, {})).toThrow(message);
  });
});
