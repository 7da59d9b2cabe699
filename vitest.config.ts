import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "suites/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
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
  },
});
