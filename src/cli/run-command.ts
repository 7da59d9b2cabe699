/**
 * `eni-conformance run`: resolve the run configuration (src/config/), check it (run/prepare.ts),
 * print the plan against a real target, run the suite with vitest over the case engine
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
import { applyBaseline, baselineText } from "../report/baseline.ts";
import { buildReport } from "../report/build.ts";
import { reportErrors } from "../report/validate.ts";
import { finalLeakCheck, type LeakReport } from "../suites-kit/leak-check.ts";
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
  try {
    prepared = await prepareRun(config);
    if (prepared.config.target !== "sim" && prepared.config.playback === undefined)
      out(await stagingPlan(prepared.config));
  } catch (error) {
    return refuse(error, false);
  }
  // Ctrl-C / SIGTERM from here on stop the run after the case in flight, then restore.
  const interrupt = installInterrupt(err);
  try {
    return await runPrepared(prepared, interrupt);
  } finally {
    interrupt.dispose();
  }
}

async function runPrepared(prepared: PreparedRun, interrupt: Interrupt): Promise<number> {
  const { config, groups } = prepared;
  if (config.playback)
    out(`eni-conformance run: playing ${config.playback} back offline (recorded against ${config.target})\n`);
  const results = await runSuites(config, groups, interrupt, () =>
    // Announced once signals are the run's alone: from here on a Ctrl-C stops the run and restores.
    out(
      `eni-conformance run: target ${config.target}, ${config.runs} runs per case, seed ${config.seed}${groups.length > 1 ? `, ${groups.length} workers (${groups.map((g) => g.join(" + ")).join(" | ")})` : ""}\n`,
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
  const report = buildReport(results, {
    target: config.target,
    seed: config.seed,
    runs: config.runs,
    surfaces: config.surfaces,
  });
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
    const outcome = applyBaseline(report, prepared.baseline, new Date().toISOString().slice(0, 10));
    out(baselineText(outcome, relative(config.cwd, config.baseline) || config.baseline));
    baselineCode = outcome.code;
  }
  return exitCode({
    statuses: results.map((r) => r.status),
    dirty: leaks.dirty,
    interrupted: interrupt.interrupted,
    ...(baselineCode !== undefined ? { baselineCode } : {}),
  });
}
