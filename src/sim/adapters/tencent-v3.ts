/**
 * Simulator adapter of Tencent Cloud API 3.0 (002 and its companion pages): attach and detach run
 * the model's transitions and answer a RequestId that is also the task id to poll with
 * DescribeVpcTaskResult (002, section 1); ClientToken makes attach and detach idempotent (002 error
 * table rows 8 and 9); DescribeNetworkInterfaces renders the world as NetworkInterface objects.
 * Tencent v2 and v3 share the Tencent world.
 */
import { ApiError } from "../../core/errors.ts";
import { attach, detach, pollEni, pollTask } from "../../model/transitions.ts";
import { type Eni, own } from "../../model/world.ts";
import type { SimAdapter, SimCall, SimOutcome } from "../adapter.ts";
import { attachTime, outcomeOf } from "./shared.ts";

/** A well-formed task id (a UUID) that names no task. */
const MISSING_TASK = "00000000-0000-4000-8000-000000000000";

function renderEni(eni: Eni): Record<string, unknown> {
  const a = eni.attachment;
  const state =
    a?.status === "attaching" ? "ATTACHING" : a?.status === "detaching" ? "DETACHING" : "AVAILABLE";
  return {
    NetworkInterfaceId: eni.id,
    NetworkInterfaceName: eni.primary ? "primary" : "secondary",
    NetworkInterfaceDescription: "",
    VpcId: eni.vpcId,
    SubnetId: eni.subnetId,
    Zone: eni.zone,
    Primary: eni.primary,
    MacAddress: eni.macAddress,
    // `State` has no "in use" value: an attached ENI is AVAILABLE with Attachment set (protocols §2.4).
    State: state,
    NetworkInterfaceState: a?.status === "attached" ? "INUSE" : state,
    GroupSet: eni.securityGroupIds,
    PrivateIpAddressSet: [{ PrivateIpAddress: eni.privateIp, Primary: true, State: "AVAILABLE" }],
    Attachment: a
      ? {
          InstanceId: a.instanceId,
          DeviceIndex: a.deviceIndex,
          InstanceAccountId: "",
          AttachTime: attachTime(eni),
        }
      : null,
    EniType: eni.primary ? 1 : 0,
    AttachType: 0,
  };
}

/** The filters of DescribeNetworkInterfaces this simulator understands (protocols §2.4). */
const FILTERS: Record<string, (eni: Eni, value: string) => boolean> = {
  "vpc-id": (e, v) => e.vpcId === v,
  "subnet-id": (e, v) => e.subnetId === v,
  "network-interface-id": (e, v) => e.id === v,
  "attachment.instance-id": (e, v) => e.attachment?.instanceId === v,
  "groups.security-group-id": (e, v) => e.securityGroupIds.includes(v),
  "is-primary": (e, v) => String(e.primary).toUpperCase() === v.toUpperCase(),
};

function describe(call: SimCall): SimOutcome {
  const p = call.decoded.params as {
    NetworkInterfaceIds?: string[];
    Filters?: { Name: string; Values: string[] }[];
    Offset?: number;
    Limit?: number;
  };
  if (p.NetworkInterfaceIds && p.Filters) {
    return {
      error: new ApiError(
        "InvalidParameter",
        "NetworkInterfaceIds and Filters cannot be given together.",
        "tencent-v3/InvalidParameter",
      ),
    };
  }
  for (const f of p.Filters ?? []) {
    if (!FILTERS[f.Name]) {
      return {
        error: new ApiError(
          "InvalidParameter",
          `The filter ${f.Name} is not supported.`,
          "tencent-v3/InvalidParameter",
        ),
      };
    }
  }
  // By id, the named ENIs are looked up (a world may hold 100,000 of them); otherwise all are listed.
  let enis = p.NetworkInterfaceIds
    ? [...new Set(p.NetworkInterfaceIds)].flatMap((id) => own(call.world.enis, id) ?? [])
    : Object.values(call.world.enis);
  for (const f of p.Filters ?? []) enis = enis.filter((e) => f.Values.some((v) => FILTERS[f.Name]?.(e, v)));
  enis.sort((a, b) => a.id.localeCompare(b.id));
  const offset = p.Offset ?? 0;
  const page = enis.slice(offset, offset + (p.Limit ?? 20));
  for (const e of page) pollEni(call.world, e.id);
  return { result: { NetworkInterfaceSet: page.map((e) => renderEni(e)), TotalCount: enis.length } };
}

function idempotent(call: SimCall, run: () => SimOutcome): SimOutcome {
  const { ClientToken: token, ...rest } = call.decoded.params as { ClientToken?: string };
  if (token === undefined) return run();
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
    if (seen.taskId && call.world.tasks[seen.taskId]?.status === "running") {
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

/** The tencent-v3 simulator adapter. */
export const tencentV3Adapter: SimAdapter = {
  surface: "tencent-v3",
  cloud: "tencent",
  fallbackRow: "002/UnsupportedOperation",
  requestId: (random) => random.uuid(),
  fixtures: (world) => ({ ...world.roles, "task.missing": MISSING_TASK }),
  accepted: () => ({}),
  serve(call) {
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
        return { result: { Status: task.status.toUpperCase(), Output: "", Result: null } };
      }
      default:
        return { error: call.refuse("action.known", `The action ${op} is not simulated.`) };
    }
  },
};
