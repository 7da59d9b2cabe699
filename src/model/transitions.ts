/**
 * Attach, detach and migrate as transitions of the world: each either refuses with the rule it
 * would break (the world untouched) or applies the change and returns the asynchronous task that
 * completes it. No I/O and no clock reads: the time comes in the context. The checks run in one
 * fixed order, so a request that breaks several rules always gets the same refusal.
 *
 * Invariant-keeping checks always run (existence, one attachment per ENI, a primary ENI never
 * moves, the type's ENI limit); the other documented constraints run only when the surface's rule
 * catalogue states them for the operation (`ctx.rules`).
 */
import { attachedEnis, type Eni, type Instance, own, setAttachment, type Task, type World } from "./world.ts";

/** How an asynchronous operation progresses. */
export type Progress = { kind: "immediate" } | { kind: "polls"; polls: number } | { kind: "ms"; ms: number };

/** What a transition needs besides the world. */
export interface TransitionContext {
  /** Rule ids the surface documents for this operation (others are not enforced unless invariants). */
  rules: ReadonlySet<string>;
  now: number;
  progress: Progress;
  /** Id of the task this call creates (Tencent v3: the RequestId; v2: a number; others: internal). */
  taskId: string;
}

/** A refusal: the rule the request would break and a short message. */
export interface Refusal {
  rule: string;
  message: string;
}

/** The result of a transition. */
export type Outcome = { ok: true; task: Task } | { ok: false; refusal: Refusal };

const refuse = (rule: string, message: string): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: { rule, message },
});

function lookup(world: World, eniId: string, instanceId: string, vpcId?: string) {
  if (vpcId !== undefined && !own(world.vpcs, vpcId))
    return refuse("vpc.exists", `The VPC ${vpcId} does not exist.`);
  const eni = own(world.enis, eniId);
  if (!eni || (vpcId !== undefined && eni.vpcId !== vpcId)) {
    return refuse("eni.exists", `The ENI ${eniId} does not exist${vpcId ? ` in ${vpcId}` : ""}.`);
  }
  const instance = own(world.instances, instanceId);
  if (!instance) return refuse("instance.exists", `The instance ${instanceId} does not exist.`);
  return { eni, instance };
}

/** Checks of the target instance shared by attach and migrate (001/002/003/004 section 1). */
function targetChecks(
  world: World,
  eni: Eni,
  instance: Instance,
  ctx: TransitionContext,
): Outcome | undefined {
  const on = (rule: string) => ctx.rules.has(rule);
  const type = world.instanceTypes[instance.type];
  if (type && !type.supportsEni && on("instance.family-supports-eni")) {
    return refuse("instance.family-supports-eni", `The instance type ${type.name} does not support ENIs.`);
  }
  if (
    instance.state !== "running" &&
    instance.state !== "stopped" &&
    on("instance.state-running-or-stopped")
  ) {
    return refuse("instance.state-running-or-stopped", `The instance ${instance.id} is ${instance.state}.`);
  }
  if (instance.busy && on("instance.no-task-in-progress")) {
    return refuse("instance.no-task-in-progress", `The instance ${instance.id} has a task in progress.`);
  }
  if (type?.attachOnlyWhenStopped && instance.state !== "stopped" && on("instance.stopped-only-families")) {
    return refuse(
      "instance.stopped-only-families",
      `Instances of type ${type.name} take ENIs only when stopped.`,
    );
  }
  if (eni.vpcId !== instance.vpcId && on("eni.same-vpc")) {
    return refuse("eni.same-vpc", `The ENI ${eni.id} and the instance ${instance.id} are in different VPCs.`);
  }
  if (eni.zone !== instance.zone && on("eni.same-zone")) {
    return refuse(
      "eni.same-zone",
      `The ENI ${eni.id} and the instance ${instance.id} are in different zones.`,
    );
  }
  if (eni.securityGroupIds.length === 0 && on("eni.needs-security-group")) {
    return refuse("eni.needs-security-group", `The ENI ${eni.id} has no security group.`);
  }
  if (eni.eip && eni.eip.zone !== "all" && eni.eip.zone !== instance.zone && on("jd.eip-zone")) {
    return refuse(
      "jd.eip-zone",
      `The elastic IP ${eni.eip.id} and the instance ${instance.id} are in different zones.`,
    );
  }
  const limit = type?.eniLimit ?? 1;
  if (attachedEnis(world, instance.id).length >= limit) {
    return refuse("instance.eni-limit", `The instance ${instance.id} already has its ${limit} ENIs.`);
  }
  return undefined;
}

/**
 * How many tasks a world remembers. Beyond it the oldest finished ones are forgotten (a task query
 * for them answers "not found"), so a simulator under load — an SDK author's retry test — does not
 * grow without bound. Running tasks are never forgotten.
 */
export const MAX_TASKS = 10_000;

/**
 * Each task record's ids in insertion order (keyed by the record, so a world whose `tasks` is
 * replaced — a reset, a restore — starts a new queue from its keys): the oldest are found without
 * enumerating the record, which for thousands of string keys costs microseconds per task (about a
 * tenth of a request's time under load; docs/benchmarks.md).
 */
const taskQueues = new WeakMap<World["tasks"], { ids: string[]; head: number }>();

/** Forget the oldest finished tasks once a world holds more than MAX_TASKS (insertion order). */
function keepTasksBounded(world: World, added: string): void {
  let queue = taskQueues.get(world.tasks);
  if (!queue) {
    queue = { ids: [...world.tasks.keys()], head: 0 };
    taskQueues.set(world.tasks, queue);
  } else {
    queue.ids.push(added);
  }
  if (queue.ids.length - queue.head <= MAX_TASKS) return;
  // Forget a batch at a time. An id whose task already left the world (a deviation that drops
  // one) counts as forgotten; a running task is kept and queued again behind the others.
  let excess = queue.ids.length - queue.head - MAX_TASKS + Math.floor(MAX_TASKS / 10);
  const running: string[] = [];
  while (excess > 0 && queue.head < queue.ids.length) {
    const id = queue.ids[queue.head++] as string;
    const task = world.tasks.get(id);
    if (task?.status === "running") {
      running.push(id);
      continue;
    }
    if (task) world.tasks.delete(id);
    excess--;
  }
  queue.ids.push(...running);
  if (queue.head > MAX_TASKS) {
    queue.ids = queue.ids.slice(queue.head);
    queue.head = 0;
  }
}

function startTask(
  world: World,
  task: Omit<Task, "status" | "pollsLeft" | "readyAt" | "createdAt">,
  ctx: TransitionContext,
): Task {
  const p = ctx.progress;
  const status = p.kind === "immediate" ? "success" : "running";
  const pollsLeft = p.kind === "polls" ? p.polls : 0;
  const readyAt = p.kind === "ms" ? ctx.now + p.ms : 0;
  // Object literals of fixed shapes rather than a spread (cheaper on every attach and detach); the
  // members in the same order, so a task reads and serialises as before.
  const { id, kind, eniId, instanceId, fromInstanceId } = task;
  const full: Task =
    fromInstanceId === undefined
      ? { id, kind, eniId, instanceId, status, pollsLeft, readyAt, createdAt: ctx.now }
      : { id, kind, eniId, instanceId, fromInstanceId, status, pollsLeft, readyAt, createdAt: ctx.now };
  world.tasks.set(full.id, full);
  keepTasksBounded(world, full.id);
  if (full.readyAt > 0) pendingTimed(world).add(full.id);
  if (full.status === "success") finish(world, full);
  return full;
}

function nextDeviceIndex(world: World, instanceId: string): number {
  const used = new Set(attachedEnis(world, instanceId).map((e) => e.attachment?.deviceIndex));
  let i = 1;
  while (used.has(i)) i++;
  return i;
}

/** Attach `eniId` to `instanceId` (v2 also names the ENI's `vpcId`). */
export function attach(
  world: World,
  args: { eniId: string; instanceId: string; vpcId?: string },
  ctx: TransitionContext,
): Outcome {
  const found = lookup(world, args.eniId, args.instanceId, args.vpcId);
  if ("ok" in found) return found;
  const { eni, instance } = found;
  if (eni.primary)
    return refuse("eni.primary-not-attachable", `The ENI ${eni.id} is the primary ENI of an instance.`);
  if (eni.attachment) {
    const rule =
      ctx.rules.has("eni.single-attachment") || !ctx.rules.has("eni.state-available")
        ? "eni.single-attachment"
        : "eni.state-available";
    return refuse(rule, `The ENI ${eni.id} is already attached to ${eni.attachment.instanceId}.`);
  }
  const refused = targetChecks(world, eni, instance, ctx);
  if (refused) return refused;
  setAttachment(world, eni, {
    instanceId: instance.id,
    deviceIndex: nextDeviceIndex(world, instance.id),
    status: "attaching",
    taskId: ctx.taskId,
    since: ctx.now,
  });
  return {
    ok: true,
    task: startTask(world, { id: ctx.taskId, kind: "attach", eniId: eni.id, instanceId: instance.id }, ctx),
  };
}

/** Detach `eniId` from `instanceId`. */
export function detach(
  world: World,
  args: { eniId: string; instanceId: string; vpcId?: string },
  ctx: TransitionContext,
): Outcome {
  const found = lookup(world, args.eniId, args.instanceId, args.vpcId);
  if ("ok" in found) {
    const rule = found.refusal.rule === "eni.exists" ? "detach.eni-exists" : found.refusal.rule;
    return refuse(rule, found.refusal.message);
  }
  const { eni, instance } = found;
  if (eni.primary)
    return refuse("eni.primary-not-detachable", `The ENI ${eni.id} is the primary ENI of its instance.`);
  if (eni.attachment?.instanceId !== instance.id || eni.attachment.status !== "attached") {
    return refuse("detach.eni-attached-to-instance", `The ENI ${eni.id} is not attached to ${instance.id}.`);
  }
  if (
    instance.state !== "running" &&
    instance.state !== "stopped" &&
    ctx.rules.has("instance.state-running-or-stopped")
  ) {
    return refuse("instance.state-running-or-stopped", `The instance ${instance.id} is ${instance.state}.`);
  }
  setAttachment(world, eni, { ...eni.attachment, status: "detaching", taskId: ctx.taskId });
  return {
    ok: true,
    task: startTask(world, { id: ctx.taskId, kind: "detach", eniId: eni.id, instanceId: instance.id }, ctx),
  };
}

/** Move `eniId` from `fromInstanceId` to `toInstanceId` (000). */
export function migrate(
  world: World,
  args: { eniId: string; fromInstanceId: string; toInstanceId: string; vpcId?: string },
  ctx: TransitionContext,
): Outcome {
  const from = lookup(world, args.eniId, args.fromInstanceId, args.vpcId);
  if ("ok" in from) return from;
  const to = own(world.instances, args.toInstanceId);
  if (!to) return refuse("instance.exists", `The instance ${args.toInstanceId} does not exist.`);
  const { eni, instance: source } = from;
  if (eni.primary) return refuse("eni.primary-not-migratable", `The ENI ${eni.id} is a primary ENI.`);
  if (eni.attachment?.instanceId !== source.id || eni.attachment.status !== "attached") {
    return refuse("eni.single-attachment", `The ENI ${eni.id} is not attached to ${source.id}.`);
  }
  if (
    source.state !== "running" &&
    source.state !== "stopped" &&
    ctx.rules.has("instance.state-running-or-stopped")
  ) {
    return refuse("instance.state-running-or-stopped", `The instance ${source.id} is ${source.state}.`);
  }
  if (to.id === source.id)
    return refuse("eni.single-attachment", `The ENI ${eni.id} is already attached to ${to.id}.`);
  const refused = targetChecks(world, eni, to, ctx);
  if (refused) return refused;
  setAttachment(world, eni, {
    instanceId: to.id,
    deviceIndex: nextDeviceIndex(world, to.id),
    status: "attaching",
    taskId: ctx.taskId,
    since: ctx.now,
  });
  return {
    ok: true,
    task: startTask(
      world,
      { id: ctx.taskId, kind: "migrate", eniId: eni.id, instanceId: to.id, fromInstanceId: source.id },
      ctx,
    ),
  };
}

/** Apply a settled task's effect. */
function finish(world: World, task: Task): void {
  task.status = "success";
  const eni = world.enis[task.eniId];
  if (!eni?.attachment || eni.attachment.taskId !== task.id) return;
  if (task.kind === "detach") setAttachment(world, eni, undefined);
  else {
    const { instanceId, deviceIndex, since } = eni.attachment;
    setAttachment(world, eni, { instanceId, deviceIndex, status: "attached", since });
  }
}

/**
 * The ids of each world's running time-bound tasks (progress `{ms: N}`), so that settling looks at
 * those instead of at every task the world ever had. Built by one scan the first time a world (or a
 * replaced `tasks` map) is seen, then kept by `startTask`; tasks enter a world only through the
 * transitions.
 */
const timedTasks = new WeakMap<World, { tasks: World["tasks"]; ids: Set<string> }>();

function pendingTimed(world: World): Set<string> {
  let entry = timedTasks.get(world);
  if (!entry || entry.tasks !== world.tasks) {
    const ids = new Set<string>();
    for (const task of world.tasks.values()) {
      if (task.status === "running" && task.readyAt > 0) ids.add(task.id);
    }
    entry = { tasks: world.tasks, ids };
    timedTasks.set(world, entry);
  }
  return entry.ids;
}

/** Settle every running task whose time has come. Call before serving each request. */
export function settleDue(world: World, now: number): void {
  const pending = pendingTimed(world);
  for (const id of pending) {
    const task = world.tasks.get(id);
    if (task?.status !== "running") pending.delete(id);
    else if (now >= task.readyAt) {
      pending.delete(id);
      finish(world, task);
    }
  }
}

/** Count one poll of a task (a task query, or a describe that shows its ENI); settle it when due. */
export function pollTask(world: World, taskId: string): Task | undefined {
  const task = world.tasks.get(taskId);
  if (!task) return undefined;
  if (task.status === "running" && task.readyAt === 0) {
    task.pollsLeft = Math.max(0, task.pollsLeft - 1);
    if (task.pollsLeft === 0) finish(world, task);
  }
  return task;
}

/** Count one poll of whatever task is moving `eniId`. */
export function pollEni(world: World, eniId: string): void {
  const taskId = own(world.enis, eniId)?.attachment?.taskId;
  if (taskId) pollTask(world, taskId);
}
