/**
 * Serving Tencent Cloud API 3.0 (002 and its companion pages): attach and detach run the model's
 * transitions and answer a RequestId that is also the task id to poll with DescribeVpcTaskResult
 * (002, section 1); ClientToken makes attach and detach idempotent (002 error table rows 8 and 9);
 * DescribeNetworkInterfaces and the task query answer from render.ts.
 */
import { ApiError } from "../../../core/errors.ts";
import { attach, detach, pollTask } from "../../../model/transitions.ts";
import type { SimCall, SimOutcome } from "../../adapter.ts";
import { outcomeOf } from "../shared.ts";
import { describe, renderTask } from "./render.ts";

function idempotent(call: SimCall, run: () => SimOutcome): SimOutcome {
  const token = (call.decoded.params as { ClientToken?: string }).ClientToken;
  if (token === undefined) return run();
  const { ClientToken: _token, ...rest } = call.decoded.params as { ClientToken?: string };
  const key = `${call.decoded.operation}/${token}`;
  const fingerprint = JSON.stringify(Object.entries(rest).sort());
  const seen = call.world.idempotency[key];
  if (seen) {
    if (seen.fingerprint !== fingerprint) {
      return {
        error: new ApiError(
          "UnsupportedOperation.IdempotentParameterMismatch",
          "The specified client token has already been used with other parameters.",
          "002/UnsupportedOperation.IdempotentParameterMismatch",
        ),
      };
    }
    if (seen.taskId && call.world.tasks.get(seen.taskId)?.status === "running") {
      return {
        error: new ApiError(
          "UnsupportedOperation.IdempotentProcessing",
          "The previous request with this client token is still being processed.",
          "002/UnsupportedOperation.IdempotentProcessing",
        ),
      };
    }
    return { result: {} };
  }
  const outcome = run();
  if ("result" in outcome) {
    call.world.idempotency[key] = {
      token,
      fingerprint,
      ...(outcome.taskId ? { taskId: outcome.taskId } : {}),
    };
  }
  return outcome;
}

/** Serve a decoded, verified API 3.0 request. */
export function serve(call: SimCall): SimOutcome {
  const op = call.decoded.operation;
  const p = call.decoded.params as Record<string, string>;
  const ctx = { rules: call.rules(op), now: call.now, progress: call.progress, taskId: call.requestId };
  switch (op) {
    case "AttachNetworkInterface":
      return idempotent(call, () =>
        outcomeOf(
          call,
          attach(call.world, { eniId: p.NetworkInterfaceId ?? "", instanceId: p.InstanceId ?? "" }, ctx),
          {},
        ),
      );
    case "DetachNetworkInterface":
      return idempotent(call, () =>
        outcomeOf(
          call,
          detach(call.world, { eniId: p.NetworkInterfaceId ?? "", instanceId: p.InstanceId ?? "" }, ctx),
          {},
        ),
      );
    case "DescribeNetworkInterfaces":
      return describe(call);
    case "DescribeVpcTaskResult": {
      const task = pollTask(call.world, p.TaskId ?? "");
      if (!task) return { error: call.refuse("async.task-completes", `No task has the id ${p.TaskId}.`) };
      return { result: renderTask(task) };
    }
    default:
      return { error: call.refuse("action.known", `The action ${op} is not simulated.`) };
  }
}
