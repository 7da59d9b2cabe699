/**
 * Sends one signed WireRequest with undici and reads the whole answer. The Host header is sent as
 * signed (so a client may dial 127.0.0.1 while signing for the vendor's host), and a timeout covers
 * the whole exchange.
 */
import { type Dispatcher, request } from "undici";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { throughCassette } from "./cassette.ts";

/** A failure to get an answer: the socket failed, or the timeout struck. */
export class TransportError extends Error {
  override readonly name = "TransportError";
  constructor(
    readonly kind: "timeout" | "network",
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Send `req` to `origin` (scheme://host:port) and return the full response — through the run's
 * cassette when one is recording or replaying (src/client/cassette.ts).
 */
export function send(
  origin: string,
  req: WireRequest,
  options: { timeoutMs: number; dispatcher?: Dispatcher },
): Promise<WireResponse> {
  return throughCassette(
    req,
    () => sendNow(origin, req, options),
    (error) =>
      error instanceof TransportError
        ? { kind: error.kind, message: error.message, ...(error.code ? { code: error.code } : {}) }
        : undefined,
    (failure) => new TransportError(failure.kind, failure.message, failure.code),
  );
}

async function sendNow(
  origin: string,
  req: WireRequest,
  options: { timeoutMs: number; dispatcher?: Dispatcher },
): Promise<WireResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const res = await request(`${origin}${req.url}`, {
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.method === "GET" || req.method === "HEAD" ? null : req.body,
      signal: controller.signal,
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
    const body = await res.body.text();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
    }
    return { status: res.statusCode, headers, body };
  } catch (error) {
    if (controller.signal.aborted) {
      throw new TransportError("timeout", `no answer within ${options.timeoutMs} ms`);
    }
    const code = String((error as { code?: unknown }).code ?? "");
    throw new TransportError("network", (error as Error).message, code || undefined);
  } finally {
    clearTimeout(timer);
  }
}
