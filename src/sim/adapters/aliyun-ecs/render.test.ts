/**
 * DescribeNetworkInterfaces of the aliyun-ecs simulator adapter (protocols.md §3.5): both paging
 * styles, the filters, a Status-filtered describe counting as a poll, and the empty page answered
 * when the ignore-rule deviation accepts a refused describe.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { aliyunHarness, errorOf } from "../../../testing/aliyun-ecs-sim.ts";

const h = aliyunHarness();
const { call, control, eni } = h;
let roles: Record<string, string> = {};
beforeEach(() => {
  roles = h.roles();
});

describe("aliyun-ecs adapter: DescribeNetworkInterfaces", () => {
  const list = async (
    params: Record<string, unknown>,
  ): Promise<Record<string, unknown> & { ids: string[] }> => {
    const result = await call("DescribeNetworkInterfaces", params);
    if (!("data" in result)) throw new Error(JSON.stringify(result));
    const d = result.data as {
      NetworkInterfaceSets: { NetworkInterfaceSet: { NetworkInterfaceId: string }[] };
    };
    return {
      ...result.data,
      ids: d.NetworkInterfaceSets.NetworkInterfaceSet.map((e) => e.NetworkInterfaceId),
    };
  };

  it("pages with PageNumber and PageSize (default 10) and reports TotalCount", async () => {
    const all = await list({ PageSize: 100 });
    expect(all.TotalCount).toBe(all.ids.length);
    expect(all.ids).toEqual([...all.ids].sort());
    const first = await list({});
    expect(first).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: all.ids.length });
    expect(first.ids).toEqual(all.ids.slice(0, 10));
    const second = await list({ PageNumber: 2, PageSize: 3 });
    expect(second.ids).toEqual(all.ids.slice(3, 6));
  });

  it("pages with NextToken and MaxResults, and refuses a NextToken it did not give", async () => {
    const all = (await list({ PageSize: 100 })).ids;
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await list({ MaxResults: 10, ...(token ? { NextToken: token } : {}) });
      seen.push(...page.ids);
      token = page.NextToken as string;
    } while (token !== "");
    expect(seen).toEqual(all);
    expect(errorOf(await call("DescribeNetworkInterfaces", { NextToken: "bogus" }))).toEqual({
      code: "InvalidParameter",
      status: 400,
    });
  });

  it("filters by ids, instance, VPC, VSwitch, type, status and security group", async () => {
    const [a, b] = [roles["eni.available"] as string, roles["eni.attached"] as string];
    expect((await list({ "NetworkInterfaceId.1": a, "NetworkInterfaceId.2": b })).ids).toEqual([a, b].sort());
    const holder = await list({ InstanceId: roles["instance.holder"] });
    expect(holder.ids).toHaveLength(2);
    expect((await list({ InstanceId: roles["instance.holder"], Type: "Secondary" })).ids).toEqual([b]);
    expect((await list({ InstanceId: roles["instance.holder"], Type: "Primary" })).ids).toHaveLength(1);
    expect((await list({ VpcId: roles["vpc.other"], PageSize: 100 })).ids).toHaveLength(1);
    expect((await list({ "NetworkInterfaceId.1": a, Status: "InUse" })).ids).toEqual([]);
    expect((await list({ "NetworkInterfaceId.1": a, Status: "Available" })).ids).toEqual([a]);
    const item = await eni(a);
    expect((await list({ VSwitchId: item.VSwitchId, "NetworkInterfaceId.1": a })).ids).toEqual([a]);
    const sg = (item.SecurityGroupIds as { SecurityGroupId: string[] }).SecurityGroupId[0];
    expect((await list({ SecurityGroupId: sg, "NetworkInterfaceId.1": a })).ids).toEqual([a]);
    expect((await list({ "Tag.1.Key": "env", PageSize: 100 })).ids).toEqual([]);
  });

  it("counts a describe filtered by Status as a poll, so waiting for InUse ends", async () => {
    const [eniId, instanceId] = [roles["eni.available"] as string, roles["instance.running"] as string];
    await call("AttachNetworkInterface", { InstanceId: instanceId, NetworkInterfaceId: eniId });
    expect((await list({ "NetworkInterfaceId.1": eniId, Status: "InUse" })).ids).toEqual([]);
    expect((await list({ "NetworkInterfaceId.1": eniId, Status: "InUse" })).ids).toEqual([eniId]);
  });

  it("answers an ignored region refusal with an empty page (ignore-rule deviation)", async () => {
    await control("PUT", "/_sim/deviations", { enable: ["aliyun-ecs:ignore:region.valid"] });
    try {
      const result = await call("DescribeNetworkInterfaces", { RegionId: roles["region.unknown"] });
      expect(result).toHaveProperty("data.TotalCount", 0);
    } finally {
      await control("PUT", "/_sim/deviations", { enable: [] });
    }
  });
});
