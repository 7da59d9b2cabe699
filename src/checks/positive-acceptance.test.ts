/**
 * `positive-acceptance`: a valid request the documents allow is not refused, nor answered with
 * something that is not the cloud's envelope. Cases that expect an error are not its business.
 */
import { expect, it } from "vitest";
import { type Given, gatewayPage, judge, useCheckSim, type Want } from "../testing/checks.ts";
import { positiveAcceptance } from "./positive-acceptance.ts";

const rows: [string, { given: Given; want: Want[] }][] = [
  [
    "Tencent API 3.0 accepts",
    { given: { case: "tencent-v3/instance.state-running-or-stopped#1" }, want: [] },
  ],
  ["Tencent v2 accepts", { given: { case: "tencent-v2/instance.state-running-or-stopped#2" }, want: [] }],
  ["Alibaba accepts", { given: { case: "aliyun-ecs/instance.stopped-only-families#2" }, want: [] }],
  ["JD Cloud detaches", { given: { case: "jdcloud-vm/detach.eni-attached-to-instance#1" }, want: [] }],
  [
    "Tencent API 3.0 refuses a valid attach",
    {
      given: {
        case: "tencent-v3/instance.state-running-or-stopped#1",
        deviations: ["tencent-v3:envelope:error-on-success"],
      },
      want: [{ check: "positive-acceptance", rule: "instance.state-running-or-stopped" }],
    },
  ],
  [
    "JD Cloud refuses a valid detach",
    {
      given: {
        case: "jdcloud-vm/detach.eni-attached-to-instance#1",
        deviations: ["jdcloud-vm:envelope:error-on-success"],
      },
      want: [{ check: "positive-acceptance", rule: "detach.eni-attached-to-instance" }],
    },
  ],
  [
    "Alibaba answers a valid attach with a gateway's page",
    {
      given: {
        case: "aliyun-ecs/async.attach-observable#1",
        alter: gatewayPage(503),
      },
      want: [{ check: "positive-acceptance", rule: "async.attach-observable" }],
    },
  ],
  ["a case that expects an error, refused", { given: { case: "tencent-v3/eni.same-zone#1" }, want: [] }],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  expect(judge(await sim.context(given), positiveAcceptance)).toEqual(want);
});
