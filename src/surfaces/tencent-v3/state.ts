/**
 * How Tencent Cloud API 3.0 changes and reads back where an ENI is: AttachNetworkInterface and
 * DetachNetworkInterface (002), DescribeNetworkInterfaces by id (an attached ENI is AVAILABLE with
 * its Attachment set, a moving one ATTACHING or DETACHING; protocols §2.4), and the task an accepted
 * call started, queried with DescribeVpcTaskResult by its RequestId (002, section 1).
 */
import { NOT_FOUND, obj } from "../shared/answers.ts";
import type { EniView, Readback, StateCalls, TaskView } from "../types.ts";

/** The read-back of tencent-v3. */
export const readback: Readback = {
  eni: {
    operation: "DescribeNetworkInterfaces",
    params: (eniId) => ({ NetworkInterfaceIds: [eniId] }),
    view(answer) {
      if (!("data" in answer)) return NOT_FOUND;
      const item = obj((answer.data.NetworkInterfaceSet as unknown[] | undefined)?.[0]);
      if (!item.NetworkInterfaceId) return NOT_FOUND;
      const a = obj(item.Attachment);
      const view: EniView = { settled: item.State === "AVAILABLE", found: true };
      if (typeof a.InstanceId === "string" && a.InstanceId !== "") view.instanceId = a.InstanceId;
      if (typeof item.Primary === "boolean") view.primary = item.Primary;
      if (typeof a.DeviceIndex === "number") view.deviceIndex = a.DeviceIndex;
      return view;
    },
  },
  task: {
    operation: "DescribeVpcTaskResult",
    params(accepted) {
      const id = "data" in accepted ? accepted.requestId : undefined;
      return id ? { TaskId: id } : "unknown";
    },
    view(answer): TaskView {
      if (!("data" in answer))
        return "error" in answer && answer.error.code === "ResourceNotFound" ? "missing" : "unknown";
      const s = String(answer.data.Status);
      return s === "SUCCESS"
        ? "success"
        : s === "FAILED"
          ? "failed"
          : s === "RUNNING"
            ? "running"
            : "unknown";
    },
  },
};

/** The state-changing calls of tencent-v3 (no migrate operation). */
export const stateCalls: StateCalls = {
  attach: "AttachNetworkInterface",
  detach: "DetachNetworkInterface",
  params: (_f, eni, inst) => ({ NetworkInterfaceId: eni, InstanceId: inst }),
};
