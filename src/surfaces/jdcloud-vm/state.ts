/**
 * How JD Cloud VM changes and reads back where an ENI is: attach and detachNetworkInterface (004)
 * in the fixtures' region, and VPC describeNetworkInterface, whose `attachmentStatus` is detached
 * until an attach has been applied (protocols §4.4). JD has no task API, so no task query.
 */
import { NOT_FOUND, obj } from "../shared/answers.ts";
import type { EniView, Readback, StateCalls } from "../types.ts";

/** The read-back of jdcloud-vm. */
export const readback: Readback = {
  eni: {
    operation: "describeNetworkInterface",
    params: (eniId, region) => ({ regionId: region, networkInterfaceId: eniId }),
    view(answer) {
      if (!("data" in answer)) return NOT_FOUND;
      // The codec hands over `result`'s members (older readers may see the whole body).
      const item = obj(answer.data.networkInterface ?? obj(answer.data.result).networkInterface);
      if (!item.networkInterfaceId) return NOT_FOUND;
      // attachmentStatus is detached until an attach has been applied (protocols §4.4).
      const view: EniView = { settled: true, found: true };
      if (
        item.attachmentStatus === "attached" &&
        typeof item.instanceId === "string" &&
        item.instanceId !== ""
      ) {
        view.instanceId = item.instanceId;
        if (typeof item.deviceIndex === "number") view.deviceIndex = item.deviceIndex;
      }
      // `role` is Primary, Secondary or Managed (an ENI a cloud service manages: not primary).
      if (typeof item.role === "string") view.primary = item.role === "Primary";
      return view;
    },
  },
};

/** The state-changing calls of jdcloud-vm (no migrate operation). */
export const stateCalls: StateCalls = {
  attach: "attachNetworkInterface",
  detach: "detachNetworkInterface",
  params: (f, eni, inst) => ({ regionId: f.region, networkInterfaceId: eni, instanceId: inst }),
};
