/**
 * Bridges node:http and the wire shapes: read an incoming request into a WireRequest (raw URL,
 * lower-case headers, whole body) and write a WireResponse. Used by every server of the project
 * (the simulator, test servers).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { WireRequest, WireResponse } from "./wire.ts";

/**
 * Read the whole request. A body larger than `maxBytes` is cut to its first `maxBytes + 1` bytes
 * (the rest is read and dropped), so that the caller can answer "too large" in its own envelope.
 */
export function readWireRequest(req: IncomingMessage, maxBytes = 1 << 20): Promise<WireRequest> {
  return new Promise((resolve, reject) => readWireRequestThen(req, maxBytes, resolve, reject));
}

/** {@link readWireRequest} with callbacks (no promise per request, for a server's hot path). */
export function readWireRequestThen(
  req: IncomingMessage,
  maxBytes: number,
  done: (wire: WireRequest) => void,
  failed: (error: Error) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (chunk: Buffer) => {
    if (size > maxBytes) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  req.on("error", failed);
  req.on("end", () => {
    const headers: Record<string, string> = {};
    const given = req.headers;
    for (const name in given) {
      const value = given[name];
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    // One chunk is the usual case: no copy.
    const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
    done({
      method: (req.method ?? "GET").toUpperCase(),
      url: req.url ?? "/",
      headers,
      body: (body.length > maxBytes ? body.subarray(0, maxBytes + 1) : body).toString("utf8"),
    });
  });
}

/** Write `wire` as the answer (a `content-length` of the wire's own headers is replaced). */
export function writeWireResponse(res: ServerResponse, wire: WireResponse): void {
  const headers: Record<string, string | number> = {};
  for (const name in wire.headers)
    if (name !== "content-length") headers[name] = wire.headers[name] as string;
  headers["content-length"] = Buffer.byteLength(wire.body);
  res.writeHead(wire.status, headers);
  res.end(wire.body);
}
