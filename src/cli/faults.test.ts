/**
 * A run against a faulty target (latency, the cloud's internal errors, dropped connections, the
 * documented throttling) still completes: transient answers are retried and reported as retried,
 * a case whose outcome cannot be established is `errored` with the reason (never `passed`, never
 * `failed`), and the target's state after the run equals the state before it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterAll, describe, expect, it } from "vitest";
import { fromRoot, SURFACES } from "../contracts/surfaces.ts";

const bin = fromRoot("src/cli/bin.js");
let sim: ChildProcess | undefined;
afterAll(() => {
  sim?.kill("SIGTERM");
});

function startSim(): Promise<string> {
  sim = spawn(process.execPath, [bin, "sim", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    sim?.stdout?.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    sim?.on("exit", (code) => reject(new Error(`sim exited ${code}`)));
  });
}

describe("a run against a faulty target", () => {
  it("completes, retries transient answers, never fails a case because of a fault, and leaves the state as it was", async () => {
    const url = await startSim();
    const fixtures: Record<string, unknown> = {};
    for (const s of SURFACES)
      fixtures[s] = await (await request(`${url}/_sim/fixtures?surface=${s}`)).body.json();
    const file = join(mkdtempSync(join(tmpdir(), "enic-faults-")), "fixtures.json");
    writeFileSync(file, JSON.stringify(fixtures));
    const before = await (await request(`${url}/_sim/state`)).body.text();
    await request(`${url}/_sim/faults`, {
      method: "PUT",
      body: JSON.stringify({ latencyMs: 5, errorRate: 0.15, dropRate: 0.05, throttle: "documented" }),
    });
    const dir = mkdtempSync(join(tmpdir(), "enic-faults-report-"));
    const child = spawn(
      process.execPath,
      [
        bin,
        "run",
        "--target",
        url,
        "--account",
        "AKIDtest:testkey",
        "--fixtures",
        file,
        "--allow-mutations",
        "--runs",
        "1",
      ].concat(["--surface", "tencent-v3", "--surface", "jdcloud-vm", "--seed", "5", "--report-dir", dir]),
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect([0, 2]).toContain(code);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    const failed = report.cases.filter((c: { status: string }) => c.status === "failed");
    expect(
      failed.map((c: { id: string; findings: unknown }) => `${c.id} ${JSON.stringify(c.findings)}`),
    ).toEqual([]);
    expect(report.cases.some((c: { retries?: number }) => (c.retries ?? 0) > 0)).toBe(true);
    for (const c of report.cases.filter((x: { status: string }) => x.status === "errored")) {
      expect(c.reason).toMatch(/could not be established|not reproducible|unreachable|socket|closed/i);
    }
    await request(`${url}/_sim/faults`, {
      method: "PUT",
      body: JSON.stringify({ errorRate: 0, dropRate: 0, latencyMs: 0 }),
    });
    expect(await (await request(`${url}/_sim/state`)).body.text()).toBe(before);
  }, 120_000);
});
