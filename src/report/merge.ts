/**
 * Merging the reports of shards (one CI job per cloud, or `vitest --shard`-style splits) into one
 * report: cases united by id (a later report wins a case both hold), surfaces united in the
 * project's order, counts and coverage recomputed. Pure: (reports) => report.
 */
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import type { CaseResult } from "../suites-kit/runner.ts";
import { countBySurface, coverage } from "../suites-kit/summary.ts";
import { severityCounts } from "./build.ts";
import type { Report, ReportCase, Summary } from "./model.ts";

function summaryOf(c: { passed: number; failed: number; skipped: number; errored: number }): Summary {
  return { ...c, total: c.passed + c.failed + c.skipped + c.errored };
}

/** One report from several; throws when they are of different targets or seeds. */
export function mergeReports(reports: Report[]): Report {
  const first = reports[0];
  if (!first) throw new SuiteError("ENIC_CONFIG", "nothing to merge");
  for (const r of reports) {
    if (r.run.target !== first.run.target)
      throw new SuiteError("ENIC_CONFIG", `cannot merge reports of ${first.run.target} and ${r.run.target}`);
    if (r.run.transport !== first.run.transport)
      throw new SuiteError(
        "ENIC_CONFIG",
        `cannot merge reports of transports ${first.run.transport ?? "http"} and ${r.run.transport ?? "http"}`,
      );
    if (r.run.seed !== first.run.seed)
      throw new SuiteError(
        "ENIC_CONFIG",
        `cannot merge reports of seeds ${first.run.seed} and ${r.run.seed}`,
      );
  }
  const cases = new Map<string, ReportCase>();
  for (const r of reports) for (const c of r.cases) cases.set(c.id, c);
  const all = [...cases.values()].sort((a, b) => a.id.localeCompare(b.id));
  const present = new Set(reports.flatMap((r) => r.run.surfaces));
  const surfaces = SURFACES.filter((s) => present.has(s)) as Surface[];
  const counts = countBySurface(all as unknown as CaseResult[]);
  const bySurface: Record<string, Summary> = {};
  for (const s of surfaces)
    bySurface[s] = summaryOf(counts[s] ?? { passed: 0, failed: 0, skipped: 0, errored: 0 });
  const documentation = new Map(reports.flatMap((r) => r.documentation.map((d) => [d.id, d] as const)));
  return {
    version: 1,
    tool: "eni-conformance",
    run: {
      target: first.run.target,
      seed: first.run.seed,
      runs: Math.max(...reports.map((r) => r.run.runs)),
      surfaces,
      ...(first.run.transport ? { transport: first.run.transport } : {}),
    },
    summary: summaryOf(counts.total ?? { passed: 0, failed: 0, skipped: 0, errored: 0 }),
    severities: severityCounts(all),
    bySurface,
    coverage: coverage(all as unknown as CaseResult[], surfaces),
    documentation: [...documentation.values()].sort((a, b) => a.id.localeCompare(b.id)),
    cases: all,
  };
}
