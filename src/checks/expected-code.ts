/**
 * `expected-code`: when the case expects an error and the target refuses, the answer is one of the
 * rows the rule names for this case (any code where the document gives none). Where a document
 * gives several rows one code and tells them apart by message (src/checks/rows.ts), the message
 * must be the expected row's too: an answer with another row's message fails, both messages shown.
 */
import { codesOf } from "./codes.ts";
import { both, expectsError, guard, isError } from "./guards.ts";
import { rowsAnswered } from "./rows.ts";
import type { Check } from "./types.ts";

export const expectedCode: Check = guard(both(expectsError, isError), (ctx) => {
  if (!("error" in ctx.result) || ctx.expectedRows.length === 0) return [];
  const { code, message } = ctx.result.error;
  const codes = codesOf(ctx.result);
  const sameCode = ctx.expectedRows.filter((r) => codes.includes(r.code));
  const [first] = ctx.expectedRows;
  const finding = (text: string) => [
    { check: "expected-code", message: text, rule: ctx.rule, ...(first ? { row: first.id } : {}) },
  ];
  if (sameCode.length === 0)
    return finding(`expected ${ctx.expectedRows.map((r) => r.code).join(" or ")}, got ${code}`);
  if (rowsAnswered(ctx.result, sameCode, ctx.documentedRows).length > 0) return [];
  // The code is right, but the document tells its rows apart by message, and this one is not the expected row's.
  const wanted = sameCode.map((r) => `${r.id} ("${r.message}")`).join(" or ");
  const others = ctx.documentedRows.filter((r) => !sameCode.includes(r));
  const [other] = rowsAnswered(ctx.result, others, ctx.documentedRows);
  return finding(
    other
      ? `expected ${wanted}, got ${other.id} ("${message}"): the code ${code} is right, the message is another row's`
      : `expected ${wanted}, got ${code} with the message "${message}", which is no row's of that code`,
  );
});
