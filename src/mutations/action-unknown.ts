/**
 * `action.unknown`: the request names an action the service does not have — the operation's action
 * with `Undefined` appended, renamed in the encoded request before it is signed.
 */
import { surfaceModule } from "../surfaces/registry.ts";
import type { MutationDef } from "./types.ts";

export const actionUnknown: MutationDef<"action.unknown"> = {
  kind: "action.unknown",
  family: "action",
  changes: "wire",
  control: { needs: "nothing" },
  refusal: "action.unknown",
  modes: {
    suite: true,
    pact: true,
    sdk: { cannot: "the SDK builds the request itself: it cannot send an action it does not define" },
  },
  perturb(input) {
    const { operation } = input.ruleCase;
    const action =
      surfaceModule(input.surface).operations.find((o) => o.operation === operation)?.action ?? operation;
    return {
      kind: "action.unknown",
      edits: [],
      wire: { renameAction: { from: action, to: `${action}Undefined` } },
      signing: "account",
      play: { kind: "single" },
    };
  },
};
