/**
 * The canonical report of a conformance run (version 1), validated against
 * schemas/report.schema.json. Every writer (json, junit, markdown, html) and every command that reads
 * reports (baseline, diff, replay) works on this object. No secrets, no absolute paths, and no
 * wall-clock times in it, so two runs with the same seed diff cleanly.
 */
import type { ProvenanceKind } from "../contracts/model.ts";
import type { Diagnosis } from "../doctor/types.ts";
import type { Severity } from "../suites-kit/severity.ts";

/** How a case ended. */
export type CaseStatus = "passed" | "failed" | "skipped" | "errored";

/** A failed check. */
export interface ReportFinding {
  check: string;
  message: string;
  rule?: string;
  row?: string;
  /** How much it weighs (src/suites-kit/severity.ts): error, warning or advisory. */
  severity: Severity;
}

/** The last exchange of a failed case, redacted. */
export interface ReportExchange {
  request: { method: string; url: string; headers: Record<string, string>; body: string };
  response?: { status: number; headers: Record<string, string>; body: string };
}

/** Where a case's expectations come from (src/contracts/provenance.ts). */
export interface ReportProvenance {
  statement: ProvenanceKind;
  outcome: ProvenanceKind;
  /** The finding that explains an inference. */
  finding?: string;
}

/** One case. */
export interface ReportCase {
  /** `<surface>/<rule>#<n>`, or `<surface>/row:<row id>` for an unprovokable row. */
  id: string;
  surface: string;
  operation: string;
  /** Rule id (`row:<id>` for an unprovokable row). */
  rule: string;
  /** The rule's title. */
  title: string;
  /** What the document says (paraphrased). */
  statement: string;
  /** Document file and section, or the companion page. */
  citation: string;
  /** What the documents expect: `success`, or `error <row ids>`. */
  expected: string;
  /**
   * Where the statement and the expected outcome come from: `document` (one of the five documents),
   * `vendor-page` (another page of the same vendor), `sdk` (an official SDK's behaviour) or
   * `inferred` (this project's reading, with the finding that explains it).
   */
  provenance: ReportProvenance;
  /** The error rows the case accepts. */
  rows: string[];
  status: CaseStatus;
  /** A failed case's heaviest finding. */
  severity?: Severity;
  reason?: string;
  findings: ReportFinding[];
  seed: number;
  path?: string;
  runs: number;
  replay: string;
  exchange?: ReportExchange;
  /** How often transient answers (throttling, internal errors, dropped connections) were retried. */
  retries?: number;
  /**
   * Time to consistency of the case's accepted asynchronous state changes. The milliseconds are
   * given for a real target only (the one wall-clock value a report carries; `report diff` ignores it).
   */
  consistency?: { calls: number; unsettled: number; maxPolls: number; medianMs?: number; maxMs?: number };
  /**
   * The accepted error rows the target's answers were (a case that expects an error): which of
   * `rows`, told apart by message where a document gives several rows one code.
   */
  answeredRows?: string[];
  /** SDK mode (`run --client`): what the document promises and what the SDK surfaced. */
  sdk?: ReportSdk;
}

/** One case of an SDK run: the adapter, the promise, what the SDK surfaced, and whether they agree. */
export interface ReportSdk {
  /** The adapter's name (`tencentcloud-sdk-nodejs`, ...). */
  client: string;
  /** What the document (or, for an SDK probe, a well-behaved SDK) promises. */
  promised: string;
  /** What the SDK surfaced, or why nothing was sent. */
  surfaced: string;
  /** True when what the SDK surfaced keeps the promise. */
  ok: boolean;
}

/** Counts of case statuses. */
export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  errored: number;
  total: number;
}

/** The whole report. */
export interface Report {
  version: 1;
  tool: "eni-conformance";
  run: {
    target: string;
    seed: number;
    runs: number;
    surfaces: string[];
    /**
     * `in-process`: the run's client reached the embedded simulator's handler without sockets (the
     * opt-in `--transport in-process`). Absent: real HTTP, the default.
     */
    transport?: "in-process";
  };
  /** The doctor's preflight of a run against a target (src/doctor/); absent on the embedded simulator. */
  diagnosis?: Diagnosis;
  summary: Summary;
  /** The failed cases by their heaviest finding: errors fail a run, warnings and advisories only with `--fail-on`. */
  severities: Record<Severity, number>;
  bySurface: Record<string, Summary>;
  coverage: {
    rules: { covered: number; total: number };
    rows: { covered: number; total: number };
    documentedRows: { covered: number; total: number };
    /** Response fields of the operations the suite calls whose type a check judged in the run. */
    fields: { covered: number; total: number };
    /** The documented properties of those fields (`x-field-properties`) a case of the run exercised. */
    fieldProperties: { covered: number; total: number };
  };
  /** Documentation findings of the specs (specs/findings.yaml). */
  documentation: { id: string; kind: string; title: string; surfaces: string[] }[];
  cases: ReportCase[];
}

/** A run's transport in words, as the reports name it (the default, real HTTP, is not named). */
export function transportWords(transport: "in-process"): string {
  return transport === "in-process" ? "in-process transport (no sockets; opt-in)" : transport;
}
