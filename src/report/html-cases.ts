/**
 * The case list of the HTML report: one `<details>` per case whose summary line gives status, id and
 * title, and whose body is the drill-down — rule, the document's statement, citation, expected
 * outcome, status and reason, findings, the observed exchange (already redacted in the report), seed,
 * path and the replay command. All text is escaped; nothing becomes a link.
 */
import { PROVENANCE_LABEL } from "../contracts/provenance.ts";
import { caseAnchor, citationText, esc } from "./html-escape.ts";
import type { CaseStatus, ReportCase, ReportExchange } from "./model.ts";

const SEVERITY: Record<CaseStatus, number> = { failed: 0, errored: 1, passed: 2, skipped: 3 };

/** A body, pretty-printed when it is JSON. */
function body(text: string): string {
  if (text === "") return `<span class="muted">(empty)</span>`;
  let shown = text;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // not JSON: shown as it came
  }
  return `<pre class="body">${esc(shown)}</pre>`;
}

function headers(h: Record<string, string>): string {
  const rows = Object.entries(h).map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`);
  return rows.length === 0 ? "" : `<table class="headers">${rows.join("")}</table>`;
}

function exchange(x: ReportExchange): string {
  const req = x.request;
  const out = [
    `<div class="exchange" data-testid="case-exchange">`,
    `<h4>Request</h4>`,
    `<p><code data-testid="case-request-line">${esc(req.method)} ${esc(req.url)}</code></p>`,
    headers(req.headers),
    body(req.body),
  ];
  if (x.response) {
    out.push(
      `<h4>Response</h4>`,
      `<p><code data-testid="case-response-status">HTTP ${esc(x.response.status)}</code></p>`,
      headers(x.response.headers),
      body(x.response.body),
    );
  } else {
    out.push(`<h4>Response</h4><p class="muted">no response</p>`);
  }
  out.push("</div>");
  return out.join("\n");
}

function findings(c: ReportCase): string {
  if (c.findings.length === 0) return `<p class="muted" data-testid="case-findings">No findings.</p>`;
  const items = c.findings.map((f) => {
    const where = [f.rule ? `rule ${f.rule}` : "", f.row ? `row ${f.row}` : ""].filter(Boolean).join(", ");
    return `<li><code class="check">${esc(f.check)}</code> <span class="badge sev-${f.severity}" data-testid="finding-severity">${f.severity}</span> ${esc(f.message)}${where ? ` <span class="muted">(${esc(where)})</span>` : ""}</li>`;
  });
  return `<ul class="findings" data-testid="case-findings">${items.join("")}</ul>`;
}

/** Where an expectation comes from, as a label (a statement counts as the document's only when it is). */
function provenanceBadge(kind: ReportCase["provenance"]["outcome"], finding?: string): string {
  const label = PROVENANCE_LABEL[kind];
  const why = kind === "inferred" && finding ? ` — see ${esc(finding)}` : "";
  return `<span class="muted" data-testid="provenance">[${label}${why}]</span>`;
}

/** One case as a `<details>` element. */
function caseDetails(c: ReportCase): string {
  const search = `${c.id} ${c.rule} ${c.operation} ${c.title}`.toLowerCase();
  const dl: [string, string][] = [
    ["Rule", `<code>${esc(c.rule)}</code> — ${esc(c.title)}`],
    ["Operation", `<code>${esc(c.operation)}</code>`],
    [
      "Statement",
      `${c.statement ? esc(c.statement) : `<span class="muted">(none)</span>`} ${provenanceBadge(c.provenance.statement)}`,
    ],
    ["Citation", esc(citationText(c.citation))],
    ["Expected", `${esc(c.expected)} ${provenanceBadge(c.provenance.outcome, c.provenance.finding)}`],
    [
      "Status",
      `<span class="badge st-${c.status}">${c.status}</span>${c.reason ? ` <span data-testid="case-reason">${esc(c.reason)}</span>` : ""}`,
    ],
    ["Seed", `${esc(c.seed)}${c.path ? ` · path <code>${esc(c.path)}</code>` : ""} · ${esc(c.runs)} run(s)`],
  ];
  if (c.sdk) {
    // SDK mode: what the document promises and what the SDK surfaced.
    dl.push(
      ["SDK", `<code>${esc(c.sdk.client)}</code>`],
      ["Promised", esc(c.sdk.promised)],
      [
        "Surfaced",
        `<span data-testid="case-sdk-surfaced">${esc(c.sdk.surfaced)}</span> ${c.sdk.ok ? "✓" : "✗"}`,
      ],
    );
  }
  return [
    `<details class="case st-${c.status}" id="${caseAnchor(c.id)}" data-testid="case" data-case-id="${esc(c.id)}" data-surface="${esc(c.surface)}" data-rule="${esc(c.rule)}" data-status="${c.status}" data-search="${esc(search)}">`,
    `<summary><span class="badge st-${c.status}">${c.status}</span> <code class="case-id">${esc(c.id)}</code> <span class="title">${esc(c.title)}</span></summary>`,
    `<div class="drill">`,
    `<dl>${dl.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`,
    `<h4>Findings</h4>`,
    findings(c),
    c.exchange ? `<h4>Observed exchange</h4>${exchange(c.exchange)}` : "",
    c.replay
      ? `<h4>Replay</h4><div class="replay"><pre data-testid="case-replay">${esc(c.replay)}</pre><button type="button" class="copy" data-copy>copy</button></div>`
      : "",
    `</div>`,
    `</details>`,
  ].join("\n");
}

/** The case list: failures first, then errors, passes and skips, each by id. */
export function caseList(cases: readonly ReportCase[]): string {
  const sorted = [...cases].sort(
    (a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.id.localeCompare(b.id),
  );
  return `<div id="cases" data-testid="cases">\n${sorted.map(caseDetails).join("\n")}\n</div>`;
}
