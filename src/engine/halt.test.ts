/**
 * Mid-run, on a simulator played as staging (the run does not use its control plane; the test
 * does, to break the environment under the run): a case that fails because the target deviates
 * stays a failure and the run goes on; a case that fails because the environment broke — here the
 * target's clock jumps 20 minutes ahead, so every signature is stale — is no verdict: it is errored
 * with the doctor's diagnosis, and every later case is not run, with the reason.
 */
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRunConfig } from "../config/load.ts";
import type { RunConfig } from "../config/run-config.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { saveFixtures } from "../testing/cli.ts";
import { type Engine, openEngine, STOPPED } from "./engine.ts";
import type { RunItem } from "./items.ts";

const STAGING = { accessKeyId: "AKIDstaging", secret: "staging-Secret-0001" };
let sim: RunningSimulator;
let engine: Engine;
let cases: RunItem[];
let config: RunConfig;

const control = (path: string, body: unknown) =>
  request(`${sim.url}/_sim/${path}`, { method: "PUT", body: JSON.stringify(body) }).then((r) =>
    r.body.text(),
  );

beforeAll(async () => {
  sim = await startSimulator({ accounts: [STAGING] });
  const fixtures = await saveFixtures(sim.url, STAGING.accessKeyId);
  const argv = ["--target", sim.url, "--account", `${STAGING.accessKeyId}:${STAGING.secret}`];
  argv.push("--fixtures", fixtures, "--allow-mutations", "--no-control-plane", "--surface", "tencent-v3");
  config = loadRunConfig({ argv: [...argv, "--runs", "1"], env: {}, cwd: process.cwd() });
  engine = await openEngine(config);
  cases = engine.items.filter((i) => i.kind === "case");
});
afterAll(async () => {
  await engine?.close();
  await sim?.close();
});

const item = (id: string) => {
  const found = cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

describe("a run whose environment breaks under it", () => {
  it("keeps a deviating target's failure a failure, and goes on", async () => {
    await control("deviations", { enable: ["tencent-v3:ignore:eni.same-zone"] });
    try {
      const failed = await engine.run(item("tencent-v3/eni.same-zone#1"));
      expect(failed.status).toBe("failed");
      expect(failed.reason ?? "").not.toContain(STOPPED);
    } finally {
      await control("deviations", { enable: [] });
    }
    expect((await engine.run(item("tencent-v3/eni.exists#1"))).status).toBe("passed");
  });

  it("stops when the permission to change state is withdrawn mid-run (the read still works)", async () => {
    const withdrawn = await openEngine(config);
    try {
      await control(`accounts/${STAGING.accessKeyId}/policy`, { allow: "read" });
      const spoiled = await withdrawn.run(item("tencent-v3/instance.exists#1"));
      expect(spoiled.status).toBe("errored");
      expect(spoiled.reason).toMatch(new RegExp(`^${STOPPED} tencent-v3 credentials: .*lacks permission`));
      expect((await withdrawn.run(item("tencent-v3/eni.exists#1"))).status).toBe("skipped");
    } finally {
      await control(`accounts/${STAGING.accessKeyId}/policy`, { allow: "all" });
      await withdrawn.close();
    }
  });

  it("stops when the target stops answering past the retry budget", async () => {
    const gone = await startSimulator({ accounts: [STAGING] });
    const fixtures = await saveFixtures(gone.url, STAGING.accessKeyId);
    const argv = ["--target", gone.url, "--account", `${STAGING.accessKeyId}:${STAGING.secret}`];
    argv.push("--fixtures", fixtures, "--allow-mutations", "--no-control-plane", "--surface", "tencent-v3");
    const run = await openEngine(
      loadRunConfig({ argv: [...argv, "--runs", "1"], env: {}, cwd: process.cwd() }),
    );
    try {
      await gone.close();
      const spoiled = await run.run(item("tencent-v3/instance.exists#1"));
      expect(spoiled.status).toBe("errored");
      expect(spoiled.reason).toMatch(new RegExp(`^${STOPPED} tencent-v3 reachability: `));
      expect((await run.run(item("tencent-v3/eni.exists#1"))).status).toBe("skipped");
    } finally {
      await run.close().catch(() => undefined);
    }
  }, 60_000);

  it("stops at the case the broken environment spoiled, with the diagnosis, and runs no later case", async () => {
    await control("clock", { now: new Date(Date.now() + 20 * 60_000).toISOString() });
    try {
      const spoiled = await engine.run(item("tencent-v3/instance.exists#1"));
      expect(spoiled.status).toBe("errored");
      expect(spoiled.findings).toEqual([]);
      expect(spoiled.reason).toMatch(
        new RegExp(
          `^${STOPPED} tencent-v3 clock: .*stale.*the target's clock is (19 min 5\\d|20 min \\d) s ahead`,
        ),
      );
      const later = await engine.run(item("tencent-v3/eni.exists#1"));
      expect(later.status).toBe("skipped");
      expect(later.reason).toMatch(/^not run: the run stopped earlier \(tencent-v3 clock: /);
    } finally {
      await control("clock", { real: true });
    }
  });
});
