/**
 * `eni-conformance contracts [--report-dir DIR]`: checks the contracts (specs, rule catalogue,
 * findings, documented examples) and writes contracts.json and contracts.md. Exit code 1 when the
 * contracts have problems, 3 when they cannot be loaded at all (a harness error, not a finding).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildContractReport, contractReportMarkdown, contractsOk } from "../contracts/contract-report.ts";

/** Run `contracts`; resolves to the exit code. */
export async function contractsCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { "report-dir": { type: "string" } } });
  const dir = values["report-dir"] ?? resolve("reports/latest");
  let report: ReturnType<typeof buildContractReport>;
  try {
    report = buildContractReport();
  } catch (error) {
    process.stderr.write(`eni-conformance: the contracts could not be loaded: ${(error as Error).message}\n`);
    return 3;
  }
  const markdown = contractReportMarkdown(report);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "contracts.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, "contracts.md"), markdown);
  for (const s of report.surfaces) {
    process.stdout.write(
      `${s.surface}: ${s.operations.length} operations, ${s.rules} rules, ${s.cases} cases, ` +
        `${s.rows.documented} documented + ${s.rows.common} common + ${s.rows.companion} companion error rows\n`,
    );
  }
  const invalid = report.examples.filter((e) => e.status === "invalid").length;
  process.stdout.write(
    `${report.examples.length} documented examples checked, ${invalid} do not validate (each one a finding); ` +
      `${report.findings.length} findings\n`,
  );
  const ok = contractsOk(report);
  process.stdout.write(ok ? "contracts are sound\n" : markdown.slice(markdown.indexOf("## Problems")));
  process.stdout.write(`wrote ${join(dir, "contracts.json")} and contracts.md\n`);
  return ok ? 0 : 1;
}
