import { describe, expect, it } from "vitest";
import { createAjv } from "./ajv.ts";
import { buildCatalogue, loadCatalogue } from "./catalogue.ts";
import { driftedFiles, generateAll } from "./generate.ts";
import { CONTRACTS_JSON_FILE, loadSpec } from "./spec.ts";
import { parseAllSpecSources } from "./spec-source.ts";
import { SURFACES } from "./surfaces.ts";

const files = await generateAll();

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
