/**
 * Summaries of a suite run: counts per surface, coverage of rules and provokable error rows, and the
 * terminal summary. Pure functions over the case results; no wall-clock times or absolute paths.
 */
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { listCases, suiteCatalogue } from "./cases.ts";
import { fieldCoverage } from "./fields.ts";
import type { CaseResult } from "./runner.ts";

type Status = CaseResult["status"];

/** Counts per surface and in total. */
export function countBySurface(results: CaseResult[]): Record<string, Record<Status, number>> {
  const out: Record<string, Record<Status, number>> = {};
  for (const key of [...SURFACES, "total"]) out[key] = { passed: 0, failed: 0, skipped: 0, errored: 0 };
  for (const r of results) {
    const row = out[r.surface];
    const total = out.total;
    if (row) row[r.status]++;
    if (total) total[r.status]++;
  }
  return out;
}

/**
 * Coverage: rule entries, provokable rows, response fields and their documented properties exercised
 * by a case that ran (passed or failed).
 */
export function coverage(results: CaseResult[], surfaces: readonly Surface[] = SURFACES) {
  const ran = new Set(results.filter((r) => r.status === "passed" || r.status === "failed").map((r) => r.id));
  const cases = listCases(surfaces);
  const ruleKeys = new Set(cases.map((c) => `${c.surface}/${c.rule}`));
  const coveredRules = new Set(cases.filter((c) => ran.has(c.id)).map((c) => `${c.surface}/${c.rule}`));
  const provokable = suiteCatalogue().errorRows.filter((r) => surfaces.includes(r.surface) && r.rules);
  const coveredRows = new Set(
    cases.filter((c) => ran.has(c.id)).flatMap((c) => c.rows.map((r) => `${r.surface}/${r.id}`)),
  );
  const documented = provokable.filter((r) => r.kind === "documented");
  const count = (rows: typeof provokable) =>
    rows.filter((r) => coveredRows.has(`${r.surface}/${r.id}`)).length;
  return {
    rules: { covered: coveredRules.size, total: ruleKeys.size },
    rows: { covered: count(provokable), total: provokable.length },
    documentedRows: { covered: count(documented), total: documented.length },
    ...fieldCoverage(ran, surfaces),
  };
}

const pct = (a: number, b: number) => (b === 0 ? "100%" : `${Math.floor((a / b) * 1000) / 10}%`);

/** The summary table and coverage as text for the terminal. */
export function summaryText(
  results: CaseResult[],
  surfaces: readonly Surface[] = SURFACES,
  options: { coverage?: boolean } = {},
): string {
  const counts = countBySurface(results);
  const lines = ["surface      passed  failed  skipped  errored"];
  for (const key of [...surfaces, "total"]) {
    const c = counts[key];
    if (!c) continue;
    lines.push(
      `${key.padEnd(12)} ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped).padStart(7)}  ${String(c.errored).padStart(7)}`,
    );
  }
  const cov = coverage(results, surfaces);
  if (options.coverage !== false)
    lines.push(
      "",
      `coverage: rules ${pct(cov.rules.covered, cov.rules.total)} (${cov.rules.covered}/${cov.rules.total}), ` +
        `provokable error rows ${pct(cov.rows.covered, cov.rows.total)} (${cov.rows.covered}/${cov.rows.total}), ` +
        `of them documented rows ${pct(cov.documentedRows.covered, cov.documentedRows.total)} (${cov.documentedRows.covered}/${cov.documentedRows.total})`,
      `          response fields ${pct(cov.fields.covered, cov.fields.total)} (${cov.fields.covered}/${cov.fields.total}), ` +
        `their documented properties ${pct(cov.fieldProperties.covered, cov.fieldProperties.total)} (${cov.fieldProperties.covered}/${cov.fieldProperties.total})`,
    );
  const failed = results.filter((r) => r.status === "failed" || r.status === "errored");
  for (const r of failed.slice(0, 20)) {
    lines.push("", `${r.status.toUpperCase()} ${r.id} — rule ${r.rule} (${r.citation})`);
    if (r.status === "failed") lines.push(`  seed ${r.seed}${r.path ? `, path ${r.path}` : ""}`);
    for (const f of r.findings) lines.push(`  [${f.check}] ${f.message}`);
    if (r.reason) lines.push(`  ${r.reason}`);
    if (r.status === "failed") lines.push(`  replay: ${r.replay}`);
  }
  if (failed.length > 20) lines.push("", `… and ${failed.length - 20} more (see report.json)`);
  return `${lines.join("\n")}\n`;
}
