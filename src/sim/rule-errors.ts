/**
 * From a broken rule to the surface's error: the rule catalogue says which error row a surface
 * answers a rule's violation with in each operation (the rule's case for that operation, else any
 * case of the rule on the surface). Where the document gives no code, the adapter's fallback row
 * answers, and the catalogue already records that as a finding.
 */
import { loadCatalogue } from "../contracts/catalogue.ts";
import type { Catalogue, PlacedErrorRow } from "../contracts/model.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { ApiError } from "../core/errors.ts";

let catalogue: Catalogue | undefined;
const cache = new Map<string, PlacedErrorRow | null>();
const ruleSets = new Map<string, ReadonlySet<string>>();

function load(): Catalogue {
  catalogue ??= loadCatalogue();
  return catalogue;
}

/** The rule ids a surface documents for an operation (any case of the rule names the operation). */
export function rulesFor(surface: Surface, operation: string): ReadonlySet<string> {
  const key = `${surface}/${operation}`;
  let set = ruleSets.get(key);
  if (!set) {
    set = new Set(
      load()
        .rules.filter((r) => r.surfaces[surface]?.cases.some((c) => c.operation === operation))
        .map((r) => r.id),
    );
    ruleSets.set(key, set);
  }
  return set;
}

/** The error row a surface answers `rule` with in `operation`, if the catalogue names one. */
function rowForRule(surface: Surface, rule: string, operation: string): PlacedErrorRow | undefined {
  const key = `${surface}/${rule}/${operation}`;
  if (!cache.has(key)) {
    const c = load();
    const cases = c.rules.find((r) => r.id === rule)?.surfaces[surface]?.cases ?? [];
    const errorCases = cases.filter(
      (x) => x.expect === "error" && !x.mutate && (x.errorRows?.length ?? 0) > 0,
    );
    const chosen = errorCases.find((x) => x.operation === operation) ?? errorCases[0];
    const rowId = chosen?.errorRows?.[0];
    cache.set(key, c.errorRows.find((r) => r.id === rowId && r.surface === surface) ?? null);
  }
  return cache.get(key) ?? undefined;
}

/** The ApiError for breaking `rule`: the catalogue's row, else the row `fallbackRowId`. */
export function ruleError(
  surface: Surface,
  rule: string,
  operation: string,
  message: string,
  fallbackRowId: string,
): ApiError {
  const row =
    rowForRule(surface, rule, operation) ??
    load().errorRows.find((r) => r.id === fallbackRowId && r.surface === surface);
  if (!row) throw new Error(`${surface}: fallback row ${fallbackRowId} is not a row of the spec`);
  return new ApiError(row.code, message, row.id);
}
