/**
 * Test helper of the report tests: the report of a real run of some surfaces against the embedded
 * simulator, optionally told to deviate — run by the case engine, as `eni-conformance run` does.
 */
import { defaultRunConfig } from "../config/load.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { openEngine } from "../engine/engine.ts";
import { buildReport } from "../report/build.ts";
import type { Report } from "../report/model.ts";
import type { CaseResult } from "../suites-kit/runner.ts";

/** Run every item of `surfaces` once against a fresh simulator with `deviations` enabled. */
export async function simReport(deviations: string[], surfaces: Surface[], seed = 42): Promise<Report> {
  const engine = await openEngine({ ...defaultRunConfig(), surfaces, runs: 1, seed });
  try {
    await engine.target?.control("PUT", "/_sim/deviations", { enable: deviations });
    const results: CaseResult[] = [];
    for (const item of engine.items.filter((i) => i.kind === "case")) results.push(await engine.run(item));
    return buildReport(results, { target: "sim", seed, runs: 1, surfaces });
  } finally {
    await engine.close();
  }
}
