/**
 * `positive-acceptance`: a valid request the documents allow is not refused.
 */
import { expectsSuccess, guard } from "./guards.ts";
import type { Check } from "./types.ts";

export const positiveAcceptance: Check = guard(expectsSuccess, (ctx) => {
  if ("data" in ctx.result) return [];
  const what =
    "error" in ctx.result ? `${ctx.result.error.code} (${ctx.result.error.message})` : "a malformed answer";
  return [
    { check: "positive-acceptance", message: `a valid request was refused with ${what}`, rule: ctx.rule },
  ];
});
