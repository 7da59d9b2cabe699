/**
 * Running the conformance suite (suites/conformance.test.ts) with vitest, programmatically: the run
 * configuration is provided to the workers as one value (per worker group, its own surfaces), the
 * case results come back through the reporter, and a first Ctrl-C cancels the run after the case in
 * flight. vitest's own signal handlers end the process on the first signal; a run must restore its
 * fixtures first, so they are removed as soon as vitest has started (before the run announces itself).
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { RunConfig } from "../../config/run-config.ts";
import type { Surface } from "../../contracts/surfaces.ts";
import { PROVIDED_CONFIG } from "../../engine/vitest-context.ts";
import { CaseCollector } from "../../report/vitest-reporter.ts";
import type { CaseResult } from "../../suites-kit/runner.ts";
import type { Interrupt } from "./interrupt.ts";

/**
 * Where the suite lives: the project root in a checkout (`suites/conformance.test.ts`), `dist/` in
 * the published package, where this module and the suite run compiled (`.js`).
 */
const SUITE_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The suite every run executes (the engine decides per item what it does): in a checkout, the one
 * the command line's precompiled bundle holds beside this module (src/cli/compiled.js; this module's
 * `import.meta.dirname` is the bundle's folder, while its `import.meta.url` names the source), which
 * vitest's workers load as plain JavaScript from node_modules, natively; else the sources' (`.ts`,
 * transformed by vitest) or the published package's (`.js`).
 */
function suiteFile(): string {
  const compiled = import.meta.dirname ? join(import.meta.dirname, "conformance.test.mjs") : undefined;
  if (compiled && existsSync(compiled)) return relative(SUITE_ROOT, compiled).split("\\").join("/");
  return `suites/conformance.test.${import.meta.url.endsWith(".js") ? "js" : "ts"}`;
}
const SUITE_FILE = suiteFile();

/**
 * The run's own vitest settings. No vitest config file is read (`config: false`): not the
 * project's own test configuration, and not the one of a project that installed the package.
 */
function runVitestOptions(groups: readonly Surface[][]) {
  return {
    root: SUITE_ROOT,
    config: false as const,
    include: [SUITE_FILE],
    exclude: [],
    run: true,
    watch: false,
    pool: "threads" as const,
    // One worker per group of surfaces, all at once (vitest's default would be one per core but one).
    maxWorkers: Math.max(1, groups.length),
    // Each worker group loads the suite in a fresh module graph of its own.
    isolate: true,
    testTimeout: 60_000,
    passWithNoTests: false,
    // Nothing is written beside the package (vitest's results cache would go to node_modules/.vite).
    cache: false as const,
  };
}

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
    ...runVitestOptions(groups),
    reporters: ["dot", collector],
    provide: { [PROVIDED_CONFIG]: config },
    ...(groups.length > 1
      ? {
          projects: groups.map((group) => ({
            extends: true as const,
            test: {
              name: group.join("+"),
              include: [SUITE_FILE],
              // A project's own exclude would be vitest's default, which leaves out node_modules:
              // where the precompiled suite lives.
              exclude: [],
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
