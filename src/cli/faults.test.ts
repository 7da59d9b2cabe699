/**
 * The full suite against a faulty staging-like target — a standalone simulator used without its
 * control plane, with latency, the cloud's internal errors, dropped connections and the documented
 * throttling — still completes: transient answers are retried and reported as retried, a case whose
 * outcome cannot be established is `errored` with the reason (never `passed`, never `failed`), no
 * throttling answer goes unhandled, the time to consistency of the async calls is in the report, and
 * every ENI is where it was before the run.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterAll, describe, expect, it } from "vitest";
import { SURFACES } from "../contracts/surfaces.ts";
import type { Report } from "../report/model.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { COMMON_CODE_DESC } from "../surfaces/tencent-v2/errors.ts";
import { cli, saveFixtures, startSimProcess, stopChildren } from "../testing/cli.ts";

afterAll(stopChildren);

/** Where every ENI is: `id:instance:status` (task history and timestamps may grow; placements not). */
async function placements(url: string): Promise<string[]> {
  const state = JSON.parse(await (await request(`${url}/_sim/state`)).body.text()) as {
    worlds: Record<string, { enis: Record<string, { attachment?: { instanceId: string; status: string } }> }>;
  };
  return Object.values(state.worlds).flatMap((w) =>
    Object.entries(w.enis).map(
      ([id, e]) => `${id}:${e.attachment?.instanceId ?? "-"}:${e.attachment?.status ?? "-"}`,
    ),
  );
}

describe("the full suite against a faulty staging-like target", () => {
  it("completes, retries transient answers, never fails a case because of a fault, and leaves every ENI where it was", async () => {
    const url = await startSimProcess();
    const file = await saveFixtures(url);
    const before = await placements(url);
    await request(`${url}/_sim/faults`, {
      method: "PUT",
      body: JSON.stringify({ latencyMs: 5, errorRate: 0.15, dropRate: 0.05, throttle: "documented" }),
    });
    const dir = mkdtempSync(join(tmpdir(), "enic-faults-report-"));
    const { code, stderr } = await cli([
      ...["run", "--target", url, "--account", "AKIDtest:testkey", "--fixtures", file, "--allow-mutations"],
      ...["--no-control-plane", "--runs", "1", "--seed", "5", "--report-dir", dir],
    ]);
    expect([0, 2], stderr.slice(-2000)).toContain(code);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as Report;
    expect(report.run.surfaces).toEqual([...SURFACES]);
    const failed = report.cases.filter((c) => c.status === "failed");
    expect(failed.map((c) => `${c.id} ${JSON.stringify(c.findings)}`)).toEqual([]);
    expect(report.cases.some((c) => (c.retries ?? 0) > 0)).toBe(true);
    for (const c of report.cases.filter((x) => x.status === "errored")) {
      expect(c.reason).toMatch(/could not be established|not reproducible|unreachable|socket|closed/i);
    }
    // No throttling answer is left unhandled: none shows as a case's outcome.
    for (const c of report.cases) {
      const code = surfaceModule(c.surface as (typeof SURFACES)[number]).errors.error(
        "rate.throttled",
        "",
      ).code;
      // Tencent v2 sends a number and a codeDesc (4400 RequestLimitExceeded).
      const names = [code, COMMON_CODE_DESC[code]].filter((n): n is string => Boolean(n));
      const seen = `${c.reason ?? ""} ${c.findings.map((f) => f.message).join(" ")}`;
      for (const name of names) expect(seen.includes(name), `${c.id}: ${seen}`).toBe(false);
    }
    // Time to consistency of every accepted async change, in milliseconds on a real target.
    const timed = report.cases.filter((c) => c.consistency);
    expect(timed.length).toBeGreaterThan(0);
    for (const c of timed) {
      expect(c.consistency?.maxMs).toBeGreaterThanOrEqual(c.consistency?.medianMs ?? 0);
      expect(c.consistency?.unsettled).toBe(0);
    }
    expect(readFileSync(join(dir, "report.md"), "utf8")).toContain("## Retries and time to consistency");
    await request(`${url}/_sim/faults`, {
      method: "PUT",
      body: JSON.stringify({ errorRate: 0, dropRate: 0, latencyMs: 0 }),
    });
    expect(await placements(url)).toEqual(before);
  }, 300_000);
});
