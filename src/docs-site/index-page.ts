/**
 * The front page: what the site is and how to read its labels, the surfaces, the five documents,
 * every rule with the provenance of its statement per surface, and — built with `--report` — which
 * run the statuses come from. Pure.
 */
import type { ProvenanceKind } from "../contracts/model.ts";
import { esc } from "../report/html-escape.ts";
import { EXAMPLE_ACCOUNT, SIGNED_AT } from "./capture.ts";
import { provenanceLabel } from "./fragments.ts";
import { page, type SitePage } from "./layout.ts";
import { documentPage, FINDINGS_PAGE, INDEX_PAGE, rulePage, ruleSurfaceLink, surfacePage } from "./links.ts";
import { type SiteData, sortedRules } from "./site-data.ts";

const LABELS: [ProvenanceKind, string][] = [
  ["document", "a sentence or table row of one of the five vendor documents (cited by file and section)"],
  ["vendor-page", "another page of the same vendor (named, with its address where known)"],
  ["sdk", "observed in an official SDK (named with its version)"],
  ["inferred", "this project's own reading, with the finding that explains it"],
];

function reportSection(data: SiteData): string {
  const r = data.report;
  if (!r)
    return `<p class="muted" data-testid="no-report">Built without a report: case statuses are not shown (build with <code>--report report.json</code>).</p>`;
  const s = r.summary;
  return [
    `<section id="report" data-testid="report-summary">`,
    `<h2>Latest run</h2>`,
    `<p>Statuses are those of the report given to the build: target <code>${esc(r.run.target)}</code>, seed ${esc(r.run.seed)}, surfaces ${r.run.surfaces.map((x) => `<code>${esc(x)}</code>`).join(" ")} — ${s.passed} passed, ${s.failed} failed, ${s.errored} errored, ${s.skipped} skipped of ${s.total}.</p>`,
    `</section>`,
  ].join("\n");
}

/** The front page. */
export function indexPageOf(data: SiteData): SitePage {
  const from = INDEX_PAGE;
  const rules = sortedRules(data);
  const entries = rules.reduce((n, r) => n + Object.keys(r.surfaces).length, 0);
  const cases = rules.reduce(
    (n, r) => n + Object.values(r.surfaces).reduce((m, e) => m + (e?.cases.length ?? 0), 0),
    0,
  );
  const documented = data.catalogue.errorRows.filter((r) => r.kind === "documented").length;
  const head = data.surfaces.map((s) => `<th>${esc(s)}</th>`).join("");
  const ruleRows = rules.map((rule) => {
    const cells = data.surfaces.map((s) => {
      const e = rule.surfaces[s];
      return e
        ? `<td><a href="${esc(ruleSurfaceLink(rule.id, s))}">${e.cases.length} case${e.cases.length === 1 ? "" : "s"}</a> ${provenanceLabel(from, e.provenance)}</td>`
        : "<td></td>";
    });
    return `<tr data-testid="rule-row" data-rule="${esc(rule.id)}"><td><a href="${esc(rulePage(rule.id))}" data-testid="rule-link"><code>${esc(rule.id)}</code></a></td><td>${esc(rule.title)}</td>${cells.join("")}</tr>`;
  });
  const body = [
    `<h1>eni-conformance: the rules of the ENI APIs</h1>`,
    `<p>Every documented rule of attaching and migrating elastic network interfaces on ${data.surfaces.length} cloud API surfaces, with the expected outcome per surface, the executable cases that check it, a signed example request for each case and the answer of the project's simulator to it. ${rules.length} rules (${entries} rule × surface entries) with ${cases} cases; ${documented} documented error rows, ${data.catalogue.errorRows.length - documented} common and companion rows; ${data.findings.length} <a href="${FINDINGS_PAGE}">findings</a>.</p>`,
    `<h2 id="labels">Where each expectation comes from</h2>`,
    `<p>Every statement and every case's expected outcome carries one of four labels. Only a statement labelled <em>document</em> is shown as what the document says.</p>`,
    `<ul>${LABELS.map(([k, text]) => `<li>${provenanceLabel(from, { kind: k, citations: [] })} ${esc(text)}</li>`).join("")}</ul>`,
    `<p class="muted">Example requests are signed with the placeholder key <code>${esc(EXAMPLE_ACCOUNT.accessKeyId)}</code> (its secret is a dummy and not shown) at ${esc(SIGNED_AT)}; the answers are those of the simulator when the site was built.</p>`,
    reportSection(data),
    `<h2 id="surfaces">Surfaces</h2>`,
    `<ul>${data.surfaces.map((s) => `<li><a href="${esc(surfacePage(s))}" data-testid="surface-link">${esc(s)}</a> — ${esc(String(data.specs[s].info && (data.specs[s].info as { title?: string }).title))}</li>`).join("")}</ul>`,
    `<h2 id="documents">Documents</h2>`,
    `<ul>${data.documents.map((d) => `<li><a href="${esc(documentPage(d.file))}" data-testid="document-link"><code>${esc(d.file)}</code></a> — ${esc(d.title)} (${esc(d.surface)})</li>`).join("")}</ul>`,
    `<h2 id="rules">Rules (${rules.length})</h2>`,
    `<table data-testid="rules-table"><thead><tr><th>rule</th><th>title</th>${head}</tr></thead><tbody>`,
    ...ruleRows,
    `</tbody></table>`,
  ].join("\n");
  return page(data, from, "rules", body);
}
