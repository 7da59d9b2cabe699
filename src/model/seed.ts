/**
 * The seed world of a cloud: a small, deterministic world in which every fixture role exists and
 * breaks exactly one rule with respect to `eni.available` (the pending instance differs from the
 * running one only in its state, the other-zone instance only in its zone, and so on), so that a
 * rule's case provokes that rule's error and no other.
 */
import { seededRandom } from "../core/clock.ts";
import {
  type Cloud,
  type Eni,
  type IdStyle,
  type Instance,
  type InstanceType,
  newId,
  TaskRecord,
  type World,
} from "./world.ts";

/**
 * What a seed world needs to know about its cloud: how it spells ids, its region and two zones, a
 * well-formed region that does not exist, and its names for the four kinds of instance type the
 * fixture roles use. The simulator's adapters declare it; the model keeps no cloud's names.
 */
export interface WorldStyle {
  ids: IdStyle;
  region: string;
  zones: readonly [string, string];
  unknownRegion: string;
  types: { standard: string; small: string; burstable: string; noEni: string };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The seed world of `cloud` for the account `accountId`, spelled in `setup`'s style. Deterministic:
 * the same account gets the same ids every time (and after every reset).
 */
export function seedWorld(cloud: Cloud, accountId: string, setup: WorldStyle): World {
  const random = seededRandom(hash(`${cloud}/${accountId}`));
  const id = (kind: Parameters<typeof newId>[1]) => newId(setup.ids, kind, random);
  const [main, other] = setup.zones;
  const world: World = {
    cloud,
    region: setup.region,
    zones: { main, other },
    vpcs: {},
    subnets: {},
    securityGroups: {},
    instanceTypes: {},
    instances: {},
    enis: {},
    tasks: new TaskRecord(),
    idempotency: {},
    roles: {},
  };
  const type = (key: keyof WorldStyle["types"], t: Omit<InstanceType, "name">) => {
    const name = setup.types[key];
    world.instanceTypes[name] = { name, ...t };
    return name;
  };
  const standard = type("standard", { eniLimit: 4, supportsEni: true, attachOnlyWhenStopped: false });
  const small = type("small", { eniLimit: 2, supportsEni: true, attachOnlyWhenStopped: false });
  const burstable = type("burstable", { eniLimit: 4, supportsEni: true, attachOnlyWhenStopped: true });
  const noEni = type("noEni", { eniLimit: 1, supportsEni: false, attachOnlyWhenStopped: false });

  const vpcMain = id("vpc");
  const vpcOther = id("vpc");
  world.vpcs[vpcMain] = { id: vpcMain, name: "main" };
  world.vpcs[vpcOther] = { id: vpcOther, name: "other" };
  const subnet = (vpcId: string, zone: string) => {
    const s = id("subnet");
    world.subnets[s] = { id: s, vpcId, zone };
    return s;
  };
  const subnets = {
    main: subnet(vpcMain, main),
    mainOther: subnet(vpcMain, other),
    other: subnet(vpcOther, main),
  };
  const sgMain = id("sg");
  const sgOther = id("sg");
  world.securityGroups[sgMain] = { id: sgMain, vpcId: vpcMain };
  world.securityGroups[sgOther] = { id: sgOther, vpcId: vpcOther };

  let ip = 10;
  const eni = (subnetId: string, opts: Partial<Eni> = {}): Eni => {
    const s = world.subnets[subnetId];
    if (!s) throw new Error("no subnet");
    const e: Eni = {
      id: id("eni"),
      vpcId: s.vpcId,
      subnetId,
      zone: s.zone,
      primary: false,
      securityGroupIds: [s.vpcId === vpcMain ? sgMain : sgOther],
      macAddress: `52:54:00:00:00:${(ip % 256).toString(16).padStart(2, "0")}`,
      privateIp: `172.16.0.${ip++}`,
      ...opts,
    };
    world.enis[e.id] = e;
    return e;
  };
  const instance = (role: string, opts: Partial<Instance> & { subnetId?: string } = {}): Instance => {
    const subnetId = opts.subnetId ?? subnets.main;
    const s = world.subnets[subnetId];
    if (!s) throw new Error("no subnet");
    const instanceId = id("instance");
    const primary = eni(subnetId, { primary: true });
    primary.attachment = { instanceId, deviceIndex: 0, status: "attached", since: 0 };
    const inst: Instance = {
      id: instanceId,
      type: standard,
      zone: s.zone,
      vpcId: s.vpcId,
      state: "running",
      busy: false,
      primaryEniId: primary.id,
      ...opts,
    };
    delete (inst as { subnetId?: string }).subnetId;
    world.instances[inst.id] = inst;
    world.roles[role] = inst.id;
    return inst;
  };

  const running = instance("instance.running");
  instance("instance.stopped", { state: "stopped" });
  instance("instance.pending", { state: "pending" });
  instance("instance.busy", { busy: true });
  const holder = instance("instance.holder");
  instance("instance.other-zone", { subnetId: subnets.mainOther });
  instance("instance.other-vpc", { subnetId: subnets.other });
  const full = instance("instance.at-eni-limit", { type: small });
  instance("instance.stopped-only-type", { type: burstable });
  instance("instance.no-eni-support", { type: noEni });

  world.roles["eni.available"] = eni(subnets.main).id;
  const attached = eni(subnets.main);
  attached.attachment = { instanceId: holder.id, deviceIndex: 1, status: "attached", since: 0 };
  world.roles["eni.attached"] = attached.id;
  world.roles["eni.primary"] = running.primaryEniId;
  world.roles["eni.no-security-group"] = eni(subnets.main, { securityGroupIds: [] }).id;
  world.roles["eni.eip-other-zone"] = eni(subnets.main, { eip: { id: id("eip"), zone: other } }).id;
  // An elastic IP valid in every zone of the region (JD's exception to jd.eip-zone, 004 API notes item 3).
  world.roles["eni.eip-all-zones"] = eni(subnets.main, { eip: { id: id("eip"), zone: "all" } }).id;
  const filler = eni(subnets.main);
  filler.attachment = { instanceId: full.id, deviceIndex: 1, status: "attached", since: 0 };

  world.roles["vpc.main"] = vpcMain;
  world.roles["vpc.other"] = vpcOther;
  world.roles["region.main"] = setup.region;
  world.roles["region.unknown"] = setup.unknownRegion;
  // Well-formed ids that name nothing.
  const unused = (kind: "eni" | "instance" | "vpc", taken: Record<string, unknown>) => {
    for (;;) {
      const candidate = id(kind);
      if (!(candidate in taken)) return candidate;
    }
  };
  world.roles["eni.missing"] = unused("eni", world.enis);
  world.roles["instance.missing"] = unused("instance", world.instances);
  world.roles["vpc.missing"] = unused("vpc", world.vpcs);
  return world;
}
