/**
 * The baseline of expected outcomes (`reports/baseline.json`, schemas/baseline.schema.json): the cases
 * known to fail on a target, each with a reason and an optional expiry day. Applying it to a report
 * lets CI fail on regressions, not on known gaps; an entry whose case passes again, or whose day has
 * come, fails the run too, so the baseline never rots. Pure functions, but for reading the file.
 */
import { readFileSync } from "node:fs";
import { createAjv, formatErrors } from "../contracts/ajv.ts";
import { readJson } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { failsAt, type Severity } from "../suites-kit/severity.ts";
import type { Report } from "./model.ts";

/** One known failure. */
export interface BaselineEntry {
  /** A case id of the report. */
  case: string;
  /** Why the failure is expected. */
  reason: string;
  /** `YYYY-MM-DD`: from this day (UTC) on, the entry no longer excuses the failure. */
  expires?: string;
}

/** The baseline file. */
export interface Baseline {
  version: 1;
  knownFailures: BaselineEntry[];
}

/** What a baseline makes of a report. */
export interface BaselineOutcome {
  /** 0: only known failures; 1: a new failure, a stale or an expired entry; 2: a case errored. */
  code: 0 | 1 | 2;
  /** Failed cases the baseline does not list. */
  newFailures: string[];
  /** Failed cases a live entry explains. */
  explained: { case: string; reason: string }[];
  /** Entries whose case passed in this report. */
  stale: string[];
  /** Entries past their expiry whose case did not pass (a failure they no longer excuse). */
  expired: { case: string; expires: string }[];
}

let validator: ReturnType<ReturnType<typeof createAjv>["compile"]> | undefined;

/** The schema errors of `data` as a baseline, plus duplicated case ids (empty when it is valid). */
export function baselineErrors(data: unknown): string[] {
  validator ??= createAjv().compile(readJson("schemas/baseline.schema.json") as object);
  if (!validator(data)) return formatErrors(validator.errors);
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const entry of (data as Baseline).knownFailures) {
    if (seen.has(entry.case)) errors.push(`/knownFailures lists ${entry.case} more than once`);
    seen.add(entry.case);
  }
  return errors;
}

/** Read and validate a baseline file; throws `SuiteError` (`ENIC_CONFIG`) when it is unreadable or invalid. */
export function readBaseline(file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new SuiteError("ENIC_CONFIG", `cannot read baseline ${file}: ${(error as Error).message}`);
  }
  const errors = baselineErrors(data);
  if (errors.length > 0)
    throw new SuiteError("ENIC_CONFIG", `baseline ${file} is invalid: ${errors.join("; ")}`);
  return data as Baseline;
}

/** True when `entry` no longer excuses a failure on `today` (`YYYY-MM-DD`). */
function isExpired(entry: BaselineEntry, today: string): boolean {
  return entry.expires !== undefined && entry.expires <= today;
}

/**
 * Apply `baseline` to `report` on `today` (`YYYY-MM-DD`, UTC). Entries whose case is absent from the
 * report (a run of fewer surfaces or one `--case`) or skipped in it are neither explained nor stale.
 */
export function applyBaseline(
  report: Report,
  baseline: Baseline,
  today: string,
  failOn: Severity = "error",
): BaselineOutcome {
  const status = new Map(report.cases.map((c) => [c.id, c.status]));
  const entries = new Map(baseline.knownFailures.map((e) => [e.case, e]));
  const outcome: BaselineOutcome = { code: 0, newFailures: [], explained: [], stale: [], expired: [] };
  for (const c of report.cases) {
    // A failure lighter than --fail-on fails no run, so the baseline needs no entry for it.
    if (c.status !== "failed" || !failsAt(c.severity ?? "error", failOn)) continue;
    const entry = entries.get(c.id);
    if (!entry) outcome.newFailures.push(c.id);
    else if (!isExpired(entry, today)) outcome.explained.push({ case: c.id, reason: entry.reason });
  }
  for (const entry of baseline.knownFailures) {
    if (status.get(entry.case) === "passed") outcome.stale.push(entry.case);
    else if (entry.expires !== undefined && isExpired(entry, today))
      outcome.expired.push({ case: entry.case, expires: entry.expires });
  }
  const broken = outcome.newFailures.length + outcome.stale.length + outcome.expired.length > 0;
  outcome.code = report.cases.some((c) => c.status === "errored") ? 2 : broken ? 1 : 0;
  return outcome;
}

/** What a baseline made of a run, as lines for the terminal. */
export function baselineText(outcome: BaselineOutcome, file: string): string {
  const lines = [
    `baseline ${file}: ${outcome.explained.length} known failure(s) explained, ${outcome.newFailures.length} new, ${outcome.stale.length} stale, ${outcome.expired.length} expired`,
    ...outcome.explained.map((e) => `  known failure: ${e.case} — ${e.reason}`),
    ...outcome.newFailures.map((id) => `  new failure: ${id} (not in the baseline)`),
    ...outcome.stale.map((id) => `  baseline is stale: ${id} passes now — remove it`),
    ...outcome.expired.map(
      (e) => `  baseline entry expired on ${e.expires}: ${e.case} — fix the case or renew the entry`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/** A baseline recorded from a report, and what changed against the previous one. */
export interface BaselineUpdate {
  baseline: Baseline;
  added: string[];
  kept: string[];
  removed: string[];
}

/**
 * The baseline that lists the report's failed cases: entries that remain keep their reason and
 * expiry, new ones get "recorded from <the case's first finding>". Entries of surfaces the report
 * did not run are kept as they are; every other entry whose case did not fail is removed.
 */
export function updateBaseline(report: Report, previous?: Baseline): BaselineUpdate {
  const old = new Map((previous?.knownFailures ?? []).map((e) => [e.case, e]));
  const ran = new Set<string>(report.run.surfaces);
  const entries: BaselineEntry[] = [];
  const update: BaselineUpdate = {
    baseline: { version: 1, knownFailures: entries },
    added: [],
    kept: [],
    removed: [],
  };
  const failed = new Set<string>();
  for (const c of report.cases) {
    if (c.status !== "failed") continue;
    failed.add(c.id);
    const entry = old.get(c.id);
    if (entry) {
      entries.push(entry);
      update.kept.push(c.id);
    } else {
      const f = c.findings[0];
      entries.push({
        case: c.id,
        reason: f ? `recorded from ${f.check}: ${f.message}` : "recorded from the report",
      });
      update.added.push(c.id);
    }
  }
  for (const entry of old.values()) {
    if (failed.has(entry.case)) continue;
    if (ran.has(entry.case.split("/")[0] ?? "")) update.removed.push(entry.case);
    else {
      entries.push(entry);
      update.kept.push(entry.case);
    }
  }
  entries.sort((a, b) => a.case.localeCompare(b.case));
  return update;
}

/** The baseline file's text. */
export function baselineJson(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
