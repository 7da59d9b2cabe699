/**
 * `state-after`: the state read back with the describe operation matches what the rule says
 * (`then`): attached to the instance, detached, moved (migrated), or unchanged after a refusal; for
 * `attached-secondary` also: the instance's primary ENI (role `eni.primary`) stays its primary and
 * stays on it (the bound ENI reading back as secondary is `readback-fields`' to judge).
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
    case "attached-secondary": {
      if (expectedInstance !== undefined && eniAfter.instanceId !== expectedInstance)
        return fail(`the ENI shows on ${eniAfter.instanceId ?? "no instance"}, not on ${expectedInstance}`);
      const { primaryBefore, primaryAfter } = ctx.observations;
      if (!primaryBefore || !primaryAfter) return [];
      if (primaryAfter.instanceId !== primaryBefore.instanceId)
        return fail(
          `the primary ENI moved from ${primaryBefore.instanceId ?? "nothing"} to ${primaryAfter.instanceId ?? "nothing"}`,
        );
      if (primaryBefore.primary === true && primaryAfter.primary === false)
        return fail("the instance's primary ENI no longer reads back as its primary ENI");
      return [];
    }
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
