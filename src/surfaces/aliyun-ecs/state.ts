/**
 * How Alibaba Cloud ECS changes and reads back where an ENI is: Attach and DetachNetworkInterface
 * (003) in the fixtures' region, and DescribeNetworkInterfaces by id, whose Status is settled when
 * Available or InUse and moving when Attaching or Detaching (protocols.md §3.5, §3.6). ECS has no
 * task ids, so no task query.
 */
import { NOT_FOUND, obj } from "../shared/answers.ts";
import type { EniView, Readback, StateCalls } from "../types.ts";

/** The read-back of aliyun-ecs. */
export const readback: Readback = {
  eni: {
    operation: "DescribeNetworkInterfaces",
    params: (eniId, region) => ({ RegionId: region, "NetworkInterfaceId.1": eniId }),
    view(answer) {
      if (!("data" in answer)) return NOT_FOUND;
      const sets = obj(answer.data.NetworkInterfaceSets);
      const item = obj((sets.NetworkInterfaceSet as unknown[] | undefined)?.[0]);
      if (!item.NetworkInterfaceId) return NOT_FOUND;
      const view: EniView = { settled: item.Status === "Available" || item.Status === "InUse", found: true };
      if (typeof item.InstanceId === "string" && item.InstanceId !== "") view.instanceId = item.InstanceId;
      // Type is Primary or Secondary (Trunk, for trunk features, is neither).
      if (item.Type === "Primary" || item.Type === "Secondary") view.primary = item.Type === "Primary";
      const index = obj(item.Attachment).DeviceIndex;
      if (typeof index === "number") view.deviceIndex = index;
      return view;
    },
  },
};

/** The state-changing calls of aliyun-ecs (no migrate operation). */
export const stateCalls: StateCalls = {
  attach: "AttachNetworkInterface",
  detach: "DetachNetworkInterface",
  params: (f, eni, inst) => ({ RegionId: f.region, NetworkInterfaceId: eni, InstanceId: inst }),
};
