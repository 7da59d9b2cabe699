/**
 * The simulator's page (`GET /_sim/`): per account and cloud, the world (instances, ENIs and their
 * attachments, tasks, each id with its fixture roles and a copy button), the request journal kept
 * up to date by polling `GET /_sim/requests?since=`, a filter, one request opened with its verdict
 * path and signature diagnosis, and the control plane's controls (reset, clock, progress, faults,
 * deviations). Self-contained: one inline style and one inline script allowed by its hash, no
 * external asset; it talks to its own origin's control plane only (`connect-src 'self'`). All the
 * text it shows is set as text, never as markup.
 */
import { createHash } from "node:crypto";
import type { WireResponse } from "../../core/wire.ts";
import { PAGE_SCRIPT } from "./script.ts";
import { PAGE_STYLE } from "./style.ts";

const SCRIPT_HASH = `'sha256-${createHash("sha256").update(PAGE_SCRIPT).digest("base64")}'`;

/** Fetches to this origin only; inline style; the one script by its hash. */
const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src ${SCRIPT_HASH}`,
  "connect-src 'self'",
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const BODY = `<header>
<h1>eni-conformance simulator</h1>
<label>account <select id="account"></select></label>
<span id="clock"></span>
</header>
<section id="controls" aria-label="controls">
<button id="reset" type="button">reset the account's worlds</button>
<label>clock <input id="clock-at" placeholder="2026-01-01T00:00:00Z" size="22"></label>
<button id="clock-set" type="button">set</button><button id="clock-real" type="button">real</button>
<label>progress <input id="progress" placeholder='"immediate" or {"polls":2} or {"ms":500}' size="24"></label>
<button id="progress-set" type="button">set</button>
<label>faults <input id="faults" size="60"></label><button id="faults-set" type="button">apply</button>
<label>deviations <input id="deviations" list="deviation-ids" placeholder="id, id, …" size="40"></label>
<datalist id="deviation-ids"></datalist><button id="deviations-set" type="button">enable exactly these</button>
<output id="control-status"></output>
</section>
<main>
<section id="world" aria-label="world"><h2>World <button id="world-refresh" type="button">refresh</button></h2><div id="clouds"></div></section>
<div class="side">
<section id="journal" aria-label="request journal">
<h2>Requests <small>(live)</small></h2>
<label>filter <input id="filter" placeholder="surface, operation, code, status, key" size="30"></label>
<div class="scroll"><table><thead><tr><th>#</th><th>time</th><th>surface</th><th>operation</th><th>key</th><th>status</th><th>code</th><th>ms</th><th>answered by</th></tr></thead>
<tbody id="requests"></tbody></table></div>
</section>
<section id="detail" aria-label="request" hidden></section>
</div>
</main>`;

/** The page, with its CSP as a header too. */
export function simPage(): WireResponse {
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    "<title>eni-conformance simulator</title>",
    `<style>${PAGE_STYLE}</style></head><body>`,
    BODY,
    `<script>${PAGE_SCRIPT}</script>`,
    "</body></html>",
  ].join("\n");
  return {
    status: 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      // frame-ancestors holds only in the header (a <meta> policy ignores it).
      "content-security-policy": `${CSP}; frame-ancestors 'none'`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
    body: html,
  };
}
