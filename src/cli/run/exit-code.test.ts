/**
 * The exit code of a run, as a table: what the run found → the code CI sees.
 */
import { describe, expect, it } from "vitest";
import { EXIT, exitCode, type RunOutcome } from "./exit-code.ts";

const clean: RunOutcome = { statuses: ["passed", "skipped"], dirty: [], interrupted: false };

describe("the exit code of a run", () => {
  it.each([
    ["every case passed or was skipped", clean, EXIT.ok],
    ["a case failed", { ...clean, statuses: ["passed", "failed"] }, EXIT.failed],
    [
      "a case failed on an error",
      { ...clean, statuses: ["passed", "failed", "failed"], failures: ["warning", "error"] },
      EXIT.failed,
    ],
    [
      "failures of warnings and advisories only",
      { ...clean, statuses: ["passed", "failed", "failed"], failures: ["warning", "advisory"] },
      EXIT.ok,
    ],
    [
      "a warning, with --fail-on warning",
      { ...clean, statuses: ["failed"], failures: ["warning"], failOn: "warning" },
      EXIT.failed,
    ],
    [
      "an advisory, with --fail-on warning",
      { ...clean, statuses: ["failed"], failures: ["advisory"], failOn: "warning" },
      EXIT.ok,
    ],
    [
      "an advisory, with --fail-on advisory",
      { ...clean, statuses: ["failed"], failures: ["advisory"], failOn: "advisory" },
      EXIT.failed,
    ],
    ["a harness error beats a failure", { ...clean, statuses: ["failed", "errored"] }, EXIT.harness],
    ["no case ran", { ...clean, statuses: [] }, EXIT.harness],
    ["interrupted, everything restored", { ...clean, interrupted: true }, EXIT.interrupted],
    ["interrupted with failures", { ...clean, statuses: ["failed"], interrupted: true }, EXIT.interrupted],
    [
      "a fixture left out of place beats everything but a baseline",
      { ...clean, statuses: ["failed"], dirty: ["x"], interrupted: true },
      EXIT.dirty,
    ],
    ["the baseline decides when there is one", { ...clean, statuses: ["failed"], baselineCode: 0 }, 0],
    ["a baseline's failure", { ...clean, baselineCode: 1 }, 1],
    [
      "stopped because the environment broke, even with fixtures left out of place",
      { ...clean, statuses: ["passed", "errored", "skipped"], dirty: ["x"], stopped: true },
      EXIT.harness,
    ],
    ["every case skipped: nothing was checked", { ...clean, statuses: ["skipped", "skipped"] }, EXIT.harness],
    [
      "every case skipped, with --allow-empty",
      { ...clean, statuses: ["skipped"], allowEmpty: true },
      EXIT.ok,
    ],
    ["rule coverage below --min-coverage", { ...clean, ruleCoverage: 79.5, minCoverage: 80 }, EXIT.failed],
    ["rule coverage at --min-coverage", { ...clean, ruleCoverage: 80, minCoverage: 80 }, EXIT.ok],
    [
      "a harness error beats low coverage",
      { ...clean, statuses: ["errored"], ruleCoverage: 10, minCoverage: 80 },
      EXIT.harness,
    ],
  ] as const)("%s", (_name, outcome, want) => {
    expect(exitCode(outcome as RunOutcome)).toBe(want);
  });
});
