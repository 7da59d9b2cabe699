/**
 * The conformance run as a library call: `runConformance(config)` resolves the configuration as
 * `eni-conformance run` resolves its options (what the call sets wins, as flags do, over `ENIC_*`
 * variables, a config file in `cwd` and the defaults; credentials of a URL target from the clouds'
 * standard variables), runs every item of the run through the case engine in this process (no vitest, no
 * worker), and returns the canonical report — the same value `run` writes to report.json. It
 * writes no file.
 */
import { loadRunConfig } from "../config/load.ts";
import type { RunConfig } from "../config/run-config.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { diagnose } from "../doctor/doctor.ts";
import { openEngine } from "../engine/engine.ts";
import { buildReport } from "../report/build.ts";
import type { Report } from "../report/model.ts";
import type { CaseResult } from "../suites-kit/runner.ts";

/** What a programmatic run takes; everything is optional (the defaults are those of `run`). */
export interface RunConformanceConfig {
  /** `"sim"` (the embedded simulator, the default) or the base URL of a target. */
  target?: string;
  /** The surfaces to run (default every surface). */
  surfaces?: Surface[];
  /** Property runs per case (default 3). */
  runs?: number;
  /** The fast-check seed (default 42). */
  seed?: number;
  /** Only this case id (ids are in the report). */
  caseId?: string;
  /** Credentials for every surface; else, for a URL target, the clouds' standard variables. */
  account?: { accessKeyId: string; secret: string };
  /** Fixtures file (JSON or YAML) of a URL target without a control plane. */
  fixtures?: string;
  /** Run the cases that change state on a target that is not the embedded simulator. */
  allowMutations?: boolean;
  /** SDK mode: a built-in adapter name or the path of an adapter module. */
  client?: string;
  /** Where relative paths are resolved (default the working directory). */
  cwd?: string;
}

/** The run configuration of `config`: its fields are the flags of `eni-conformance run`. */
function resolveConfig(config: RunConformanceConfig): RunConfig {
  const cwd = config.cwd ?? process.cwd();
  const argv = [
    ...(config.target !== undefined ? ["--target", config.target] : []),
    ...(config.surfaces ?? []).flatMap((s) => ["--surface", s]),
    ...(config.runs !== undefined ? ["--runs", String(config.runs)] : []),
    ...(config.seed !== undefined ? ["--seed", String(config.seed)] : []),
    ...(config.caseId !== undefined ? ["--case", config.caseId] : []),
    ...(config.account ? ["--account", `${config.account.accessKeyId}:${config.account.secret}`] : []),
    ...(config.fixtures !== undefined ? ["--fixtures", config.fixtures] : []),
    ...(config.allowMutations ? ["--allow-mutations"] : []),
    ...(config.client !== undefined ? ["--client", config.client] : []),
  ];
  return loadRunConfig({ argv, env: process.env, cwd });
}

/**
 * Run the conformance suite in this process and return the canonical report
 * (`schemas/report.schema.json`; the `report.json` of `eni-conformance run`). Against the embedded
 * simulator nothing leaves the machine; against a URL target the doctor's preflight runs first, and
 * a target that is not ready gives a report with its diagnosis and no case run.
 *
 * Throws a `SuiteError` (code `ENIC_CONFIG`, ...) when the configuration is wrong; a case that
 * could not give a verdict is an `errored` case in the report, never a throw.
 *
 * @example
 * ```ts
 * import { runConformance } from "eni-conformance";
 *
 * const report = await runConformance({ surfaces: ["tencent-v3"], runs: 1 });
 * const { passed, failed, skipped, errored } = report.summary;
 * console.log({ passed, failed, skipped, errored }, report.coverage.rules);
 * if (failed > 0 || errored > 0) process.exitCode = 1;
 * ```
 */
export async function runConformance(config: RunConformanceConfig = {}): Promise<Report> {
  const resolved = resolveConfig(config);
  const meta = {
    target: resolved.target,
    seed: resolved.seed,
    runs: resolved.runs,
    surfaces: resolved.surfaces,
  };
  if (resolved.target !== "sim") {
    const diagnosis = await diagnose(resolved, { beforeRun: true });
    if (!diagnosis.ok) return buildReport([], { ...meta, diagnosis });
  }
  const engine = await openEngine(resolved);
  const results: CaseResult[] = [];
  try {
    for (const item of engine.items) results.push(await engine.run(item));
  } finally {
    await engine.close();
  }
  return buildReport(results, meta);
}
