/**
 * How the simulator's captured answer reads against a case's expected outcome: success, or which
 * code it refused with and which of the rows the case accepts it is — by code, and by message where
 * the document gives several rows one code (as the expected-code check matches them). A summary for
 * the reader (the conformance run's checks judge much more: envelope, status, state after).
 */
import { loadCatalogue } from "../contracts/catalogue.ts";
import type { PlacedErrorRow, RuleCase } from "../contracts/model.ts";
import { messageMatches, toldApartByMessage } from "../contracts/row-messages.ts";
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
  const documented = loadCatalogue().errorRows.filter(
    (r) => r.surface === surface && (r.operation === undefined || r.operation === rc.operation),
  );
  const matched = rows.filter(
    (r) =>
      codes.includes(r.code) &&
      (!toldApartByMessage(r, documented) || messageMatches(String(r.message), outcome.message)),
  );
  if (matched.length === 0) {
    const byCode = rows.some((r) => codes.includes(r.code));
    return { text: byCode ? `${text} (message: ${outcome.message})` : text, agrees: false };
  }
  return { text: `${text}: row ${matched.map((r) => r.id).join(" / ")}`, agrees: true };
}
