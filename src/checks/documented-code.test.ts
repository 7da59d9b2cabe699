/**
 * `documented-code`: an error's code is in the operation's documented table or the cloud's common
 * errors (its alternate code counts); a code found in neither is a finding. Successes and answers
 * that are not the envelope are not its business.
 */
import { expect, it } from "vitest";
import { type Given, gatewayPage, judge, useCheckSim, type Want } from "../testing/checks.ts";
import { documentedCode } from "./documented-code.ts";

const rows: [string, { given: Given; want: Want[] }][] = [
  ["Tencent API 3.0: a documented code", { given: { case: "tencent-v3/eni.same-zone#1" }, want: [] }],
  [
    "Tencent API 3.0: a common error",
    { given: { case: "tencent-v3/param.required#1", params: () => ({}) }, want: [] },
  ],
  ["Tencent v2: a documented code", { given: { case: "tencent-v2/vpc.exists#1" }, want: [] }],
  ["Alibaba: a documented code", { given: { case: "aliyun-ecs/eni.same-zone#1" }, want: [] }],
  [
    "Alibaba: a common error (bad signature)",
    { given: { case: "aliyun-ecs/auth.signature-valid#1", secret: "not-the-secret" }, want: [] },
  ],
  ["JD Cloud: a documented code", { given: { case: "jdcloud-vm/instance.eni-limit#1" }, want: [] }],
  [
    "Tencent API 3.0: a misspelt code",
    {
      given: {
        case: "tencent-v3/eni.same-zone#1",
        deviations: ["tencent-v3:misspell:002/UnsupportedOperation.ZoneMismatch"],
      },
      want: [{ check: "documented-code" }],
    },
  ],
  [
    "Alibaba: a misspelt code",
    {
      given: {
        case: "aliyun-ecs/eni.exists#1",
        deviations: ["aliyun-ecs:misspell:003/InvalidEniId.NotFound"],
      },
      want: [{ check: "documented-code" }],
    },
  ],
  ["a success", { given: { case: "tencent-v3/instance.state-running-or-stopped#1" }, want: [] }],
  [
    "not the cloud's envelope",
    {
      given: {
        case: "aliyun-ecs/eni.exists#1",
        alter: gatewayPage(),
      },
      want: [],
    },
  ],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  expect(judge(await sim.context(given), documentedCode)).toEqual(want);
});
