/**
 * How the Tencent Cloud legacy v2 API changes and reads back where an ENI is: Attach, Detach and
 * MigrateNetworkInterface (000, 001; every call names the ENI's VPC), DescribeNetworkInterfaces by
 * id (no state field: only a finished binding shows in `instanceSet`, protocols.md §1.2), and the
 * integer task an accepted call answers, queried with DescribeVpcTaskResult (`data.status` 0 / 1 /
 * 2, protocols.md §1.5).
 */
import { NOT_FOUND, obj } from "../shared/answers.ts";
import type { EniView, Readback, StateCalls } from "../types.ts";

/** The read-back of tencent-v2. */
export const readback: Readback = {
  eni: {
    operation: "DescribeNetworkInterfaces",
    params: (eniId) => ({ networkInterfaceId: eniId }),
    view(answer) {
      if (!("data" in answer)) return NOT_FOUND;
      const item = obj((answer.data.data as unknown[] | undefined)?.[0]);
      if (!item.networkInterfaceId) return NOT_FOUND;
      // The v2 answer has no state field: only a finished binding shows in instanceSet (protocols §1.2).
      const bound = obj((item.instanceSet as unknown[] | undefined)?.[0]);
      const view: EniView = { settled: true, found: true };
      if (typeof bound.instanceId === "string" && bound.instanceId !== "") view.instanceId = bound.instanceId;
      // The v2 describe has no device index; `primary` says which ENI is the CVM's primary one.
      if (typeof item.primary === "boolean") view.primary = item.primary;
      return view;
    },
  },
  task: {
    operation: "DescribeVpcTaskResult",
    params(accepted) {
      if (!("data" in accepted)) return "unknown";
      const raw = obj(accepted.data.data).taskId ?? accepted.data.taskId;
      return raw === undefined ? "missing" : { taskId: Number(raw) };
    },
    view(answer) {
      if (!("data" in answer)) return "missing";
      const status = obj(answer.data.data).status;
      return status === 0 ? "success" : status === 1 ? "failed" : status === 2 ? "running" : "unknown";
    },
  },
};

/** The state-changing calls of tencent-v2: every one names the ENI's VPC (the main VPC's fixture). */
export const stateCalls: StateCalls = {
  attach: "AttachNetworkInterface",
  detach: "DetachNetworkInterface",
  params: (f, eni, inst) => ({ vpcId: f.roles["vpc.main"], networkInterfaceId: eni, instanceId: inst }),
  migrate: {
    operation: "MigrateNetworkInterface",
    params: (f, eni, from, to) => ({
      vpcId: f.roles["vpc.main"],
      networkInterfaceId: eni,
      oldInstanceId: from,
      newInstanceId: to,
    }),
  },
};
