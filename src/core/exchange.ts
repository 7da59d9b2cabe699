/**
 * A recorded exchange: one logical call with its (redacted) request and response, the attempts it
 * took and how long it ran. Reports, cassettes and replays read these; they never hold secrets.
 */
import type { WireRequest, WireResponse } from "./wire.ts";

/** One attempt of a call: what went out and what (if anything) came back. */
export interface Attempt {
  request: WireRequest;
  response?: WireResponse;
  /** Set when no response arrived: a timeout or a network failure. */
  failure?: { kind: "timeout" | "network"; message: string };
  /** Milliseconds from sending to the end of the response (or the failure). */
  durationMs: number;
}

/** A whole call as recorded: every attempt, redacted. */
export interface Exchange {
  surface: string;
  operation: string;
  params: Record<string, unknown>;
  attempts: Attempt[];
  /** How the call ended: the vendor's answer (success or error) or a harness failure. */
  outcome: "success" | "error" | "failure";
  /** The request id the response carried, when there was one. */
  requestId?: string;
}

/** Receives exchanges as calls finish (a cassette, a report collector, a test). */
export type ExchangeRecorder = (exchange: Exchange) => void;

/** A recorder that keeps exchanges in memory. */
export function memoryRecorder(): ExchangeRecorder & { exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  const record = ((e: Exchange) => {
    exchanges.push(e);
  }) as ExchangeRecorder & { exchanges: Exchange[] };
  record.exchanges = exchanges;
  return record;
}
