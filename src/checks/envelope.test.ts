/**
 * `envelope` judges every answer: the cloud's own success or error envelope passes; anything the
 * surface's codec cannot read as one (a proxy's HTML page, a status the cloud never sends) is a
 * finding.
 */
import { expect, it } from "vitest";
import type { WireResponse } from "../core/wire.ts";
import { type Given, gatewayPage, judge, ordinaryRows, useCheckSim, type Want } from "../testing/checks.ts";
import { envelope } from "./envelope.ts";

const withoutErrorStatus = (a: WireResponse): WireResponse => {
  const body = JSON.parse(a.body) as { error: Record<string, unknown> };
  delete body.error.status;
  return { ...a, body: JSON.stringify(body) };
};
const FINDING: Want[] = [{ check: "envelope" }];

const rows: [string, { given: Given; want: Want[] }][] = [
  ...ordinaryRows(),
  [
    "a gateway's HTML page instead of the Tencent envelope",
    { given: { case: "tencent-v3/eni.same-zone#1", alter: gatewayPage() }, want: FINDING },
  ],
  [
    "a gateway's HTML page instead of the Alibaba envelope",
    {
      given: { case: "aliyun-ecs/instance.state-running-or-stopped#1", alter: gatewayPage() },
      want: FINDING,
    },
  ],
  [
    "a Tencent API 3.0 answer with HTTP 201 (the API answers everything with 200)",
    {
      given: {
        case: "tencent-v3/instance.state-running-or-stopped#1",
        alter: (a) => ({ ...a, status: 201 }),
      },
      want: FINDING,
    },
  ],
  [
    "a JD Cloud error envelope without its status name",
    { given: { case: "jdcloud-vm/instance.eni-limit#1", alter: withoutErrorStatus }, want: FINDING },
  ],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  expect(judge(await sim.context(given), envelope)).toEqual(want);
});
