/**
 * `report.html`: the run as one self-contained page — header and verdict, summary counts, coverage,
 * a pass/fail chart per surface (inline SVG), the surface × rule matrix with filters, a drill-down
 * per case (statement, citation, expected outcome, findings, observed exchange, seed, path, replay
 * command) and the documentation findings. Pure: (report) => string.
 *
 * The page loads nothing: inline CSS and one inline script, no links to the network, and a
 * Content-Security-Policy that forbids every fetch and allows only that script (by hash). Text from
 * targets is escaped everywhere; the report itself is embedded as JSON in
 * `<script type="application/json" id="report-data">` with `<`, `>` and `&` written as `\u` escapes.
 */
import { SCRIPT, SCRIPT_HASH, STYLE } from "./html-assets.ts";
import { caseList } from "./html-cases.ts";
import { chartSvg } from "./html-chart.ts";
import { esc, jsonForScript, pageOpening, selfContainedCsp } from "./html-escape.ts";
import { filterBar, matrixRules, matrixTable } from "./html-matrix.ts";
import { type Report, type Summary, transportWords } from "./model.ts";

const CSP = selfContainedCsp(SCRIPT_HASH);

/** The verdict of a run: a target the doctor found not ready, then failures beat harness errors beat a clean run. */
function verdict(s: Summary, report?: Report): { key: string; text: string } {
  if (report?.diagnosis && !report.diagnosis.ok) return { key: "errors", text: "not run: target not ready" };
  if (s.failed > 0) return { key: "failures", text: `${s.failed} failed` };
  if (s.errored > 0) return { key: "errors", text: `${s.errored} harness errors` };
  if (s.total === 0) return { key: "empty", text: "no cases" };
  return { key: "conformant", text: "conformant" };
}

function header(report: Report): string {
  const v = verdict(report.summary, report);
  const r = report.run;
  return [
    `<header data-testid="header">`,
    `<h1>eni-conformance report <span class="verdict verdict-${v.key}" data-testid="verdict" data-verdict="${v.key}">${esc(v.text)}</span></h1>`,
    `<p class="meta">target <code data-testid="run-target">${esc(r.target)}</code>${r.transport ? ` over the <span data-testid="run-transport">${esc(transportWords(r.transport))}</span>` : ""} · seed <code data-testid="run-seed">${esc(r.seed)}</code> · runs per case <span data-testid="run-runs">${esc(r.runs)}</span> · surfaces ${r.surfaces.map((s) => `<code>${esc(s)}</code>`).join(" ")}</p>`,
    `</header>`,
  ].join("\n");
}

/** The doctor's preflight, first after the header: one row per check. */
function diagnosis(report: Report): string {
  const d = report.diagnosis;
  if (!d) return "";
  const rows = d.checks
    .map(
      (c) =>
        `<tr class="diag-${esc(c.status)}" data-testid="diagnosis-check" data-status="${esc(c.status)}"><td>${esc(c.status)}</td><td>${esc(c.surface ?? "target")}</td><td>${esc(c.check)}</td><td>${esc(c.what)}</td><td>${esc(c.result)}</td><td>${esc(c.fix ?? "")}</td></tr>`,
    )
    .join("\n");
  return [
    `<section data-testid="diagnosis" data-ok="${d.ok}">`,
    `<h2>Diagnosis: ${d.ok ? "the target was ready" : "the target was not ready — no case ran"}</h2>`,
    `<table><thead><tr><th>status</th><th>where</th><th>check</th><th>checked</th><th>result</th><th>what to do</th></tr></thead><tbody>`,
    rows,
    `</tbody></table>`,
    `</section>`,
  ].join("\n");
}

function summary(report: Report): string {
  const s = report.summary;
  const cards = (["passed", "failed", "errored", "skipped"] as const)
    .map((k) => `<div class="card st-${k}" data-testid="count-${k}"><b>${s[k]}</b>${k}</div>`)
    .join("");
  const rows = report.run.surfaces.map((surface) => {
    const c = report.bySurface[surface] ?? { passed: 0, failed: 0, errored: 0, skipped: 0, total: 0 };
    return `<tr data-surface="${esc(surface)}"><th>${esc(surface)}</th><td>${c.passed}</td><td>${c.failed}</td><td>${c.errored}</td><td>${c.skipped}</td><td>${c.total}</td></tr>`;
  });
  return [
    `<section id="summary" data-testid="summary">`,
    `<h2>Summary</h2>`,
    `<div class="cards">${cards}<div class="card" data-testid="count-total"><b>${s.total}</b>cases</div></div>`,
    `<div class="row">`,
    `<table class="counts" data-testid="summary-table"><thead><tr><th>surface</th><th>passed</th><th>failed</th><th>errored</th><th>skipped</th><th>total</th></tr></thead><tbody>`,
    ...rows,
    `<tr><th>total</th><td>${s.passed}</td><td>${s.failed}</td><td>${s.errored}</td><td>${s.skipped}</td><td>${s.total}</td></tr>`,
    `</tbody></table>`,
    chartSvg(report),
    `</div>`,
    `</section>`,
  ].join("\n");
}

function meter(label: string, id: string, x: { covered: number; total: number }): string {
  const pct = x.total === 0 ? 100 : Math.floor((x.covered / x.total) * 1000) / 10;
  return `<tr data-testid="coverage-${id}"><th>${esc(label)}</th><td>${x.covered}/${x.total}</td><td><span class="meter"><span style="width:${pct}%"></span></span> ${pct}%</td></tr>`;
}

function coverage(report: Report): string {
  const c = report.coverage;
  return [
    `<section id="coverage" data-testid="coverage">`,
    `<h2>Coverage</h2>`,
    `<table>`,
    meter("rule entries (rule × surface)", "rules", c.rules),
    meter("provokable error rows", "rows", c.rows),
    meter("documented error rows", "documented-rows", c.documentedRows),
    meter("response fields (type and format)", "fields", c.fields),
    meter("documented properties of response fields", "field-properties", c.fieldProperties),
    `</table>`,
    `</section>`,
  ].join("\n");
}

function documentation(report: Report): string {
  const items = report.documentation.map(
    (f) =>
      `<tr data-testid="doc-finding" data-id="${esc(f.id)}"><td><code>${esc(f.id)}</code></td><td>${esc(f.kind)}</td><td>${f.surfaces.map(esc).join(", ")}</td><td>${esc(f.title)}</td></tr>`,
  );
  return [
    `<section id="documentation" data-testid="documentation">`,
    `<h2>Documentation findings (${report.documentation.length})</h2>`,
    items.length === 0
      ? `<p class="muted">None.</p>`
      : `<table><thead><tr><th>id</th><th>kind</th><th>surfaces</th><th>finding</th></tr></thead><tbody>${items.join("\n")}</tbody></table>`,
    `</section>`,
  ].join("\n");
}

/** The report as one self-contained HTML page. */
export function reportHtml(report: Report): string {
  const { rules, rows } = matrixRules(report);
  return [
    ...pageOpening(CSP, `eni-conformance report — ${esc(verdict(report.summary, report).text)}`),
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    header(report),
    diagnosis(report),
    summary(report),
    coverage(report),
    `<section id="results" data-testid="results">`,
    `<h2>Surface × rule (${rules.length} rules, ${rows.length} unprovokable rows)</h2>`,
    filterBar(report),
    matrixTable(report),
    `<h2>Cases (${report.cases.length})</h2>`,
    `<div class="case-tools"><button type="button" id="expand-all" data-testid="expand-all">expand shown</button><button type="button" id="collapse-all" data-testid="collapse-all">collapse all</button></div>`,
    caseList(report.cases),
    `</section>`,
    documentation(report),
    "</main>",
    `<script type="application/json" id="report-data" data-testid="report-data">${jsonForScript(report)}</script>`,
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
