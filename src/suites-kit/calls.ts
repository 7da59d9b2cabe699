/**
 * The attach, detach and migrate calls of each surface in one table, for the code that changes
 * state on purpose: restoring fixtures after a case and the model-based suite. Parameter names are
 * each surface's own.
 */
import type { Surface } from "../contracts/surfaces.ts";
import type { Fixtures } from "./target.ts";

/** How a surface attaches and detaches (and, where it can, migrates) an ENI. */
export interface StateCalls {
  attach: string;
  detach: string;
  params(f: Fixtures, eniId: string, instanceId: string): Record<string, unknown>;
  migrate?: {
    operation: string;
    params(f: Fixtures, eniId: string, from: string, to: string): Record<string, unknown>;
  };
}

/** The state-changing calls of every surface. */
export const STATE_CALLS: Record<Surface, StateCalls> = {
  "tencent-v2": {
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
  },
  "tencent-v3": {
    attach: "AttachNetworkInterface",
    detach: "DetachNetworkInterface",
    params: (_f, eni, inst) => ({ NetworkInterfaceId: eni, InstanceId: inst }),
  },
  "aliyun-ecs": {
    attach: "AttachNetworkInterface",
    detach: "DetachNetworkInterface",
    params: (f, eni, inst) => ({ RegionId: f.region, NetworkInterfaceId: eni, InstanceId: inst }),
  },
  "jdcloud-vm": {
    attach: "attachNetworkInterface",
    detach: "detachNetworkInterface",
    params: (f, eni, inst) => ({ regionId: f.region, networkInterfaceId: eni, instanceId: inst }),
  },
};
