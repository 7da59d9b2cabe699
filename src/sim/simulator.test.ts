/**
 * The simulator as a server: control plane, per-account worlds, throttling at the documented rate,
 * faults, deviations, and 64 concurrent attaches of one ENI. Real HTTP on 127.0.0.1, real
 * signatures (the project's client), no mocks.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "../client/client.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { seededRandom } from "../core/clock.ts";
import { liveWorld, newId, type World } from "../model/world.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { callControl } from "../testing/control-plane.ts";
import { SIM_ADAPTERS, seedWorldOf, worldStyleOf } from "./adapters/registry.ts";
import { deviationCatalogue } from "./deviations.ts";
import { type RunningSimulator, startSimulator } from "./server.ts";
import { createSimulator } from "./simulator.ts";

const A = { accessKeyId: "AKIDtest", secret: "testkey" };
const B = { accessKeyId: "AKIDother", secret: "othersecret" };
let sim: RunningSimulator;

const control = (method: string, path: string, body?: unknown) => callControl(sim.url, method, path, body);

async function roles(surface: Surface, account = A.accessKeyId): Promise<Record<string, string>> {
  return (await control("GET", `/_sim/fixtures?surface=${surface}&account=${account}`)).body.roles as Record<
    string,
    string
  >;
}

const v3 = (creds = A) =>
  createClient({ surface: "tencent-v3", baseUrl: sim.url, credentials: creds, retry: false });

beforeAll(async () => {
  sim = await startSimulator({ accounts: [A, B] });
});
afterAll(async () => sim.close());
beforeEach(async () => {
  await control("POST", "/_sim/reset");
  await control("POST", `/_sim/reset?account=${B.accessKeyId}`);
  await control("PUT", "/_sim/clock", { real: true });
  await control("PUT", "/_sim/faults", { latencyMs: 0, errorRate: 0, dropRate: 0, throttle: "documented" });
  await control("PUT", "/_sim/deviations", { enable: [] });
  await control("PUT", "/_sim/progress", "immediate");
});

describe("control plane", () => {
  it("answers health and fixtures in exactly the documented shape, for every surface", async () => {
    expect((await control("GET", "/_sim/health")).body).toEqual({ ok: true });
    for (const surface of SURFACES) {
      const { status, body } = await control("GET", `/_sim/fixtures?surface=${surface}`);
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(["region", "roles", "surface", "zones"]);
      expect(body.surface).toBe(surface);
      expect(Object.keys(body.zones as object).sort()).toEqual(["main", "other"]);
      const r = body.roles as Record<string, string>;
      for (const role of [
        "eni.available",
        "eni.attached",
        "eni.primary",
        "eni.no-security-group",
        "eni.eip-other-zone",
        "instance.running",
        "instance.stopped",
        "instance.pending",
        "instance.busy",
        "instance.other-zone",
        "instance.other-vpc",
        "instance.at-eni-limit",
        "instance.stopped-only-type",
        "vpc.main",
        "vpc.other",
      ]) {
        expect(typeof r[role], `${surface} ${role}`).toBe("string");
      }
    }
  });

  it("dumps the world in a stable order, and reset brings back the seed", async () => {
    const before = (await control("GET", "/_sim/state")).body;
    const r = await roles("tencent-v3");
    const attached = await v3().call("AttachNetworkInterface", {
      NetworkInterfaceId: r["eni.available"] as string,
      InstanceId: r["instance.running"] as string,
    });
    expect(attached).toHaveProperty("data");
    const after = (await control("GET", "/_sim/state")).body;
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    await control("POST", "/_sim/reset");
    expect(JSON.stringify((await control("GET", "/_sim/state")).body)).toBe(JSON.stringify(before));
  });

  it("refuses invalid settings with a clear message, and unknown endpoints with 404", async () => {
    expect((await control("PUT", "/_sim/progress", { polls: 0 })).status).toBe(400);
    expect((await control("PUT", "/_sim/faults", { errorRate: 2 })).body.error).toMatch(/errorRate/);
    expect((await control("PUT", "/_sim/clock", { now: "yesterday" })).status).toBe(400);
    expect((await control("PUT", "/_sim/deviations", { enable: ["no-such"] })).body.error).toMatch(
      /unknown deviation/,
    );
    expect((await control("GET", "/_sim/nothing")).status).toBe(404);
    expect((await control("GET", "/_sim/fixtures?surface=aws")).status).toBe(400);
  });

  it("answers loopback clients only", async () => {
    const simulator = createSimulator();
    const res = await simulator.handleWire(
      { method: "GET", url: "/_sim/health", headers: {}, body: "" },
      { remoteAddress: "10.1.2.3" },
    );
    expect(res).toMatchObject({ status: 403 });
  });
});

describe("worlds", () => {
  it("are isolated per account", async () => {
    const ra = await roles("tencent-v3");
    const rb = await roles("tencent-v3", B.accessKeyId);
    expect(ra["eni.available"]).not.toBe(rb["eni.available"]);
    const cross = await v3(B).call("AttachNetworkInterface", {
      NetworkInterfaceId: ra["eni.available"] as string,
      InstanceId: rb["instance.running"] as string,
    });
    expect(cross).toMatchObject({ error: { code: "ResourceNotFound" } });
  });

  it("are shared by Tencent v2 and v3 of one account", async () => {
    const r = await roles("tencent-v3");
    const v2 = createClient({ surface: "tencent-v2", baseUrl: sim.url, credentials: A, retry: false });
    const ok = await v2.call("AttachNetworkInterface", {
      vpcId: r["vpc.main"] as string,
      networkInterfaceId: r["eni.available"] as string,
      instanceId: r["instance.running"] as string,
    });
    expect(ok).toHaveProperty("data");
    const again = await v3().call("AttachNetworkInterface", {
      NetworkInterfaceId: r["eni.available"] as string,
      InstanceId: r["instance.stopped"] as string,
    });
    expect(again).toMatchObject({ error: { code: "UnsupportedOperation.AttachmentAlreadyExists" } });
  });
});

/** A world with 64 valid target instances for one ENI. */
function crowdedWorld(cloud: "tencent" | "aliyun" | "jdcloud"): {
  world: World;
  eni: string;
  instances: string[];
} {
  const world = seedWorldOf(cloud, A.accessKeyId);
  const ids = worldStyleOf(cloud).ids;
  const template = world.instances[world.roles["instance.running"] as string];
  if (!template) throw new Error("no template");
  const random = seededRandom(99);
  const instances = [template.id];
  while (instances.length < 64) {
    const id = newId(ids, "instance", random);
    const primary = newId(ids, "eni", random);
    const base = world.enis[template.primaryEniId];
    if (!base || world.instances[id] || world.enis[primary]) continue;
    world.enis[primary] = {
      ...base,
      id: primary,
      attachment: { instanceId: id, deviceIndex: 0, status: "attached", since: 0 },
    };
    world.instances[id] = { ...template, id, primaryEniId: primary };
    instances.push(id);
  }
  return { world, eni: world.roles["eni.available"] as string, instances };
}

describe("64 concurrent attaches of one ENI to different instances", () => {
  it.each([
    ["tencent-v3", "tencent", (eni: string, i: string) => ({ NetworkInterfaceId: eni, InstanceId: i })],
    [
      "aliyun-ecs",
      "aliyun",
      (eni: string, i: string) => ({ RegionId: "cn-hangzhou", NetworkInterfaceId: eni, InstanceId: i }),
    ],
    [
      "jdcloud-vm",
      "jdcloud",
      (eni: string, i: string) => ({ regionId: "cn-north-1", networkInterfaceId: eni, instanceId: i }),
    ],
  ] as const)(
    "%s: exactly one succeeds, 63 get the documented already-attached error",
    async (surface, cloud, params) => {
      const { world, eni, instances } = crowdedWorld(cloud);
      const local = await startSimulator({
        worlds: { [cloud]: world },
        progress: { kind: "polls", polls: 3 },
      });
      try {
        const client = createClient({
          surface,
          baseUrl: local.url,
          credentials: A,
          retry: false,
          rateLimit: 1000,
        });
        const operation = surfaceModule(surface).operations[0]?.operation as string;
        const results = await Promise.all(instances.map((i) => client.callRaw(operation, params(eni, i))));
        const successes = results.filter((r) => "data" in r);
        expect(successes).toHaveLength(1);
        const codes = new Set(results.flatMap((r) => ("error" in r ? [r.error.code] : [])));
        const expected = {
          "tencent-v3": "UnsupportedOperation.AttachmentAlreadyExists",
          "aliyun-ecs": "InvalidOperation.InvalidEniState",
          "jdcloud-vm": "FAILED_PRECONDITION",
        }[surface];
        expect([...codes]).toEqual([expected]);
        expect(results.filter((r) => "error" in r)).toHaveLength(63);
      } finally {
        await local.close();
      }
    },
  );
});

describe("throttling and faults", () => {
  it("throttles Tencent API 3.0 AttachNetworkInterface above the documented 100 per second", async () => {
    await control("PUT", "/_sim/clock", { now: new Date().toISOString() });
    const r = await roles("tencent-v3");
    const client = createClient({
      surface: "tencent-v3",
      baseUrl: sim.url,
      credentials: A,
      retry: false,
      rateLimit: 10_000,
    });
    const results = await Promise.all(
      Array.from({ length: 101 }, () =>
        client.call("AttachNetworkInterface", {
          NetworkInterfaceId: r["eni.missing"] as string,
          InstanceId: r["instance.running"] as string,
        }),
      ),
    );
    const codes = results.map((x) => ("error" in x ? x.error.code : "ok"));
    expect(codes.filter((c) => c === "ResourceNotFound")).toHaveLength(100);
    expect(codes.filter((c) => c === "LimitExceeded.ActionLimited")).toHaveLength(1);
  });

  it("injects the cloud's own internal error, latency, and dropped connections", async () => {
    const r = await roles("tencent-v3");
    const params = {
      NetworkInterfaceId: r["eni.available"] as string,
      InstanceId: r["instance.running"] as string,
    };
    await control("PUT", "/_sim/faults", { errorRate: 1 });
    expect(await v3().call("AttachNetworkInterface", params)).toMatchObject({
      error: { code: "InternalError" },
    });
    await control("PUT", "/_sim/faults", { errorRate: 0, latencyMs: 120 });
    const started = Date.now();
    await v3().call("AttachNetworkInterface", params);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    await control("PUT", "/_sim/faults", { latencyMs: 0, dropRate: 1 });
    await expect(v3().call("AttachNetworkInterface", params)).rejects.toMatchObject({
      code: "ENIC_TARGET_UNREACHABLE",
    });
  });
});

describe("deviations", () => {
  it("has one per rule and provokable row of every surface, plus the envelope-level ones", () => {
    const ids = deviationCatalogue().map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const surface of SURFACES) {
      for (const name of [
        "wrong-status",
        "missing-request-id",
        "wrong-field-type",
        "error-on-success",
        "missing-async-task",
      ]) {
        // Tencent v2 answers carry no request id, so leaving it out is no departure there.
        if (surface === "tencent-v2" && name === "missing-request-id") continue;
        expect(ids).toContain(`${surface}:envelope:${name}`);
      }
    }
    expect(ids).toContain("tencent-v3:ignore:eni.single-attachment");
    expect(ids).toContain("jdcloud-vm:misspell:004/FAILED_PRECONDITION~eip-az");
  });

  it.each([
    [
      "tencent-v3:ignore:eni.single-attachment",
      "eni.attached",
      (x: unknown) => expect(x).toHaveProperty("data"),
    ],
    [
      "tencent-v3:misspell:002/UnsupportedOperation.AttachmentAlreadyExists",
      "eni.attached",
      (x: unknown) =>
        expect(x).toMatchObject({ error: { code: "UnsupportedOperation.AttachmentAlreadyExistx" } }),
    ],
    [
      "tencent-v3:envelope:wrong-status",
      "eni.attached",
      (x: unknown) => expect(x).toHaveProperty("malformed"),
    ],
    [
      "tencent-v3:envelope:error-on-success",
      "eni.available",
      (x: unknown) => expect(x).toMatchObject({ error: { code: "InternalError" } }),
    ],
    [
      "tencent-v3:envelope:wrong-field-type",
      "eni.available",
      (x: unknown) =>
        expect((x as { response: { body: string } }).response.body).toMatch(/"RequestId":12345/),
    ],
  ] as const)("%s changes the answer (attaching %s)", async (id, role, check) => {
    const r = await roles("tencent-v3");
    const params = { NetworkInterfaceId: r[role] as string, InstanceId: r["instance.running"] as string };
    const faithful = await v3().call("AttachNetworkInterface", params);
    await control("POST", "/_sim/reset");
    await control("PUT", "/_sim/deviations", { enable: [id] });
    const deviant = await v3().call("AttachNetworkInterface", params);
    check(deviant);
    const shape = (x: typeof faithful) =>
      `${x.response.status} ${x.response.body.replace(/[0-9a-f-]{36}/g, "")}`;
    expect(shape(deviant)).not.toBe(shape(faithful));
  });

  it("missing-request-id and missing-async-task break the envelope and the task", async () => {
    const r = await roles("tencent-v3");
    await control("PUT", "/_sim/deviations", { enable: ["tencent-v3:envelope:missing-request-id"] });
    const res = await v3().call("AttachNetworkInterface", {
      NetworkInterfaceId: r["eni.missing"] as string,
      InstanceId: r["instance.running"] as string,
    });
    expect(res.response.body).not.toMatch(/RequestId/);
    await control("PUT", "/_sim/deviations", { enable: ["tencent-v3:envelope:missing-async-task"] });
    const ok = await v3().call("AttachNetworkInterface", {
      NetworkInterfaceId: r["eni.available"] as string,
      InstanceId: r["instance.running"] as string,
    });
    if (!("data" in ok)) throw new Error("attach failed");
    const task = await v3().call("DescribeVpcTaskResult", { TaskId: ok.requestId as string });
    expect(task).toMatchObject({ error: { code: "ResourceNotFound" } });
  });
});

describe("adapters", () => {
  it("exist for every surface and spell fixture ids as the surface's schemas require", async () => {
    for (const surface of SURFACES) expect(SIM_ADAPTERS[surface].surface).toBe(surface);
  });
});

describe("seed worlds given to the simulator", () => {
  const seed = seedWorldOf("tencent", "seed-account");
  const eniId = Object.keys(seed.enis)[0] as string;

  it("worlds: each account gets its own copy, the caller's object is never changed, reset brings back the seed", () => {
    // A deep copy (structuredClone copies the task record as a plain Map: liveWorld makes it a TaskRecord again).
    const given = liveWorld(structuredClone(seed));
    const { state } = createSimulator({ accounts: [A, B], worlds: { tencent: given } });
    const live = state.world(A.accessKeyId, "tencent");
    expect(live).not.toBe(given);
    expect(live).toStrictEqual(seed);
    delete live.enis[eniId];
    expect(given).toStrictEqual(seed);
    expect(state.world(B.accessKeyId, "tencent").enis[eniId]).toBeDefined();
    state.reset(A.accessKeyId);
    expect(state.world(A.accessKeyId, "tencent")).toStrictEqual(seed);
  });

  it("worldsJson: the parsed world serves first, every later world and every reset start from the text", () => {
    const { state } = createSimulator({ accounts: [A, B], worldsJson: JSON.stringify({ tencent: seed }) });
    const first = state.world(A.accessKeyId, "tencent");
    expect(first).toStrictEqual(seed);
    delete first.enis[eniId];
    const other = state.world(B.accessKeyId, "tencent");
    expect(other).not.toBe(first);
    expect(other).toStrictEqual(seed);
    state.reset(A.accessKeyId);
    const again = state.world(A.accessKeyId, "tencent");
    expect(again).not.toBe(first);
    expect(again).toStrictEqual(seed);
    expect(state.world(A.accessKeyId, "aliyun").cloud).toBe("aliyun");
  });

  it("worldsJson: refuses a key that is not a cloud or does not match the world's cloud", () => {
    expect(() => createSimulator({ worldsJson: JSON.stringify({ moon: seed }) })).toThrow(/key moon/);
    expect(() => createSimulator({ worldsJson: JSON.stringify({ aliyun: seed }) })).toThrow(/key aliyun/);
  });
});
