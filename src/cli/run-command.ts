/**
 * `eni-conformance run`: runs the conformance suites (vitest, programmatically) against a target —
 * the embedded simulator by default — shows progress, prints the summary table and the coverage,
 * writes the reports, and exits 0 when every case passed or was skipped with a reason, 1 when any
 * case failed, 2 on a harness error. With `--baseline FILE` the known failures it lists (and that have
 * not expired) do not fail the run; a new failure, a listed case that passes now, or an expired entry
 * does (src/report/baseline.ts).
 */
import { appendFileSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CASSETTE_ENV, type CassetteHeader, readCassetteHeader } from "../client/cassette.ts";
import { buildContractReport, contractReportMarkdown, contractsOk } from "../contracts/contract-report.ts";
import { fromRoot, isSurface, PROJECT_ROOT, SURFACES, type Surface } from "../contracts/surfaces.ts";
import { isSuiteError } from "../core/errors.ts";
import { applyBaseline, type Baseline, baselineText, readBaseline } from "../report/baseline.ts";
import { buildReport } from "../report/build.ts";
import { reportHtml } from "../report/html.ts";
import { junitXml } from "../report/junit.ts";
import { reportMarkdown } from "../report/markdown.ts";
import type { Report } from "../report/model.ts";
import { reportErrors } from "../report/validate.ts";
import { CaseCollector } from "../report/vitest-reporter.ts";
import { writeFiles, writeRun } from "../report/write.ts";
import { isAdapterPath } from "../sdk/spec.ts";
import { listCases } from "../suites-kit/cases.ts";
import { ENV } from "../suites-kit/config.ts";
import { type LeakReport, leakCheck } from "../suites-kit/leak-check.ts";
import { planText } from "../suites-kit/plan.ts";
import { ASYNC_WAIT_ENV } from "../suites-kit/poll.ts";
import { RATE_LIMITS_ENV, rateLimitProblems } from "../suites-kit/rates.ts";
import { summaryText } from "../suites-kit/summary.ts";
import { createTarget, type Fixtures } from "../suites-kit/target.ts";
import {
  findConfigFile,
  parseRateLimits,
  type RunOptions,
  rateLimitsText,
  readConfigFile,
  resolveRunOptions,
} from "./run-config.ts";

export const RUN_USAGE = `usage: eni-conformance run [--config FILE] [--surface S]... [--target sim|URL] [--account KEYID:SECRET] [--region R]
                          [--fixtures FILE] [--allow-mutations] [--no-control-plane] [--runs N] [--seed N]
                          [--case ID] [--path P] [--report-dir DIR] [--baseline FILE]
                          [--client ADAPTER]   SDK mode: drive an SDK (built-in name or module path) against the simulator
                          [--rate SURFACE/OPERATION=N]... [--async-wait MS]
                          [--workers N]        split the surfaces over N workers (embedded simulator only;
                                               default: one per core from --runs 10, else 1)
                          [--record DIR]       keep every exchange of the run (redacted) as a cassette in DIR
                          [--replay DIR]       re-run the checks offline against the cassette in DIR`;

// No defaults here: a value not given on the command line comes from the environment, the config
// file or the defaults (src/cli/run-config.ts).
const OPTIONS = {
  config: { type: "string" },
  surface: { type: "string", multiple: true },
  target: { type: "string" },
  account: { type: "string" },
  region: { type: "string" },
  fixtures: { type: "string" },
  "allow-mutations": { type: "boolean" },
  "no-control-plane": { type: "boolean" },
  runs: { type: "string" },
  seed: { type: "string" },
  case: { type: "string" },
  path: { type: "string" },
  "report-dir": { type: "string" },
  baseline: { type: "string" },
  client: { type: "string" },
  record: { type: "string" },
  replay: { type: "string" },
  rate: { type: "string", multiple: true },
  "async-wait": { type: "string" },
  workers: { type: "string" },
} as const;

/** The options after precedence, in the command line's own shape. */
interface Values {
  surface?: string[];
  target: string;
  account?: string;
  region?: string;
  fixtures?: string;
  "allow-mutations": boolean;
  "no-control-plane": boolean;
  runs: string;
  seed: string;
  case?: string;
  path?: string;
  "report-dir"?: string;
  baseline?: string;
  accounts?: RunOptions["accounts"];
  /** SDK mode: the adapter as given (a built-in name or a module path). */
  client?: string;
  record?: string;
  replay?: string;
  rateLimits?: Record<string, number>;
  asyncWaitMs?: number;
  /** Workers to split the surfaces over (the default is chosen by `workerGroups`). */
  workers?: number;
}

/** Command line, environment, config file and defaults, merged (command line wins). */
function resolveValues(argv: string[]): Values {
  const cli = parseArgs({ args: argv, options: OPTIONS }).values;
  for (const [name, v] of [
    ["--runs", cli.runs],
    ["--seed", cli.seed],
    ["--async-wait", cli["async-wait"]],
    ["--workers", cli.workers],
  ] as const) {
    if (v !== undefined && !/^\d+$/.test(v)) throw new Error(`${name} must be a whole number`);
  }
  const file = findConfigFile(cli.config, process.cwd());
  const opts = resolveRunOptions(
    {
      ...(cli.target !== undefined ? { target: cli.target } : {}),
      ...(cli.surface !== undefined ? { surfaces: cli.surface } : {}),
      ...(cli.region !== undefined ? { region: cli.region } : {}),
      ...(cli.fixtures !== undefined ? { fixtures: cli.fixtures } : {}),
      ...(cli["allow-mutations"] !== undefined ? { allowMutations: cli["allow-mutations"] } : {}),
      ...(cli["no-control-plane"] !== undefined ? { noControlPlane: cli["no-control-plane"] } : {}),
      ...(cli.runs !== undefined ? { runs: Number(cli.runs) } : {}),
      ...(cli.seed !== undefined ? { seed: Number(cli.seed) } : {}),
      ...(cli["report-dir"] !== undefined ? { reportDir: cli["report-dir"] } : {}),
      ...(cli.baseline !== undefined ? { baseline: cli.baseline } : {}),
      ...(cli.rate !== undefined ? { rateLimits: parseRateLimits(cli.rate, "--rate") } : {}),
      ...(cli["async-wait"] !== undefined ? { asyncWaitMs: Number(cli["async-wait"]) } : {}),
    },
    process.env,
    file ? readConfigFile(file) : {},
  );
  const values: Values = {
    target: opts.target,
    surface: opts.surfaces,
    "allow-mutations": opts.allowMutations,
    "no-control-plane": opts.noControlPlane,
    runs: String(opts.runs),
    seed: String(opts.seed),
  };
  const optional = {
    account: cli.account,
    region: opts.region,
    fixtures: opts.fixtures,
    case: cli.case,
    path: cli.path,
    "report-dir": opts.reportDir,
    baseline: opts.baseline,
    accounts: opts.accounts,
    client: cli.client,
    record: cli.record,
    replay: cli.replay,
    rateLimits: opts.rateLimits,
    asyncWaitMs: opts.asyncWaitMs,
    workers: cli.workers !== undefined ? Number(cli.workers) : undefined,
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) Object.assign(values, { [key]: value });
  return values;
}

/** The files a run writes, by name. */
export function reportFiles(
  report: Report,
  contracts: ReturnType<typeof buildContractReport>,
): Record<string, string> {
  return {
    "report.json": `${JSON.stringify(report, null, 2)}\n`,
    "junit.xml": junitXml(report),
    "report.md": reportMarkdown(report),
    "report.html": reportHtml(report),
    "contracts.json": `${JSON.stringify(contracts, null, 2)}\n`,
    "contracts.md": contractReportMarkdown(contracts),
  };
}

function runId(seed: string): string {
  // The directory name carries the time; the report bodies do not.
  return `${new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}-seed${seed}`;
}

/** Below this many runs per case, a second worker's start (about 1 s of CPU) costs more than it saves. */
const PARALLEL_FROM_RUNS = 10;

/**
 * Why the run must stay in one worker, if it must: each worker runs its surfaces against an embedded
 * simulator of its own, which a real target (the Tencent surfaces share an account; rate limits are
 * paced per process), SDK mode, one case, a cassette or pacing do not allow.
 */
function serialReason(values: Values): string | undefined {
  if (values.target !== "sim") return "a real target";
  if (values.client) return "SDK mode";
  if (values.case) return "one case";
  if (values.record || values.replay) return "a cassette";
  if (values.rateLimits && Object.keys(values.rateLimits).length > 0) return "rate limits";
  return undefined;
}

/**
 * The groups of surfaces to run in workers of their own (one group: one worker, as vitest runs a
 * file). `--workers N` asks for N; by default, against the embedded simulator, one per core (at most
 * one per surface) from PARALLEL_FROM_RUNS runs per case, since the run is CPU-bound.
 */
export function workerGroups(values: Values, cores: number = availableParallelism()): Surface[][] {
  const surfaces = (values.surface?.length ? values.surface : [...SURFACES]) as Surface[];
  const reason = serialReason(values);
  if (values.workers !== undefined && values.workers > 1 && reason)
    throw new Error(`--workers ${values.workers}: ${reason} runs in one worker`);
  const wanted =
    values.workers ?? (reason || Number(values.runs) < PARALLEL_FROM_RUNS ? 1 : Math.max(1, cores));
  const groups: Surface[][] = Array.from(
    { length: Math.max(1, Math.min(wanted, surfaces.length)) },
    () => [],
  );
  surfaces.forEach((s, i) => {
    groups[i % groups.length]?.push(s);
  });
  return groups;
}

function suiteEnv(values: Values): Record<string, string> {
  const replayArgs = [
    values.target !== "sim" ? `--target ${values.target}` : "",
    // Relative to where the command runs: no absolute path reaches a report.
    values.fixtures ? `--fixtures ${relative(process.cwd(), values.fixtures) || values.fixtures}` : "",
    values["allow-mutations"] ? "--allow-mutations" : "",
    values["no-control-plane"] ? "--no-control-plane" : "",
    values.client ? `--client ${values.client}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const env: Record<string, string> = {
    [ENV.target]: values.target,
    [ENV.runs]: values.runs,
    [ENV.seed]: values.seed,
    [ENV.allowMutations]: values["allow-mutations"] ? "1" : "0",
    [ENV.noControl]: values["no-control-plane"] ? "1" : "0",
    [ENV.surfaces]: (values.surface ?? []).join(","),
    [ENV.replayArgs]: replayArgs,
    [ENV.account]: values.account ?? "",
    [ENV.region]: values.region ?? "",
    [ENV.fixtures]: values.fixtures ?? "",
    [ENV.caseId]: values.case ?? "",
    [ENV.path]: values.path ?? "",
    [ENV.accountsEnv]: values.accounts ? JSON.stringify(values.accounts) : "",
    // SDK mode: the suite loads the adapter; a module path is made absolute (vitest's root is the project).
    [RATE_LIMITS_ENV]: values.rateLimits ? rateLimitsText(values.rateLimits) : "",
    [ASYNC_WAIT_ENV]: values.asyncWaitMs !== undefined ? String(values.asyncWaitMs) : "",
    [CASSETTE_ENV.record]: values.record ? resolve(values.record) : "",
    [CASSETTE_ENV.replay]: values.replay ? resolve(values.replay) : "",
    [ENV.client]: values.client
      ? isAdapterPath(values.client)
        ? resolve(values.client)
        : values.client
      : "",
  };
  return env;
}

/** The plan of a run against a real target, printed before anything changes state. */
async function planFor(values: Values): Promise<string> {
  const surfaces = (values.surface?.length ? values.surface : [...SURFACES]) as Surface[];
  const target = await createTarget({
    target: values.target,
    allowMutations: values["allow-mutations"],
    useControl: !values["no-control-plane"],
    ...(values.fixtures ? { fixturesFile: values.fixtures } : {}),
    ...(values.account ? { account: values.account } : {}),
  });
  const fixtures: Partial<Record<Surface, Fixtures | undefined>> = {};
  for (const s of surfaces) fixtures[s] = await target.fixtures(s);
  await target.close();
  return planText(listCases(surfaces), fixtures, {
    target: target.baseUrl,
    runs: Number(values.runs),
    allowMutations: values["allow-mutations"],
  });
}

/** After a run against a real target: put back any fixture left out of place, and name the rest. */
async function finalLeakCheck(values: Values, isCancelled: () => boolean): Promise<LeakReport> {
  const surfaces = (values.surface?.length ? values.surface : [...SURFACES]) as Surface[];
  try {
    const target = await createTarget({
      target: values.target,
      allowMutations: true,
      useControl: !values["no-control-plane"],
      ...(values.fixtures ? { fixturesFile: values.fixtures } : {}),
      ...(values.account ? { account: values.account } : {}),
      ...(values.accounts ? { accountsEnv: values.accounts } : {}),
    });
    // The suites paced their calls in their own process: one rate window of quiet before this
    // process's calls, so the two never add up past an operation's rate.
    await new Promise((r) => setTimeout(r, 1000));
    // A target that keeps failing (dropped connections, internal errors) gets two more tries, a
    // little apart, before the check is given up and the run says it could not make sure.
    let leaks: LeakReport | undefined;
    for (let attempt = 1; !leaks; attempt++) {
      try {
        leaks = await leakCheck(target, surfaces, { restore: !isCancelled(), isCancelled });
      } catch (error) {
        if (!isSuiteError(error) || attempt >= 3 || isCancelled()) throw error;
        process.stderr.write(`leak check: ${error.message}; trying again\n`);
        await new Promise((r) => setTimeout(r, 2000 * attempt));
      }
    }
    for (const line of leaks.restored) process.stdout.write(`leak check: restored ${line}\n`);
    if (leaks.dirty.length > 0) {
      process.stderr.write(
        `\n!!! LEFT DIRTY on ${values.target} — put these back by hand:\n${leaks.dirty.map((d) => `!!!   ${d}`).join("\n")}\n`,
      );
    } else {
      process.stdout.write("leak check: every fixture is where the preflight found it\n");
    }
    return leaks;
  } catch (error) {
    const message = `the leak check could not run: ${(error as Error).message}`;
    process.stderr.write(`\n!!! ${message}\n`);
    return { restored: [], dirty: [message] };
  }
}

/**
 * Check the cassette options, and for a replay take the recorded run's target, opt-ins, seed, runs
 * and surfaces (a `--surface`, `--case` or `--path` may narrow it). Throws with a clear message.
 */
function cassetteValues(values: Values): CassetteHeader | undefined {
  if (values.record !== undefined && values.replay !== undefined)
    throw new Error("--record and --replay cannot be used together");
  if (values.client !== undefined && (values.record !== undefined || values.replay !== undefined))
    throw new Error(
      "cassettes record the conformance run, not SDK mode: drop --client or the cassette option",
    );
  if (values.replay === undefined) return undefined;
  const header = readCassetteHeader(values.replay);
  values.target = header.target.kind === "sim" ? "sim" : header.target.origin;
  values["allow-mutations"] = header.target.allowMutations;
  values["no-control-plane"] = !header.target.hasControl;
  values.seed = String(header.run.seed);
  values.runs = String(header.run.runs);
  const narrowed = (values.surface ?? []).filter((s) => header.run.surfaces.includes(s));
  values.surface = narrowed.length > 0 ? narrowed : [...header.run.surfaces];
  return header;
}

/** How the replayed outcomes compare with the recorded report (when the cassette has one). */
function compareWithRecording(report: Report, dir: string): string {
  let recordedReport: Report;
  try {
    recordedReport = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as Report;
  } catch {
    return "replay: the cassette has no report.json to compare with\n";
  }
  const before = new Map(recordedReport.cases.map((c) => [c.id, c.status]));
  const differ = report.cases.filter((c) => before.has(c.id) && before.get(c.id) !== c.status);
  const lines = [
    `replay: ${report.cases.length - differ.length} of ${report.cases.length} cases have the outcome the recording had`,
    ...differ.map((c) => `replay:   ${c.id}: recorded ${before.get(c.id)}, replayed ${c.status}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** Run `body` while SIGINT/SIGTERM listeners other than `ours` are not installed. */
async function withoutForeignSignalHandlers<T>(
  ours: (signal: NodeJS.Signals) => void,
  body: () => Promise<T>,
): Promise<T> {
  const on = process.on;
  const once = process.once;
  const guard =
    (install: typeof process.on) =>
    (event: string | symbol, listener: (...args: unknown[]) => void): NodeJS.Process =>
      (event === "SIGINT" || event === "SIGTERM") && listener !== ours
        ? process
        : install.call(process, event, listener);
  process.on = guard(on) as typeof process.on;
  process.once = guard(once) as typeof process.once;
  try {
    return await body();
  } finally {
    process.on = on;
    process.once = once;
  }
}

/** Run `run`; resolves to the exit code. */
export async function runCommand(argv: string[]): Promise<number> {
  const cleanups: (() => void)[] = [];
  try {
    return await runWith(argv, cleanups);
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}

async function runWith(argv: string[], cleanups: (() => void)[]): Promise<number> {
  let values: Values;
  try {
    values = resolveValues(argv);
    for (const s of values.surface ?? []) if (!isSurface(s)) throw new Error(`unknown surface ${s}`);
    if (values.case !== undefined && values.client === undefined) {
      const surfaces = (values.surface?.length ? values.surface : [...SURFACES]) as Surface[];
      if (!listCases(surfaces).some((c) => c.id === values.case))
        throw new Error(`no case ${values.case} on ${surfaces.join(", ")} (case ids are in report.json)`);
    }
    const problems = rateLimitProblems(values.rateLimits ?? {});
    if (problems.length > 0) throw new Error(`rate limits: ${problems.join("; ")}`);
    if (values.workers === 0) throw new Error("--workers must be at least 1");
    workerGroups(values);
  } catch (error) {
    process.stderr.write(`eni-conformance run: ${(error as Error).message}\n${RUN_USAGE}\n`);
    return 2;
  }
  // A baseline that cannot be read is a harness error, found before the run rather than after it.
  let baseline: Baseline | undefined;
  try {
    baseline = values.baseline === undefined ? undefined : readBaseline(values.baseline);
  } catch (error) {
    if (!isSuiteError(error)) throw error;
    process.stderr.write(`eni-conformance run: ${error.message}\n`);
    return 2;
  }
  // The contracts first: a broken catalogue is a harness error, not a target's failure.
  let contracts: ReturnType<typeof buildContractReport>;
  try {
    contracts = buildContractReport();
  } catch (error) {
    process.stderr.write(
      `eni-conformance run: the contracts could not be loaded: ${(error as Error).message}\n`,
    );
    return 2;
  }
  if (!contractsOk(contracts)) {
    process.stderr.write(
      "eni-conformance run: the contracts have problems (eni-conformance contracts shows them)\n",
    );
    return 2;
  }
  // Cassettes: a replay takes the recorded run's target, seed and runs; nothing goes on the network.
  let recorded: CassetteHeader | undefined;
  try {
    recorded = cassetteValues(values);
  } catch (error) {
    process.stderr.write(`eni-conformance run: ${(error as Error).message}\n`);
    return 2;
  }
  // SDK mode: the adapter must load, speak a chosen surface, and the target must be the simulator.
  if (values.client !== undefined) {
    if (values.target !== "sim") {
      process.stderr.write(
        "eni-conformance run: --client drives an SDK against the embedded simulator only; drop --target (or use --target sim)\n",
      );
      return 2;
    }
    try {
      const { loadAdapter } = await import("../sdk/adapters/index.ts");
      const adapter = await loadAdapter(values.client);
      const chosen = values.surface?.length ? values.surface : [...SURFACES];
      const spoken = chosen.filter((s) => adapter.surfaces.includes(s as Surface));
      if (spoken.length === 0)
        throw new Error(
          `${adapter.name} speaks ${adapter.surfaces.join(", ")}, none of ${chosen.join(", ")}`,
        );
      values.surface = spoken;
    } catch (error) {
      process.stderr.write(`eni-conformance run: ${(error as Error).message}\n`);
      return 2;
    }
  }
  if (values.target !== "sim" && !recorded) {
    try {
      process.stdout.write(await planFor(values));
    } catch (error) {
      if (!isSuiteError(error)) throw error;
      process.stderr.write(`eni-conformance run: ${error.message}\n`);
      return 2;
    }
  }
  Object.assign(process.env, suiteEnv(values));
  if (recorded) {
    process.stdout.write(
      `eni-conformance run: replaying ${values.replay} offline (recorded against ${recorded.target.origin})\n`,
    );
  }
  const collector = new CaseCollector();
  // Ctrl-C / SIGTERM: finish the case in flight, stop, then restore the fixtures. A second one
  // aborts the restoring, and the leak check names what is left.
  let interrupted = false;
  let aborted = false;
  let cancel: (() => void) | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (!interrupted) {
      interrupted = true;
      process.stderr.write(
        `\n${signal}: stopping after the case in flight, then restoring fixtures (again to abort restoring)\n`,
      );
      cancel?.();
      return;
    }
    aborted = true;
    process.stderr.write(
      `\n${signal} again: restoring aborted — the fixtures left out of place are listed below\n`,
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  // Kept until the command returns: a late Ctrl-C while the reports are written is answered too.
  cleanups.push(() => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  });
  const groups = workerGroups(values);
  // Announced once Ctrl-C is handled: from here on a signal stops the run and restores.
  process.stdout.write(
    `eni-conformance run: target ${values.target}, ${values.runs} runs per case, seed ${values.seed}${groups.length > 1 ? `, ${groups.length} workers (${groups.map((g) => g.join(" + ")).join(" | ")})` : ""}\n`,
  );
  const { createVitest } = await import("vitest/node");
  // vitest's own handlers exit the process on the first signal; this command needs to restore
  // first. They are kept from being installed at all (a signal while vitest starts would otherwise
  // end the process), and any that got through are removed below.
  const suiteFile = values.client ? "suites/sdk.test.ts" : "suites/conformance.test.ts";
  const vitest = await withoutForeignSignalHandlers(onSignal, () =>
    createVitest("test", {
      root: PROJECT_ROOT,
      run: true,
      watch: false,
      reporters: ["dot", collector],
      passWithNoTests: false,
      // Surfaces split over workers, each with an embedded simulator of its own (the run is
      // CPU-bound: one worker leaves the other cores idle): one vitest project per group.
      ...(groups.length > 1
        ? {
            projects: groups.map((group) => ({
              extends: true as const,
              test: { name: group.join("+"), include: [suiteFile], env: { [ENV.surfaces]: group.join(",") } },
            })),
          }
        : {}),
    }),
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const listener of process.listeners(signal))
      if (listener !== onSignal) process.off(signal, listener);
  }
  cancel = () => void vitest.cancelCurrentRun("keyboard-input");
  // A cancel that arrives while vitest is still collecting the suite is not seen by it: repeat it as
  // soon as a case is about to run.
  collector.onCaseReady = () => {
    if (interrupted) cancel?.();
  };
  try {
    if (!interrupted) await vitest.start([suiteFile]);
  } finally {
    await vitest.close();
  }
  process.exitCode = 0;
  const results = collector.results;
  let leaks: LeakReport = { restored: [], dirty: [] };
  if (values.target !== "sim" && values["allow-mutations"] && !recorded) {
    leaks = await finalLeakCheck(values, () => aborted);
  }
  if (results.length === 0 && !interrupted) {
    process.stderr.write("eni-conformance run: no case ran (a harness error: see the output above)\n");
    return 2;
  }
  const surfaces: Surface[] = values.surface?.length ? (values.surface as Surface[]) : [...SURFACES];
  process.stdout.write(`\n${summaryText(results, surfaces, { coverage: values.case === undefined })}`);
  const report = buildReport(results, {
    target: values.target,
    seed: Number(values.seed),
    runs: Number(values.runs),
    surfaces,
  });
  const invalid = reportErrors(report);
  if (invalid.length > 0) {
    process.stderr.write(`eni-conformance run: the report breaks its schema: ${invalid.join("; ")}\n`);
    return 2;
  }
  const files = reportFiles(report, contracts);
  const dir = values["report-dir"];
  let written: string;
  if (dir) {
    writeFiles(dir, files);
    written = dir;
  } else {
    written = writeRun(fromRoot("reports"), runId(values.seed), files);
  }
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, files["report.md"] ?? "");
  process.stdout.write(
    `wrote ${Object.keys(files).join(", ")} to ${written}${dir ? "" : " and reports/latest/"}\n`,
  );
  if (values.record) {
    writeFiles(values.record, { "report.json": files["report.json"] ?? "" });
    process.stdout.write(`recorded the run's exchanges and report.json to ${values.record}\n`);
  }
  if (recorded && values.replay) process.stdout.write(compareWithRecording(report, values.replay));
  if (baseline && values.baseline !== undefined) {
    const outcome = applyBaseline(report, baseline, new Date().toISOString().slice(0, 10));
    process.stdout.write(baselineText(outcome, values.baseline));
    return outcome.code;
  }
  if (leaks.dirty.length > 0) return 3;
  if (interrupted) return 130;
  if (results.some((r) => r.status === "errored")) return 2;
  if (results.some((r) => r.status === "failed")) return 1;
  return 0;
}
