/**
 * The surface × rule matrix of the HTML report and the filters above it. Rows are rule ids (rules
 * first, then the unprovokable error rows), columns are surfaces; a cell takes the worst status of
 * its cases (failed > errored > passed > skipped) and links to that case's drill-down.
 */
import { caseAnchor, esc } from "./html-escape.ts";
import { worst } from "./markdown.ts";
import type { CaseStatus, Report, ReportCase } from "./model.ts";

const SYMBOL: Record<CaseStatus, string> = { passed: "✓", failed: "✗", errored: "!", skipped: "–" };

/** The rule ids of the matrix rows, in display order. */
export function matrixRules(report: Report): { rules: string[]; rows: string[] } {
  const all = [...new Set(report.cases.map((c) => c.rule))].sort();
  return { rules: all.filter((r) => !r.startsWith("row:")), rows: all.filter((r) => r.startsWith("row:")) };
}

function cell(rule: string, surface: string, cases: ReportCase[]): string {
  const base = `data-testid="matrix-cell" data-surface="${esc(surface)}"`;
  const status = worst(cases.map((c) => c.status));
  if (!status) return `<td ${base} class="cell st-none"></td>`;
  const first = cases.find((c) => c.status === status) ?? cases[0];
  const passed = cases.filter((c) => c.status === "passed").length;
  const counts = (["failed", "errored", "passed", "skipped"] as const)
    .map((s) => [s, cases.filter((c) => c.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(", ");
  const title = `${rule} on ${surface}: ${counts}`;
  return `<td ${base} data-status="${status}" class="cell st-${status}"><a href="#${first ? caseAnchor(first.id) : ""}" title="${esc(title)}">${SYMBOL[status]} ${passed}/${cases.length}</a></td>`;
}

function body(group: string, label: string, rules: string[], report: Report): string {
  if (rules.length === 0) return "";
  const surfaces = report.run.surfaces;
  const out = [
    `<tbody data-group="${group}">`,
    `<tr class="group"><th colspan="${surfaces.length + 1}">${esc(label)}</th></tr>`,
  ];
  for (const rule of rules) {
    const cells = surfaces.map((s) =>
      cell(
        rule,
        s,
        report.cases.filter((c) => c.rule === rule && c.surface === s),
      ),
    );
    const title = report.cases.find((c) => c.rule === rule)?.title ?? rule;
    out.push(
      `<tr data-testid="matrix-row" data-rule="${esc(rule)}"><th scope="row" title="${esc(title)}"><code>${esc(rule)}</code></th>${cells.join("")}</tr>`,
    );
  }
  out.push("</tbody>");
  return out.join("\n");
}

/** The matrix as a `<table>`. */
export function matrixTable(report: Report): string {
  const { rules, rows } = matrixRules(report);
  const cols = report.run.surfaces
    .map((s) => `<th scope="col" data-testid="matrix-col" data-surface="${esc(s)}">${esc(s)}</th>`)
    .join("");
  return [
    `<table id="matrix" data-testid="matrix" class="matrix">`,
    `<thead><tr><th scope="col">rule</th>${cols}</tr></thead>`,
    body("rules", `Rules (${rules.length})`, rules, report),
    body("rows", `Unprovokable error rows (${rows.length})`, rows, report),
    `</table>`,
  ].join("\n");
}

/** The filter bar: surface, statuses, free text. */
export function filterBar(report: Report): string {
  const options = report.run.surfaces.map((s) => `<option value="${esc(s)}">${esc(s)}</option>`).join("");
  const boxes = (["failed", "errored", "passed", "skipped"] as const)
    .map(
      (s) =>
        `<label class="badge st-${s}"><input type="checkbox" name="status" value="${s}" data-testid="filter-status-${s}" checked> ${s} (${report.summary[s]})</label>`,
    )
    .join(" ");
  return [
    `<form id="filters" data-testid="filters" class="filters" role="search">`,
    `<label>surface <select id="filter-surface" data-testid="filter-surface"><option value="">all</option>${options}</select></label>`,
    `<span class="statuses">${boxes}</span>`,
    `<label>search <input type="search" id="filter-text" data-testid="filter-text" placeholder="rule or case id"></label>`,
    `<button type="button" id="filter-reset" data-testid="filter-reset">reset</button>`,
    `<output id="filter-count" data-testid="filter-count"></output>`,
    `</form>`,
  ].join("\n");
}
