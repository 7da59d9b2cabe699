/**
 * The report of a real run: built from real case results (the embedded simulator, one faithful
 * surface and one deviating case), valid against schemas/report.schema.json, its JUnit XML and
 * Markdown consistent with its summary, and written atomically into a run directory and `latest`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { simReport } from "../testing/report.ts";
import { buildReport } from "./build.ts";
import { reportHtml } from "./html.ts";
import { junitXml } from "./junit.ts";
import { reportMarkdown } from "./markdown.ts";
import type { Report } from "./model.ts";
import { reportErrors } from "./validate.ts";
import { writeRun } from "./write.ts";

let report: Report;

beforeAll(async () => {
  report = await simReport(["jdcloud-vm:ignore:jd.eip-zone"], ["jdcloud-vm"], 3);
});

describe("the canonical report", () => {
  it("validates against schemas/report.schema.json, and the schema refuses a broken one", () => {
    expect(reportErrors(report)).toEqual([]);
    expect(reportErrors({ ...report, summary: { passed: 1 } })).not.toEqual([]);
    const failed = report.cases.find((c) => c.status === "failed");
    expect(failed).toBeDefined();
    expect(reportErrors({ ...report, cases: [{ ...failed, findings: [] }] })).not.toEqual([]);
  });

  it("names the opt-in in-process transport in every form, and a real-HTTP run's reports not at all", () => {
    const plain = { ...report, run: { ...report.run } };
    delete plain.run.transport;
    const inproc: Report = { ...report, run: { ...report.run, transport: "in-process" } };
    expect(reportErrors(inproc)).toEqual([]);
    expect(reportErrors({ ...report, run: { ...report.run, transport: "pigeon" } })).not.toEqual([]);
    expect(reportMarkdown(inproc)).toContain(
      "target `sim` over the in-process transport (no sockets; opt-in)",
    );
    expect(reportHtml(inproc)).toContain('data-testid="run-transport"');
    expect(reportMarkdown(plain)).not.toContain("in-process");
    expect(reportHtml(plain)).not.toContain("run-transport");
    expect(JSON.stringify(plain.run)).not.toContain("transport");
  });

  it("names rule, citation, expected outcome, seed and replay of a failure, with its redacted exchange", () => {
    const failed = report.cases.find((c) => c.status === "failed");
    expect(failed).toMatchObject({
      rule: "jd.eip-zone",
      seed: 3,
      expected: expect.stringMatching(/^error /),
    });
    expect(failed?.citation).toContain("004_ecfc7aabf49a3848.txt");
    expect(failed?.replay).toContain("--case 'jdcloud-vm/jd.eip-zone#1'");
    expect(failed?.exchange?.request.headers.authorization).toMatch(/Signature=\[REDACTED\]/);
    expect(JSON.stringify(report)).not.toContain("testkey");
  });

  it("gives every case the provenance of its statement and expected outcome, shown in Markdown and HTML", () => {
    const byId = new Map(report.cases.map((c) => [c.id, c]));
    for (const c of report.cases)
      expect(["document", "vendor-page", "sdk", "inferred"], c.id).toContain(c.provenance.outcome);
    // The project reads a missing ENI as the no-permission row: its outcome is an inference, with the finding.
    expect(byId.get("jdcloud-vm/eni.exists#1")?.provenance).toEqual({
      statement: "document",
      outcome: "inferred",
      finding: "F-042",
    });
    // Unprovokable rows: one of 004's table, one of JD's gateway page.
    const row = (id: string) =>
      buildReport(
        [
          {
            ...{ id: `jdcloud-vm/row:${id}`, surface: "jdcloud-vm", operation: "", rule: `row:${id}` },
            ...{
              citation: "c",
              status: "skipped",
              findings: [],
              seed: 1,
              runs: 1,
              replay: "",
              durationMs: 0,
            },
          },
        ],
        { target: "sim", seed: 1, runs: 1, surfaces: ["jdcloud-vm"] },
      ).cases[0]?.provenance.outcome;
    expect(row("004/INTERNAL")).toBe("document");
    expect(row("jdcloud-vm/INTERNAL")).toBe("vendor-page");
    const failed = report.cases.find((c) => c.status === "failed");
    const label = failed?.provenance.outcome === "vendor-page" ? "vendor page" : failed?.provenance.outcome;
    expect(reportMarkdown(report)).toContain(`expected ${failed?.expected} [${label}`);
    const html = reportHtml(report);
    expect(html.match(/data-testid="provenance"/g)?.length).toBe(2 * report.cases.length);
    expect(html).toContain("[inferred — see F-042]");
  });

  it("keeps wall-clock values out of the body, so runs with the same seed diff cleanly", () => {
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/durationMs|"time"|20\d\d-\d\d-\d\dT/);
  });

  it("writes JUnit XML whose counts equal the summary, one testsuite per surface", () => {
    const xml = junitXml(report);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect((xml.match(/<testsuite /g) ?? []).length).toBe(report.run.surfaces.length);
    expect((xml.match(/<testcase /g) ?? []).length).toBe(report.summary.total);
    expect((xml.match(/<failure /g) ?? []).length).toBe(report.summary.failed);
    expect((xml.match(/<skipped /g) ?? []).length).toBe(report.summary.skipped);
    expect((xml.match(/<error /g) ?? []).length).toBe(report.summary.errored);
    expect(xml).toContain(`tests="${report.summary.total}" failures="${report.summary.failed}"`);
    expect(xml).not.toMatch(/<(?!\/?(testsuites|testsuite|testcase|failure|skipped|error)\b|\?xml)/);
  });

  it("writes a Markdown summary with the matrix, coverage, failures and documentation findings", () => {
    const md = reportMarkdown(report);
    expect(md).toContain("| `jd.eip-zone` | ❌ |");
    expect(md).toMatch(/Coverage: rules \d+\/\d+/);
    expect(md).toContain("replay: `npx eni-conformance run");
    expect(md).toMatch(/## Documentation findings \(\d+\)/);
  });

  it("writes a run directory and swaps reports/latest atomically", () => {
    const root = mkdtempSync(join(tmpdir(), "enic-reports-"));
    writeRun(root, "run-1", { "a.txt": "first" });
    writeRun(root, "run-2", { "a.txt": "second" });
    expect(readFileSync(join(root, "latest", "a.txt"), "utf8")).toBe("second");
    expect(readFileSync(join(root, "run-1", "a.txt"), "utf8")).toBe("first");
    expect(readdirSync(root).sort()).toEqual(["latest", "run-1", "run-2"]);
    expect(existsSync(join(root, "latest", "a.txt.tmp"))).toBe(false);
  });

  it("keeps the pact files `eni-conformance pacts` wrote into latest when a new run swaps it", () => {
    const root = mkdtempSync(join(tmpdir(), "enic-reports-"));
    writeRun(root, "run-1", { "a.txt": "first" });
    mkdirSync(join(root, "latest", "pacts"));
    writeFileSync(join(root, "latest", "pacts", "p.json"), "{}");
    writeRun(root, "run-2", { "a.txt": "second" });
    expect(readFileSync(join(root, "latest", "pacts", "p.json"), "utf8")).toBe("{}");
    expect(readFileSync(join(root, "latest", "a.txt"), "utf8")).toBe("second");
    expect(existsSync(join(root, "run-2", "pacts"))).toBe(false);
  });
});
