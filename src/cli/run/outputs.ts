/**
 * What a run writes and prints at its end: the report files (report.json, junit.xml, report.md,
 * report.html, contracts.json, contracts.md) into `--report-dir` or `reports/<run id>/` and
 * `reports/latest/` of the working directory, the GitHub step summary, the copy of report.json a recorded cassette keeps, the
 * comparison of a played-back run with its recording, and the leak check's lines.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RunConfig } from "../../config/run-config.ts";
import { type buildContractReport, contractReportMarkdown } from "../../contracts/contract-report.ts";
import { reportHtml } from "../../report/html.ts";
import { junitXml } from "../../report/junit.ts";
import { reportMarkdown } from "../../report/markdown.ts";
import type { Report } from "../../report/model.ts";
import { writeFiles, writeRun } from "../../report/write.ts";
import type { LeakReport } from "../../suites-kit/leak-check.ts";

/** The files a run writes, by name. */
export function reportFiles(
  report: Report,
  contracts: ReturnType<typeof buildContractReport>,
): Record<string, string> {
  return {
    "report.json": `${JSON.stringify(report, null, 2)}\n`,
    "junit.xml": junitXml(report),
    "report.md": reportMarkdown(report),
    "report.html": reportHtml(report),
    "contracts.json": `${JSON.stringify(contracts, null, 2)}\n`,
    "contracts.md": contractReportMarkdown(contracts),
  };
}

/** The directory name of a run: the time (to the second) and the seed; the report bodies hold no time. */
function runId(seed: number): string {
  return `${new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}-seed${seed}`;
}

/**
 * Write the files where the run says; returns the line to print. Also appends report.md to the
 * GitHub step summary (`config.stepSummary`, when set) and, for a recorded run, keeps report.json
 * in the cassette.
 */
export function writeOutputs(config: RunConfig, files: Record<string, string>): string {
  let written: string;
  if (config.reportDir) {
    writeFiles(config.reportDir, files);
    written = config.reportDir;
  } else {
    written = writeRun(join(config.cwd, "reports"), runId(config.seed), files);
  }
  if (config.stepSummary) appendFileSync(config.stepSummary, files["report.md"] ?? "");
  const lines = [
    `wrote ${Object.keys(files).join(", ")} to ${written}${config.reportDir ? "" : " and reports/latest/"}`,
  ];
  if (config.record) {
    writeFiles(config.record, { "report.json": files["report.json"] ?? "" });
    lines.push(`recorded the run's exchanges and report.json to ${config.record}`);
  }
  return `${lines.join("\n")}\n`;
}

/** How the played-back outcomes compare with the recorded report (when the cassette has one). */
export function compareWithRecording(report: Report, dir: string): string {
  let recordedReport: Report;
  try {
    recordedReport = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as Report;
  } catch {
    return "playback: the cassette has no report.json to compare with\n";
  }
  const before = new Map(recordedReport.cases.map((c) => [c.id, c.status]));
  const differ = report.cases.filter((c) => before.has(c.id) && before.get(c.id) !== c.status);
  const lines = [
    `playback: ${report.cases.length - differ.length} of ${report.cases.length} cases have the outcome the recording had`,
    ...differ.map((c) => `playback:   ${c.id}: recorded ${before.get(c.id)}, played back ${c.status}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** The leak check's lines: what it restored (stdout) and what is left out of place (stderr). */
export function leakText(target: string, leaks: LeakReport): { out: string; err: string } {
  const out = leaks.restored.map((line) => `leak check: restored ${line}\n`).join("");
  if (leaks.dirty.length === 0)
    return { out: `${out}leak check: every fixture is where the preflight found it\n`, err: "" };
  return {
    out,
    err: `\n!!! LEFT DIRTY on ${target} — put these back by hand:\n${leaks.dirty.map((d) => `!!!   ${d}`).join("\n")}\n`,
  };
}
