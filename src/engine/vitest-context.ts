/**
 * The typed channel between `eni-conformance run` and the vitest suites it starts: the run
 * configuration goes to the workers as one value through vitest's `provide`/`inject`, and each
 * test's result comes back in its task metadata, where the reporter (src/report/vitest-reporter.ts)
 * collects it. Types only: nothing here runs.
 */
import type { RunConfig } from "../config/run-config.ts";
import type { CaseResult } from "../suites-kit/runner.ts";

declare module "vitest" {
  interface ProvidedContext {
    /** The run's configuration (absent in a plain `vitest run`: the suites then use the defaults). */
    enic: RunConfig;
  }
  interface TaskMeta {
    /** The result of the item the test ran. */
    enic?: CaseResult;
  }
}

/** The name the run configuration is provided under (`provide` in the run, `inject` in the suites). */
export const PROVIDED_CONFIG = "enic";
