/**
 * A run against a faulty target (latency, the cloud's internal errors, dropped connections, the
 * documented throttling) still completes: transient answers are retried and reported as retried,
 * a case whose outcome cannot be established is `errored` with the reason (never `passed`, never
 * `failed`), and the target's state after the run equals the state before it.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterAll, describe, expect, it } from "vitest";
import { cli, saveFixtures, startSimProcess, stopChildren } from "./test-support.ts";

afterAll(stopChildren);

describe("a run against a faulty target", () => {
  it("completes, retries transient answers, never fails a case because of a fault, and leaves the state as it was", async () => {
    const url = await startSimProcess();
    const file = await saveFixtures(url);
    const before = await (await request(`${url}/_sim/state`)).body.text();
    await request(`${url}/_sim/faults`, {
      method: "PUT",
      body: JSON.stringify({ latencyMs: 5, errorRate: 0.15, dropRate: 0.05, throttle: "documented" }),
    });
    const dir = mkdtempSync(join(tmpdir(), "enic-faults-report-"));
    const { code } = await cli([
      ...["run", "--target", url, "--account", "AKIDtest:testkey", "--fixtures", file, "--allow-mutations"],
      ...[
        "--runs",
        "1",
        "--surface",
        "tencent-v3",
        "--surface",
        "jdcloud-vm",
        "--seed",
        "5",
        "--report-dir",
        dir,
      ],
    ]);
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
