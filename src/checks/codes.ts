/**
 * The codes an error answer carries: its code, and the alternate code some clouds send beside it
 * (Tencent v2: the numeric `code` beside the string `codeDesc`).
 */
import type { CallResult } from "../client/client.ts";

/** Every code of an error answer (empty for other answers). */
export function codesOf(result: CallResult): string[] {
  if (!("error" in result)) return [];
  return result.error.alternateCode ? [result.error.code, result.error.alternateCode] : [result.error.code];
}
