/**
 * The cases the suites run, enumerated from the rule catalogue: one per case of every rule on every
 * surface (so adding a rule to a spec adds cases without test code), plus the unprovokable error
 * rows, which are listed as skipped with their reason, never as passed.
 */
import { loadCatalogue } from "../contracts/catalogue.ts";
import type { Catalogue, Citation, PlacedErrorRow, Provenance, RuleCase } from "../contracts/model.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";

/** One executable case. */
export interface SuiteCase {
  /** Stable id: `<surface>/<rule>#<n>` (n counts the rule's cases on the surface from 1). */
  id: string;
  surface: Surface;
  rule: string;
  title: string;
  statement: string;
  citations: Citation[];
  /** Where the statement comes from (the expected outcome's provenance is `ruleCase.provenance`). */
  statementProvenance: Provenance;
  /** For an inferred rule whose refusal follows from another, documented rule: that rule. */
  refusalFrom?: string;
  ruleCase: RuleCase;
  /** The rows the case accepts. */
  rows: PlacedErrorRow[];
}

/** An error row no black-box case can provoke. */
export interface UnprovokableRow {
  id: string;
  surface: Surface;
  row: PlacedErrorRow;
  reason: string;
}

let catalogue: Catalogue | undefined;

/** The catalogue (loaded once). */
export function suiteCatalogue(): Catalogue {
  catalogue ??= loadCatalogue();
  return catalogue;
}

/**
 * Every case of the given surfaces, in catalogue order. `c` is the run-time catalogue unless a test
 * lists the cases of a catalogue it built itself (src/contracts/recipes.test.ts).
 */
export function listCases(
  surfaces: readonly Surface[] = SURFACES,
  c: Catalogue = suiteCatalogue(),
): SuiteCase[] {
  const out: SuiteCase[] = [];
  for (const surface of surfaces) {
    for (const rule of c.rules) {
      const entry = rule.surfaces[surface];
      if (!entry) continue;
      entry.cases.forEach((ruleCase, i) => {
        out.push({
          id: `${surface}/${rule.id}#${i + 1}`,
          surface,
          rule: rule.id,
          title: rule.title,
          statement: entry.statement,
          citations: entry.source,
          statementProvenance: entry.provenance,
          ...(entry.refusalFrom ? { refusalFrom: entry.refusalFrom } : {}),
          ruleCase,
          rows: (ruleCase.errorRows ?? []).flatMap((id) =>
            c.errorRows.filter((r) => r.id === id && r.surface === surface),
          ),
        });
      });
    }
  }
  return out;
}

/** Every unprovokable row of the given surfaces (of the run-time catalogue unless `c` is given). */
export function listUnprovokable(
  surfaces: readonly Surface[] = SURFACES,
  c: Catalogue = suiteCatalogue(),
): UnprovokableRow[] {
  return c.errorRows
    .filter((r) => surfaces.includes(r.surface) && r.unprovokable !== undefined)
    .map((row) => ({
      id: `${row.surface}/row:${row.id}`,
      surface: row.surface,
      row,
      reason: row.unprovokable ?? "",
    }));
}

/** The rows an operation documents plus the surface's common rows. */
export function documentedRows(surface: Surface, operation: string): PlacedErrorRow[] {
  return suiteCatalogue().errorRows.filter(
    (r) => r.surface === surface && (r.operation === undefined || r.operation === operation),
  );
}
