/**
 * Bridges node:http and the wire shapes: read an incoming request into a WireRequest (raw URL,
 * lower-case headers, whole body) and write a WireResponse. Used by every server of the project
 * (the simulator, test servers).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { WireRequest, WireResponse } from "./wire.ts";

/** Read the whole request (bounded by `maxBytes`; larger bodies reject with an Error). */
export function readWireRequest(req: IncomingMessage, maxBytes = 1 << 20): Promise<WireRequest> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new Error(`request body larger than ${maxBytes} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", reject);
    req.on("end", () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
      }
      resolve({
        method: (req.method ?? "GET").toUpperCase(),
        url: req.url ?? "/",
        headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
    });
  });
}

/** Write `wire` as the answer. */
export function writeWireResponse(res: ServerResponse, wire: WireResponse): void {
  res.writeHead(wire.status, { ...wire.headers, "content-length": Buffer.byteLength(wire.body) });
  res.end(wire.body);
}
