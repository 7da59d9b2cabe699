/**
 * The simulator's HTTP server writes a turn's answers together (TurnWriter): every answer still
 * reaches its own connection, in the order of that connection's requests, whether the requests come
 * on many connections at once or pipelined on one. Real sockets on 127.0.0.1.
 */
import { connect } from "node:net";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "./server.ts";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => sim.close());

const SURFACES = ["tencent-v2", "tencent-v3", "aliyun-ecs", "jdcloud-vm"] as const;

/** Send `raw` on one socket and read until `count` answers (all with content-length) have come. */
function pipelined(raw: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(sim.port, "127.0.0.1", () => socket.write(raw));
    let text = "";
    socket.setEncoding("latin1");
    socket.on("error", reject);
    socket.on("data", (chunk: string) => {
      text += chunk;
      const bodies: string[] = [];
      let rest = text;
      for (;;) {
        const end = rest.indexOf("\r\n\r\n");
        if (end === -1) break;
        const length = Number(/content-length: (\d+)/i.exec(rest.slice(0, end))?.[1]);
        if (rest.length < end + 4 + length) break;
        bodies.push(rest.slice(end + 4, end + 4 + length));
        rest = rest.slice(end + 4 + length);
      }
      if (bodies.length === count) {
        socket.destroy();
        resolve(bodies);
      }
    });
  });
}

describe("answers written at the end of the turn", () => {
  it("gives each of many concurrent connections its own answer", async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const surface = SURFACES[i % SURFACES.length] as string;
        const res = await request(`${sim.url}/_sim/fixtures?surface=${surface}`, { reset: true });
        return { surface, body: (await res.body.json()) as { surface: string } };
      }),
    );
    for (const a of answers) expect(a.body.surface).toBe(a.surface);
  });

  it("answers pipelined requests on one connection in their order", async () => {
    const order = [...SURFACES, ...[...SURFACES].reverse()];
    const raw = order
      .map((s) => `GET /_sim/fixtures?surface=${s} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`)
      .join("");
    const bodies = await pipelined(raw, order.length);
    expect(bodies.map((b) => (JSON.parse(b) as { surface: string }).surface)).toEqual(order);
  });
});
