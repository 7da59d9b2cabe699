/**
 * The cloud-neutral world the simulator keeps per account and cloud: regions, zones, VPCs, subnets,
 * security groups, instance types with ENI limits, instances, ENIs and asynchronous tasks. Plain
 * data (maps keyed by id), so it can be cloned, compared and dumped in a stable order. Ids are
 * spelled as the cloud spells them, in the {@link IdStyle} its caller hands in (the simulator's
 * adapters declare their clouds' styles); Tencent v2 and v3 share one Tencent world.
 */
import type { Random } from "../core/clock.ts";

/**
 * A cloud's name, as the simulator's adapters declare it (surfaces of one cloud share its world:
 * Tencent's two API styles share one). The model itself knows no cloud.
 */
export type Cloud = string;

/** Instance states the documents name (plus the transitional ones the clouds report). */
export type InstanceState = "pending" | "starting" | "running" | "stopping" | "stopped";

/** An instance type: how many ENIs it takes (primary included) and what it allows. */
export interface InstanceType {
  name: string;
  /** Maximum ENIs attached at once, the primary included (JD nicLimit, Tencent/Aliyun quota tables). */
  eniLimit: number;
  /** False for families that take no ENI at all (Tencent UnsupportedInstanceFamily). */
  supportsEni: boolean;
  /** True for families that attach only while stopped (003: shared and burstable families). */
  attachOnlyWhenStopped: boolean;
}

/** A VM instance. */
export interface Instance {
  id: string;
  type: string;
  zone: string;
  vpcId: string;
  state: InstanceState;
  /** A task in progress on the instance (004: operations wait until it is done). */
  busy: boolean;
  primaryEniId: string;
}

/** Where an ENI is attached, and whether the attachment has settled. */
export interface Attachment {
  instanceId: string;
  deviceIndex: number;
  /** attaching / detaching while an asynchronous operation runs; attached once it has settled. */
  status: "attaching" | "attached" | "detaching";
  /** The task that moves it, while one does. */
  taskId?: string;
  /** When the attachment started (ms; 0 for the seed world's). */
  since: number;
}

/** An elastic network interface. */
export interface Eni {
  id: string;
  vpcId: string;
  subnetId: string;
  zone: string;
  primary: boolean;
  securityGroupIds: string[];
  /** An elastic IP bound to the ENI: its zone, or "all" for an all-zone EIP (004). */
  eip?: { id: string; zone: string };
  macAddress: string;
  privateIp: string;
  attachment?: Attachment;
}

/** An asynchronous operation: attach, detach or migrate, and how it progresses. */
export interface Task {
  id: string;
  kind: "attach" | "detach" | "migrate";
  eniId: string;
  /** The instance the ENI ends on (attach, migrate) or leaves (detach). */
  instanceId: string;
  /** The instance a migration leaves. */
  fromInstanceId?: string;
  status: "running" | "success" | "failed";
  /** Polls still needed before it settles (progress `{polls: N}`). */
  pollsLeft: number;
  /** Time (ms) at which it settles (progress `{ms: N}`); 0 when not time-bound. */
  readyAt: number;
  createdAt: number;
}

/**
 * A world's tasks by id, in the order they were recorded: a Map, as a world under load adds and
 * forgets a task per state-changing request, which a plain object of thousands of string keys does
 * at several times the cost. It reads and serialises as the plain object it replaces: JSON (world
 * files, `/_sim/state`) shows `{"<id>": Task, ...}`, and {@link liveWorld} makes one from that.
 */
export class TaskRecord extends Map<string, Task> {
  /** The tasks as a plain object, `{id: task}` (what JSON.stringify writes). */
  toJSON(): Record<string, Task> {
    return Object.fromEntries(this);
  }
}

/** The task record of `tasks` as JSON gives it (a plain object `{id: task}`, or nothing). */
function taskRecord(tasks: Record<string, Task> | Map<string, Task> | undefined): TaskRecord {
  if (tasks instanceof Map) return new TaskRecord(tasks);
  return new TaskRecord(tasks === undefined ? [] : Object.entries(tasks));
}

/**
 * A world as JSON gives it (a world file, a seed kept as text) made live: its task record a
 * {@link TaskRecord}. Changes `world` in place and returns it.
 */
export function liveWorld(world: World): World {
  if (!(world.tasks instanceof TaskRecord))
    world.tasks = taskRecord(world.tasks as unknown as Record<string, Task> | Map<string, Task> | undefined);
  return world;
}

/** A remembered idempotent call (Tencent API 3.0 ClientToken). */
export interface IdempotentCall {
  token: string;
  fingerprint: string;
  taskId?: string;
}

/** One cloud's world for one account. */
export interface World {
  cloud: Cloud;
  region: string;
  zones: { main: string; other: string };
  vpcs: Record<string, { id: string; name: string }>;
  subnets: Record<string, { id: string; vpcId: string; zone: string }>;
  securityGroups: Record<string, { id: string; vpcId: string }>;
  instanceTypes: Record<string, InstanceType>;
  instances: Record<string, Instance>;
  enis: Record<string, Eni>;
  /** In the order recorded; JSON shows it as `{"<id>": Task}` ({@link TaskRecord}). */
  tasks: TaskRecord;
  idempotency: Record<string, IdempotentCall>;
  /** Fixture role → id (spelled as this cloud spells it). */
  roles: Record<string, string>;
}

/** The kinds of resource that get ids. */
export type IdKind = "eni" | "instance" | "vpc" | "subnet" | "sg" | "eip";

/** How a cloud spells its ids: the prefix of each kind and the length of the random part. */
export interface IdStyle {
  length: number;
  prefix: Record<IdKind, string>;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A fresh id of `kind` in `style`, drawn from `random`. */
export function newId(style: IdStyle, kind: IdKind, random: Random): string {
  let body = "";
  for (let i = 0; i < style.length; i++) body += ALPHABET[random.uint32() % ALPHABET.length];
  return `${style.prefix[kind]}-${body}`;
}

/**
 * The entry of `map` under `key`, only when `key` is the map's own (ids come from requests: a
 * `TaskId` of "toString" must find nothing, not an Object method).
 */
export function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** By device index, primary (0) first. */
const byDeviceIndex = (a: Eni, b: Eni) => (a.attachment?.deviceIndex ?? 0) - (b.attachment?.deviceIndex ?? 0);

/**
 * Instances' attached ENIs (settled or in progress), primary first, found by scanning every ENI:
 * the reference answer, for checks such as the invariants. The transitions use
 * {@link attachedEnis}, which answers the same from an index.
 */
export function enisOf(world: World, instanceId: string): Eni[] {
  return Object.values(world.enis)
    .filter((e) => e.attachment?.instanceId === instanceId)
    .sort(byDeviceIndex);
}

/**
 * Each world's attached ENI ids by instance: built by one scan of the ENIs the first time a world
 * (or a replaced `enis` map) is asked, then kept by {@link setAttachment}, so that a transition on a
 * world of 100,000 ENIs does not scan them all. Entries are checked when read (an ENI that has
 * moved on is dropped); an attachment made without `setAttachment` after the world is in use would
 * be missed, so every change goes through it.
 */
const attachedIndex = new WeakMap<World, { enis: World["enis"]; byInstance: Map<string, Set<string>> }>();

function attachedIds(world: World): Map<string, Set<string>> {
  let entry = attachedIndex.get(world);
  if (!entry || entry.enis !== world.enis) {
    const byInstance = new Map<string, Set<string>>();
    for (const eni of Object.values(world.enis)) {
      const instanceId = eni.attachment?.instanceId;
      if (instanceId === undefined) continue;
      const ids = byInstance.get(instanceId);
      if (ids) ids.add(eni.id);
      else byInstance.set(instanceId, new Set([eni.id]));
    }
    entry = { enis: world.enis, byInstance };
    attachedIndex.set(world, entry);
  }
  return entry.byInstance;
}

/** The same as {@link enisOf}, from the world's attachment index. */
export function attachedEnis(world: World, instanceId: string): Eni[] {
  const ids = attachedIds(world).get(instanceId);
  if (!ids) return [];
  const out: Eni[] = [];
  for (const id of ids) {
    const eni = own(world.enis, id);
    if (eni?.attachment?.instanceId === instanceId) out.push(eni);
    else ids.delete(id);
  }
  return out.sort(byDeviceIndex);
}

/** Set (or, with undefined, remove) an ENI's attachment, keeping the attachment index. */
export function setAttachment(world: World, eni: Eni, attachment: Attachment | undefined): void {
  const before = eni.attachment?.instanceId;
  if (attachment) eni.attachment = attachment;
  else delete eni.attachment;
  const after = attachment?.instanceId;
  const entry = attachedIndex.get(world);
  // A world not indexed yet is scanned when first asked; an unmoved ENI changes nothing.
  if (before === after || !entry || entry.enis !== world.enis) return;
  if (before !== undefined) entry.byInstance.get(before)?.delete(eni.id);
  if (after !== undefined) {
    const ids = entry.byInstance.get(after);
    if (ids) ids.add(eni.id);
    else entry.byInstance.set(after, new Set([eni.id]));
  }
}

/** The world as JSON with keys in a stable order (maps sorted by id). */
export function worldSnapshot(world: World): unknown {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value instanceof Map) return sortKeys(Object.fromEntries(value));
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort())
        out[key] = sortKeys((value as Record<string, unknown>)[key]);
      return out;
    }
    return value;
  };
  return sortKeys(world);
}
