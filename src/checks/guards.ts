/**
 * Guards that wrap a check instead of branching inside it: a check runs only for the answers or
 * cases it is about.
 */
import type { Mutation } from "../contracts/model.ts";
import type { Check, CheckContext } from "./types.ts";

/** Run `check` only when `when(ctx)` holds. */
export function guard(when: (ctx: CheckContext) => boolean, check: Check): Check {
  return (ctx) => (when(ctx) ? check(ctx) : []);
}

/** The answer is the cloud's error envelope. */
export const isError = (ctx: CheckContext): boolean => "error" in ctx.result;
/** The answer is the cloud's success envelope. */
export const isSuccess = (ctx: CheckContext): boolean => "data" in ctx.result;
/** The case expects an error. */
export const expectsError = (ctx: CheckContext): boolean => ctx.ruleCase.expect === "error";
/** The case expects success. */
export const expectsSuccess = (ctx: CheckContext): boolean => ctx.ruleCase.expect === "success";
/** The case perturbs its request with one of `kinds`. */
export const mutatedWith =
  (...kinds: Mutation["kind"][]) =>
  (ctx: CheckContext): boolean =>
    ctx.ruleCase.mutate !== undefined && kinds.includes(ctx.ruleCase.mutate.kind);
/** Both. */
export const both =
  (a: (ctx: CheckContext) => boolean, b: (ctx: CheckContext) => boolean) =>
  (ctx: CheckContext): boolean =>
    a(ctx) && b(ctx);
