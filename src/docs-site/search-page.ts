/**
 * The search page and its index: one entry per rule, rule entry of a surface, case, operation,
 * error row, document and finding, embedded in the page as JSON (escaped so no text can close its
 * element); the page's script filters it as you type. Pure.
 */
import { listOperations } from "../contracts/spec.ts";
import { caseAnchor, jsonForScript } from "../report/html-escape.ts";
import { page, type SitePage } from "./layout.ts";
import { documentPage, findingLink, operationLink, rowLink, rulePage, SEARCH_PAGE } from "./links.ts";
import { type SiteData, sortedRules } from "./site-data.ts";

/** One entry of the search index. */
interface SearchEntry {
  kind: string;
  title: string;
  text: string;
  href: string;
  haystack: string;
}

function entry(kind: string, title: string, text: string, to: string, keywords = ""): SearchEntry {
  return { kind, title, text, href: to, haystack: `${title} ${text} ${keywords}`.toLowerCase() };
}

/** Every entry of the index, links relative to the site's root. */
function searchEntries(data: SiteData): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const rule of sortedRules(data)) {
    out.push(
      entry("rule", `${rule.id} — ${rule.title}`, Object.keys(rule.surfaces).join(", "), rulePage(rule.id)),
    );
    for (const surface of data.surfaces) {
      const e = rule.surfaces[surface];
      if (!e) continue;
      out.push(
        entry(
          `rule on ${surface}`,
          `${rule.id} on ${surface}`,
          e.statement,
          `${rulePage(rule.id)}#${surface}`,
          e.provenance.kind,
        ),
      );
      for (const [i, c] of e.cases.entries()) {
        const id = `${surface}/${rule.id}#${i + 1}`;
        const rows = (c.errorRows ?? []).map(
          (r) => data.catalogue.errorRows.find((x) => x.id === r && x.surface === surface)?.code ?? r,
        );
        const text = `${c.operation} ${c.mutate?.kind ?? ""} ⇒ ${c.expect === "success" ? "success" : `error ${rows.join(" or ")}`}`;
        out.push(
          entry(
            "case",
            id,
            text,
            `${rulePage(rule.id)}#${caseAnchor(id)}`,
            `${rule.title} ${Object.values(c.given).join(" ")}`,
          ),
        );
      }
    }
  }
  for (const surface of data.surfaces) {
    for (const op of listOperations(surface, data.specs[surface]).filter((o) => o.sameAs === undefined)) {
      out.push(
        entry(
          `operation on ${surface}`,
          `${op.action} (${surface})`,
          String(op.op.summary ?? ""),
          operationLink(surface, op.operationId),
        ),
      );
    }
  }
  for (const row of data.catalogue.errorRows) {
    const why = row.rules?.length
      ? `provoked by ${row.rules.join(", ")}`
      : `unprovokable: ${row.unprovokable ?? ""}`;
    out.push(
      entry(
        `error row, ${row.surface}`,
        `${row.code} (${row.id})`,
        `HTTP ${row.http} — ${row.meaning} ${row.message ?? ""} — ${why}`,
        rowLink(row),
      ),
    );
  }
  for (const d of data.documents)
    out.push(entry("document", d.file, `${d.title} (${d.surface})`, documentPage(d.file)));
  for (const f of data.findings)
    out.push(
      entry(
        "finding",
        `${f.id} — ${f.title}`,
        f.detail,
        findingLink(f.id),
        `${f.kind} ${f.surfaces.join(" ")}`,
      ),
    );
  return out;
}

/** The search page. */
export function searchPageOf(data: SiteData): SitePage {
  const entries = searchEntries(data);
  const body = [
    `<h1>Search</h1>`,
    `<form id="search-form" role="search"><input id="search-input" type="search" size="60" placeholder="words: a rule id, an error code, a parameter, a finding…" aria-label="search the site" data-testid="search-input"></form>`,
    `<p class="muted" id="search-count" data-testid="search-count"></p>`,
    `<ol class="results" id="search-results" data-testid="search-results"></ol>`,
  ].join("\n");
  const index = `<script type="application/json" id="search-data">${jsonForScript(entries)}</script>`;
  return page(data, SEARCH_PAGE, "search", body, index);
}
