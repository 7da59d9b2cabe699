/**
 * `eni-conformance docs [--report FILE] [--out DIR]`: writes the documentation site — per surface its
 * operations, per rule its statement with provenance, cases, a signed example request and the
 * simulator's answer, per document its error table, the findings and a search page — as static,
 * self-contained HTML (default reports/site/). With `--report`, each case shows its status in that
 * report.json. Exit 0 when written, 2 on bad options or an unreadable report.
 */
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Report } from "../report/model.ts";
import { loadReport } from "./report-command.ts";

export const DOCS_USAGE = "usage: eni-conformance docs [--report FILE] [--out DIR]";

/** Run `docs`; resolves to the exit code. */
export async function docsCommand(argv: string[]): Promise<number> {
  let out: string;
  let reportFile: string | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { report: { type: "string" }, out: { type: "string" } },
    });
    // Like every output, in the working directory's reports/ (never inside an installed package).
    out = resolve(values.out ?? join("reports", "site"));
    reportFile = values.report;
  } catch (error) {
    process.stderr.write(`eni-conformance docs: ${(error as Error).message}\n${DOCS_USAGE}\n`);
    return 2;
  }
  const { gatherSiteData, renderSite, writeSite } = await import("../docs-site/site.ts");
  let report: Report | undefined;
  if (reportFile !== undefined) {
    const loaded = loadReport(reportFile);
    if ("problem" in loaded) {
      process.stderr.write(`eni-conformance docs: ${loaded.problem}\n`);
      return 2;
    }
    report = loaded.report;
  }
  const started = performance.now();
  const pages = renderSite(await gatherSiteData(report));
  writeSite(pages, out);
  const rel = relative(process.cwd(), out);
  const shown = rel === "" || rel.startsWith("..") ? out : rel;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `docs: ${pages.length} pages${report ? `, statuses from ${reportFile}` : ""} -> ${shown}/index.html (${seconds} s)\n`,
  );
  return 0;
}
