/**
 * `eni-conformance run`: resolve the run configuration (src/config/), check it (run/prepare.ts),
 * against a real target run the doctor's preflight (src/doctor/: a problem stops the run before any
 * case, exit 2, with the diagnosis in the report) and print the plan, run the suite with vitest over the case engine
 * (run/vitest-run.ts, src/engine/), check for leaks on a real target, write the reports
 * (run/outputs.ts) and exit with the code run/exit-code.ts decides: 0 when every case passed or was
 * skipped with a reason, 1 when a case failed, 2 on a harness error, 3 when a fixture was left out
 * of place, 130 when interrupted; with `--baseline FILE` the known failures it lists do not fail
 * the run (src/report/baseline.ts).
 */
import { relative } from "node:path";
import { runUsage } from "../config/help.ts";
import { loadRunConfig, wantsHelp } from "../config/load.ts";
import type { RunConfig } from "../config/run-config.ts";
import { isSuiteError } from "../core/errors.ts";
import { diagnose, diagnosisText } from "../doctor/doctor.ts";
import type { Diagnosis } from "../doctor/types.ts";
import { STOPPED } from "../engine/engine.ts";
import { applyBaseline, baselineText } from "../report/baseline.ts";
import { buildReport } from "../report/build.ts";
import { transportWords } from "../report/model.ts";
import { reportErrors } from "../report/validate.ts";
import { finalLeakCheck, type LeakReport } from "../suites-kit/leak-check.ts";
import { failsAt } from "../suites-kit/severity.ts";
import { summaryText } from "../suites-kit/summary.ts";
import { createTarget } from "../suites-kit/target.ts";
import { exitCode } from "./run/exit-code.ts";
import { type Interrupt, installInterrupt } from "./run/interrupt.ts";
import { compareWithRecording, leakText, reportFiles, writeOutputs } from "./run/outputs.ts";
import { type PreparedRun, prepareRun, stagingPlan } from "./run/prepare.ts";
import { runSuites } from "./run/vitest-run.ts";

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);

/** A harness problem before the run: the message (and the usage, for a mistake in the options); exit 2. */
function refuse(error: unknown, usage: boolean): number {
  if (!isSuiteError(error)) throw error;
  err(`eni-conformance run: ${error.message}\n${usage ? `${runUsage()}\n` : ""}`);
  return 2;
}

/** Run `run`; resolves to the exit code. */
export async function runCommand(argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    out(`${runUsage()}\n`);
    return 0;
  }
  let config: RunConfig;
  try {
    config = loadRunConfig({ argv, env: process.env, cwd: process.cwd() });
  } catch (error) {
    return refuse(error, true);
  }
  let prepared: PreparedRun;
  let diagnosis: Diagnosis | undefined;
  try {
    prepared = await prepareRun(config);
    if (prepared.config.target !== "sim" && prepared.config.playback === undefined) {
      diagnosis = await diagnose(prepared.config, { beforeRun: true });
      out(diagnosisText(diagnosis));
      if (!diagnosis.ok) return notReady(prepared, diagnosis);
      out(await stagingPlan(prepared.config));
    }
  } catch (error) {
    return refuse(error, false);
  }
  // Ctrl-C / SIGTERM from here on stop the run after the case in flight, then restore.
  const interrupt = installInterrupt(err);
  try {
    return await runPrepared(prepared, interrupt, diagnosis);
  } finally {
    interrupt.dispose();
  }
}

/** A target the doctor found not ready: no case runs; the report carries the diagnosis; exit 2. */
function notReady(prepared: PreparedRun, diagnosis: Diagnosis): number {
  const { config } = prepared;
  const report = buildReport([], { ...reportMeta(config), diagnosis });
  out(writeOutputs(config, reportFiles(report, prepared.contracts)));
  const problems = diagnosis.checks.filter((c) => c.status === "problem");
  err(
    `eni-conformance run: the target is not ready, no case was run:\n${problems.map((c) => `  ${c.surface ?? "target"} ${c.check}: ${c.result}${c.fix ? ` — fix: ${c.fix}` : ""}`).join("\n")}\n`,
  );
  return 2;
}

const reportMeta = (config: RunConfig) => ({
  target: config.target,
  seed: config.seed,
  runs: config.runs,
  surfaces: config.surfaces,
  ...(config.transport ? { transport: config.transport } : {}),
});

async function runPrepared(
  prepared: PreparedRun,
  interrupt: Interrupt,
  diagnosis: Diagnosis | undefined,
): Promise<number> {
  const { config, groups } = prepared;
  if (config.playback)
    out(`eni-conformance run: playing ${config.playback} back offline (recorded against ${config.target})\n`);
  const results = await runSuites(config, groups, interrupt, () =>
    // Announced once signals are the run's alone: from here on a Ctrl-C stops the run and restores.
    out(
      `eni-conformance run: target ${config.target}${config.transport ? ` over the ${transportWords(config.transport)}` : ""}, ${config.runs} runs per case, seed ${config.seed}${groups.length > 1 ? `, ${groups.length} workers (${groups.map((g) => g.join(" + ")).join(" | ")})` : ""}\n`,
    ),
  );
  let leaks: LeakReport = { restored: [], dirty: [] };
  if (config.target !== "sim" && config.allowMutations && config.playback === undefined) {
    const target = await createTarget({ ...config, allowMutations: true });
    try {
      leaks = await finalLeakCheck(target, config.surfaces, {
        isCancelled: () => interrupt.aborted,
        log: (line) => err(`${line}\n`),
      });
    } finally {
      await target.close();
    }
    const text = leakText(config.target, leaks);
    out(text.out);
    err(text.err);
  }
  if (results.length === 0 && !interrupt.interrupted) {
    err("eni-conformance run: no case ran (a harness error: see the output above)\n");
    return 2;
  }
  out(`\n${summaryText(results, config.surfaces, { coverage: config.caseId === undefined })}`);
  const report = buildReport(results, { ...reportMeta(config), ...(diagnosis ? { diagnosis } : {}) });
  const invalid = reportErrors(report);
  if (invalid.length > 0) {
    err(`eni-conformance run: the report breaks its schema: ${invalid.join("; ")}\n`);
    return 2;
  }
  const files = reportFiles(report, prepared.contracts);
  out(writeOutputs(config, files));
  if (config.playback) out(compareWithRecording(report, config.playback));
  let baselineCode: number | undefined;
  if (prepared.baseline && config.baseline !== undefined) {
    const outcome = applyBaseline(
      report,
      prepared.baseline,
      new Date().toISOString().slice(0, 10),
      config.failOn ?? "error",
    );
    out(baselineText(outcome, relative(config.cwd, config.baseline) || config.baseline));
    baselineCode = outcome.code;
  }
  const stopped = results.find((r) => r.reason?.startsWith(STOPPED));
  if (stopped)
    err(
      `eni-conformance run: stopped at ${stopped.id}: ${stopped.reason?.slice(STOPPED.length).trim()}; the remaining cases were not run (exit 2)\n`,
    );
  const rules = report.coverage.rules;
  const ruleCoverage = rules.total === 0 ? 100 : (100 * rules.covered) / rules.total;
  const failures = report.cases.filter((c) => c.status === "failed").map((c) => c.severity ?? "error");
  const light = failures.filter((s) => !failsAt(s, config.failOn ?? "error"));
  if (light.length > 0)
    out(
      `${light.length} failed case(s) carry only warnings or advisories (${report.severities.warning} warning, ${report.severities.advisory} advisory): they do not fail the run${config.failOn === undefined ? " (--fail-on warning or advisory makes them)" : ""}\n`,
    );
  const code = exitCode({
    statuses: results.map((r) => r.status),
    failures,
    ...(config.failOn ? { failOn: config.failOn } : {}),
    dirty: leaks.dirty,
    interrupted: interrupt.interrupted,
    ...(baselineCode !== undefined ? { baselineCode } : {}),
    ...(stopped ? { stopped: true } : {}),
    ...(config.allowEmpty ? { allowEmpty: true } : {}),
    ...(config.minCoverage !== undefined ? { minCoverage: config.minCoverage, ruleCoverage } : {}),
  });
  if (baselineCode === undefined && !interrupt.interrupted && leaks.dirty.length === 0 && !stopped) {
    if (!config.allowEmpty && results.every((r) => r.status === "skipped"))
      err(
        "eni-conformance run: every case was skipped, so nothing was checked (exit 2); the reasons are in the report; pass --allow-empty to accept such a run\n",
      );
    else if (config.minCoverage !== undefined && ruleCoverage < config.minCoverage)
      err(
        `eni-conformance run: rule coverage ${ruleCoverage.toFixed(1)}% is below --min-coverage ${config.minCoverage}% (exit 1)\n`,
      );
  }
  return code;
}
