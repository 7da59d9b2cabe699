/**
 * The conformance run from code: every documented case of one surface against the embedded
 * simulator, one property run each, and the canonical report (what `eni-conformance run` writes to
 * report.json) as the result.
 */
import { runConformance } from "eni-conformance";

const report = await runConformance({ surfaces: ["tencent-v3"], runs: 1 });
const { passed, failed, skipped, errored } = report.summary;
const rules = report.coverage.rules;
console.log(
  `${passed} passed, ${failed} failed, ${skipped} skipped, ${errored} errored; rules ${rules.covered}/${rules.total}`,
);
for (const c of report.cases.filter((x) => x.status === "failed"))
  console.log(`failed: ${c.id} (${c.citation})`);
if (failed > 0 || errored > 0) process.exitCode = 1;
