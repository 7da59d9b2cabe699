/**
 * `request-id`: every answer carries a request id of the form the surface's schemas document
 * (Tencent API 3.0 and Alibaba UUIDs, JD Cloud 32 characters); Tencent v2 documents none, and an
 * answer that is not the envelope is `envelope`'s finding.
 */
import { expect, it } from "vitest";
import {
  type Given,
  gatewayPage,
  judge,
  ordinaryRows,
  useCheckSim,
  type Want,
  withRequestId,
} from "../testing/checks.ts";
import { requestId } from "./request-id.ts";

const FINDING: Want[] = [{ check: "request-id" }];
const MISSING: Want[] = [{ check: "request-id", property: "request-id.every-answer" }];
const REUSED: Want[] = [{ check: "request-id", property: "request-id.unique" }];

const rows: [string, { given: Given; want: Want[] }][] = [
  // Tencent v2 documents no request id: its ordinary answers are among these, with no finding.
  ...ordinaryRows(),
  [
    "Tencent API 3.0: no request id",
    {
      given: { case: "tencent-v3/eni.same-zone#1", deviations: ["tencent-v3:envelope:missing-request-id"] },
      want: MISSING,
    },
  ],
  [
    "Alibaba: no request id",
    {
      given: {
        case: "aliyun-ecs/instance.state-running-or-stopped#1",
        deviations: ["aliyun-ecs:envelope:missing-request-id"],
      },
      want: MISSING,
    },
  ],
  ...(["tencent-v3", "aliyun-ecs", "jdcloud-vm"] as const).flatMap((surface) => [
    [
      `${surface}: every answer (the reads too) with its own request id`,
      {
        given: {
          case: `${surface}/instance.state-running-or-stopped#1`,
          readEni: true,
          noteRequestIds: true,
        },
        want: [],
      },
    ] as [string, { given: Given; want: Want[] }],
    [
      `${surface}: an answer with the request id of an earlier one`,
      {
        given: {
          case: `${surface}/instance.state-running-or-stopped#1`,
          readEni: true,
          noteRequestIds: true,
          deviations: [`${surface}:field:request-id.unique`],
        },
        want: REUSED,
      },
    ] as [string, { given: Given; want: Want[] }],
  ]),
  [
    "Tencent API 3.0: a request id that is not a UUID",
    {
      given: { case: "tencent-v3/instance.state-running-or-stopped#1", alter: withRequestId("req-0001") },
      want: FINDING,
    },
  ],
  [
    "Alibaba: a request id that is not a UUID",
    { given: { case: "aliyun-ecs/eni.same-zone#1", alter: withRequestId("not-a-uuid") }, want: FINDING },
  ],
  [
    "JD Cloud: a request id of the wrong length",
    { given: { case: "jdcloud-vm/instance.eni-limit#1", alter: withRequestId("abc123") }, want: FINDING },
  ],
  [
    "JD Cloud: the body's id a number, the x-jdcloud-request-id header still right",
    {
      given: {
        case: "jdcloud-vm/instance.state-running-or-stopped#1",
        deviations: ["jdcloud-vm:envelope:wrong-field-type"],
      },
      want: [],
    },
  ],
  [
    "not the cloud's envelope",
    {
      given: {
        case: "tencent-v3/eni.same-zone#1",
        alter: gatewayPage(),
      },
      want: [],
    },
  ],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  expect(judge(await sim.context(given), requestId)).toEqual(want);
});
