/**
 * The in-process transport against the real thing: the same requests sent through undici to a
 * node:http server (reading and answering as the simulator's server does, src/core/node-http.ts) and
 * through the in-process dispatcher reach the handler as the same WireRequests, and come back as the
 * same answers (headers in the same order; only the date differs). A dropped connection and a
 * timeout are the same transport failures; a run's cassette composes onto it and records the exchange.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWireRequest, writeWireResponse } from "../core/node-http.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { Cassette } from "./cassette.ts";
import { InProcessDispatcher } from "./in-process.ts";
import { send, TransportError } from "./transport.ts";

/** A small body limit, so that a cut body is cheap to provoke. */
const MAX = 64;
const ANSWER: WireResponse = {
  status: 200,
  headers: {
    "content-type": "application/json; charset=utf-8",
    "x-request-id": "r-1",
    "content-length": "1",
  },
  body: JSON.stringify({ ok: true, name: "é ✓" }),
};

/** What both servers answer: ANSWER, a drop, or nothing (the request waits forever). */
let mode: "answer" | "drop" = "answer";
const overHttp: WireRequest[] = [];
const inProcess: WireRequest[] = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const wire = await readWireRequest(req, MAX);
    overHttp.push(wire);
    if (mode === "drop") req.socket.destroy();
    else writeWireResponse(res, ANSWER);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const dispatcher = () =>
  new InProcessDispatcher({
    origin,
    serve: async (req) => {
      inProcess.push(req);
      return mode === "drop" ? "drop" : ANSWER;
    },
    maxBodyBytes: MAX,
  });

const REQUESTS: WireRequest[] = [
  {
    method: "POST",
    url: "/?Action=Attach&Region=ap-guangzhou",
    headers: { host: "vpc.tencentcloudapi.com", "content-type": "application/x-www-form-urlencoded" },
    body: "a=1&b=%E2%9C%93",
  },
  { method: "POST", url: "/_sim/reset", headers: {}, body: "" },
  { method: "GET", url: "/_sim/fixtures?surface=tencent-v3", headers: {}, body: "" },
  { method: "DELETE", url: "/_sim/requests", headers: {}, body: "" },
  { method: "PUT", url: "/big", headers: { "content-type": "text/plain" }, body: "✓".repeat(40) },
];

describe("the in-process transport", () => {
  it("hands the handler the request node:http would, and returns the answer undici would read", async () => {
    mode = "answer";
    const inproc = dispatcher();
    for (const req of REQUESTS) {
      overHttp.length = 0;
      inProcess.length = 0;
      const real = await send(origin, req, { timeoutMs: 5000 });
      const local = await send(origin, req, { timeoutMs: 5000, dispatcher: inproc });
      expect(inProcess, req.url).toEqual(overHttp);
      expect(Object.keys(inProcess[0]?.headers ?? {}), req.url).toEqual(
        Object.keys(overHttp[0]?.headers ?? {}),
      );
      expect(local.status).toBe(real.status);
      expect(local.body).toBe(real.body);
      expect(Object.keys(local.headers)).toEqual(Object.keys(real.headers));
      expect({ ...local.headers, date: "" }).toEqual({ ...real.headers, date: "" });
      expect(local.headers.date).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    }
    // The big body arrived cut after MAX + 1 bytes, both ways (equal above).
    expect((inProcess[0]?.body ?? "").length).toBeLessThan((REQUESTS[4] as WireRequest).body.length);
    await inproc.close();
  });

  it("serves undici's own request() as well (its older handler interface), bodiless requests included", async () => {
    mode = "answer";
    const inproc = dispatcher();
    for (const method of ["POST", "PUT", "DELETE", "GET"] as const) {
      overHttp.length = 0;
      inProcess.length = 0;
      const real = await request(`${origin}/_sim/reset`, { method });
      const local = await request(`${origin}/_sim/reset`, { method, dispatcher: inproc });
      expect(await local.body.text()).toBe(await real.body.text());
      expect(local.statusCode).toBe(real.statusCode);
      expect({ ...local.headers, date: "" }).toEqual({ ...real.headers, date: "" });
      expect(inProcess, method).toEqual(overHttp);
    }
    await inproc.close();
  });

  it("fails a dropped connection as undici does, and times out an answer that never comes", async () => {
    mode = "drop";
    const req = REQUESTS[0] as WireRequest;
    const real = await send(origin, req, { timeoutMs: 5000 }).catch((e: unknown) => e);
    const local = await send(origin, req, { timeoutMs: 5000, dispatcher: dispatcher() }).catch(
      (e: unknown) => e,
    );
    expect(real).toBeInstanceOf(TransportError);
    expect(local).toBeInstanceOf(TransportError);
    const fields = (e: unknown) => {
      const t = e as TransportError;
      return { kind: t.kind, message: t.message, code: t.code };
    };
    expect(fields(local)).toEqual(fields(real));
    const never = new InProcessDispatcher({ origin, serve: () => new Promise(() => {}), maxBodyBytes: MAX });
    const late = await send(origin, req, { timeoutMs: 30, dispatcher: never }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(TransportError);
    expect((late as TransportError).kind).toBe("timeout");
  });

  it("reaches its own origin only, and nothing once closed", async () => {
    mode = "answer";
    const inproc = dispatcher();
    const elsewhere = await send("http://127.0.0.1:9", REQUESTS[1] as WireRequest, {
      timeoutMs: 1000,
      dispatcher: inproc,
    }).catch((e: unknown) => e);
    expect((elsewhere as Error).message).toContain(`reaches the embedded simulator (${origin}) only`);
    await inproc.close();
    const closed = await send(origin, REQUESTS[1] as WireRequest, {
      timeoutMs: 1000,
      dispatcher: inproc,
    }).catch((e: unknown) => e);
    expect(closed).toBeInstanceOf(TransportError);
  });

  it("composes with a run's cassette, which records the exchange as it would over a socket", async () => {
    mode = "answer";
    const dirs = [mkdtempSync(join(tmpdir(), "enic-inproc-")), mkdtempSync(join(tmpdir(), "enic-http-"))];
    const [local, real] = dirs.map((d) => Cassette.record(d)) as [Cassette, Cassette];
    const req = REQUESTS[0] as WireRequest;
    await send(origin, req, { timeoutMs: 5000, dispatcher: dispatcher().compose(local.interceptor()) });
    const { Agent } = await import("undici");
    await send(origin, req, { timeoutMs: 5000, dispatcher: new Agent().compose(real.interceptor()) });
    const tapes = dirs.map((d) =>
      readdirSync(join(d, "tapes")).map((f) => JSON.parse(readFileSync(join(d, "tapes", f), "utf8"))),
    );
    const [mine, theirs] = tapes.map((t) =>
      t.map((e) => ({ ...e, response: { ...e.response, headers: { ...e.response.headers, date: "" } } })),
    );
    expect(mine).toHaveLength(1);
    expect(mine).toEqual(theirs);
  });

  it("reads a body as undici's text() does over a socket: UTF-8, a byte-order mark skipped", async () => {
    const bom = createServer((_req, res) => res.end(Buffer.from('\ufeff{"ok":"✓"}', "utf8")));
    await new Promise<void>((resolve) => bom.listen(0, "127.0.0.1", resolve));
    const at = `http://127.0.0.1:${(bom.address() as AddressInfo).port}`;
    try {
      const got = await send(at, { method: "GET", url: "/", headers: {}, body: "" }, { timeoutMs: 5000 });
      expect(got.body).toBe(await (await request(at)).body.text());
      expect(got.body).toBe('{"ok":"✓"}');
    } finally {
      bom.closeAllConnections();
      await new Promise((resolve) => bom.close(resolve));
    }
  });
});
