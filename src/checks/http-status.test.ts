/**
 * `http-status`: an error comes with the status of its documented row (Tencent: always 200;
 * Alibaba and JD Cloud: the table's 4xx/5xx) and a success with 200. An undocumented code has no
 * documented status (that is `documented-code`'s finding), and a malformed answer is `envelope`'s.
 */
import { expect, it } from "vitest";
import { type Given, gatewayPage, judge, useCheckSim, type Want } from "../testing/checks.ts";
import { httpStatus } from "./http-status.ts";

const rows: [string, { given: Given; want: Want[] }][] = [
  ["Tencent API 3.0 refusal with HTTP 200", { given: { case: "tencent-v3/eni.same-zone#1" }, want: [] }],
  ["Tencent v2 refusal with HTTP 200", { given: { case: "tencent-v2/vpc.exists#1" }, want: [] }],
  ["Alibaba refusal with its row's HTTP 403", { given: { case: "aliyun-ecs/eni.same-zone#1" }, want: [] }],
  ["Alibaba refusal with its row's HTTP 404", { given: { case: "aliyun-ecs/eni.exists#1" }, want: [] }],
  [
    "JD Cloud refusal with its row's status",
    { given: { case: "jdcloud-vm/instance.eni-limit#1" }, want: [] },
  ],
  [
    "Alibaba success with HTTP 200",
    { given: { case: "aliyun-ecs/instance.state-running-or-stopped#1" }, want: [] },
  ],
  [
    "JD Cloud success with HTTP 200",
    { given: { case: "jdcloud-vm/instance.state-running-or-stopped#1" }, want: [] },
  ],
  [
    "an Alibaba success with HTTP 201",
    {
      given: {
        case: "aliyun-ecs/instance.state-running-or-stopped#1",
        alter: (a) => ({ ...a, status: 201 }),
      },
      want: [{ check: "http-status" }],
    },
  ],
  [
    "an Alibaba refusal with HTTP 200 instead of its row's 403",
    {
      given: { case: "aliyun-ecs/eni.same-zone#1", deviations: ["aliyun-ecs:envelope:wrong-status"] },
      want: [{ check: "http-status", row: "003/InvalidOperation.AvailabilityZoneMismatch" }],
    },
  ],
  [
    "an Alibaba not-found with HTTP 200 instead of its row's 404",
    {
      given: { case: "aliyun-ecs/eni.exists#1", deviations: ["aliyun-ecs:envelope:wrong-status"] },
      want: [{ check: "http-status", row: "003/InvalidEniId.NotFound" }],
    },
  ],
  [
    "a Tencent API 3.0 refusal with HTTP 500: not the envelope, so envelope's finding",
    {
      given: { case: "tencent-v3/eni.same-zone#1", deviations: ["tencent-v3:envelope:wrong-status"] },
      want: [],
    },
  ],
  [
    "an undocumented (misspelt) code with a wrong status: documented-code's finding, not this one",
    {
      given: {
        case: "aliyun-ecs/eni.same-zone#1",
        deviations: [
          "aliyun-ecs:envelope:wrong-status",
          "aliyun-ecs:misspell:003/InvalidOperation.AvailabilityZoneMismatch",
        ],
      },
      want: [],
    },
  ],
  [
    "a gateway's HTML page with HTTP 502: envelope's finding, not this one",
    {
      given: {
        case: "aliyun-ecs/eni.same-zone#1",
        alter: gatewayPage(),
      },
      want: [],
    },
  ],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  expect(judge(await sim.context(given), httpStatus)).toEqual(want);
});
