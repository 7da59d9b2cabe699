/**
 * `async-final`: the task an accepted call started reaches a final state within the bound (Tencent
 * DescribeVpcTaskResult SUCCESS; 002 section 1, 000/001 section 3).
 */
import type { Check } from "./types.ts";

export const asyncFinal: Check = (ctx) => {
  const task = ctx.observations.task;
  if (task === undefined || task === "success") return [];
  return [
    {
      check: "async-final",
      message: `the task did not succeed within the bound: it is ${task}`,
      rule: ctx.rule,
    },
  ];
};
