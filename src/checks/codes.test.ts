/**
 * `codesOf`: the codes an error answer carries, with the alternate code where the cloud sends one
 * (Tencent v2's numeric `code` beside `codeDesc`); none for a success or a malformed answer.
 */
import { expect, it } from "vitest";
import { type Given, gatewayPage, useCheckSim } from "../testing/checks.ts";
import { codesOf } from "./codes.ts";

const rows: [string, { given: Given; want: string[] }][] = [
  [
    "Tencent API 3.0 refusal",
    { given: { case: "tencent-v3/eni.same-zone#1" }, want: ["UnsupportedOperation.ZoneMismatch"] },
  ],
  [
    "Tencent v2 refusal: codeDesc and the numeric code",
    { given: { case: "tencent-v2/vpc.exists#1" }, want: ["InvalidVpc.NotFound", "5000"] },
  ],
  ["Alibaba refusal", { given: { case: "aliyun-ecs/eni.exists#1" }, want: ["InvalidEniId.NotFound"] }],
  ["JD Cloud refusal", { given: { case: "jdcloud-vm/instance.exists#1" }, want: ["NOT_FOUND"] }],
  ["a success", { given: { case: "tencent-v3/instance.state-running-or-stopped#1" }, want: [] }],
  [
    "a malformed answer",
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
  expect(codesOf((await sim.context(given)).result)).toEqual(want);
});
