/**
 * The aliyun-ecs simulator adapter, driven over HTTP with the real signed client: attach and detach
 * observed through DescribeNetworkInterfaces (Attaching → InUse, Detaching → Available, protocols.md
 * §3.6) under each progress mode, the documented refusals, the region check and the detach retry of a
 * Detaching ENI. Every success body is checked against the generated response schema (harness).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../../core/clock.ts";
import { aliyunHarness, errorOf } from "../../../testing/aliyun-ecs-sim.ts";

const h = aliyunHarness();
const { call, control, eni } = h;
let roles: Record<string, string> = {};
beforeEach(() => {
  roles = h.roles();
});

describe("aliyun-ecs adapter: attach and detach", () => {
  it("serves the world's fixtures, without a task role (ECS has no task ids)", () => {
    expect(roles["region.main"]).toBe("cn-hangzhou");
    expect(roles["eni.available"]).toMatch(/^eni-[a-z0-9]{20}$/);
    expect(roles["task.missing"]).toBeUndefined();
  });

  it("attaches asynchronously: Available, Attaching on the first poll, InUse on the second", async () => {
    const [eniId, instanceId] = [roles["eni.available"] as string, roles["instance.running"] as string];
    const attached = await call("AttachNetworkInterface", {
      InstanceId: instanceId,
      NetworkInterfaceId: eniId,
    });
    expect(attached).toHaveProperty("data", {});
    const first = await eni(eniId);
    expect(first).toMatchObject({ Status: "Attaching", InstanceId: instanceId, Type: "Secondary" });
    const second = await eni(eniId);
    expect(second).toMatchObject({
      Status: "InUse",
      InstanceId: instanceId,
      Attachment: { InstanceId: instanceId, DeviceIndex: 1 },
    });
  });

  it("detaches back to Available, and accepts a retry while Detaching", async () => {
    const [eniId, holder] = [roles["eni.attached"] as string, roles["instance.holder"] as string];
    expect(await eni(eniId)).toMatchObject({ Status: "InUse", InstanceId: holder });
    expect(
      await call("DetachNetworkInterface", { InstanceId: holder, NetworkInterfaceId: eniId }),
    ).toHaveProperty("data");
    expect(
      await call("DetachNetworkInterface", { InstanceId: holder, NetworkInterfaceId: eniId }),
    ).toHaveProperty("data");
    expect(await eni(eniId)).toMatchObject({ Status: "Detaching" });
    const after = await eni(eniId);
    expect(after).toMatchObject({ Status: "Available", InstanceId: "" });
    expect(after).not.toHaveProperty("Attachment");
    const again = await call("DetachNetworkInterface", { InstanceId: holder, NetworkInterfaceId: eniId });
    expect(errorOf(again)).toEqual({ code: "InvalidOperation.InvalidEniState", status: 400 });
  });

  it("refuses to detach or re-attach an ENI that is still Attaching", async () => {
    const [eniId, instanceId] = [roles["eni.available"] as string, roles["instance.running"] as string];
    await call("AttachNetworkInterface", { InstanceId: instanceId, NetworkInterfaceId: eniId });
    const detached = await call("DetachNetworkInterface", {
      InstanceId: instanceId,
      NetworkInterfaceId: eniId,
    });
    expect(errorOf(detached)).toEqual({ code: "InvalidOperation.InvalidEniState", status: 400 });
    const again = await call("AttachNetworkInterface", { InstanceId: instanceId, NetworkInterfaceId: eniId });
    expect(errorOf(again)).toEqual({ code: "InvalidOperation.InvalidEniState", status: 400 });
  });

  it("settles at once under immediate progress", async () => {
    await control("PUT", "/_sim/progress", "immediate");
    const [eniId, instanceId] = [roles["eni.available"] as string, roles["instance.stopped"] as string];
    await call("AttachNetworkInterface", { InstanceId: instanceId, NetworkInterfaceId: eniId });
    expect(await eni(eniId)).toMatchObject({ Status: "InUse", InstanceId: instanceId });
  });

  it("settles by the clock under ms progress, however often it is polled", async () => {
    const clock = fixedClock("2024-05-01T00:00:00Z");
    h.useClock(clock);
    await control("PUT", "/_sim/clock", { now: "2024-05-01T00:00:00Z" });
    await control("PUT", "/_sim/progress", { ms: 5000 });
    const [eniId, instanceId] = [roles["eni.available"] as string, roles["instance.running"] as string];
    expect(
      await call("AttachNetworkInterface", { InstanceId: instanceId, NetworkInterfaceId: eniId }),
    ).toHaveProperty("data");
    for (let i = 0; i < 3; i++) expect(await eni(eniId)).toMatchObject({ Status: "Attaching" });
    clock.advance(5000);
    await control("PUT", "/_sim/clock", { now: "2024-05-01T00:00:05Z" });
    expect(await eni(eniId)).toMatchObject({ Status: "InUse" });
  });

  it("refuses the documented preconditions with 003's codes", async () => {
    const attach = (instance: string, eniRole = "eni.available") =>
      call("AttachNetworkInterface", {
        InstanceId: roles[instance],
        NetworkInterfaceId: roles[eniRole],
      }).then(errorOf);
    expect(await attach("instance.stopped-only-type")).toEqual({
      code: "InvalidOperation.InvalidEcsState",
      status: 400,
    });
    expect(await attach("instance.pending")).toEqual({
      code: "InvalidOperation.InvalidEcsState",
      status: 400,
    });
    expect(await attach("instance.running", "eni.attached")).toEqual({
      code: "InvalidOperation.InvalidEniState",
      status: 400,
    });
    expect(await attach("instance.other-vpc")).toEqual({ code: "InvalidOperation.VpcMismatch", status: 403 });
    expect(await attach("instance.at-eni-limit")).toEqual({
      code: "EniPerInstanceLimitExceeded",
      status: 403,
    });
    expect(await attach("instance.missing")).toEqual({ code: "InvalidEcsId.NotFound", status: 404 });
  });
});

describe("aliyun-ecs adapter: region", () => {
  it("refuses a well-formed region that is not the world's, in every operation", async () => {
    const region = roles["region.unknown"];
    const ids = { InstanceId: roles["instance.holder"], NetworkInterfaceId: roles["eni.attached"] };
    for (const [op, params] of [
      ["AttachNetworkInterface", { ...ids, NetworkInterfaceId: roles["eni.available"] }],
      ["DetachNetworkInterface", ids],
      ["DescribeNetworkInterfaces", {}],
    ] as const) {
      const result = await call(op, { ...params, RegionId: region });
      expect(errorOf(result), op).toEqual({ code: "InvalidOperation.InvalidRegion", status: 400 });
    }
    expect(await eni(roles["eni.attached"] as string)).toMatchObject({ Status: "InUse" });
  });
});
