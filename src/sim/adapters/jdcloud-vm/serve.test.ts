/**
 * The jdcloud-vm adapter through the real simulator (node:http on port 0) and the real signed
 * client: attach/detach and their asynchronous progress as JD shows it (attachmentStatus and
 * deviceIndex of VPC describeNetworkInterface, secondaryNetworkInterfaces of VM describeInstance),
 * every answer validated against the generated schemas, and the adapter's own choices (region,
 * autoDelete, request ids, 004's messages, the fallback row). The rule cases: jdcloud-vm-rules.test.ts.
 */
import { describe, expect, it } from "vitest";
import { errors } from "../../../surfaces/jdcloud-vm/errors.ts";
import { jdHarness, T0 } from "../../../testing/jdcloud-vm-sim.ts";

const h = jdHarness();
// The harness methods refer to `h`, not `this`, so they can be taken apart.
const { ok, fails, eni, instance, role } = h;

describe("jdcloud-vm adapter: attach, detach and their progress", () => {
  it("attaches a valid pair: detached → attached after polls, deviceIndex 0 → 2", async () => {
    const [id, ins] = [role("eni.available"), role("instance.running")];
    expect(
      await ok("attachNetworkInterface", { instanceId: ins, networkInterfaceId: id, autoDelete: true }),
    ).toEqual({});
    expect(await eni(id)).toMatchObject({ attachmentStatus: "detached", deviceIndex: 0, instanceId: "" });
    const shown = await eni(id);
    expect(shown).toMatchObject({
      attachmentStatus: "attached",
      deviceIndex: 2,
      instanceId: ins,
      role: "Secondary",
    });
    const vm = await instance(ins);
    expect(vm.status).toBe("running");
    expect(vm.primaryNetworkInterface).toMatchObject({ deviceIndex: 1, autoDelete: true });
    expect(vm.secondaryNetworkInterfaces).toEqual([
      expect.objectContaining({
        deviceIndex: 2,
        autoDelete: true,
        networkInterface: expect.objectContaining({ networkInterfaceId: id }),
      }),
    ]);
  });

  it("describeInstance counts as a poll and shows the secondary once settled", async () => {
    const [id, ins] = [role("eni.available"), role("instance.stopped")];
    await ok("attachNetworkInterface", { instanceId: ins, networkInterfaceId: id });
    expect((await instance(ins)).secondaryNetworkInterfaces).toEqual([]);
    const settled = await instance(ins);
    expect(settled.status).toBe("stopped");
    expect(settled.secondaryNetworkInterfaces).toEqual([
      expect.objectContaining({ deviceIndex: 2, autoDelete: false }),
    ]);
  });

  it("detaches: attached until the detach settles, then detached with deviceIndex 0", async () => {
    const [id, holder] = [role("eni.attached"), role("instance.holder")];
    expect(await eni(id)).toMatchObject({ attachmentStatus: "attached", deviceIndex: 2, instanceId: holder });
    expect(await ok("detachNetworkInterface", { instanceId: holder, networkInterfaceId: id })).toEqual({});
    expect(await eni(id)).toMatchObject({ attachmentStatus: "attached" });
    const shown = await eni(id);
    expect(shown).toMatchObject({
      attachmentStatus: "detached",
      deviceIndex: 0,
      instanceId: "",
      instanceType: "",
    });
    expect((await instance(holder)).secondaryNetworkInterfaces).toEqual([]);
  });

  it("progress immediate: attached at the first describe", async () => {
    await h.control("PUT", "/_sim/progress", "immediate");
    const id = role("eni.available");
    await ok("attachNetworkInterface", { instanceId: role("instance.running"), networkInterfaceId: id });
    expect(await eni(id)).toMatchObject({ attachmentStatus: "attached", deviceIndex: 2 });
  });

  it("progress in ms: detached however often polled until the clock passes the delay", async () => {
    await h.control("PUT", "/_sim/progress", { ms: 5000 });
    const id = role("eni.available");
    await ok("attachNetworkInterface", { instanceId: role("instance.running"), networkInterfaceId: id });
    for (let i = 0; i < 3; i++) expect(await eni(id)).toMatchObject({ attachmentStatus: "detached" });
    await h.setClock(T0 + 4999);
    expect(await eni(id)).toMatchObject({ attachmentStatus: "detached" });
    await h.setClock(T0 + 5000);
    expect(await eni(id)).toMatchObject({ attachmentStatus: "attached" });
  });

  it("renders the primary ENI as role Primary, deviceIndex 1, bound to a compute instance", async () => {
    const shown = await eni(role("eni.primary"));
    expect(shown).toMatchObject({
      role: "Primary",
      deviceIndex: 1,
      attachmentStatus: "attached",
      instanceType: "compute",
    });
    expect(shown.instanceId).toBe(role("instance.running"));
    expect(shown.az).toBe("cn-north-1a");
  });
});

describe("jdcloud-vm adapter: refusals and surface choices", () => {
  it("an unknown ENI in describeNetworkInterface answers the eni.exists row (F-042)", async () => {
    const e = await fails("describeNetworkInterface", { networkInterfaceId: role("eni.missing") });
    expect(e).toEqual({
      status: 400,
      code: "FAILED_PRECONDITION",
      message: "No NetworkInterface permissions.",
    });
  });

  it("an unknown instance in describeInstance answers NOT_FOUND", async () => {
    const e = await fails("describeInstance", { instanceId: role("instance.missing") });
    expect(e).toMatchObject({ status: 404, code: "NOT_FOUND" });
  });

  it("a region the world lacks is refused as region.unknown, in every operation, changing nothing", async () => {
    const regionId = role("region.unknown");
    const other = h.client(regionId);
    const row = errors.rowFor("region.unknown");
    const want = { status: row.http, code: row.code };
    const pair = {
      regionId,
      instanceId: role("instance.running"),
      networkInterfaceId: role("eni.available"),
    };
    expect(await fails("attachNetworkInterface", pair, other)).toMatchObject(want);
    const vm = await fails("describeInstance", { regionId, instanceId: role("instance.running") }, other);
    expect(vm).toMatchObject(want);
    const e = await fails(
      "describeNetworkInterface",
      { regionId, networkInterfaceId: role("eni.available") },
      other,
    );
    expect(e).toMatchObject(want);
    expect(await eni(role("eni.available"))).toMatchObject({ attachmentStatus: "detached" });
  });

  it("a VPC mismatch (no documented code, F-041) answers the fallback row with the model's message", async () => {
    const pair = { instanceId: role("instance.other-vpc"), networkInterfaceId: role("eni.available") };
    const e = await fails("attachNetworkInterface", pair);
    expect(e).toMatchObject({ status: 400, code: "FAILED_PRECONDITION" });
    expect(e.message).toMatch(/different VPCs/);
  });

  it("documented rows carry 004's messages with their placeholder filled in (F-049)", async () => {
    const attach = (instanceId: string, networkInterfaceId = role("eni.available")) =>
      fails("attachNetworkInterface", { instanceId, networkInterfaceId });
    expect((await attach(role("instance.pending"))).message).toBe("Invalid instance status pending");
    expect((await attach(role("instance.busy"))).message).toBe(
      `Conflict with underlay task ${role("instance.busy")}`,
    );
    expect((await attach(role("instance.at-eni-limit"))).message).toBe(
      "Flavor constraints. NetworkInterface limit exceeded",
    );
    const onEip = await attach(role("instance.running"), role("eni.eip-other-zone"));
    expect(onEip.message).toMatch(/^ElasticIp 'fip-[a-z0-9]{10}' and instance are not in the same az$/);
    const onPrimary = await attach(role("instance.stopped"), role("eni.primary"));
    expect(onPrimary.message).toBe("NetworkInterface has been attached on other device");
    const missing = role("instance.missing");
    expect((await fails("describeInstance", { instanceId: missing })).message).toBe(
      `Instance '${missing}' not found.`,
    );
  });

  it("request ids are 32 lower-case letters or digits, in the body and the header", async () => {
    const r = await h.jd.callRaw("describeInstance", {
      regionId: "cn-north-1",
      instanceId: role("instance.running"),
    });
    const body = JSON.parse(r.response.body) as { requestId: string };
    expect(body.requestId).toMatch(/^[0-9a-z]{32}$/);
    expect(r.response.headers["x-jdcloud-request-id"]).toBe(body.requestId);
  });

  it("autoDelete stays in the calling account's world and is forgotten on detach", async () => {
    const [id, ins] = [role("eni.available"), role("instance.running")];
    await ok("attachNetworkInterface", { instanceId: ins, networkInterfaceId: id, autoDelete: true });
    const state = h.sim.simulator.state;
    expect(Object.keys(state.world("AKIDtest", "jdcloud").idempotency)).toEqual([
      `jdcloud-vm/autoDelete/${id}`,
    ]);
    expect(state.world("AKIDother", "jdcloud").idempotency).toEqual({});
    expect(state.world("AKIDtest", "aliyun").idempotency).toEqual({});
    await eni(id);
    await eni(id);
    await ok("detachNetworkInterface", { instanceId: ins, networkInterfaceId: id });
    expect(state.world("AKIDtest", "jdcloud").idempotency).toEqual({});
  });
});
