/**
 * Everything a build of the site reads, gathered once: the specs and the rule catalogue (as built by
 * `npm run gen`), the findings, the captured example exchanges, and — with `--report` — the latest
 * status of each case. The pages are pure functions of this value.
 */
import type { Catalogue, CatalogueRule, DocumentationFinding, PlacedErrorRow } from "../contracts/model.ts";
import type { OpenApiDoc } from "../contracts/spec.ts";
import type { Surface } from "../contracts/surfaces.ts";
import type { Report } from "../report/model.ts";
import type { Captures } from "./capture.ts";

/** One of the five vendor documents, as the specs list it (`x-documents`). */
export interface SiteDocument {
  file: string;
  title: string;
  operations: string[];
  surface: Surface;
}

/** The latest status of a case, from a report. */
export interface CaseStatusInfo {
  status: string;
  /** A failed case's heaviest finding: error, warning or advisory (src/suites-kit/severity.ts). */
  severity?: string;
  reason?: string;
}

/** The input of every page. */
export interface SiteData {
  surfaces: readonly Surface[];
  specs: Record<Surface, OpenApiDoc>;
  catalogue: Catalogue;
  findings: DocumentationFinding[];
  captures: Captures;
  documents: SiteDocument[];
  /** The report given with `--report`: its run, and each case's status by case id. */
  report?: { run: Report["run"]; summary: Report["summary"]; statuses: Map<string, CaseStatusInfo> };
}

/** The documents of the specs, in file order. */
export function documentsOf(
  specs: Record<Surface, OpenApiDoc>,
  surfaces: readonly Surface[],
): SiteDocument[] {
  const out: SiteDocument[] = [];
  for (const surface of surfaces) {
    for (const d of (specs[surface]["x-documents"] ?? []) as unknown as Omit<SiteDocument, "surface">[]) {
      out.push({ file: d.file, title: d.title, operations: d.operations, surface });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/** The rules sorted by id. */
export function sortedRules(data: SiteData): CatalogueRule[] {
  return [...data.catalogue.rules].sort((a, b) => a.id.localeCompare(b.id));
}

/** The row with this id on this surface. */
export function findRow(data: SiteData, surface: string, id: string): PlacedErrorRow | undefined {
  return data.catalogue.errorRows.find((r) => r.id === id && r.surface === surface);
}
