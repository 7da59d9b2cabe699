/**
 * How the Tencent Cloud legacy v2 API shows the world. DescribeNetworkInterfaces (protocols.md
 * §1.2): lower-camel ENI objects with no state field, the binding shown only through `instanceSet`
 * (empty means not bound), the filters vpcId / networkInterfaceId / instanceId / eniName /
 * eniDescription (the last two fuzzy), ordering by createTime or eniName, and offset/limit paging.
 * DescribeVpcTaskResult's `data.status` 0 / 1 / 2 (protocols.md §1.5). Also the legacy region
 * aliases (`gz` for `ap-guangzhou`, protocols.md §1.1). And the variations of the gateway's
 * answers (`vary`).
 */
import type { WireResponse } from "../../../core/wire.ts";
import { pollEni } from "../../../model/transitions.ts";
import type { Eni, Task, World } from "../../../model/world.ts";
import type { Params, Results } from "../../../surfaces/tencent-v2/operations.ts";
import type { VaryContext } from "../../adapter.ts";
import { attachTime, jsonObject, jsonText, pickOne, shuffledKeys } from "../shared.ts";

/** Legacy short region codes and their long form (protocols.md §1.1: bj, gz, sh, hk, ca). */
const SHORT_REGIONS: Readonly<Record<string, string>> = {
  bj: "ap-beijing",
  gz: "ap-guangzhou",
  sh: "ap-shanghai",
  hk: "ap-hongkong",
  ca: "na-toronto",
};

/**
 * The names of the world's region: its long form and its legacy short codes. A request naming
 * another region never reaches the adapter (the simulator refuses it as `region.unknown`); one
 * naming none is served (Region is optional on the common table, F-019).
 */
export function regionNames(world: World): string[] {
  return [
    world.region,
    ...Object.keys(SHORT_REGIONS).filter((short) => SHORT_REGIONS[short] === world.region),
  ];
}

/** Tencent's numeric zone ids: region base + zone number (ap-guangzhou-3 is 100003). */
const ZONE_BASE: Readonly<Record<string, number>> = {
  "ap-guangzhou": 100000,
  "ap-shanghai": 200000,
  "ap-hongkong": 300000,
  "na-toronto": 400000,
  "ap-beijing": 800000,
};

function zoneId(zone: string): number | undefined {
  const m = /^(.*)-(\d+)$/.exec(zone);
  const base = m ? ZONE_BASE[m[1] ?? ""] : undefined;
  return base === undefined ? undefined : base + Number(m?.[2]);
}

/** The name the simulator gives an ENI (the same as the API 3.0 adapter's NetworkInterfaceName). */
const eniName = (eni: Eni) => (eni.primary ? "primary" : "secondary");

/**
 * The instance an ENI is bound to as v2 shows it: settled or being detached; while it is attached
 * nothing yet (v2 has no state field, so a binding shows only once it is done); while it migrates,
 * the instance it leaves.
 */
function boundTo(world: World, eni: Eni): string | undefined {
  const a = eni.attachment;
  if (!a) return undefined;
  if (a.status !== "attaching") return a.instanceId;
  const task = a.taskId === undefined ? undefined : world.tasks.get(a.taskId);
  return task?.kind === "migrate" ? task.fromInstanceId : undefined;
}

type NetworkInterface = Results["DescribeNetworkInterfaces"]["data"][number];

function render(world: World, eni: Eni): NetworkInterface {
  const bound = boundTo(world, eni);
  const zone = zoneId(eni.zone);
  return {
    vpcId: eni.vpcId,
    subnetId: eni.subnetId,
    ...(zone === undefined ? {} : { zoneId: zone }),
    eniName: eniName(eni),
    eniDescription: "",
    networkInterfaceId: eni.id,
    primary: eni.primary,
    macAddress: eni.macAddress,
    privateIpAddressesSet: [
      { privateIpAddress: eni.privateIp, primary: true, wanIp: "", eipId: eni.eip?.id ?? "" },
    ],
    instanceSet: bound === undefined ? [] : [{ instanceId: bound, attachTime: attachTime(eni) }],
    // The world keeps no security-group names.
    groupSet: eni.securityGroupIds.map((sgId) => ({ sgId, sgName: "" })),
  };
}

/**
 * Serve DescribeNetworkInterfaces. Every ENI the filters select counts as a poll of the task moving
 * it (an instanceId filter selects the ENIs moving to or from that instance before it is applied
 * to the binding, so that polling a describe filtered by instance lets an attach settle).
 */
export function describeNetworkInterfaces(
  world: World,
  p: Params["DescribeNetworkInterfaces"],
): Results["DescribeNetworkInterfaces"] {
  const created = new Map(Object.keys(world.enis).map((id, i) => [id, i]));
  const touches = (e: Eni, instanceId: string) =>
    e.attachment?.instanceId === instanceId || boundTo(world, e) === instanceId;
  let enis = Object.values(world.enis).filter(
    (e) =>
      (p.vpcId === undefined || e.vpcId === p.vpcId) &&
      (p.networkInterfaceId === undefined || e.id === p.networkInterfaceId) &&
      (p.eniName === undefined || eniName(e).includes(p.eniName)) &&
      (p.eniDescription === undefined || "".includes(p.eniDescription)) &&
      (p.instanceId === undefined || touches(e, p.instanceId)),
  );
  for (const e of enis) pollEni(world, e.id);
  if (p.instanceId !== undefined) enis = enis.filter((e) => boundTo(world, e) === p.instanceId);
  const order = (e: Eni) => created.get(e.id) ?? 0;
  enis.sort((a, b) =>
    p.orderField === "eniName"
      ? eniName(a).localeCompare(eniName(b)) || order(a) - order(b)
      : order(a) - order(b),
  );
  // Default orderDirection desc (protocols.md §1.2); the world keeps ENIs in creation order.
  if ((p.orderDirection ?? "desc") === "desc") enis.reverse();
  const offset = p.offset ?? 0;
  const page = enis.slice(offset, offset + (p.limit ?? 20));
  return { totalCount: enis.length, data: page.map((e) => render(world, e)) };
}

/** DescribeVpcTaskResult `data.status` (protocols.md §1.5): 0 succeeded, 1 failed, 2 running. */
export const TASK_STATUS = { success: 0, failed: 1, running: 2 } as const;

/** DescribeVpcTaskResult's answer for a task. */
export function renderTask(task: Task): Results["DescribeVpcTaskResult"] {
  return { data: { status: TASK_STATUS[task.status] } };
}

/**
 * A legacy v2 answer as the gateway also sends it (public recordings of other products behind it,
 * src/contracts/fixtures/real-envelopes.jsonl): a success `code` as the string "0" (001's example,
 * F-002) instead of the integer 0; the members in another order; another layout; `Content-Type:
 * application/json` without charset. The numeric error `code` stays a number, as recorded.
 */
export function vary(answer: WireResponse, ctx: VaryContext): WireResponse {
  let body = jsonObject(answer.body);
  if (!body) return answer;
  if (!ctx.error && body.code === 0 && ctx.random.float() < 0.5) body = { ...body, code: "0" };
  body = shuffledKeys(body, ctx.random);
  const layout = pickOne(ctx.random, ["compact", "spaced", "indented"] as const);
  return {
    ...answer,
    headers: { ...answer.headers, "content-type": "application/json" },
    body: jsonText(body, layout),
  };
}
