/**
 * What the doctor found: one line per check — what was checked, the result, and what to do — and
 * whether the run may go on. A diagnosis is part of a staging run's report (`diagnosis` in
 * report.json, first in report.md and the HTML page).
 */
import type { Surface } from "../contracts/surfaces.ts";

/** The kinds of check, in the order they run. */
export type DoctorCheckKind =
  | "reachability"
  | "protocol"
  | "credentials"
  | "clock"
  | "region"
  | "fixtures"
  /** The account's limited key (`--limited-account`): it authenticates, and its policy withholds attach. */
  | "limited-key";

/** One check's outcome. */
export interface DoctorCheck {
  /** The surface checked; absent for the target as a whole (reachability). */
  surface?: Surface;
  check: DoctorCheckKind;
  /** ok: fine; warning: fine for now, worth a look; problem: the run cannot give verdicts; skipped: an earlier problem made it moot. */
  status: "ok" | "warning" | "problem" | "skipped";
  /** What was checked, in words (names where a credential came from, never its value). */
  what: string;
  /** What was found. */
  result: string;
  /** What to do about it (problems and warnings). */
  fix?: string;
}

/** The doctor's verdict on a target: its checks, and whether any is a problem. */
export interface Diagnosis {
  target: string;
  ok: boolean;
  checks: DoctorCheck[];
}
