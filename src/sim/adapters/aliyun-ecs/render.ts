/**
 * How Alibaba Cloud ECS shows the world: DescribeNetworkInterfaces (protocols.md §3.5), the world's
 * ENIs filtered by the documented filters, paged by PageNumber/PageSize or NextToken/MaxResults, and
 * rendered with the XML double nesting `NetworkInterfaceSets.NetworkInterfaceSet[]` that the JSON form
 * keeps. ENI Status follows the async attach of §3.6: Available → Attaching → InUse, and InUse →
 * Detaching → Available. A describe counts as one poll of the ENIs it looks at (§5). And the
 * variations of the gateway's answers (`vary`).
 */
import type { ApiError } from "../../../core/errors.ts";
import type { WireResponse } from "../../../core/wire.ts";
import { pollEni } from "../../../model/transitions.ts";
import type { Eni, World } from "../../../model/world.ts";
import { REQUEST_ID_HEADER } from "../../../surfaces/aliyun-ecs/envelope.ts";
import { errors } from "../../../surfaces/aliyun-ecs/errors.ts";
import type { SimOutcome, VaryContext } from "../../adapter.ts";
import { jsonObject, jsonText, keyMoved, pickOne, withKeysFirst } from "../shared.ts";

/** The ENI Status values the simulator shows (protocols.md §3.5; the current SDK model's first four). */
type AliyunEniStatus = "Available" | "Attaching" | "InUse" | "Detaching";

/** The Status of an ENI: its attachment's progress in Aliyun's words (protocols.md §3.6, §5). */
function eniStatus(eni: Eni): AliyunEniStatus {
  switch (eni.attachment?.status) {
    case "attaching":
      return "Attaching";
    case "attached":
      return "InUse";
    case "detaching":
      return "Detaching";
    default:
      return "Available";
  }
}

/** The world has no creation times; every ENI shows the epoch, in 003's `2017-11-24T06:14:22Z` form. */
const CREATION_TIME = "1970-01-01T00:00:00Z";

/**
 * One NetworkInterfaceSet item. `InstanceId` and `Attachment` are filled while the ENI has an
 * attachment in any stage (Attaching, InUse, Detaching): the Status tells whether it has settled.
 */
function renderEni(eni: Eni): Record<string, unknown> {
  const a = eni.attachment;
  return {
    NetworkInterfaceId: eni.id,
    NetworkInterfaceName: "",
    Status: eniStatus(eni),
    Type: eni.primary ? "Primary" : "Secondary",
    InstanceId: a?.instanceId ?? "",
    VpcId: eni.vpcId,
    VSwitchId: eni.subnetId,
    ZoneId: eni.zone,
    MacAddress: eni.macAddress,
    PrivateIpAddress: eni.privateIp,
    PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: eni.privateIp, Primary: true }] },
    SecurityGroupIds: { SecurityGroupId: [...eni.securityGroupIds] },
    ...(a ? { Attachment: { InstanceId: a.instanceId, DeviceIndex: a.deviceIndex } } : {}),
    CreationTime: CREATION_TIME,
    ServiceManaged: false,
    Tags: { Tag: [] },
  };
}

/** Values of the flat list parameter `Name.N` (`NetworkInterfaceId.1`, … as the request schema models them). */
function listParam(params: Record<string, unknown>, name: string): string[] {
  const pattern = new RegExp(`^${name}\\.\\d+$`);
  return Object.entries(params)
    .filter(([k, v]) => pattern.test(k) && typeof v === "string" && v !== "")
    .map(([, v]) => v as string);
}

/** A scalar filter value; an empty string filters nothing (ECS ignores empty parameters). */
function scalar(params: Record<string, unknown>, name: string): string | undefined {
  const v = params[name];
  return v === undefined || v === "" ? undefined : String(v);
}

/**
 * True when `eni` passes every filter but Status. The world holds no names, tags, IPv6 addresses,
 * resource groups or service-managed ENIs, so a non-empty filter on one of those matches nothing.
 */
function passes(eni: Eni, p: Record<string, unknown>): boolean {
  const ids = listParam(p, "NetworkInterfaceId");
  const ips = listParam(p, "PrivateIpAddress");
  const eq = (name: string, actual: string | undefined) => {
    const want = scalar(p, name);
    return want === undefined || want === actual;
  };
  const tagged = Object.keys(p).some((k) => /^Tag\.\d+\.(Key|Value)$/.test(k));
  return (
    (ids.length === 0 || ids.includes(eni.id)) &&
    (ips.length === 0 || ips.includes(eni.privateIp)) &&
    listParam(p, "Ipv6Address").length === 0 &&
    eq("InstanceId", eni.attachment?.instanceId) &&
    eq("VpcId", eni.vpcId) &&
    eq("VSwitchId", eni.subnetId) &&
    (scalar(p, "SecurityGroupId") === undefined ||
      eni.securityGroupIds.includes(String(p.SecurityGroupId))) &&
    eq("PrimaryIpAddress", eni.privateIp) &&
    eq("NetworkInterfaceName", "") &&
    eq("Type", eni.primary ? "Primary" : "Secondary") &&
    eq("ServiceManaged", "false") &&
    eq("ResourceGroupId", undefined) &&
    !tagged
  );
}

/** One page of the matches: PageNumber/PageSize (defaults 1 and 10), or NextToken/MaxResults (default 10). */
function page(
  matches: Eni[],
  p: Record<string, unknown>,
): { error: ApiError } | { items: Eni[]; members: Record<string, unknown> } {
  const total = matches.length;
  if (p.NextToken !== undefined || p.MaxResults !== undefined) {
    const token = typeof p.NextToken === "string" && p.NextToken !== "" ? p.NextToken : "0";
    const offset = /^\d{1,9}$/.test(token) ? Number(token) : Number.NaN;
    if (!(offset <= total)) {
      return { error: errors.error("param.invalid", `The NextToken ${token} is invalid.`, "NextToken") };
    }
    const size = typeof p.MaxResults === "number" ? p.MaxResults : 10;
    const end = Math.min(total, offset + size);
    return {
      items: matches.slice(offset, end),
      members: { NextToken: end < total ? String(end) : "", TotalCount: total },
    };
  }
  const number = typeof p.PageNumber === "number" ? p.PageNumber : 1;
  const size = typeof p.PageSize === "number" ? p.PageSize : 10;
  const start = (number - 1) * size;
  return {
    items: matches.slice(start, start + size),
    members: { TotalCount: total, PageNumber: number, PageSize: size },
  };
}

/**
 * Serve DescribeNetworkInterfaces against `world`. Every ENI that passes the filters other than
 * Status is polled first (so a caller waiting with `Status=InUse` sees the attach settle), then the
 * Status filter, the order (by id) and the page apply.
 */
export function describeEnis(world: World, params: Record<string, unknown>): SimOutcome {
  const candidates = Object.values(world.enis).filter((e) => passes(e, params));
  for (const e of candidates) pollEni(world, e.id);
  const status = scalar(params, "Status");
  const matches = candidates
    .filter((e) => status === undefined || eniStatus(e) === status)
    .sort((a, b) => a.id.localeCompare(b.id));
  const paged = page(matches, params);
  if ("error" in paged) return paged;
  return {
    result: { NetworkInterfaceSets: { NetworkInterfaceSet: paged.items.map(renderEni) }, ...paged.members },
  };
}

/** The answer of a describe that shows nothing (the `ignore-rule` deviation's "accepted" describe). */
export function emptyDescribe(params: Record<string, unknown>): Record<string, unknown> {
  const outcome = page([], params);
  const members = "members" in outcome ? outcome.members : { TotalCount: 0 };
  return { NetworkInterfaceSets: { NetworkInterfaceSet: [] }, ...members };
}

/** Codes the POP gateway answers before the product sees the call (authentication and signing). */
const GATEWAY_CODES =
  /^(InvalidAccessKeyId|SignatureDoesNotMatch|SignatureNonceUsed|InvalidTimeStamp|IncompleteSignature|InvalidSignatureMethod)/;

/**
 * An ECS answer as the POP gateway also sends it (public recordings of ECS and of other products
 * behind the same gateway, src/contracts/fixtures/real-envelopes.jsonl): the request id with the
 * UUID version digit 5 (since about mid-2021) or 4, in the body and the `x-acs-request-id` header;
 * `RequestId` anywhere in a success; an error's `HostId` the central or the regional endpoint, its
 * `Recommend` (optional, protocols.md §3.4: older answers lack it) left out or in one of the forms
 * its address has had, and its members in the order of a service error (`RequestId, HostId, Code,
 * Message, Recommend`) or of a gateway refusal (`RequestId, Message, Recommend, HostId, Code`).
 * The documented members `RequestId`, `HostId`, `Code` and `Message` are always there.
 */
export function vary(answer: WireResponse, ctx: VaryContext): WireResponse {
  let body = jsonObject(answer.body);
  if (!body || typeof body.RequestId !== "string") return answer;
  const id = body.RequestId;
  const requestId = `${id.slice(0, 14)}${pickOne(ctx.random, ["5", "4"] as const)}${id.slice(15)}`;
  body = { ...body, RequestId: requestId };
  if (!ctx.error) body = keyMoved(body, "RequestId", ctx.random);
  else {
    const code = encodeURIComponent(String(body.Code));
    const { Recommend: _recommend, ...rest } = body;
    const recommend = pickOne(ctx.random, [
      undefined,
      `https://api.aliyun.com/troubleshoot?q=${code}&product=Ecs&requestId=${requestId}`,
      `https://next.api.aliyun.com/troubleshoot?q=${code}&product=Ecs`,
      `https://error-center.aliyun.com/status/search?Keyword=${code}&source=PopGw`,
    ] as const);
    const hostId = pickOne(ctx.random, ["ecs.aliyuncs.com", `ecs.${ctx.region}.aliyuncs.com`] as const);
    body = { ...rest, HostId: hostId, ...(recommend === undefined ? {} : { Recommend: recommend }) };
    const gateway = GATEWAY_CODES.test(String(body.Code));
    body = withKeysFirst(
      body,
      gateway
        ? ["RequestId", "Message", "Recommend", "HostId", "Code"]
        : ["RequestId", "HostId", "Code", "Message", "Recommend"],
    );
  }
  return {
    ...answer,
    headers: { ...answer.headers, "content-type": "application/json", [REQUEST_ID_HEADER]: requestId },
    body: jsonText(body, "compact"),
  };
}
