/**
 * Benchmark 3, suite wall time: the full conformance run (`eni-conformance run`, what
 * `npm run conformance` runs) against the embedded simulator with `--runs 100` (each case's property
 * runs 100 times, so every rule gets at least 100) and with the default 3 runs per case, next to
 * the start-up floor: `vitest run` of one empty test with the project's pool settings, in the same
 * run. Reports the wall times, cases and
 * property runs per second, and the fewest property runs any rule got (from the run's report.json).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromRoot } from "../src/contracts/surfaces.ts";
import { median } from "./latency.ts";
import { cliArgs } from "./processes.ts";

/** Property runs per case in the measured run. */
export const RUNS = 100;
const FLOOR_ROUNDS = 3;
/** The conformance run is stopped (and reported as an error) past this. */
const SUITE_TIMEOUT_MS = 180_000;

/** What benchmark 3 found. */
export interface SuiteResult {
  suiteS: number;
  /** CPU seconds of the conformance run, all threads (the rest of its wall time was waiting). */
  suiteCpuS: number;
  floorS: number;
  ratio: number;
  runsPerCase: number;
  /** Cases run (passed, failed or errored), and all cases. */
  casesRun: number;
  cases: number;
  casesPerS: number;
  propertyRunsPerS: number;
  /** The fewest property runs of any rule that ran (over its cases on every surface). */
  minRunsPerRule: number;
  exitCode: number | null;
  /** The same run with the default 3 runs per case (what `npm run conformance` does). */
  defaultRun: { runsPerCase: number; s: number; cpuS: number; ratio: number };
  problems: string[];
}

/** What a timed child took: wall and CPU seconds (all its threads), its exit code and output. */
interface Timed {
  s: number;
  cpuS: number;
  code: number | null;
  out: string;
}

/** Run `node args` in the project root, with its CPU time reported by bench/cpu-usage.js. */
function timed(args: string[], timeoutMs: number): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", fromRoot("bench/cpu-usage.js"), ...args], {
      cwd: fromRoot("."),
      env: { ...process.env, NO_COLOR: "1", GITHUB_STEP_SUMMARY: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const keep = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      const cpu = /ENIC_BENCH_CPU (\{.*\})/.exec(out)?.[1];
      const usage = cpu ? (JSON.parse(cpu) as { userMs: number; systemMs: number }) : undefined;
      const cpuS = usage ? (usage.userMs + usage.systemMs) / 1000 : Number.NaN;
      resolve({ s: (performance.now() - started) / 1000, cpuS, code, out });
    });
  });
}

interface ReportCase {
  rule: string;
  status: string;
  runs: number;
}

/** Run benchmark 3, writing the run's reports into `tmp`. */
export async function suiteBench(tmp: string, log: (line: string) => void): Promise<SuiteResult> {
  const floors: number[] = [];
  const floorArgs = [
    fromRoot("node_modules/vitest/vitest.mjs"),
    "run",
    "--config",
    "bench/floor/vitest.config.ts",
    "--root",
    ".",
  ];
  const problems: string[] = [];
  for (let i = 0; i < FLOOR_ROUNDS; i++) {
    const floor = await timed(floorArgs, 60_000);
    if (floor.code !== 0) problems.push(`the floor run exited with ${floor.code}: ${floor.out.slice(-500)}`);
    floors.push(floor.s);
  }
  // The default run (`npm run conformance` as it is: 3 runs per case), for reference.
  const plain = await timed(cliArgs("run", "--report-dir", join(tmp, "suite-default")), SUITE_TIMEOUT_MS);
  if (plain.code !== 0) problems.push(`the default run exited with ${plain.code}: ${plain.out.slice(-800)}`);
  const reportDir = join(tmp, "suite-report");
  const suite = await timed(
    cliArgs("run", "--runs", String(RUNS), "--report-dir", reportDir),
    SUITE_TIMEOUT_MS,
  );
  if (suite.code !== 0)
    problems.push(`the conformance run exited with ${suite.code}: ${suite.out.slice(-800)}`);
  let cases: ReportCase[] = [];
  try {
    cases = (JSON.parse(readFileSync(join(reportDir, "report.json"), "utf8")) as { cases: ReportCase[] })
      .cases;
  } catch (error) {
    problems.push(`no report.json: ${(error as Error).message}`);
  }
  const ran = cases.filter((c) => c.status !== "skipped");
  const perRule = new Map<string, number>();
  for (const c of ran) perRule.set(c.rule, (perRule.get(c.rule) ?? 0) + c.runs);
  const floorS = median(floors);
  const propertyRuns = ran.reduce((sum, c) => sum + c.runs, 0);
  const result: SuiteResult = {
    suiteS: suite.s,
    suiteCpuS: suite.cpuS,
    floorS,
    ratio: suite.s / floorS,
    runsPerCase: RUNS,
    casesRun: ran.length,
    cases: cases.length,
    casesPerS: ran.length / suite.s,
    propertyRunsPerS: propertyRuns / suite.s,
    minRunsPerRule: perRule.size > 0 ? Math.min(...perRule.values()) : 0,
    exitCode: suite.code,
    defaultRun: { runsPerCase: 3, s: plain.s, cpuS: plain.cpuS, ratio: plain.s / floorS },
    problems,
  };
  log(
    `  conformance run ${result.suiteS.toFixed(1)} s (CPU ${result.suiteCpuS.toFixed(1)} s; ${result.casesRun} cases, ${result.casesPerS.toFixed(1)} cases/s; default --runs 3: ${plain.s.toFixed(1)} s), empty vitest run ${floorS.toFixed(2)} s`,
  );
  return result;
}
