import { describe, expect, it } from "vitest";
import { simReport } from "../testing/report.ts";
import { diffReports, diffText, hasChanges, type ReportDiff } from "./diff.ts";
import type { CaseStatus, Report } from "./model.ts";

/** A report with just the members diffReports reads. */
function reportOf(statuses: Record<string, CaseStatus>, run: Partial<Report["run"]> = {}): Report {
  return {
    version: 1,
    tool: "eni-conformance",
    run: { target: "sim", seed: 42, runs: 3, surfaces: ["tencent-v3"], ...run },
    summary: { passed: 0, failed: 0, skipped: 0, errored: 0, total: 0 },
    severities: { error: 0, warning: 0, advisory: 0 },
    bySurface: {},
    coverage: {
      rules: { covered: 0, total: 0 },
      rows: { covered: 0, total: 0 },
      documentedRows: { covered: 0, total: 0 },
      fields: { covered: 0, total: 0 },
      fieldProperties: { covered: 0, total: 0 },
    },
    documentation: [],
    cases: Object.entries(statuses).map(([id, status]) => ({
      id,
      surface: "tencent-v3",
      operation: "AttachNetworkInterface",
      rule: id,
      title: id,
      statement: "",
      citation: "",
      expected: "success",
      provenance: { statement: "document", outcome: "document" },
      rows: [],
      status,
      findings: [],
      seed: 42,
      runs: 3,
      replay: "",
    })),
  };
}

const empty: ReportDiff = { changed: [], added: [], removed: [], run: [] };

describe("diffReports", () => {
  const table: [string, { a: Report; b: Report; want: ReportDiff }][] = [
    [
      "identical reports",
      { a: reportOf({ x: "passed", y: "failed" }), b: reportOf({ y: "failed", x: "passed" }), want: empty },
    ],
    [
      "status changes, sorted by case",
      {
        a: reportOf({ z: "passed", x: "failed", y: "skipped" }),
        b: reportOf({ z: "failed", x: "passed", y: "skipped" }),
        want: {
          ...empty,
          changed: [
            { case: "x", from: "failed", to: "passed" },
            { case: "z", from: "passed", to: "failed" },
          ],
        },
      },
    ],
    [
      "added and removed cases",
      {
        a: reportOf({ x: "passed", old: "errored" }),
        b: reportOf({ x: "passed", new: "skipped" }),
        want: {
          ...empty,
          added: [{ case: "new", status: "skipped" }],
          removed: [{ case: "old", status: "errored" }],
        },
      },
    ],
    [
      "run parameters alone are context, not a change",
      {
        a: reportOf({ x: "passed" }),
        b: reportOf({ x: "passed" }, { seed: 7, target: "http://127.0.0.1:8080" }),
        want: { ...empty, run: ["target sim → http://127.0.0.1:8080", "seed 42 → 7"] },
      },
    ],
    [
      "the transport is a run parameter (a report without one was real HTTP)",
      {
        a: reportOf({ x: "passed" }),
        b: reportOf({ x: "passed" }, { transport: "in-process" }),
        want: { ...empty, run: ["transport http → in-process"] },
      },
    ],
  ];
  it.each(table)("%s", (_name, { a, b, want }) => {
    const diff = diffReports(a, b);
    expect(diff).toEqual(want);
    expect(hasChanges(diff)).toBe(want.changed.length + want.added.length + want.removed.length > 0);
  });

  it("says so when nothing changed", () => {
    expect(diffText(empty)).toBe("no case changed status\n");
  });
});

describe("diffReports of real runs", () => {
  it("a faithful and a deviating simulator differ in exactly the deviating case", async () => {
    const faithful = await simReport([], ["tencent-v3"]);
    const deviating = await simReport(["tencent-v3:ignore:eni.same-zone"], ["tencent-v3"]);
    const diff = diffReports(faithful, deviating);
    expect(diff).toEqual({
      ...empty,
      changed: [{ case: "tencent-v3/eni.same-zone#1", from: "passed", to: "failed" }],
    });
    expect(diffText(diff)).toContain("tencent-v3/eni.same-zone#1: passed → failed");
    expect(hasChanges(diffReports(faithful, faithful))).toBe(false);
  });
});
