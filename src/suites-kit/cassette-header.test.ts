/**
 * The header a recording writes about its target (`cassette.json`): kind, origin, control plane,
 * opt-ins, the run's parameters and fixture map, and the key ids masked — never a secret, not even
 * one that happens to appear in a fixture — and what a playback of it stands in for.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Cassette, readCassetteHeader } from "../client/cassette.ts";
import { SURFACES } from "../contracts/surfaces.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { describeForCassette } from "./cassette-header.ts";
import { createTarget, type Fixtures, type Target, type TargetConfig } from "./target.ts";

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

async function target(config: TargetConfig, cassette?: Cassette): Promise<Target> {
  const t = await createTarget(config, cassette);
  opened.push(t);
  return t;
}

async function sim(accounts?: { accessKeyId: string; secret: string }[]): Promise<RunningSimulator> {
  const s = await startSimulator(accounts ? { accounts } : {});
  opened.push(s);
  return s;
}

const tmp = () => mkdtempSync(join(tmpdir(), "enic-cassette-header-"));
const RUN = { seed: 7, runs: 2, surfaces: [...SURFACES] };

describe("describeForCassette", () => {
  it("writes the embedded simulator's header: its fixtures, the key ids masked, no secret", async () => {
    const dir = tmp();
    const account = { accessKeyId: "AKIDrecorder00001", secret: "recorder-secret-00001" };
    const t = await target(
      { target: "sim", credentials: { "tencent-v3": { ...account, from: "--account" } } },
      Cassette.record(dir),
    );
    await describeForCassette(t, RUN);
    const text = readFileSync(join(dir, "cassette.json"), "utf8");
    expect(text).not.toContain(account.secret);
    expect(text).not.toContain(account.accessKeyId);
    const header = readCassetteHeader(dir);
    expect(header).toMatchObject({
      version: 1,
      tool: "eni-conformance",
      target: { kind: "sim", origin: t.baseUrl, hasControl: true, allowMutations: true },
      run: RUN,
    });
    for (const surface of SURFACES) {
      expect(header.keys[surface]).toBe("AKID…");
      expect(header.fixtures[surface]).toEqual(await t.fixtures(surface));
    }
  });

  it("leaves out the key of a surface without credentials, and the fixtures of a surface without any", async () => {
    const s = await sim();
    const dir = tmp();
    const fixtures = join(tmp(), "fixtures.json");
    const jd = (await (await fetch(`${s.url}/_sim/fixtures?surface=jdcloud-vm`)).json()) as Fixtures;
    writeFileSync(fixtures, JSON.stringify({ "jdcloud-vm": jd }));
    const t = await target(
      {
        target: s.url,
        noControlPlane: true,
        fixtures,
        credentials: {
          "jdcloud-vm": { accessKeyId: "JDCkey0001", secret: "jd-secret-0001", from: "--account" },
          "aliyun-ecs": { missing: "no credentials for aliyun-ecs: set X and Y" },
        },
      },
      Cassette.record(dir),
    );
    await describeForCassette(t, { seed: 1, runs: 1, surfaces: ["aliyun-ecs", "jdcloud-vm"] });
    const header = readCassetteHeader(dir);
    expect(header.target).toEqual({ kind: "http", origin: s.url, hasControl: false, allowMutations: false });
    expect(header.keys).toEqual({ "jdcloud-vm": "JDCk…" });
    expect(header.fixtures).toEqual({ "jdcloud-vm": jd });
    expect(readFileSync(join(dir, "cassette.json"), "utf8")).not.toContain("jd-secret-0001");
  });

  it("masks a secret wherever it appears, even in a fixture id", async () => {
    const secret = "eni-sameasasecret";
    const s = await sim([{ accessKeyId: "AK01", secret }]);
    const dir = tmp();
    const fixtures = join(tmp(), "fixtures.json");
    writeFileSync(
      fixtures,
      JSON.stringify({
        "tencent-v3": { surface: "tencent-v3", region: "ap-guangzhou", roles: { "eni.available": secret } },
      }),
    );
    const t = await target(
      {
        target: s.url,
        noControlPlane: true,
        fixtures,
        credentials: { "tencent-v3": { accessKeyId: "AK01", secret, from: "--account" } },
      },
      Cassette.record(dir),
    );
    await describeForCassette(t, { seed: 1, runs: 1, surfaces: ["tencent-v3"] });
    const text = readFileSync(join(dir, "cassette.json"), "utf8");
    expect(text).not.toContain(secret);
    expect(readCassetteHeader(dir).fixtures).toMatchObject({
      "tencent-v3": { roles: { "eni.available": "[REDACTED]" } },
    });
    // A key id of four characters or fewer is masked whole.
    expect(readCassetteHeader(dir).keys).toEqual({ "tencent-v3": "[REDACTED]" });
  });

  it("writes nothing without a recording cassette", async () => {
    const t = await target({ target: "sim" });
    await describeForCassette(t, RUN);
    // And a playback never writes over the header it plays.
    const dir = tmp();
    const recorded = await target({ target: "sim" }, Cassette.record(dir));
    await describeForCassette(recorded, RUN);
    const before = readFileSync(join(dir, "cassette.json"), "utf8");
    const played = await target({ target: "sim" }, Cassette.playback(dir));
    await describeForCassette(played, { ...RUN, seed: 99 });
    expect(readFileSync(join(dir, "cassette.json"), "utf8")).toBe(before);
    expect(existsSync(join(tmp(), "cassette.json"))).toBe(false);
  });

  it("is what a playback stands in for: the recorded target's kind, origin, control plane and fixtures", async () => {
    const dir = tmp();
    const recorded = await target({ target: "sim", region: "xx-rec-1" }, Cassette.record(dir));
    await describeForCassette(recorded, RUN);
    const played = await target({ target: "http://127.0.0.1:9" }, Cassette.playback(dir));
    expect(played).toMatchObject({
      kind: "sim",
      baseUrl: recorded.baseUrl,
      hasControl: true,
      allowMutations: true,
    });
    for (const surface of SURFACES)
      expect(await played.fixtures(surface)).toEqual(await recorded.fixtures(surface));
    // A played-back run signs with a stand-in: the recording holds no secret to sign with.
    expect(played.credentials("aliyun-ecs").secret).not.toBe(recorded.credentials("aliyun-ecs").secret);
  });
});
