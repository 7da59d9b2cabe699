import { describe, expect, it } from "vitest";
import { fieldsDocFiles } from "../suites-kit/fields-doc.ts";
import { createAjv } from "./ajv.ts";
import { loadCatalogue } from "./catalogue.ts";
import { buildCatalogue } from "./catalogue-build.ts";
import { driftedFiles, generateAll } from "./generate.ts";
import { CONTRACTS_JSON_FILE, loadSpec } from "./spec.ts";
import { parseAllSpecSources } from "./spec-source.ts";
import { SURFACES } from "./surfaces.ts";

// With the field reference that `npm run gen` adds from a higher layer (src/suites-kit/fields-doc.ts).
const files = await generateAll(fieldsDocFiles);

describe("generated files", () => {
  it("match what `npm run gen` produces from the specs now (run `npm run gen` after editing a spec)", () => {
    expect(driftedFiles(files)).toEqual([]);
  });

  it("all carry a generated — do not edit header", () => {
    for (const [path, content] of files) {
      expect(content.slice(0, 300), path).toMatch(/generated from .* — do not edit/);
    }
  });

  it("compile as JSON Schema 2020-12 in strict ajv", () => {
    const ajv = createAjv();
    const schemas = [...files].filter(([path]) => path.startsWith("schemas/") && path.endsWith(".json"));
    expect(schemas.length).toBeGreaterThanOrEqual(4 * 3 * 3);
    for (const [path, content] of schemas) expect(() => ajv.compile(JSON.parse(content)), path).not.toThrow();
  });

  it("hold in src/generated/contracts.json exactly the specs parsed from YAML and the catalogue built from them", () => {
    expect(files.has(CONTRACTS_JSON_FILE)).toBe(true);
    const sources = parseAllSpecSources();
    for (const surface of SURFACES) expect(loadSpec(surface), surface).toStrictEqual(sources[surface]);
    expect(loadCatalogue()).toStrictEqual(buildCatalogue(sources));
  });
});

describe("precompiled request validators", () => {
  it("decide, coerce and report exactly as ajv compiling the request schemas does", async () => {
    const fc = (await import("fast-check")).default;
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    const { PARAM_AJV_OPTIONS } = await import("./validators-gen.ts");
    const { schemaFile, validatorExportName } = await import("./json-schema.ts");
    const { primaryOperations } = await import("./spec.ts");
    const generated = {
      text: await import("../generated/request-validators-text.ts"),
      json: await import("../generated/request-validators-json.ts"),
    } as unknown as Record<"text" | "json", Record<string, (d: unknown) => boolean>>;
    let compared = 0;
    for (const mode of ["text", "json"] as const) {
      const ajv = new Ajv2020(PARAM_AJV_OPTIONS[mode]);
      for (const surface of SURFACES) {
        for (const op of primaryOperations(surface)) {
          const schema = JSON.parse(files.get(schemaFile(surface, op.operationId, "request")) ?? "null");
          const reference = ajv.compile(schema);
          const pre = generated[mode][validatorExportName(surface, op.operationId)] as
            | (((d: unknown) => boolean) & { errors?: unknown })
            | undefined;
          expect(pre, `${mode} ${surface} ${op.operationId}`).toBeTypeOf("function");
          if (!pre) continue;
          // Parameters named in the schema (so that some inputs pass) and others, with text-like and
          // JSON-like values.
          const names = Object.keys((schema.properties as object | undefined) ?? {});
          const value = fc.oneof(
            fc.string({ maxLength: 8 }),
            fc.constantFrom("1", "0", "true", "eni-12345678", "ins-12345678", ""),
            fc.integer(),
            fc.boolean(),
            fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
            fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
          );
          const key =
            names.length > 0 ? fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 })) : fc.string();
          fc.assert(
            fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (params) => {
              const a = structuredClone(params);
              const b = structuredClone(params);
              expect(pre(a)).toBe(reference(b));
              expect(pre.errors ?? null).toEqual(reference.errors ?? null);
              expect(a).toEqual(b);
              compared++;
            }),
            { numRuns: 25, seed: 42 },
          );
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(2 * 16 * 25);
  });
});
