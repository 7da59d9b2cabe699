/**
 * Small pieces of markup the pages share: provenance labels, citations (a document citation links
 * to the document's page; a vendor page's address is shown as text, never fetched), links to rows
 * and findings, status badges and pretty-printed JSON. Pure; every text is escaped.
 */
import type { Citation, PlacedErrorRow, Provenance } from "../contracts/model.ts";
import { esc } from "../report/html-escape.ts";
import { documentPage, findingLink, href, rowLink } from "./links.ts";
import type { CaseStatusInfo } from "./site-data.ts";

const KIND_TEXT = {
  document: "document",
  "vendor-page": "vendor page",
  sdk: "SDK",
  inferred: "inferred",
} as const;

/** A provenance as a label: "document", "vendor page", "SDK", or "inferred — see F-0xx" (linked). */
export function provenanceLabel(from: string, p: Provenance): string {
  const finding = p.finding
    ? ` — see <a href="${esc(href(from, findingLink(p.finding)))}" data-testid="provenance-finding">${esc(p.finding)}</a>`
    : "";
  return `<span class="label prov-${p.kind}" data-testid="provenance" data-provenance="${p.kind}">${KIND_TEXT[p.kind]}${finding}</span>`;
}

/** What a statement of this provenance is, as a heading: only a document sentence is "what the document says". */
export function statementHeading(p: Provenance): string {
  switch (p.kind) {
    case "document":
      return "What the document says";
    case "vendor-page":
      return "What another page of the vendor says";
    case "sdk":
      return "What an official SDK shows";
    case "inferred":
      return "This project's reading (no source states it)";
  }
}

/** One citation as markup. */
export function citation(from: string, c: Citation): string {
  if ("document" in c) {
    const row = c.row ? `, row ${c.row}` : "";
    return `<a href="${esc(href(from, documentPage(c.document)))}"><code>${esc(c.document)}</code></a> ${esc(c.section)}${esc(row)}`;
  }
  if ("sdk" in c) return `SDK <code>${esc(c.sdk)}</code>${c.detail ? ` (${esc(c.detail)})` : ""}`;
  return `vendor page: ${esc(c.companion)}${c.url ? ` <span class="muted">(${esc(c.url)})</span>` : ""}`;
}

/** Citations as a list (empty text when there are none). */
export function citations(from: string, cs: readonly Citation[]): string {
  if (cs.length === 0) return `<span class="muted">no citation</span>`;
  return `<ul class="cites">${cs.map((c) => `<li>${citation(from, c)}</li>`).join("")}</ul>`;
}

/** A link to an error row: its code and id. */
export function rowRef(from: string, row: PlacedErrorRow): string {
  return `<a href="${esc(href(from, rowLink(row)))}" data-testid="row-link"><code>${esc(row.code)}</code></a> <span class="muted">(${esc(row.id)}, HTTP ${row.http})</span>`;
}

/** A link to a finding. */
export function findingRef(from: string, id: string): string {
  return `<a href="${esc(href(from, findingLink(id)))}">${esc(id)}</a>`;
}

/** A case status badge; `none` when the report does not hold the case. */
export function statusBadge(info: CaseStatusInfo | undefined): string {
  if (!info)
    return `<span class="st st-none" data-testid="case-status" data-status="none">not in the report</span>`;
  const reason = info.reason ? ` <span class="muted">${esc(info.reason)}</span>` : "";
  const severity = info.severity
    ? ` <span class="muted" data-testid="case-severity">(${esc(info.severity)})</span>`
    : "";
  return `<span class="st st-${esc(info.status)}" data-testid="case-status" data-status="${esc(info.status)}">${esc(info.status)}</span>${severity}${reason}`;
}

/** A value as indented JSON in a `<pre>`. */
export function jsonBlock(value: unknown, testid?: string): string {
  return `<pre${testid ? ` data-testid="${testid}"` : ""}>${esc(JSON.stringify(value, null, 2))}</pre>`;
}

/** A response body: indented when it is JSON, else as it came. */
export function bodyBlock(body: string, testid: string): string {
  try {
    return jsonBlock(JSON.parse(body), testid);
  } catch {
    return `<pre data-testid="${testid}">${esc(body)}</pre>`;
  }
}
