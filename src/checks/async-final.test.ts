/**
 * `async-final`: the task an accepted call started is read back (Tencent's DescribeVpcTaskResult)
 * and must have succeeded within the bound; a task still running, failed or gone is a finding. No
 * task read back (a surface without a task query) is not its business.
 */
import { expect, it } from "vitest";
import { type Given, judge, useCheckSim, type Want } from "../testing/checks.ts";
import { asyncFinal } from "./async-final.ts";

const slow = { kind: "polls", polls: 50 } as const;

const rows: [string, { given: Given; want: Want[] }][] = [
  [
    "Tencent API 3.0: the attach's task succeeded",
    { given: { case: "tencent-v3/async.task-completes#1", readTask: true }, want: [] },
  ],
  [
    "Tencent v2: the attach's task succeeded",
    { given: { case: "tencent-v2/async.task-completes#1", readTask: true }, want: [] },
  ],
  [
    "Tencent v2: the migration's task succeeded",
    { given: { case: "tencent-v2/async.task-completes#2", readTask: true }, want: [] },
  ],
  [
    "Tencent API 3.0: the task still running at the end of the bound",
    {
      given: { case: "tencent-v3/async.task-completes#1", readTask: true, progress: slow },
      want: [{ check: "async-final", rule: "async.task-completes" }],
    },
  ],
  [
    "Tencent v2: the migration's task still running",
    {
      given: { case: "tencent-v2/async.task-completes#2", readTask: true, progress: slow },
      want: [{ check: "async-final", rule: "async.task-completes" }],
    },
  ],
  [
    "Tencent API 3.0: the attach accepted but its task gone",
    {
      given: {
        case: "tencent-v3/async.task-completes#1",
        readTask: true,
        deviations: ["tencent-v3:envelope:missing-async-task"],
      },
      want: [{ check: "async-final", rule: "async.task-completes" }],
    },
  ],
  [
    "Alibaba has no task query: nothing read, nothing judged",
    { given: { case: "aliyun-ecs/async.attach-observable#1", readTask: true, progress: slow }, want: [] },
  ],
  ["no task read back", { given: { case: "tencent-v3/async.task-completes#1", progress: slow }, want: [] }],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  expect(judge(await sim.context(given), asyncFinal)).toEqual(want);
});
