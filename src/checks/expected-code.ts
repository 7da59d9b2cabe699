/**
 * `expected-code`: when the case expects an error and the target refuses, the code is one of the
 * rows the rule names for this case (any code where the document gives none).
 */
import { codesOf } from "./codes.ts";
import { both, expectsError, guard, isError } from "./guards.ts";
import type { Check } from "./types.ts";

export const expectedCode: Check = guard(both(expectsError, isError), (ctx) => {
  if (!("error" in ctx.result) || ctx.expectedRows.length === 0) return [];
  const code = ctx.result.error.code;
  const codes = codesOf(ctx.result);
  if (ctx.expectedRows.some((r) => codes.includes(r.code))) return [];
  return [
    {
      check: "expected-code",
      message: `expected ${ctx.expectedRows.map((r) => r.code).join(" or ")}, got ${code}`,
      rule: ctx.rule,
      ...(ctx.expectedRows[0] ? { row: ctx.expectedRows[0].id } : {}),
    },
  ];
});
