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
  readonly results: CaseResult[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const meta = testCase.meta() as { enic?: CaseResult };
    if (meta.enic) this.results.push(meta.enic);
  }
}
