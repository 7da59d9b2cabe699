/**
 * The run's summaries over case results: counts per surface and in total, coverage of rules and
 * provokable error rows by cases that ran (skipped and errored cases cover nothing), and the terminal
 * text with its failure details, capped at twenty.
 */
import { describe, expect, it } from "vitest";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { listCases, type SuiteCase, suiteCatalogue } from "./cases.ts";
import type { CaseResult } from "./runner.ts";
import { countBySurface, coverage, summaryText } from "./summary.ts";

const cases = listCases();

function result(c: SuiteCase, status: CaseResult["status"], rest: Partial<CaseResult> = {}): CaseResult {
  return {
    id: c.id,
    surface: c.surface,
    operation: c.ruleCase.operation,
    rule: c.rule,
    citation: "001, section 2",
    status,
    findings: [],
    seed: 42,
    runs: 3,
    replay: `npx eni-conformance run --case '${c.id}' --seed 42`,
    durationMs: 1,
    ...rest,
  };
}

const on = (surface: Surface) => cases.filter((c) => c.surface === surface);
/** A case of `surface` that accepts at least one row. */
const withRows = (surface: Surface) => on(surface).find((c) => c.rows.length > 0) as SuiteCase;

describe("countBySurface", () => {
  it("counts each status per surface and in total, with zeros for surfaces that had nothing", () => {
    const [a, b] = on("tencent-v3");
    const [j] = on("jdcloud-vm");
    const results = [
      result(a as SuiteCase, "passed"),
      result(b as SuiteCase, "failed"),
      result(j as SuiteCase, "skipped"),
      result(j as SuiteCase, "errored"),
    ];
    const counts = countBySurface(results);
    expect(Object.keys(counts)).toEqual([...SURFACES, "total"]);
    expect(counts["tencent-v3"]).toEqual({ passed: 1, failed: 1, skipped: 0, errored: 0 });
    expect(counts["jdcloud-vm"]).toEqual({ passed: 0, failed: 0, skipped: 1, errored: 1 });
    expect(counts["aliyun-ecs"]).toEqual({ passed: 0, failed: 0, skipped: 0, errored: 0 });
    expect(counts.total).toEqual({ passed: 1, failed: 1, skipped: 1, errored: 1 });
  });
});

describe("coverage", () => {
  const surface: Surface = "aliyun-ecs";
  const mine = on(surface);
  const rules = new Set(mine.map((c) => c.rule)).size;
  const provokable = suiteCatalogue().errorRows.filter((r) => r.surface === surface && r.rules);
  const documented = provokable.filter((r) => r.kind === "documented");

  it.each([
    ["nothing ran", [] as CaseResult[], 0],
    ["only skipped and errored cases", mine.map((c, i) => result(c, i % 2 ? "skipped" : "errored")), 0],
  ])("covers nothing when %s", (_name, results, covered) => {
    const cov = coverage(results, [surface]);
    expect(cov.rules).toEqual({ covered, total: rules });
    expect(cov.rows).toEqual({ covered, total: provokable.length });
    expect(cov.documentedRows).toEqual({ covered, total: documented.length });
  });

  it("covers every rule and every row its cases provoke when every case ran, failed ones included", () => {
    const results = mine.map((c, i) => result(c, i % 3 === 0 ? "failed" : "passed"));
    const cov = coverage(results, [surface]);
    expect(cov.rules).toEqual({ covered: rules, total: rules });
    const provoked = new Set(mine.flatMap((c) => c.rows.map((r) => r.id)));
    expect(cov.rows.covered).toBe(provokable.filter((r) => provoked.has(r.id)).length);
    expect(cov.rows.covered).toBeGreaterThan(0);
    expect(cov.documentedRows.covered).toBe(documented.filter((r) => provoked.has(r.id)).length);
  });

  it("counts a rule once however many of its cases ran, and a row of one case only", () => {
    const c = withRows(surface);
    const siblings = mine.filter((x) => x.rule === c.rule);
    const cov = coverage(
      siblings.map((x) => result(x, "passed")),
      [surface],
    );
    expect(cov.rules.covered).toBe(1);
    const rows = new Set(siblings.flatMap((x) => x.rows.map((r) => r.id)));
    expect(cov.rows.covered).toBe(provokable.filter((r) => rows.has(r.id)).length);
  });

  it("keeps to the surfaces asked for: another surface's results cover nothing here", () => {
    const other = on("tencent-v2").map((c) => result(c, "passed"));
    expect(coverage(other, [surface]).rules.covered).toBe(0);
  });
});

describe("summaryText", () => {
  const [p, f, e] = on("tencent-v3") as [SuiteCase, SuiteCase, SuiteCase];
  const failed = result(f, "failed", {
    findings: [{ check: "error-code", message: "expected InvalidParameter, got Success" }],
    path: "0:1",
  });
  const errored = result(e, "errored", { reason: "the case ran out of its time budget" });

  it("shows the table, the coverage line and each failure with its seed, path, findings and replay", () => {
    const text = summaryText([result(p, "passed"), failed, errored], ["tencent-v3"]);
    const lines = text.split("\n");
    expect(lines[0]).toBe("surface      passed  failed  skipped  errored");
    expect(lines[1]).toBe("tencent-v3        1       1        0        1");
    expect(lines[2]).toBe("total             1       1        0        1");
    expect(text).toMatch(/^coverage: rules \d+(\.\d)?% \(\d+\/\d+\), provokable error rows /m);
    expect(text).toContain(`FAILED ${f.id} — rule ${f.rule} (001, section 2)`);
    expect(text).toContain("  seed 42, path 0:1");
    expect(text).toContain("  [error-code] expected InvalidParameter, got Success");
    expect(text).toContain(`  replay: ${failed.replay}`);
    expect(text).toContain(`ERRORED ${e.id}`);
    expect(text).toContain("  the case ran out of its time budget");
    // An errored case has no seed line and no replay line of its own.
    const erroredBlock = text.slice(text.indexOf(`ERRORED ${e.id}`));
    expect(erroredBlock).not.toContain("seed 42");
    expect(erroredBlock).not.toContain("replay:");
    expect(text.endsWith("\n")).toBe(true);
    expect(text).not.toMatch(/\/work\/|\d{4}-\d\d-\d\dT/);
  });

  it("leaves the coverage out when asked, and lists no surface it was not asked for", () => {
    const text = summaryText([result(p, "passed")], ["tencent-v3"], { coverage: false });
    expect(text).not.toContain("coverage:");
    expect(text).not.toContain("aliyun-ecs");
    expect(text.split("\n").filter(Boolean)).toHaveLength(3);
  });

  it("shows 100% when there is nothing to cover", () => {
    expect(summaryText([], [])).toContain("rules 100% (0/0)");
  });

  it("details the first twenty failures and counts the rest", () => {
    const many = on("tencent-v2")
      .slice(0, 23)
      .map((c) => result(c, "failed"));
    expect(many).toHaveLength(23);
    const text = summaryText(many, ["tencent-v2"]);
    expect(text.match(/^FAILED /gm)).toHaveLength(20);
    expect(text).toContain("… and 3 more (see report.json)");
    expect(text).not.toContain(`FAILED ${many[20]?.id} `);
  });
});
