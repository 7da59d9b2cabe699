/**
 * `expected-code`: when a case expects an error and the target refuses, the code is one of the rows
 * the case names (the alternate code counts: Tencent v2's numeric `code`), and where the document
 * tells rows of one code apart by message (JD Cloud), the message is the row's. It stays silent when the
 * case names no row, when the case expects success, and when the target accepts (other checks'
 * findings).
 */
import { expect, it } from "vitest";
import { type Given, judge, useCheckSim, type Want } from "../testing/checks.ts";
import { expectedCode } from "./expected-code.ts";

const rows: [string, { given: Given; want: Want[] }][] = [
  ["Tencent API 3.0: the row the case names", { given: { case: "tencent-v3/eni.same-zone#1" }, want: [] }],
  ["Tencent v2: the row the case names", { given: { case: "tencent-v2/vpc.exists#1" }, want: [] }],
  [
    "Alibaba: one of the two rows the case accepts",
    { given: { case: "aliyun-ecs/instance.exists#1" }, want: [] },
  ],
  ["JD Cloud: the row the case names", { given: { case: "jdcloud-vm/instance.eni-limit#1" }, want: [] }],
  [
    "Tencent API 3.0: the expected code misspelt",
    {
      given: {
        case: "tencent-v3/eni.same-zone#1",
        deviations: ["tencent-v3:misspell:002/UnsupportedOperation.ZoneMismatch"],
      },
      want: [{ check: "expected-code", rule: "eni.same-zone", row: "002/UnsupportedOperation.ZoneMismatch" }],
    },
  ],
  [
    "Alibaba: the expected code misspelt",
    {
      given: {
        case: "aliyun-ecs/eni.exists#1",
        deviations: ["aliyun-ecs:misspell:003/InvalidEniId.NotFound"],
      },
      want: [{ check: "expected-code", rule: "eni.exists", row: "003/InvalidEniId.NotFound" }],
    },
  ],
  [
    "Tencent API 3.0: another documented refusal than the case's (other VPC judged as other zone)",
    {
      given: {
        case: "tencent-v3/eni.same-zone#1",
        params: (p, roles) => ({ ...p, InstanceId: roles["instance.other-vpc"] }),
      },
      want: [{ check: "expected-code", rule: "eni.same-zone", row: "002/UnsupportedOperation.ZoneMismatch" }],
    },
  ],
  [
    "JD Cloud: a row told apart by message, answered with another row's message (attached elsewhere for a missing ENI)",
    {
      given: {
        case: "jdcloud-vm/eni.exists#1",
        params: (p, roles) => ({ ...p, networkInterfaceId: roles["eni.attached"] }),
      },
      want: [{ check: "expected-code", rule: "eni.exists", row: "004/FAILED_PRECONDITION~no-permission" }],
    },
  ],
  [
    "JD Cloud: the expected row's message with the gateway's tags appended",
    {
      given: {
        case: "jdcloud-vm/eni.exists#1",
        alter: (a) => ({
          ...a,
          body: a.body.replace(
            "No NetworkInterface permissions.",
            "No NetworkInterface permissions. [IAM] [gw]",
          ),
        }),
      },
      want: [],
    },
  ],
  [
    "JD Cloud: the shared code with a message that is no row's",
    {
      given: {
        case: "jdcloud-vm/eni.exists#1",
        alter: (a) => ({
          ...a,
          body: a.body.replace("No NetworkInterface permissions.", "Something else went wrong"),
        }),
      },
      want: [{ check: "expected-code", rule: "eni.exists", row: "004/FAILED_PRECONDITION~no-permission" }],
    },
  ],
  [
    "a case whose document gives no code: any code",
    { given: { case: "tencent-v2/eni.same-zone#1" }, want: [] },
  ],
  [
    "a case that expects success but is refused: positive-acceptance's finding",
    {
      given: {
        case: "tencent-v3/instance.state-running-or-stopped#1",
        deviations: ["tencent-v3:envelope:error-on-success"],
      },
      want: [],
    },
  ],
  [
    "a case that expects an error but is accepted: rule-rejection's finding",
    {
      given: { case: "tencent-v3/eni.same-zone#1", deviations: ["tencent-v3:ignore:eni.same-zone"] },
      want: [],
    },
  ],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  expect(judge(await sim.context(given), expectedCode)).toEqual(want);
});
