/**
 * How Tencent Cloud API 3.0 shows the world (protocols §2.4, §2.5): DescribeNetworkInterfaces'
 * NetworkInterface objects with their State and Attachment, by id or by filter, paged; and
 * DescribeVpcTaskResult's Status.
 */
import { ApiError } from "../../../core/errors.ts";
import { pollEni } from "../../../model/transitions.ts";
import { type Eni, own, type Task } from "../../../model/world.ts";
import type { SimCall, SimOutcome } from "../../adapter.ts";
import { attachTime } from "../shared.ts";

/** One NetworkInterface of DescribeNetworkInterfaces' NetworkInterfaceSet. */
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

/** Serve DescribeNetworkInterfaces: one page of the ENIs named or filtered, each polled. */
export function describe(call: SimCall): SimOutcome {
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

/** DescribeVpcTaskResult's answer for a task: its status in capitals (RUNNING, SUCCESS, FAILED). */
export function renderTask(task: Task): Record<string, unknown> {
  return { Status: task.status.toUpperCase(), Output: "", Result: null };
}
