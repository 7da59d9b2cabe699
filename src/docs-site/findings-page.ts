/**
 * The findings page: every documentation finding of specs/findings.yaml — where the documents
 * contradict themselves or leave something open, and what the project does about it — with the rule
 * entries and cases whose provenance it explains. Pure.
 */
import { caseAnchor, esc } from "../report/html-escape.ts";
import { citations } from "./fragments.ts";
import { page, type SitePage } from "./layout.ts";
import { FINDINGS_PAGE, href, rulePage } from "./links.ts";
import { type SiteData, sortedRules } from "./site-data.ts";

/** The rule entries and cases that name the finding, as links. */
function referrers(data: SiteData, id: string): string[] {
  const out: string[] = [];
  for (const rule of sortedRules(data)) {
    for (const surface of data.surfaces) {
      const entry = rule.surfaces[surface];
      if (!entry) continue;
      if (entry.provenance.finding === id || entry.finding === id)
        out.push(
          `<a href="${esc(href(FINDINGS_PAGE, `${rulePage(rule.id)}#${surface}`))}">${esc(rule.id)} on ${esc(surface)}</a>`,
        );
      for (const [i, c] of entry.cases.entries()) {
        if (c.finding !== id && c.provenance?.finding !== id) continue;
        const caseId = `${surface}/${rule.id}#${i + 1}`;
        out.push(
          `<a href="${esc(href(FINDINGS_PAGE, `${rulePage(rule.id)}#${caseAnchor(caseId)}`))}">${esc(caseId)}</a>`,
        );
      }
    }
  }
  return [...new Set(out)];
}

/** The findings page. */
export function findingsPageOf(data: SiteData): SitePage {
  const items = data.findings.map((f) => {
    const refs = referrers(data, f.id);
    return [
      `<section id="${esc(f.id)}" data-testid="finding" data-finding-id="${esc(f.id)}">`,
      `<h2>${esc(f.id)} — ${esc(f.title)}</h2>`,
      `<dl class="facts">`,
      `<dt>kind</dt><dd>${esc(f.kind)}</dd>`,
      `<dt>surfaces</dt><dd>${f.surfaces.map(esc).join(", ")}</dd>`,
      `<dt>what</dt><dd>${esc(f.detail)}</dd>`,
      `<dt>what the project does</dt><dd>${esc(f.resolution)}</dd>`,
      f.example ? `<dt>example</dt><dd><code>${esc(f.example)}</code></dd>` : "",
      `<dt>citations</dt><dd>${citations(FINDINGS_PAGE, f.citations)}</dd>`,
      refs.length > 0 ? `<dt>explains</dt><dd>${refs.join(", ")}</dd>` : "",
      `</dl>`,
      `</section>`,
    ].join("\n");
  });
  const body = [
    `<h1>Documentation findings (${data.findings.length})</h1>`,
    `<p>Where the documents contradict themselves, give an example their own tables refute, leave a refusal without a code, or leave a wire fact uncertain — and the side the project took. An expectation labelled "inferred" names the finding that explains it.</p>`,
    `<ul>${data.findings.map((f) => `<li><a href="#${esc(f.id)}">${esc(f.id)}</a> ${esc(f.title)}</li>`).join("")}</ul>`,
    ...items,
  ].join("\n");
  return page(data, FINDINGS_PAGE, "findings", body);
}
