/**
 * How Tencent Cloud API 3.0 shows the world (protocols §2.4, §2.5): DescribeNetworkInterfaces'
 * NetworkInterface objects with their State and Attachment, by id or by filter, paged; and
 * DescribeVpcTaskResult's Status. And the variations of the real gateway's answers (`vary`).
 */
import { ApiError } from "../../../core/errors.ts";
import type { WireResponse } from "../../../core/wire.ts";
import { pollEni } from "../../../model/transitions.ts";
import { type Eni, own, type Task } from "../../../model/world.ts";
import type { SimCall, SimOutcome, VaryContext } from "../../adapter.ts";
import { attachTime, jsonObject, jsonText, keyMoved, pickOne } from "../shared.ts";

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

/**
 * An API 3.0 answer as the real gateway also sends it (public recordings of the VPC backend and
 * others, src/contracts/fixtures/real-envelopes.jsonl; protocols §2.3 fixes only the members): the
 * VPC backend's layout (indented, `/` escaped) or another backend's (compact, spaced); `RequestId`
 * first, among or after the other members of `Response`; the nullable `Output` as `null`;
 * `Content-Type: application/json` without charset; an `X-TC-TraceId` header (recent answers) or
 * `Server: nginx` (older ones). The RequestId itself is kept: it is the task id of async calls.
 */
export function vary(answer: WireResponse, ctx: VaryContext): WireResponse {
  const body = jsonObject(answer.body);
  const response = body?.Response;
  if (typeof response !== "object" || response === null) return answer;
  let members = response as Record<string, unknown>;
  if (members.Output === "" && ctx.random.float() < 0.5) members = { ...members, Output: null };
  members = keyMoved(members, "RequestId", ctx.random);
  const layout = pickOne(ctx.random, ["indented", "indented", "spaced", "compact"] as const);
  const headers: Record<string, string> = { ...answer.headers, "content-type": "application/json" };
  if (ctx.random.float() < 0.5) headers["x-tc-traceid"] = ctx.random.uuid();
  else headers.server = "nginx";
  return { ...answer, headers, body: jsonText({ Response: members }, layout) };
}
