/**
 * Benchmark 3, the harness's cost per exchange: the CPU time of the full conformance run
 * (`eni-conformance run --runs 100`, what `npm run conformance` runs with every rule's property 100
 * times, against the embedded simulator: signing, sending, the simulator's handling, decoding,
 * checks, fast-check, reporting — everything from start to exit) divided by the HTTP exchanges it
 * made, against the CPU per exchange of a bare undici → node:http round trip with a fixed JSON
 * answer measured in the same run. The exchanges are counted from the cassette of the same run
 * recorded with `--record` (same seed and runs; its report.json is compared with the timed run's):
 * what the run itself records, not an estimate. Also reports exchanges per property run, property
 * runs per second, and the wall times of `run --runs 100` and of the default run for reference.
 *
 * The same is measured for the opt-in in-process transport (`run --runs 100 --transport
 * in-process`: no sockets between the client and the embedded simulator), its exchanges counted
 * from its own recorded cassette, against the same bare round trip; its verdicts must be the
 * real-HTTP run's (its report.json equal but for `run.transport`).
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { request } from "undici";
import { fromRoot } from "../src/contracts/surfaces.ts";
import { cliArgs, cpuMicros, startServer } from "./processes.ts";

/** Property runs per case in the measured run. */
export const RUNS = 100;
/** Sequential round trips of the bare baseline, after its warm-up ones. */
export const BARE_EXCHANGES = 20_000;
export const BARE_WARMUP = 2_000;
/** The conformance run is stopped (and reported as an error) past this. */
const SUITE_TIMEOUT_MS = 240_000;

/** What the exchanges of the run cost, and what the bare round trip costs. */
export interface ExchangeCost {
  /** Signed vendor exchanges and control-plane calls of the run (from its cassette). */
  vendor: number;
  control: number;
  total: number;
  perPropertyRun: number;
  /** CPU of the whole timed run over its exchanges, microseconds. */
  cpuPerExchangeUs: number;
  /** True when the recorded run's report.json is byte for byte the timed run's. */
  sameReport: boolean;
  bare: { exchanges: number; clientUs: number; serverUs: number; cpuPerExchangeUs: number };
}

/** The same run over the in-process transport (`--transport in-process`). */
export interface InProcessCost {
  suiteS: number;
  suiteCpuS: number;
  exitCode: number | null;
  /** Its exchanges (from its own cassette) and CPU per exchange; `bare` is the real-HTTP run's. */
  exchanges: Omit<ExchangeCost, "bare">;
  /** True when its report.json is the real-HTTP run's but for `run.transport`. */
  sameVerdicts: boolean;
  /** Reasons its measurement is not valid (the bare round trip's problems included). */
  problems: string[];
}

/** What benchmark 3 found. */
export interface SuiteResult {
  suiteS: number;
  /** CPU seconds of the conformance run, all threads (the rest of its wall time was waiting). */
  suiteCpuS: number;
  runsPerCase: number;
  /** Cases run (passed, failed or errored), and all cases. */
  casesRun: number;
  cases: number;
  casesPerS: number;
  propertyRuns: number;
  propertyRunsPerS: number;
  /** The fewest property runs of any rule that ran (over its cases on every surface). */
  minRunsPerRule: number;
  exitCode: number | null;
  exchanges: ExchangeCost;
  /** The same run with the default 3 runs per case (what `npm run conformance` does). */
  defaultRun: { runsPerCase: number; s: number; cpuS: number };
  inProcess: InProcessCost;
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

/**
 * CPU per exchange of sequential undici `request`s to bare node:http (bench/servers/bare-server.js,
 * a fixed JSON answer), the body read and parsed as the run's client does: this process's CPU
 * (the client) plus the server process's, over the measured exchanges.
 */
async function bareExchange(): Promise<ExchangeCost["bare"]> {
  const server = await startServer(["bench/servers/bare-server.js", "--port", "0"]);
  try {
    const body = JSON.stringify({ NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy" });
    const once = async () => {
      const res = await request(`${server.url}/`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      JSON.parse(await res.body.text());
      if (res.statusCode !== 200) throw new Error(`the bare server answered ${res.statusCode}`);
    };
    for (let i = 0; i < BARE_WARMUP; i++) await once();
    const server0 = cpuMicros(server.pid);
    const client0 = process.cpuUsage();
    for (let i = 0; i < BARE_EXCHANGES; i++) await once();
    const client = process.cpuUsage(client0);
    const server1 = cpuMicros(server.pid);
    const clientUs = (client.user + client.system) / BARE_EXCHANGES;
    const serverUs =
      server0 === undefined || server1 === undefined ? Number.NaN : (server1 - server0) / BARE_EXCHANGES;
    return { exchanges: BARE_EXCHANGES, clientUs, serverUs, cpuPerExchangeUs: clientUs + serverUs };
  } finally {
    await server.stop();
  }
}

/** Signed vendor exchanges and control-plane calls on a cassette's tapes (one JSON line each). */
function countExchanges(cassetteDir: string): { vendor: number; control: number } {
  const out = { vendor: 0, control: 0 };
  const dir = join(cassetteDir, "tapes");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      if (line === "") continue;
      const kind = (JSON.parse(line) as { kind?: unknown }).kind;
      if (kind === "vendor") out.vendor++;
      else if (kind === "control") out.control++;
      else throw new Error(`${file}: an exchange of unknown kind ${String(kind)}`);
    }
  }
  return out;
}

/** A `run --runs RUNS` timed, then recorded into a cassette whose exchanges are counted. */
interface MeasuredRun {
  timed: Timed;
  reportDir: string;
  cases: ReportCase[];
  counted: { vendor: number; control: number };
  /** True when the recorded run's report.json is byte for byte the timed run's. */
  sameReport: boolean;
}

/** Time `run --runs RUNS ...extra`, then record the same run and count its cassette's exchanges. */
async function measuredRun(
  tmp: string,
  name: string,
  extra: string[],
  problems: string[],
): Promise<MeasuredRun> {
  const what = extra.length > 0 ? `the ${extra.join(" ")} run` : "the conformance run";
  const reportDir = join(tmp, `${name}-report`);
  const timedRun = await timed(
    cliArgs("run", "--runs", String(RUNS), ...extra, "--report-dir", reportDir),
    SUITE_TIMEOUT_MS,
  );
  if (timedRun.code !== 0) problems.push(`${what} exited with ${timedRun.code}: ${timedRun.out.slice(-800)}`);
  // The same run again, recorded: its cassette holds every exchange the run made.
  const cassette = join(tmp, `${name}-cassette`);
  const recordedDir = join(tmp, `${name}-recorded`);
  const recorded = await timed(
    cliArgs("run", "--runs", String(RUNS), ...extra, "--report-dir", recordedDir, "--record", cassette),
    SUITE_TIMEOUT_MS,
  );
  if (recorded.code !== 0)
    problems.push(`${what}, recorded, exited with ${recorded.code}: ${recorded.out.slice(-800)}`);
  let cases: ReportCase[] = [];
  let sameReport = false;
  try {
    const text = readFileSync(join(reportDir, "report.json"), "utf8");
    cases = (JSON.parse(text) as { cases: ReportCase[] }).cases;
    sameReport = text === readFileSync(join(recordedDir, "report.json"), "utf8");
  } catch (error) {
    problems.push(`${what}: no report.json: ${(error as Error).message}`);
  }
  if (!sameReport) problems.push(`${what}: the recorded run's report.json differs from the timed run's`);
  let counted = { vendor: 0, control: 0 };
  try {
    counted = countExchanges(cassette);
  } catch (error) {
    problems.push(`${what}: the cassette could not be counted: ${(error as Error).message}`);
  }
  return { timed: timedRun, reportDir, cases, counted, sameReport };
}

/** Run benchmark 3, writing the runs' reports and cassettes into `tmp`. */
export async function suiteBench(tmp: string, log: (line: string) => void): Promise<SuiteResult> {
  const problems: string[] = [];
  const bare = await bareExchange();
  // The default run (`npm run conformance` as it is: 3 runs per case), for reference.
  const plain = await timed(cliArgs("run", "--report-dir", join(tmp, "suite-default")), SUITE_TIMEOUT_MS);
  if (plain.code !== 0) problems.push(`the default run exited with ${plain.code}: ${plain.out.slice(-800)}`);
  const http = await measuredRun(tmp, "suite", [], problems);
  const { cases, counted, sameReport, timed: suite } = http;
  const inprocProblems: string[] = [];
  const inproc = await measuredRun(tmp, "suite-in-process", ["--transport", "in-process"], inprocProblems);
  let sameVerdicts = false;
  try {
    const verdicts = (dir: string) => {
      const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
        run: Record<string, unknown>;
      };
      delete report.run.transport;
      return JSON.stringify(report);
    };
    sameVerdicts = verdicts(http.reportDir) === verdicts(inproc.reportDir);
  } catch (error) {
    inprocProblems.push(`its report could not be compared: ${(error as Error).message}`);
  }
  if (!sameVerdicts)
    inprocProblems.push("its report.json differs from the real-HTTP run's but for run.transport");
  const ran = cases.filter((c) => c.status !== "skipped");
  const inprocTotal = inproc.counted.vendor + inproc.counted.control;
  if (inprocTotal === 0) inprocProblems.push("its cassette holds no exchanges");
  const perRule = new Map<string, number>();
  for (const c of ran) perRule.set(c.rule, (perRule.get(c.rule) ?? 0) + c.runs);
  const propertyRuns = ran.reduce((sum, c) => sum + c.runs, 0);
  const total = counted.vendor + counted.control;
  if (total === 0) problems.push("the cassette holds no exchanges");
  if (!Number.isFinite(bare.serverUs)) {
    problems.push("the bare server's CPU time could not be read (/proc)");
    inprocProblems.push("the bare server's CPU time could not be read (/proc)");
  }
  const result: SuiteResult = {
    suiteS: suite.s,
    suiteCpuS: suite.cpuS,
    runsPerCase: RUNS,
    casesRun: ran.length,
    cases: cases.length,
    casesPerS: ran.length / suite.s,
    propertyRuns,
    propertyRunsPerS: propertyRuns / suite.s,
    minRunsPerRule: perRule.size > 0 ? Math.min(...perRule.values()) : 0,
    exitCode: suite.code,
    exchanges: {
      ...counted,
      total,
      perPropertyRun: total / propertyRuns,
      cpuPerExchangeUs: (suite.cpuS * 1e6) / total,
      sameReport,
      bare,
    },
    defaultRun: { runsPerCase: 3, s: plain.s, cpuS: plain.cpuS },
    inProcess: {
      suiteS: inproc.timed.s,
      suiteCpuS: inproc.timed.cpuS,
      exitCode: inproc.timed.code,
      exchanges: {
        ...inproc.counted,
        total: inprocTotal,
        perPropertyRun: inprocTotal / propertyRuns,
        cpuPerExchangeUs: (inproc.timed.cpuS * 1e6) / inprocTotal,
        sameReport: inproc.sameReport,
      },
      sameVerdicts,
      problems: inprocProblems,
    },
    problems,
  };
  const e = result.exchanges;
  const ip = result.inProcess;
  log(
    `  run --runs ${RUNS} --transport in-process: ${ip.suiteS.toFixed(1)} s (CPU ${ip.suiteCpuS.toFixed(1)} s), ${ip.exchanges.total} exchanges, ${ip.exchanges.cpuPerExchangeUs.toFixed(0)} µs CPU per exchange`,
  );
  log(
    `  run --runs ${RUNS}: ${result.suiteS.toFixed(1)} s (CPU ${result.suiteCpuS.toFixed(1)} s), ${total} exchanges (${e.perPropertyRun.toFixed(1)} per property run), ${e.cpuPerExchangeUs.toFixed(0)} µs CPU per exchange; bare undici → node:http ${bare.cpuPerExchangeUs.toFixed(0)} µs; ${result.propertyRunsPerS.toFixed(0)} property runs/s; default run ${plain.s.toFixed(1)} s`,
  );
  return result;
}
