/**
 * Test support for the report tests: the report of a real run of some surfaces against the
 * embedded simulator, optionally told to deviate.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { listCases } from "../suites-kit/cases.ts";
import { type CaseResult, runCase } from "../suites-kit/runner.ts";
import { createTarget } from "../suites-kit/target.ts";
import { buildReport } from "./build.ts";
import type { Report } from "./model.ts";

/** Run every case of `surfaces` once against a fresh simulator with `deviations` enabled. */
export async function simReport(deviations: string[], surfaces: Surface[], seed = 42): Promise<Report> {
  const target = await createTarget({ target: "sim" });
  try {
    await target.control("PUT", "/_sim/deviations", { enable: deviations });
    const results: CaseResult[] = [];
    for (const c of listCases(surfaces)) results.push(await runCase(target, c, { runs: 1, seed }));
    return buildReport(results, { target: "sim", seed, runs: 1, surfaces });
  } finally {
    await target.close();
  }
}
