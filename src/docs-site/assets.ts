/**
 * The documentation site's one stylesheet and one script, shared by every page. Both are constants
 * (no site data in them), so each page's Content-Security-Policy allows exactly this script by its
 * hash and nothing else, and nothing is ever fetched: the site works from `file://`.
 *
 * The script: the search box of every page sends its words to `search.html?q=...`; the search page
 * filters the index embedded in it (`<script type="application/json" id="search-data">`) as you
 * type, every word must match.
 */

import { createHash } from "node:crypto";
import { selfContainedCsp } from "../report/html-escape.ts";

/** The stylesheet of every page. */
export const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --bg-soft: #f6f8fa; --link: #0969da; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: #fff; }
a { color: var(--link); }
.top { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; padding: 8px 24px; border-bottom: 1px solid var(--line); background: var(--bg-soft); position: sticky; top: 0; z-index: 2; }
.top .brand { font-weight: 700; color: var(--fg); text-decoration: none; }
.top nav a { margin-right: 12px; }
.top form { margin-left: auto; }
.top input { width: 260px; padding: 3px 6px; }
main { max-width: 1200px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 8px 0; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
h4 { font-size: 13px; margin: 12px 0 4px; }
code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 4px; padding: 8px; margin: 4px 0;
  white-space: pre-wrap; word-break: break-all; max-height: 420px; overflow: auto; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: var(--bg-soft); }
:target { outline: 3px solid #f0b400; outline-offset: 2px; }
.muted { color: var(--muted); }
.label { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; font-weight: 600; border: 1px solid; white-space: nowrap; }
.prov-document { color: #1a7f37; border-color: #1a7f37; }
.prov-vendor-page { color: #0969da; border-color: #0969da; }
.prov-sdk { color: #8250df; border-color: #8250df; }
.prov-inferred { color: #9a6700; border-color: #9a6700; }
.st { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; font-weight: 600; color: #fff; }
.st-passed { background: #2da44e; } .st-failed { background: #cf222e; }
.st-errored { background: #d4a72c; color: #1f2328; } .st-skipped { background: #8c959f; } .st-none { background: #fff; color: var(--muted); border: 1px solid var(--line); }
.case { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 4px; margin: 10px 0; padding: 4px 12px 10px; scroll-margin-top: 56px; }
.case.agree { border-left-color: #2da44e; } .case.disagree { border-left-color: #cf222e; }
.statement { border-left: 3px solid var(--line); margin: 6px 0; padding: 2px 10px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.results li { margin: 4px 0; }
.results .kind { color: var(--muted); font-size: 12px; margin-left: 6px; }
section, article, tr { scroll-margin-top: 56px; }
`;

/** The script of every page: the search box, and on the search page the search itself. Plain ES2020. */
export const SCRIPT = `"use strict";
(() => {
  const box = document.getElementById("site-search");
  const form = document.getElementById("site-search-form");
  const target = form.dataset.searchPage;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.href = target + "?q=" + encodeURIComponent(box.value.trim());
  });
  const data = document.getElementById("search-data");
  if (!data) return;
  const entries = JSON.parse(data.textContent);
  const input = document.getElementById("search-input");
  const list = document.getElementById("search-results");
  const count = document.getElementById("search-count");
  const words = (q) => q.toLowerCase().split(/\\s+/).filter(Boolean);
  function run() {
    const want = words(input.value);
    list.textContent = "";
    if (want.length === 0) { count.textContent = entries.length + " entries: type words to search"; return; }
    const hits = entries.filter((e) => want.every((w) => e.haystack.includes(w)));
    count.textContent = hits.length + " of " + entries.length + " entries";
    for (const e of hits.slice(0, 200)) {
      const li = document.createElement("li");
      li.dataset.testid = "search-result";
      const a = document.createElement("a");
      a.href = e.href;
      a.textContent = e.title;
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = e.kind;
      const text = document.createElement("div");
      text.className = "muted";
      text.textContent = e.text.length > 220 ? e.text.slice(0, 220) + "…" : e.text;
      li.append(a, kind, text);
      list.append(li);
    }
  }
  const q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; box.value = q; }
  input.addEventListener("input", run);
  document.getElementById("search-form").addEventListener("submit", (e) => e.preventDefault());
  run();
})();
`;

/** The CSP source that allows exactly {@link SCRIPT}. */
const SCRIPT_HASH = `'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'`;

/** The Content-Security-Policy of every page: no fetch of any kind, only the page's own script. */
export const CSP = selfContainedCsp(SCRIPT_HASH);
