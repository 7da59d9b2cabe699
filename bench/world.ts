/**
 * Bench worlds: a cloud's seed world (every fixture role, as the simulator seeds it) grown to a given
 * number of instances and ENIs with the model's own shapes and id spellings. Each added instance is a
 * running standard instance with its primary ENI; the ENIs beyond the primaries are available
 * secondaries in the same subnet. `pairs` lists (available ENI, instance with room) couples that an
 * attach/detach loop can cycle through without ever breaking a rule.
 */
import { seededRandom } from "../src/core/clock.ts";
import { type Cloud, type Eni, type IdKind, newId, type World } from "../src/model/world.ts";
import { seedWorldOf, worldStyleOf } from "../src/sim/adapters/registry.ts";

/** An ENI and an instance it can be attached to (and detached from) over and over. */
export interface Pair {
  eniId: string;
  instanceId: string;
}

/** A grown world and the attachable pairs in it. */
export interface BenchWorld {
  world: World;
  pairs: Pair[];
}

/** The size of a world: instances and ENIs in total (the seed world's included). */
export interface WorldSize {
  instances: number;
  enis: number;
}

/**
 * The seed world of `cloud` (for `accountId`) grown to `size`. Deterministic. Throws when the size
 * is below the seed world's or asks for fewer ENIs than instances (each instance has a primary).
 */
export function benchWorld(cloud: Cloud, accountId: string, size: WorldSize): BenchWorld {
  const world = seedWorldOf(cloud, accountId);
  const ids = worldStyleOf(cloud).ids;
  const seedInstances = Object.keys(world.instances).length;
  const seedEnis = Object.keys(world.enis).length;
  const addInstances = size.instances - seedInstances;
  const addEnis = size.enis - seedEnis - addInstances;
  if (addInstances < 0 || addEnis < 0) {
    throw new Error(
      `a ${cloud} bench world needs at least ${seedInstances} instances and ${seedEnis} + (added instances) ENIs`,
    );
  }
  const random = seededRandom(0xbe7c4 ^ size.enis);
  const fresh = (kind: IdKind, taken: Record<string, unknown>): string => {
    for (;;) {
      const id = newId(ids, kind, random);
      if (!Object.hasOwn(taken, id) && !Object.values(world.roles).includes(id)) return id;
    }
  };
  const template = world.enis[world.roles["eni.available"] ?? ""] as Eni;
  const typeName = (world.instances[world.roles["instance.running"] ?? ""] ?? { type: "" }).type;
  let n = 0;
  const eni = (): Eni => {
    const i = n++;
    const e: Eni = {
      id: fresh("eni", world.enis),
      vpcId: template.vpcId,
      subnetId: template.subnetId,
      zone: template.zone,
      primary: false,
      securityGroupIds: [...template.securityGroupIds],
      macAddress: `52:54:${[(i >>> 16) & 255, (i >>> 8) & 255, i & 255, 1].map((b) => b.toString(16).padStart(2, "0")).join(":")}`,
      privateIp: `10.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`,
    };
    world.enis[e.id] = e;
    return e;
  };
  const added: string[] = [];
  for (let i = 0; i < addInstances; i++) {
    const id = fresh("instance", world.instances);
    const primary = eni();
    primary.primary = true;
    primary.attachment = { instanceId: id, deviceIndex: 0, status: "attached", since: 0 };
    world.instances[id] = {
      id,
      type: typeName,
      zone: template.zone,
      vpcId: template.vpcId,
      state: "running",
      busy: false,
      primaryEniId: primary.id,
    };
    added.push(id);
  }
  const pairs: Pair[] = [];
  for (let i = 0; i < addEnis; i++) {
    const e = eni();
    const instanceId = added[i];
    if (instanceId !== undefined) pairs.push({ eniId: e.id, instanceId });
  }
  return { world, pairs };
}

/** Instances and ENIs of a world. */
export function worldCounts(world: World): WorldSize {
  return { instances: Object.keys(world.instances).length, enis: Object.keys(world.enis).length };
}
