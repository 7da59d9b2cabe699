/**
 * The request journal: per account, a bounded ring of the vendor requests the simulator answered —
 * the time on the simulator's clock, surface, operation, signature scheme, the verdict path (the
 * signature verified or why not, the step or rule that answered and its error row, the fault or
 * deviation applied, the task a change started), status, code and latency — and, for a request
 * whose signature failed, its diagnosis (diagnose/). Nothing secret is kept: no secret, no
 * signature, no request body except the redacted one a diagnosis holds.
 *
 * Cheap on the request path: an entry is one small object of fixed shape filled while the request
 * is served, filed under its account's ring by index (no copy, no serialisation); everything else
 * (the JSON view, filtering, the verdict's words) happens when someone reads the journal.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { type ApiError, SuiteError } from "../core/errors.ts";
import type { WireRequest } from "../core/wire.ts";
import { changesState } from "../surfaces/registry.ts";
import type { Deviation } from "./deviations.ts";
import { type DiagnoseContext, type Diagnosis, diagnose } from "./diagnose/diagnose.ts";

/** The step of the request path that answered. */
export type Stage =
  /** The body exceeded the simulator's limit (before the signature was checked). */
  | "body-size"
  | "signature"
  /** The request could not be understood (unknown action, bad parameters). */
  | "decode"
  /** The account's permission policy refused it. */
  | "policy"
  /** The request named a region the world does not have. */
  | "region"
  /** An injected fault (`errorRate`) answered. */
  | "fault"
  | "throttle"
  /** The adapter refused it by a rule of the catalogue (or the model's checks). */
  | "rule"
  /** A deviation answered instead of the simulator's faithful answer (ignore-rule, error-on-success). */
  | "deviation"
  | "served";

/** One journal entry as the request path fills it. */
export interface JournalEntry {
  /** Order of recording, from 1, across all accounts (`?since=` takes it). */
  seq: number;
  /** When the request arrived, on the simulator's clock (ms). */
  at: number;
  /** `performance.now()` when the request arrived, until recorded; then the latency in ms. */
  latencyMs: number;
  surface: Surface;
  operation: string | undefined;
  /** The authenticated key id. */
  account: string | undefined;
  /** The key id the request claims, when its authentication failed. */
  key: string | undefined;
  scheme: string | undefined;
  status: number;
  code: string | undefined;
  stage: Stage;
  /** The rule the adapter refused by. */
  rule: string | undefined;
  /** The error row of the answer (its id, or its code where the row has none). */
  row: string | undefined;
  /** The async task the request started. */
  taskId: string | undefined;
  /** The deviations that changed the answer (ids). */
  deviations: string[] | undefined;
  diagnosis: Diagnosis | undefined;
}

/** A journal entry as the control plane shows it (`GET /_sim/requests`). */
export interface LoggedRequest {
  seq: number;
  /** ISO time on the simulator's clock. */
  time: string;
  account?: string;
  key?: string;
  surface: Surface;
  operation?: string;
  scheme?: string;
  status: number;
  code?: string;
  latencyMs: number;
  verdict: {
    /** `verified`, `refused`, or `not checked` (answered before the signature was looked at). */
    signature: "verified" | "refused" | "not checked";
    stage: Stage;
    rule?: string;
    row?: string;
    fault?: string;
    deviations?: string[];
    /** The state change the request made: `started task <id>` or `applied`. */
    change?: string;
  };
  diagnosis?: Diagnosis;
}

/** What `GET /_sim/requests` filters by. */
export interface JournalQuery {
  surface?: string;
  operation?: string;
  /** Entries after this sequence number. */
  sinceSeq?: number;
  /** Entries at or after this time on the simulator's clock (ms). */
  sinceTime?: number;
  /** The last `limit` entries of those matching. */
  limit?: number;
}

/** The journal size when none is given: per account, as many as the request log always kept. */
export const DEFAULT_JOURNAL_SIZE = 10_000;

/** A bounded ring: an array that grows to its capacity, then overwrites its oldest slot. */
class Ring {
  private readonly items: JournalEntry[] = [];
  private oldest = 0;
  constructor(private readonly capacity: number) {}
  push(entry: JournalEntry): void {
    if (this.items.length < this.capacity) this.items.push(entry);
    else {
      this.items[this.oldest] = entry;
      this.oldest = (this.oldest + 1) % this.capacity;
    }
  }
  /** Oldest first. */
  entries(): JournalEntry[] {
    return this.oldest === 0
      ? this.items
      : [...this.items.slice(this.oldest), ...this.items.slice(0, this.oldest)];
  }
}

/** The ring of requests no known key claimed; every account's view includes it. */
const NOBODY = "";

/** The journals of a simulator, one ring per account (a second key files under its owner). */
export class Journal {
  private seq = 0;
  private rings = new Map<string, Ring>();
  /** The ring of each known key id met so far (its owner's), so filing an entry is one lookup. */
  private byKey = new Map<string, Ring>();
  /** Called with each entry as it is recorded (`sim --log`). */
  listener: ((entry: JournalEntry) => void) | undefined;

  constructor(
    /** Entries kept per account. */
    readonly capacity: number,
    /** The account a key id files under (its owner), or undefined for a key the simulator does not know. */
    private readonly ownerOf: (keyId: string) => string | undefined,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new SuiteError("ENIC_CONFIG", `the journal size must be a whole number ≥ 1, got ${capacity}`);
  }

  /** A fresh entry for a request of `surface` arriving at `at` (simulator clock) and `started` (performance.now()). */
  begin(surface: Surface, at: number, started: number): JournalEntry {
    return {
      seq: 0,
      at,
      latencyMs: started,
      surface,
      operation: undefined,
      account: undefined,
      key: undefined,
      scheme: undefined,
      status: 0,
      code: undefined,
      stage: "served",
      rule: undefined,
      row: undefined,
      taskId: undefined,
      deviations: undefined,
      diagnosis: undefined,
    };
  }

  /** File an answered request: its status, code and row, its latency, under its account. */
  record(entry: JournalEntry, status: number, error: ApiError | undefined, ended: number): void {
    entry.status = status;
    if (error) {
      entry.code = error.code;
      entry.row = error.rowId ?? error.code;
    }
    entry.latencyMs = ended - entry.latencyMs;
    entry.seq = ++this.seq;
    const id = entry.account ?? entry.key ?? NOBODY;
    let ring = this.byKey.get(id);
    if (!ring) {
      const owner = this.ownerOf(id) ?? NOBODY;
      ring = this.rings.get(owner) ?? new Ring(this.capacity);
      this.rings.set(owner, ring);
      // Only known keys are remembered: a request may claim any key id.
      if (owner !== NOBODY) this.byKey.set(id, ring);
    }
    ring.push(entry);
    this.listener?.(entry);
  }

  /** The entries of an account (its second keys' and those no known key claimed), oldest first. */
  query(owner: string, q: JournalQuery = {}): JournalEntry[] {
    const own = this.rings.get(owner)?.entries() ?? [];
    const nobody = owner === NOBODY ? [] : (this.rings.get(NOBODY)?.entries() ?? []);
    const out: JournalEntry[] = [];
    let i = 0;
    let j = 0;
    while (i < own.length || j < nobody.length) {
      const a = own[i];
      const b = nobody[j];
      let next: JournalEntry | undefined;
      if (b === undefined || (a !== undefined && a.seq < b.seq)) {
        next = a;
        i++;
      } else {
        next = b;
        j++;
      }
      if (next && matches(next, q)) out.push(next);
    }
    return q.limit === undefined ? out : out.slice(Math.max(0, out.length - q.limit));
  }

  /** Forget every entry (`DELETE /_sim/requests`); the sequence numbers go on. */
  clear(): void {
    this.rings = new Map();
    this.byKey = new Map();
  }
}

function matches(e: JournalEntry, q: JournalQuery): boolean {
  return (
    (q.surface === undefined || e.surface === q.surface) &&
    (q.operation === undefined || e.operation === q.operation) &&
    (q.sinceSeq === undefined || e.seq > q.sinceSeq) &&
    (q.sinceTime === undefined || e.at >= q.sinceTime)
  );
}

/**
 * Note a refused authentication on its entry: the key the request claimed, its scheme and the
 * signature diagnosis (computed here, on the failure path only). Returns the refusal.
 */
export function refusedSignature(
  entry: JournalEntry,
  req: WireRequest,
  refusal: { error: ApiError; accessKeyId?: string },
  ctx: DiagnoseContext,
): ApiError {
  entry.stage = "signature";
  entry.key = refusal.accessKeyId;
  entry.diagnosis = diagnose(req, refusal.error, ctx);
  entry.scheme = entry.diagnosis.scheme;
  return refusal.error;
}

/** The ids of the deviations of one kind (`ignore-rule`, `error-on-success`, `missing-async-task`). */
export function deviationIds(deviations: readonly Deviation[], kind: Deviation["effect"]["kind"]): string[] {
  return deviations.filter((d) => d.effect.kind === kind).map((d) => d.id);
}

/**
 * The deviations that changed an answer at the envelope or the error: a misspelt code or another
 * row's message (the error shown differs from the simulator's), a wrong status on an error, a
 * request id left out or sent as a number. Called only when the surface has deviations enabled.
 */
export function envelopeDeviations(
  deviations: readonly Deviation[],
  error: ApiError | undefined,
  shown: ApiError | undefined,
): string[] {
  const out: string[] = [];
  for (const d of deviations) {
    const kind = d.effect.kind;
    if (
      (kind === "misspell-code" && error && shown && shown.code !== error.code) ||
      (kind === "wrong-message" && error && shown && shown.message !== error.message) ||
      (kind === "wrong-status" && error) ||
      kind === "missing-request-id" ||
      kind === "wrong-field-type"
    )
      out.push(d.id);
  }
  return out;
}

/** An entry as the control plane, the page and `sim --log json` show it. */
export function viewOf(e: JournalEntry): LoggedRequest {
  const verdict: LoggedRequest["verdict"] = {
    signature: e.stage === "body-size" ? "not checked" : e.stage === "signature" ? "refused" : "verified",
    stage: e.stage,
  };
  if (e.rule !== undefined) verdict.rule = e.rule;
  if (e.row !== undefined) verdict.row = e.row;
  if (e.stage === "fault" || e.stage === "throttle")
    verdict.fault = e.stage === "fault" ? "errorRate" : "throttle";
  if (e.deviations && e.deviations.length > 0) verdict.deviations = e.deviations;
  if (e.taskId !== undefined) verdict.change = `started task ${e.taskId}`;
  else if (e.stage === "served" && e.operation && e.status < 400 && changesState(e.surface, e.operation))
    verdict.change = "applied";
  const out: LoggedRequest = {
    seq: e.seq,
    time: new Date(e.at).toISOString(),
    surface: e.surface,
    status: e.status,
    latencyMs: Math.round(e.latencyMs * 100) / 100,
    verdict,
  };
  if (e.account !== undefined) out.account = e.account;
  if (e.key !== undefined) out.key = e.key;
  if (e.operation !== undefined) out.operation = e.operation;
  if (e.scheme !== undefined) out.scheme = e.scheme;
  if (e.code !== undefined) out.code = e.code;
  if (e.diagnosis !== undefined) out.diagnosis = e.diagnosis;
  return out;
}

/** One line of `sim --log pretty`: time, surface, operation, key, status/code, latency, how it was answered. */
export function prettyLine(e: JournalEntry): string {
  const v = viewOf(e);
  const who = v.account ?? (v.key ? `${v.key} (not authenticated)` : "-");
  const how = [
    v.verdict.stage,
    v.verdict.rule && `rule ${v.verdict.rule}`,
    v.verdict.deviations && `deviations ${v.verdict.deviations.join(",")}`,
    v.verdict.change,
    v.diagnosis && `diagnosis: ${v.diagnosis.summary}`,
  ]
    .filter(Boolean)
    .join("; ");
  return `${v.time} ${v.surface} ${v.operation ?? "-"} ${who} ${v.status} ${v.code ?? "OK"} ${v.latencyMs}ms ${how}`;
}
