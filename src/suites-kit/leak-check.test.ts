/**
 * The leak check against a standalone simulator used as a real target would be — without its
 * control plane, fixtures from a file, every change made and undone with real signed calls: an ENI
 * moved out of place is named (restore off, or the run cancelled) or put back (restore on); with a
 * control plane the seed world is restored; and the final check turns a target it cannot reach into
 * a dirty entry saying the check could not run, never into a clean report.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { DEFAULT_ACCOUNT } from "../sim/state.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { finalLeakCheck, leakCheck } from "./leak-check.ts";
import { createTarget, type Fixtures, type Target, type TargetConfig } from "./target.ts";

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

async function sim(): Promise<RunningSimulator> {
  const s = await startSimulator();
  opened.push(s);
  return s;
}

async function target(config: TargetConfig): Promise<Target> {
  const t = await createTarget(config);
  opened.push(t);
  return t;
}

/** The simulator's fixtures of every surface, saved as a fixtures file (test set-up only). */
async function fixturesFile(s: RunningSimulator): Promise<string> {
  const all: Record<string, unknown> = {};
  for (const surface of SURFACES)
    all[surface] = await (await fetch(`${s.url}/_sim/fixtures?surface=${surface}`)).json();
  const file = join(mkdtempSync(join(tmpdir(), "enic-leak-")), "fixtures.json");
  writeFileSync(file, JSON.stringify(all));
  return file;
}

const credentials = Object.fromEntries(SURFACES.map((s) => [s, { ...DEFAULT_ACCOUNT, from: "--account" }]));

/**
 * A URL target over the standalone simulator that never uses its control plane, as a staging run.
 * Unless `inFlight`, the simulator (set up through its control plane, as a test's cloud) settles
 * every change at once, so what a real call changed is what the next read shows.
 */
async function staging(s: RunningSimulator, options: { inFlight?: boolean } = {}): Promise<Target> {
  if (!options.inFlight)
    await fetch(`${s.url}/_sim/progress`, { method: "PUT", body: JSON.stringify("immediate") });
  return target({
    target: s.url,
    noControlPlane: true,
    allowMutations: true,
    credentials,
    fixtures: await fixturesFile(s),
  });
}

/** Attach the detached fixture ENI to the running instance with a real call; returns the sentence the check uses. */
async function misplace(t: Target, surface: Surface): Promise<string> {
  const f = (await t.fixtures(surface)) as Fixtures;
  const eni = f.roles["eni.available"] as string;
  const inst = f.roles["instance.running"] as string;
  const m = surfaceModule(surface).stateCalls;
  const r = await t.client(surface, f.region).callRaw(m.attach, m.params(f, eni, inst));
  expect(r, JSON.stringify("error" in r ? r.error : {})).toHaveProperty("data");
  return `${surface} eni.available ${eni} is on ${inst}, expected detached`;
}

/** Detach the attached fixture ENI from its holder with a real call; returns the sentence the check uses. */
async function unplug(t: Target, surface: Surface): Promise<string> {
  const f = (await t.fixtures(surface)) as Fixtures;
  const eni = f.roles["eni.attached"] as string;
  const holder = f.roles["instance.holder"] as string;
  const m = surfaceModule(surface).stateCalls;
  const r = await t.client(surface, f.region).callRaw(m.detach, m.params(f, eni, holder));
  expect(r, JSON.stringify("error" in r ? r.error : {})).toHaveProperty("data");
  return `${surface} eni.attached ${eni} is detached, expected on ${holder}`;
}

describe("leakCheck without a control plane", () => {
  it.each(SURFACES)(
    "on %s: names a moved ENI with restore off, puts it back with restore on",
    async (surface) => {
      const s = await sim();
      const t = await staging(s);
      expect(await leakCheck(t, [surface], { restore: true })).toEqual({ restored: [], dirty: [] });
      const where = await misplace(t, surface);
      expect(await leakCheck(t, [surface], { restore: false })).toEqual({ restored: [], dirty: [where] });
      // Naming it changed nothing: it is still out of place.
      expect(await leakCheck(t, [surface], { restore: false })).toEqual({ restored: [], dirty: [where] });
      expect(await leakCheck(t, [surface], { restore: true })).toEqual({ restored: [where], dirty: [] });
      expect(await leakCheck(t, [surface], { restore: false })).toEqual({ restored: [], dirty: [] });
    },
  );

  it.each(SURFACES)(
    "on %s: re-attaches an ENI a case detached from where its role says it is",
    async (surface) => {
      const s = await sim();
      const t = await staging(s);
      const where = await unplug(t, surface);
      expect(await leakCheck(t, [surface], { restore: false })).toEqual({ restored: [], dirty: [where] });
      expect(await leakCheck(t, [surface], { restore: true })).toEqual({ restored: [where], dirty: [] });
      expect(await leakCheck(t, [surface], { restore: false })).toEqual({ restored: [], dirty: [] });
    },
  );

  it("restores nothing once the run is cancelled, and names what it left", async () => {
    const s = await sim();
    const t = await staging(s);
    const where = await misplace(t, "jdcloud-vm");
    expect(await leakCheck(t, ["jdcloud-vm"], { restore: true, isCancelled: () => true })).toEqual({
      restored: [],
      dirty: [where],
    });
  });

  it("checks only the surfaces it is given, and skips a surface without fixtures", async () => {
    const s = await sim();
    const t = await staging(s);
    await misplace(t, "tencent-v3");
    expect(await leakCheck(t, ["aliyun-ecs"], { restore: false })).toEqual({ restored: [], dirty: [] });
    const bare = await target({ target: s.url, noControlPlane: true, credentials });
    expect(await leakCheck(bare, ["tencent-v3"], { restore: false })).toEqual({ restored: [], dirty: [] });
  });
});

describe("leakCheck of a change still in flight", () => {
  // A change a case left in flight (the consistency summary counts those) is read until it lands —
  // Tencent v2 and JD Cloud show no binding until it is applied, Aliyun shows the old instance while
  // Detaching — so the check names it instead of calling the fixture clean.
  it.each([
    ["tencent-v2", "attach"],
    ["jdcloud-vm", "attach"],
    ["aliyun-ecs", "detach"],
  ] as const)("on %s: names an ENI whose %s is still in flight", async (surface, move) => {
    const s = await sim();
    const t = await staging(s, { inFlight: true });
    const where = move === "attach" ? await misplace(t, surface) : await unplug(t, surface);
    expect(await leakCheck(t, [surface], { restore: false })).toEqual({ restored: [], dirty: [where] });
  });
});

describe("leakCheck with a control plane", () => {
  it("restores the seed world with restore on, and leaves the world alone with restore off", async () => {
    const s = await sim();
    const staged = await staging(s);
    const where = await misplace(staged, "tencent-v3");
    const planned = await target({ target: s.url, credentials });
    expect(planned.hasControl).toBe(true);
    expect(await leakCheck(planned, ["tencent-v3"], { restore: false })).toEqual({ restored: [], dirty: [] });
    expect(await leakCheck(staged, ["tencent-v3"], { restore: false })).toEqual({
      restored: [],
      dirty: [where],
    });
    expect(await leakCheck(planned, ["tencent-v3"], { restore: true })).toEqual({ restored: [], dirty: [] });
    expect(await leakCheck(staged, ["tencent-v3"], { restore: false })).toEqual({ restored: [], dirty: [] });
  });
});

describe("finalLeakCheck", () => {
  /** The target with its waits skipped (the check's quiet second and its pauses between tries). */
  const hurried = (t: Target, waits: number[]): Target => ({
    ...t,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });

  it("waits a quiet second, then restores what is out of place", async () => {
    const s = await sim();
    const t = await staging(s);
    const where = await misplace(t, "aliyun-ecs");
    const waits: number[] = [];
    const lines: string[] = [];
    const report = await finalLeakCheck(hurried(t, waits), ["aliyun-ecs"], {
      isCancelled: () => false,
      log: (l) => lines.push(l),
    });
    expect(report).toEqual({ restored: [where], dirty: [] });
    expect(waits[0]).toBe(1000);
    expect(lines).toEqual([]);
  });

  it("turns a control plane that has gone away into a dirty entry saying the check could not run", async () => {
    const s = await sim();
    const t = await target({ target: s.url, credentials });
    await s.close();
    const report = await finalLeakCheck(hurried(t, []), ["tencent-v3"], {
      isCancelled: () => false,
      log: () => {},
    });
    expect(report.restored).toEqual([]);
    expect(report.dirty).toHaveLength(1);
    expect(report.dirty[0]).toMatch(/^the leak check could not run: .*ECONNREFUSED/);
  });

  // A read-back refused for its credentials (a revoked or wrong secret) is a harness error, never
  // "not found": a check that could not read its fixtures says so as a dirty entry, never clean.
  it("does not call a target clean when every read is refused (a wrong secret)", async () => {
    const s = await sim();
    const t = await staging(s);
    await misplace(t, "aliyun-ecs");
    const revoked = await target({
      target: s.url,
      noControlPlane: true,
      fixtures: await fixturesFile(s),
      credentials: {
        "aliyun-ecs": { accessKeyId: DEFAULT_ACCOUNT.accessKeyId, secret: "revoked", from: "--account" },
      },
    });
    const report = await finalLeakCheck(hurried(revoked, []), ["aliyun-ecs"], {
      isCancelled: () => false,
      log: () => {},
    });
    expect(report.dirty).toHaveLength(1);
  });

  it("tries twice more, a little apart, when the target keeps failing, then says the check could not run", async () => {
    // A target whose control plane answers its health probe and then fails every call.
    const server = createServer((req, res) => {
      if (req.url === "/_sim/health") res.writeHead(200).end('{"ok":true}');
      else res.writeHead(503).end("unavailable");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    opened.push({ close: () => new Promise((r) => server.close(() => r())) });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const t = await target({ target: url, credentials });
    expect(t.hasControl).toBe(true);
    const waits: number[] = [];
    const lines: string[] = [];
    const report = await finalLeakCheck(hurried(t, waits), ["tencent-v3"], {
      isCancelled: () => false,
      log: (l) => lines.push(l),
    });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^leak check: POST \/_sim\/reset: HTTP 503 unavailable; trying again$/);
    expect(report).toEqual({
      restored: [],
      dirty: ["the leak check could not run: POST /_sim/reset: HTTP 503 unavailable"],
    });
  });

  it("does not try again once the run is cancelled", async () => {
    const server = createServer((req, res) => {
      if (req.url === "/_sim/health") res.writeHead(200).end('{"ok":true}');
      else res.writeHead(503).end("unavailable");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    opened.push({ close: () => new Promise((r) => server.close(() => r())) });
    const t = await target({
      target: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      credentials,
    });
    const waits: number[] = [];
    // Cancelled: no restore, so nothing is called on a control plane; the check itself is clean.
    const report = await finalLeakCheck(hurried(t, waits), ["tencent-v3"], {
      isCancelled: () => true,
      log: () => {},
    });
    expect(report).toEqual({ restored: [], dirty: [] });
    expect(waits).toEqual([1000]);
  });
});
