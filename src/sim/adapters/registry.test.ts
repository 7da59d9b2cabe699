/**
 * The simulator adapters as a set: adapters of one cloud declare the same world style (Tencent v2
 * and v3 share the Tencent world), each cloud's seed world is spelled in its style and holds every
 * fixture role, and each surface's read-back and state calls (SurfaceModule) read and move the
 * simulator's world through the in-process simulator, with real codecs and signatures.
 */
import { describe, expect, it } from "vitest";
import { SURFACES, type Surface } from "../../contracts/surfaces.ts";
import { seededRandom, systemClock } from "../../core/clock.ts";
import { brokenInvariants } from "../../model/invariants.ts";
import { surfaceModule } from "../../surfaces/registry.ts";
import type { CallAnswer, EniView } from "../../surfaces/types.ts";
import { createSimulator, type Simulator } from "../simulator.ts";
import { DEFAULT_ACCOUNT } from "../state.ts";
import { SIM_ADAPTERS, SIM_CLOUDS, seedWorldOf, worldStyleOf } from "./registry.ts";

describe("world styles", () => {
  it("adapters of one cloud declare the same world style", () => {
    for (const cloud of SIM_CLOUDS) {
      const styles = Object.values(SIM_ADAPTERS)
        .filter((a) => a.cloud === cloud)
        .map((a) => a.worldStyle);
      for (const style of styles) expect(style, cloud).toEqual(styles[0]);
    }
    expect(SIM_CLOUDS.length).toBeLessThan(SURFACES.length); // some surfaces do share a cloud
  });

  it.each(SIM_CLOUDS)(
    "%s: the seed world is spelled in the style, holds every role and keeps the invariants",
    (cloud) => {
      const style = worldStyleOf(cloud);
      const world = seedWorldOf(cloud, DEFAULT_ACCOUNT.accessKeyId);
      expect(world.cloud).toBe(cloud);
      expect(world.region).toBe(style.region);
      expect([world.zones.main, world.zones.other]).toEqual(style.zones);
      expect(brokenInvariants(world)).toEqual([]);
      const spelled = (kind: keyof typeof style.ids.prefix, id: string) =>
        expect(id).toMatch(new RegExp(`^${style.ids.prefix[kind]}-[a-z0-9]{${style.ids.length}}$`));
      for (const id of Object.keys(world.enis)) spelled("eni", id);
      for (const id of Object.keys(world.instances)) spelled("instance", id);
      for (const id of Object.keys(world.vpcs)) spelled("vpc", id);
      for (const id of Object.keys(world.subnets)) spelled("subnet", id);
      expect(Object.keys(world.instanceTypes).sort()).toEqual(Object.values(style.types).sort());
      expect(world.roles["region.unknown"]).toBe(style.unknownRegion);
    },
  );

  it("refuses a cloud no adapter serves", () => {
    expect(() => seedWorldOf("moon", "A")).toThrow(/moon/);
  });
});

let nonceSeed = 1;

/** Call `operation` on the in-process simulator the way the client would, and read the answer. */
async function call(
  sim: Simulator,
  surface: Surface,
  operation: string,
  params: Record<string, unknown>,
): Promise<CallAnswer> {
  const m = surfaceModule(surface);
  const region = m.defaults.region;
  const host = m.operations.find((o) => o.operation === operation)?.host ?? m.defaults.host;
  const wire = m.codec.encodeRequest(operation, params, { region, host });
  const signed = m.signer.sign(wire, {
    credentials: DEFAULT_ACCOUNT,
    clock: systemClock,
    random: seededRandom(nonceSeed++),
    region,
  });
  const res = await sim.handleWire(signed);
  if (res === "drop") throw new Error("dropped");
  const outcome = m.codec.decodeResponse(operation, res);
  if (outcome.kind === "success")
    return { data: outcome.data, ...(outcome.requestId ? { requestId: outcome.requestId } : {}) };
  if (outcome.kind === "error") return { error: { code: outcome.code } };
  return { malformed: outcome.reason };
}

describe.each(SURFACES)("%s: read-back and state calls against the simulator", (surface) => {
  const m = surfaceModule(surface);
  const sim = createSimulator();
  const world = sim.state.world(DEFAULT_ACCOUNT.accessKeyId, SIM_ADAPTERS[surface].cloud);
  const roles = SIM_ADAPTERS[surface].fixtures(world);
  const fixtures = { region: world.region, roles };
  const role = (name: string) => roles[name] as string;
  const read = async (eniId: string): Promise<EniView> =>
    m.readback.eni.view(
      await call(sim, surface, m.readback.eni.operation, m.readback.eni.params(eniId, world.region)),
    );
  /** Read until the ENI shows settled on `instanceId` (each describe is a poll; two polls settle). */
  const settleOn = async (eniId: string, instanceId: string | undefined): Promise<EniView> => {
    let view = await read(eniId);
    for (let i = 0; i < 5 && !(view.settled && view.instanceId === instanceId); i++) view = await read(eniId);
    return view;
  };

  it("reads the seed world: an attached ENI on its instance, an available one nowhere, a missing one not found", async () => {
    const attached = await read(role("eni.attached"));
    expect(attached).toMatchObject({ found: true, settled: true, instanceId: role("instance.holder") });
    expect(attached.primary).toBe(false);
    const available = await read(role("eni.available"));
    expect(available).toMatchObject({ found: true, settled: true, primary: false });
    expect(available.instanceId).toBeUndefined();
    // The primary ENI reads back as primary, on its instance, at a device index of its own.
    const primary = await read(role("eni.primary"));
    expect(primary).toMatchObject({
      found: true,
      settled: true,
      primary: true,
      instanceId: role("instance.running"),
    });
    if (primary.deviceIndex !== undefined) expect(attached.deviceIndex).not.toBe(primary.deviceIndex);
    expect((await read(role("eni.missing"))).found).toBe(false);
  });

  it("attaches and detaches with the state calls, and the read-back (and task query) follow", async () => {
    const eni = role("eni.available");
    const instance = role("instance.running");
    const accepted = await call(
      sim,
      surface,
      m.stateCalls.attach,
      m.stateCalls.params(fixtures, eni, instance),
    );
    expect("data" in accepted, JSON.stringify(accepted)).toBe(true);
    if (m.readback.task) {
      const params = m.readback.task.params(accepted);
      expect(typeof params).toBe("object");
      if (typeof params === "object") {
        const view = m.readback.task.view(await call(sim, surface, m.readback.task.operation, params));
        expect(["running", "success"]).toContain(view);
      }
    }
    expect(await settleOn(eni, instance)).toMatchObject({
      found: true,
      settled: true,
      instanceId: instance,
      primary: false,
    });
    const detached = await call(
      sim,
      surface,
      m.stateCalls.detach,
      m.stateCalls.params(fixtures, eni, instance),
    );
    expect("data" in detached, JSON.stringify(detached)).toBe(true);
    const after = await settleOn(eni, undefined);
    expect(after).toMatchObject({ found: true, settled: true });
    expect(after.instanceId).toBeUndefined();
  });
});
