import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "suites/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
    pool: "threads",
  },
});
