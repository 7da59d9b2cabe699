/**
 * Cassettes: a run against a staging-like target (a standalone simulator without its control plane,
 * with faults on and one catalogued deviation, so there are retries, dropped connections and real
 * failures to record) is recorded with `--record`; with the target gone, `run --playback` re-runs the
 * checks offline and every case has the outcome it had — failures with the same findings. No secret
 * reaches the cassette, and a playback that asks for an exchange the tape does not hold is a harness
 * error, never a pass.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../report/model.ts";
import { cli, saveFixtures, startSimProcess, stopChildren } from "../testing/cli.ts";

const KEY = "AKIDcassette01";
const SECRET = "cas/Secret+Value=42";
const DEVIATION = "tencent-v3:ignore:eni.exists";
const cassette = mkdtempSync(join(tmpdir(), "enic-cassette-"));
let recorded: { code: number | null; report: Report };

function readReport(dir: string): Report {
  return JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as Report;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  const url = await startSimProcess(["--account", `${KEY}:${SECRET}`, "--deviate", DEVIATION]);
  const fixtures = await saveFixtures(url, KEY);
  await request(`${url}/_sim/faults`, {
    method: "PUT",
    body: JSON.stringify({ latencyMs: 2, errorRate: 0.1, dropRate: 0.03, throttle: "documented" }),
  });
  const dir = mkdtempSync(join(tmpdir(), "enic-recorded-"));
  const { code } = await cli([
    ...["run", "--target", url, "--account", `${KEY}:${SECRET}`, "--fixtures", fixtures],
    ...["--allow-mutations", "--no-control-plane", "--runs", "1", "--seed", "7"],
    ...["--surface", "tencent-v3", "--surface", "aliyun-ecs", "--record", cassette, "--report-dir", dir],
  ]);
  recorded = { code, report: readReport(dir) };
  // Offline from here on: the target is gone.
  stopChildren();
}, 180_000);
afterAll(stopChildren);

describe("cassettes", () => {
  it("a recorded run plays back offline with the same case outcomes, failures with the same findings", async () => {
    expect(recorded.report.cases.some((c) => c.status === "failed")).toBe(true);
    expect(recorded.report.cases.some((c) => (c.retries ?? 0) > 0)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "enic-replayed-"));
    const { code, stdout } = await cli(["run", "--playback", cassette, "--report-dir", dir]);
    expect(code).toBe(recorded.code);
    const replayed = readReport(dir);
    const outcome = (r: Report) =>
      r.cases.map((c) => `${c.id} ${c.status} ${c.findings.map((f) => `${f.check}:${f.message}`).join("|")}`);
    expect(outcome(replayed)).toEqual(outcome(recorded.report));
    expect(stdout).toContain(
      `playback: ${replayed.cases.length} of ${replayed.cases.length} cases have the outcome the recording had`,
    );
  }, 120_000);

  it("keeps no secret in the cassette, and masks signatures and the key id in its header", () => {
    const encoded = encodeURIComponent(SECRET);
    for (const file of allFiles(cassette)) {
      const text = readFileSync(file, "utf8");
      expect(text.includes(SECRET) || text.includes(encoded), file).toBe(false);
    }
    const header = JSON.parse(readFileSync(join(cassette, "cassette.json"), "utf8"));
    expect(JSON.stringify(header)).not.toContain(KEY);
    const tape = readFileSync(
      join(cassette, "tapes", readdirSync(join(cassette, "tapes"))[0] as string),
      "utf8",
    );
    expect(tape).toContain("Signature=[REDACTED]");
  });

  it("a playback that leaves the recording is a harness error naming the tape, never a pass", async () => {
    const copy = mkdtempSync(join(tmpdir(), "enic-cassette-cut-"));
    cpSync(cassette, copy, { recursive: true });
    const passed = recorded.report.cases.find(
      (c) => c.status === "passed" && c.surface === "tencent-v3" && c.operation === "AttachNetworkInterface",
    );
    if (!passed) throw new Error("the recorded run has no passed attach case to cut");
    const tape = join(copy, "tapes", `${passed.id.replace(/[^A-Za-z0-9._-]+/g, "_")}.jsonl`);
    const lines = readFileSync(tape, "utf8").split("\n").filter(Boolean);
    writeFileSync(tape, `${lines.slice(0, 1).join("\n")}\n`);
    const dir = mkdtempSync(join(tmpdir(), "enic-replayed-cut-"));
    const { code } = await cli(["run", "--playback", copy, "--case", passed.id, "--report-dir", dir]);
    expect(code).toBe(2);
    const c = readReport(dir).cases.find((x) => x.id === passed.id);
    expect(c?.status).toBe("errored");
    expect(c?.reason).toMatch(/the playback left the recording: tape .* has no answer/);
  }, 60_000);

  it("refuses a directory that is not a cassette, --record with --playback, and the old --replay", async () => {
    const notCassette = mkdtempSync(join(tmpdir(), "enic-not-cassette-"));
    const a = await cli(["run", "--playback", notCassette]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("is not a cassette (no cassette.json)");
    const b = await cli(["run", "--playback", cassette, "--record", notCassette]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("--record and --playback cannot be used together");
    const c = await cli(["run", "--replay", cassette]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("--replay is now --playback DIR");
  }, 60_000);
});
