/**
 * The rule catalogue: every spec's `x-rules`, `x-error-rows` and `x-common-error-rows`, validated
 * against schemas/rules.schema.json and merged by rule id (`buildCatalogue`, in catalogue-build.ts, so
 * that reading the built catalogue does not load ajv). `checkCatalogue` adds the cross-checks a
 * schema cannot express (links between rules, rows, operations, parameters and findings).
 */
import type { Catalogue, DocumentationFinding, PlacedErrorRow } from "./model.ts";
import type { JsonObject, OpenApiDoc, SpecOperation } from "./spec.ts";
import { loadContractsJson, loadSpec, paramsSchemaRef, primaryOperations, resolvePointer } from "./spec.ts";
import { SURFACES, type Surface } from "./surfaces.ts";

/** A catalogue problem: where, and what is wrong. */
export interface Problem {
  where: string;
  problem: string;
}

/**
 * The merged catalogue as built by the last `npm run gen` from the specs (read once from the
 * generated src/generated/contracts.json, which the drift test keeps equal to `buildCatalogue` of
 * the YAML sources). What the simulator, the suites and the pacts use at run time; the object must
 * be treated as read-only.
 */
export function loadCatalogue(): Catalogue {
  return loadContractsJson().catalogue;
}

/** All four specs (the generated copy, see `loadSpec`; `parseAllSpecSources` parses the YAML). */
export function loadAllSpecs(): Record<Surface, OpenApiDoc> {
  return Object.fromEntries(SURFACES.map((s) => [s, loadSpec(s)])) as Record<Surface, OpenApiDoc>;
}

/** Names and required names of an operation's action parameters. */
function operationParams(spec: OpenApiDoc, op: SpecOperation): { all: string[]; required: string[] } {
  const schema = resolvePointer(spec, paramsSchemaRef(op)) as JsonObject;
  const props = (schema.properties ?? {}) as JsonObject;
  return { all: Object.keys(props), required: ((schema.required ?? []) as string[]).slice() };
}

/** Every finding id mentioned anywhere in a value (`x-finding`, `finding`). */
function findingRefs(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) findingRefs(v, out);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if ((key === "x-finding" || key === "finding") && typeof child === "string") out.add(child);
      else if (key === "x-finding" && Array.isArray(child)) for (const c of child) out.add(String(c));
      else findingRefs(child, out);
    }
  }
  return out;
}

/** Cross-checks that a schema cannot express. Returns every problem found (empty when sound). */
export function checkCatalogue(
  catalogue: Catalogue,
  findings: DocumentationFinding[],
  specs: Record<Surface, OpenApiDoc> = loadAllSpecs(),
): Problem[] {
  const problems: Problem[] = [];
  const add = (where: string, problem: string) => problems.push({ where, problem });
  const rowsById = new Map<string, PlacedErrorRow>();
  for (const row of catalogue.errorRows) {
    if (rowsById.has(row.id)) add(`row ${row.id}`, "duplicate row id");
    rowsById.set(row.id, row);
  }
  for (const surface of SURFACES) {
    const spec = specs[surface];
    const ops = new Map(primaryOperations(surface, spec).map((o) => [o.operationId, o]));
    const docs = new Set(((spec["x-documents"] ?? []) as JsonObject[]).map((d) => String(d.file)));
    for (const row of catalogue.errorRows.filter((r) => r.surface === surface)) {
      checkRow(row, docs, catalogue, add);
    }
    for (const rule of catalogue.rules) {
      const entry = rule.surfaces[surface];
      if (!entry) continue;
      for (const [i, c] of entry.cases.entries()) {
        const where = `${surface} rule ${rule.id} case ${i + 1}`;
        const op = ops.get(c.operation);
        if (!op) {
          add(where, `unknown operation ${c.operation}`);
          continue;
        }
        const params = operationParams(spec, op);
        for (const p of params.required)
          if (!(p in c.given)) add(where, `given lacks required parameter ${p}`);
        for (const p of Object.keys(c.given))
          if (!params.all.includes(p)) add(where, `given names unknown ${p}`);
        if (c.mutate?.param && !params.all.includes(c.mutate.param))
          add(where, `mutate names unknown ${c.mutate.param}`);
        for (const rowId of c.errorRows ?? []) {
          const row = rowsById.get(rowId);
          if (!row || row.surface !== surface) add(where, `error row ${rowId} is not a row of ${surface}`);
          else if (row.operation !== undefined && row.operation !== c.operation && c.finding === undefined) {
            // A row of another operation's table is acceptable only as a recorded finding (e.g. a
            // detach error listed in an attach table).
            add(where, `error row ${rowId} belongs to ${row.operation}, not ${c.operation}`);
          } else if (!row.rules?.includes(rule.id))
            add(where, `error row ${rowId} does not list rule ${rule.id}`);
        }
      }
      for (const src of entry.source) {
        if ("document" in src && !docs.has(src.document))
          add(`${surface} rule ${rule.id}`, `cites ${src.document}`);
      }
    }
  }
  const known = new Set(findings.map((f) => f.id));
  const referenced = new Set<string>();
  for (const surface of SURFACES) findingRefs(specs[surface], referenced);
  for (const id of referenced)
    if (!known.has(id)) add(`finding ${id}`, "referenced but not in findings.yaml");
  for (const f of findings) {
    if (!referenced.has(f.id)) add(`finding ${f.id}`, "not referenced from any spec");
  }
  return problems;
}

function checkRow(
  row: PlacedErrorRow,
  docs: Set<string>,
  catalogue: Catalogue,
  add: (where: string, problem: string) => void,
): void {
  const where = `${row.surface} row ${row.id}`;
  if ("document" in row.source && !docs.has(row.source.document)) add(where, `cites ${row.source.document}`);
  if (row.kind === "documented" && !("document" in row.source))
    add(where, "documented row without a document");
  for (const ruleId of row.rules ?? []) {
    const entry = catalogue.rules.find((r) => r.id === ruleId)?.surfaces[row.surface];
    if (!entry) add(where, `names rule ${ruleId}, which ${row.surface} does not define`);
    else if (!entry.cases.some((c) => c.errorRows?.includes(row.id))) {
      add(where, `names rule ${ruleId}, but no case of it expects this row`);
    }
  }
}

/** Number of documented error rows per seed document. */
export function rowCountsByDocument(catalogue: Catalogue): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of catalogue.errorRows) {
    if (row.kind !== "documented" || !("document" in row.source)) continue;
    counts[row.source.document] = (counts[row.source.document] ?? 0) + 1;
  }
  return counts;
}
