/**
 * The guards over real answers: what each predicate says of a context, and that `guard` runs its
 * check exactly when its predicate holds.
 */
import { expect, it } from "vitest";
import { type Given, gatewayPage, useCheckSim } from "../testing/checks.ts";
import { both, expectsError, expectsSuccess, guard, isError, isSuccess, mutatedWith } from "./guards.ts";
import type { CheckContext } from "./types.ts";

const PREDICATES = {
  isError,
  isSuccess,
  expectsError,
  expectsSuccess,
  "mutatedWith(sign.bad-signature, param.omit)": mutatedWith("sign.bad-signature", "param.omit"),
  "both(expectsError, isSuccess)": both(expectsError, isSuccess),
} satisfies Record<string, (ctx: CheckContext) => boolean>;
type Holds = Record<keyof typeof PREDICATES, boolean>;

const no: Holds = {
  isError: false,
  isSuccess: false,
  expectsError: false,
  expectsSuccess: false,
  "mutatedWith(sign.bad-signature, param.omit)": false,
  "both(expectsError, isSuccess)": false,
};

const rows: [string, { given: Given; want: Holds }][] = [
  [
    "a refusal the case expects",
    { given: { case: "tencent-v3/eni.same-zone#1" }, want: { ...no, isError: true, expectsError: true } },
  ],
  [
    "an acceptance the case expects",
    {
      given: { case: "aliyun-ecs/instance.state-running-or-stopped#1" },
      want: { ...no, isSuccess: true, expectsSuccess: true },
    },
  ],
  [
    "an acceptance of a case that expects a refusal",
    {
      given: { case: "tencent-v3/eni.same-zone#1", deviations: ["tencent-v3:ignore:eni.same-zone"] },
      want: { ...no, isSuccess: true, expectsError: true, "both(expectsError, isSuccess)": true },
    },
  ],
  [
    "an answer that is neither envelope",
    {
      given: { case: "jdcloud-vm/instance.state-running-or-stopped#1", alter: gatewayPage() },
      want: { ...no, expectsSuccess: true },
    },
  ],
  [
    "a bad signature refused",
    {
      given: { case: "tencent-v2/auth.signature-valid#1", secret: "not-the-secret" },
      want: { ...no, isError: true, expectsError: true, "mutatedWith(sign.bad-signature, param.omit)": true },
    },
  ],
  [
    "a missing parameter accepted",
    {
      given: { case: "aliyun-ecs/param.required#2" },
      want: {
        ...no,
        isSuccess: true,
        expectsError: true,
        "mutatedWith(sign.bad-signature, param.omit)": true,
        "both(expectsError, isSuccess)": true,
      },
    },
  ],
  [
    "an unknown key refused (another mutation)",
    {
      given: { case: "aliyun-ecs/auth.key-known#1", secret: "not-the-secret" },
      want: { ...no, isError: true, expectsError: true },
    },
  ],
];

const sim = useCheckSim();

it.each(rows)("%s", async (_, { given, want }) => {
  const ctx = await sim.context(given);
  const holds = Object.fromEntries(Object.entries(PREDICATES).map(([name, p]) => [name, p(ctx)]));
  expect(holds).toEqual(want);
  // `guard` runs the check when, and only when, its predicate holds.
  const ran = [{ check: "probe", message: "ran" }];
  for (const [name, predicate] of Object.entries(PREDICATES)) {
    expect(guard(predicate, () => ran)(ctx), name).toEqual(want[name as keyof Holds] ? ran : []);
  }
});
