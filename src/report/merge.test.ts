import { describe, expect, it } from "vitest";
import { mergeReports } from "./merge.ts";
import type { Report, ReportCase } from "./model.ts";
import { reportErrors } from "./validate.ts";

function kase(id: string, surface: string, status: ReportCase["status"]): ReportCase {
  return {
    id,
    surface,
    operation: "AttachNetworkInterface",
    rule: id.split("/")[1]?.split("#")[0] ?? "x",
    title: "t",
    statement: "s",
    citation: "c",
    expected: "success",
    provenance: { statement: "document", outcome: "document" },
    rows: [],
    status,
    findings: status === "failed" ? [{ check: "rule-rejection", message: "m", severity: "error" }] : [],
    ...(status === "failed" ? { severity: "error" as const } : {}),
    seed: 42,
    runs: 1,
    replay: "r",
  };
}

function report(surface: string, cases: ReportCase[]): Report {
  const count = (s: string) => cases.filter((c) => c.status === s).length;
  const summary = {
    passed: count("passed"),
    failed: count("failed"),
    skipped: count("skipped"),
    errored: count("errored"),
    total: cases.length,
  };
  return {
    version: 1,
    tool: "eni-conformance",
    run: { target: "sim", seed: 42, runs: 1, surfaces: [surface] },
    summary,
    severities: { error: count("failed"), warning: 0, advisory: 0 },
    bySurface: { [surface]: summary },
    coverage: {
      rules: { covered: 0, total: 0 },
      rows: { covered: 0, total: 0 },
      documentedRows: { covered: 0, total: 0 },
      fields: { covered: 0, total: 0 },
      fieldProperties: { covered: 0, total: 0 },
    },
    documentation: [{ id: "F-001", kind: "contradiction", title: "x", surfaces: ["tencent-v2"] }],
    cases,
  };
}

describe("merging shard reports", () => {
  it("unites cases and surfaces and recomputes the counts", () => {
    const a = report("jdcloud-vm", [kase("jdcloud-vm/eni.exists#1", "jdcloud-vm", "passed")]);
    const b = report("tencent-v3", [kase("tencent-v3/eni.same-zone#1", "tencent-v3", "failed")]);
    const merged = mergeReports([b, a]);
    expect(merged.run.surfaces).toEqual(["tencent-v3", "jdcloud-vm"]);
    expect(merged.summary).toEqual({ passed: 1, failed: 1, skipped: 0, errored: 0, total: 2 });
    expect(merged.bySurface["jdcloud-vm"]?.passed).toBe(1);
    expect(merged.documentation).toHaveLength(1);
    expect(reportErrors(merged)).toEqual([]);
  });

  it("lets a later report win a case both hold, and refuses reports of different targets", () => {
    const a = report("jdcloud-vm", [kase("jdcloud-vm/eni.exists#1", "jdcloud-vm", "failed")]);
    const b = report("jdcloud-vm", [kase("jdcloud-vm/eni.exists#1", "jdcloud-vm", "passed")]);
    expect(mergeReports([a, b]).summary.failed).toBe(0);
    expect(() => mergeReports([a, { ...b, run: { ...b.run, target: "http://127.0.0.1:1" } }])).toThrow(
      /cannot merge/,
    );
  });

  it("keeps the shards' in-process transport, and refuses shards of different transports", () => {
    const inproc = (r: Report): Report => ({ ...r, run: { ...r.run, transport: "in-process" } });
    const a = report("jdcloud-vm", [kase("jdcloud-vm/eni.exists#1", "jdcloud-vm", "passed")]);
    const b = report("tencent-v3", [kase("tencent-v3/eni.same-zone#1", "tencent-v3", "passed")]);
    expect(mergeReports([inproc(a), inproc(b)]).run.transport).toBe("in-process");
    expect(mergeReports([a, b]).run).not.toHaveProperty("transport");
    expect(() => mergeReports([a, inproc(b)])).toThrow(
      /cannot merge reports of transports http and in-process/,
    );
  });
});
