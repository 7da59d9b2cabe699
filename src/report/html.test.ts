/**
 * Tests of the HTML report writer on a report built from real case results (the embedded simulator
 * with the deviation `tencent-v3:ignore:eni.same-zone`, so one case fails): first as a string (no
 * network reference, everything escaped, the embedded JSON intact), then rendered in headless
 * Chromium with every network request blocked (matrix, colours, filters, drill-down, chart).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citeText } from "../contracts/rules-doc.ts";
import { SURFACES } from "../contracts/surfaces.ts";
import { listCases, listUnprovokable } from "../suites-kit/cases.ts";
import { type CaseResult, runCase } from "../suites-kit/runner.ts";
import { createTarget } from "../suites-kit/target.ts";
import { guardPage, openBrowser } from "../testing/browser.ts";
import { buildReport } from "./build.ts";
import { reportHtml } from "./html.ts";
import { caseAnchor, jsonForScript } from "./html-escape.ts";
import type { Report, ReportCase } from "./model.ts";

const EVIL = "</script><img src=x onerror=alert(1)>";
const EVIL_ESCAPED = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";
const RULES = ["action.known", "eni.exists", "eni.same-zone"];
const FAILING = "tencent-v3/eni.same-zone#1";
const SCREENSHOT = join(tmpdir(), "eni-conformance-report.png");

let report: Report;
let html: string;

/** Real results: three rules on every surface, one failing by deviation, and a skipped row. */
async function realResults(): Promise<CaseResult[]> {
  const target = await createTarget({ target: "sim" });
  try {
    await target.control("PUT", "/_sim/deviations", { enable: ["tencent-v3:ignore:eni.same-zone"] });
    const results: CaseResult[] = [];
    for (const c of listCases(SURFACES).filter((x) => RULES.includes(x.rule))) {
      results.push(await runCase(target, c, { runs: 1, seed: 1 }));
    }
    const row = listUnprovokable(["aliyun-ecs"])[0];
    if (row) {
      results.push({
        id: row.id,
        surface: row.surface,
        operation: row.row.operation ?? "",
        rule: `row:${row.row.id}`,
        citation: "document" in row.row.source ? row.row.source.document : citeText(row.row.source),
        status: "skipped",
        findings: [],
        reason: `unprovokable: ${row.reason}`,
        seed: 1,
        runs: 0,
        replay: "",
        durationMs: 0,
      });
    }
    return results;
  } finally {
    await target.close();
  }
}

/** The report with target-controlled text poisoned, as a hostile target could make it. */
function poison(r: Report): Report {
  const cases = r.cases.map((c): ReportCase => {
    if (c.id === FAILING) {
      const exchange = c.exchange && {
        ...c.exchange,
        request: { ...c.exchange.request, url: `/?q=${EVIL}` },
        ...(c.exchange.response ? { response: { ...c.exchange.response, body: EVIL } } : {}),
      };
      return {
        ...c,
        findings: [...c.findings, { check: "http-status", message: `body said ${EVIL}`, severity: "error" }],
        ...(exchange ? { exchange } : {}),
      };
    }
    if (c.id === "tencent-v2/action.known#1") return { ...c, title: EVIL, statement: EVIL };
    return c;
  });
  const [first, ...rest] = r.documentation;
  const documentation = first ? [{ ...first, title: EVIL }, ...rest] : [];
  return { ...r, run: { ...r.run, target: "https://eni.example.invalid" }, cases, documentation };
}

beforeAll(async () => {
  const results = await realResults();
  report = poison(buildReport(results, { target: "sim", seed: 1, runs: 1, surfaces: SURFACES }));
  html = reportHtml(report);
}, 90_000);

describe("reportHtml as text", () => {
  it("has a failing, a passing and a skipped case to show", () => {
    const statuses = new Set(report.cases.map((c) => c.status));
    expect(statuses).toEqual(new Set(["passed", "failed", "skipped"]));
    expect(report.cases.find((c) => c.id === FAILING)?.status).toBe("failed");
  });

  it("references nothing on the network", () => {
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<script[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/<(img|iframe|object|embed|video|audio|source|base)\b/i);
    expect(html).not.toMatch(
      /\b(src|href|action|formaction|srcset|poster|data|xlink:href)\s*=\s*["']?\s*(https?:)?\/\//i,
    );
    expect(html).toMatch(/href="#/); // in-page links only
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? "";
    expect(style).not.toMatch(/url\s*\(|@import/i);
    expect(html).toContain("default-src 'none'");
    // The target and the citations' addresses appear as text only.
    expect(html).toContain("https://eni.example.invalid");
    expect(html).toContain("(https://developer.aliyun.com/");
  });

  it("escapes text from targets everywhere", () => {
    expect(html).not.toContain(EVIL);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(EVIL_ESCAPED);
    // Only the page's own two script elements open and close.
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
  });

  it("embeds the report as JSON that round-trips and cannot close its element", () => {
    const m = html.match(/<script type="application\/json" id="report-data"[^>]*>([\s\S]*?)<\/script>/);
    expect(m?.[1]).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(m?.[1] ?? "null")).toEqual(report);
    expect(jsonForScript({ s: "</script>&\u2028" })).toBe('{"s":"\\u003c/script\\u003e\\u0026\\u2028"}');
  });

  it("is deterministic and gives every case a distinct anchor", () => {
    expect(reportHtml(structuredClone(report))).toBe(html);
    const anchors = report.cases.map((c) => caseAnchor(c.id));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(caseAnchor("a/b")).not.toBe(caseAnchor("a_2f_b"));
    for (const a of anchors) expect(a).toMatch(/^case-[A-Za-z0-9_-]+$/);
  });
});

describe("reportHtml in headless Chromium", () => {
  let browser: Browser | undefined;
  let page: Page;
  let dir: string;
  let fileUrl: string;
  const requests: string[] = [];
  let guard: { problems: string[]; blocked: string[] };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "enic-html-"));
    const file = join(dir, "report.html");
    writeFileSync(file, html);
    fileUrl = pathToFileURL(file).href;
    ({ browser, page } = await openBrowser("the HTML report's browser test"));
    page.on("request", (r) => {
      requests.push(r.url());
    });
    guard = await guardPage(page, (url) => url === fileUrl);
    await page.goto(fileUrl, { timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const visibleCases = () => page.locator('[data-testid="case"]:visible');

  it("renders and takes a screenshot", async () => {
    await expect(page.locator('[data-testid="verdict"]').getAttribute("data-verdict")).resolves.toBe(
      "failures",
    );
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const png = readFileSync(SCREENSHOT);
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(1000);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  });

  it("has a matrix row per rule and a column per surface", async () => {
    const rules = new Set(report.cases.map((c) => c.rule));
    const rows = page.locator('[data-testid="matrix-row"]');
    await expect(rows.count()).resolves.toBe(rules.size);
    await expect(page.locator('[data-testid="matrix-col"]').allTextContents()).resolves.toEqual([
      ...SURFACES,
    ]);
    for (const row of await rows.all()) {
      await expect(row.locator('[data-testid="matrix-cell"]').count()).resolves.toBe(SURFACES.length);
    }
  });

  it("colours the failing cell red and a passing cell green", async () => {
    const cell = (rule: string, surface: string) =>
      `[data-testid="matrix-row"][data-rule="${rule}"] [data-surface="${surface}"]`;
    const background = (selector: string) =>
      page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`);
    await expect(page.locator(cell("eni.same-zone", "tencent-v3")).getAttribute("data-status")).resolves.toBe(
      "failed",
    );
    await expect(background(cell("eni.same-zone", "tencent-v3"))).resolves.toBe("rgb(207, 34, 46)");
    await expect(background(cell("eni.same-zone", "tencent-v2"))).resolves.toBe("rgb(45, 164, 78)");
  });

  it("filters cases and matrix rows by status, surface and text", async () => {
    const total = report.cases.length;
    await expect(visibleCases().count()).resolves.toBe(total);
    await page.locator('[data-testid="filter-status-passed"]').uncheck();
    await expect(page.locator('[data-testid="case"][data-status="passed"]:visible').count()).resolves.toBe(0);
    await expect(visibleCases().count()).resolves.toBe(report.summary.failed + report.summary.skipped);
    // Rules whose cases all passed drop out of the matrix.
    await expect(page.locator('[data-testid="matrix-row"]:visible').count()).resolves.toBe(
      new Set(report.cases.filter((c) => c.status !== "passed").map((c) => c.rule)).size,
    );
    await page.locator('[data-testid="filter-status-passed"]').check();
    await page.locator('[data-testid="filter-surface"]').selectOption("tencent-v3");
    const v3 = report.cases.filter((c) => c.surface === "tencent-v3").length;
    await expect(visibleCases().count()).resolves.toBe(v3);
    await expect(page.locator('[data-testid="matrix-col"]:visible').allTextContents()).resolves.toEqual([
      "tencent-v3",
    ]);
    await page.locator('[data-testid="filter-surface"]').selectOption("");
    await page.locator('[data-testid="filter-text"]').fill("same-zone");
    await expect(page.locator('[data-testid="matrix-row"]:visible').count()).resolves.toBe(1);
    await expect(visibleCases().count()).resolves.toBe(
      report.cases.filter((c) => c.rule === "eni.same-zone").length,
    );
    await page.locator('[data-testid="filter-reset"]').click();
    await expect(visibleCases().count()).resolves.toBe(total);
  });

  it("drills down into a failing case: replay command, findings, exchange", async () => {
    const failing = report.cases.find((c) => c.id === FAILING);
    if (!failing) throw new Error(`no case ${FAILING}`);
    const details = page.locator(`[data-case-id="${FAILING}"]`);
    const replay = details.locator('[data-testid="case-replay"]');
    await expect(replay.isVisible()).resolves.toBe(false);
    await details.locator("summary").click();
    await expect(replay.isVisible()).resolves.toBe(true);
    await expect(replay.textContent()).resolves.toBe(failing.replay);
    const findings = await details.locator('[data-testid="case-findings"] li').allTextContents();
    expect(findings).toHaveLength(failing.findings.length);
    expect(findings.join("\n")).toContain(failing.findings[0]?.message ?? "?");
    expect(findings.join("\n")).toContain(EVIL); // shown as text, not markup
    await expect(details.locator('[data-testid="case-exchange"]').isVisible()).resolves.toBe(true);
    await expect(details.locator('[data-testid="case-response-status"]').textContent()).resolves.toMatch(
      /^HTTP \d{3}$/,
    );
    // The same case is reached from its matrix cell.
    await page.locator('[data-testid="collapse-all"]').click();
    await expect(replay.isVisible()).resolves.toBe(false);
    await page
      .locator('[data-testid="matrix-row"][data-rule="eni.same-zone"] [data-surface="tencent-v3"] a')
      .click();
    await expect(replay.isVisible()).resolves.toBe(true);
  });

  it("charts one stacked bar group per surface", async () => {
    const bars = page.locator('[data-testid="chart"] [data-testid="chart-bar"]');
    const surfaces = await Promise.all((await bars.all()).map((b) => b.getAttribute("data-surface")));
    expect(surfaces).toEqual([...SURFACES]);
    await expect(
      page.locator('[data-testid="chart-bar"][data-surface="tencent-v3"] rect[data-status="failed"]').count(),
    ).resolves.toBe(1);
  });

  it("shows hostile text as text and loads nothing", async () => {
    await expect(page.locator("img").count()).resolves.toBe(0);
    await expect(
      page.locator('[data-case-id="tencent-v2/action.known#1"] .title').textContent(),
    ).resolves.toBe(EVIL);
    expect(guard.blocked).toEqual([]);
    expect(requests.filter((u) => u !== fileUrl)).toEqual([]);
    expect(guard.problems).toEqual([]);
  });
});
