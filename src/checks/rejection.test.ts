/**
 * The three rejection checks judged together, so each row also shows the other two stay silent:
 * `auth-rejection` (a signature, key, timestamp or nonce perturbation accepted),
 * `negative-data-rejection` (a parameter or action perturbation accepted) and `rule-rejection`
 * (any other request that breaks a rule accepted). A refusal is never their finding.
 */
import { expect, it } from "vitest";
import { type Given, judge, useCheckSim, type Want } from "../testing/checks.ts";
import { authRejection, negativeDataRejection, ruleRejection } from "./rejection.ts";

const rows: [string, { given: Given; want: Want[] }][] = [
  [
    "a bad signature refused",
    { given: { case: "tencent-v3/auth.signature-valid#1", secret: "not-the-secret" }, want: [] },
  ],
  [
    "an unknown parameter refused",
    {
      given: { case: "tencent-v3/param.no-unknown#1", params: (p) => ({ ...p, UndocumentedParameter: "1" }) },
      want: [],
    },
  ],
  ["a broken rule refused", { given: { case: "aliyun-ecs/eni.same-zone#1" }, want: [] }],
  [
    "a valid request accepted",
    { given: { case: "jdcloud-vm/instance.state-running-or-stopped#1" }, want: [] },
  ],
  [
    "Tencent API 3.0: a bad signature accepted (a target that checks no signature)",
    {
      given: { case: "tencent-v3/auth.signature-valid#1" },
      want: [{ check: "auth-rejection", rule: "auth.signature-valid" }],
    },
  ],
  [
    "JD Cloud: an unknown key accepted",
    {
      given: { case: "jdcloud-vm/auth.key-known#1" },
      want: [{ check: "auth-rejection", rule: "auth.key-known" }],
    },
  ],
  [
    "Alibaba: an expired timestamp accepted",
    {
      given: { case: "aliyun-ecs/auth.timestamp-fresh#1" },
      want: [{ check: "auth-rejection", rule: "auth.timestamp-fresh" }],
    },
  ],
  [
    "Tencent API 3.0: an unknown parameter accepted (a target that ignores it)",
    {
      given: { case: "tencent-v3/param.no-unknown#1" },
      want: [{ check: "negative-data-rejection", rule: "param.no-unknown" }],
    },
  ],
  [
    "Alibaba: a missing parameter accepted",
    {
      given: { case: "aliyun-ecs/param.required#3" },
      want: [{ check: "negative-data-rejection", rule: "param.required" }],
    },
  ],
  [
    "Tencent v2: a malformed id accepted",
    {
      given: { case: "tencent-v2/param.id-format#1" },
      want: [{ check: "negative-data-rejection", rule: "param.id-format" }],
    },
  ],
  [
    "JD Cloud: an unknown action accepted",
    {
      given: { case: "jdcloud-vm/action.known#1" },
      want: [{ check: "negative-data-rejection", rule: "action.known" }],
    },
  ],
  [
    "Tencent API 3.0: a rule not enforced",
    {
      given: { case: "tencent-v3/eni.same-zone#1", deviations: ["tencent-v3:ignore:eni.same-zone"] },
      want: [{ check: "rule-rejection", rule: "eni.same-zone" }],
    },
  ],
  [
    "Alibaba: a rule not enforced",
    {
      given: {
        case: "aliyun-ecs/instance.eni-limit#2",
        deviations: ["aliyun-ecs:ignore:instance.eni-limit"],
      },
      want: [{ check: "rule-rejection", rule: "instance.eni-limit" }],
    },
  ],
  [
    "Tencent API 3.0: a client token reused with other parameters accepted",
    {
      given: { case: "tencent-v3/idempotency.client-token#2" },
      want: [{ check: "rule-rejection", rule: "idempotency.client-token" }],
    },
  ],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  expect(judge(await sim.context(given), authRejection, negativeDataRejection, ruleRejection)).toEqual(want);
});
