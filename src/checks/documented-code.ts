/**
 * `documented-code`: an error code is in the operation's documented table or the cloud's common
 * errors; an undocumented code is a finding.
 */
import { codesOf } from "./codes.ts";
import { guard, isError } from "./guards.ts";
import type { Check } from "./types.ts";

export const documentedCode: Check = guard(isError, (ctx) => {
  if (!("error" in ctx.result)) return [];
  const code = ctx.result.error.code;
  const codes = codesOf(ctx.result);
  if (ctx.documentedRows.some((r) => codes.includes(r.code))) return [];
  return [
    { check: "documented-code", message: `${code} is not in the documented error table of ${ctx.operation}` },
  ];
});
