/**
 * The example exchange of every rule case, captured when the site is built: the case's request
 * filled from the simulator's fixture roles, perturbed as the mutation registry says, signed by the
 * surface's own signer with placeholder credentials at a fixed time, and sent to an in-process
 * simulator that knows those credentials; its answer is kept as it came. Provider states (a signing
 * mode, a used-up rate limit, an earlier call with the same client token) are set up by the same
 * code pact verification uses (`src/pact/provider.ts`), so a case means one request everywhere.
 * Fixed clock and seeds: two builds capture the same bytes.
 */
import type { Catalogue } from "../contracts/model.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { fixedClock, seededRandom } from "../core/clock.ts";
import { SuiteError } from "../core/errors.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { applyEdits, wireTransform } from "../mutations/apply.ts";
import { perturbationOf } from "../mutations/registry.ts";
import { type ProviderEnv, type RoleFixtures, StateRunner } from "../pact/provider.ts";
import { mutationState, roleStates } from "../pact/states.ts";
import { inProcess } from "../sim/in-process.ts";
import { createSimulator } from "../sim/simulator.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Credentials } from "../surfaces/types.ts";

/** The placeholder account the examples are signed with (the secret never appears on the site). */
export const EXAMPLE_ACCOUNT: Credentials = { accessKeyId: "AKIDEXAMPLE", secret: "example-secret-not-real" };
/** Its limited second key (read-only), for the cases that sign with the account's limited key. */
const EXAMPLE_LIMITED: Credentials = {
  accessKeyId: "AKIDEXAMPLELIMITED",
  secret: "example-limited-secret-not-real",
};
/** The time every example is signed at and the simulator's clock stands at. */
export const SIGNED_AT = "2026-01-01T00:00:00Z";

/** One case's example: the signed request, the simulator's answer, and the states set up before it. */
export interface CapturedCase {
  request: WireRequest;
  response: WireResponse;
  /** The preconditions, in words (provider-state sentences). */
  states: string[];
  /** True when the identical request was sent once before (a replayed nonce). */
  replayed: boolean;
}

/** Case id (`<surface>/<rule>#<n>`) → its captured example. */
export type Captures = Map<string, CapturedCase>;

/** Capture the example exchange of every case of every rule on `surfaces`. */
export async function captureCases(catalogue: Catalogue, surfaces: readonly Surface[]): Promise<Captures> {
  const sim = createSimulator({
    seed: 1,
    accounts: [
      { accessKeyId: EXAMPLE_ACCOUNT.accessKeyId, secret: EXAMPLE_ACCOUNT.secret },
      { ...EXAMPLE_LIMITED, allow: "read", owner: EXAMPLE_ACCOUNT.accessKeyId },
    ],
  });
  const clock = fixedClock(SIGNED_AT);
  const { send, control } = inProcess(sim, { remoteAddress: "127.0.0.1" });
  const fixtures = new Map<Surface, RoleFixtures>();
  for (const s of surfaces)
    fixtures.set(s, (await control("GET", `/_sim/fixtures?surface=${s}`)) as RoleFixtures);
  const env: ProviderEnv = {
    control,
    send,
    fixtures: async (s) => fixtures.get(s),
    credentials: () => EXAMPLE_ACCOUNT,
    limitedCredentials: () => EXAMPLE_LIMITED,
    host: (s) => surfaceModule(s).defaults.host,
    clock,
    random: seededRandom(7),
  };
  const runner = new StateRunner(env);
  await control("PUT", "/_sim/clock", { now: SIGNED_AT });
  await runner.init();
  const out: Captures = new Map();
  for (const surface of surfaces) {
    const m = surfaceModule(surface);
    const f = fixtures.get(surface) as RoleFixtures;
    for (const rule of catalogue.rules) {
      for (const [i, rc] of (rule.surfaces[surface]?.cases ?? []).entries()) {
        const id = `${surface}/${rule.id}#${i + 1}`;
        const params: Record<string, unknown> = {};
        for (const [param, role] of Object.entries(rc.given)) {
          const value = f.roles[role];
          if (value === undefined) throw new SuiteError("ENIC_FIXTURE_MISSING", `${id}: no fixture ${role}`);
          params[param] = value;
        }
        // One fixed choice among equals, as the pacts show: the first.
        const perturbation = perturbationOf({ surface, ruleCase: rc, params, roles: f.roles, pick: 0 });
        const action = m.operations.find((o) => o.operation === rc.operation)?.action ?? rc.operation;
        const states = roleStates(rc.given);
        const extra = mutationState(perturbation, rc, action);
        if (extra) states.push(extra);
        await runner.beforeEach();
        await control("PUT", "/_sim/clock", { now: SIGNED_AT });
        const values: Record<string, string> = {};
        for (const s of states) Object.assign(values, await runner.setup(surface, s));
        const sent = applyEdits(params, perturbation.edits);
        const play = perturbation.play;
        if (play.kind === "token-reuse") {
          const token = values[play.tokenParam];
          if (token === undefined) throw new SuiteError("ENIC_CONFIG", `${id}: no client token was set up`);
          sent[play.tokenParam] = token;
        }
        const encoded = m.codec.encodeRequest(rc.operation, sent, {
          region: f.region,
          host: m.defaults.host,
        });
        const unsigned = perturbation.wire ? wireTransform(perturbation.wire)(encoded) : encoded;
        const { request, replayFirst } = await runner.sign(surface, unsigned);
        if (replayFirst) await send(request);
        const response = await send(request);
        out.set(id, {
          request,
          response,
          states: states.map((s) =>
            s.name.replace(/\$\{(\w+)\}/g, (_, p: string) => String(values[p] ?? params[p] ?? p)),
          ),
          replayed: replayFirst,
        });
      }
    }
  }
  await runner.restore();
  return out;
}
