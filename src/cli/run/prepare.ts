/**
 * Everything `run` checks before anything runs, so that a mistake is a harness error (exit 2) with
 * a clear message, never a run that fails the target: the case asked for exists, the worker split is
 * possible, the baseline reads, the contracts load and hold, cassette options fit together (a
 * playback takes the recorded run's target, seed, runs and surfaces), and in SDK mode the adapter
 * loads and speaks a chosen surface against the embedded simulator. Against a real target it also
 * builds the plan printed before any state changes.
 */
import type { RunConfig } from "../../config/run-config.ts";
import { buildContractReport, contractsOk } from "../../contracts/contract-report.ts";
import type { Surface } from "../../contracts/surfaces.ts";
import { SuiteError } from "../../core/errors.ts";
import { playbackConfig, runAdapter } from "../../engine/engine.ts";
import { type Baseline, readBaseline } from "../../report/baseline.ts";
import { listCases } from "../../suites-kit/cases.ts";
import { planText } from "../../suites-kit/plan.ts";
import { createTarget, type Fixtures } from "../../suites-kit/target.ts";
import { cachedContractReport } from "./contract-cache.ts";
import { workerGroups } from "./workers.ts";

/** A run ready to start. */
export interface PreparedRun {
  /** The configuration to run (a playback's, or SDK mode's surfaces narrowed to the adapter's). */
  config: RunConfig;
  groups: Surface[][];
  contracts: ReturnType<typeof buildContractReport>;
  baseline?: Baseline;
}

const problem = (message: string): never => {
  throw new SuiteError("ENIC_CONFIG", message);
};

/** Check a run's configuration and settle what it runs. Throws SuiteError with the message to print. */
export async function prepareRun(given: RunConfig): Promise<PreparedRun> {
  let config = given;
  if (config.caseId !== undefined && config.client === undefined) {
    if (!listCases(config.surfaces).some((c) => c.id === config.caseId))
      problem(`no case ${config.caseId} on ${config.surfaces.join(", ")} (case ids are in report.json)`);
  }
  workerGroups(config);
  const baseline = config.baseline === undefined ? undefined : readBaseline(config.baseline);
  // The contracts first: a broken catalogue is a harness error, not a target's failure.
  let contracts: ReturnType<typeof buildContractReport>;
  try {
    contracts = cachedContractReport(buildContractReport);
  } catch (error) {
    return problem(`the contracts could not be loaded: ${(error as Error).message}`);
  }
  if (!contractsOk(contracts)) problem("the contracts have problems (eni-conformance contracts shows them)");
  if (config.record !== undefined && config.playback !== undefined)
    problem("--record and --playback cannot be used together");
  if (config.client !== undefined && (config.record !== undefined || config.playback !== undefined))
    problem("cassettes record the conformance run, not SDK mode: drop --client or the cassette option");
  if (config.transport === "in-process") {
    // An opt-in for the embedded simulator only: nothing else runs in this process.
    if (config.client !== undefined)
      problem(
        "--transport in-process is for the conformance run's own client: SDK mode drives the SDK over real HTTP; drop --transport",
      );
    if (config.playback !== undefined)
      problem("--playback answers every request from the tape, over no transport: drop --transport");
    if (config.target !== "sim")
      problem(
        `--transport in-process reaches the embedded simulator only, not ${config.target}: drop --transport (or --target)`,
      );
  }
  config = playbackConfig(config);
  if (config.client !== undefined) {
    if (config.target !== "sim")
      problem(
        "--client drives an SDK against the embedded simulator only; drop --target (or use --target sim)",
      );
    const adapter = await runAdapter(config).catch((error: Error) => problem(error.message));
    const spoken = config.surfaces.filter((s) => adapter.surfaces.includes(s));
    if (spoken.length === 0)
      problem(`${adapter.name} speaks ${adapter.surfaces.join(", ")}, none of ${config.surfaces.join(", ")}`);
    config = { ...config, surfaces: spoken };
  }
  return { config, groups: workerGroups(config), contracts, ...(baseline ? { baseline } : {}) };
}

/** The plan of a run against a real target, printed before anything changes state. */
export async function stagingPlan(config: RunConfig): Promise<string> {
  const target = await createTarget(config);
  try {
    const fixtures: Partial<Record<Surface, Fixtures | undefined>> = {};
    for (const s of config.surfaces) fixtures[s] = await target.fixtures(s);
    return planText(listCases(config.surfaces), fixtures, {
      target: target.baseUrl,
      runs: config.runs,
      allowMutations: config.allowMutations,
    });
  } finally {
    await target.close();
  }
}
