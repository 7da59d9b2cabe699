/**
 * Sends one signed WireRequest with undici and reads the whole answer. The Host header is sent as
 * signed (so a client may dial 127.0.0.1 while signing for the vendor's host), and a timeout covers
 * the whole exchange. What sits between the client and the socket (a run's cassette) is an undici
 * interceptor composed onto the dispatcher passed in; without one, undici's global agent sends.
 *
 * The request goes straight to the dispatcher's `dispatch` with a handler that keeps the answer
 * whole, as undici's `request` does with its body stream (the same origin and path, the same parsed
 * headers, the body decoded as UTF-8 without a byte-order mark), without what `request` adds for
 * its callers: an AbortSignal per call (the timeout aborts the dispatch through its controller), a
 * stream per body, and their garbage (about half of an exchange's client-side CPU in-process).
 */
import { type Dispatcher, getGlobalDispatcher } from "undici";
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

/** What ended the wait for an answer when the timeout struck. */
class Timeout extends Error {
  override readonly name = "TimeoutError";
}

/** The body as undici's `text()` reads it: UTF-8, a leading byte-order mark skipped. */
function bodyText(chunks: Buffer[]): string {
  if (chunks.length === 0) return "";
  const buffer = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
  const bom = buffer.length > 2 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  return buffer.toString("utf8", bom ? 3 : 0);
}

/** A failure as the client reports it (a SuiteError an interceptor raised goes through as it is). */
function failure(error: unknown, timedOut: boolean, timeoutMs: number | undefined): Error {
  if (isSuiteError(error)) return error as Error;
  // A played-back timeout arrives as a TimeoutError (src/client/cassette.ts).
  if (timedOut || (error as Error).name === "TimeoutError")
    return new TransportError("timeout", `no answer within ${timeoutMs} ms`);
  const code = String((error as { code?: unknown }).code ?? "");
  return new TransportError("network", (error as Error).message, code || undefined);
}

/**
 * Send `req` to `origin` (scheme://host:port) and return the full response. Rejects with a
 * TransportError, or a SuiteError an interceptor raised (a cassette that has no answer for the
 * request). Without `timeoutMs` the wait is undici's own (its headers and body timeouts).
 */
export function send(
  origin: string,
  req: WireRequest,
  options: { timeoutMs?: number | undefined; dispatcher?: Dispatcher | undefined },
): Promise<WireResponse> {
  const { timeoutMs } = options;
  return new Promise<WireResponse>((resolve, reject) => {
    let controller: Dispatcher.DispatchController | undefined;
    let done = false;
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const end = (error: unknown, answer?: WireResponse) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      if (answer) resolve(answer);
      else reject(failure(error, timedOut, timeoutMs));
    };
    let status = 0;
    let headers: Record<string, string> = {};
    const chunks: Buffer[] = [];
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart: (c) => {
        controller = c;
        if (timedOut) c.abort(new Timeout(`no answer within ${timeoutMs} ms`));
      },
      onResponseStart: (_c, statusCode, given) => {
        // An informational answer (100 Continue) is not the answer.
        if (statusCode < 200) return;
        status = statusCode;
        headers = {};
        for (const name in given) {
          const value = given[name];
          if (value !== undefined)
            headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
        }
      },
      onResponseData: (_c, chunk) => {
        chunks.push(chunk);
      },
      onResponseEnd: () => end(undefined, { status, headers, body: bodyText(chunks) }),
      onResponseError: (_c, error) => end(error),
    };
    try {
      // The origin and path as undici's `request(url)` makes them of the URL.
      const url = new URL(`${origin}${req.url}`);
      if (timeoutMs !== undefined)
        timer = setTimeout(() => {
          timedOut = true;
          // Not yet started (still connecting): the request is aborted when it starts.
          controller?.abort(new Timeout(`no answer within ${timeoutMs} ms`));
          end(undefined);
        }, timeoutMs);
      (options.dispatcher ?? getGlobalDispatcher()).dispatch(
        {
          origin: url.origin,
          path: url.search ? `${url.pathname}${url.search}` : url.pathname,
          method: req.method as Dispatcher.HttpMethod,
          headers: req.headers,
          body: req.method === "GET" || req.method === "HEAD" ? null : req.body,
        },
        handler,
      );
    } catch (error) {
      end(error);
    }
  });
}
