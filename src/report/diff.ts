/**
 * Comparing two reports: the cases whose status changed (`passed → failed` and the like), the cases
 * only the second report has (added) and those only the first has (removed), plus the differences
 * of the run parameters for context. Pure; reports carry no wall-clock noise, so an unchanged target
 * diffs empty.
 */
import type { CaseStatus, Report } from "./model.ts";

/** The differences between two reports. */
export interface ReportDiff {
  /** Cases in both reports whose status differs. */
  changed: { case: string; from: CaseStatus; to: CaseStatus }[];
  /** Cases only in the second report. */
  added: { case: string; status: CaseStatus }[];
  /** Cases only in the first report. */
  removed: { case: string; status: CaseStatus }[];
  /** Run parameters that differ (`seed 42 → 7`), for context; they alone are not a change. */
  run: string[];
}

/** The differences from report `a` to report `b`, each list sorted by case id. */
export function diffReports(a: Report, b: Report): ReportDiff {
  const before = new Map(a.cases.map((c) => [c.id, c.status]));
  const after = new Map(b.cases.map((c) => [c.id, c.status]));
  const diff: ReportDiff = { changed: [], added: [], removed: [], run: [] };
  for (const [id, to] of after) {
    const from = before.get(id);
    if (from === undefined) diff.added.push({ case: id, status: to });
    else if (from !== to) diff.changed.push({ case: id, from, to });
  }
  for (const [id, status] of before) if (!after.has(id)) diff.removed.push({ case: id, status });
  const byCase = (x: { case: string }, y: { case: string }) => x.case.localeCompare(y.case);
  diff.changed.sort(byCase);
  diff.added.sort(byCase);
  diff.removed.sort(byCase);
  for (const key of ["target", "seed", "runs", "surfaces", "transport"] as const) {
    const from = String(a.run[key] ?? (key === "transport" ? "http" : ""));
    const to = String(b.run[key] ?? (key === "transport" ? "http" : ""));
    if (from !== to) diff.run.push(`${key} ${from} → ${to}`);
  }
  return diff;
}

/** True when some case changed status, appeared or disappeared. */
export function hasChanges(diff: ReportDiff): boolean {
  return diff.changed.length + diff.added.length + diff.removed.length > 0;
}

/** The differences as lines for the terminal. */
export function diffText(diff: ReportDiff): string {
  const lines = hasChanges(diff)
    ? [
        `${diff.changed.length} case(s) changed status, ${diff.added.length} added, ${diff.removed.length} removed`,
        ...diff.changed.map((c) => `  ${c.case}: ${c.from} → ${c.to}`),
        ...diff.added.map((c) => `  ${c.case}: added (${c.status})`),
        ...diff.removed.map((c) => `  ${c.case}: removed (was ${c.status})`),
      ]
    : ["no case changed status"];
  if (diff.run.length > 0) lines.push(`run parameters differ: ${diff.run.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
