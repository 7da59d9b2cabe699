/**
 * Bounded fuzzing of the simulator over raw sockets on 127.0.0.1: valid signed requests of every
 * surface, mutated (headers dropped, bytes flipped, bodies cut or replaced, methods and paths
 * changed), plus random requests. The server must stay up, and every answer must be a documented
 * envelope of some surface (or the simulator's own "no surface matches" answer, or node's 400 for
 * bytes that are not HTTP at all).
 */
import { connect } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SURFACES } from "../contracts/surfaces.ts";
import { fixedClock, seededRandom } from "../core/clock.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { paramsArbitrary } from "../suites-kit/arbitraries.ts";
import { SURFACE_MODULES, surfaceModule } from "../surfaces/registry.ts";
import { type RunningSimulator, startSimulator } from "./server.ts";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ maxBodyBytes: 64 * 1024 });
});
afterAll(async () => sim.close());

/** Send raw bytes and read the whole answer (the request asks the server to close). */
function sendRaw(bytes: string): Promise<WireResponse | "closed"> {
  return new Promise((resolve) => {
    const socket = connect(sim.port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy());
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", () => resolve("closed"));
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const m = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
      if (!m) return resolve("closed");
      const headers: Record<string, string> = {};
      for (const line of (m[2] ?? "").split("\r\n")) {
        const i = line.indexOf(":");
        if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(m[1]), headers, body: m[3] ?? "" });
    });
    socket.end(bytes);
  });
}

function toBytes(req: WireRequest): string {
  const headers = {
    ...req.headers,
    connection: "close",
    "content-length": String(Buffer.byteLength(req.body)),
  };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `${req.method} ${req.url} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n${req.body}`;
}

/** True when some surface reads `res` as its own success or error envelope. */
function documented(res: WireResponse): boolean {
  if (res.status === 400 && res.body === "") return true; // node's parser refusing non-HTTP bytes
  if (res.status === 404 && res.body.includes("no simulated surface matches")) return true;
  return Object.values(SURFACE_MODULES).some((m) =>
    m.operations.some((o) => m.codec.decodeResponse(o.operation, res).kind !== "malformed"),
  );
}

const clock = fixedClock(Date.now());

type Mutation =
  | { kind: "drop-header"; index: number }
  | { kind: "flip-body"; index: number; char: string }
  | { kind: "flip-url"; index: number; char: string }
  | { kind: "cut-body"; index: number }
  | { kind: "body"; body: string }
  | { kind: "method"; method: string }
  | { kind: "content-type"; value: string }
  | { kind: "none" };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop-header" as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant("flip-body" as const),
    index: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({
    kind: fc.constant("flip-url" as const),
    index: fc.nat(),
    char: fc.constantFrom("%", "?", "&", "=", "#", "/", ":", "z", "%zz"),
  }),
  fc.record({ kind: fc.constant("cut-body" as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant("body" as const),
    body: fc.oneof(fc.string(), fc.json(), fc.constant("{".repeat(200))),
  }),
  fc.record({
    kind: fc.constant("method" as const),
    method: fc.constantFrom("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "GET", "POST"),
  }),
  fc.record({
    kind: fc.constant("content-type" as const),
    value: fc.constantFrom("text/plain", "application/xml", "multipart/form-data", ""),
  }),
  fc.record({ kind: fc.constant("none" as const) }),
);

function mutate(req: WireRequest, m: Mutation): WireRequest {
  const out = { ...req, headers: { ...req.headers } };
  switch (m.kind) {
    case "drop-header": {
      const names = Object.keys(out.headers).filter((n) => n !== "host");
      const name = names[m.index % Math.max(1, names.length)];
      if (name) delete out.headers[name];
      return out;
    }
    case "flip-body":
      if (out.body.length === 0) return out;
      return {
        ...out,
        body:
          out.body.slice(0, m.index % out.body.length) +
          m.char +
          out.body.slice((m.index % out.body.length) + 1),
      };
    case "flip-url": {
      const i = m.index % out.url.length;
      return { ...out, url: out.url.slice(0, i) + m.char + out.url.slice(i + 1) };
    }
    case "cut-body":
      return { ...out, body: out.body.slice(0, m.index % (out.body.length + 1)) };
    case "body":
      return { ...out, body: m.body };
    case "method":
      return { ...out, method: m.method };
    case "content-type":
      out.headers["content-type"] = m.value;
      return out;
    default:
      return out;
  }
}

describe("bounded fuzzing of the simulator", () => {
  it.each(SURFACES)(
    "%s: mutated valid requests always get a documented envelope; the server stays up",
    async (surface) => {
      const m = surfaceModule(surface);
      const ops = m.operations.map((o) => o.operation);
      const valid = fc.tuple(fc.constantFrom(...ops), fc.integer()).chain(([op, seed]) =>
        paramsArbitrary(surface, op).map((params) => {
          const wire = m.codec.encodeRequest(op, params, {
            region: m.defaults.region,
            host: `127.0.0.1:${sim.port}`,
          });
          return m.signer.sign(wire, {
            credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
            clock,
            random: seededRandom(seed),
            region: m.defaults.region,
          });
        }),
      );
      await fc.assert(
        fc.asyncProperty(valid, mutation, async (req, mut) => {
          const sent = mutate(req, mut);
          const res = await sendRaw(toBytes(sent));
          if (res === "closed") return; // a connection the server refused to parse was closed: still up
          if (sent.method === "HEAD") {
            // A HEAD answer has no body by definition; its status must still be one a surface answers.
            expect(res.status).toBeGreaterThanOrEqual(200);
            return;
          }
          expect(documented(res), `${res.status} ${res.body.slice(0, 200)}`).toBe(true);
        }),
        { numRuns: 120, interruptAfterTimeLimit: 20_000 },
      );
      const health = await sendRaw(
        "GET /_sim/health HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n",
      );
      expect(health).toMatchObject({ status: 200 });
    },
  );

  it("random bytes and oversized bodies never take the server down", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (junk) => {
        const res = await sendRaw(junk);
        if (res !== "closed") expect(documented(res), `${res.status} ${res.body.slice(0, 100)}`).toBe(true);
      }),
      { numRuns: 60, interruptAfterTimeLimit: 10_000 },
    );
    const big = `{"NetworkInterfaceId":"${"x".repeat(100_000)}"}`;
    const res = await sendRaw(
      toBytes({
        method: "POST",
        url: "/",
        headers: {
          host: "127.0.0.1",
          "content-type": "application/json",
          "x-tc-action": "AttachNetworkInterface",
          authorization: "TC3-HMAC-SHA256 x",
        },
        body: big,
      }),
    );
    expect(res).not.toBe("closed");
    if (res !== "closed") {
      expect(documented(res)).toBe(true);
      expect(res.body).toMatch(/"Error"/);
    }
    expect(await sendRaw("GET /_sim/health HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")).toMatchObject({
      status: 200,
    });
  });
});
