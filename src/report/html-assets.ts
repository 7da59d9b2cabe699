/**
 * The inline stylesheet and script of the HTML report. Both are constants (no report data in them),
 * so the page's Content-Security-Policy can allow exactly this script by its hash and nothing else:
 * any markup a target managed to smuggle into the page still could not run or load anything.
 */
import { createHash } from "node:crypto";
import { STATUS_COLOUR } from "./html-chart.ts";

const C = STATUS_COLOUR;

/** The page's stylesheet. */
export const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --bg-soft: #f6f8fa; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: #fff; }
main { max-width: 1280px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h4 { margin: 12px 0 4px; font-size: 13px; }
code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 4px; padding: 8px; margin: 4px 0;
  white-space: pre-wrap; word-break: break-all; max-height: 360px; overflow: auto; }
.muted { color: var(--muted); }
header .meta { color: var(--muted); margin: 2px 0; }
.verdict { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: 600; color: #fff; }
.verdict-conformant { background: ${C.passed}; }
.verdict-failures { background: ${C.failed}; }
.verdict-errors { background: ${C.errored}; color: #1f2328; }
.verdict-empty { background: ${C.skipped}; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px; min-width: 96px; }
.card b { display: block; font-size: 20px; }
.card.st-passed b { color: ${C.passed}; } .card.st-failed b { color: ${C.failed}; }
.card.st-errored b { color: #9a6700; } .card.st-skipped b { color: var(--muted); }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.counts td { text-align: right; }
.meter { display: inline-block; width: 160px; height: 8px; background: var(--bg-soft); border: 1px solid var(--line);
  border-radius: 4px; vertical-align: middle; overflow: hidden; }
.meter > span { display: block; height: 100%; background: ${C.passed}; }
.row { display: flex; flex-wrap: wrap; gap: 32px; align-items: flex-start; }
svg .label, svg .count, svg .legend { font: 12px system-ui, sans-serif; fill: var(--fg); }
.filters { position: sticky; top: 0; z-index: 2; background: #fff; padding: 8px 0; border-bottom: 1px solid var(--line);
  display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
.filters output { color: var(--muted); }
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; font-weight: 600; color: #fff; }
.badge input { vertical-align: middle; margin: 0 2px 0 0; }
.st-passed.badge, .cell.st-passed { background: ${C.passed}; color: #fff; }
.st-failed.badge, .cell.st-failed { background: ${C.failed}; color: #fff; }
.sev-error.badge { background: ${C.failed}; } .sev-warning.badge { background: ${C.errored}; } .sev-advisory.badge { background: #777; }
.st-errored.badge, .cell.st-errored { background: ${C.errored}; color: #1f2328; }
.st-skipped.badge, .cell.st-skipped { background: ${C.skipped}; color: #fff; }
.matrix { margin-top: 8px; }
.matrix thead th { position: sticky; top: 46px; background: #fff; z-index: 1; }
.matrix tr.group th { background: var(--bg-soft); font-weight: 600; }
.matrix td.cell { text-align: center; min-width: 96px; border: 2px solid #fff; }
.matrix td.cell a { color: inherit; text-decoration: none; display: block; }
.matrix td.cell a:hover { text-decoration: underline; }
.matrix td.st-none { background: #fff; }
.matrix td.dim { opacity: 0.25; }
.case { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 4px; margin: 4px 0; scroll-margin-top: 64px; }
.case.st-passed { border-left-color: ${C.passed}; } .case.st-failed { border-left-color: ${C.failed}; }
.case.st-errored { border-left-color: ${C.errored}; } .case.st-skipped { border-left-color: ${C.skipped}; }
.case > summary { cursor: pointer; padding: 4px 8px; list-style-position: inside; }
.case > summary .title { color: var(--muted); }
.case.flash { outline: 3px solid #0969da; }
.drill { padding: 0 12px 12px; }
.drill dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.drill dt { font-weight: 600; }
.drill dd { margin: 0; }
.findings { margin: 4px 0; padding-left: 20px; }
.findings .check { color: ${C.failed}; }
table.headers { font: 12px ui-monospace, monospace; }
table.headers th { color: var(--muted); font-weight: normal; white-space: nowrap; }
table.headers td { word-break: break-all; }
.replay { display: flex; gap: 8px; align-items: flex-start; }
.replay pre { flex: 1; }
.case-tools { margin: 8px 0; display: flex; gap: 8px; }
`;

/** The page's script: filters, matrix clicks, copy buttons. Plain ES2020, no report data. */
export const SCRIPT = `"use strict";
(() => {
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const cases = $$('[data-testid="case"]');
  const rows = $$('[data-testid="matrix-row"]');
  const form = document.getElementById("filters");
  const surface = document.getElementById("filter-surface");
  const text = document.getElementById("filter-text");
  const boxes = $$('input[name="status"]');
  const count = document.getElementById("filter-count");
  const width = $$('[data-testid="matrix-col"]').length + 1;
  const key = (rule, s) => rule + "\\n" + s;

  function apply() {
    const want = surface.value;
    const q = text.value.trim().toLowerCase();
    const statuses = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    const live = new Set();
    let shown = 0;
    for (const c of cases) {
      const ok = (!want || c.dataset.surface === want) && statuses.has(c.dataset.status) &&
        (!q || c.dataset.search.includes(q));
      c.hidden = !ok;
      if (ok) { shown += 1; live.add(key(c.dataset.rule, c.dataset.surface)); }
    }
    let rowsShown = 0;
    for (const r of rows) {
      let any = false;
      for (const cell of $$('[data-testid="matrix-cell"]', r)) {
        const on = live.has(key(r.dataset.rule, cell.dataset.surface));
        cell.classList.toggle("dim", !on);
        cell.hidden = Boolean(want) && cell.dataset.surface !== want;
        any = any || on;
      }
      r.hidden = !any;
      if (any) rowsShown += 1;
    }
    for (const th of $$('[data-testid="matrix-col"]')) th.hidden = Boolean(want) && th.dataset.surface !== want;
    for (const g of $$("#matrix tbody")) {
      const head = g.querySelector("tr.group");
      head.hidden = !$$('[data-testid="matrix-row"]', g).some((r) => !r.hidden);
      head.firstElementChild.colSpan = want ? 2 : width;
    }
    count.textContent = shown + " of " + cases.length + " cases · " + rowsShown + " of " + rows.length + " matrix rows";
  }

  function reset() {
    surface.value = "";
    text.value = "";
    for (const b of boxes) b.checked = true;
    apply();
  }

  function focusCase(el) {
    el.open = true;
    el.scrollIntoView({ block: "start" });
    el.classList.add("flash");
    setTimeout(() => el.classList.remove("flash"), 1500);
  }

  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  document.getElementById("filter-reset").addEventListener("click", reset);
  document.getElementById("expand-all").addEventListener("click", () => {
    for (const c of cases) if (!c.hidden) c.open = true;
  });
  document.getElementById("collapse-all").addEventListener("click", () => {
    for (const c of cases) c.open = false;
  });

  document.getElementById("matrix").addEventListener("click", (e) => {
    const a = e.target.closest("a");
    if (!a) return;
    e.preventDefault();
    const cell = a.closest("td");
    const rule = cell.parentElement.dataset.rule;
    const mine = cases.filter((c) => c.dataset.rule === rule && c.dataset.surface === cell.dataset.surface);
    let open = mine.filter((c) => !c.hidden);
    if (open.length === 0) { reset(); open = mine; }
    for (const c of open) c.open = true;
    const worst = document.getElementById(a.getAttribute("href").slice(1));
    const first = worst && !worst.hidden ? worst : open[0];
    if (first) focusCase(first);
  });

  document.addEventListener("click", (e) => {
    const btn = e.target.closest("[data-copy]");
    if (!btn) return;
    const pre = btn.previousElementSibling;
    const done = () => { btn.textContent = "copied"; setTimeout(() => { btn.textContent = "copy"; }, 1200); };
    const select = () => { const r = document.createRange(); r.selectNodeContents(pre); const s = getSelection(); s.removeAllRanges(); s.addRange(r); };
    if (navigator.clipboard) navigator.clipboard.writeText(pre.textContent).then(done, select);
    else select();
  });

  if (location.hash.length > 1) {
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el && el.matches('[data-testid="case"]')) focusCase(el);
  }
  apply();
})();
`;

/** The CSP source that allows exactly {@link SCRIPT}. */
export const SCRIPT_HASH = `'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'`;
