/**
 * A target with the run's cassette: its clients' vendor calls and its control-plane calls go on the
 * tape it is told, the secret masked; played back, it stands in for the recorded target — nothing is
 * started, nothing is called, nothing waits. Without a cassette, tapes change nothing.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Cassette } from "../client/cassette.ts";
import { DEFAULT_ACCOUNT } from "../sim/state.ts";
import { createTarget, type Fixtures, type Target, type TargetConfig } from "./target.ts";

const opened: Target[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

async function target(config: TargetConfig, cassette?: Cassette): Promise<Target> {
  const t = await createTarget(config, cassette);
  opened.push(t);
  return t;
}

describe("a target with a cassette", () => {
  const tmp = () => mkdtempSync(join(tmpdir(), "enic-target-cassette-"));
  const tapeOf = (dir: string, name: string) =>
    readFileSync(join(dir, "tapes", `${name}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { kind: string; shape: string });

  it("records its clients' calls and its control-plane calls on the tape it is told, the secret masked", async () => {
    const dir = tmp();
    const cassette = Cassette.record(dir);
    cassette.writeHeader({
      target: { kind: "sim", origin: "http://127.0.0.1:1", hasControl: true, allowMutations: true },
      run: { seed: 1, runs: 1, surfaces: ["jdcloud-vm"] },
      fixtures: {},
      keys: {},
    });
    const t = await target({ target: "sim" }, cassette);
    expect(t.cassette).toBe(cassette);
    const f = (await t.fixtures("jdcloud-vm")) as Fixtures;
    t.tape("jdcloud-vm/eni.exists#1");
    await t.control("POST", "/_sim/reset");
    const params = { regionId: f.region, networkInterfaceId: f.roles["eni.available"] };
    expect(await t.client("jdcloud-vm", f.region).callRaw("describeNetworkInterface", params)).toHaveProperty(
      "data",
    );
    t.tape("teardown");
    await t.control("GET", "/_sim/health");
    const first = tapeOf(dir, "jdcloud-vm_eni.exists_1");
    expect(first.map((e) => e.kind)).toEqual(["control", "vendor"]);
    expect(first[0]?.shape).toBe("control POST /_sim/reset ");
    expect(tapeOf(dir, "teardown").map((e) => e.shape)).toEqual(["control GET /_sim/health "]);
    for (const name of readdirSync(join(dir, "tapes")))
      expect(readFileSync(join(dir, "tapes", name), "utf8")).not.toContain(DEFAULT_ACCOUNT.secret);
  });

  it("played back, answers from the tape: nothing is started, nothing is called, nothing waits", async () => {
    const dir = tmp();
    const recording = Cassette.record(dir);
    // Closed by the test itself: the playback below runs with no simulator left.
    const live = await createTarget({ target: "sim" }, recording);
    const f = (await live.fixtures("tencent-v3")) as Fixtures;
    recording.writeHeader({
      target: { kind: "sim", origin: live.baseUrl, hasControl: true, allowMutations: true },
      run: { seed: 1, runs: 1, surfaces: ["tencent-v3"] },
      fixtures: { "tencent-v3": f },
      keys: {},
    });
    live.tape("case");
    const params = { NetworkInterfaceIds: [f.roles["eni.available"]] };
    const recorded = await live.client("tencent-v3", f.region).callRaw("DescribeNetworkInterfaces", params);
    const state = await live.control("GET", "/_sim/progress");
    await live.close();

    const played = await target({ target: "sim" }, Cassette.playback(dir));
    expect(played).toMatchObject({ kind: "sim", baseUrl: live.baseUrl, hasControl: true });
    expect(await played.fixtures("tencent-v3")).toEqual(f);
    played.tape("case");
    const again = await played.client("tencent-v3", f.region).callRaw("DescribeNetworkInterfaces", params);
    expect(again.response.body).toBe(recorded.response.body);
    expect(await played.control("GET", "/_sim/progress")).toEqual(state);
    await expect(played.control("GET", "/_sim/progress")).rejects.toMatchObject({ code: "ENIC_PLAYBACK" });
    const first = (p: Promise<void>) =>
      Promise.race([p.then(() => "slept"), new Promise((r) => setImmediate(() => r("still waiting")))]);
    expect(await first(played.sleep(60_000))).toBe("slept");
  });

  it("without a cassette, tape() changes nothing and sleep() waits", async () => {
    const t = await target({ target: "sim" });
    t.tape("anything");
    expect(t.cassette).toBeUndefined();
    const first = (p: Promise<void>) =>
      Promise.race([p.then(() => "slept"), new Promise((r) => setImmediate(() => r("still waiting")))]);
    expect(await first(t.sleep(20))).toBe("still waiting");
  });
});
