/**
 * The library API as a user calls it: the simulator started in-process with its control plane
 * (every call a real HTTP request), and `runConformance` giving the very report that
 * `eni-conformance run` writes to report.json.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../client/client.ts";
import { reportErrors } from "../report/validate.ts";
import { cli } from "../testing/cli.ts";
import { runConformance } from "./run-conformance.ts";
import { type StartedSimulator, startSimulator } from "./simulator.ts";

describe("startSimulator", () => {
  let sim: StartedSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ accounts: [{ accessKeyId: "AKIDlib", secret: "lib-secret" }] });
  });
  afterAll(() => sim.close());

  const client = (region: string) =>
    createClient({
      surface: "tencent-v3",
      baseUrl: sim.url,
      credentials: { accessKeyId: "AKIDlib", secret: "lib-secret" },
      region,
      retry: false,
    });

  it("serves on 127.0.0.1 and gives the fixtures of a surface through its control plane", async () => {
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
    expect(await sim.control.health()).toBe(true);
    const fixtures = await sim.control.fixtures("tencent-v3");
    expect(fixtures.surface).toBe("tencent-v3");
    expect(fixtures.roles["eni.available"]).toMatch(/^eni-/);
  });

  it("changes the world with a call, logs it, and puts the seed world back on reset", async () => {
    const { region, roles } = await sim.control.fixtures("tencent-v3");
    const attach = {
      NetworkInterfaceId: roles["eni.available"] ?? "",
      InstanceId: roles["instance.running"] ?? "",
    };
    const seed = JSON.stringify(await sim.control.state());
    expect("data" in (await client(region).call("AttachNetworkInterface", attach))).toBe(true);
    expect(JSON.stringify(await sim.control.state())).not.toBe(seed);
    const log = await sim.control.requests();
    expect(log.at(-1)).toMatchObject({
      surface: "tencent-v3",
      operation: "AttachNetworkInterface",
      status: 200,
    });
    // The journal's filters, and the change the call made.
    const [last] = await sim.control.requests({
      surface: "tencent-v3",
      operation: "AttachNetworkInterface",
      limit: 1,
    });
    expect(last?.verdict).toMatchObject({
      signature: "verified",
      stage: "served",
      change: expect.stringMatching(/^started task /),
    });
    expect(await sim.control.requests({ since: last?.seq ?? 0 })).toEqual([]);
    await sim.control.reset();
    expect(JSON.stringify(await sim.control.state())).toBe(seed);
  });

  it("sets an account's policy, faults and deviations, and refuses bad input with the control plane's reason", async () => {
    const { region, roles } = await sim.control.fixtures("tencent-v3");
    const attach = {
      NetworkInterfaceId: roles["eni.available"] ?? "",
      InstanceId: roles["instance.running"] ?? "",
    };
    await sim.control.setPolicy("AKIDlib", "read");
    const refused = await client(region).call("AttachNetworkInterface", attach);
    expect("error" in refused && refused.error.code).toBe("AuthFailure.UnauthorizedOperation");
    await sim.control.setPolicy("AKIDlib", "all");
    expect((await sim.control.setFaults({ latencyMs: 5 })).latencyMs).toBe(5);
    await sim.control.setFaults({ latencyMs: 0 });
    await expect(sim.control.enableDeviations(["no-such-deviation"])).rejects.toThrow(
      /control plane PUT \/_sim\/deviations: HTTP 400: .*no-such-deviation/,
    );
    await sim.control.setProgress("immediate");
    await sim.control.setClock("2026-11-21T23:53:20Z");
    await sim.control.setClock("real");
    await sim.control.reset();
  });
});

describe("runConformance", () => {
  it("returns the report that `eni-conformance run` writes, without writing a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "enic-api-run-"));
    const [report, command] = await Promise.all([
      runConformance({ surfaces: ["jdcloud-vm"], runs: 1, seed: 7 }),
      cli(["run", "--surface", "jdcloud-vm", "--runs", "1", "--seed", "7", "--report-dir", dir]),
    ]);
    expect(command.code, command.stderr).toBe(0);
    expect(reportErrors(report)).toEqual([]);
    expect(report.summary.passed).toBeGreaterThan(0);
    expect(report.run).toEqual({ target: "sim", seed: 7, runs: 1, surfaces: ["jdcloud-vm"] });
    expect(`${JSON.stringify(report, null, 2)}\n`).toBe(readFileSync(join(dir, "report.json"), "utf8"));
  });

  it("refuses a wrong configuration with the run's own message", async () => {
    await expect(runConformance({ surfaces: ["no-such-surface" as "jdcloud-vm"] })).rejects.toThrow(
      /unknown surface no-such-surface/,
    );
  });
});
