/**
 * The baseline and diff commands end to end, in child processes like a user runs them: `report diff`
 * of a faithful and a deviating run, `report --update-baseline` recording and pruning known failures,
 * and `run --baseline` against a standalone simulator told to deviate (known, new, expired) and
 * against the faithful embedded one (stale).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baselineErrors } from "../report/baseline.ts";
import { cli, saveFixtures, startSimProcess, stopChildren } from "../testing/cli.ts";
import { simReport } from "../testing/report.ts";

const A = "tencent-v3/eni.same-zone#1";
const DEVIATION = "tencent-v3:ignore:eni.same-zone";
afterAll(stopChildren);

const dir = mkdtempSync(join(tmpdir(), "enic-report-command-"));
const file = (name: string, content?: unknown) => {
  const path = join(dir, name);
  if (content !== undefined)
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));

describe("report diff and report --update-baseline", () => {
  let faithful: string;
  let deviating: string;
  beforeAll(async () => {
    faithful = file("faithful.json", await simReport([], ["tencent-v3"]));
    deviating = file("deviating.json", await simReport([DEVIATION], ["tencent-v3"]));
  }, 90_000); // two runs of a surface: slow when the machine is shared

  it("diff lists the case that changed (exit 1), and nothing for the same report (exit 0)", async () => {
    const changed = await cli(["report", "diff", faithful, deviating]);
    expect(changed.stdout).toContain(`${A}: passed → failed`);
    expect(changed.stdout).toContain("1 case(s) changed status, 0 added, 0 removed");
    expect(changed.code).toBe(1);
    const same = await cli(["report", "diff", faithful, faithful]);
    expect(same.stdout).toContain("no case changed status");
    expect(same.code).toBe(0);
  });

  it("diff refuses a file that is not a valid report (exit 2) with the schema errors", async () => {
    const broken = json(faithful);
    delete broken.summary;
    broken.cases[0].status = "flaky";
    const { code, stderr, stdout } = await cli(["report", "diff", file("broken.json", broken), faithful]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("broken.json is not a valid report:");
    expect(stderr).toContain("must have required property 'summary'");
    expect(stderr).toMatch(/\/cases\/0\/status must be equal to one of the allowed values/);
    expect((await cli(["report", "diff", faithful])).code).toBe(2);
  });

  it("--update-baseline records failures, keeps reasons and expiry of entries that remain, prunes the rest", async () => {
    const baseline = file("baseline.json");
    const first = await cli(["report", "--update-baseline", "--from", deviating, "--baseline", baseline]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`added: ${A}`);
    const recorded = json(baseline);
    expect(baselineErrors(recorded)).toEqual([]);
    expect(recorded.knownFailures).toEqual([
      {
        case: A,
        reason:
          "recorded from rule-rejection: a request breaking eni.same-zone was accepted; the documents refuse it",
      },
    ]);
    const edited = {
      version: 1,
      knownFailures: [{ case: A, reason: "vendor ticket 12", expires: "2099-12-31" }],
    };
    file("baseline.json", edited);
    const again = await cli(["report", "--update-baseline", "--from", deviating, "--baseline", baseline]);
    expect(again.stdout).toContain(`kept: ${A}`);
    expect(json(baseline)).toEqual(edited);
    const pruned = await cli(["report", "--update-baseline", "--from", faithful, "--baseline", baseline]);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toContain(`removed: ${A}`);
    expect(json(baseline)).toEqual({ version: 1, knownFailures: [] });
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    file("bad-baseline.json", { version: 1, knownFailures: [{ case: A }] });
    const bad = await cli([
      "report",
      "--update-baseline",
      "--from",
      faithful,
      "--baseline",
      file("bad-baseline.json"),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-baseline\.json is invalid: .*reason/);
  });

  it("without a subcommand or --update-baseline it shows the usage (exit 2)", async () => {
    const { code, stderr } = await cli(["report"]);
    expect(code).toBe(2);
    expect(stderr).toContain("usage: eni-conformance report");
  });
});

describe("run --baseline", () => {
  let url: string;
  let fixtures: string;
  beforeAll(async () => {
    url = await startSimProcess(["--deviate", DEVIATION]);
    fixtures = await saveFixtures(url);
  }, 15_000);

  const deviatingRun = (baseline: unknown) => {
    const path = file(`baseline-${Math.random().toString(36).slice(2)}.json`, baseline);
    return cli([
      ...[
        "run",
        "--target",
        url,
        "--account",
        "AKIDtest:testkey",
        "--fixtures",
        fixtures,
        "--allow-mutations",
      ],
      ...["--case", A, "--runs", "1", "--report-dir", mkdtempSync(join(dir, "run-")), "--baseline", path],
    ]);
  };

  it("exits 0 when the only failure is a known one, and prints what the baseline explained", async () => {
    const { code, stdout } = await deviatingRun({
      version: 1,
      knownFailures: [{ case: A, reason: "vendor ticket 12" }],
    });
    expect(stdout).toContain(`known failure: ${A} — vendor ticket 12`);
    expect(stdout).toContain("1 known failure(s) explained, 0 new, 0 stale, 0 expired");
    expect(code).toBe(0);
  });

  it("exits 1 on a new failure", async () => {
    const { code, stdout } = await deviatingRun({ version: 1, knownFailures: [] });
    expect(stdout).toContain(`new failure: ${A}`);
    expect(code).toBe(1);
  });

  it("exits 1 on an expired entry", async () => {
    const { code, stdout } = await deviatingRun({
      version: 1,
      knownFailures: [{ case: A, reason: "vendor ticket 12", expires: "2000-01-01" }],
    });
    expect(stdout).toContain(`baseline entry expired on 2000-01-01: ${A}`);
    expect(code).toBe(1);
  });

  it("exits 1 when a listed failure passes now (the faithful embedded simulator): the baseline is stale", async () => {
    const baseline = file("stale.json", {
      version: 1,
      knownFailures: [{ case: A, reason: "vendor ticket 12" }],
    });
    const { code, stdout } = await cli([
      ...["run", "--case", A, "--runs", "1", "--report-dir", mkdtempSync(join(dir, "run-"))],
      ...["--baseline", baseline],
    ]);
    expect(stdout).toContain(`baseline is stale: ${A} passes now — remove it`);
    expect(code).toBe(1);
  });

  it("refuses an invalid baseline before running (exit 2)", async () => {
    const { code, stderr, stdout } = await deviatingRun({ version: 2, knownFailures: [] });
    expect(code).toBe(2);
    expect(stderr).toMatch(/baseline .* is invalid/);
    expect(stdout).not.toContain("surface      passed");
  });
});
