/**
 * Serving JD Cloud VM (004 and its companion pages; protocols §4.4): attach and detach
 * run the model's transitions and answer an empty `result` once accepted; completion is observed by
 * polling VPC describeNetworkInterface (`attachmentStatus` detached → attached, and back) or VM
 * describeInstance (`secondaryNetworkInterfaces`), each of which counts as a poll of the ENIs it
 * shows. JD has no task API and no client token (protocols §4.4), so the model's task ids here are
 * internal. `autoDelete` is remembered per attachment in the world (render.ts). A `regionId` that is
 * not the world's region never gets here: the simulator refuses it as `region.unknown` (access.ts).
 */
import { ApiError } from "../../../core/errors.ts";
import { attach, detach, pollEni } from "../../../model/transitions.ts";
import { enisOf, type World } from "../../../model/world.ts";
import { errors } from "../../../surfaces/jdcloud-vm/errors.ts";
import type { Params } from "../../../surfaces/jdcloud-vm/operations.ts";
import type { SimCall, SimOutcome } from "../../adapter.ts";
import { outcomeOf } from "../shared.ts";
import { forgetAutoDelete, rememberAutoDelete, renderInstance, renderNetworkInterface } from "./render.ts";

/** What fills the `xx` of 004's templated messages (F-049), per row. */
const FILL: Record<
  string,
  (world: World, p: { instanceId?: string; networkInterfaceId?: string }) => string
> = {
  // The model has no id for the instance's other task; the instance id stands in for it.
  "004/FAILED_PRECONDITION~underlay-task": (_, p) => p.instanceId ?? "",
  "004/FAILED_PRECONDITION~instance-status": (w, p) => w.instances[p.instanceId ?? ""]?.state ?? "",
  "004/FAILED_PRECONDITION~eip-az": (w, p) => w.enis[p.networkInterfaceId ?? ""]?.eip?.id ?? "",
  "004/NOT_FOUND": (_, p) => p.instanceId ?? "",
};

/**
 * The call with JD's own messages: rows that share FAILED_PRECONDITION differ only by their message
 * (F-049), so a refusal answered with a documented row that names the broken rule carries that row's
 * message (004, Return codes), its `xx` filled in. The fallback row and the companion rows, which
 * have no message of their own for the case, keep the model's message.
 */
function withJdMessages(call: SimCall): SimCall {
  const p = call.decoded.params as { instanceId?: string; networkInterfaceId?: string };
  return {
    ...call,
    refuse(rule, message) {
      const error = call.refuse(rule, message);
      const row = errors.rows.find((r) => r.id === error.rowId);
      if (!row?.message || !row.rules?.includes(rule)) return error;
      const fill = FILL[row.id]?.(call.world, p) ?? "xx";
      return new ApiError(error.code, row.message.replace("xx", fill), error.rowId);
    },
  };
}

function attachCall(call: SimCall, ctx: Parameters<typeof attach>[2]): SimOutcome {
  const p = call.decoded.params as Params["attachNetworkInterface"];
  const outcome = outcomeOf(
    call,
    attach(call.world, { eniId: p.networkInterfaceId, instanceId: p.instanceId }, ctx),
    {},
  );
  if ("result" in outcome)
    rememberAutoDelete(call.world, p.networkInterfaceId, p.instanceId, p.autoDelete === true);
  return outcome;
}

function detachCall(call: SimCall, ctx: Parameters<typeof detach>[2]): SimOutcome {
  const p = call.decoded.params as Params["detachNetworkInterface"];
  const outcome = outcomeOf(
    call,
    detach(call.world, { eniId: p.networkInterfaceId, instanceId: p.instanceId }, ctx),
    {},
  );
  if ("result" in outcome) forgetAutoDelete(call.world, p.networkInterfaceId);
  return outcome;
}

/** VPC describeNetworkInterface: one ENI, polled, in JD's NetworkInterface shape (protocols §4.4). */
function describeNetworkInterface(call: SimCall): SimOutcome {
  const p = call.decoded.params as Params["describeNetworkInterface"];
  const eni = call.world.enis[p.networkInterfaceId];
  if (!eni)
    return { error: call.refuse("eni.exists", `NetworkInterface '${p.networkInterfaceId}' not found.`) };
  pollEni(call.world, eni.id);
  return { result: { networkInterface: renderNetworkInterface(eni) } };
}

/** VM describeInstance: the instance with its primary and attached secondary ENIs, each polled. */
function describeInstance(call: SimCall): SimOutcome {
  const p = call.decoded.params as Params["describeInstance"];
  const instance = call.world.instances[p.instanceId];
  if (!instance) return { error: call.refuse("instance.exists", `Instance '${p.instanceId}' not found.`) };
  for (const eni of enisOf(call.world, instance.id)) pollEni(call.world, eni.id);
  return { result: { instance: renderInstance(call.world, instance) } };
}

/** Serve a decoded, verified JD request. */
export function serve(original: SimCall): SimOutcome {
  const call = withJdMessages(original);
  const op = call.decoded.operation;
  // JD has no task API: the task id is internal, the request id keeps it unique per call.
  const ctx = {
    rules: call.rules(op),
    now: call.now,
    progress: call.progress,
    taskId: `jd-${call.requestId}`,
  };
  switch (op) {
    case "attachNetworkInterface":
      return attachCall(call, ctx);
    case "detachNetworkInterface":
      return detachCall(call, ctx);
    case "describeNetworkInterface":
      return describeNetworkInterface(call);
    case "describeInstance":
      return describeInstance(call);
    default:
      return { error: call.refuse("action.known", `The operation ${op} is not simulated.`) };
  }
}
