/**
 * Reading state back from a target with each surface's own describe and task operations: where an
 * ENI is attached and whether its asynchronous change has settled, and the state of a task. Used to
 * check "the state after the call matches the rule" and "the async task reaches a final state". One
 * small reader per surface, kept in a table (shared code never branches on the cloud).
 */
import { type CallResult, type Client, isTransient } from "../client/client.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";

/** Where an ENI is, as the target reports it. */
export interface EniView {
  /** The instance it is attached to (or moving to), if any. */
  instanceId?: string;
  /** False while the target reports an attach/detach in progress. */
  settled: boolean;
  /** False when the target does not know the ENI. */
  found: boolean;
}

/** A task's state as the target reports it. */
export type TaskView = "running" | "success" | "failed" | "missing" | "unknown";

/** Reads one surface's state. */
export interface Reader {
  eni(client: Client<Surface>, region: string, eniId: string): Promise<EniView>;
  /** The task an accepted call started, when the surface has a task query. */
  task?(client: Client<Surface>, accepted: CallResult): Promise<TaskView>;
}

const notFound: EniView = { settled: true, found: false };

/**
 * A transient error (throttling, internal, unavailable — after the client's retries) says nothing
 * about the ENI: the read-back cannot tell, which is a harness outcome, never "not found".
 */
function usable<T extends CallResult>(surface: Surface, r: T): T {
  if ("error" in r && isTransient(surface, r.error)) {
    throw new SuiteError(
      "ENIC_TARGET_UNREACHABLE",
      `the outcome could not be established: the read-back kept answering ${r.error.code}`,
    );
  }
  return r;
}
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" ? (v as Record<string, unknown>) : {};

/** The readers of every surface. */
export const READERS: Record<Surface, Reader> = {
  "tencent-v3": {
    async eni(client, _region, eniId) {
      const r = usable(
        client.surface,
        await client.callRaw("DescribeNetworkInterfaces", { NetworkInterfaceIds: [eniId] }),
      );
      if (!("data" in r)) return notFound;
      const item = obj((r.data.NetworkInterfaceSet as unknown[] | undefined)?.[0]);
      if (!item.NetworkInterfaceId) return notFound;
      const a = obj(item.Attachment);
      const view: EniView = { settled: item.State === "AVAILABLE", found: true };
      if (typeof a.InstanceId === "string" && a.InstanceId !== "") view.instanceId = a.InstanceId;
      return view;
    },
    async task(client, accepted) {
      const id = "data" in accepted ? accepted.requestId : undefined;
      if (!id) return "unknown";
      const r = usable(client.surface, await client.callRaw("DescribeVpcTaskResult", { TaskId: id }));
      if (!("data" in r)) return "error" in r && r.error.code === "ResourceNotFound" ? "missing" : "unknown";
      const s = String(r.data.Status);
      return s === "SUCCESS"
        ? "success"
        : s === "FAILED"
          ? "failed"
          : s === "RUNNING"
            ? "running"
            : "unknown";
    },
  },
  "tencent-v2": {
    async eni(client, _region, eniId) {
      const r = usable(
        client.surface,
        await client.callRaw("DescribeNetworkInterfaces", { networkInterfaceId: eniId }),
      );
      if (!("data" in r)) return notFound;
      const item = obj((r.data.data as unknown[] | undefined)?.[0]);
      if (!item.networkInterfaceId) return notFound;
      // The v2 answer has no state field: only a finished binding shows in instanceSet (protocols §1.2).
      const bound = obj((item.instanceSet as unknown[] | undefined)?.[0]);
      const view: EniView = { settled: true, found: true };
      if (typeof bound.instanceId === "string" && bound.instanceId !== "") view.instanceId = bound.instanceId;
      return view;
    },
    async task(client, accepted) {
      if (!("data" in accepted)) return "unknown";
      const data = obj(accepted.data.data);
      const raw = data.taskId ?? accepted.data.taskId;
      if (raw === undefined) return "missing";
      const r = usable(
        client.surface,
        await client.callRaw("DescribeVpcTaskResult", { taskId: Number(raw) }),
      );
      if (!("data" in r)) return "missing";
      const status = obj(r.data.data).status;
      return status === 0 ? "success" : status === 1 ? "failed" : status === 2 ? "running" : "unknown";
    },
  },
  "aliyun-ecs": {
    async eni(client, region, eniId) {
      const r = usable(
        client.surface,
        await client.callRaw("DescribeNetworkInterfaces", {
          RegionId: region,
          "NetworkInterfaceId.1": eniId,
        }),
      );
      if (!("data" in r)) return notFound;
      const item = obj((obj(r.data.NetworkInterfaceSets).NetworkInterfaceSet as unknown[] | undefined)?.[0]);
      if (!item.NetworkInterfaceId) return notFound;
      const view: EniView = { settled: item.Status === "Available" || item.Status === "InUse", found: true };
      if (typeof item.InstanceId === "string" && item.InstanceId !== "") view.instanceId = item.InstanceId;
      return view;
    },
  },
  "jdcloud-vm": {
    async eni(client, region, eniId) {
      const r = usable(
        client.surface,
        await client.callRaw("describeNetworkInterface", {
          regionId: region,
          networkInterfaceId: eniId,
        }),
      );
      if (!("data" in r)) return notFound;
      // The codec hands over `result`'s members (older readers may see the whole body).
      const item = obj(r.data.networkInterface ?? obj(r.data.result).networkInterface);
      if (!item.networkInterfaceId) return notFound;
      // attachmentStatus is detached until an attach has been applied (protocols §4.4).
      const view: EniView = { settled: true, found: true };
      if (
        item.attachmentStatus === "attached" &&
        typeof item.instanceId === "string" &&
        item.instanceId !== ""
      ) {
        view.instanceId = item.instanceId;
      }
      return view;
    },
  },
};
