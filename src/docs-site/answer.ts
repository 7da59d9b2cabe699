/**
 * How the simulator's captured answer reads against a case's expected outcome: success, or which
 * code it refused with and whether that is a code of the rows the case accepts. A summary for the
 * reader (the conformance run's checks judge much more: envelope, status, message, state after).
 */
import type { PlacedErrorRow, RuleCase } from "../contracts/model.ts";
import type { Surface } from "../contracts/surfaces.ts";
import type { WireResponse } from "../core/wire.ts";
import { surfaceModule } from "../surfaces/registry.ts";

/** The answer in words, and whether it is the outcome the case expects. */
export interface AnswerReading {
  text: string;
  agrees: boolean;
}

/** Read `response` (an answer to `rc`'s operation on `surface`) against the case's expectation. */
export function readAnswer(
  surface: Surface,
  rc: RuleCase,
  rows: readonly PlacedErrorRow[],
  response: WireResponse,
): AnswerReading {
  const outcome = surfaceModule(surface).codec.decodeResponse(rc.operation, response);
  if (outcome.kind === "malformed")
    return { text: `HTTP ${response.status}, not the cloud's envelope: ${outcome.reason}`, agrees: false };
  if (outcome.kind === "success")
    return { text: `HTTP ${response.status}, success`, agrees: rc.expect === "success" };
  const codes = [outcome.code, ...(outcome.alternateCode ? [outcome.alternateCode] : [])];
  const text = `HTTP ${response.status}, refused with ${codes.join(" / ")}`;
  if (rc.expect === "success") return { text, agrees: false };
  if (rows.length === 0) return { text, agrees: true };
  return { text, agrees: rows.some((r) => codes.includes(r.code)) };
}
