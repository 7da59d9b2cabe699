/**
 * CONTRIBUTING's "Recipe: add a check", followed once in memory: a new check `error-message` ("a
 * refusal says why: its message is not empty"), written as step 1 says (one pure function, wrapped
 * in a guard instead of branching inside), registered as step 3 says (a registry shaped like
 * `CHECKS`, under the id its findings carry), and tested as step 4 says (a table of real answers
 * of the simulator: the faithful one, the departure it catches, the answers its guard leaves to
 * other checks). `runChecks` then runs it beside every registered check, and only it adds findings.
 * Without the guard, the check would judge answers that are not its business.
 */
import { describe, expect, it } from "vitest";
import type { WireResponse } from "../core/wire.ts";
import { type Given, judge, useCheckSim, type Want } from "../testing/checks.ts";
import { guard, isError } from "./guards.ts";
import { CHECKS, runChecks } from "./registry.ts";
import type { Check } from "./types.ts";

// Step 1: src/checks/error-message.ts would hold this, the id its findings carry as its file name.
const unguarded: Check = (ctx) =>
  "error" in ctx.result && ctx.result.error.message.trim() !== ""
    ? []
    : [{ check: "error-message", message: "the refusal carries no message", rule: ctx.rule }];
const errorMessage: Check = guard(isError, unguarded);

// Step 3: registered under its id, in a registry shaped like CHECKS (`satisfies` the same type).
const REGISTRY = { ...CHECKS, "error-message": errorMessage } as const satisfies Record<string, Check>;

/** A wire answer with every error message in its body emptied, as a broken gateway might send it. */
function withoutMessage(answer: WireResponse): WireResponse {
  const rewrite = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (!v || typeof v !== "object") return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, /^message$/i.test(k) ? "" : rewrite(x)]));
  };
  return { ...answer, body: JSON.stringify(rewrite(JSON.parse(answer.body))) };
}

const HTML = (): WireResponse => ({
  status: 502,
  headers: { "content-type": "text/html" },
  body: "<html></html>",
});

// Step 4: the table, as src/checks/error-message.test.ts would hold it.
const rows: [string, { given: Given; want: Want[] }][] = [
  [
    "Tencent API 3.0: a refusal with its message",
    { given: { case: "tencent-v3/eni.same-zone#1" }, want: [] },
  ],
  ["Alibaba: a refusal with its message", { given: { case: "aliyun-ecs/eni.same-zone#1" }, want: [] }],
  ["JD Cloud: a refusal with its message", { given: { case: "jdcloud-vm/instance.eni-limit#1" }, want: [] }],
  [
    "Tencent API 3.0: the message emptied",
    {
      given: { case: "tencent-v3/eni.same-zone#1", alter: withoutMessage },
      want: [{ check: "error-message", rule: "eni.same-zone" }],
    },
  ],
  [
    "JD Cloud: the message emptied",
    {
      given: { case: "jdcloud-vm/instance.eni-limit#1", alter: withoutMessage },
      want: [{ check: "error-message", rule: "instance.eni-limit" }],
    },
  ],
  [
    "a success: the guard leaves it alone",
    { given: { case: "aliyun-ecs/instance.state-running-or-stopped#1" }, want: [] },
  ],
  [
    "not the cloud's envelope: envelope's finding, the guard leaves it alone",
    { given: { case: "tencent-v3/eni.same-zone#1", alter: HTML }, want: [] },
  ],
];

const sim = useCheckSim();

describe("recipe: add a check", () => {
  it.each(rows)("4. its table — %s", async (_name, { given, want }) => {
    const ctx = await sim.context(given);
    expect(judge(ctx, errorMessage)).toEqual(want);
    // 3. Registered, it runs beside every check of CHECKS and adds only its own findings.
    expect(runChecks(ctx, undefined, REGISTRY)).toEqual([...runChecks(ctx), ...errorMessage(ctx)]);
    expect(runChecks(ctx, ["error-message"], REGISTRY)).toEqual(errorMessage(ctx));
  });

  it.each([
    ["a success", { case: "aliyun-ecs/instance.state-running-or-stopped#1" }],
    ["an answer that is not the envelope", { case: "tencent-v3/eni.same-zone#1", alter: HTML }],
  ] as [string, Given][])("1. the guard is needed: unguarded, it would judge %s", async (_name, given) => {
    expect(judge(await sim.context(given), unguarded)).toEqual([
      { check: "error-message", rule: expect.any(String) },
    ]);
  });

  it("3. the id it is registered under is the check its findings carry", async () => {
    const ctx = await sim.context({ case: "tencent-v3/eni.same-zone#1", alter: withoutMessage });
    for (const [id, check] of Object.entries(REGISTRY)) {
      for (const finding of check(ctx)) expect(finding.check, id).toBe(id);
    }
  });
});
