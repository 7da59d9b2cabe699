/**
 * The contract report: what the contracts cover (operations, rules, cases, error rows per document),
 * how the documented examples fare against the schemas, the documentation findings, and any
 * catalogue problem. Pure builders and writers; the CLI decides where the files go.
 */
import { checkCatalogue, type Problem, rowCountsByDocument } from "./catalogue.ts";
import { buildCatalogue } from "./catalogue-build.ts";
import { type ExampleResult, validateExamples } from "./examples.ts";
import { loadFindings } from "./findings.ts";
import type { DocumentationFinding } from "./model.ts";
import { primaryOperations } from "./spec.ts";
import { parseAllSpecSources } from "./spec-source.ts";
import { SURFACES, type Surface } from "./surfaces.ts";

/** Coverage figures of one surface. */
export interface SurfaceCoverage {
  surface: Surface;
  operations: string[];
  rules: number;
  cases: number;
  rows: { documented: number; common: number; companion: number; unprovokable: number };
}

/** The whole contract report. */
export interface ContractReport {
  version: 1;
  surfaces: SurfaceCoverage[];
  documentRows: Record<string, number>;
  examples: ExampleResult[];
  findings: Pick<DocumentationFinding, "id" | "kind" | "title" | "surfaces">[];
  problems: Problem[];
  unrecordedMismatches: string[];
}

/** Build the contract report from the specs and findings on disk. */
export function buildContractReport(): ContractReport {
  const specs = parseAllSpecSources();
  const catalogue = buildCatalogue(specs);
  const findings = loadFindings();
  const examples = SURFACES.flatMap((s) => validateExamples(s, specs[s]));
  const recorded = new Set(findings.filter((f) => f.kind === "example-mismatch").map((f) => f.example));
  const surfaces = SURFACES.map((surface): SurfaceCoverage => {
    const rows = catalogue.errorRows.filter((r) => r.surface === surface);
    const entries = catalogue.rules.flatMap((r) => (r.surfaces[surface] ? [r.surfaces[surface]] : []));
    return {
      surface,
      operations: primaryOperations(surface, specs[surface]).map((o) => o.operationId),
      rules: entries.length,
      cases: entries.reduce((n, e) => n + e.cases.length, 0),
      rows: {
        documented: rows.filter((r) => r.kind === "documented").length,
        common: rows.filter((r) => r.kind === "common").length,
        companion: rows.filter((r) => r.kind === "companion").length,
        unprovokable: rows.filter((r) => r.unprovokable !== undefined).length,
      },
    };
  });
  return {
    version: 1,
    surfaces,
    documentRows: rowCountsByDocument(catalogue),
    examples,
    findings: findings.map(({ id, kind, title, surfaces: s }) => ({ id, kind, title, surfaces: s })),
    problems: checkCatalogue(catalogue, findings, specs),
    unrecordedMismatches: examples
      .filter((e) => e.status === "invalid" && !recorded.has(e.id))
      .map((e) => e.id),
  };
}

/** True when the contracts are sound: no catalogue problem and every example mismatch recorded. */
export function contractsOk(report: ContractReport): boolean {
  return report.problems.length === 0 && report.unrecordedMismatches.length === 0;
}

/** The report as markdown, fit for a terminal or a CI job summary. */
export function contractReportMarkdown(report: ContractReport): string {
  const out: string[] = ["# Contract report", ""];
  out.push(contractsOk(report) ? "Contracts are sound." : "**Contracts have problems** (see below).", "");
  out.push(
    "| surface | operations | rules | cases | documented rows | common rows | companion rows | unprovokable |",
  );
  out.push("|---|---|---|---|---|---|---|---|");
  for (const s of report.surfaces) {
    out.push(
      `| ${s.surface} | ${s.operations.join(", ")} | ${s.rules} | ${s.cases} | ${s.rows.documented} | ${s.rows.common} | ${s.rows.companion} | ${s.rows.unprovokable} |`,
    );
  }
  out.push("", "## Error rows per document", "", "| document | rows |", "|---|---|");
  for (const [doc, n] of Object.entries(report.documentRows).sort()) out.push(`| \`${doc}\` | ${n} |`);
  out.push(
    "",
    "## Documented examples against the schemas",
    "",
    "| example | surface | operation | result |",
  );
  out.push("|---|---|---|---|");
  for (const e of report.examples) {
    const result = e.status === "invalid" ? `invalid: ${e.errors.join("; ")}` : e.status;
    out.push(`| \`${e.id}\` | ${e.surface} | ${e.operation} | ${result.replaceAll("|", "\\|")} |`);
  }
  out.push(
    "",
    `## Findings (${report.findings.length})`,
    "",
    "| id | kind | surfaces | title |",
    "|---|---|---|---|",
  );
  for (const f of report.findings)
    out.push(`| ${f.id} | ${f.kind} | ${f.surfaces.join(", ")} | ${f.title} |`);
  if (report.problems.length > 0 || report.unrecordedMismatches.length > 0) {
    out.push("", "## Problems", "");
    for (const p of report.problems) out.push(`- ${p.where}: ${p.problem}`);
    for (const id of report.unrecordedMismatches)
      out.push(`- example ${id} does not validate and has no finding`);
  }
  out.push("");
  return out.join("\n");
}
