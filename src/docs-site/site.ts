/**
 * Builds the documentation site (`eni-conformance docs`): gathers the specs, the catalogue, the
 * findings and — given a report — each case's latest status, captures every case's example exchange
 * from an in-process simulator (`capture.ts`), renders every page (pure) and writes them. The site is
 * static and self-contained: relative links only, no external asset, no request of any kind, so it
 * works from `file://` and from any static host (GitHub Pages in the CI recipe).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadAllSpecs, loadCatalogue } from "../contracts/catalogue.ts";
import { loadFindings } from "../contracts/findings.ts";
import { SURFACES } from "../contracts/surfaces.ts";
import type { Report } from "../report/model.ts";
import { captureCases } from "./capture.ts";
import { documentPageOf } from "./document-page.ts";
import { findingsPageOf } from "./findings-page.ts";
import { indexPageOf } from "./index-page.ts";
import type { SitePage } from "./layout.ts";
import { rulePageOf } from "./rule-page.ts";
import { searchPageOf } from "./search-page.ts";
import { documentsOf, type SiteData, sortedRules } from "./site-data.ts";
import { surfacePageOf } from "./surface-page.ts";

/** Everything the pages are rendered from; captures the examples from an in-process simulator. */
export async function gatherSiteData(report?: Report): Promise<SiteData> {
  const catalogue = loadCatalogue();
  const specs = loadAllSpecs();
  const data: SiteData = {
    surfaces: SURFACES,
    specs,
    catalogue,
    findings: loadFindings(),
    captures: await captureCases(catalogue, SURFACES),
    documents: documentsOf(specs, SURFACES),
  };
  if (report) {
    const statuses = new Map(
      report.cases.map((c) => [
        c.id,
        {
          status: c.status,
          ...(c.severity ? { severity: c.severity } : {}),
          ...(c.reason ? { reason: c.reason } : {}),
        },
      ]),
    );
    data.report = { run: report.run, summary: report.summary, statuses };
  }
  return data;
}

/** Every page of the site (pure). */
export function renderSite(data: SiteData): SitePage[] {
  return [
    indexPageOf(data),
    searchPageOf(data),
    findingsPageOf(data),
    ...data.surfaces.map((s) => surfacePageOf(data, s)),
    ...data.documents.map((d) => documentPageOf(data, d)),
    ...sortedRules(data).map((r) => rulePageOf(data, r)),
  ];
}

/** Write the pages under `outDir` (folders created; files of other names left alone). */
export function writeSite(pages: readonly SitePage[], outDir: string): void {
  for (const p of pages) {
    const file = join(outDir, p.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, p.html);
  }
}
