/**
 * `state-after`: the ENI read back with the describe operation is where the rule's `then` says —
 * attached to (or migrated to) the instance, detached, or unchanged after a refusal — and has
 * settled. A case without `then`, or without a read-back, is not its business.
 */
import { expect, it } from "vitest";
import { type Given, judge, useCheckSim, type Want } from "../testing/checks.ts";
import { stateAfter } from "./state-after.ts";

const rows: [string, { given: Given; want: Want[] }][] = [
  [
    "Tencent API 3.0: attached",
    { given: { case: "tencent-v3/instance.state-running-or-stopped#1", readEni: true }, want: [] },
  ],
  [
    "Alibaba: attached",
    { given: { case: "aliyun-ecs/instance.state-running-or-stopped#2", readEni: true }, want: [] },
  ],
  [
    "JD Cloud: attached",
    { given: { case: "jdcloud-vm/instance.state-running-or-stopped#1", readEni: true }, want: [] },
  ],
  [
    "Tencent v2: migrated",
    { given: { case: "tencent-v2/instance.state-running-or-stopped#4", readEni: true }, want: [] },
  ],
  [
    "Tencent v2: the task final and attached",
    { given: { case: "tencent-v2/async.task-completes#1", readEni: true }, want: [] },
  ],
  [
    "Tencent API 3.0: detached",
    { given: { case: "tencent-v3/detach.eni-attached-to-instance#1", readEni: true }, want: [] },
  ],
  [
    "JD Cloud: detached",
    { given: { case: "jdcloud-vm/detach.eni-attached-to-instance#1", readEni: true }, want: [] },
  ],
  [
    "Tencent v2: unchanged after a refusal",
    { given: { case: "tencent-v2/eni.single-attachment#1", readEni: true }, want: [] },
  ],
  [
    "Tencent API 3.0: an attach accepted that never settles",
    {
      given: {
        case: "tencent-v3/instance.state-running-or-stopped#1",
        readEni: true,
        deviations: ["tencent-v3:envelope:missing-async-task"],
      },
      want: [{ check: "state-after", rule: "instance.state-running-or-stopped" }],
    },
  ],
  [
    "Tencent API 3.0: an attach accepted but the ENI on no instance",
    {
      given: {
        case: "tencent-v3/instance.state-running-or-stopped#1",
        readEni: true,
        // The target answers "done" to an attach it did not make (here: of another, attached ENI).
        params: (p, roles) => ({ ...p, NetworkInterfaceId: roles["eni.attached"] }),
        deviations: ["tencent-v3:ignore:eni.single-attachment"],
      },
      want: [{ check: "state-after", rule: "instance.state-running-or-stopped" }],
    },
  ],
  [
    "Tencent v2: a migration accepted but the ENI still on the old instance",
    {
      given: {
        case: "tencent-v2/instance.state-running-or-stopped#4",
        readEni: true,
        params: (p, roles) => ({ ...p, newInstanceId: roles["instance.pending"] }),
        deviations: ["tencent-v2:ignore:instance.state-running-or-stopped"],
      },
      want: [{ check: "state-after", rule: "instance.state-running-or-stopped" }],
    },
  ],
  [
    "JD Cloud: a detach accepted but the ENI still attached",
    {
      given: {
        case: "jdcloud-vm/detach.eni-attached-to-instance#1",
        readEni: true,
        params: (p, roles) => ({ ...p, instanceId: roles["instance.running"] }),
        deviations: ["jdcloud-vm:ignore:detach.eni-attached-to-instance"],
      },
      want: [{ check: "state-after", rule: "detach.eni-attached-to-instance" }],
    },
  ],
  [
    "Tencent v2: a refused attach that moved the ENI all the same",
    {
      given: {
        case: "tencent-v2/instance.state-running-or-stopped#3",
        readEni: true,
        // The ENI ends up on an instance: as if the target had attached it to the pending one.
        params: (p, roles) => ({ ...p, instanceId: roles["instance.running"] }),
      },
      want: [{ check: "state-after", rule: "instance.state-running-or-stopped" }],
    },
  ],
  ["a case without `then`", { given: { case: "tencent-v3/eni.same-zone#1", readEni: true }, want: [] }],
  [
    "no read-back",
    {
      given: {
        case: "tencent-v3/instance.state-running-or-stopped#1",
        deviations: ["tencent-v3:envelope:missing-async-task"],
      },
      want: [],
    },
  ],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  expect(judge(await sim.context(given), stateAfter)).toEqual(want);
});
