/**
 * Which error rows an answer is: the code says it, and where the document tells rows of that code
 * apart by message (src/contracts/row-messages.ts), the message too.
 */
import type { CallResult } from "../client/client.ts";
import type { PlacedErrorRow } from "../contracts/model.ts";
import { messageMatches, toldApartByMessage } from "../contracts/row-messages.ts";
import { codesOf } from "./codes.ts";

/**
 * The rows among `candidates` that `result` answers: its code is theirs and, for a row told apart
 * by message among `documented`, its message matches too.
 */
export function rowsAnswered(
  result: CallResult,
  candidates: readonly PlacedErrorRow[],
  documented: readonly PlacedErrorRow[],
): PlacedErrorRow[] {
  if (!("error" in result)) return [];
  const codes = codesOf(result);
  const message = result.error.message;
  return candidates.filter(
    (r) =>
      codes.includes(r.code) &&
      (!toldApartByMessage(r, documented) || messageMatches(r.message as string, message)),
  );
}
