/**
 * Targets: the fixtures file (JSON or YAML) and its refusals, the region override, credentials and
 * the message when they are missing (names, never values), a URL target that probes a real
 * simulator's control plane on 127.0.0.1 (or is told not to use it), and the discipline of the
 * clients a target builds — none on the simulator, retries on a real target.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stringify as toYaml } from "yaml";
import { loadRunConfig } from "../config/load.ts";
import { SURFACES } from "../contracts/surfaces.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { DEFAULT_ACCOUNT } from "../sim/state.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import {
  createTarget,
  defaultCaseBudgetMs,
  type Fixtures,
  type Target,
  type TargetConfig,
} from "./target.ts";

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

async function sim(options: Parameters<typeof startSimulator>[0] = {}): Promise<RunningSimulator> {
  const s = await startSimulator(options);
  opened.push(s);
  return s;
}

async function target(config: TargetConfig): Promise<Target> {
  const t = await createTarget(config);
  opened.push(t);
  return t;
}

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "enic-target-")), name);
  writeFileSync(path, text);
  return path;
}

const FIXTURES: Fixtures = {
  surface: "tencent-v3",
  region: "ap-guangzhou",
  zones: { main: "ap-guangzhou-3", other: "ap-guangzhou-4" },
  roles: { "eni.available": "eni-aaaa1111", "instance.running": "ins-bbbb2222" },
};

/** The standalone simulator's account, as the loader hands it to a URL target. */
const SIM_ACCOUNT = { "tencent-v3": { ...DEFAULT_ACCOUNT, from: "--account" } };

/** A URL nothing listens on: with `noControlPlane` the target is built without a single request. */
const NOWHERE = "http://127.0.0.1:9";

describe("fixtures file", () => {
  it.each([
    ["JSON", "fixtures.json", JSON.stringify({ "tencent-v3": FIXTURES })],
    ["YAML", "fixtures.yaml", toYaml({ "tencent-v3": FIXTURES })],
    ["YAML (.yml, any case)", "FIXTURES.YML", toYaml({ "tencent-v3": FIXTURES })],
  ])("reads %s, and knows no fixtures of a surface it does not name", async (_kind, name, text) => {
    const t = await target({ target: NOWHERE, noControlPlane: true, fixtures: file(name, text) });
    expect(await t.fixtures("tencent-v3")).toEqual(FIXTURES);
    expect(await t.fixtures("aliyun-ecs")).toBeUndefined();
  });

  it("is used instead of the embedded simulator's own fixtures", async () => {
    const t = await target({
      target: "sim",
      fixtures: file("f.json", JSON.stringify({ "tencent-v3": FIXTURES })),
    });
    expect(await t.fixtures("tencent-v3")).toEqual(FIXTURES);
    // A surface the file does not name falls back to the simulator's control plane.
    expect((await t.fixtures("jdcloud-vm"))?.surface).toBe("jdcloud-vm");
  });

  it.each([
    ["a file that does not exist", "absent", undefined, /cannot read fixtures .*absent/],
    ["invalid JSON", "bad.json", "{ not json", /cannot read fixtures .*bad\.json/],
    ["invalid YAML", "bad.yaml", "a: [unclosed", /cannot read fixtures .*bad\.yaml/],
    ["a number", "n.json", "42", /fixtures .*n\.json must be an object/],
    ["null", "null.json", "null", /fixtures .*null\.json must be an object/],
    [
      "a key that is not a surface",
      "k.json",
      JSON.stringify({ "tencent-v9": FIXTURES }),
      /"tencent-v9" must be a surface with region and roles/,
    ],
    [
      "a surface without a region",
      "r.json",
      JSON.stringify({ "aliyun-ecs": { roles: {} } }),
      /"aliyun-ecs" must be a surface with region and roles/,
    ],
    [
      "a surface without roles",
      "o.json",
      JSON.stringify({ "jdcloud-vm": { region: "cn-north-1" } }),
      /"jdcloud-vm" must be a surface with region and roles/,
    ],
    ["a list", "l.json", JSON.stringify([FIXTURES]), /"0" must be a surface/],
  ])("refuses %s (ENIC_CONFIG, naming the file)", async (_name, name, text, message) => {
    const path =
      text === undefined ? join(mkdtempSync(join(tmpdir(), "enic-target-")), name) : file(name, text);
    const error = await createTarget({ target: NOWHERE, noControlPlane: true, fixtures: path }).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ code: "ENIC_CONFIG" });
    expect(String(error.message)).toMatch(message);
  });
});

describe("region override", () => {
  it("replaces the region of every surface's fixtures and the region.main role, nothing else", async () => {
    const plain = await target({ target: "sim" });
    const moved = await target({ target: "sim", region: "xx-test-9" });
    for (const surface of SURFACES) {
      const before = (await plain.fixtures(surface)) as Fixtures;
      const after = (await moved.fixtures(surface)) as Fixtures;
      expect(after).toEqual({
        ...before,
        region: "xx-test-9",
        roles: { ...before.roles, "region.main": "xx-test-9" },
      });
    }
  });

  it("applies to a fixtures file too, and leaves a surface without fixtures without", async () => {
    const t = await target({
      target: NOWHERE,
      noControlPlane: true,
      region: "ap-shanghai",
      fixtures: file("f.json", JSON.stringify({ "tencent-v3": FIXTURES })),
    });
    expect(await t.fixtures("tencent-v3")).toMatchObject({
      region: "ap-shanghai",
      roles: { ...FIXTURES.roles, "region.main": "ap-shanghai" },
    });
    expect(await t.fixtures("aliyun-ecs")).toBeUndefined();
  });
});

describe("credentials", () => {
  it("on a URL target without any, refuses with the variables to set (ENIC_CREDENTIALS), also when a client is built", async () => {
    const t = await target({ target: NOWHERE, noControlPlane: true });
    expect(() => t.credentials("jdcloud-vm")).toThrow(
      expect.objectContaining({
        code: "ENIC_CREDENTIALS",
        message: expect.stringMatching(/JDCLOUD_ACCESS_KEY and JDCLOUD_SECRET_KEY/),
      }),
    );
    expect(() => t.client("aliyun-ecs", "cn-hangzhou")).toThrow(
      /ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET/,
    );
  });

  it("names the missing variables and never a value the environment holds", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "enic-target-"));
    const env = {
      TENCENTCLOUD_SECRET_ID: "AKIDhalfOfAPair0001", // the key id without its secret
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIaliyunKeyId0001",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "aliyun-secret-value-0001",
    };
    const config = loadRunConfig({ argv: ["--target", NOWHERE, "--no-control-plane"], env, cwd });
    const t = await target(config);
    const error = (() => {
      try {
        t.credentials("tencent-v3");
      } catch (e) {
        return e as Error & { code: string };
      }
    })();
    expect(error?.code).toBe("ENIC_CREDENTIALS");
    expect(error?.message).toMatch(/TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY/);
    for (const value of Object.values(env)) expect(error?.message).not.toContain(value);
    expect(t.credentials("aliyun-ecs")).toEqual({
      accessKeyId: "LTAIaliyunKeyId0001",
      secret: "aliyun-secret-value-0001",
    });
  });

  it("signs every surface with the simulator's default account, or with the one account given", async () => {
    const plain = await target({ target: "sim" });
    expect(plain.credentials("tencent-v2")).toEqual(DEFAULT_ACCOUNT);
    const account = { accessKeyId: "AKIDmine0001", secret: "mine-secret-0001" };
    const mine = await target({
      target: "sim",
      credentials: {
        "tencent-v3": { ...account, from: "--account" },
        "aliyun-ecs": { ...account, from: "--account" },
      },
    });
    for (const surface of SURFACES) expect(mine.credentials(surface)).toEqual(account);
    // The embedded simulator knows that account: a signed call is served.
    const f = (await mine.fixtures("jdcloud-vm")) as Fixtures;
    const r = await mine.client("jdcloud-vm", f.region).callRaw("describeNetworkInterface", {
      regionId: f.region,
      networkInterfaceId: f.roles["eni.available"],
    });
    expect(r).toHaveProperty("data");
  });
});

describe("a URL target", () => {
  it("finds the control plane of a standalone simulator, and keeps only the URL's origin", async () => {
    const s = await sim();
    const t = await target({ target: `${s.url}/some/path?x=1` });
    expect(t).toMatchObject({ kind: "http", baseUrl: s.url, hasControl: true, allowMutations: false });
    expect(await t.control("GET", "/_sim/health")).toEqual({ ok: true });
    const viaPlane = await (await fetch(`${s.url}/_sim/fixtures?surface=aliyun-ecs`)).json();
    expect(await t.fixtures("aliyun-ecs")).toEqual(viaPlane);
  });

  it("with noControlPlane never uses it: no fixtures without a file, and control() refuses", async () => {
    const s = await sim();
    const t = await target({ target: s.url, noControlPlane: true, allowMutations: true });
    expect(t).toMatchObject({ kind: "http", hasControl: false, allowMutations: true });
    expect(await t.fixtures("tencent-v3")).toBeUndefined();
    await expect(t.control("POST", "/_sim/reset")).rejects.toMatchObject({
      code: "ENIC_CONFIG",
      message: `${s.url} has no control plane`,
    });
  });

  // A control plane that gets no answer is a harness error matched by code, as a vendor call's is
  // (so the final leak check gives it its two more tries).
  it("reports a control plane that has gone away as a harness error (ENIC_TARGET_UNREACHABLE)", async () => {
    const s = await sim();
    const t = await target({ target: s.url });
    await s.close();
    await expect(t.control("POST", "/_sim/reset")).rejects.toMatchObject({ code: "ENIC_TARGET_UNREACHABLE" });
  });

  it.each([
    ["a server that is not a simulator", "other"],
    ["a port nothing listens on", "nowhere"],
  ])("has no control plane on %s", async (_name, kind) => {
    let url = NOWHERE;
    if (kind === "other") {
      const server = createServer((_req, res) => res.writeHead(404).end("not here"));
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      opened.push({ close: () => new Promise((r) => server.close(() => r())) });
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }
    const t = await target({ target: url });
    expect(t.hasControl).toBe(false);
    expect(await t.fixtures("tencent-v3")).toBeUndefined();
  });

  it.each([
    ["ftp://127.0.0.1/", /--target must be http\(s\)/],
    ["not a url", /--target must be "sim" or an http\(s\) URL, got not a url/],
  ])("refuses the target %s (ENIC_CONFIG)", async (given, message) => {
    const error = await createTarget({ target: given }).catch((e) => e);
    expect(error).toMatchObject({ code: "ENIC_CONFIG" });
    expect(String(error.message)).toMatch(message);
  });
});

describe("waits and budgets", () => {
  it("defaults to a 30 s async wait and a case budget of 40 s on the simulator, 4 minutes on a real target", async () => {
    expect(defaultCaseBudgetMs("sim")).toBe(40_000);
    expect(defaultCaseBudgetMs("http")).toBe(240_000);
    const s = await target({ target: "sim" });
    expect(s).toMatchObject({
      kind: "sim",
      asyncWaitMs: 30_000,
      caseBudgetMs: 40_000,
      hasControl: true,
      allowMutations: true,
    });
    const u = await target({ target: NOWHERE, noControlPlane: true });
    expect(u).toMatchObject({ asyncWaitMs: 30_000, caseBudgetMs: 240_000 });
    const set = await target({ target: NOWHERE, noControlPlane: true, asyncWaitMs: 5, caseBudgetMs: 7 });
    expect(set).toMatchObject({ asyncWaitMs: 5, caseBudgetMs: 7 });
    expect(set.cassette).toBeUndefined();
  });
});

describe("the clients a target builds", () => {
  /** The vendor requests a simulator served, as `<operation> <status>`. */
  async function served(url: string): Promise<string[]> {
    const log = (await (await fetch(`${url}/_sim/requests`)).json()) as {
      requests: { operation?: string; status: number; code?: string }[];
    };
    return log.requests.map((r) => `${r.operation} ${r.code ?? r.status}`);
  }

  it("on the simulator: one attempt, the answer as it is", async () => {
    const t = await target({ target: "sim" });
    const f = (await t.fixtures("tencent-v3")) as Fixtures;
    await t.control("PUT", "/_sim/faults", { errorRate: 1 });
    const r = await t
      .client("tencent-v3", f.region)
      .callRaw("DescribeNetworkInterfaces", { NetworkInterfaceIds: [f.roles["eni.available"]] });
    expect(r).toMatchObject({ error: { code: "InternalError" } });
    expect(r.retries).toBeUndefined();
    expect(await served(t.baseUrl)).toEqual(["DescribeNetworkInterfaces InternalError"]);
  });

  it("on a real target: a transient answer is tried again, with a fresh signature", async () => {
    const s = await sim();
    const t = await target({ target: s.url, credentials: SIM_ACCOUNT });
    const f = (await t.fixtures("tencent-v3")) as Fixtures;
    await t.control("PUT", "/_sim/faults", { errorRate: 1 });
    const seen: string[] = [];
    const r = await t.client("tencent-v3", f.region).callRaw(
      "DescribeNetworkInterfaces",
      { NetworkInterfaceIds: [f.roles["eni.available"]] },
      {
        onResponse: (_res, { request }) => {
          seen.push(request.headers.authorization ?? "");
          // After the first (internal error) answer the simulator is healthy again.
          s.simulator.state.faults = { ...s.simulator.state.faults, errorRate: 0 };
        },
      },
    );
    expect(r).toHaveProperty("data");
    expect(r.retries).toBe(1);
    expect(await served(s.url)).toEqual([
      "DescribeNetworkInterfaces InternalError",
      "DescribeNetworkInterfaces 200",
    ]);
    expect(seen).toHaveLength(2);
  });

  it("on a real target: calls are paced at a configured lower rate, shared by every client of the run", async () => {
    const s = await sim();
    const t = await target({
      target: s.url,
      credentials: SIM_ACCOUNT,
      rateLimits: { "tencent-v3/DescribeNetworkInterfaces": 2 },
    });
    const f = (await t.fixtures("tencent-v3")) as Fixtures;
    const params = { NetworkInterfaceIds: [f.roles["eni.available"]] };
    const started = Date.now();
    // Two clients, three calls: the third waits for the one-second window of the first.
    const [a, b] = [t.client("tencent-v3", f.region), t.client("tencent-v3", f.region)];
    const results = await Promise.all([
      a.callRaw("DescribeNetworkInterfaces", params),
      b.callRaw("DescribeNetworkInterfaces", params),
      a.callRaw("DescribeNetworkInterfaces", params),
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(results.map((r) => "data" in r)).toEqual([true, true, true]);
  });

  it("on the simulator: calls are not paced (the simulator's throttling is seen as it is)", async () => {
    const t = await target({ target: "sim", rateLimits: { "tencent-v3/DescribeNetworkInterfaces": 2 } });
    // The simulator's clock stands still: its throttling window never moves, whatever the load.
    await t.control("PUT", "/_sim/clock", { now: new Date().toISOString() });
    await t.control("PUT", "/_sim/faults", { throttle: { "tencent-v3/DescribeNetworkInterfaces": 2 } });
    const f = (await t.fixtures("tencent-v3")) as Fixtures;
    const c = t.client("tencent-v3", f.region);
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await c.callRaw("DescribeNetworkInterfaces", {
        NetworkInterfaceIds: [f.roles["eni.available"]],
      });
      codes.push("error" in r ? r.error.code : "ok");
    }
    const throttled = surfaceModule("tencent-v3").errors.error("rate.throttled", "").code;
    expect(codes).toEqual(["ok", "ok", throttled]);
    expect(await served(t.baseUrl)).toHaveLength(3);
  });
});
