/**
 * Tests of the documentation site as text, on one real build: examples captured from the in-process
 * simulator, statuses from a report of real case results (the simulator with the deviation
 * `tencent-v3:ignore:eni.same-zone`, so one case fails), and a hostile reason in that report.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { rowCountsByDocument } from "../contracts/catalogue.ts";
import { SURFACES } from "../contracts/surfaces.ts";
import { buildReport } from "../report/build.ts";
import { caseAnchor } from "../report/html-escape.ts";
import type { Report } from "../report/model.ts";
import { listCases } from "../suites-kit/cases.ts";
import { runCase } from "../suites-kit/runner.ts";
import { createTarget } from "../suites-kit/target.ts";
import { readAnswer } from "./answer.ts";
import { EXAMPLE_ACCOUNT } from "./capture.ts";
import { curlCommand } from "./curl.ts";
import type { SitePage } from "./layout.ts";
import { documentPage, rulePage, surfacePage } from "./links.ts";
import { rulePageOf } from "./rule-page.ts";
import { gatherSiteData, renderSite } from "./site.ts";
import { findRow, type SiteData } from "./site-data.ts";

const EVIL = "</script><img src=x onerror=alert(1)>";
const FAILING = "tencent-v3/eni.same-zone#1";
const RULES = ["eni.same-zone", "eni.exists"];

let report: Report;
let data: SiteData;
let pages: SitePage[];
const pageAt = (path: string) => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`no page ${path}`);
  return p.html;
};

beforeAll(async () => {
  const target = await createTarget({ target: "sim" });
  try {
    await target.control("PUT", "/_sim/deviations", { enable: ["tencent-v3:ignore:eni.same-zone"] });
    const results = [];
    for (const c of listCases(SURFACES).filter((x) => RULES.includes(x.rule)))
      results.push(await runCase(target, c, { runs: 1, seed: 1 }));
    const built = buildReport(results, { target: "sim", seed: 1, runs: 1, surfaces: SURFACES });
    report = {
      ...built,
      cases: built.cases.map((c) => (c.id === FAILING ? { ...c, reason: `said ${EVIL}` } : c)),
    };
  } finally {
    await target.close();
  }
  data = await gatherSiteData(report);
  pages = renderSite(data);
}, 60_000);

describe("the documentation site", () => {
  it("reads a refusal of the right code but another row's message as not the expected outcome", () => {
    const rule = data.catalogue.rules.find((r) => r.id === "eni.single-attachment");
    const c = rule?.surfaces["jdcloud-vm"]?.cases[0];
    const got = data.captures.get("jdcloud-vm/eni.single-attachment#1");
    if (!c || !got) throw new Error("no captured JD eni.single-attachment case");
    const rows = (c.errorRows ?? []).flatMap((r) => findRow(data, "jdcloud-vm", r) ?? []);
    const own = readAnswer("jdcloud-vm", c, rows, got.response);
    expect(own.agrees).toBe(true);
    expect(own.text).toContain("FAILED_PRECONDITION~attached-elsewhere");
    // The same code with the message of another row of that code (004 tells them apart by message).
    const other = findRow(data, "jdcloud-vm", "004/FAILED_PRECONDITION~instance-status");
    const ownRow = rows[0];
    if (!other?.message || !ownRow?.message) throw new Error("JD rows without messages");
    const body = JSON.parse(got.response.body) as { error: { message: string } };
    body.error.message = other.message;
    const wrong = readAnswer("jdcloud-vm", c, rows, { ...got.response, body: JSON.stringify(body) });
    expect(wrong.agrees).toBe(false);
    expect(wrong.text).toContain(other.message);
  });

  it("captures every case's example, and the faithful simulator answers each as the case expects", () => {
    const ids = data.catalogue.rules.flatMap((r) =>
      SURFACES.flatMap((s) => (r.surfaces[s]?.cases ?? []).map((_, i) => `${s}/${r.id}#${i + 1}`)),
    );
    expect(ids.length).toBeGreaterThan(100);
    expect([...data.captures.keys()].sort()).toEqual([...ids].sort());
    const disagreeing: string[] = [];
    for (const rule of data.catalogue.rules) {
      for (const s of SURFACES) {
        for (const [i, c] of (rule.surfaces[s]?.cases ?? []).entries()) {
          const id = `${s}/${rule.id}#${i + 1}`;
          const rows = (c.errorRows ?? []).flatMap((r) => findRow(data, s, r) ?? []);
          const got = data.captures.get(id);
          if (!got || !readAnswer(s, c, rows, got.response).agrees) disagreeing.push(id);
          // Each case's page shows its curl and the answer.
          const html = pageAt(rulePage(rule.id));
          expect(html).toContain(`id="${caseAnchor(id)}"`);
        }
      }
    }
    expect(disagreeing).toEqual([]);
    expect(pages.flatMap((p) => p.html.match(/data-testid="case-curl"/g) ?? [])).toHaveLength(ids.length);
    expect(pages.flatMap((p) => p.html.match(/data-agrees="true"/g) ?? [])).toHaveLength(ids.length);
  });

  it("signs with the placeholder key at a fixed time, and no secret reaches a page", () => {
    const plain = [...data.captures.values()].filter((c) =>
      c.states.every((s) => !/signed|limited|nonce/.test(s)),
    );
    expect(plain.length).toBeGreaterThan(50);
    for (const c of plain) expect(curlCommand(c.request)).toContain(EXAMPLE_ACCOUNT.accessKeyId);
    for (const p of pages) {
      expect(p.html).not.toContain(EXAMPLE_ACCOUNT.secret);
      expect(p.html).not.toContain("not-real");
    }
    expect(
      curlCommand({
        method: "POST",
        url: "/?a=b",
        headers: { host: "h.example", "x-q": "it's" },
        body: "{}",
      }),
    ).toBe(
      `curl \\\n  -X POST \\\n  'https://h.example/?a=b' \\\n  -H 'x-q: it'\\''s' \\\n  --data-raw '{}'`,
    );
  });

  it("is reproducible: a second build writes the same bytes", async () => {
    const again = renderSite(await gatherSiteData(report));
    expect(again.map((p) => p.path)).toEqual(pages.map((p) => p.path));
    for (const [i, p] of again.entries()) expect(p.html, p.path).toBe(pages[i]?.html);
  });

  it("references nothing on the network and runs only its own script", () => {
    for (const { path, html } of pages) {
      expect(html, path).not.toMatch(/<link\b/i);
      expect(html, path).not.toMatch(/<script[^>]*\bsrc\s*=/i);
      expect(html, path).not.toMatch(/<(img|iframe|object|embed|video|audio|source|base)\b/i);
      expect(html, path).not.toMatch(
        /\b(src|href|action|formaction|srcset|poster|data)\s*=\s*["']?\s*([a-z]+:)?\/\//i,
      );
      expect(html, path).toContain("default-src 'none'");
      expect(html.match(/<script/gi), path).toHaveLength(path === "search.html" ? 2 : 1);
    }
  });

  it("labels each statement by its provenance: only a document sentence is 'what the document says'", () => {
    let checked = 0;
    for (const rule of data.catalogue.rules) {
      const html = pageAt(rulePage(rule.id));
      for (const s of SURFACES) {
        const entry = rule.surfaces[s];
        if (!entry) continue;
        const m = html.match(
          new RegExp(
            `<section id="${s}"[^>]*data-provenance="([a-z-]+)">\\n<h2>[^<]*</h2>\\n<h3 data-testid="statement-heading">([^<]*)<`,
          ),
        );
        expect(m?.[1], `${rule.id} ${s}`).toBe(entry.provenance.kind);
        expect(m?.[2]?.startsWith("What the document says"), `${rule.id} ${s}`).toBe(
          entry.provenance.kind === "document",
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(90);
    // Document statements and others both occur, so both kinds of heading were checked.
    const kinds = new Set(
      data.catalogue.rules.flatMap((r) => Object.values(r.surfaces).map((e) => e?.provenance.kind)),
    );
    expect(kinds).toContain("document");
    expect(kinds).toContain("vendor-page");
  });

  it("shows an inferred expectation as 'inferred — see F-0xx', linked to the finding", () => {
    // A case of the catalogue whose outcome is inferred with its finding.
    expect(pageAt(rulePage("eni.exists"))).toMatch(
      /data-provenance="inferred">inferred — see <a href="..\/findings.html#F-042"/,
    );
    // A statement made inferred by hand: heading and label say so.
    const rule = structuredClone(data.catalogue.rules.find((r) => r.id === "jd.eip-zone"));
    const entry = rule?.surfaces["jdcloud-vm"];
    if (!rule || !entry) throw new Error("jd.eip-zone is not stated for jdcloud-vm");
    entry.provenance = { kind: "inferred", citations: entry.source, finding: "F-001" };
    const html = rulePageOf(data, rule).html;
    expect(html).toContain(
      `<h3 data-testid="statement-heading">This project&#39;s reading (no source states it)`,
    );
    expect(html).toContain(`inferred — see <a href="../findings.html#F-001"`);
    expect(html).not.toContain("What the document says");
  });

  it("shows on each operation what the documents say of its answer's fields, with provenance and check", () => {
    for (const p of data.catalogue.fieldProperties) {
      const html = pageAt(surfacePage(p.surface));
      expect(html, `${p.surface} ${p.id}`).toContain(`data-testid="field-property" data-id="${p.id}"`);
    }
    const aliyun = pageAt(surfacePage("aliyun-ecs"));
    const unique = aliyun.slice(aliyun.indexOf('data-id="request-id.unique"'));
    expect(unique.slice(0, unique.indexOf("</tr>"))).toMatch(/inferred, <a href="[^"]*F-057/);
  });

  it("gives each document its whole error table: provoking rules and cases, or why none can", () => {
    const counts = rowCountsByDocument(data.catalogue);
    expect(Object.values(counts)).toEqual([4, 4, 14, 30, 9]);
    for (const [file, n] of Object.entries(counts)) {
      const html = pageAt(documentPage(file));
      const rows = html.match(/<tr id="row-[^"]*" data-testid="error-row"[\s\S]*?<\/tr>/g) ?? [];
      expect(rows, file).toHaveLength(n);
      for (const row of rows) expect(row).toMatch(/data-testid="row-rule"|data-testid="row-unprovokable"/);
    }
    expect(pageAt(documentPage("002_d0807661e42b6160.txt"))).toContain("unprovokable: An internal fault");
  });

  it("shows each case's latest status from the report, escaped", () => {
    const html = pageAt(rulePage("eni.same-zone"));
    const start = html.indexOf(`id="${caseAnchor(FAILING)}"`);
    const failing = html.slice(start, html.indexOf("</article>", start));
    expect(failing).toContain('data-testid="case-status" data-status="failed"');
    // ... with the severity of its heaviest finding (a documented refusal accepted: an error).
    expect(failing).toContain('<span class="muted" data-testid="case-severity">(error)</span>');
    expect(html).toContain("said &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain(EVIL);
    expect(pageAt(rulePage("eni.exists"))).toContain('data-status="passed"');
    // A case the report does not hold says so.
    expect(pageAt(rulePage("action.known"))).toContain('data-status="none">not in the report');
    expect(pageAt("index.html")).toContain('data-testid="report-summary"');
  });

  it("lists every finding, and a search index with rules, cases, rows and findings", () => {
    const findings = pageAt("findings.html");
    for (const f of data.findings) expect(findings).toContain(`<section id="${f.id}" data-testid="finding"`);
    const json = pageAt("search.html").match(
      /<script type="application\/json" id="search-data">([\s\S]*?)<\/script>/,
    )?.[1];
    const entries = JSON.parse(json ?? "[]") as { kind: string; href: string }[];
    const kinds = new Set(entries.map((e) => e.kind.split(/[ ,]/)[0]));
    for (const k of ["rule", "case", "operation", "error", "document", "finding"]) expect(kinds).toContain(k);
    expect(entries.filter((e) => e.kind === "finding")).toHaveLength(data.findings.length);
  });
});
