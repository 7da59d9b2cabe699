import { defineConfig } from "vitest/config";

/** The consumer test packs and installs the whole package: it runs alone, after every other test. */
const PACKAGE_TEST = "src/cli/package.test.ts";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // A set-up that starts simulators or runs cases waits on a shared, busy machine too.
    hookTimeout: 60_000,
    pool: "threads",
    // Test files share a worker's module graph (they import the same catalogue, schemas and
    // simulator; loading them once per file was half of the suite's CPU). No test may rely on a
    // fresh module state: the run configuration is injected and the cassette is an object.
    isolate: false,
    // The slowest test files mostly wait — on child processes, standalone simulators and faults'
    // backoff — so four workers on a 2-core machine finish in well under half the time of two.
    maxWorkers: 4,
    // Pact's usage tracking stays off wherever a test loads it: nothing leaves the machine.
    env: { PACT_DO_NOT_TRACK: "true" },
    projects: [
      {
        extends: true,
        test: {
          name: "project",
          include: ["src/**/*.test.ts", "suites/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: [PACKAGE_TEST],
        },
      },
      {
        // Its build, install and commands would otherwise take the CPU from timing-sensitive tests.
        extends: true,
        test: { name: "package", include: [PACKAGE_TEST], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
