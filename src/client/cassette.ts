/**
 * Cassettes: `run --record DIR` keeps every exchange of a run with its target — the vendor calls
 * and the simulator control-plane calls, redacted — on one tape per case, plus the run's fixture map
 * and target description (`cassette.json`); `run --playback DIR` runs the same checks offline, every
 * request answered from the tape, so a failure from a nightly staging run can be examined on a
 * laptop with no account and no network.
 *
 * A cassette is an object the run's target holds (never module state): vendor exchanges go through
 * its undici interceptor (`interceptor()`, composed onto the dispatcher every client of the run
 * uses), control-plane calls through `control()`, and the run's waits through `sleep()` (none while
 * playing back: the recording already took its time).
 *
 * Tapes are JSON lines (`tapes/<case>.jsonl`), appended as the run goes, so an interrupted run
 * leaves a usable cassette. On playback a request is answered by the first unused entry of its tape
 * with the same shape (method, path and action; bodies carry fresh timestamps, nonces and tokens),
 * so concurrent requests (a burst) need not come in the recorded order. A request the tape has no
 * answer for is a harness error (`ENIC_PLAYBACK`): the playback left the recording. (undici's own
 * SnapshotAgent keys answers by a hash of the whole request and records no failures; a cassette must
 * match requests whose bodies change every time, by action, and keep dropped connections too.)
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dispatcher } from "undici";
import { SuiteError } from "../core/errors.ts";
import { REDACTED, redactRequest, redactResponse, redactText } from "../core/redact.ts";
import { rawPath, rawQuery, type WireRequest, type WireResponse } from "../core/wire.ts";
import { routeRequest, SECRET_NAMES } from "../surfaces/registry.ts";

/** Version of the cassette format. */
export const CASSETTE_VERSION = 1;

/** What a cassette says about the run it recorded (`cassette.json`). */
export interface CassetteHeader {
  version: number;
  tool: "eni-conformance";
  target: { kind: "sim" | "http"; origin: string; hasControl: boolean; allowMutations: boolean };
  /** The run's parameters: a playback takes the same seed and runs to send the same requests. */
  run: { seed: number; runs: number; surfaces: string[] };
  /** Fixture map per surface (ids only; never credentials). */
  fixtures: Record<string, unknown>;
  /** Key id per surface, redacted except for its first four characters. */
  keys: Record<string, string>;
  /** The limited key's id per surface, redacted the same way (absent: the run had none). */
  limitedKeys?: Record<string, string>;
}

/** A recorded request that got no answer. */
export interface TapeFailure {
  kind: "timeout" | "network";
  message: string;
  code?: string;
}

/** One exchange on a tape. */
export interface TapeEntry {
  kind: "vendor" | "control";
  /** What a played-back request is matched by. */
  shape: string;
  request: WireRequest;
  response?: WireResponse;
  /** The request got no answer (a dropped connection, a timeout). */
  failure?: TapeFailure;
}

/** Read `cassette.json` of a cassette directory; SuiteError ENIC_CONFIG when it is not one. */
export function readCassetteHeader(dir: string): CassetteHeader {
  const file = join(dir, "cassette.json");
  if (!existsSync(file)) throw new SuiteError("ENIC_CONFIG", `${dir} is not a cassette (no cassette.json)`);
  let header: CassetteHeader;
  try {
    header = JSON.parse(readFileSync(file, "utf8")) as CassetteHeader;
  } catch (error) {
    throw new SuiteError("ENIC_CONFIG", `${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (
    header.version !== CASSETTE_VERSION ||
    header.tool !== "eni-conformance" ||
    !header.target?.origin ||
    !Array.isArray(header.run?.surfaces)
  ) {
    throw new SuiteError(
      "ENIC_CONFIG",
      `${file} is not an eni-conformance cassette of version ${CASSETTE_VERSION}`,
    );
  }
  return header;
}

/** Mask a key id for the cassette header: enough to recognise it, not to use it. */
export function maskKeyId(keyId: string): string {
  return keyId.length <= 4 ? REDACTED : `${keyId.slice(0, 4)}…`;
}

/** The shape a played-back request is matched by (the action as its surface names it). */
export function shapeOf(kind: TapeEntry["kind"], req: WireRequest): string {
  return `${kind} ${req.method} ${rawPath(req.url)} ${kind === "vendor" ? (routeRequest(req)?.actionOf(req) ?? "") : rawQuery(req.url)}`;
}

function tapeFile(dir: string, name: string): string {
  return join(dir, "tapes", `${name.replace(/[^A-Za-z0-9._-]+/g, "_")}.jsonl`);
}

/** The error a played-back failure is raised as (the transport tells a timeout by its name). */
function failureError(failure: TapeFailure): Error {
  const error = new Error(failure.message);
  error.name = failure.kind === "timeout" ? "TimeoutError" : "Error";
  if (failure.code) Object.assign(error, { code: failure.code });
  return error;
}

/** How a request that got no answer is kept on the tape. */
function failureOf(error: unknown): TapeFailure {
  const e = error as { name?: string; message?: string; code?: unknown };
  const timeout = e?.name === "AbortError" || e?.name === "TimeoutError";
  return {
    kind: timeout ? "timeout" : "network",
    message: String(e?.message ?? error),
    ...(typeof e?.code === "string" && e.code !== "" ? { code: e.code } : {}),
  };
}

/** The request an undici dispatch carries, as a WireRequest. */
function wireOf(opts: Dispatcher.DispatchOptions): WireRequest {
  const headers: Record<string, string> = {};
  if (opts.headers && !Array.isArray(opts.headers) && typeof opts.headers === "object") {
    for (const [name, value] of Object.entries(opts.headers as Record<string, unknown>)) {
      if (value !== undefined) headers[name.toLowerCase()] = String(value);
    }
  }
  return {
    method: String(opts.method).toUpperCase(),
    url: opts.path,
    headers,
    body: typeof opts.body === "string" ? opts.body : "",
  };
}

/** A controller for answers that never touched a socket. */
function playbackController(): Dispatcher.DispatchController {
  let aborted = false;
  let reason: Error | null = null;
  let paused = false;
  return {
    get aborted() {
      return aborted;
    },
    get paused() {
      return paused;
    },
    get reason() {
      return reason;
    },
    abort(why: Error) {
      aborted = true;
      reason = why;
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
    },
  };
}

/** A run's cassette, recording or playing back. */
export class Cassette {
  /** The tape exchanges go on now: a case id, `preflight-<surface>`, `teardown`, `run`. */
  #tape = "run";
  readonly #secrets = new Set<string>();
  readonly #tapes = new Map<string, { entries: TapeEntry[]; used: boolean[] }>();

  private constructor(
    readonly mode: "record" | "playback",
    readonly dir: string,
    /** The recorded run's header (playback only). */
    readonly header?: CassetteHeader,
  ) {}

  /** A cassette recording into `dir` (created if needed). */
  static record(dir: string): Cassette {
    mkdirSync(join(dir, "tapes"), { recursive: true });
    return new Cassette("record", dir);
  }

  /** A cassette playing `dir` back; SuiteError ENIC_CONFIG when it is not a cassette. */
  static playback(dir: string): Cassette {
    return new Cassette("playback", dir, readCassetteHeader(dir));
  }

  /** Put what follows on the tape `name`. */
  useTape(name: string): void {
    this.#tape = name;
  }

  /** A secret the recording must never contain (the credentials of the run). */
  registerSecret(secret: string): void {
    if (this.mode === "record" && secret.length >= 4) this.#secrets.add(secret);
  }

  /** Write `cassette.json` (recording only; the secrets registered so far are masked in it). */
  writeHeader(header: Omit<CassetteHeader, "version" | "tool">): void {
    if (this.mode !== "record") return;
    const full: CassetteHeader = { version: CASSETTE_VERSION, tool: "eni-conformance", ...header };
    writeFileSync(
      join(this.dir, "cassette.json"),
      `${redactText(JSON.stringify(full, null, 2), [...this.#secrets])}\n`,
    );
  }

  /** Wait `ms`, or not at all while playing back (the recording already took its time). */
  sleep(ms: number): Promise<void> {
    if (this.mode === "playback") return Promise.resolve();
    return new Promise((r) => setTimeout(r, ms));
  }

  /** The undici interceptor of vendor exchanges: records them, or answers them from the tape. */
  interceptor(): Dispatcher.DispatcherComposeInterceptor {
    return (dispatch) => (opts, handler) => {
      const request = wireOf(opts);
      if (this.mode === "playback") {
        queueMicrotask(() => this.#answer(request, handler));
        return true;
      }
      return dispatch(opts, this.#recordingHandler(request, handler));
    };
  }

  /** A control-plane call through the cassette (the answer is the parsed JSON body). */
  async control(method: string, path: string, body: unknown, call: () => Promise<unknown>): Promise<unknown> {
    const req: WireRequest = {
      method,
      url: path,
      headers: {},
      body: body === undefined ? "" : JSON.stringify(body),
    };
    if (this.mode === "playback") {
      const entry = this.#next("control", req);
      return JSON.parse(entry.response?.body ?? "null");
    }
    const answer = await call();
    this.#append({
      kind: "control",
      shape: shapeOf("control", req),
      request: req,
      response: { status: 200, headers: {}, body: JSON.stringify(answer) },
    });
    return answer;
  }

  #append(entry: TapeEntry, tape = this.#tape): void {
    const secrets = [...this.#secrets];
    const safe: TapeEntry = {
      ...entry,
      request: redactRequest(entry.request, secrets, SECRET_NAMES),
      ...(entry.response ? { response: redactResponse(entry.response, secrets) } : {}),
      ...(entry.failure
        ? { failure: { ...entry.failure, message: redactText(entry.failure.message, secrets) } }
        : {}),
    };
    appendFileSync(tapeFile(this.dir, tape), `${JSON.stringify(safe)}\n`);
  }

  #next(kind: TapeEntry["kind"], req: WireRequest): TapeEntry {
    let t = this.#tapes.get(this.#tape);
    if (!t) {
      const file = tapeFile(this.dir, this.#tape);
      const entries = existsSync(file)
        ? readFileSync(file, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((line) => JSON.parse(line) as TapeEntry)
        : [];
      t = { entries, used: entries.map(() => false) };
      this.#tapes.set(this.#tape, t);
    }
    const shape = shapeOf(kind, req);
    const tape = t;
    const i = tape.entries.findIndex((e, n) => !tape.used[n] && e.shape === shape);
    if (i === -1) {
      const served = tape.used.filter(Boolean).length;
      throw new SuiteError(
        "ENIC_PLAYBACK",
        `the playback left the recording: tape ${this.#tape} has no answer for ${shape} (after ${served} of its ${tape.entries.length} exchanges)`,
      );
    }
    tape.used[i] = true;
    return tape.entries[i] as TapeEntry;
  }

  #answer(request: WireRequest, handler: Dispatcher.DispatchHandler): void {
    const controller = playbackController();
    let entry: TapeEntry;
    try {
      entry = this.#next("vendor", request);
      if (!entry.failure && !entry.response)
        throw new SuiteError("ENIC_PLAYBACK", `tape ${this.#tape}: an entry without an answer`);
    } catch (error) {
      handler.onResponseError?.(controller, error as Error);
      return;
    }
    if (entry.failure) {
      handler.onResponseError?.(controller, failureError(entry.failure));
      return;
    }
    const response = entry.response as WireResponse;
    handler.onRequestStart?.(controller, {});
    handler.onResponseStart?.(controller, response.status, response.headers, "");
    handler.onResponseData?.(controller, Buffer.from(response.body, "utf8"));
    handler.onResponseEnd?.(controller, {});
  }

  #recordingHandler(request: WireRequest, handler: Dispatcher.DispatchHandler): Dispatcher.DispatchHandler {
    const shape = shapeOf("vendor", request);
    // The tape of the moment the request went out (an answer may come after the next case began).
    const tape = this.#tape;
    let status = 0;
    let headers: Record<string, string> = {};
    const chunks: Buffer[] = [];
    return {
      onRequestStart: (controller, context) => handler.onRequestStart?.(controller, context),
      onRequestUpgrade: (controller, statusCode, h, socket) =>
        handler.onRequestUpgrade?.(controller, statusCode, h, socket),
      onResponseStart: (controller, statusCode, h, statusMessage) => {
        status = statusCode;
        headers = {};
        for (const [name, value] of Object.entries(h)) {
          if (value !== undefined)
            headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
        }
        return handler.onResponseStart?.(controller, statusCode, h, statusMessage);
      },
      onResponseData: (controller, chunk) => {
        chunks.push(chunk);
        return handler.onResponseData?.(controller, chunk);
      },
      onResponseEnd: (controller, trailers) => {
        const body = Buffer.concat(chunks).toString("utf8");
        this.#append({ kind: "vendor", shape, request, response: { status, headers, body } }, tape);
        return handler.onResponseEnd?.(controller, trailers);
      },
      onResponseError: (controller, error) => {
        this.#append({ kind: "vendor", shape, request, failure: failureOf(error) }, tape);
        return handler.onResponseError?.(controller, error);
      },
    };
  }
}
