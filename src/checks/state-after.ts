/**
 * `state-after`: the state read back with the describe operation matches what the rule says
 * (`then`): attached to the instance, detached, moved (migrated), or unchanged after a refusal.
 */
import type { Check, Finding } from "./types.ts";

export const stateAfter: Check = (ctx) => {
  const then = ctx.ruleCase.then;
  const { eniAfter, eniBefore, expectedInstance } = ctx.observations;
  if (!then || !eniAfter) return [];
  const fail = (message: string): Finding[] => [{ check: "state-after", message, rule: ctx.rule }];
  if (!eniAfter.settled && then !== "unchanged") {
    return fail(`the change did not settle within the bound (the ENI still shows a change in progress)`);
  }
  switch (then) {
    case "attached":
    case "migrated":
    case "task-final":
      if (expectedInstance === undefined || eniAfter.instanceId === expectedInstance) return [];
      return fail(`the ENI shows on ${eniAfter.instanceId ?? "no instance"}, not on ${expectedInstance}`);
    case "detached":
      return eniAfter.instanceId === undefined ? [] : fail(`the ENI still shows on ${eniAfter.instanceId}`);
    case "unchanged":
      if (!eniBefore || eniBefore.instanceId === eniAfter.instanceId) return [];
      return fail(
        `the ENI moved from ${eniBefore.instanceId ?? "nothing"} to ${eniAfter.instanceId ?? "nothing"}`,
      );
    default:
      return [];
  }
};
