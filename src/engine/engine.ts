/**
 * The case engine: the one way a run executes its items, whoever drives it — the vitest suites that
 * `eni-conformance run` starts (one test per item), `eni-conformance replay` (one item, no vitest),
 * a cassette played back, SDK mode, and programmatic callers. `openEngine(config)` builds what the
 * run talks to from the run configuration — the target (embedded simulator, URL, or a cassette's
 * recording) or, in SDK mode, the simulator and the SDK's adapter — and `run(item)` executes one item
 * and returns its result; it never throws (a harness problem is an `errored` result).
 */
import { relative, resolve } from "node:path";
import { Cassette, readCassetteHeader } from "../client/cassette.ts";
import type { RunConfig } from "../config/run-config.ts";
import { citeText } from "../contracts/rules-doc.ts";
import { isSurface, type Surface } from "../contracts/surfaces.ts";
import { checkAttachPermission, checkSignedRead } from "../doctor/signed-read.ts";
import type { SdkAdapter } from "../sdk/adapter.ts";
import { runSdkItem, type SdkSession, startSdkSession } from "../sdk/session.ts";
import { isAdapterPath } from "../sdk/spec.ts";
import { describeForCassette } from "../suites-kit/cassette-header.ts";
import { type CaseResult, caseTimeoutMs, runCase } from "../suites-kit/runner.ts";
import { createTarget, defaultCaseBudgetMs, type Target } from "../suites-kit/target.ts";
import { planItems, type RunItem } from "./items.ts";

/** An open engine. */
export interface Engine {
  readonly config: RunConfig;
  /** The items of the run, in report order. */
  readonly items: readonly RunItem[];
  /** What a conformance run talks to (SDK mode keeps its simulator to itself). */
  readonly target?: Target;
  /** Run one item; never throws. */
  run(item: RunItem): Promise<CaseResult>;
  /** Leave a target with a control plane in its seed world, and stop what the engine started. */
  close(): Promise<void>;
}

/** The words a replay command needs besides the case, seed and path (target, fixtures, opt-ins, SDK). */
function replayArgs(config: RunConfig): string {
  return [
    config.target !== "sim" ? `--target ${config.target}` : "",
    // Relative to where the command ran: no absolute path reaches a report.
    config.fixtures ? `--fixtures ${relative(config.cwd, config.fixtures) || config.fixtures}` : "",
    config.allowMutations ? "--allow-mutations" : "",
    config.noControlPlane ? "--no-control-plane" : "",
    config.client ? `--client ${config.client}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * The configuration of a cassette's playback: the recorded run's target, opt-ins, seed, runs and
 * surfaces (a `--surface`, `--case` or `--path` may narrow it). Throws SuiteError ENIC_CONFIG when
 * the directory is not a cassette.
 */
export function playbackConfig(config: RunConfig): RunConfig {
  if (config.playback === undefined) return config;
  const header = readCassetteHeader(config.playback);
  const recorded = header.run.surfaces.filter(isSurface);
  const narrowed = config.surfaces.filter((s) => recorded.includes(s));
  return {
    ...config,
    target: header.target.kind === "sim" ? "sim" : header.target.origin,
    allowMutations: header.target.allowMutations,
    noControlPlane: !header.target.hasControl,
    seed: header.run.seed,
    runs: header.run.runs,
    surfaces: narrowed.length > 0 ? narrowed : recorded,
  };
}

/** The test timeout of one item of a run of `config` (its case budget plus room to re-run and restore). */
export function itemTimeoutMs(config: RunConfig): number {
  return caseTimeoutMs(config.caseBudgetMs ?? defaultCaseBudgetMs(config.target === "sim" ? "sim" : "http"));
}

/**
 * The adapter a run's `--client` names (a module path is relative to the run's directory). The
 * adapters are loaded only here: the built-in ones import the official SDKs, which a conformance
 * run does not need (about 1.5 s of start-up per process).
 */
export async function runAdapter(config: RunConfig): Promise<SdkAdapter> {
  const spec = config.client ?? "";
  const { loadAdapter } = await import("../sdk/adapters/index.ts");
  return loadAdapter(isAdapterPath(spec) ? resolve(config.cwd, spec) : spec);
}

/** An unprovokable row's result: skipped with its reason, never passed. */
function rowResult(item: Extract<RunItem, { kind: "row" }>, seed: number): CaseResult {
  const row = item.row.row;
  return {
    id: item.id,
    surface: item.surface,
    operation: row.operation ?? "",
    rule: `row:${row.id}`,
    citation:
      "document" in row.source
        ? `${row.source.document} ${row.source.section}`
        : "sdk" in row.source
          ? `SDK ${row.source.sdk}`
          : row.source.companion,
    status: "skipped",
    findings: [],
    reason: `unprovokable: ${item.row.reason}`,
    seed,
    runs: 0,
    replay: "",
    durationMs: 0,
  };
}

/** The reason of the case at which a run stopped because its environment broke (and the exit code is 2). */
export const STOPPED = "the run stopped:";

/**
 * After a case failed or errored on a real target: is it the environment that broke — credentials
 * that stopped working (a rotated key, a withdrawn permission), a clock gone stale, a target that
 * stopped answering? The doctor's signed read (and, for a run that changes state, its harmless
 * attach) tells; its problem in words, or undefined.
 */
async function brokenEnvironment(
  target: Target,
  config: RunConfig,
  surface: Surface,
): Promise<string | undefined> {
  const fixtures = await target.fixtures(surface);
  if (!fixtures) return undefined;
  // On a tape of its own: a played-back case does not ask it.
  target.tape(`doctor-${surface}`);
  const source = config.credentials[surface];
  let problem = (await checkSignedRead(target, surface, fixtures, source)).find(
    (c) => c.status === "problem",
  );
  // A permission to change state withdrawn mid-run leaves the read working: ask the attach too.
  if (!problem && target.allowMutations) {
    const attach = await checkAttachPermission(target, surface, fixtures, source);
    if (attach.status === "problem") problem = attach;
  }
  return (
    problem && `${surface} ${problem.check}: ${problem.result}${problem.fix ? ` — fix: ${problem.fix}` : ""}`
  );
}

/** An item not run because the run stopped earlier. */
function notRun(item: Exclude<RunItem, { kind: "row" | "probe" }>, why: string, seed: number): CaseResult {
  return {
    id: item.id,
    surface: item.surface,
    operation: item.case.ruleCase.operation,
    rule: item.case.rule,
    citation: item.case.citations.map(citeText).join("; "),
    status: "skipped",
    findings: [],
    reason: `not run: ${STOPPED.replace(/:$/, "")} earlier (${why})`,
    seed,
    runs: 0,
    replay: "",
    durationMs: 0,
  };
}

/** Open the engine of a conformance run: its target, and the cassette when it records or plays back. */
async function openConformance(config: RunConfig, items: RunItem[]): Promise<Engine> {
  const cassette = config.record
    ? Cassette.record(config.record)
    : config.playback
      ? Cassette.playback(config.playback)
      : undefined;
  const target: Target = await createTarget(config, cassette);
  await describeForCassette(target, config);
  const words = replayArgs(config);
  const watch = target.kind === "http" && cassette?.mode !== "playback";
  let halted: string | undefined;
  return {
    config,
    items,
    target,
    run: async (item) => {
      if (item.kind === "row") return rowResult(item, config.seed);
      if (item.kind === "probe") throw new Error("SDK probes run in SDK mode only");
      if (halted !== undefined) return notRun(item, halted, config.seed);
      const result = await runCase(target, item.case, {
        runs: config.runs,
        seed: config.seed,
        ...(config.path ? { path: config.path } : {}),
        ...(words ? { replayArgs: words } : {}),
      });
      // On a real target, a case that did not pass is no verdict if the environment broke under it:
      // the run stops there (the rest are not run), restores what it can and exits 2.
      if (watch && (result.status === "failed" || result.status === "errored")) {
        const broken = await brokenEnvironment(target, config, item.surface);
        if (broken !== undefined) {
          halted = broken;
          return { ...result, status: "errored", findings: [], reason: `${STOPPED} ${broken}` };
        }
      }
      return result;
    },
    close: async () => {
      target.tape("teardown");
      // Leave a target with a control plane in its seed world, as the run found it.
      try {
        if (target.hasControl) await target.control("POST", "/_sim/reset");
      } finally {
        await target.close();
      }
    },
  };
}

/** Open the engine of an SDK run: the simulator on 127.0.0.1 and the SDK's adapter. */
async function openSdk(config: RunConfig, items: RunItem[]): Promise<Engine> {
  const adapter = await runAdapter(config);
  const session: SdkSession = await startSdkSession({
    adapter,
    seed: config.seed,
    runs: config.runs,
    replayArgs: replayArgs(config),
    credentials: config.credentials,
  });
  return {
    config,
    items,
    run: (item) => runSdkItem(session, item),
    close: () => session.close(),
  };
}

/** Open the engine of a run (starting what the run talks to). */
export async function openEngine(config: RunConfig): Promise<Engine> {
  const items = planItems(config);
  return config.client !== undefined ? openSdk(config, items) : openConformance(config, items);
}
