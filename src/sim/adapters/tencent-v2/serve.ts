/**
 * Serving the Tencent Cloud legacy v2 API (000 MigrateNetworkInterface, 001 AttachNetworkInterface
 * and their companions, protocols.md §1): attach, migrate and detach name the ENI's VPC, run the
 * model's transitions and answer an integer `taskId` under `data` (000's example; finding F-001),
 * which DescribeVpcTaskResult reports (render.ts, like DescribeNetworkInterfaces). There is no
 * idempotency token in v2 (protocols.md §1.6).
 */
import {
  attach,
  detach,
  migrate,
  type Outcome,
  pollTask,
  type TransitionContext,
} from "../../../model/transitions.ts";
import type { World } from "../../../model/world.ts";
import type { Params, Results } from "../../../surfaces/tencent-v2/operations.ts";
import type { Decoded } from "../../../surfaces/types.ts";
import type { SimCall, SimOutcome } from "../../adapter.ts";
import { outcomeOf } from "../shared.ts";
import { describeNetworkInterfaces, renderTask, TASK_STATUS } from "./render.ts";

/**
 * Where the world keeps the last v2 task number. v2 task ids are integers (000 and 001, section 3)
 * while the model's are strings, so the adapter numbers tasks itself, per world, and hands the
 * model `String(n)`. The record sits among the idempotency records under a key no ClientToken
 * record can take (those are `<operation>/<token>`).
 */
const SEQUENCE_KEY = "tencent-v2#task-sequence";

/** A well-formed task id (a positive Int32) that names no task: the sequence never gets there. */
export const MISSING_TASK = "2147483647";

/** The number the next v2 task gets (not yet taken; {@link takeTaskNumber} takes it). */
function nextTaskNumber(world: World): number {
  let n = Number(world.idempotency[SEQUENCE_KEY]?.taskId ?? "0") + 1;
  while (world.tasks.has(String(n))) n++; // a world loaded from a file may hold numbered tasks
  return n;
}

function takeTaskNumber(world: World, n: number): void {
  world.idempotency[SEQUENCE_KEY] = { token: SEQUENCE_KEY, fingerprint: "", taskId: String(n) };
}

type TaskResult = Results["AttachNetworkInterface"];

/** Run a task transition with a fresh task number; the number is taken only when the call succeeds. */
function runTask(call: SimCall, run: (ctx: TransitionContext) => Outcome): SimOutcome {
  const op = call.decoded.operation;
  const n = nextTaskNumber(call.world);
  const ctx = { rules: call.rules(op), now: call.now, progress: call.progress, taskId: String(n) };
  const outcome = run(ctx);
  if (outcome.ok) takeTaskNumber(call.world, n);
  return outcomeOf(call, outcome, { data: { taskId: n } } satisfies TaskResult);
}

function taskResult(call: SimCall, taskId: number): SimOutcome {
  const task = pollTask(call.world, String(taskId));
  // No business code is documented for DescribeVpcTaskResult (protocols.md §1.5): the fallback row.
  if (!task) return { error: call.refuse("async.task-completes", `No task has the id ${taskId}.`) };
  return { result: renderTask(task) };
}

/** The result members of a success that changes nothing (see SimAdapter.accepted). */
export function accepted(decoded: Decoded, world: World): Record<string, unknown> {
  switch (decoded.operation) {
    case "AttachNetworkInterface":
    case "MigrateNetworkInterface":
    case "DetachNetworkInterface": {
      // A fresh number for a task that changes nothing (polling it finds no task).
      const n = nextTaskNumber(world);
      takeTaskNumber(world, n);
      return { data: { taskId: n } } satisfies TaskResult;
    }
    case "DescribeNetworkInterfaces":
      return { totalCount: 0, data: [] };
    case "DescribeVpcTaskResult":
      return { data: { status: TASK_STATUS.success } };
    default:
      return {};
  }
}

/** Serve a decoded, verified v2 request. */
export function serve(call: SimCall): SimOutcome {
  const op = call.decoded.operation;
  const w = call.world;
  switch (op) {
    case "AttachNetworkInterface": {
      const p = call.decoded.params as Params["AttachNetworkInterface"];
      return runTask(call, (ctx) =>
        attach(w, { eniId: p.networkInterfaceId, instanceId: p.instanceId, vpcId: p.vpcId }, ctx),
      );
    }
    case "MigrateNetworkInterface": {
      const p = call.decoded.params as Params["MigrateNetworkInterface"];
      return runTask(call, (ctx) =>
        migrate(
          w,
          {
            eniId: p.networkInterfaceId,
            fromInstanceId: p.oldInstanceId,
            toInstanceId: p.newInstanceId,
            vpcId: p.vpcId,
          },
          ctx,
        ),
      );
    }
    case "DetachNetworkInterface": {
      const p = call.decoded.params as Params["DetachNetworkInterface"];
      return runTask(call, (ctx) =>
        detach(w, { eniId: p.networkInterfaceId, instanceId: p.instanceId, vpcId: p.vpcId }, ctx),
      );
    }
    case "DescribeNetworkInterfaces": {
      const p = call.decoded.params as Params["DescribeNetworkInterfaces"];
      return { result: describeNetworkInterfaces(w, p) };
    }
    case "DescribeVpcTaskResult":
      return taskResult(call, (call.decoded.params as Params["DescribeVpcTaskResult"]).taskId);
    default:
      return { error: call.refuse("action.known", `The action ${op} is not simulated.`) };
  }
}
