/**
 * Model-based property tests (fc.commands): random sequences of attach, detach, migrate, task polls
 * and clock steps run against the world and against a small, independent reference model. After
 * every step the outcomes must agree and the invariants must hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokenInvariants } from "./invariants.ts";
import { seedWorld, type WorldStyle } from "./seed.ts";
import {
  attach,
  detach,
  MAX_TASKS,
  migrate,
  type Progress,
  pollTask,
  settleDue,
  type TransitionContext,
} from "./transitions.ts";
import { liveWorld, type Task, TaskRecord, type World, worldSnapshot } from "./world.ts";

/**
 * A made-up cloud's world style: the model knows no cloud of its own (the simulator's adapters
 * declare the real ones; src/sim/adapters/registry.test.ts checks their seed worlds).
 */
function style(length: number, instance: string, eni: string): WorldStyle {
  return {
    ids: { length, prefix: { eni, instance, vpc: "vpc", subnet: "subnet", sg: "sg", eip: "eip" } },
    region: "region-1",
    zones: ["region-1a", "region-1b"],
    unknownRegion: "region-9",
    types: { standard: "std.large", small: "std.small", burstable: "burst.medium", noEni: "metal.large" },
  };
}

/** Three spellings: short and long random parts, different prefixes. */
const STYLES: Record<string, WorldStyle> = {
  short: style(8, "ins", "eni"),
  long: style(20, "i", "eni"),
  port: style(10, "i", "port"),
};
const seed = (cloud: string, account: string) => seedWorld(cloud, account, STYLES[cloud] as WorldStyle);

const ALL_RULES = new Set([
  "eni.single-attachment",
  "instance.state-running-or-stopped",
  "instance.no-task-in-progress",
  "instance.stopped-only-families",
  "instance.family-supports-eni",
  "eni.same-vpc",
  "eni.same-zone",
  "eni.needs-security-group",
  "jd.eip-zone",
]);

/** The reference: where each ENI will end up, and what the instances allow, computed independently. */
interface Reference {
  target: Map<string, string | undefined>;
  pending: Set<string>;
  /** ENIs being detached still hold their slot on the instance they leave until the task settles. */
  leaving: Map<string, string>;
  tasks: string[];
}

interface Real {
  world: World;
  now: number;
  progress: Progress;
  seq: number;
}

function reference(world: World): Reference {
  const target = new Map<string, string | undefined>();
  for (const e of Object.values(world.enis)) target.set(e.id, e.attachment?.instanceId);
  return { target, pending: new Set(), leaving: new Map(), tasks: [] };
}

function allowed(world: World, ref: Reference, eniId: string, instanceId: string): boolean {
  const eni = world.enis[eniId];
  const inst = world.instances[instanceId];
  if (!eni || !inst || eni.primary) return false;
  const type = world.instanceTypes[inst.type];
  if (!type?.supportsEni) return false;
  if (inst.state !== "running" && inst.state !== "stopped") return false;
  if (inst.busy || (type.attachOnlyWhenStopped && inst.state !== "stopped")) return false;
  if (eni.vpcId !== inst.vpcId || eni.zone !== inst.zone || eni.securityGroupIds.length === 0) return false;
  if (eni.eip && eni.eip.zone !== "all" && eni.eip.zone !== inst.zone) return false; // 004: an all-zone EIP may go anywhere
  const count =
    [...ref.target.values()].filter((t) => t === instanceId).length +
    [...ref.leaving.values()].filter((t) => t === instanceId).length;
  return count < type.eniLimit;
}

function ctx(real: Real): TransitionContext {
  return { rules: ALL_RULES, now: real.now, progress: real.progress, taskId: `task-${++real.seq}` };
}

function settledInRef(real: Real, ref: Reference): void {
  for (const id of [...ref.pending]) {
    const task = [...real.world.tasks.values()].find((t) => t.eniId === id && t.status === "running");
    if (!task) {
      ref.pending.delete(id);
      ref.leaving.delete(id);
    }
  }
}

class AttachCmd implements fc.Command<Reference, Real> {
  constructor(
    readonly eni: number,
    readonly inst: number,
  ) {}
  check = () => true;
  run(ref: Reference, real: Real): void {
    const eniId = Object.keys(real.world.enis)[this.eni % Object.keys(real.world.enis).length] as string;
    const instId = Object.keys(real.world.instances)[
      this.inst % Object.keys(real.world.instances).length
    ] as string;
    const expected =
      ref.target.get(eniId) === undefined &&
      !ref.pending.has(eniId) &&
      allowed(real.world, ref, eniId, instId);
    const out = attach(real.world, { eniId, instanceId: instId }, ctx(real));
    expect(out.ok, `attach ${eniId} → ${instId}`).toBe(expected);
    if (out.ok) {
      ref.target.set(eniId, instId);
      if (out.task.status === "running") ref.pending.add(eniId);
      ref.tasks.push(out.task.id);
    }
    expect(brokenInvariants(real.world)).toEqual([]);
  }
  toString = () => `attach(${this.eni}, ${this.inst})`;
}

class DetachCmd implements fc.Command<Reference, Real> {
  constructor(readonly eni: number) {}
  check = () => true;
  run(ref: Reference, real: Real): void {
    const eniId = Object.keys(real.world.enis)[this.eni % Object.keys(real.world.enis).length] as string;
    const instId = ref.target.get(eniId);
    const out = detach(
      real.world,
      { eniId, instanceId: instId ?? Object.keys(real.world.instances)[0] ?? "" },
      ctx(real),
    );
    const expected = instId !== undefined && !ref.pending.has(eniId) && !real.world.enis[eniId]?.primary;
    expect(out.ok, `detach ${eniId}`).toBe(expected);
    if (out.ok) {
      ref.target.set(eniId, undefined);
      if (out.task.status === "running") {
        ref.pending.add(eniId);
        ref.leaving.set(eniId, instId as string);
      }
      ref.tasks.push(out.task.id);
    }
    expect(brokenInvariants(real.world)).toEqual([]);
  }
  toString = () => `detach(${this.eni})`;
}

class MigrateCmd implements fc.Command<Reference, Real> {
  constructor(
    readonly eni: number,
    readonly to: number,
  ) {}
  check = () => true;
  run(ref: Reference, real: Real): void {
    const eniId = Object.keys(real.world.enis)[this.eni % Object.keys(real.world.enis).length] as string;
    const toId = Object.keys(real.world.instances)[
      this.to % Object.keys(real.world.instances).length
    ] as string;
    const from = ref.target.get(eniId);
    const source = from ? real.world.instances[from] : undefined;
    const sourceOk = source !== undefined && (source.state === "running" || source.state === "stopped");
    const expected =
      from !== undefined &&
      from !== toId &&
      sourceOk &&
      !ref.pending.has(eniId) &&
      allowed(real.world, ref, eniId, toId);
    const out = migrate(
      real.world,
      { eniId, fromInstanceId: from ?? Object.keys(real.world.instances)[0] ?? "", toInstanceId: toId },
      ctx(real),
    );
    expect(out.ok, `migrate ${eniId} → ${toId}`).toBe(expected);
    if (out.ok) {
      ref.target.set(eniId, toId);
      if (out.task.status === "running") ref.pending.add(eniId);
      ref.tasks.push(out.task.id);
    }
    expect(brokenInvariants(real.world)).toEqual([]);
  }
  toString = () => `migrate(${this.eni}, ${this.to})`;
}

class PollCmd implements fc.Command<Reference, Real> {
  constructor(readonly task: number) {}
  check = (ref: Readonly<Reference>) => ref.tasks.length > 0;
  run(ref: Reference, real: Real): void {
    const id = ref.tasks[this.task % ref.tasks.length] as string;
    const task = pollTask(real.world, id);
    expect(task?.id).toBe(id);
    settledInRef(real, ref);
    expect(brokenInvariants(real.world)).toEqual([]);
  }
  toString = () => `poll(${this.task})`;
}

class TickCmd implements fc.Command<Reference, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  run(ref: Reference, real: Real): void {
    real.now += this.ms;
    settleDue(real.world, real.now);
    settledInRef(real, ref);
    // Settled attachments must sit where the reference says.
    for (const [eniId, target] of ref.target) {
      if (ref.pending.has(eniId)) continue;
      expect(real.world.enis[eniId]?.attachment?.instanceId, eniId).toBe(target);
    }
    expect(brokenInvariants(real.world)).toEqual([]);
  }
  toString = () => `tick(${this.ms})`;
}

const commands = [
  fc.tuple(fc.nat(), fc.nat()).map(([e, i]) => new AttachCmd(e, i)),
  fc.nat().map((e) => new DetachCmd(e)),
  fc.tuple(fc.nat(), fc.nat()).map(([e, i]) => new MigrateCmd(e, i)),
  fc.nat().map((t) => new PollCmd(t)),
  fc.integer({ min: 0, max: 3000 }).map((ms) => new TickCmd(ms)),
];

const progress: fc.Arbitrary<Progress> = fc.oneof(
  fc.constant<Progress>({ kind: "immediate" }),
  fc.integer({ min: 1, max: 3 }).map((polls): Progress => ({ kind: "polls", polls })),
  fc.integer({ min: 1, max: 2000 }).map((ms): Progress => ({ kind: "ms", ms })),
);

describe("world model", () => {
  it.each(Object.keys(STYLES))(
    "%s ids: the world agrees with the reference model and keeps its invariants over random command sequences",
    (cloud) => {
      fc.assert(
        fc.property(progress, fc.commands(commands, { maxCommands: 40 }), (p, cmds) => {
          const world = seed(cloud, "AKIDtest");
          expect(brokenInvariants(world)).toEqual([]);
          fc.modelRun(
            () => ({ model: reference(world), real: { world, now: 0, progress: p, seq: 0 } }),
            cmds,
          );
        }),
        { numRuns: 1500 },
      );
    },
  );

  it("seeds the same world for the same account, and different ids for another", () => {
    expect(seed("long", "A")).toEqual(seed("long", "A"));
    expect(seed("long", "A").roles["eni.available"]).not.toBe(seed("long", "B").roles["eni.available"]);
  });

  it("remembers at most MAX_TASKS tasks: the oldest finished ones go, running and recent ones stay", () => {
    const world = seed("long", "AKIDtest");
    const eniId = world.roles["eni.available"] as string;
    const instanceId = world.roles["instance.running"] as string;
    const immediate = (n: number): TransitionContext => ({
      rules: ALL_RULES,
      now: n,
      progress: { kind: "immediate" },
      taskId: `t-${n}`,
    });
    // A task that never settles on its own (ms progress far in the future) must survive the pruning.
    const other = world.roles["eni.attached"] as string;
    const holder = world.roles["instance.holder"] as string;
    const slow = detach(
      world,
      { eniId: other, instanceId: holder },
      { ...immediate(0), progress: { kind: "ms", ms: 1e12 }, taskId: "slow" },
    );
    expect("task" in slow && slow.task.status).toBe("running");
    const cycles = MAX_TASKS; // two tasks per cycle: twice the bound
    for (let n = 1; n <= cycles; n++) {
      expect(attach(world, { eniId, instanceId }, immediate(2 * n)).ok).toBe(true);
      expect(detach(world, { eniId, instanceId }, immediate(2 * n + 1)).ok).toBe(true);
    }
    const ids = [...world.tasks.keys()];
    expect(ids.length).toBeLessThanOrEqual(MAX_TASKS);
    expect(ids.length).toBeGreaterThan(MAX_TASKS * 0.8);
    expect(world.tasks.get("slow")?.status).toBe("running");
    expect(world.tasks.get(`t-${2 * cycles + 1}`)).toBeDefined();
    expect(world.tasks.get("t-2")).toBeUndefined();
    expect(brokenInvariants(world)).toEqual([]);
  });

  it("notices a broken invariant", () => {
    const world = seed("port", "AKIDtest");
    const full = world.roles["instance.at-eni-limit"] as string;
    const extra = world.roles["eni.available"] as string;
    const eni = world.enis[extra];
    if (!eni) throw new Error("no eni");
    eni.attachment = { instanceId: full, deviceIndex: 5, status: "attached", since: 0 };
    expect(brokenInvariants(world).join()).toMatch(/above its limit/);
  });
});

describe("task record", () => {
  const task = (id: string): Task => ({
    id,
    kind: "attach",
    eniId: "eni-1",
    instanceId: "ins-1",
    status: "success",
    pollsLeft: 0,
    readyAt: 0,
    createdAt: 1,
  });
  it("reads and serialises as the plain object it replaces, after the same additions and deletions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom("7", "12", "a", "t-1", "b2", "0", "__proto__")), {
          maxLength: 30,
        }),
        (steps) => {
          const plain: Record<string, Task> = {};
          const record = new TaskRecord();
          for (const [add, id] of steps) {
            if (add) {
              Object.defineProperty(plain, id, {
                value: task(id),
                enumerable: true,
                writable: true,
                configurable: true,
              });
              record.set(id, task(id));
            } else {
              delete plain[id];
              record.delete(id);
            }
          }
          expect(JSON.stringify({ tasks: record })).toBe(JSON.stringify({ tasks: plain }));
          const back = liveWorld(JSON.parse(JSON.stringify({ tasks: record })) as World);
          expect(back.tasks).toBeInstanceOf(TaskRecord);
          expect([...back.tasks.keys()]).toEqual(Object.keys(plain));
          expect(JSON.stringify(worldSnapshot({ tasks: record } as unknown as World))).toBe(
            JSON.stringify(worldSnapshot({ tasks: plain } as unknown as World)),
          );
        },
      ),
    );
  });
});
