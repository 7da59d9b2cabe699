/**
 * Test support for the client tests: a real node:http server on 127.0.0.1 (port 0) that verifies
 * every request's signature with the surface's own verifier (against the machine's clock) and
 * answers with the surface's own codec, scripted per attempt — refusing a bad signature in the
 * cloud's own envelope by default. Servers are tracked and closed by `stopSignedServers()`.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import type { Surface } from "../contracts/surfaces.ts";
import { systemClock } from "../core/clock.ts";
import { readWireRequest, writeWireResponse } from "../core/node-http.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { paramsArbitrary } from "../suites-kit/arbitraries.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { VerifyResult } from "../surfaces/types.ts";

/** The key the servers know, and its secret. */
export const KNOWN = { accessKeyId: "AKIDsignedserver", secret: "signed-server-Secret-0001" } as const;
/** A second key the servers know (a call signing with other credentials). */
export const OTHER = { accessKeyId: "AKIDotherkey", secret: "other-key-Secret-0002" } as const;

/** A request id any surface's codec accepts. */
export const REQUEST_ID = "f23d1450-ed00-4442-98d4-be409e625e6c";

/** What the server received, and what its verifier made of it. */
export interface Seen {
  req: WireRequest;
  verified: VerifyResult;
}

/**
 * How the server answers attempt `n` (from 1): an answer (now, or when a promise settles), never
 * ("hang"), or a dropped connection.
 */
export type Script = (
  req: WireRequest,
  n: number,
  verified: VerifyResult,
) => WireResponse | "hang" | "reset" | Promise<WireResponse | "hang" | "reset">;

const servers: Server[] = [];

/** Close every server started here. */
export async function stopSignedServers(): Promise<void> {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
}

/**
 * What an accepted call answers: nothing (`{}`), but the task of an asynchronous call where the
 * surface names one in the answer (Tencent v2's `data.taskId`, which its codec requires).
 */
const RESULT: Partial<Record<Surface, Record<string, unknown>>> = {
  "tencent-v2": { taskId: 1 },
};

/** The answer the surface gives: its auth refusal for a request that does not verify, else success. */
export function answerSigned(surface: Surface): Script {
  const m = surfaceModule(surface);
  return (req, _n, verified) => {
    if (!verified.ok) return m.codec.encodeError(verified.error, REQUEST_ID);
    const decoded = m.codec.decode(req);
    const operation = decoded.ok ? decoded.value.operation : (m.operations[0]?.operation ?? "");
    return m.codec.encodeResult(operation, RESULT[surface] ?? {}, REQUEST_ID);
  };
}

/** Start a verifying server for `surface`; `seen` fills as requests arrive. */
export async function startSignedServer(
  surface: Surface,
  script: Script = answerSigned(surface),
): Promise<{ baseUrl: string; seen: Seen[]; close(): Promise<void> }> {
  const m = surfaceModule(surface);
  const seen: Seen[] = [];
  const secrets = new Map<string, string>([
    [KNOWN.accessKeyId, KNOWN.secret],
    [OTHER.accessKeyId, OTHER.secret],
  ]);
  const server = createServer(async (req, res) => {
    const wire = await readWireRequest(req);
    const verified = m.signer.verify(wire, { lookupSecret: (id) => secrets.get(id), clock: systemClock });
    seen.push({ req: wire, verified });
    const answer = await script(wire, seen.length, verified);
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
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A valid call of `surface`: `operation` (default: its first, an attach on every surface, which
 * answerSigned's result fits) with parameters drawn (seeded) from its request schema.
 */
export function sampleCall(
  surface: Surface,
  seed = 1,
  operation = surfaceModule(surface).operations[0]?.operation ?? "",
): { operation: string; params: Record<string, unknown> } {
  const params = fc.sample(paramsArbitrary(surface, operation), { numRuns: 1, seed })[0] ?? {};
  return { operation, params };
}
