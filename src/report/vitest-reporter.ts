/**
 * A vitest reporter that collects each conformance case's result (surface, operation, rule, error
 * rows, citation, status, findings with the redacted exchange, seed and path, replay command) from
 * the test's metadata, where suites/conformance.test.ts puts it. `eni-conformance run` builds the
 * canonical report from what it collected.
 */
import type { Reporter, TestCase } from "vitest/node";
import type { CaseResult } from "../suites-kit/runner.ts";

/** Collects case results as vitest reports them. */
export class CaseCollector implements Reporter {
  // By case id: a cancelled run reports the cases it finished a second time.
  readonly #results = new Map<string, CaseResult>();
  /** Called as each case is about to run (the run command re-sends a cancel that came too early). */
  onCaseReady: (() => void) | undefined;

  get results(): CaseResult[] {
    return [...this.#results.values()];
  }

  onTestCaseReady(): void {
    this.onCaseReady?.();
  }

  onTestCaseResult(testCase: TestCase): void {
    const meta = testCase.meta() as { enic?: CaseResult };
    if (meta.enic) this.#results.set(meta.enic.id, meta.enic);
  }
}
