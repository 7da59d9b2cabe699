/**
 * `response-schema` validates a success body against the operation's response schema and an error
 * body against its error schema; an answer that is not the cloud's envelope is left to `envelope`.
 */
import { expect, it } from "vitest";
import { type Given, gatewayPage, judge, ordinaryRows, useCheckSim, type Want } from "../testing/checks.ts";
import { responseSchema } from "./response-schema.ts";

const FINDING: Want[] = [{ check: "response-schema" }];

const rows: [string, { given: Given; want: Want[] }][] = [
  ...ordinaryRows(),
  [
    "a Tencent API 3.0 success whose request id is a number",
    {
      given: {
        case: "tencent-v3/instance.state-running-or-stopped#1",
        deviations: ["tencent-v3:envelope:wrong-field-type"],
      },
      want: FINDING,
    },
  ],
  [
    "an Alibaba refusal whose request id is a number",
    {
      given: { case: "aliyun-ecs/eni.same-zone#1", deviations: ["aliyun-ecs:envelope:wrong-field-type"] },
      want: FINDING,
    },
  ],
  [
    "a Tencent v2 refusal whose message is a number",
    {
      given: { case: "tencent-v2/vpc.exists#1", deviations: ["tencent-v2:envelope:wrong-field-type"] },
      want: FINDING,
    },
  ],
  [
    "a JD Cloud success without its request id",
    {
      given: {
        case: "jdcloud-vm/instance.state-running-or-stopped#1",
        deviations: ["jdcloud-vm:envelope:missing-request-id"],
      },
      want: FINDING,
    },
  ],
  [
    "not the cloud's envelope (left to `envelope`)",
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
  expect(judge(await sim.context(given), responseSchema)).toEqual(want);
});
