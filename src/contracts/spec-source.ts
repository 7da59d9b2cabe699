/**
 * The contract sources themselves: parses specs/<surface>.openapi.yaml. Only generation (and the
 * tests that compare the generated copy with its source) read the YAML; everything else loads the
 * generated JSON copy through `loadSpec` (spec.ts), which is what `npm run gen` wrote from here.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { OpenApiDoc } from "./spec.ts";
import { fromRoot, SURFACES, type Surface, specFile } from "./surfaces.ts";

/** Parse a surface's spec from its YAML source (no cache: a fresh object each call). */
export function parseSpecSource(surface: Surface): OpenApiDoc {
  return parse(readFileSync(fromRoot(specFile(surface)), "utf8")) as OpenApiDoc;
}

/** Parse all four specs from their YAML sources. */
export function parseAllSpecSources(): Record<Surface, OpenApiDoc> {
  return Object.fromEntries(SURFACES.map((s) => [s, parseSpecSource(s)])) as Record<Surface, OpenApiDoc>;
}
