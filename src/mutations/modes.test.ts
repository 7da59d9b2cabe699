/**
 * One case id, one perturbation: for every case of the catalogue that has a `mutate`, what the
 * three modes would send — the suites' planned request (`planRequest`), the pact interaction's
 * concrete signed request and the calls its provider states make, SDK mode's parameters and
 * credentials (`requestOf`) — is put on the wire with the surface's codec and compared: the same
 * request (signing fields aside), the same signature verdict, the same sequence of calls. A mode that
 * cannot express a case says why. The comparison is shown to notice a mode that deviates.
 *
 * (This test looks at the modes from above: it imports the suites-kit, pact and sdk modules that
 * use the registry.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { type Clock, fixedClock, seededRandom } from "../core/clock.ts";
import { parseForm, rawPath, rawQuery, type WireRequest } from "../core/wire.ts";
import { buildInteractions, type InteractionDef } from "../pact/interactions.ts";
import { type ClientTokenState, earlierCall } from "../pact/provider.ts";
import { limitedKeyNeed, needsControl, type ProviderState } from "../pact/states.ts";
import { stripSigning } from "../pact/wire-fields.ts";
import { GENERATED_AT, PACT_ACCOUNT } from "../pact/workbench.ts";
import { INEXPRESSIBLE, requestOf } from "../sdk/executor.ts";
import { createSimulator } from "../sim/simulator.ts";
import { DEFAULT_LIMITED_KEY } from "../sim/state.ts";
import { listCases, type SuiteCase } from "../suites-kit/cases.ts";
import { fillParams } from "../suites-kit/execute.ts";
import { planRequest, type RequestPlan } from "../suites-kit/request-plan.ts";
import type { Fixtures } from "../suites-kit/target.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Credentials } from "../surfaces/types.ts";
import { controlPlaneReason, limitedKeyReason, MUTATIONS } from "./registry.ts";

const NOW = Date.parse(GENERATED_AT);
const TOKEN = "token-of-the-test";
/** The limited key pact generation signs with (the simulator's default one). */
const LIMITED: Credentials = {
  accessKeyId: DEFAULT_LIMITED_KEY.accessKeyId,
  secret: DEFAULT_LIMITED_KEY.secret,
};
const TRANSPORT = new Set(["host", "content-length", "connection", "user-agent"]);

/** What a mode sends for a case, comparable across modes. */
interface Sent {
  /** The judged request as the surface's codec encodes it, without what the signer writes. */
  request: unknown;
  /** The target's verdict on its signature ("ok", or the refusal's code). */
  signature: string;
  /** The calls around it. */
  play: unknown;
}

/** A request, unsigned, with the client token's value masked (each mode draws its own). */
function view(surface: Surface, req: WireRequest, tokenParam: string | undefined): unknown {
  const plain = stripSigning(surface, req);
  const mask = ([k, v]: [string, unknown]) => [k, k === tokenParam ? "<token>" : v];
  const json = /json/i.test(plain.headers["content-type"] ?? "") && plain.body !== "";
  return {
    method: plain.method,
    path: decodeURIComponent(rawPath(plain.url)),
    query: (parseForm(rawQuery(plain.url)) ?? []).map(mask).sort(),
    headers: Object.entries(plain.headers)
      .filter(([k]) => !TRANSPORT.has(k))
      .sort(),
    body: json
      ? Object.fromEntries(Object.entries(JSON.parse(plain.body) as object).map(mask))
      : (parseForm(plain.body) ?? []).map(mask).sort(),
  };
}

/** Encode `params` as the client does, change the wire, sign. */
function signed(
  surface: Surface,
  c: SuiteCase,
  region: string,
  params: Record<string, unknown>,
  credentials: Credentials,
  clock: Clock,
  transform?: (r: WireRequest) => WireRequest,
): WireRequest {
  const m = surfaceModule(surface);
  const encoded = m.codec.encodeRequest(c.ruleCase.operation, params, { region, host: m.defaults.host });
  const wire = transform ? transform(encoded) : encoded;
  return m.signer.sign(wire, { credentials, clock, random: seededRandom(1), region });
}

function verdict(surface: Surface, req: WireRequest): string {
  const outcome = surfaceModule(surface).signer.verify(req, {
    lookupSecret: (id) => [PACT_ACCOUNT, LIMITED].find((k) => k.accessKeyId === id)?.secret,
    clock: fixedClock(NOW),
  });
  // Which key signed matters too: the account's, or its limited key.
  return outcome.ok ? `ok by ${outcome.accessKeyId}` : outcome.error.code;
}

const withoutToken = (params: Record<string, unknown> | undefined, token: string | undefined) =>
  params && Object.fromEntries(Object.entries(params).filter(([k]) => k !== token));

/** What the suites send for `c` (the plan `execute.ts` sends). */
function suiteSent(c: SuiteCase, f: Fixtures, plan: RequestPlan): Sent {
  const play = plan.perturbation.play;
  const token = play.kind === "token-reuse" ? play.tokenParam : undefined;
  const req = signed(
    c.surface,
    c,
    f.region,
    plan.params,
    plan.credentials,
    plan.clock ?? fixedClock(NOW),
    plan.transform,
  );
  return {
    request: view(c.surface, req, token),
    signature: verdict(c.surface, req),
    play: { ...play, ...(token ? { earlier: withoutToken(plan.earlierParams, token) } : {}) },
  };
}

/** What SDK mode hands the SDK for `c` (encoded by our codec, as the SDK would put it on the wire). */
function sdkSent(c: SuiteCase, f: Fixtures, index: number): Sent {
  const r = requestOf(c, f, PACT_ACCOUNT, { index, token: TOKEN }, LIMITED);
  const play = r.perturbation.play;
  const token = play.kind === "token-reuse" ? play.tokenParam : undefined;
  const req = signed(c.surface, c, f.region, r.params, r.credentials, fixedClock(NOW));
  return {
    request: view(c.surface, req, token),
    signature: verdict(c.surface, req),
    play: { ...play, ...(token ? { earlier: withoutToken(r.earlierParams, token) } : {}) },
  };
}

/** What the pact holds for `c`: its concrete request, and the calls its provider states stand for. */
function pactSent(c: SuiteCase, f: Fixtures, i: InteractionDef): Sent {
  const state = (key: string) => i.states.find((s: ProviderState) => key in s.params)?.params;
  const signing = state("signing") as { signing: string } | undefined;
  const reuse = state("clientToken") as ClientTokenState | undefined;
  const filled = fillParams(c, f);
  if ("missing" in filled) throw new Error(filled.missing);
  let play: unknown = { kind: "single" };
  if (signing?.signing === "replayed-nonce") play = { kind: "resend-signed" };
  if (state("rateExhausted")) play = { kind: "burst" };
  if (reuse) {
    // The earlier call exactly as the provider's state set-up makes it (src/pact/provider.ts).
    const earlier = earlierCall(c.surface, reuse, filled.params, f.roles);
    play = {
      kind: "token-reuse",
      variant: reuse.clientToken,
      tokenParam: reuse.tokenParam,
      earlier: earlier.params,
      before: earlier.before,
    };
  }
  return {
    request: view(c.surface, i.concrete, reuse?.tokenParam),
    signature: verdict(c.surface, i.concrete),
    play,
  };
}

const cases = listCases().filter((c) => c.ruleCase.mutate !== undefined);
const fixtures = new Map<Surface, Fixtures>();
const interactions = new Map<string, InteractionDef>();

beforeAll(async () => {
  // The fixtures pact generation uses (a simulator of seed 1).
  const sim = createSimulator({ seed: 1 });
  for (const surface of SURFACES) {
    const res = await sim.handleWire({
      method: "GET",
      url: `/_sim/fixtures?surface=${surface}`,
      headers: {},
      body: "",
    });
    if (res === "drop") throw new Error("dropped");
    fixtures.set(surface, JSON.parse(res.body) as Fixtures);
    for (const i of (await buildInteractions(surface)).interactions) interactions.set(i.meta.id, i);
  }
}, 120_000);

const suitePlan = (c: SuiteCase, f: Fixtures, pick: number) => {
  const filled = fillParams(c, f);
  if ("missing" in filled) throw new Error(filled.missing);
  return planRequest(c, filled.params, f, { extras: {}, token: TOKEN, pick }, PACT_ACCOUNT, NOW, LIMITED);
};

describe("every mutated case means one perturbation in every mode", () => {
  it("covers the catalogue", () => {
    expect(cases.length).toBeGreaterThan(40);
    expect(new Set(cases.map((c) => c.ruleCase.mutate?.kind)).size).toBe(Object.keys(MUTATIONS).length);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const f = fixtures.get(c.surface) as Fixtures;
    const suite = suiteSent(c, f, suitePlan(c, f, 0));
    const pact = interactions.get(c.id);
    expect(pact, `${c.id}: the pact has no interaction`).toBeDefined();
    expect(pactSent(c, f, pact as InteractionDef), `${c.id}: pact`).toEqual(suite);
    // A verifier without a control plane skips exactly what the suites skip on such a target.
    const control = controlPlaneReason(c.ruleCase.mutate?.kind);
    expect(pact?.states.some(needsControl), `${c.id}: control plane`).toBe(control !== undefined);
    // ... and exactly what they skip on a target without the account's limited key.
    const limited = limitedKeyReason(c.ruleCase.mutate?.kind);
    expect(
      pact?.states.map(limitedKeyNeed).find((r) => r !== undefined),
      `${c.id}: limited key`,
    ).toBe(limited);
    const cannot = INEXPRESSIBLE[c.ruleCase.mutate?.kind ?? ""];
    if (cannot !== undefined) {
      // SDK mode skips the case with this reason (src/sdk/adapters.test.ts); it cannot plan it.
      expect(cannot).toMatch(/^the SDK .+: it cannot /);
      expect(() => requestOf(c, f, PACT_ACCOUNT, { index: 0, token: TOKEN })).toThrow(/cannot send/);
    } else {
      expect(sdkSent(c, f, 0), `${c.id}: SDK mode`).toEqual(suite);
    }
  });

  it("makes the same choice among equals for the same index (suites' pick, SDK mode's run index)", () => {
    const omits = cases.filter((c) => c.ruleCase.mutate?.kind === "param.omit" && !c.ruleCase.mutate.param);
    expect(omits.length).toBeGreaterThan(0);
    for (const c of omits) {
      const f = fixtures.get(c.surface) as Fixtures;
      const requests = new Set<string>();
      for (const index of [0, 1, 2, 3]) {
        const suite = suiteSent(c, f, suitePlan(c, f, index));
        expect(sdkSent(c, f, index), `${c.id} #${index}`).toEqual(suite);
        requests.add(JSON.stringify(suite.request));
      }
      expect(requests.size, `${c.id}: the index chooses`).toBeGreaterThan(1);
    }
  });
});

describe("the comparison notices a mode that deviates", () => {
  const deviations: [string, string, (plan: RequestPlan) => RequestPlan][] = [
    [
      "another omitted parameter",
      "tencent-v2/param.required#1",
      (p) => ({ ...p, params: { ...p.params, vpcId: undefined } }),
    ],
    [
      "a malformed id left well-formed",
      "tencent-v3/param.id-format#1",
      (p) => ({ ...p, params: { ...p.params, NetworkInterfaceId: "eni-12345678" } }),
    ],
    ["the action not renamed", "aliyun-ecs/action.known#1", ({ transform: _t, ...p }) => p],
    ["signed by the account", "jdcloud-vm/auth.key-known#1", (p) => ({ ...p, credentials: PACT_ACCOUNT })],
    ["a fresh timestamp", "tencent-v2/auth.timestamp-fresh#1", ({ clock: _c, ...p }) => p],
    [
      "the same parameters twice",
      "tencent-v3/idempotency.client-token#2",
      (p) => ({ ...p, earlierParams: p.params }),
    ],
  ];
  it.each(deviations)("%s (%s)", (_name, id, deviate) => {
    const c = cases.find((x) => x.id === id) as SuiteCase;
    const f = fixtures.get(c.surface) as Fixtures;
    const plan = suitePlan(c, f, 0);
    const pact = pactSent(c, f, interactions.get(id) as InteractionDef);
    expect(pact).toEqual(suiteSent(c, f, plan));
    expect(pact).not.toEqual(suiteSent(c, f, deviate(plan)));
  });
});
