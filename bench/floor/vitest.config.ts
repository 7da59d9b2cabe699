/**
 * The start-up floor of the suite benchmark: vitest with the project's pool settings and one test
 * that does nothing, so that `vitest run` with this config costs what vitest itself costs.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["bench/floor/*.floor.ts"],
    pool: "threads",
  },
});
