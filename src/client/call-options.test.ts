/**
 * The client's per-call options, hooks and prepared requests, against real node:http servers on
 * 127.0.0.1 that verify every signature with the surface's own verifier: per-call credentials and
 * clock are what the server sees, `onRequest` changes a request before it is signed, `onResponse`
 * sees every attempt's answer, `pace: false` and `retry: false` hold for one call, a prepared request
 * goes out byte for byte as often as it is sent, `transport: "any"` retries a timeout, and `retries`
 * counts the attempts beyond the first.
 */
import { afterEach, describe, expect, it } from "vitest";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { fixedClock } from "../core/clock.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import {
  answerSigned,
  KNOWN,
  OTHER,
  REQUEST_ID,
  sampleCall,
  startSignedServer,
  stopSignedServers,
} from "../testing/signed-server.ts";
import { type CallResult, createClient } from "./client.ts";

afterEach(stopSignedServers);

const noWait = async () => {};
const fast = { attempts: 4, baseDelayMs: 1, maxDelayMs: 2 };

/** The code the surface answers `kind` with. */
const codeOf = (surface: Surface, kind: Parameters<ReturnType<typeof surfaceModule>["errors"]["error"]>[0]) =>
  surfaceModule(surface).errors.error(kind, "").code;

/** The surface's throttling answer. */
const throttled = (surface: Surface): WireResponse =>
  surfaceModule(surface).codec.encodeError(
    surfaceModule(surface).errors.error("rate.throttled", "slow down"),
    REQUEST_ID,
  );

/** A change a signature covers: the body when there is one, else the query (as surfaces.test.ts tampers). */
function change(req: WireRequest): WireRequest {
  if (req.body !== "") return { ...req, body: `${req.body} ` };
  return { ...req, url: `${req.url}${req.url.includes("?") ? "&" : "?"}Tampered=1` };
}
const changed = (req: WireRequest) => req.body.endsWith(" ") || req.url.includes("Tampered=1");

const errorCode = (r: CallResult) => ("error" in r ? r.error.code : "(none)");

describe.each(SURFACES)("per-call options on %s", (surface) => {
  const { operation, params } = sampleCall(surface);

  it("signs with the call's credentials: the server sees their key id, and refuses a wrong secret", async () => {
    const { baseUrl, seen } = await startSignedServer(surface);
    const client = createClient({ surface, baseUrl, credentials: KNOWN, retry: false });
    expect(await client.callRaw(operation, params, { credentials: OTHER })).toHaveProperty("data");
    expect(seen[0]?.verified).toMatchObject({ ok: true, accessKeyId: OTHER.accessKeyId });
    const wrong = await client.callRaw(operation, params, {
      credentials: { accessKeyId: KNOWN.accessKeyId, secret: "not-the-secret" },
    });
    expect(seen[1]?.verified).toMatchObject({
      ok: false,
      error: { code: codeOf(surface, "auth.bad-signature") },
    });
    expect(wrong).toHaveProperty("error");
    // The client's own credentials are untouched by a call's.
    expect(await client.callRaw(operation, params)).toHaveProperty("data");
    expect(seen[2]?.verified).toMatchObject({ ok: true, accessKeyId: KNOWN.accessKeyId });
  });

  it("signs with the call's clock: an hour-old clock is refused as expired", async () => {
    const { baseUrl, seen } = await startSignedServer(surface);
    const client = createClient({ surface, baseUrl, credentials: KNOWN, retry: false });
    const stale = await client.callRaw(operation, params, { clock: fixedClock(Date.now() - 3_600_000) });
    expect(seen[0]?.verified).toMatchObject({ ok: false, error: { code: codeOf(surface, "auth.expired") } });
    expect(errorCode(stale)).not.toBe("(none)");
    expect(await client.callRaw(operation, params)).toHaveProperty("data");
  });

  it("runs onRequest before signing: the server sees the change and its verifier accepts it", async () => {
    const { baseUrl, seen } = await startSignedServer(surface);
    const order: string[] = [];
    const client = createClient({
      surface,
      baseUrl,
      credentials: KNOWN,
      retry: false,
      onRequest: (req, ctx) => {
        order.push(`client ${ctx.operation}`);
        return { ...req, headers: { ...req.headers, "x-client-hook": "1" } };
      },
    });
    const r = await client.callRaw(operation, params, {
      onRequest: (req) => {
        order.push(`call sees client hook: ${req.headers["x-client-hook"]}`);
        return change(req);
      },
    });
    expect(r).toHaveProperty("data");
    expect(order).toEqual([`client ${operation}`, "call sees client hook: 1"]);
    expect(seen[0]?.verified.ok).toBe(true);
    expect(changed(seen[0]?.req as WireRequest)).toBe(true);
    expect(seen[0]?.req.headers["x-client-hook"]).toBe("1");
    // The same change after signing is refused: the signature covers it.
    const prepared = client.prepare(operation, params);
    await client.sendPrepared({ ...prepared, request: change(prepared.request) });
    expect(seen[1]?.verified.ok).toBe(false);
  });
});

describe("hooks and options of one call", () => {
  const surface = "aliyun-ecs";
  const { operation, params } = sampleCall(surface);

  it("shows onResponse every attempt's answer and the request signed for it, client hook first", async () => {
    const ok = answerSigned(surface);
    const { baseUrl } = await startSignedServer(surface, (req, n, v) =>
      n < 3 ? throttled(surface) : ok(req, n, v),
    );
    const saw: string[] = [];
    const nonces: string[] = [];
    const client = createClient({
      surface,
      baseUrl,
      credentials: KNOWN,
      retry: fast,
      sleep: noWait,
      onResponse: (res) => saw.push(`client ${res.status}`),
    });
    const r = await client.callRaw(operation, params, {
      onResponse: (res, ctx) => {
        saw.push(`call ${res.status} ${ctx.operation}`);
        nonces.push(ctx.request.headers["x-acs-signature-nonce"] ?? "");
      },
    });
    expect(r).toHaveProperty("data");
    const s = throttled(surface).status;
    expect(saw).toEqual([
      `client ${s}`,
      `call ${s} ${operation}`,
      `client ${s}`,
      `call ${s} ${operation}`,
      "client 200",
      `call 200 ${operation}`,
    ]);
    expect(new Set(nonces).size).toBe(3);
  });

  it("skips the pacing of a call with pace: false, and only that call", async () => {
    const { baseUrl, seen } = await startSignedServer(surface);
    const paced: string[] = [];
    const client = createClient({
      surface,
      baseUrl,
      credentials: KNOWN,
      pace: async (op) => {
        paced.push(op);
      },
    });
    await client.callRaw(operation, params, { pace: false });
    expect(paced).toEqual([]);
    await client.callRaw(operation, params);
    expect(paced).toEqual([operation]);
    expect(seen).toHaveLength(2);
  });

  it("skips the client's own rate limiter with pace: false (a burst exceeds the rate on purpose)", async () => {
    const { baseUrl, seen } = await startSignedServer(surface);
    let virtual = 1_000_000;
    const waits: number[] = [];
    const client = createClient({
      surface,
      baseUrl,
      credentials: KNOWN,
      rateLimit: 1,
      clock: { now: () => virtual },
      sleep: async (ms) => {
        waits.push(ms);
        virtual += ms;
      },
    });
    // Signing reads the clock too: the virtual clock starts now so the server's verifier accepts it.
    virtual = Date.now();
    await Promise.all([0, 1, 2].map(() => client.callRaw(operation, params, { pace: false })));
    expect(waits).toEqual([]);
    await client.callRaw(operation, params);
    await client.callRaw(operation, params);
    expect(waits).toHaveLength(1);
    expect(seen.every((x) => x.verified.ok)).toBe(true);
  });

  it.each([
    ["retry: false on a retrying client", { client: fast, call: false as const }, 1],
    ["the client's policy when the call says nothing", { client: fast, call: undefined }, 4],
    [
      "a call's own policy on a client that never retries",
      { client: false as const, call: { ...fast, attempts: 2 } },
      2,
    ],
  ])("tries %s", async (_name, { client: retry, call }, attempts) => {
    const { baseUrl, seen } = await startSignedServer(surface, () => throttled(surface));
    const client = createClient({ surface, baseUrl, credentials: KNOWN, retry, sleep: noWait });
    const r = await client.callRaw(operation, params, call === undefined ? {} : { retry: call });
    expect(errorCode(r)).toBe(codeOf(surface, "rate.throttled"));
    expect(seen).toHaveLength(attempts);
    expect(r.exchange.attempts).toHaveLength(attempts);
  });

  it.each([
    ["an answer at once", 0],
    ["one transient answer", 1],
    ["three transient answers", 3],
  ])("counts the retries after %s", async (_name, failures) => {
    const ok = answerSigned(surface);
    const { baseUrl } = await startSignedServer(surface, (req, n, v) =>
      n <= failures ? throttled(surface) : ok(req, n, v),
    );
    const client = createClient({ surface, baseUrl, credentials: KNOWN, retry: fast, sleep: noWait });
    const r = await client.callRaw(operation, params);
    expect(r).toHaveProperty("data");
    expect(r.retries).toBe(failures === 0 ? undefined : failures);
    expect("retries" in r).toBe(failures > 0);
    expect(r.exchange.attempts).toHaveLength(failures + 1);
  });

  it("counts every retry of a call that never got through", async () => {
    const { baseUrl } = await startSignedServer(surface, () => throttled(surface));
    const client = createClient({ surface, baseUrl, credentials: KNOWN, retry: fast, sleep: noWait });
    const r = await client.callRaw(operation, params);
    expect(r).toMatchObject({ error: { code: codeOf(surface, "rate.throttled") }, retries: 3 });
  });
});

describe("prepare and sendPrepared", () => {
  it.each(SURFACES)("on %s send the very same bytes every time", async (surface) => {
    const { operation, params } = sampleCall(surface);
    const { baseUrl, seen } = await startSignedServer(surface);
    const clock = fixedClock(Date.now());
    const client = createClient({ surface, baseUrl, credentials: KNOWN, clock });
    const prepared = client.prepare(operation, params);
    const first = await client.sendPrepared(prepared);
    const second = await client.sendPrepared(prepared);
    expect(first).toHaveProperty("data");
    expect(second).toHaveProperty("data"); // this server keeps no nonces: it sees no replay
    expect(seen).toHaveLength(2);
    expect(seen[1]?.req).toEqual(seen[0]?.req);
    expect(seen[0]?.req.body).toBe(prepared.request.body);
    expect(seen[0]?.req.url).toBe(prepared.request.url);
    for (const [name, value] of Object.entries(prepared.request.headers))
      expect(seen[0]?.req.headers[name], name).toBe(value);
    // A fresh call a second later signs afresh (Tencent's TC3 has no nonce: the time changes it).
    clock.advance(1000);
    await client.callRaw(operation, params);
    expect(seen[2]?.req).not.toEqual(seen[0]?.req);
  });

  it("returns an answer as it is (a transient one too), and retries no answer with the same bytes", async () => {
    const surface = "jdcloud-vm";
    const { operation, params } = sampleCall(surface);
    const ok = answerSigned(surface);
    const { baseUrl, seen } = await startSignedServer(surface, (req, n, v) =>
      n === 1 ? throttled(surface) : n === 2 ? "reset" : ok(req, n, v),
    );
    const client = createClient({ surface, baseUrl, credentials: KNOWN, retry: fast, sleep: noWait });
    const prepared = client.prepare(operation, params);
    expect(errorCode(await client.sendPrepared(prepared))).toBe(codeOf(surface, "rate.throttled"));
    expect(seen).toHaveLength(1);
    const again = await client.sendPrepared(prepared);
    expect(again).toHaveProperty("data");
    expect(again.retries).toBe(1);
    expect(seen).toHaveLength(3);
    expect(seen[2]?.req).toEqual(seen[1]?.req);
    expect(seen[1]?.req).toEqual(seen[0]?.req);
  });

  it("signs with the credentials and clock given to prepare", async () => {
    const surface = "tencent-v2";
    const { operation, params } = sampleCall(surface);
    const { baseUrl, seen } = await startSignedServer(surface);
    const client = createClient({ surface, baseUrl, credentials: KNOWN, retry: false });
    await client.sendPrepared(client.prepare(operation, params, { credentials: OTHER }));
    await client.sendPrepared(
      client.prepare(operation, params, { clock: fixedClock(Date.now() - 3_600_000) }),
    );
    expect(seen[0]?.verified).toMatchObject({ ok: true, accessKeyId: OTHER.accessKeyId });
    expect(seen[1]?.verified).toMatchObject({ ok: false, error: { code: codeOf(surface, "auth.expired") } });
  });
});

describe("retrying a failure to get an answer", () => {
  const surface = "tencent-v3";
  const { operation, params } = sampleCall(surface);
  /** Long enough for a loaded machine to answer the second attempt; the first never is. */
  const timeoutMs = 800;

  it.each([
    ["the default (resets only) gives up on a timeout", undefined, { attempts: 1, outcome: "ENIC_TIMEOUT" }],
    ['transport: "any" tries a timeout again', "any" as const, { attempts: 2, outcome: "data" }],
  ])("%s", async (_name, transport, want) => {
    const ok = answerSigned(surface);
    const { baseUrl, seen } = await startSignedServer(surface, (req, n, v) =>
      n === 1 ? "hang" : ok(req, n, v),
    );
    const retry = { ...fast, ...(transport ? { transport } : {}) };
    const client = createClient({ surface, baseUrl, credentials: KNOWN, retry, timeoutMs, sleep: noWait });
    const outcome = await client.callRaw(operation, params).then(
      (r) => ("data" in r ? `data, ${r.retries} retry` : "answer"),
      (e) => String(e.code),
    );
    expect(outcome).toBe(want.outcome === "data" ? "data, 1 retry" : want.outcome);
    expect(seen).toHaveLength(want.attempts);
  });

  it('retries a prepared request that timed out, with the same bytes, under transport: "any"', async () => {
    const ok = answerSigned(surface);
    const { baseUrl, seen } = await startSignedServer(surface, (req, n, v) =>
      n === 1 ? "hang" : ok(req, n, v),
    );
    const client = createClient({ surface, baseUrl, credentials: KNOWN, timeoutMs, sleep: noWait });
    const prepared = client.prepare(operation, params);
    const r = await client.sendPrepared(prepared, { retry: { ...fast, transport: "any" } });
    expect(r).toMatchObject({ data: {}, retries: 1 });
    expect(seen[1]?.req).toEqual(seen[0]?.req);
  });
});
