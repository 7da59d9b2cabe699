/**
 * The exit code of `eni-conformance run`, decided from what the run found — a pure function, so the
 * rules are written once and tested as a table: a baseline decides when one is given; otherwise a
 * run stopped because its environment broke is 2, a fixture left out of place 3, an interrupted run 130, a harness error 2 — and so is a run that
 * executed no case (none at all, or every one skipped: nothing was checked) unless empty runs are
 * allowed —, a failed case 1 (one whose heaviest finding is at least `--fail-on`: by default an
 * error; a failure of warnings or advisories alone passes), a rule coverage below the minimum asked for 1, and 0 when every case
 * passed or was skipped with a reason.
 */
import type { CaseResult } from "../../suites-kit/runner.ts";
import { failsAt, type Severity } from "../../suites-kit/severity.ts";

/** What the exit code depends on. */
export interface RunOutcome {
  /** Status of every case that ran. */
  statuses: readonly CaseResult["status"][];
  /** Fixtures the leak check found (or left) out of place, and checks that could not run. */
  dirty: readonly string[];
  /** A Ctrl-C or SIGTERM stopped the run. */
  interrupted: boolean;
  /** The baseline's own verdict, when the run has a baseline (src/report/baseline.ts). */
  baselineCode?: number;
  /** The run stopped because its environment broke under it (credentials, clock, target gone). */
  stopped?: boolean;
  /** A run in which every case was skipped is accepted (`--allow-empty`). */
  allowEmpty?: boolean;
  /** The rule coverage reached (percent), and the least asked for (`--min-coverage`). */
  ruleCoverage?: number;
  minCoverage?: number;
  /** The heaviest finding of each failed case (absent: every failure is an error). */
  failures?: readonly Severity[];
  /** The lightest failure that fails the run (`--fail-on`; default error). */
  failOn?: Severity;
}

/** The exit codes of the run, by name. */
export const EXIT = { ok: 0, failed: 1, harness: 2, dirty: 3, interrupted: 130 } as const;

/** The exit code of a run. */
export function exitCode(outcome: RunOutcome): number {
  if (outcome.baselineCode !== undefined) return outcome.baselineCode;
  // The environment broke: no verdict, whatever the leak check could not put back because of it.
  if (outcome.stopped) return EXIT.harness;
  if (outcome.dirty.length > 0) return EXIT.dirty;
  if (outcome.interrupted) return EXIT.interrupted;
  if (outcome.statuses.length === 0) return EXIT.harness;
  if (outcome.statuses.includes("errored")) return EXIT.harness;
  if (outcome.statuses.includes("failed")) {
    const failing = (outcome.failures ?? ["error"]).some((s) => failsAt(s, outcome.failOn ?? "error"));
    if (failing) return EXIT.failed;
  }
  if (!outcome.allowEmpty && outcome.statuses.every((s) => s === "skipped")) return EXIT.harness;
  if (
    outcome.minCoverage !== undefined &&
    outcome.ruleCoverage !== undefined &&
    outcome.ruleCoverage < outcome.minCoverage
  )
    return EXIT.failed;
  return EXIT.ok;
}
