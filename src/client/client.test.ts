/**
 * The client against real node:http servers on 127.0.0.1 (port 0): the servers verify every
 * signature with the surface's own verifier and answer with the surface's own codec, scripted per
 * attempt. Retries, fresh signatures, the rate limit, the timeout, connection resets, credentials
 * and redaction are asserted, not printed.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { MockAgent } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import type { Surface } from "../contracts/surfaces.ts";
import { fixedClock, seededRandom } from "../core/clock.ts";
import { ApiError } from "../core/errors.ts";
import { memoryRecorder } from "../core/exchange.ts";
import { readWireRequest, writeWireResponse } from "../core/node-http.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { createClient } from "./client.ts";
import { resolveCredentials } from "./credentials.ts";

const SECRET = "s3cr3t-Key-For-Tests-0001";
const credentials = { accessKeyId: "AKIDclient", secret: SECRET };

type Script = (req: WireRequest, attempt: number) => WireResponse | "hang" | "reset";

interface Seen {
  req: WireRequest;
  at: number;
  verified: boolean;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(surface: Surface, script: Script): Promise<{ baseUrl: string; seen: Seen[] }> {
  const m = surfaceModule(surface);
  const seen: Seen[] = [];
  const clock = { now: () => Date.now() };
  const server = createServer(async (req, res) => {
    const wire = await readWireRequest(req);
    const verified = m.signer.verify(wire, {
      lookupSecret: (id) => (id === "AKIDclient" ? SECRET : undefined),
      clock,
    });
    seen.push({ req: wire, at: Date.now(), verified: verified.ok });
    const answer = script(wire, seen.length);
    if (answer === "hang") return;
    if (answer === "reset") {
      req.socket.destroy();
      return;
    }
    writeWireResponse(res, answer);
  });
  servers.push(server);
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const v3 = surfaceModule("tencent-v3");
const ali = surfaceModule("aliyun-ecs");
const jd = surfaceModule("jdcloud-vm");
const v3Params = { NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy" };
const aliParams = {
  RegionId: "cn-hangzhou",
  InstanceId: "i-bp16qstyvxj9gpqw0001",
  NetworkInterfaceId: "eni-bp17pdijfczax1huji0001",
};
const jdParams = {
  regionId: "cn-north-1",
  instanceId: "i-eumm0001d6",
  networkInterfaceId: "port-n2h70001se",
};
const uuid = "f23d1450-ed00-4442-98d4-be409e625e6c";
const noWait = async () => {};

describe("client", () => {
  it("returns data and the request id on success, signed so that the cloud's verifier accepts it", async () => {
    const { baseUrl, seen } = await serve("tencent-v3", () =>
      v3.codec.encodeResult("AttachNetworkInterface", {}, uuid),
    );
    const client = createClient({ surface: "tencent-v3", baseUrl, credentials });
    const result = await client.call("AttachNetworkInterface", v3Params);
    expect(result).toMatchObject({ data: {}, requestId: uuid });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.verified).toBe(true);
  });

  it("returns a vendor error as a value and does not retry a non-retryable one", async () => {
    const { baseUrl, seen } = await serve("tencent-v3", () =>
      v3.codec.encodeError(new ApiError("ResourceNotFound", "The ENI does not exist."), uuid),
    );
    const client = createClient({ surface: "tencent-v3", baseUrl, credentials, sleep: noWait });
    const result = await client.call("AttachNetworkInterface", v3Params);
    expect(result).toMatchObject({ error: { code: "ResourceNotFound", status: 200, requestId: uuid } });
    expect(seen).toHaveLength(1);
  });

  it("retries throttling with a fresh signature and nonce per attempt (Aliyun ACS3)", async () => {
    const { baseUrl, seen } = await serve("aliyun-ecs", (_req, n) =>
      n < 3
        ? ali.codec.encodeError(
            new ApiError("Throttling.User", "Request was denied due to user flow control."),
            `R${n}`,
          )
        : ali.codec.encodeResult("AttachNetworkInterface", {}, "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"),
    );
    const delays: number[] = [];
    const client = createClient({
      surface: "aliyun-ecs",
      baseUrl,
      credentials,
      random: seededRandom(1),
      sleep: async (ms) => {
        delays.push(ms);
      },
    });
    const result = await client.call("AttachNetworkInterface", aliParams);
    expect(result).toHaveProperty("data");
    expect(seen.map((s) => s.verified)).toEqual([true, true, true]);
    const nonces = seen.map((s) => s.req.headers["x-acs-signature-nonce"]);
    expect(new Set(nonces).size).toBe(3);
    const signatures = seen.map((s) => s.req.headers.authorization);
    expect(new Set(signatures).size).toBe(3);
    expect(delays).toHaveLength(2);
    expect(delays.every((d) => d >= 0 && d <= 2000)).toBe(true);
    expect(result.exchange.attempts).toHaveLength(3);
  });

  it("re-signs each attempt with the current time (Tencent TC3 has no nonce)", async () => {
    const { baseUrl, seen } = await serve("tencent-v3", (_req, n) =>
      n === 1
        ? v3.codec.encodeError(new ApiError("RequestLimitExceeded", "Too many requests."), uuid)
        : v3.codec.encodeResult("AttachNetworkInterface", {}, uuid),
    );
    const clock = fixedClock(Date.now());
    const client = createClient({
      surface: "tencent-v3",
      baseUrl,
      credentials,
      clock,
      sleep: async () => clock.advance(2000),
    });
    const result = await client.call("AttachNetworkInterface", v3Params);
    expect(result).toHaveProperty("data");
    const stamps = seen.map((s) => Number(s.req.headers["x-tc-timestamp"]));
    expect(stamps[1]).toBe((stamps[0] ?? 0) + 2);
    expect(seen[0]?.req.headers.authorization).not.toBe(seen[1]?.req.headers.authorization);
  });

  it("retries 5xx answers and gives up after the policy's attempts, returning the last error", async () => {
    const { baseUrl, seen } = await serve("jdcloud-vm", () =>
      jd.codec.encodeError(
        new ApiError("INTERNAL", "Internal server error", "004/INTERNAL"),
        "c2hmmaan8w06w19qcdfuic4w03f7ft2d",
      ),
    );
    const client = createClient({
      surface: "jdcloud-vm",
      baseUrl,
      credentials,
      sleep: noWait,
      retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
    });
    const result = await client.call("attachNetworkInterface", jdParams);
    expect(result).toMatchObject({ error: { code: "INTERNAL", status: 500 } });
    expect(seen).toHaveLength(4);
    expect(seen.every((s) => s.verified)).toBe(true);
  });

  it("retries a reset connection", async () => {
    const { baseUrl, seen } = await serve("tencent-v3", (_req, n) =>
      n === 1 ? "reset" : v3.codec.encodeResult("AttachNetworkInterface", {}, uuid),
    );
    const client = createClient({ surface: "tencent-v3", baseUrl, credentials, sleep: noWait });
    const result = await client.call("AttachNetworkInterface", v3Params);
    expect(result).toHaveProperty("data");
    expect(seen).toHaveLength(2);
  });

  it("stops at the timeout with a harness error (ENIC_TIMEOUT), recorded as a failed exchange", async () => {
    const { baseUrl } = await serve("tencent-v3", () => "hang");
    const recorder = memoryRecorder();
    const client = createClient({ surface: "tencent-v3", baseUrl, credentials, timeoutMs: 150, recorder });
    const started = Date.now();
    await expect(client.call("AttachNetworkInterface", v3Params)).rejects.toMatchObject({
      code: "ENIC_TIMEOUT",
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(recorder.exchanges[0]).toMatchObject({
      outcome: "failure",
      attempts: [{ failure: { kind: "timeout" } }],
    });
  });

  it("keeps to the rate limit: never more than N requests in any one-second window", async () => {
    // The client's own clock and sleep drive its limiter and its signatures: a virtual clock that
    // only moves when the client waits, starting on a whole second, makes each request's signed
    // timestamp (X-TC-Timestamp, seconds) the second the limiter let it go in — exact, where
    // wall-clock arrival times jitter on a loaded machine.
    let virtual = Math.floor(Date.now() / 1000) * 1000;
    const { baseUrl, seen } = await serve("tencent-v3", () =>
      v3.codec.encodeResult("AttachNetworkInterface", {}, uuid),
    );
    const client = createClient({
      surface: "tencent-v3",
      baseUrl,
      credentials,
      rateLimit: 5,
      clock: { now: () => virtual },
      sleep: async (ms) => {
        virtual += ms;
      },
    });
    await Promise.all(Array.from({ length: 12 }, () => client.call("AttachNetworkInterface", v3Params)));
    expect(seen).toHaveLength(12);
    const perSecond = new Map<string, number>();
    for (const s of seen) {
      const second = s.req.headers["x-tc-timestamp"] ?? "";
      perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    }
    expect([...perSecond.values()].sort((a, b) => b - a)).toEqual([5, 5, 2]);
  });

  it("uses the documented limit when none is configured (002: 100 per second)", () => {
    expect(v3.operations.find((o) => o.operation === "AttachNetworkInterface")?.ratePerSecond).toBe(100);
  });

  it("never lets the secret or a signature reach a recorded exchange or an error", async () => {
    const { baseUrl } = await serve("aliyun-ecs", () =>
      ali.codec.encodeError(
        new ApiError("InvalidEniId.NotFound", "not found"),
        "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
      ),
    );
    const recorder = memoryRecorder();
    for (const encoding of ali.codec.encodings) {
      const client = createClient({
        surface: "aliyun-ecs",
        baseUrl,
        credentials,
        encoding,
        recorder,
        sleep: noWait,
      });
      await client.call("AttachNetworkInterface", aliParams);
    }
    const text = JSON.stringify(recorder.exchanges);
    expect(recorder.exchanges).toHaveLength(ali.codec.encodings.length);
    expect(text).not.toContain(SECRET);
    expect(text).toContain("[REDACTED]");
    for (const e of recorder.exchanges) {
      const req = e.attempts[0]?.request;
      expect(req?.headers.authorization ?? "").not.toMatch(/Signature=[0-9a-f]{64}/);
      expect(decodeURIComponent(`${req?.url}&${req?.body}`)).not.toMatch(/Signature=[A-Za-z0-9+/]{27}=/);
    }
    const failing = createClient({
      surface: "aliyun-ecs",
      baseUrl: "http://127.0.0.1:9",
      credentials,
      sleep: noWait,
    });
    const error = await failing.call("AttachNetworkInterface", aliParams).catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain(SECRET);
  });

  it("sends an operation with a vendor host of its own there (JD describeNetworkInterface → vpc host)", async () => {
    // undici's MockAgent stands in for the internet: nothing leaves the machine.
    const agent = new MockAgent();
    agent.disableNetConnect();
    const body = JSON.stringify({ requestId: "c2hmmaan8w06w19qcdfuic4w03f7ft2d", result: {} });
    agent
      .get("https://vpc.jdcloud-api.com")
      .intercept({ path: /networkInterfaces/, method: "GET" })
      .reply(200, body, { headers: { "content-type": "application/json" } });
    const client = createClient({
      surface: "jdcloud-vm",
      baseUrl: "https://vm.jdcloud-api.com",
      credentials,
      dispatcher: agent,
    });
    const result = await client.call("describeNetworkInterface", {
      regionId: "cn-north-1",
      networkInterfaceId: "port-n2h70001se",
    });
    expect(result).toHaveProperty("data");
    expect(result.exchange.attempts[0]?.request.headers.host).toBe("vpc.jdcloud-api.com");
    agent.assertNoPendingInterceptors();
    await agent.close();
  });

  it("reads credentials from the cloud's standard environment variables, and names them when missing", () => {
    const env = { TENCENTCLOUD_SECRET_ID: "AKIDenv", TENCENTCLOUD_SECRET_KEY: "envsecret" };
    expect(resolveCredentials(v3, undefined, env)).toEqual({ accessKeyId: "AKIDenv", secret: "envsecret" });
    expect(() => resolveCredentials(jd, undefined, {})).toThrow(/JDCLOUD_ACCESS_KEY and JDCLOUD_SECRET_KEY/);
  });
});
