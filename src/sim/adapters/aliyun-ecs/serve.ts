/**
 * Serving Alibaba Cloud ECS (003 and protocols.md §3.5–§3.7): AttachNetworkInterface
 * and DetachNetworkInterface run the model's transitions and answer only a RequestId (an upper-case
 * UUID, 003's examples); they complete asynchronously and there is no task id: callers watch the ENI's
 * Status with DescribeNetworkInterfaces (Attaching → InUse, Detaching → Available, §3.6, F-027), and
 * each describe counts as a poll. Neither action takes a ClientToken (§3.7). RegionId must name the
 * world's region (rule region.valid). Describe rendering and paging are in render.ts.
 */
import { attach, detach } from "../../../model/transitions.ts";
import type { World } from "../../../model/world.ts";
import type { Decoded } from "../../../surfaces/types.ts";
import type { SimCall, SimOutcome } from "../../adapter.ts";
import { outcomeOf } from "../shared.ts";
import { describeEnis, emptyDescribe } from "./render.ts";

/**
 * The region check every operation makes first: a RegionId that passes the schema's pattern but is
 * not the world's region is refused by rule region.valid (003 rows 9 and 24, F-032; the catalogue
 * answers InvalidOperation.InvalidRegion, in every operation, since only attach has a case).
 */
function regionRefusal(call: SimCall): SimOutcome | undefined {
  const region = call.decoded.params.RegionId;
  if (region === call.world.region) return undefined;
  return { error: call.refuse("region.valid", `The specified RegionId ${String(region)} is invalid.`) };
}

/**
 * DetachNetworkInterface of an ENI that is already Detaching from the named instance: protocols.md
 * §3.5 says the ENI must be InUse or Detaching and that a stuck Detaching may be retried, so the retry
 * is accepted and changes nothing (the detach already under way completes it). The model's detach
 * refuses anything not settled, so the adapter answers this case itself.
 */
function detachRetry(world: World, eniId: string, instanceId: string): boolean {
  const a = world.enis[eniId]?.attachment;
  return a?.status === "detaching" && a.instanceId === instanceId;
}

/** The result members of a success that changes nothing (see SimAdapter.accepted). */
export const accepted = (decoded: Decoded): Record<string, unknown> =>
  decoded.operation === "DescribeNetworkInterfaces" ? emptyDescribe(decoded.params) : {};

/** Serve a decoded, verified ECS request. */
export function serve(call: SimCall): SimOutcome {
  const op = call.decoded.operation;
  const p = call.decoded.params as Record<string, unknown>;
  const eniId = typeof p.NetworkInterfaceId === "string" ? p.NetworkInterfaceId : "";
  const instanceId = typeof p.InstanceId === "string" ? p.InstanceId : "";
  // No task id travels on the wire; the request id names the model's task internally.
  const ctx = { rules: call.rules(op), now: call.now, progress: call.progress, taskId: call.requestId };
  switch (op) {
    case "AttachNetworkInterface":
      return regionRefusal(call) ?? outcomeOf(call, attach(call.world, { eniId, instanceId }, ctx), {});
    case "DetachNetworkInterface": {
      const refused = regionRefusal(call);
      if (refused) return refused;
      if (detachRetry(call.world, eniId, instanceId)) return { result: {} };
      return outcomeOf(call, detach(call.world, { eniId, instanceId }, ctx), {});
    }
    case "DescribeNetworkInterfaces":
      return regionRefusal(call) ?? describeEnis(call.world, p);
    default:
      return { error: call.refuse("action.known", `The action ${op} is not simulated.`) };
  }
}
