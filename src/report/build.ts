/**
 * Builds the canonical report from the case results of a run: cases sorted by id, enriched from the
 * rule catalogue (title, statement, expected outcome), counts per surface, coverage, and the
 * documentation findings. Durations and other wall-clock values are left out.
 */
import { loadFindings } from "../contracts/findings.ts";
import { citationKind } from "../contracts/provenance.ts";
import type { Surface } from "../contracts/surfaces.ts";
import type { Diagnosis } from "../doctor/types.ts";
import { listCases, listUnprovokable, type SuiteCase, type UnprovokableRow } from "../suites-kit/cases.ts";
import type { CaseResult } from "../suites-kit/runner.ts";
import { SEVERITIES, severityOf, worst } from "../suites-kit/severity.ts";
import { countBySurface, coverage } from "../suites-kit/summary.ts";
import type { Report, ReportCase, ReportProvenance, ReportSdk, Summary } from "./model.ts";

/**
 * Where a result's expectations come from: a case's from the catalogue; an unprovokable row's from
 * the row's own source; an SDK probe's is this project's expectation of a well-behaved SDK, which no
 * vendor document promises.
 */
function provenanceOf(c: SuiteCase | undefined, row: UnprovokableRow | undefined): ReportProvenance {
  if (c) {
    const outcome = c.ruleCase.provenance;
    const finding = outcome?.finding ?? c.statementProvenance.finding;
    return {
      statement: c.statementProvenance.kind,
      outcome: outcome?.kind ?? c.statementProvenance.kind,
      ...(finding ? { finding } : {}),
    };
  }
  if (row) {
    const kind = row.row.kind === "documented" ? citationKind(row.row.source) : "vendor-page";
    return { statement: kind, outcome: kind };
  }
  return { statement: "inferred", outcome: "inferred" };
}

/** The failed cases by their heaviest finding. */
export function severityCounts(cases: readonly ReportCase[]): Report["severities"] {
  return Object.fromEntries(
    SEVERITIES.map((s) => [s, cases.filter((c) => c.severity === s).length]),
  ) as Report["severities"];
}

function withTotal(c: { passed: number; failed: number; skipped: number; errored: number }): Summary {
  return { ...c, total: c.passed + c.failed + c.skipped + c.errored };
}

/** The report of a run. */
export function buildReport(
  results: CaseResult[],
  meta: {
    target: string;
    seed: number;
    runs: number;
    surfaces: readonly Surface[];
    transport?: "in-process";
    diagnosis?: Diagnosis;
  },
): Report {
  const known = new Map(listCases(meta.surfaces).map((c) => [c.id, c]));
  const rows = new Map(listUnprovokable(meta.surfaces).map((u) => [u.id, u]));
  const cases: ReportCase[] = [...results]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => {
      const c = known.get(r.id);
      const rc = c?.ruleCase;
      const expected = rc
        ? rc.expect === "success"
          ? "success"
          : `error ${(rc.errorRows ?? []).join(" or ") || "(no documented code)"}`
        : ((r as CaseResult & { sdk?: ReportSdk }).sdk?.promised ?? "not provokable");
      const out: ReportCase = {
        id: r.id,
        surface: r.surface,
        operation: r.operation,
        rule: r.rule,
        title: c?.title ?? r.rule,
        statement: c?.statement ?? "",
        citation: r.citation,
        expected,
        provenance: provenanceOf(c, rows.get(r.id)),
        rows: rc?.errorRows ?? (r.rule.startsWith("row:") ? [r.rule.slice(4)] : []),
        status: r.status,
        findings: r.findings.map((f) => ({ ...f, severity: severityOf(f, c, r.rule) })),
        seed: r.seed,
        runs: r.runs,
        replay: r.replay,
      };
      const severity = r.status === "failed" ? worst(out.findings.map((f) => f.severity)) : undefined;
      if (severity) out.severity = severity;
      if (r.reason) out.reason = r.reason;
      if (r.path) out.path = r.path;
      if (r.retries) out.retries = r.retries;
      if (r.consistency) out.consistency = r.consistency;
      if (r.answeredRows) out.answeredRows = r.answeredRows;
      const sdk = (r as CaseResult & { sdk?: ReportSdk }).sdk;
      if (sdk) out.sdk = sdk;
      if (r.exchange) {
        const { request, response } = r.exchange;
        out.exchange = response ? { request, response } : { request };
      }
      return out;
    });
  const counts = countBySurface(results);
  const bySurface: Record<string, Summary> = {};
  for (const s of meta.surfaces)
    bySurface[s] = withTotal(counts[s] ?? { passed: 0, failed: 0, skipped: 0, errored: 0 });
  return {
    version: 1,
    tool: "eni-conformance",
    run: {
      target: meta.target === "sim" ? "sim" : new URL(meta.target).origin,
      seed: meta.seed,
      runs: meta.runs,
      surfaces: [...meta.surfaces],
      ...(meta.transport ? { transport: meta.transport } : {}),
    },
    ...(meta.diagnosis ? { diagnosis: meta.diagnosis } : {}),
    summary: withTotal(counts.total ?? { passed: 0, failed: 0, skipped: 0, errored: 0 }),
    severities: severityCounts(cases),
    bySurface,
    coverage: coverage(results, meta.surfaces),
    documentation: loadFindings()
      .filter((f) => f.surfaces.some((s) => meta.surfaces.includes(s)))
      .map(({ id, kind, title, surfaces }) => ({ id, kind, title, surfaces })),
    cases,
  };
}
