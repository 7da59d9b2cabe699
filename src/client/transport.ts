/**
 * Sends one signed WireRequest with undici and reads the whole answer. The Host header is sent as
 * signed (so a client may dial 127.0.0.1 while signing for the vendor's host), and a timeout covers
 * the whole exchange. What sits between the client and the socket (a run's cassette) is an undici
 * interceptor composed onto the dispatcher passed in.
 */
import { type Dispatcher, request } from "undici";
import { isSuiteError } from "../core/errors.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";

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
 * Send `req` to `origin` (scheme://host:port) and return the full response. Throws TransportError,
 * or a SuiteError an interceptor raised (a cassette that has no answer for the request).
 */
export async function send(
  origin: string,
  req: WireRequest,
  options: { timeoutMs: number; dispatcher?: Dispatcher | undefined },
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
    if (isSuiteError(error)) throw error;
    // A played-back timeout arrives as a TimeoutError (src/client/cassette.ts).
    if (controller.signal.aborted || (error as Error).name === "TimeoutError") {
      throw new TransportError("timeout", `no answer within ${options.timeoutMs} ms`);
    }
    const code = String((error as { code?: unknown }).code ?? "");
    throw new TransportError("network", (error as Error).message, code || undefined);
  } finally {
    clearTimeout(timer);
  }
}
