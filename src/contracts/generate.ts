/**
 * Everything `npm run gen` writes, computed in memory: JSON Schemas per operation, types per surface,
 * precompiled request validators, the run-time contracts JSON and the rules reference. The drift test compares this map with the files on disk.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildCatalogue } from "./catalogue-build.ts";
import { loadFindings } from "./findings.ts";
import { generateSchemaFiles, schemaFile } from "./json-schema.ts";
import type { Catalogue } from "./model.ts";
import { RULES_DOC_FILE, renderRulesDoc } from "./rules-doc.ts";
import { CONTRACTS_JSON_FILE, type ContractsJson, type JsonObject, primaryOperations } from "./spec.ts";
import { parseAllSpecSources } from "./spec-source.ts";
import { fromRoot, SURFACES, type Surface, specFile } from "./surfaces.ts";
import { generateTypes, typesFile } from "./types-gen.ts";
import { generateValidatorsModule, validatorsFile } from "./validators-gen.ts";

/**
 * Generated files a higher layer derives from the catalogue and the response schemas (the field
 * reference of src/suites-kit/fields-doc.ts): path → content.
 */
export type Derived = (
  catalogue: Catalogue,
  schemaOf: (surface: Surface, operationId: string) => JsonObject,
) => Map<string, string>;

/** Every generated file, project-relative path → content (with the `derived` ones, when given). */
export async function generateAll(derived?: Derived): Promise<Map<string, string>> {
  const specs = parseAllSpecSources();
  const files = new Map<string, string>();
  for (const surface of SURFACES) {
    for (const [path, content] of generateSchemaFiles(surface, specs[surface])) files.set(path, content);
    files.set(typesFile(surface), await generateTypes(surface));
  }
  // Precompiled request validators, from the request schemas just generated.
  const requestSchemas = SURFACES.flatMap((surface) =>
    primaryOperations(surface, specs[surface]).map((op) => ({
      surface,
      operationId: op.operationId,
      schema: JSON.parse(files.get(schemaFile(surface, op.operationId, "request")) ?? "null") as {
        $id: string;
      },
    })),
  );
  for (const mode of ["text", "json"] as const) {
    files.set(validatorsFile(mode), generateValidatorsModule(mode, requestSchemas));
  }
  const catalogue = buildCatalogue(specs);
  files.set(RULES_DOC_FILE, renderRulesDoc(catalogue, loadFindings()));
  files.set(CONTRACTS_JSON_FILE, contractsJson(specs, catalogue));
  if (derived) {
    const schemaOf = (surface: Surface, operationId: string) =>
      JSON.parse(files.get(schemaFile(surface, operationId, "response")) ?? "{}") as JsonObject;
    for (const [path, content] of derived(catalogue, schemaOf)) files.set(path, content);
  }
  return files;
}

/**
 * src/generated/contracts.json: the parsed specs and the built (validated) catalogue, so that run
 * time loads JSON instead of parsing YAML and validating the catalogue again (start-up time).
 */
function contractsJson(specs: ContractsJson["specs"], catalogue: ContractsJson["catalogue"]): string {
  const content: ContractsJson = {
    $comment: `generated from ${SURFACES.map(specFile).join(", ")} by \`npm run gen\` — do not edit`,
    specs,
    catalogue,
  };
  return `${JSON.stringify(content, null, 1)}\n`;
}

/** Generated files that exist on disk but are no longer produced (a removed operation). */
function staleFiles(files: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const surface of SURFACES) {
    const dir = `schemas/${surface}`;
    let names: string[] = [];
    try {
      names = readdirSync(fromRoot(dir));
    } catch {
      continue;
    }
    for (const name of names) if (!files.has(`${dir}/${name}`)) stale.push(`${dir}/${name}`);
  }
  return stale;
}

/** The files whose content on disk differs from what generation produces now. */
export function driftedFiles(files: Map<string, string>): string[] {
  const drifted: string[] = [];
  for (const [path, content] of files) {
    let current: string | undefined;
    try {
      current = readFileSync(fromRoot(path), "utf8");
    } catch {
      current = undefined;
    }
    if (current !== content) drifted.push(path);
  }
  return [...drifted, ...staleFiles(files)];
}

/** Write every generated file and remove stale ones; returns the paths written. */
export async function writeGenerated(derived?: Derived): Promise<string[]> {
  const files = await generateAll(derived);
  for (const path of staleFiles(files)) rmSync(fromRoot(path));
  for (const [path, content] of files) {
    mkdirSync(dirname(fromRoot(path)), { recursive: true });
    writeFileSync(fromRoot(path), content);
  }
  return [...files.keys()];
}
