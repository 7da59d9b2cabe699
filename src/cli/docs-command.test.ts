/**
 * `eni-conformance docs` end to end, in a child process: it writes the site (with the statuses of a
 * report of real case results) in seconds, says where, and refuses bad options and a file that is
 * not a report with exit 2.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SURFACES } from "../contracts/surfaces.ts";
import { buildReport } from "../report/build.ts";
import { caseAnchor } from "../report/html-escape.ts";
import { listCases } from "../suites-kit/cases.ts";
import { runCase } from "../suites-kit/runner.ts";
import { createTarget } from "../suites-kit/target.ts";
import { cli } from "../testing/cli.ts";

describe("eni-conformance docs", () => {
  it("writes the site with each case's status from --report, in seconds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "enic-docs-cli-"));
    const target = await createTarget({ target: "sim" });
    const id = "jdcloud-vm/eni.exists#1";
    let reportFile: string;
    try {
      const c = listCases(SURFACES).find((x) => x.id === id);
      if (!c) throw new Error(`no case ${id}`);
      const report = buildReport([await runCase(target, c, { runs: 1, seed: 1 })], {
        target: "sim",
        seed: 1,
        runs: 1,
        surfaces: SURFACES,
      });
      reportFile = join(dir, "report.json");
      writeFileSync(reportFile, JSON.stringify(report));
    } finally {
      await target.close();
    }
    const out = join(dir, "site");
    const r = await cli(["docs", "--report", reportFile, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const m = /^docs: (\d+) pages, statuses from .*report\.json -> .*index\.html \((\d+\.\d) s\)\n$/.exec(
      r.stdout,
    );
    expect(m, r.stdout).not.toBeNull();
    expect(Number(m?.[2])).toBeLessThan(10);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "search.html"))).toBe(true);
    const rule = readFileSync(join(out, "rules", "rule-eni.exists.html"), "utf8");
    const at = rule.indexOf(`id="${caseAnchor(id)}"`);
    expect(rule.slice(at, rule.indexOf("</article>", at))).toContain('data-status="passed"');
  }, 60_000);

  it("refuses a file that is not a report, and unknown options, with exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "enic-docs-cli-"));
    const bad = join(dir, "report.json");
    writeFileSync(bad, JSON.stringify({ version: 1, cases: "none" }));
    const r = await cli(["docs", "--report", bad, "--out", join(dir, "site")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a valid report");
    expect(existsSync(join(dir, "site"))).toBe(false);
    const u = await cli(["docs", "--outt", dir]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain("usage: eni-conformance docs");
    const help = await cli(["help"]);
    expect(help.stdout).toContain("docs [--report FILE] [--out DIR]");
  }, 60_000);
});
