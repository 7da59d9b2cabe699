import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "suites/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
    pool: "threads",
    // Pact's usage tracking stays off wherever a test loads it: nothing leaves the machine.
    env: { PACT_DO_NOT_TRACK: "true" },
  },
});
