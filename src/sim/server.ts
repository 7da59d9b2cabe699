/**
 * Serves a simulator on a node:http port (127.0.0.1 by default). Bad input never takes the server
 * down: oversized bodies are refused with the cloud's own error, and a handler failure answers 500.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readWireRequestThen, writeWireResponse } from "../core/node-http.ts";
import type { WireResponse } from "../core/wire.ts";
import { createSimulator, type Simulator } from "./simulator.ts";
import type { SimulatorOptions } from "./state.ts";

/**
 * Writes the answers of one event-loop turn together, at its end (`setImmediate`), in the order
 * they were given. Each answer still goes out on its own socket in one write; what changes is when.
 * A loopback write that wakes a sleeping peer costs the writer far more CPU than one to a peer
 * already awake (on this project's 2-core VM, writev was half of the simulator's busy time under
 * load: bench/where-the-time-goes.md); written back to back, a turn's answers to several
 * connections pay that wake-up once. A sequential client loses nothing: its answer goes out in
 * the same turn.
 */
class TurnWriter {
  private readonly pending: [ServerResponse, WireResponse][] = [];
  private readonly flush = () => {
    const batch = this.pending.splice(0);
    for (const [res, wire] of batch) writeWireResponse(res, wire);
  };

  add(res: ServerResponse, wire: WireResponse): void {
    if (this.pending.push([res, wire]) === 1) setImmediate(this.flush);
  }
}

/** A running simulator server. */
export interface RunningSimulator {
  readonly url: string;
  readonly port: number;
  readonly simulator: Simulator;
  close(): Promise<void>;
}

/** Start a simulator on `host:port` (port 0 picks a free port). */
export async function startSimulator(
  options: SimulatorOptions & { port?: number; host?: string } = {},
): Promise<RunningSimulator> {
  const simulator = createSimulator(options);
  const limit = simulator.state.maxBodyBytes;
  const answers = new TurnWriter();
  const answer = (req: IncomingMessage, res: ServerResponse, wire: WireResponse | "drop") => {
    if (wire === "drop") req.socket.destroy();
    else answers.add(res, wire);
  };
  // Callbacks rather than promises: a request that nothing delays is answered in the turn it ends.
  const server: Server = createServer((req, res) => {
    readWireRequestThen(
      req,
      // Bodies past the limit arrive cut short; the surface answers "too large" in its own envelope.
      limit,
      (wire) => {
        const served = simulator.serveWire(wire, { remoteAddress: req.socket.remoteAddress ?? "unknown" });
        if (served instanceof Promise)
          served.then(
            (a) => answer(req, res, a),
            () => req.socket.destroy(),
          );
        else answer(req, res, served);
      },
      () => req.socket.destroy(),
    );
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable)
      socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    simulator,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
