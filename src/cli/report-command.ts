/**
 * `eni-conformance report`: commands over written reports.
 *
 * - `report --update-baseline [--from FILE] [--baseline FILE]` records the report's failed cases as
 *   the baseline of known failures (default reports/latest/report.json → reports/baseline.json),
 *   keeping the reason and expiry of entries that remain; written atomically. Exit 0, 2 on bad input.
 * - `report diff A.json B.json` lists the cases whose status changed from A to B, and those added or
 *   removed. Exit 0 when nothing changed, 1 when something did, 2 when a file is not a valid report.
 * - `report merge DIR A.json B.json ...` merges the reports of shards into one and writes report.json,
 *   junit.xml, report.md and report.html into DIR. Exit 0, 1 when the merged report has failures,
 *   2 on bad input.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isSuiteError } from "../core/errors.ts";
import { type Baseline, baselineJson, readBaseline, updateBaseline } from "../report/baseline.ts";
import { diffReports, diffText, hasChanges } from "../report/diff.ts";
import { reportHtml } from "../report/html.ts";
import { junitXml } from "../report/junit.ts";
import { reportMarkdown } from "../report/markdown.ts";
import { mergeReports } from "../report/merge.ts";
import type { Report } from "../report/model.ts";
import { reportErrors } from "../report/validate.ts";
import { writeAtomic, writeFiles } from "../report/write.ts";

export const REPORT_USAGE = `usage: eni-conformance report --update-baseline [--from reports/latest/report.json] [--baseline reports/baseline.json]
       eni-conformance report diff A.json B.json
       eni-conformance report merge DIR A.json B.json ...`;

const OPTIONS = {
  "update-baseline": { type: "boolean", default: false },
  from: { type: "string" },
  baseline: { type: "string" },
} as const;

/** A report file read and validated against its schema: the report, or why it cannot be used. */
export function loadReport(file: string): { report: Report } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return { problem: `cannot read ${file}: ${(error as Error).message}` };
  }
  const errors = reportErrors(data);
  return errors.length > 0
    ? { problem: [`${file} is not a valid report:`, ...errors.map((e) => `  ${e}`)].join("\n") }
    : { report: data as Report };
}

function fail(message: string, usage = false): number {
  process.stderr.write(`eni-conformance report: ${message}\n${usage ? `${REPORT_USAGE}\n` : ""}`);
  return 2;
}

function diffCommand(files: string[]): number {
  const [a, b] = files;
  if (files.length !== 2 || a === undefined || b === undefined) {
    return fail("diff takes two report files", true);
  }
  const first = loadReport(a);
  const second = loadReport(b);
  if ("problem" in first || "problem" in second) {
    return fail([first, second].flatMap((l) => ("problem" in l ? [l.problem] : [])).join("\n"));
  }
  const diff = diffReports(first.report, second.report);
  process.stdout.write(`report diff ${a} → ${b}\n${diffText(diff)}`);
  return hasChanges(diff) ? 1 : 0;
}

function updateBaselineCommand(from: string | undefined, to: string | undefined): number {
  const fromFile = from ?? resolve("reports/latest/report.json");
  const toFile = to ?? resolve("reports/baseline.json");
  const shownTo = to ?? "reports/baseline.json";
  const loaded = loadReport(fromFile);
  if ("problem" in loaded) return fail(loaded.problem);
  let previous: Baseline | undefined;
  try {
    previous = existsSync(toFile) ? readBaseline(toFile) : undefined;
  } catch (error) {
    if (isSuiteError(error)) return fail(error.message);
    throw error;
  }
  const update = updateBaseline(loaded.report, previous);
  writeAtomic(toFile, baselineJson(update.baseline));
  const list = (name: string, ids: string[]) => (ids.length > 0 ? [`  ${name}: ${ids.join(", ")}`] : []);
  const errored = loaded.report.cases.filter((c) => c.status === "errored").length;
  process.stdout.write(
    [
      `wrote ${shownTo}: ${update.baseline.knownFailures.length} known failure(s)`,
      ...list("added", update.added),
      ...list("kept", update.kept),
      ...list("removed", update.removed),
      ...(errored > 0
        ? [`  note: ${errored} case(s) errored in the report; errors are harness problems, never baselined`]
        : []),
      "",
    ].join("\n"),
  );
  return 0;
}

function mergeCommand(args: string[]): number {
  const [dir, ...files] = args;
  if (dir === undefined || files.length === 0)
    return fail("merge takes an output folder and report files", true);
  const loaded = files.map(loadReport);
  const problems = loaded.flatMap((l) => ("problem" in l ? [l.problem] : []));
  if (problems.length > 0) return fail(problems.join("\n"));
  let merged: Report;
  try {
    merged = mergeReports(loaded.map((l) => (l as { report: Report }).report));
  } catch (error) {
    return fail((error as Error).message);
  }
  writeFiles(dir, {
    "report.json": `${JSON.stringify(merged, null, 2)}\n`,
    "junit.xml": junitXml(merged),
    "report.md": reportMarkdown(merged),
    "report.html": reportHtml(merged),
  });
  const s = merged.summary;
  process.stdout.write(
    `merged ${files.length} reports into ${dir}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, ${s.errored} errored\n`,
  );
  return s.errored > 0 ? 2 : s.failed > 0 ? 1 : 0;
}

/** Run `report`; returns the exit code. */
export function reportCommand(argv: string[]): number {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return fail((error as Error).message, true);
  }
  const { values, positionals } = parsed;
  const [sub, ...rest] = positionals;
  if (sub === "diff") {
    if (values["update-baseline"] || values.from || values.baseline) {
      return fail("diff takes no options", true);
    }
    return diffCommand(rest);
  }
  if (sub === "merge") return mergeCommand(rest);
  if (sub !== undefined) return fail(`unknown subcommand "${sub}"`, true);
  if (!values["update-baseline"]) return fail("nothing to do", true);
  return updateBaselineCommand(values.from, values.baseline);
}
