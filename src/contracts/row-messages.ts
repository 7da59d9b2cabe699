/**
 * Rows of one code told apart by message. Where a document gives several rows one code and tells
 * them apart only by message (JD Cloud 004: six FAILED_PRECONDITION rows, F-049), a row's message is
 * a pattern: its `xx` placeholders are wildcards, case and trailing punctuation do not matter, and
 * the bracketed tags a gateway appends (` [gw]`, ` [IAM] [gw]`) are ignored. The expected-code check
 * and the simulator's deviations both use it.
 */
import type { ErrorRow } from "./model.ts";

/** The placeholder the documents write for an id or detail inside a message. */
const PLACEHOLDER = /\bxx\b/g;

/** A message without case, trailing punctuation and whitespace, or trailing bracketed tags. */
function normalise(message: string): string {
  let text = message.trim();
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(/\s*\[[^\]]*\]$/, "").replace(/[\s.!。]+$/, "");
  }
  return text.toLowerCase();
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when `answer` is the message of a row whose documented message is `rowMessage`. */
export function messageMatches(rowMessage: string, answer: string): boolean {
  const parts = normalise(rowMessage).split(PLACEHOLDER).map(escapeRegex);
  return new RegExp(`^${parts.join(".+?")}$`, "s").test(normalise(answer));
}

/**
 * True when `row` is told apart from other rows of its code by message: two or more rows of
 * `rows` (the operation's documented ones) share its code and each of them has a message.
 */
export function toldApartByMessage(row: ErrorRow, rows: readonly ErrorRow[]): boolean {
  if (row.message === undefined) return false;
  const same = rows.filter((r) => r.code === row.code);
  return same.length > 1 && same.every((r) => r.message !== undefined);
}
