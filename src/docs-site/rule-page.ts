/**
 * The page of one rule: per surface that states it, the statement with its provenance and
 * citations, then each case — its request (operation, fixture roles, perturbation), the expected
 * outcome with its provenance, the latest status from a report, the signed example request as curl
 * and the simulator's answer captured when the site was built. Pure.
 */
import type { CatalogueRule, PlacedErrorRow, RuleCase } from "../contracts/model.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { caseAnchor, esc } from "../report/html-escape.ts";
import { readAnswer } from "./answer.ts";
import { curlCommand } from "./curl.ts";
import {
  bodyBlock,
  citations,
  findingRef,
  provenanceLabel,
  rowRef,
  statementHeading,
  statusBadge,
} from "./fragments.ts";
import { page, type SitePage } from "./layout.ts";
import { href, operationLink, rulePage } from "./links.ts";
import { findRow, type SiteData } from "./site-data.ts";

function request(from: string, surface: Surface, rc: RuleCase): string {
  const given = Object.entries(rc.given)
    .map(([p, role]) => `<code>${esc(p)}</code>=<code>${esc(role)}</code>`)
    .join(", ");
  const mutate = rc.mutate
    ? ` perturbed by <code>${esc(rc.mutate.kind)}</code>${rc.mutate.param ? ` of <code>${esc(rc.mutate.param)}</code>` : ""}`
    : "";
  const op = `<a href="${esc(href(from, operationLink(surface, rc.operation)))}">${esc(rc.operation)}</a>`;
  return `${op}(${given})${mutate}`;
}

function expected(from: string, rc: RuleCase, rows: PlacedErrorRow[]): string {
  if (rc.expect === "success") return `success${rc.then ? `, then the ENI is ${esc(rc.then)}` : ""}`;
  if (rows.length === 0) return "refused (no source gives the code)";
  return `refused with ${rows.map((r) => rowRef(from, r)).join(" or ")}`;
}

function caseBlock(
  data: SiteData,
  from: string,
  rule: CatalogueRule,
  surface: Surface,
  rc: RuleCase,
  n: number,
): string {
  const id = `${surface}/${rule.id}#${n}`;
  const rows = (rc.errorRows ?? []).flatMap((r) => findRow(data, surface, r) ?? []);
  const captured = data.captures.get(id);
  const reading = captured ? readAnswer(surface, rc, rows, captured.response) : undefined;
  const prov = rc.provenance;
  const facts = [
    `<dt>request</dt><dd data-testid="case-request">${request(from, surface, rc)}</dd>`,
    `<dt>expected</dt><dd data-testid="case-expected">${expected(from, rc, rows)}</dd>`,
    prov
      ? `<dt>expectation from</dt><dd>${provenanceLabel(from, prov)}${citations(from, prov.citations)}</dd>`
      : "",
    rc.finding ? `<dt>finding</dt><dd>${findingRef(from, rc.finding)}</dd>` : "",
    data.report ? `<dt>latest status</dt><dd>${statusBadge(data.report.statuses.get(id))}</dd>` : "",
  ].join("");
  const example = captured
    ? [
        `<h4>Preconditions</h4>`,
        `<ul data-testid="case-states">${captured.states.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>`,
        `<h4>Signed example request${captured.replayed ? " (sent twice: the second, identical one is shown)" : ""}</h4>`,
        `<pre data-testid="case-curl">${esc(curlCommand(captured.request))}</pre>`,
        `<h4>The simulator's answer <span class="muted" data-testid="case-answer-reading">${esc(reading?.text ?? "")}${reading?.agrees ? " — as expected" : " — NOT as expected"}</span></h4>`,
        bodyBlock(captured.response.body, "case-answer"),
      ].join("\n")
    : `<p class="muted">No example: the case was not captured.</p>`;
  return [
    `<article class="case ${reading?.agrees ? "agree" : "disagree"}" id="${caseAnchor(id)}" data-testid="case" data-case-id="${esc(id)}" data-agrees="${reading?.agrees ?? false}">`,
    `<h3>Case ${n} <span class="muted"><code>${esc(id)}</code></span></h3>`,
    `<dl class="facts">${facts}</dl>`,
    example,
    `</article>`,
  ].join("\n");
}

/** The page of `rule`. */
export function rulePageOf(data: SiteData, rule: CatalogueRule): SitePage {
  const from = rulePage(rule.id);
  const present = data.surfaces.filter((s) => rule.surfaces[s]);
  const sections = present.map((surface) => {
    const entry = rule.surfaces[surface];
    if (!entry) return "";
    const p = entry.provenance;
    return [
      `<section id="${surface}" data-testid="rule-surface" data-surface="${surface}" data-provenance="${p.kind}">`,
      `<h2>${esc(surface)}</h2>`,
      `<h3 data-testid="statement-heading">${esc(statementHeading(p))} ${provenanceLabel(from, p)}</h3>`,
      `<blockquote class="statement" data-testid="statement">${esc(entry.statement)}</blockquote>`,
      `<p class="muted">The statement paraphrases its sources:</p>`,
      citations(from, entry.source),
      `<h3>Cases (${entry.cases.length})</h3>`,
      ...entry.cases.map((rc, i) => caseBlock(data, from, rule, surface, rc, i + 1)),
      `</section>`,
    ].join("\n");
  });
  const body = [
    `<h1 data-testid="rule-title"><code>${esc(rule.id)}</code> — ${esc(rule.title)}</h1>`,
    `<p>Stated for ${present.map((s) => `<a href="#${s}">${esc(s)}</a>`).join(", ")}.</p>`,
    ...sections,
  ].join("\n");
  return page(data, from, rule.id, body);
}
