/**
 * The `vary` fault (`sim --vary`, `PUT /_sim/faults {"vary":true}`): off by default and absent from
 * `GET /_sim/faults` while off; when on, the answers' bytes really change the way the real gateways'
 * do (src/contracts/fixtures/real-envelopes.jsonl) — so the green run of suites/vary.test.ts is not
 * vacuous —, and the same seed varies the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CallResult, createClient } from "../client/client.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { seededRandom } from "../core/clock.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { callControl } from "../testing/control-plane.ts";
import { SIM_ADAPTERS } from "./adapters/registry.ts";
import { DEFAULT_FAULTS } from "./faults.ts";
import { type RunningSimulator, startSimulator } from "./server.ts";
import { DEFAULT_ACCOUNT } from "./state.ts";

const control = (sim: RunningSimulator, method: "GET" | "PUT", path: string, body?: unknown) =>
  callControl(sim.url, method, path, body);

/** Eight describes of the fixture ENI and eight calls signed with a wrong secret, on `surface`. */
async function answers(sim: RunningSimulator, surface: Surface): Promise<CallResult[]> {
  const fixtures = (await control(sim, "GET", `/_sim/fixtures?surface=${surface}`)).body as {
    region: string;
    roles: Record<string, string>;
  };
  const { readback } = surfaceModule(surface);
  const client = (secret: string) =>
    createClient({
      surface,
      baseUrl: sim.url,
      credentials: { accessKeyId: DEFAULT_ACCOUNT.accessKeyId, secret },
      region: fixtures.region,
      retry: false,
      rateLimit: 1_000_000,
    });
  const params = readback.eni.params(fixtures.roles["eni.attached"] ?? "", fixtures.region);
  const out: CallResult[] = [];
  for (const secret of [DEFAULT_ACCOUNT.secret, "wrong-secret"]) {
    for (let i = 0; i < 8; i++) out.push(await client(secret).callRaw(readback.eni.operation, params));
  }
  return out;
}

describe("the vary fault through the control plane", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it("is off by default and absent from GET /_sim/faults while off", async () => {
    expect((await control(sim, "GET", "/_sim/faults")).body).toStrictEqual({ ...DEFAULT_FAULTS });
    expect((await control(sim, "PUT", "/_sim/faults", { vary: true })).body).toMatchObject({ vary: true });
    expect((await control(sim, "GET", "/_sim/faults")).body).toMatchObject({ vary: true });
    expect((await control(sim, "PUT", "/_sim/faults", { vary: false })).body).toStrictEqual({
      ...DEFAULT_FAULTS,
    });
  });

  it("refuses a vary that is not a boolean", async () => {
    const res = await control(sim, "PUT", "/_sim/faults", { vary: "yes" });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/vary/);
  });

  it("leaves the answers as the codec writes them while off", async () => {
    const tencent = await answers(sim, "tencent-v3");
    for (const r of tencent) {
      expect(r.response.headers["x-tc-traceid"]).toBeUndefined();
      expect(r.response.body).not.toContain("\n");
    }
  });
});

describe("answers of a simulator started with vary", () => {
  let sim: RunningSimulator;
  const got = new Map<Surface, CallResult[]>();
  beforeAll(async () => {
    sim = await startSimulator({ vary: true });
    for (const surface of SURFACES) got.set(surface, await answers(sim, surface));
  });
  afterAll(() => sim.close());
  const of = (surface: Surface) => got.get(surface) ?? [];

  it("still decode as the same kinds: successes and the auth refusal", () => {
    for (const surface of SURFACES) {
      const kinds = of(surface).map((r) => ("data" in r ? "success" : "error" in r ? "error" : "malformed"));
      expect(kinds, surface).toEqual([...Array(8).fill("success"), ...Array(8).fill("error")]);
    }
  });

  it("Tencent API 3.0: the VPC backend's indented layout, RequestId moved, a trace header or an nginx server", () => {
    const answers = of("tencent-v3").map((r) => r.response);
    expect(answers.some((a) => a.body.startsWith('{\n    "Response": {'))).toBe(true);
    expect(answers.some((a) => !/"RequestId":[^}]*}}\s*$/.test(a.body.replace(/\s/g, "")))).toBe(true);
    expect(answers.some((a) => a.headers["x-tc-traceid"] !== undefined)).toBe(true);
    for (const a of answers) {
      expect(a.headers["content-type"]).toBe("application/json");
      expect(a.headers["x-tc-traceid"] !== undefined || a.headers.server === "nginx").toBe(true);
    }
  });

  it("Tencent API 3.0 escapes slashes in the indented layout", () => {
    const random = seededRandom(7);
    const answer = { status: 200, headers: {}, body: '{"Response":{"Output":"a/b","RequestId":"r"}}' };
    const varied = Array.from({ length: 16 }, () =>
      SIM_ADAPTERS["tencent-v3"].vary(answer, { random, error: false, region: "ap-guangzhou" }),
    );
    expect(varied.some((v) => v.body.includes("a\\/b"))).toBe(true);
    for (const v of varied)
      expect(JSON.parse(v.body)).toEqual({ Response: { Output: "a/b", RequestId: "r" } });
  });

  it('Tencent v2: the success code also as the string "0"', () => {
    const codes = of("tencent-v2")
      .slice(0, 8)
      .map((r) => (JSON.parse(r.response.body) as { code: unknown }).code);
    expect(codes).toContain("0");
    expect(codes).toContain(0);
  });

  it("Alibaba: version-5 request ids, Recommend sometimes left out, the gateway's member order", () => {
    const answers = of("aliyun-ecs").map((r) => r.response);
    const ids = answers.map((a) => (JSON.parse(a.body) as { RequestId: string }).RequestId);
    expect(ids.some((id) => id[14] === "5")).toBe(true);
    for (const [i, a] of answers.entries()) expect(a.headers["x-acs-request-id"]).toBe(ids[i]);
    const errors = answers.slice(8).map((a) => JSON.parse(a.body) as Record<string, unknown>);
    expect(errors.some((e) => !("Recommend" in e))).toBe(true);
    expect(errors.some((e) => "Recommend" in e)).toBe(true);
    for (const e of errors) {
      expect(Object.keys(e).filter((k) => k !== "Recommend")).toEqual([
        "RequestId",
        "Message",
        "HostId",
        "Code",
      ]);
    }
  });

  it("JD Cloud: the gateway's refusal tagged [gw], error before requestId in some answers", () => {
    const answers = of("jdcloud-vm").map((r) => r.response);
    for (const a of answers.slice(8)) {
      expect((JSON.parse(a.body) as { error: { message: string } }).error.message).toMatch(/ \[gw\]$/);
    }
    expect(answers.some((a) => a.body.startsWith('{"error"') || a.body.startsWith('{"result"'))).toBe(true);
  });

  it("varies the same way for the same seed", async () => {
    const run = async () => {
      const sim = await startSimulator({ vary: true, seed: 5 });
      try {
        return (await answers(sim, "tencent-v3")).map((r) => r.response.body);
      } finally {
        await sim.close();
      }
    };
    expect(await run()).toEqual(await run());
  });
});
