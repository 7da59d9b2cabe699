/**
 * Cassettes: `run --record DIR` keeps every exchange of a run with its target — the vendor calls
 * and the simulator control-plane calls, redacted — on one tape per case, plus the run's fixture map
 * and target description (`cassette.json`); `run --replay DIR` runs the same checks offline, every
 * request answered from the tape, so a failure from a nightly staging run can be examined on a
 * laptop with no account and no network.
 *
 * Tapes are JSON lines (`tapes/<case>.jsonl`), appended as the run goes, so an interrupted run
 * leaves a usable cassette. On replay a request is answered by the first unused entry of its tape
 * with the same shape (method, path and action; bodies carry fresh timestamps, nonces and tokens),
 * so concurrent requests (a burst) need not come in the recorded order. A request the tape has no
 * answer for is a harness error (`ENIC_REPLAY`): the replay left the recording.
 *
 * The mode comes from the environment (`ENIC_RECORD` / `ENIC_REPLAY`, set by `eni-conformance
 * run`), so the vitest workers that run the suites pick it up.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SuiteError } from "../core/errors.ts";
import { REDACTED, redactRequest, redactResponse, redactText } from "../core/redact.ts";
import { rawPath, rawQuery, type WireRequest, type WireResponse } from "../core/wire.ts";
import { SECRET_NAMES } from "../surfaces/registry.ts";

/** Environment variables that switch cassettes on. */
export const CASSETTE_ENV = { record: "ENIC_RECORD", replay: "ENIC_REPLAY" } as const;

/** Version of the cassette format. */
export const CASSETTE_VERSION = 1;

/** What a cassette says about the run it recorded (`cassette.json`). */
export interface CassetteHeader {
  version: number;
  tool: "eni-conformance";
  target: { kind: "sim" | "http"; origin: string; hasControl: boolean; allowMutations: boolean };
  /** The run's parameters: a replay takes the same seed and runs to send the same requests. */
  run: { seed: number; runs: number; surfaces: string[] };
  /** Fixture map per surface (ids only; never credentials). */
  fixtures: Record<string, unknown>;
  /** Key id per surface, redacted except for its first four characters. */
  keys: Record<string, string>;
}

/** One exchange on a tape. */
export interface TapeEntry {
  kind: "vendor" | "control";
  /** What a replayed request is matched by. */
  shape: string;
  request: WireRequest;
  response?: WireResponse;
  /** The request got no answer (a dropped connection, a timeout). */
  failure?: { kind: "timeout" | "network"; message: string; code?: string };
}

interface Recording {
  mode: "record";
  dir: string;
  secrets: Set<string>;
}

interface Replaying {
  mode: "replay";
  dir: string;
  header: CassetteHeader;
  tapes: Map<string, { entries: TapeEntry[]; used: boolean[] }>;
}

let state: Recording | Replaying | null | undefined;
let tape = "run";

function active(): Recording | Replaying | null {
  if (state !== undefined) return state;
  const record = process.env[CASSETTE_ENV.record];
  const replay = process.env[CASSETTE_ENV.replay];
  if (record) {
    mkdirSync(join(record, "tapes"), { recursive: true });
    state = { mode: "record", dir: record, secrets: new Set() };
  } else if (replay) {
    state = { mode: "replay", dir: replay, header: readCassetteHeader(replay), tapes: new Map() };
  } else {
    state = null;
  }
  return state;
}

/** True while replaying: nothing goes on the network, and waits are skipped. */
export function replaying(): CassetteHeader | undefined {
  const s = active();
  return s?.mode === "replay" ? s.header : undefined;
}

/** True while recording. */
export function recording(): boolean {
  return active()?.mode === "record";
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

/** Write `cassette.json` (recording only; the secrets registered so far are masked in it). */
export function writeCassetteHeader(header: Omit<CassetteHeader, "version" | "tool">): void {
  const s = active();
  if (s?.mode !== "record") return;
  const full: CassetteHeader = { version: CASSETTE_VERSION, tool: "eni-conformance", ...header };
  writeFileSync(
    join(s.dir, "cassette.json"),
    `${redactText(JSON.stringify(full, null, 2), [...s.secrets])}\n`,
  );
}

/** Mask a key id for the cassette header: enough to recognise it, not to use it. */
export function maskKeyId(keyId: string): string {
  return keyId.length <= 4 ? REDACTED : `${keyId.slice(0, 4)}…`;
}

/** A secret the recording must never contain (the credentials of the run). */
export function registerSecret(secret: string): void {
  const s = active();
  if (s?.mode === "record" && secret.length >= 4) s.secrets.add(secret);
}

/** Put what follows on the tape `name` (a case id, `preflight-<surface>`, `teardown` ...). */
export function useTape(name: string): void {
  tape = name;
}

function tapeFile(dir: string, name: string): string {
  return join(dir, "tapes", `${name.replace(/[^A-Za-z0-9._-]+/g, "_")}.jsonl`);
}

/** Wait `ms`, or not at all while replaying (the recording already took its time). */
export function pause(ms: number): Promise<void> {
  if (replaying()) return Promise.resolve();
  return new Promise((r) => setTimeout(r, ms));
}

/** The action a request names: a header, a query or form parameter, or (JD) the path itself. */
function actionOf(req: WireRequest): string {
  const header = req.headers["x-tc-action"] ?? req.headers["x-acs-action"];
  if (header) return header;
  for (const text of [rawQuery(req.url), req.body]) {
    const m = /(?:^|&)Action=([^&]*)/.exec(text);
    if (m?.[1]) return decodeURIComponent(m[1]);
  }
  return "";
}

/** The shape a replayed request is matched by. */
export function shapeOf(kind: TapeEntry["kind"], req: WireRequest): string {
  return `${kind} ${req.method} ${rawPath(req.url)} ${kind === "vendor" ? actionOf(req) : rawQuery(req.url)}`;
}

function record(s: Recording, entry: TapeEntry): void {
  const secrets = [...s.secrets];
  const safe: TapeEntry = {
    ...entry,
    request: redactRequest(entry.request, secrets, SECRET_NAMES),
    ...(entry.response ? { response: redactResponse(entry.response, secrets) } : {}),
    ...(entry.failure
      ? { failure: { ...entry.failure, message: redactText(entry.failure.message, secrets) } }
      : {}),
  };
  appendFileSync(tapeFile(s.dir, tape), `${JSON.stringify(safe)}\n`);
}

function replayEntry(s: Replaying, kind: TapeEntry["kind"], req: WireRequest): TapeEntry {
  let t = s.tapes.get(tape);
  if (!t) {
    const file = tapeFile(s.dir, tape);
    const entries = existsSync(file)
      ? readFileSync(file, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as TapeEntry)
      : [];
    t = { entries, used: entries.map(() => false) };
    s.tapes.set(tape, t);
  }
  const shape = shapeOf(kind, req);
  const i = t.entries.findIndex((e, n) => !t.used[n] && e.shape === shape);
  if (i === -1) {
    const served = t.used.filter(Boolean).length;
    throw new SuiteError(
      "ENIC_REPLAY",
      `the replay left the recording: tape ${tape} has no answer for ${shape} (after ${served} of its ${t.entries.length} exchanges)`,
    );
  }
  t.used[i] = true;
  return t.entries[i] as TapeEntry;
}

/** Error thrown for a recorded request that got no answer (see transport.ts). */
export type FailureFactory = (failure: NonNullable<TapeEntry["failure"]>) => Error;

/**
 * Send a vendor request through the cassette: recorded (with its answer or failure) while
 * recording, answered from the tape while replaying, sent as is otherwise.
 */
export async function throughCassette(
  req: WireRequest,
  send: () => Promise<WireResponse>,
  failureOf: (error: unknown) => TapeEntry["failure"],
  fail: FailureFactory,
): Promise<WireResponse> {
  const s = active();
  if (!s) return send();
  if (s.mode === "replay") {
    const entry = replayEntry(s, "vendor", req);
    if (entry.failure) throw fail(entry.failure);
    if (!entry.response) throw new SuiteError("ENIC_REPLAY", `tape ${tape}: an entry without an answer`);
    return entry.response;
  }
  try {
    const response = await send();
    record(s, { kind: "vendor", shape: shapeOf("vendor", req), request: req, response });
    return response;
  } catch (error) {
    const failure = failureOf(error);
    if (failure) record(s, { kind: "vendor", shape: shapeOf("vendor", req), request: req, failure });
    throw error;
  }
}

/** A control-plane call through the cassette (the answer is the parsed JSON body). */
export async function controlThroughCassette(
  method: string,
  path: string,
  body: unknown,
  call: () => Promise<unknown>,
): Promise<unknown> {
  const s = active();
  if (!s) return call();
  const req: WireRequest = {
    method,
    url: path,
    headers: {},
    body: body === undefined ? "" : JSON.stringify(body),
  };
  if (s.mode === "replay") {
    const entry = replayEntry(s, "control", req);
    return JSON.parse(entry.response?.body ?? "null");
  }
  const answer = await call();
  record(s, {
    kind: "control",
    shape: shapeOf("control", req),
    request: req,
    response: { status: 200, headers: {}, body: JSON.stringify(answer) },
  });
  return answer;
}
