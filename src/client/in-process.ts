/**
 * The in-process transport (`run --transport in-process`, an explicit opt-in that the reports name):
 * an undici Dispatcher that hands each request to the embedded simulator's `handleWire` in this
 * process instead of writing it to a socket. The client is the same one (signing, undici's `request`,
 * decoding); a run's cassette interceptor composes onto this dispatcher as onto a socket's, so
 * `--record` records the same exchanges.
 *
 * What the simulator sees and what the client gets back are what the two HTTP stacks would have made
 * of them: the request carries the headers undici adds on the wire (`host` first, `connection`, a
 * `content-length` where undici sends one), a body past the simulator's limit arrives cut as node:http
 * delivers it to the simulator, and the answer carries the headers node:http's server adds
 * (`content-length`, `date` unless the simulator set one, `connection`, `keep-alive`). A dropped
 * connection is undici's own `SocketError: other side closed`. What is not the same: no socket, no
 * HTTP parsing, no chunking on either side — the cost this transport exists to leave out.
 */
import { STATUS_CODES } from "node:http";
import { Dispatcher, errors } from "undici";
import type { WireRequest, WireResponse } from "../core/wire.ts";

/** What serves the requests: the embedded simulator's `serveWire` (an answer, or its promise). */
export type WireServer = (req: WireRequest) => WireResponse | "drop" | Promise<WireResponse | "drop">;

/** Options of an in-process dispatcher. */
export interface InProcessOptions {
  /** The only origin it answers for (`http://127.0.0.1:PORT`, the simulator's own URL). */
  origin: string;
  /** Serve one request. */
  serve: WireServer;
  /** The largest body the server reads whole (node:http delivers one byte more, then stops). */
  maxBodyBytes: number;
}

/** The methods undici sends a `content-length: 0` for when their body is empty or absent. */
const PAYLOAD_METHODS = new Set(["PUT", "POST", "PATCH", "QUERY", "PROPFIND", "PROPPATCH"]);

/** node:http's keep-alive answer headers (its default keepAliveTimeout, 5 s). */
const KEEP_ALIVE = "timeout=5";

/** A request's body as text (the client sends text; bytes are read as UTF-8, as the server reads them). */
function bodyText(body: unknown): string {
  if (body === null || body === undefined) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array)
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  throw new errors.InvalidArgumentError("the in-process transport sends string or byte bodies only");
}

/** The request as node:http hands it to the simulator after undici wrote it. */
function wireRequest(opts: Dispatcher.DispatchOptions, host: string, max: number): WireRequest {
  const method = String(opts.method).toUpperCase();
  const given: Record<string, string> = {};
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    const key = name.toLowerCase();
    const text = Array.isArray(value) ? value.join(", ") : String(value);
    given[key] = key in given ? `${given[key]}, ${text}` : text;
  };
  const raw = opts.headers;
  if (Array.isArray(raw)) for (let i = 0; i < raw.length; i += 2) add(String(raw[i]), raw[i + 1]);
  else if (raw && typeof raw === "object")
    for (const [name, value] of Object.entries(raw as Record<string, unknown>)) add(name, value);
  const body = bodyText(opts.body);
  // undici writes host first, then connection, the given headers, and the body's length.
  const headers: Record<string, string> = { host: given.host ?? host };
  headers.connection = given.connection ?? "keep-alive";
  for (const name in given)
    if (name !== "host" && name !== "connection") headers[name] = given[name] as string;
  // An empty body (or none) gets a length only where the method expects a payload.
  const length = Buffer.byteLength(body);
  if ((length > 0 || PAYLOAD_METHODS.has(method)) && !("content-length" in given))
    headers["content-length"] = String(length);
  // node:http delivers a body past the server's limit cut after its first `max + 1` bytes.
  return {
    method,
    url: opts.path,
    headers,
    body:
      length > max
        ? Buffer.from(body, "utf8")
            .subarray(0, max + 1)
            .toString("utf8")
        : body,
  };
}

/** The Date header of the current second (node:http keeps one per second too). */
let dateSecond = -1;
let dateText = "";
function httpDate(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}

/** The answer's headers as undici reads them off node:http (see writeWireResponse in src/core/node-http.ts). */
function answerHeaders(res: WireResponse, bodyBytes: number): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name in res.headers) if (name !== "content-length") headers[name] = res.headers[name] as string;
  headers["content-length"] = String(bodyBytes);
  headers.date ??= httpDate();
  headers.connection = "keep-alive";
  headers["keep-alive"] = KEEP_ALIVE;
  return headers;
}

/** The controller of one in-process exchange: abort ends it with the reason; pause and resume are no-ops (the body is one chunk). */
class Controller implements Dispatcher.DispatchController {
  aborted = false;
  paused = false;
  reason: Error | null = null;
  constructor(private readonly onAbort: (reason: Error) => void) {}
  abort(reason: Error): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.onAbort(reason);
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
}

/** undici's older handler interface (a dispatcher called without interceptors gets one). */
interface LegacyHandler {
  onConnect?(abort: (reason?: Error) => void, context?: object): void;
  onHeaders?(status: number, rawHeaders: string[], resume: () => void, statusText: string): boolean;
  onData?(chunk: Buffer): boolean;
  onComplete?(trailers: string[] | null): void;
  onError?(error: Error): void;
}

/** The steps of an exchange, whichever interface the handler speaks. */
interface Steps {
  start(abort: (reason: Error) => void): void;
  respond(status: number, headers: Record<string, string>, body: Buffer | undefined): void;
  fail(error: Error): void;
}

function stepsOf(handler: Dispatcher.DispatchHandler): Steps {
  if (typeof handler.onRequestStart === "function" || typeof handler.onResponseStart === "function") {
    let controller = new Controller(() => {});
    return {
      start: (abort) => {
        controller = new Controller(abort);
        handler.onRequestStart?.(controller, {});
      },
      respond: (status, headers, body) => {
        handler.onResponseStart?.(controller, status, headers, STATUS_CODES[status] ?? "");
        if (body && !controller.aborted) handler.onResponseData?.(controller, body);
        if (!controller.aborted) handler.onResponseEnd?.(controller, {});
      },
      fail: (error) => handler.onResponseError?.(controller, error),
    };
  }
  // Its onHeaders takes the raw headers as strings as well as bytes (undici's parseHeaders reads both).
  const legacy = handler as unknown as LegacyHandler;
  return {
    start: (abort) => legacy.onConnect?.((reason) => abort(reason ?? new errors.RequestAbortedError())),
    respond: (status, headers, body) => {
      const raw: string[] = [];
      for (const name in headers) raw.push(name, headers[name] as string);
      legacy.onHeaders?.(status, raw, () => {}, STATUS_CODES[status] ?? "");
      if (body) legacy.onData?.(body);
      legacy.onComplete?.([]);
    },
    fail: (error) => legacy.onError?.(error),
  };
}

/** An undici Dispatcher whose requests are served by a function in this process: no socket, no HTTP parsing. */
export class InProcessDispatcher extends Dispatcher {
  readonly #origin: string;
  readonly #host: string;
  readonly #serve: WireServer;
  readonly #max: number;
  #closed = false;

  constructor(options: InProcessOptions) {
    super();
    const url = new URL(options.origin);
    this.#origin = url.origin;
    this.#host = url.host;
    this.#serve = options.serve;
    this.#max = options.maxBodyBytes;
  }

  override dispatch(opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const steps = stepsOf(handler);
    if (this.#closed) {
      queueMicrotask(() => steps.fail(new errors.ClientClosedError()));
      return true;
    }
    const origin = opts.origin === undefined ? this.#origin : new URL(String(opts.origin)).origin;
    if (origin !== this.#origin) {
      queueMicrotask(() =>
        steps.fail(
          new errors.InvalidArgumentError(
            `the in-process transport reaches the embedded simulator (${this.#origin}) only, not ${origin}`,
          ),
        ),
      );
      return true;
    }
    void this.#exchange(opts, steps);
    return true;
  }

  async #exchange(opts: Dispatcher.DispatchOptions, steps: Steps): Promise<void> {
    let ended = false;
    const fail = (error: Error) => {
      if (ended) return;
      ended = true;
      steps.fail(error);
    };
    try {
      steps.start(fail);
      if (ended) return;
      const answer = await this.#serve(wireRequest(opts, this.#host, this.#max));
      if (ended) return;
      if (answer === "drop") {
        // What undici reports when the server destroys the connection without an answer.
        fail(new errors.SocketError("other side closed"));
        return;
      }
      const bodyless =
        answer.status === 204 || answer.status === 304 || String(opts.method).toUpperCase() === "HEAD";
      const bytes = bodyless ? undefined : Buffer.from(answer.body, "utf8");
      const headers = answerHeaders(answer, bytes?.length ?? 0);
      ended = true;
      steps.respond(answer.status, headers, bytes && bytes.length > 0 ? bytes : undefined);
    } catch (error) {
      fail(error as Error);
    }
  }

  override close(): Promise<void>;
  override close(callback: () => void): void;
  override close(callback?: () => void): Promise<void> | void {
    this.#closed = true;
    if (callback) {
      queueMicrotask(callback);
      return;
    }
    return Promise.resolve();
  }

  override destroy(): Promise<void>;
  override destroy(error: Error | null): Promise<void>;
  override destroy(callback: () => void): void;
  override destroy(error: Error | null, callback: () => void): void;
  override destroy(a?: Error | null | (() => void), b?: () => void): Promise<void> | void {
    this.#closed = true;
    const callback = typeof a === "function" ? a : b;
    if (callback) {
      queueMicrotask(callback);
      return;
    }
    return Promise.resolve();
  }
}
