/**
 * `report.md`: a summary fit for a CI job summary — counts per surface, coverage of rules and error
 * rows, the surface × rule matrix, top failures with their replay commands, and the documentation
 * findings. Pure: (report) => string.
 */
import { PROVENANCE_LABEL } from "../contracts/provenance.ts";
import { type CaseStatus, type Report, type ReportCase, transportWords } from "./model.ts";

const MARK: Record<CaseStatus, string> = { passed: "✅", failed: "❌", skipped: "⏭️", errored: "⚠️" };

/** Where a case's expected outcome comes from, in words (`inferred — see F-042`). */
function provenanceText(c: ReportCase): string {
  const p = c.provenance;
  return `${PROVENANCE_LABEL[p.outcome]}${p.outcome === "inferred" && p.finding ? ` — see ${p.finding}` : ""}`;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** The worst status of several: failed > errored > passed > skipped. */
export function worst(statuses: CaseStatus[]): CaseStatus | undefined {
  for (const s of ["failed", "errored", "passed", "skipped"] as const) if (statuses.includes(s)) return s;
  return undefined;
}

/** The report as markdown. */
export function reportMarkdown(report: Report): string {
  const out: string[] = ["# eni-conformance report", "", ...diagnosisSection(report)];
  const s = report.summary;
  const verdict =
    report.diagnosis && !report.diagnosis.ok
      ? "⛔ not run: the target was not ready"
      : s.failed > 0 && report.severities.error > 0
        ? "❌ failures"
        : s.failed > 0
          ? "⚠️ warnings or advisories only (they fail a run only with --fail-on)"
          : s.errored > 0
            ? "⚠️ harness errors"
            : s.total === 0
              ? "⛔ no cases"
              : "✅ conformant";
  out.push(
    `**${verdict}** — target \`${report.run.target}\`${report.run.transport ? ` over the ${transportWords(report.run.transport)}` : ""}, seed ${report.run.seed}, ${report.run.runs} runs per case.`,
    "",
  );
  out.push("| surface | passed | failed | skipped | errored |", "|---|---|---|---|---|");
  for (const [surface, c] of Object.entries(report.bySurface)) {
    out.push(`| ${surface} | ${c.passed} | ${c.failed} | ${c.skipped} | ${c.errored} |`);
  }
  out.push(`| **total** | ${s.passed} | ${s.failed} | ${s.skipped} | ${s.errored} |`, "");
  if (s.failed > 0) {
    const v = report.severities;
    out.push(
      `Failed cases by their heaviest finding: ${v.error} error, ${v.warning} warning, ${v.advisory} advisory (errors contradict a document or vendor page; warnings only this project's inference or an SDK observation; advisories are SDK behaviour probes).`,
      "",
    );
  }
  const cov = report.coverage;
  out.push(
    `Coverage: rules ${cov.rules.covered}/${cov.rules.total}, provokable error rows ${cov.rows.covered}/${cov.rows.total} (documented rows ${cov.documentedRows.covered}/${cov.documentedRows.total}), response fields ${cov.fields.covered}/${cov.fields.total} (their documented properties ${cov.fieldProperties.covered}/${cov.fieldProperties.total}).`,
    "",
  );
  const rules = [
    ...new Set(report.cases.filter((c) => !c.rule.startsWith("row:")).map((c) => c.rule)),
  ].sort();
  out.push(
    "## Surface × rule",
    "",
    `| rule | ${report.run.surfaces.join(" | ")} |`,
    `|---|${report.run.surfaces.map(() => "---").join("|")}|`,
  );
  for (const rule of rules) {
    const cells = report.run.surfaces.map((surface) => {
      const w = worst(
        report.cases.filter((c) => c.rule === rule && c.surface === surface).map((c) => c.status),
      );
      return w ? MARK[w] : "";
    });
    out.push(`| \`${rule}\` | ${cells.join(" | ")} |`);
  }
  const failures = report.cases.filter((c) => c.status === "failed" || c.status === "errored");
  out.push("", `## Failures (${failures.length})`, "");
  if (failures.length === 0) out.push("None.");
  for (const c of failures.slice(0, 25)) {
    out.push(
      `- ${MARK[c.status]} \`${c.id}\` — ${cell(c.title)} (${cell(c.citation)}); expected ${cell(c.expected)} [${provenanceText(c)}]${c.severity ? ` — **${c.severity}**` : ""}`,
    );
    for (const f of c.findings) out.push(`  - [${f.check}, ${f.severity}] ${cell(f.message)}`);
    if (c.reason) out.push(`  - ${cell(c.reason)}`);
    if (c.status === "failed") out.push(`  - replay: \`${c.replay}\``);
  }
  if (failures.length > 25) out.push(`- … and ${failures.length - 25} more in report.json`);
  out.push(...disciplineSection(report));
  out.push(...sdkSection(report));
  out.push(
    "",
    `## Documentation findings (${report.documentation.length})`,
    "",
    "| id | kind | surfaces | finding |",
    "|---|---|---|---|",
  );
  for (const f of report.documentation)
    out.push(`| ${f.id} | ${f.kind} | ${f.surfaces.join(", ")} | ${cell(f.title)} |`);
  out.push("");
  return out.join("\n");
}

/**
 * Retries of transient answers and time to consistency of the asynchronous state changes, per
 * surface and operation (empty when the run had neither).
 */
/** The doctor's preflight, first: the problems that kept the run from giving verdicts, or its all-clear. */
function diagnosisSection(report: Report): string[] {
  const d = report.diagnosis;
  if (!d) return [];
  const out = [
    `## Diagnosis: ${d.ok ? "✅ the target was ready" : "❌ the target was not ready — no case ran"}`,
    "",
    "| | where | check | checked | result | what to do |",
    "|---|---|---|---|---|---|",
  ];
  const mark = { ok: "✅", warning: "⚠️", problem: "❌", skipped: "–" } as const;
  for (const c of d.checks) {
    out.push(
      `| ${mark[c.status]} | ${c.surface ?? "target"} | ${c.check} | ${cell(c.what)} | ${cell(c.result)} | ${cell(c.fix ?? "")} |`,
    );
  }
  out.push("");
  return out;
}

function disciplineSection(report: Report): string[] {
  const rows = new Map<
    string,
    {
      retries: number;
      calls: number;
      unsettled: number;
      maxPolls: number;
      medianMs: number[];
      maxMs?: number;
    }
  >();
  for (const c of report.cases) {
    if (!c.retries && !c.consistency) continue;
    const key = `${c.surface} | ${c.operation}`;
    const row = rows.get(key) ?? { retries: 0, calls: 0, unsettled: 0, maxPolls: 0, medianMs: [] };
    row.retries += c.retries ?? 0;
    if (c.consistency) {
      row.calls += c.consistency.calls;
      row.unsettled += c.consistency.unsettled;
      row.maxPolls = Math.max(row.maxPolls, c.consistency.maxPolls);
      if (c.consistency.medianMs !== undefined) row.medianMs.push(c.consistency.medianMs);
      if (c.consistency.maxMs !== undefined) row.maxMs = Math.max(row.maxMs ?? 0, c.consistency.maxMs);
    }
    rows.set(key, row);
  }
  if (rows.size === 0) return [];
  const out = [
    "",
    "## Retries and time to consistency",
    "",
    "Async state changes accepted by the target, read back until final (task polls and describes).",
    "",
    "| surface | operation | retries | async changes | not settled | max reads | median ms | max ms |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    const median = r.medianMs.sort((a, b) => a - b)[Math.floor((r.medianMs.length - 1) / 2)];
    out.push(
      `| ${key} | ${r.retries} | ${r.calls} | ${r.unsettled} | ${r.calls ? r.maxPolls : "–"} | ${median ?? "–"} | ${r.maxMs ?? "–"} |`,
    );
  }
  return out;
}

/**
 * SDK mode (`run --client`): per case, what the document promises and what the SDK surfaced
 * (empty when the run drove no SDK).
 */
function sdkSection(report: Report): string[] {
  const cases = report.cases.filter((c) => c.sdk);
  if (cases.length === 0) return [];
  const clients = [...new Set(cases.map((c) => c.sdk?.client))].join(", ");
  const out = [
    "",
    `## SDK: ${clients}`,
    "",
    "What each case's document promises, and what the SDK surfaced (✓ kept, ✗ not kept, ⏭️ not sent).",
    "",
    "| case | promised | surfaced | |",
    "|---|---|---|---|",
  ];
  for (const c of cases) {
    const sdk = c.sdk;
    if (!sdk) continue;
    const mark =
      c.status === "skipped" ? MARK.skipped : c.status === "errored" ? MARK.errored : sdk.ok ? "✓" : "✗";
    out.push(`| \`${c.id}\` | ${cell(sdk.promised)} | ${cell(sdk.surfaced)} | ${mark} |`);
  }
  return out;
}
