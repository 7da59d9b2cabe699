/**
 * The page of one of the five vendor documents, cited by file name (its text is not copied: the
 * project paraphrases): its error table — code, HTTP status, message, meaning, the rules and cases
 * that provoke each row, or why none can — the rules whose statements cite it, and the findings
 * about it. Pure.
 */
import type { PlacedErrorRow } from "../contracts/model.ts";
import { esc } from "../report/html-escape.ts";
import { findingRef, statusBadge } from "./fragments.ts";
import { page, type SitePage } from "./layout.ts";
import {
  anchor,
  caseLink,
  documentPage,
  href,
  operationLink,
  rulePage,
  ruleSurfaceLink,
  surfacePage,
} from "./links.ts";
import { type SiteData, type SiteDocument, sortedRules } from "./site-data.ts";

/** The cases of the row's surface that expect the row, as links. */
function provokers(data: SiteData, from: string, row: PlacedErrorRow): string {
  const out: string[] = [];
  for (const ruleId of row.rules ?? []) {
    const entry = data.catalogue.rules.find((r) => r.id === ruleId)?.surfaces[row.surface];
    const cases = (entry?.cases ?? [])
      .map((c, i) => ({ c, id: `${row.surface}/${ruleId}#${i + 1}` }))
      .filter(({ c }) => c.errorRows?.includes(row.id))
      .map(({ id }) => {
        const status = data.report ? ` ${statusBadge(data.report.statuses.get(id))}` : "";
        return `<a href="${esc(href(from, caseLink(ruleId, id)))}" data-testid="row-case">case ${esc(id.split("#")[1] ?? "")}</a>${status}`;
      });
    out.push(
      `<a href="${esc(href(from, ruleSurfaceLink(ruleId, row.surface)))}" data-testid="row-rule"><code>${esc(ruleId)}</code></a> (${cases.join(", ")})`,
    );
  }
  return out.join("<br>");
}

function findingRefs(from: string, value: string | string[] | undefined): string {
  if (value === undefined) return "";
  return (Array.isArray(value) ? value : [value]).map((f) => findingRef(from, f)).join(", ");
}

/** An error table: one row per error row, provokers or the reason none can provoke it. */
export function rowTable(data: SiteData, from: string, rows: readonly PlacedErrorRow[]): string {
  const body = rows.map((row) => {
    const http = `${row.http}${row.httpFrom === "document" ? "" : ` <span class="muted">(protocol)</span>`}`;
    const by = row.rules?.length
      ? provokers(data, from, row)
      : `<span data-testid="row-unprovokable">unprovokable: ${esc(row.unprovokable ?? "")}</span>${
          data.report ? ` ${statusBadge(data.report.statuses.get(`${row.surface}/row:${row.id}`))}` : ""
        }`;
    const n = "row" in row.source && row.source.row !== undefined ? String(row.source.row) : "";
    const op = row.operation
      ? `<a href="${esc(href(from, operationLink(row.surface, row.operation)))}">${esc(row.operation)}</a>`
      : `<span class="muted">every operation</span>`;
    return `<tr id="${anchor("row", row.id)}" data-testid="error-row" data-row-id="${esc(row.id)}"><td>${esc(n)}</td><td><code>${esc(row.code)}</code></td><td>${http}</td><td>${row.message ? `<code>${esc(row.message)}</code>` : ""}</td><td>${esc(row.meaning)}</td><td>${op}</td><td>${by}</td><td>${findingRefs(from, row["x-finding"])}${row["x-uncertain"] ? ` <span class="muted">uncertain: ${esc(row["x-uncertain"])}</span>` : ""}</td></tr>`;
  });
  return [
    `<table data-testid="error-table"><thead><tr><th>row</th><th>code</th><th>HTTP</th><th>message</th><th>meaning</th><th>operation</th><th>provoked by</th><th>findings</th></tr></thead><tbody>`,
    ...body,
    `</tbody></table>`,
  ].join("\n");
}

/** The page of `doc`. */
export function documentPageOf(data: SiteData, doc: SiteDocument): SitePage {
  const from = documentPage(doc.file);
  const rows = data.catalogue.errorRows
    .filter((r) => r.kind === "documented" && "document" in r.source && r.source.document === doc.file)
    .sort(
      (a, b) => ("row" in a.source ? (a.source.row ?? 0) : 0) - ("row" in b.source ? (b.source.row ?? 0) : 0),
    );
  const citing = sortedRules(data).filter((rule) =>
    Object.values(rule.surfaces).some((e) =>
      e?.source.some((c) => "document" in c && c.document === doc.file),
    ),
  );
  const findings = data.findings.filter((f) =>
    f.citations.some((c) => "document" in c && c.document === doc.file),
  );
  const provokable = rows.filter((r) => r.rules?.length).length;
  const body = [
    `<h1 data-testid="document-title"><code>${esc(doc.file)}</code></h1>`,
    `<p>${esc(doc.title)} — surface <a href="${esc(href(from, surfacePage(doc.surface)))}">${esc(doc.surface)}</a>; operations ${doc.operations.map((o) => `<a href="${esc(href(from, operationLink(doc.surface, o)))}">${esc(o)}</a>`).join(", ")}.</p>`,
    `<p class="muted">The document is cited by file name and section; its text is not reproduced here — the statements and meanings on this site are the project's paraphrases.</p>`,
    `<h2 id="errors">Error table (${rows.length} rows, ${provokable} provokable)</h2>`,
    rowTable(data, from, rows),
    `<h2 id="rules">Rules citing this document (${citing.length})</h2>`,
    `<ul>${citing.map((r) => `<li><a href="${esc(href(from, rulePage(r.id)))}"><code>${esc(r.id)}</code></a> — ${esc(r.title)}</li>`).join("")}</ul>`,
    `<h2 id="findings">Findings about this document (${findings.length})</h2>`,
    `<ul>${findings.map((f) => `<li>${findingRef(from, f.id)} — ${esc(f.title)}</li>`).join("")}</ul>`,
  ].join("\n");
  return page(data, from, doc.file, body);
}
