/**
 * `eni-conformance run` end to end, in child processes like a user runs it: against a standalone
 * `eni-conformance sim` on a port, with a fixtures file and --allow-mutations, the run passes and the
 * simulator's state after it equals the state before; against a simulator told to deviate, the run
 * fails with exit code 1 and the failure names the rule, the citation, the seed and path, and a
 * replay command that reproduces exactly that case.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { cli, saveFixtures, startSimProcess, stopChildren } from "../testing/cli.ts";

afterEach(stopChildren);

const startSim = startSimProcess;
const run = (args: string[], env: Record<string, string> = {}) => cli(["run", ...args], env);

async function get(url: string): Promise<string> {
  return (await request(url)).body.text();
}

const fixturesFile = saveFixtures;

describe("eni-conformance run against a standalone simulator", () => {
  it("passes with a fixtures file and --allow-mutations, and leaves the state as it found it", async () => {
    const url = await startSim(["--account", "AKIDstaging:staging-secret"]);
    const before = await get(`${url}/_sim/state?account=AKIDstaging`);
    const fixtures = await fixturesFile(url, "AKIDstaging");
    const dir = mkdtempSync(join(tmpdir(), "enic-report-"));
    const { code, stdout } = await run([
      "--target",
      url,
      "--account",
      "AKIDstaging:staging-secret",
      "--fixtures",
      fixtures,
      "--allow-mutations",
      "--runs",
      "1",
      "--surface",
      "tencent-v3",
      "--surface",
      "jdcloud-vm",
      "--report-dir",
      dir,
    ]);
    expect(stdout).toMatch(/total\s+\d+\s+0\s+\d+\s+0/);
    expect(stdout).toMatch(
      /plan for http:\/\/127\.0\.0\.1:\d+ \(1 runs per case\):\n\s+tencent-v3: \d+ cases/,
    );
    expect(code).toBe(0);
    expect(await get(`${url}/_sim/state?account=AKIDstaging`)).toBe(before);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.summary.failed).toBe(0);
    expect(report.run.target).toBe(new URL(url).origin);
    expect(JSON.stringify(report)).not.toContain("staging-secret");
  });

  it("with --no-control-plane (a staging rehearsal) restores every ENI it moved, by its own calls", async () => {
    const url = await startSim([]);
    const attachments = async () => {
      const state = JSON.parse(await get(`${url}/_sim/state`)) as {
        worlds: Record<
          string,
          { enis: Record<string, { attachment?: { instanceId: string; status: string } }> }
        >;
      };
      return Object.values(state.worlds).flatMap((w) =>
        Object.entries(w.enis).map(
          ([id, e]) => `${id}:${e.attachment?.instanceId ?? "-"}:${e.attachment?.status ?? "-"}`,
        ),
      );
    };
    const before = await attachments();
    const fixtures = await fixturesFile(url, "AKIDtest");
    const dir = mkdtempSync(join(tmpdir(), "enic-report-"));
    const { code } = await run([
      ...["--target", url, "--account", "AKIDtest:testkey", "--fixtures", fixtures],
      ...[
        "--allow-mutations",
        "--no-control-plane",
        "--runs",
        "1",
        "--surface",
        "tencent-v3",
        "--surface",
        "aliyun-ecs",
      ],
      ...["--report-dir", dir],
    ]);
    expect(code).toBe(0);
    expect(await attachments()).toEqual(before);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.summary.passed).toBeGreaterThan(40);
    const reasons = report.cases
      .filter((c: { status: string }) => c.status === "skipped")
      .map((c: { reason: string }) => c.reason);
    expect(reasons.some((r: string) => /control plane/.test(r))).toBe(true);
  });

  it("takes target, fixtures and accounts (by environment variable name) from a config file", async () => {
    const url = await startSim(["--account", "AKIDcfg:cfg-secret"]);
    const fixtures = await fixturesFile(url, "AKIDcfg");
    const dir = mkdtempSync(join(tmpdir(), "enic-config-run-"));
    const config = join(dir, "eni-conformance.config.yaml");
    writeFileSync(
      config,
      [
        `target: ${url}`,
        `fixtures: ${fixtures}`,
        "allowMutations: true",
        "runs: 1",
        "surfaces: [jdcloud-vm]",
        "reportDir: report",
        "accounts:",
        "  jdcloud-vm: { accessKeyIdEnv: STAGING_JD_ID, secretEnv: STAGING_JD_KEY }",
      ].join("\n"),
    );
    const { code, stdout } = await run(["--config", config], {
      STAGING_JD_ID: "AKIDcfg",
      STAGING_JD_KEY: "cfg-secret",
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/jdcloud-vm\s+\d+\s+0/);
    const report = JSON.parse(readFileSync(join(dir, "report", "report.json"), "utf8"));
    expect(report.run).toMatchObject({ target: new URL(url).origin, runs: 1, surfaces: ["jdcloud-vm"] });
    const missing = await run(["--config", config]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("set STAGING_JD_ID and STAGING_JD_KEY");
  });

  it("skips state-changing cases without --allow-mutations, with the reason; a run that checked nothing exits 2", async () => {
    const url = await startSim([]);
    const fixtures = await fixturesFile(url, "AKIDtest");
    const dir = mkdtempSync(join(tmpdir(), "enic-report-"));
    const { code, stderr } = await run([
      "--target",
      url,
      "--account",
      "AKIDtest:testkey",
      "--fixtures",
      fixtures,
      "--runs",
      "1",
      "--surface",
      "aliyun-ecs",
      "--report-dir",
      dir,
    ]);
    // Every aliyun-ecs case changes state: none ran, so nothing was checked.
    expect(code).toBe(2);
    expect(stderr).toContain("every case was skipped, so nothing was checked");
    expect(stderr).toContain("--allow-empty");
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    const skipped = report.cases.filter((c: { status: string }) => c.status === "skipped");
    expect(skipped.some((c: { reason: string }) => /--allow-mutations/.test(c.reason))).toBe(true);
    expect(report.summary.passed).toBe(0);
  });

  it("fails (exit 1) against a deviating simulator, naming rule, citation, seed, path and a replay that reproduces it", async () => {
    const url = await startSim(["--deviate", "tencent-v3:ignore:eni.same-zone"]);
    const fixtures = await fixturesFile(url, "AKIDtest");
    const dir = mkdtempSync(join(tmpdir(), "enic-report-"));
    const common = [
      "--target",
      url,
      "--account",
      "AKIDtest:testkey",
      "--fixtures",
      fixtures,
      "--allow-mutations",
    ];
    const { code, stdout } = await run([
      ...common,
      "--runs",
      "2",
      "--surface",
      "tencent-v3",
      "--report-dir",
      dir,
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain("FAILED tencent-v3/eni.same-zone#1");
    expect(stdout).toMatch(
      /replay: npx eni-conformance run --surface tencent-v3 --case 'tencent-v3\/eni\.same-zone#1' --seed 42/,
    );
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    const failed = report.cases.find((c: { id: string }) => c.id === "tencent-v3/eni.same-zone#1");
    expect(failed).toMatchObject({ status: "failed", rule: "eni.same-zone", seed: 42 });
    expect(failed.path).toEqual(expect.any(String));
    expect(failed.findings[0]).toMatchObject({ check: "rule-rejection", rule: "eni.same-zone" });
    // The replay command reproduces exactly that case.
    const replay = String(failed.replay)
      .replace(/^npx eni-conformance run /, "")
      .split(" ")
      .map((w) => w.replace(/^'|'$/g, ""));
    // Credentials are never part of a replay command: the user supplies them again.
    const again = await run([
      ...replay,
      "--account",
      "AKIDtest:testkey",
      "--report-dir",
      mkdtempSync(join(tmpdir(), "enic-replay-")),
    ]);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/total\s+0\s+1\s+0\s+0/);
  });
});

describe("eni-conformance run --workers", () => {
  it("splits the surfaces over workers against the embedded simulator, with the same report as one worker", async () => {
    const dirs = [mkdtempSync(join(tmpdir(), "enic-w1-")), mkdtempSync(join(tmpdir(), "enic-w2-"))];
    const args = ["--runs", "2", "--seed", "7", "--surface", "tencent-v2", "--surface", "jdcloud-vm"];
    const [one, two] = await Promise.all([
      run([...args, "--workers", "1", "--report-dir", dirs[0] as string]),
      run([...args, "--workers", "2", "--report-dir", dirs[1] as string]),
    ]);
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(one.stdout).toMatch(/seed 7\n/);
    expect(two.stdout).toContain("seed 7, 2 workers (tencent-v2 | jdcloud-vm)");
    const reports = dirs.map((d) => readFileSync(join(d, "report.json"), "utf8"));
    expect(JSON.parse(reports[1] as string).summary.total).toBeGreaterThan(40);
    expect(reports[1]).toBe(reports[0]);
  });

  it("refuses more than one worker where the run must stay in one (a real target, SDK mode, one case)", async () => {
    for (const extra of [
      ["--target", "http://127.0.0.1:9"],
      ["--client", "tencentcloud-sdk-nodejs"],
      ["--case", "tencent-v3/action.known#1"],
    ]) {
      const { code, stderr } = await run(["--workers", "2", ...extra]);
      expect(code, stderr).toBe(2);
      expect(stderr).toMatch(/--workers 2: (a real target|SDK mode|one case) runs in one worker/);
    }
    const zero = await run(["--workers", "0"]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain("--workers must be at least 1");
  });
});
