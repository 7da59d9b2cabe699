import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromRoot, SURFACES, type Surface } from "../contracts/surfaces.ts";
import { listCases } from "../suites-kit/cases.ts";
import { type CaseResult, runCase } from "../suites-kit/runner.ts";
import { createTarget } from "../suites-kit/target.ts";
import {
  applyBaseline,
  type Baseline,
  type BaselineEntry,
  type BaselineOutcome,
  baselineErrors,
  updateBaseline,
} from "./baseline.ts";
import { buildReport } from "./build.ts";
import type { CaseStatus, Report } from "./model.ts";
import { reportErrors } from "./validate.ts";

const [A, B, C] = ["tencent-v3/eni.same-zone#1", "tencent-v3/eni.same-vpc#1", "aliyun-ecs/eni.same-zone#1"];

/** A schema-valid report whose cases (real case ids) ended as given. */
function reportOf(statuses: Record<string, CaseStatus>, surfaces: Surface[] = [...SURFACES]): Report {
  const results: CaseResult[] = Object.entries(statuses).map(([id, status]) => ({
    id,
    surface: id.split("/")[0] ?? "",
    operation: "AttachNetworkInterface",
    rule: id.split("/")[1]?.split("#")[0] ?? "",
    citation: "a document, a section",
    status,
    findings: status === "failed" ? [{ check: "rule-rejection", message: `${id} was accepted` }] : [],
    ...(status === "errored" ? { reason: "harness error: the target went away" } : {}),
    seed: 42,
    runs: 1,
    replay: "",
    durationMs: 0,
  }));
  const report = buildReport(results, { target: "sim", seed: 42, runs: 1, surfaces });
  expect(reportErrors(report)).toEqual([]);
  return report;
}

const entry = (c: string, expires?: string): BaselineEntry => ({
  case: c,
  reason: "known",
  ...(expires ? { expires } : {}),
});
const baseline = (...entries: BaselineEntry[]): Baseline => ({ version: 1, knownFailures: entries });
const none = { newFailures: [], explained: [], stale: [], expired: [] };

describe("applyBaseline", () => {
  const table: [
    string,
    { statuses: Record<string, CaseStatus>; baseline: Baseline; today?: string; want: BaselineOutcome },
  ][] = [
    [
      "no failures, empty baseline",
      { statuses: { [A]: "passed" }, baseline: baseline(), want: { ...none, code: 0 } },
    ],
    [
      "only listed failures",
      {
        statuses: { [A]: "failed", [B]: "passed" },
        baseline: baseline(entry(A)),
        want: { ...none, code: 0, explained: [{ case: A, reason: "known" }] },
      },
    ],
    [
      "a new failure",
      {
        statuses: { [A]: "failed", [B]: "failed" },
        baseline: baseline(entry(A)),
        want: { ...none, code: 1, newFailures: [B], explained: [{ case: A, reason: "known" }] },
      },
    ],
    [
      "a listed failure that passes now is stale",
      { statuses: { [A]: "passed" }, baseline: baseline(entry(A)), want: { ...none, code: 1, stale: [A] } },
    ],
    [
      "an entry expires on its day",
      {
        statuses: { [A]: "failed" },
        baseline: baseline(entry(A, "2026-03-01")),
        today: "2026-03-01",
        want: { ...none, code: 1, expired: [{ case: A, expires: "2026-03-01" }] },
      },
    ],
    [
      "an entry before its day explains",
      {
        statuses: { [A]: "failed" },
        baseline: baseline(entry(A, "2026-03-01")),
        today: "2026-02-28",
        want: { ...none, code: 0, explained: [{ case: A, reason: "known" }] },
      },
    ],
    [
      "an expired entry whose case passes is stale",
      {
        statuses: { [A]: "passed" },
        baseline: baseline(entry(A, "2020-01-01")),
        want: { ...none, code: 1, stale: [A] },
      },
    ],
    [
      "an expired entry of a case the report lacks still fails the run",
      {
        statuses: {},
        baseline: baseline(entry(C, "2020-01-01")),
        want: { ...none, code: 1, expired: [{ case: C, expires: "2020-01-01" }] },
      },
    ],
    [
      "entries of skipped or absent cases are neither explained nor stale",
      { statuses: { [A]: "skipped" }, baseline: baseline(entry(A), entry(C)), want: { ...none, code: 0 } },
    ],
    [
      "an errored case stays exit 2",
      {
        statuses: { [A]: "failed", [B]: "errored" },
        baseline: baseline(entry(A)),
        want: { ...none, code: 2, explained: [{ case: A, reason: "known" }] },
      },
    ],
  ];
  it.each(table)("%s", (_name, { statuses, baseline: b, today, want }) => {
    expect(applyBaseline(reportOf(statuses), b, today ?? "2026-01-01")).toEqual(want);
  });
});

describe("baselineErrors", () => {
  it("accepts the committed baseline, which lists no known failure of the embedded simulator", () => {
    const committed = JSON.parse(readFileSync(fromRoot("reports/baseline.json"), "utf8"));
    expect(baselineErrors(committed)).toEqual([]);
    expect(committed.knownFailures).toEqual([]);
  });

  const table: [string, { given: unknown; want: RegExp }][] = [
    ["no version", { given: { knownFailures: [] }, want: /version/ }],
    ["no reason", { given: { version: 1, knownFailures: [{ case: A }] }, want: /reason/ }],
    [
      "a bad day",
      { given: { version: 1, knownFailures: [{ ...entry(A), expires: "2026-13-01" }] }, want: /pattern/ },
    ],
    ["an unknown surface", { given: { version: 1, knownFailures: [entry("aws/x#1")] }, want: /pattern/ }],
    [
      "an unknown member",
      { given: { version: 1, knownFailures: [{ ...entry(A), owner: "x" }] }, want: /owner/ },
    ],
    ["a case listed twice", { given: baseline(entry(A), entry(A)), want: /more than once/ }],
  ];
  it.each(table)("rejects %s", (_name, { given, want }) => {
    expect(baselineErrors(given).join("; ")).toMatch(want);
  });
});

describe("updateBaseline", () => {
  it("lists the failed cases, keeps reason and expiry of entries that remain, drops the rest", () => {
    const report = reportOf({ [A]: "failed", [B]: "failed", [C]: "passed" }, ["tencent-v3", "aliyun-ecs"]);
    const previous = baseline(
      { case: A, reason: "vendor ticket 12", expires: "2027-01-01" },
      entry(C),
      entry("jdcloud-vm/eni.same-zone#1"),
    );
    const update = updateBaseline(report, previous);
    expect(update.baseline).toEqual(
      baseline(
        { case: "jdcloud-vm/eni.same-zone#1", reason: "known" },
        { case: B, reason: `recorded from rule-rejection: ${B} was accepted` },
        { case: A, reason: "vendor ticket 12", expires: "2027-01-01" },
      ),
    );
    expect(update).toMatchObject({ added: [B], removed: [C] });
    expect(update.kept.sort()).toEqual(["jdcloud-vm/eni.same-zone#1", A]);
    expect(baselineErrors(update.baseline)).toEqual([]);
    expect(applyBaseline(report, update.baseline, "2026-01-01").code).toBe(0);
  });
});

describe("a baseline against real runs of the embedded simulator", () => {
  async function simReport(deviations: string[]): Promise<Report> {
    const target = await createTarget({ target: "sim" });
    try {
      await target.control("PUT", "/_sim/deviations", { enable: deviations });
      const results: CaseResult[] = [];
      for (const c of listCases(SURFACES)) results.push(await runCase(target, c, { runs: 1, seed: 42 }));
      return buildReport(results, { target: "sim", seed: 42, runs: 1, surfaces: SURFACES });
    } finally {
      await target.close();
    }
  }

  it("the committed baseline passes the faithful simulator; a recorded one explains a deviation and goes stale without it", async () => {
    const committed = JSON.parse(readFileSync(fromRoot("reports/baseline.json"), "utf8")) as Baseline;
    const faithful = await simReport([]);
    expect(applyBaseline(faithful, committed, "2026-01-01")).toEqual({ ...none, code: 0 });
    const deviating = await simReport(["tencent-v3:ignore:eni.same-zone"]);
    expect(applyBaseline(deviating, committed, "2026-01-01")).toMatchObject({ code: 1, newFailures: [A] });
    const recorded = updateBaseline(deviating, committed).baseline;
    expect(recorded.knownFailures.map((e) => e.case)).toEqual([A]);
    expect(applyBaseline(deviating, recorded, "2026-01-01")).toMatchObject({
      code: 0,
      explained: [{ case: A }],
    });
    expect(applyBaseline(faithful, recorded, "2026-01-01")).toMatchObject({ code: 1, stale: [A] });
  });
});
