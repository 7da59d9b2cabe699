/**
 * `eni-conformance replay` end to end, in child processes: a run against a standalone simulator told
 * to deviate writes a report; replaying its failed case with the report's seed and path reproduces
 * the failure (exit 1), replaying a passed case passes (exit 0), and the command refuses what it
 * cannot replay faithfully (exit 2): a URL report without --target, an unknown case id.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../report/build.ts";
import type { Report } from "../report/model.ts";
import { listCases } from "../suites-kit/cases.ts";
import { runCase } from "../suites-kit/runner.ts";
import { createTarget } from "../suites-kit/target.ts";
import { cli, saveFixtures, startSimProcess, stopChildren } from "../testing/cli.ts";
import { similarIds } from "./replay-command.ts";

const FAILED = "tencent-v3/eni.same-zone#1";
afterAll(stopChildren);

const dir = mkdtempSync(join(tmpdir(), "enic-replay-"));

describe("eni-conformance replay", () => {
  let url: string;
  let fixtures: string;
  let reportFile: string;
  let report: Report;
  beforeAll(async () => {
    url = await startSimProcess(["--deviate", "tencent-v3:ignore:eni.same-zone"]);
    fixtures = await saveFixtures(url);
    const reportDir = join(dir, "run");
    const run = await cli([
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
      ...["--surface", "tencent-v3", "--runs", "2", "--report-dir", reportDir],
    ]);
    expect(run.code).toBe(1);
    reportFile = join(reportDir, "report.json");
    report = JSON.parse(readFileSync(reportFile, "utf8"));
  }, 90_000);

  const again = ["--target", "", "--account", "AKIDtest:testkey", "--allow-mutations"];
  const replay = (id: string, extra: string[] = []) =>
    cli(["replay", reportFile, id, ...again.map((w) => w || url), "--fixtures", fixtures, ...extra]);

  it("reproduces the failed case of the deviating run with its seed and path (exit 1)", async () => {
    const failed = report.cases.find((c) => c.id === FAILED);
    expect(failed).toMatchObject({ status: "failed", seed: 42, path: expect.any(String) });
    const { code, stdout } = await replay(FAILED);
    expect(stdout).toContain(`replay ${FAILED} against ${url}: seed 42, path ${failed?.path}, 2 run(s)`);
    expect(stdout).toContain(`FAILED ${FAILED} — rule eni.same-zone`);
    expect(stdout).toContain("[rule-rejection] a request breaking eni.same-zone was accepted");
    expect(code).toBe(1);
  });

  it("passes a case that passed (exit 0)", async () => {
    const passed = report.cases.find(
      (c) => c.status === "passed" && c.operation === "AttachNetworkInterface",
    );
    expect(passed).toBeDefined();
    const { code, stdout } = await replay(passed?.id ?? "");
    expect(stdout).toContain(`PASSED ${passed?.id}`);
    expect(code).toBe(0);
  });

  it("asks for --target again when the report's target is a URL (exit 2): reports hold no credentials", async () => {
    const { code, stderr } = await cli(["replay", reportFile, FAILED]);
    expect(code).toBe(2);
    expect(stderr).toContain(`the report ran against ${new URL(url).origin}; pass --target URL again`);
  });

  it("lists similar ids for an unknown case id (exit 2)", async () => {
    const { code, stderr } = await cli(["replay", reportFile, "tencent-v3/eni.samezone"]);
    expect(code).toBe(2);
    expect(stderr).toContain("no case tencent-v3/eni.samezone in");
    expect(stderr).toContain(`  ${FAILED}`);
  });
});

describe("replay of a report of the embedded simulator", () => {
  it("defaults to the embedded simulator and replays there", async () => {
    const target = await createTarget({ target: "sim" });
    const c = listCases(["tencent-v3"]).find((x) => x.id === FAILED);
    if (!c) throw new Error(`no case ${FAILED}`);
    const result = await runCase(target, c, { runs: 1, seed: 7 }).finally(() => target.close());
    const file = join(dir, "sim-report.json");
    writeFileSync(
      file,
      JSON.stringify(buildReport([result], { target: "sim", seed: 7, runs: 1, surfaces: ["tencent-v3"] })),
    );
    const { code, stdout } = await cli(["replay", file, FAILED]);
    expect(stdout).toContain(`replay ${FAILED} against sim: seed 7, 1 run(s)`);
    expect(stdout).toContain(`PASSED ${FAILED}`);
    expect(code).toBe(0);
  });
});

describe("similarIds", () => {
  const ids = ["tencent-v3/eni.same-zone#1", "tencent-v2/eni.same-zone#1", "aliyun-ecs/auth.signature#1"];
  it.each([
    ["a typo", { given: "tencent-v3/eni.samezone#1", want: "tencent-v3/eni.same-zone#1" }],
    ["a part of the id", { given: "same-zone", want: "tencent-v2/eni.same-zone#1" }],
    ["another surface", { given: "aliyun-ecs/auth.signature#2", want: "aliyun-ecs/auth.signature#1" }],
  ])("finds the closest id for %s", (_name, { given, want }) => {
    expect(similarIds(given, ids, 1)).toEqual([want]);
  });
});
