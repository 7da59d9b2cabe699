/**
 * Running the conformance suite (suites/conformance.test.ts) with vitest, programmatically: the run
 * configuration is provided to the workers as one value (per worker group, its own surfaces), the
 * case results come back through the reporter, and a first Ctrl-C cancels the run after the case in
 * flight. vitest's own signal handlers end the process on the first signal; a run must restore its
 * fixtures first, so they are removed as soon as vitest has started (before the run announces itself).
 */
import type { RunConfig } from "../../config/run-config.ts";
import { PROJECT_ROOT, type Surface } from "../../contracts/surfaces.ts";
import { PROVIDED_CONFIG } from "../../engine/vitest-context.ts";
import { CaseCollector } from "../../report/vitest-reporter.ts";
import type { CaseResult } from "../../suites-kit/runner.ts";
import type { Interrupt } from "./interrupt.ts";

/** The suite every run executes (the engine decides per item what it does). */
const SUITE_FILE = "suites/conformance.test.ts";

/**
 * Run the suite over `groups` of surfaces (one vitest project, hence one worker, per group) and
 * return the results; `ready` is called once vitest is set up and signals are the run's alone.
 */
export async function runSuites(
  config: RunConfig,
  groups: readonly Surface[][],
  interrupt: Interrupt,
  ready: () => void,
): Promise<CaseResult[]> {
  const collector = new CaseCollector();
  const { createVitest } = await import("vitest/node");
  const vitest = await createVitest("test", {
    root: PROJECT_ROOT,
    run: true,
    watch: false,
    reporters: ["dot", collector],
    passWithNoTests: false,
    // Each worker group loads the suite in a fresh module graph of its own, whatever the project's
    // vitest.config.ts says for its own tests.
    isolate: true,
    provide: { [PROVIDED_CONFIG]: config },
    ...(groups.length > 1
      ? {
          projects: groups.map((group) => ({
            extends: true as const,
            test: {
              name: group.join("+"),
              include: [SUITE_FILE],
              provide: { enic: { ...config, surfaces: group } },
            },
          })),
        }
      : {}),
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const listener of process.listeners(signal))
      if (listener !== interrupt.handler) process.off(signal, listener);
  }
  const cancel = () => void vitest.cancelCurrentRun("keyboard-input");
  interrupt.onStop(cancel);
  // A cancel that arrives while vitest is still collecting the suite is not seen by it: repeat it as
  // soon as a case is about to run.
  collector.onCaseReady = () => {
    if (interrupt.interrupted) cancel();
  };
  ready();
  try {
    if (!interrupt.interrupted) await vitest.start([SUITE_FILE]);
  } finally {
    await vitest.close();
  }
  return collector.results;
}
