/**
 * The mutation definitions, table-driven (given a case and its filled parameters → the
 * perturbation), and the registry's data against the catalogue: every kind of the rules schema is
 * defined, each definition's family, changes, SDK expressibility and refusal agree with what its
 * perturbation does and with the error rows the catalogue's cases expect.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Mutation, RuleCase } from "../contracts/model.ts";
import { fromRoot, readJson, type Surface } from "../contracts/surfaces.ts";
import { listCases } from "../suites-kit/cases.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { applyEdits, UNPERTURBED } from "./apply.ts";
import {
  cannotExpress,
  controlPlaneReason,
  limitedKeyReason,
  MUTATIONS,
  perturbationOf,
} from "./registry.ts";
import { clockFor, credentialsFor, STALE_MS, UNKNOWN_KEY } from "./signing.ts";
import type { EarlierCall, MutationKind, ParamEdit, Perturbation, PerturbInput } from "./types.ts";

const V2_GIVEN = { vpcId: "vpc.main", networkInterfaceId: "eni.available", instanceId: "instance.running" };
const V2_PARAMS = { vpcId: "vpc-11111111", networkInterfaceId: "eni-22222222", instanceId: "ins-33333333" };
const V3_GIVEN = { NetworkInterfaceId: "eni.available", InstanceId: "instance.running" };
const V3_PARAMS = { NetworkInterfaceId: "eni-22222222", InstanceId: "ins-33333333" };
const JD_GIVEN = {
  regionId: "region.main",
  instanceId: "instance.running",
  networkInterfaceId: "eni.available",
};
const JD_PARAMS = { regionId: "cn-north-1", instanceId: "i-33333333", networkInterfaceId: "port-22222222" };
const ROLES = { "instance.stopped": "ins-44444444" };

/** A perturbation input: `mutate` on the surface's attach operation with the given parameters. */
function input(
  surface: Surface,
  mutate: Mutation | undefined,
  given: Record<string, string>,
  params: Record<string, unknown>,
  extra: Partial<PerturbInput> = {},
): PerturbInput {
  const operation = surface === "jdcloud-vm" ? "attachNetworkInterface" : "AttachNetworkInterface";
  return {
    surface,
    ruleCase: { operation, given, ...(mutate ? { mutate } : {}) },
    params,
    roles: ROLES,
    pick: 0,
    ...extra,
  };
}

/** A perturbation: `kind` with `edits`, signed by the account, sent once, unless `rest` says otherwise. */
const want = (
  kind: MutationKind,
  edits: ParamEdit[] = [],
  rest: Partial<Perturbation> = {},
): Perturbation => ({
  kind,
  edits,
  signing: "account",
  play: { kind: "single" },
  ...rest,
});
const reuse = (
  variant: "same-params" | "other-params" | "in-flight",
  earlier: ParamEdit[],
  before: EarlierCall,
): Perturbation =>
  want(`idempotency.token-reused-${variant}`, [], {
    play: { kind: "token-reuse", variant, tokenParam: "ClientToken", earlier, before },
  });
const V3_TOKEN: [Surface, Record<string, string>, Record<string, unknown>] = [
  "tencent-v3",
  V3_GIVEN,
  V3_PARAMS,
];

const table: [string, { given: PerturbInput; want: Perturbation }][] = [
  [
    "no mutation: the request as filled",
    { given: input("tencent-v3", undefined, V3_GIVEN, V3_PARAMS), want: UNPERTURBED },
  ],
  [
    "param.omit, named: that parameter",
    {
      given: input("aliyun-ecs", { kind: "param.omit", param: "RegionId" }, {}, {}),
      want: want("param.omit", [{ param: "RegionId", omit: true }]),
    },
  ],
  ...(
    [
      [0, "networkInterfaceId"],
      [1, "vpcId"],
      [2, "instanceId"],
      [3, "networkInterfaceId"],
    ] as const
  ).map(([pick, param]): [string, { given: PerturbInput; want: Perturbation }] => [
    `param.omit, unnamed, pick ${pick}: the ENI parameter first, then the case's order`,
    {
      given: input("tencent-v2", { kind: "param.omit" }, V2_GIVEN, V2_PARAMS, { pick }),
      want: want("param.omit", [{ param, omit: true }]),
    },
  ]),
  [
    "param.omit, unnamed, on a REST path: never a path segment",
    {
      given: input("jdcloud-vm", { kind: "param.omit" }, JD_GIVEN, JD_PARAMS, { pick: 7 }),
      want: want("param.omit", [{ param: "networkInterfaceId", omit: true }]),
    },
  ],
  [
    "param.malformed, unnamed: the ENI id plus !",
    {
      given: input("tencent-v2", { kind: "param.malformed" }, V2_GIVEN, V2_PARAMS),
      want: want("param.malformed", [{ param: "networkInterfaceId", suffix: "!" }]),
    },
  ],
  [
    "param.malformed, named but not sent: x!",
    {
      given: input("aliyun-ecs", { kind: "param.malformed", param: "InstanceId" }, {}, {}),
      want: want("param.malformed", [{ param: "InstanceId", value: "x!" }]),
    },
  ],
  [
    "param.wrong-type, unnamed string id: a number",
    {
      given: input("tencent-v3", { kind: "param.wrong-type" }, V3_GIVEN, V3_PARAMS),
      want: want("param.wrong-type", [{ param: "NetworkInterfaceId", value: 12345 }]),
    },
  ],
  [
    "param.wrong-type, named and not sent: a string (as for a boolean)",
    {
      given: input("jdcloud-vm", { kind: "param.wrong-type", param: "autoDelete" }, JD_GIVEN, JD_PARAMS),
      want: want("param.wrong-type", [{ param: "autoDelete", value: "not-a-value" }]),
    },
  ],
  [
    "param.wrong-type, a number sent: a string",
    {
      given: input(
        "aliyun-ecs",
        { kind: "param.wrong-type", param: "NetworkCardIndex" },
        {},
        { NetworkCardIndex: 1 },
      ),
      want: want("param.wrong-type", [{ param: "NetworkCardIndex", value: "not-a-value" }]),
    },
  ],
  [
    "param.unknown: an undocumented parameter",
    {
      given: input("tencent-v3", { kind: "param.unknown" }, V3_GIVEN, V3_PARAMS),
      want: want("param.unknown", [{ param: "UndocumentedParameter", value: "1" }]),
    },
  ],
  [
    "action.unknown: the action renamed before signing",
    {
      given: input("jdcloud-vm", { kind: "action.unknown" }, JD_GIVEN, JD_PARAMS),
      want: want("action.unknown", [], {
        wire: { renameAction: { from: "attachNetworkInterface", to: "attachNetworkInterfaceUndefined" } },
      }),
    },
  ],
  ...(
    [
      ["sign.bad-signature", "wrong-secret"],
      ["sign.unknown-key", "unknown-key"],
      ["sign.expired-timestamp", "stale-timestamp"],
      ["sign.limited-key", "limited-key"],
    ] as const
  ).map(([kind, signing]): [string, { given: PerturbInput; want: Perturbation }] => [
    `${kind}: signed ${signing}`,
    { given: input("aliyun-ecs", { kind }, {}, {}), want: want(kind, [], { signing }) },
  ]),
  [
    "sign.reused-nonce: the same signed request twice",
    {
      given: input("tencent-v2", { kind: "sign.reused-nonce" }, V2_GIVEN, V2_PARAMS),
      want: want("sign.reused-nonce", [], { play: { kind: "resend-signed" } }),
    },
  ],
  [
    "rate.burst: over the limit",
    {
      given: input("jdcloud-vm", { kind: "rate.burst" }, JD_GIVEN, JD_PARAMS),
      want: want("rate.burst", [], { play: { kind: "burst" } }),
    },
  ],
  [
    "idempotency.token-reused-same-params: after a completed call",
    {
      given: input(V3_TOKEN[0], { kind: "idempotency.token-reused-same-params" }, V3_TOKEN[1], V3_TOKEN[2]),
      want: reuse("same-params", [], { state: "completed" }),
    },
  ],
  [
    "idempotency.token-reused-other-params: the earlier call on the stopped instance",
    {
      given: input(V3_TOKEN[0], { kind: "idempotency.token-reused-other-params" }, V3_TOKEN[1], V3_TOKEN[2]),
      want: reuse("other-params", [{ param: "InstanceId", value: "ins-44444444" }], { state: "answered" }),
    },
  ],
  [
    "idempotency.token-reused-other-params without a stopped instance: another AttachType",
    {
      given: input(V3_TOKEN[0], { kind: "idempotency.token-reused-other-params" }, V3_TOKEN[1], V3_TOKEN[2], {
        roles: {},
      }),
      want: reuse("other-params", [{ param: "AttachType", value: 1 }], { state: "answered" }),
    },
  ],
  [
    "idempotency.token-reused-in-flight: while the earlier call's task runs",
    {
      given: input(V3_TOKEN[0], { kind: "idempotency.token-reused-in-flight" }, V3_TOKEN[1], V3_TOKEN[2]),
      want: reuse("in-flight", [], { state: "in-flight", polls: 5 }),
    },
  ],
];

describe("mutation definitions", () => {
  it.each(table)("%s", (_name, { given, want }) => {
    expect(perturbationOf(given)).toEqual(want);
  });

  it("refuses a param.omit that has nothing to omit", () => {
    const onlyPath = input(
      "jdcloud-vm",
      { kind: "param.omit" },
      { regionId: "region.main" },
      { regionId: "cn-north-1" },
    );
    expect(() => perturbationOf(onlyPath)).toThrow(/no parameter can be omitted/);
  });
});

describe("applying a perturbation", () => {
  const params = { A: "a", B: 2, C: "c" };
  it.each([
    ["omit keeps the others in order", [{ param: "B", omit: true as const }], { A: "a", C: "c" }],
    ["suffix appends", [{ param: "A", suffix: "!" }], { A: "a!", B: 2, C: "c" }],
    ["value replaces in place", [{ param: "B", value: "x" }], { A: "a", B: "x", C: "c" }],
    ["value adds at the end", [{ param: "D", value: "1" }], { A: "a", B: 2, C: "c", D: "1" }],
  ])("%s", (_name, edits, want) => {
    const out = applyEdits(params, edits);
    expect(out).toEqual(want);
    expect(Object.keys(out)).toEqual(Object.keys(want));
    expect(params).toEqual({ A: "a", B: 2, C: "c" });
  });

  it("signs as the signing says", () => {
    const account = { accessKeyId: "AKIDtest", secret: "testkey" };
    expect(credentialsFor("account", account)).toBe(account);
    expect(credentialsFor("wrong-secret", account)).toEqual({
      accessKeyId: "AKIDtest",
      secret: "testkey-wrong",
    });
    expect(credentialsFor("unknown-key", account)).toBe(UNKNOWN_KEY);
    expect(credentialsFor("stale-timestamp", account)).toBe(account);
    expect(clockFor("stale-timestamp", 10 * STALE_MS)?.now()).toBe(9 * STALE_MS);
    expect(clockFor("wrong-secret", 10 * STALE_MS)).toBeUndefined();
  });
});

describe("the registry", () => {
  const kinds = Object.keys(MUTATIONS) as MutationKind[];
  const schema = readJson("schemas/rules.schema.json") as {
    $defs: { mutation: { properties: { kind: { enum: string[] } } } };
  };

  it("defines every kind the rules schema allows, each in its own file", () => {
    expect([...kinds].sort()).toEqual([...schema.$defs.mutation.properties.kind.enum].sort());
    for (const kind of kinds) {
      const def = MUTATIONS[kind];
      expect(def.kind).toBe(kind);
      expect(def.family).toBe(kind.split(".")[0]);
      expect(existsSync(fromRoot(`src/mutations/${kind.replace(".", "-")}.ts`)), kind).toBe(true);
    }
  });

  const mutated = listCases().filter((c) => c.ruleCase.mutate !== undefined);
  const fill = (rc: RuleCase) => Object.fromEntries(Object.keys(rc.given).map((p) => [p, `${p}-value`]));
  const perturbed = mutated.map((c) => ({
    c,
    p: perturbationOf({
      surface: c.surface,
      ruleCase: c.ruleCase,
      params: fill(c.ruleCase),
      roles: ROLES,
      pick: 0,
    }),
  }));

  it("says what each case's perturbation changes", () => {
    expect(mutated.length).toBeGreaterThan(40);
    for (const { c, p } of perturbed) {
      const changes = MUTATIONS[p.kind as MutationKind].changes;
      const shape = {
        parameters: p.edits.length > 0,
        wire: p.wire !== undefined,
        signing: p.signing !== "account",
        sequence: p.play.kind !== "single",
      };
      expect(
        Object.entries(shape)
          .filter(([, v]) => v)
          .map(([k]) => k),
        c.id,
      ).toEqual([changes]);
    }
  });

  it("declares SDK mode unable exactly where the perturbation needs the request's bytes or its signing time", () => {
    for (const { c, p } of perturbed) {
      const needsBytes =
        p.wire !== undefined || p.signing === "stale-timestamp" || p.play.kind === "resend-signed";
      expect(cannotExpress(p.kind, "sdk") !== undefined, c.id).toBe(needsBytes);
      expect(cannotExpress(p.kind, "suite"), c.id).toBeUndefined();
      expect(cannotExpress(p.kind, "pact"), c.id).toBeUndefined();
    }
  });

  it("needs a control plane only to set a rate limit or hold a task in flight", () => {
    expect(kinds.filter((k) => controlPlaneReason(k) !== undefined)).toEqual([
      "rate.burst",
      "idempotency.token-reused-in-flight",
    ]);
  });

  it("needs the account's limited key only to sign by a key whose policy withholds the call", () => {
    expect(kinds.filter((k) => limitedKeyReason(k) !== undefined)).toEqual(["sign.limited-key"]);
    expect(limitedKeyReason("sign.limited-key")).toMatch(/--limited-account/);
  });

  it("names refusals each surface answers with a row the case expects", () => {
    let checked = 0;
    for (const { c, p } of perturbed) {
      const refusal = MUTATIONS[p.kind as MutationKind].refusal;
      if (refusal === undefined) continue;
      const errors = surfaceModule(c.surface).errors;
      const params = p.edits.length > 0 ? p.edits.map((e) => e.param) : [undefined];
      for (const param of params) {
        const error = errors.error(refusal, "refused", param);
        expect(c.ruleCase.errorRows, `${c.id}: ${refusal}(${param}) → ${error.rowId}`).toContain(error.rowId);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
