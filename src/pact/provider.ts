/**
 * Setting up the provider states of the generated pacts, and signing the requests that follow them.
 * The same code serves generation (an in-process simulator answers each interaction's example
 * request, so every pact is checked against the catalogue before it is written) and verification
 * (a simulator or URL target behind pact's Verifier). A state is reached through the control plane
 * (`/_sim/reset`, `/_sim/faults`, `/_sim/progress`, `/_sim/clock`), through fixture roles, and through
 * earlier signed calls; what cannot be reached on a target is reported, never faked.
 */

import type { Surface } from "../contracts/surfaces.ts";
import type { Clock, Random } from "../core/clock.ts";
import { SuiteError } from "../core/errors.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { applyEdits } from "../mutations/apply.ts";
import { perturbationOf } from "../mutations/registry.ts";
import { clockFor, credentialsFor } from "../mutations/signing.ts";
import type { EarlierCall } from "../mutations/types.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Credentials } from "../surfaces/types.ts";
import type { ProviderState, StateParams } from "./states.ts";
import { resign } from "./wire-fields.ts";

/** The fixture roles of a surface (the shape of `GET /_sim/fixtures`). */
export interface RoleFixtures {
  region: string;
  roles: Record<string, string>;
}

/** Where states are set up and requests are sent. */
export interface ProviderEnv {
  /** The control plane, when the provider has one. */
  control?: (method: "GET" | "POST" | "PUT", path: string, body?: unknown) => Promise<unknown>;
  /** Send one signed vendor request. */
  send(req: WireRequest): Promise<WireResponse>;
  fixtures(surface: Surface): Promise<RoleFixtures | undefined>;
  credentials(surface: Surface): Credentials;
  /** The account's limited key (a second key whose policy does not grant the call), if the provider has one. */
  limitedCredentials(surface: Surface): Credentials | undefined;
  /** The Host header requests of a surface are signed for. */
  host(surface: Surface): string;
  clock: Clock;
  random: Random;
}

/** How the next request is signed (set by a signing state, cleared when used). */
export type SigningMode =
  | "account"
  | "wrong-secret"
  | "unknown-key"
  | "stale-timestamp"
  | "limited-key"
  | "replayed-nonce";

/** The provider side of the pact states for one target. */
export class StateRunner {
  private mode: SigningMode = "account";
  private initialProgress: unknown;
  private initialFaults: unknown;

  constructor(private readonly env: ProviderEnv) {}

  /** Remember the control plane's settings so every interaction starts from them. */
  async init(): Promise<void> {
    if (!this.env.control) return;
    this.initialProgress = await this.env.control("GET", "/_sim/progress");
    this.initialFaults = await this.env.control("GET", "/_sim/faults");
  }

  /** Before each interaction: the seed world, the initial faults and progress, the real clock. */
  async beforeEach(): Promise<void> {
    this.mode = "account";
    await this.restore();
  }

  /** Back to the seed world with the settings `init` found (a no-op without a control plane). */
  async restore(): Promise<void> {
    const control = this.env.control;
    if (!control) return;
    await control("POST", "/_sim/reset");
    await control("PUT", "/_sim/clock", { real: true });
    if (this.initialFaults !== undefined) await control("PUT", "/_sim/faults", this.initialFaults);
    const p = this.initialProgress as { kind: string; polls?: number; ms?: number } | undefined;
    if (p) {
      await control(
        "PUT",
        "/_sim/progress",
        p.kind === "immediate" ? "immediate" : p.kind === "polls" ? { polls: p.polls } : { ms: p.ms },
      );
    }
  }

  /** Set up one state of an interaction on `surface`; resolves to the values it injects. */
  async setup(surface: Surface, state: ProviderState): Promise<Record<string, string>> {
    const p: StateParams = state.params;
    if ("roles" in p) return this.roleValues(surface, p.roles);
    if ("signing" in p) {
      this.mode = p.signing;
      return {};
    }
    if ("rateExhausted" in p) {
      const control = this.requireControl(state);
      const params = await this.roleValues(surface, p.given);
      await control("PUT", "/_sim/faults", { throttle: { [`${surface}/${p.rateExhausted}`]: 1 } });
      // A fixed clock keeps the one-second window from passing before the interaction's request.
      await control("PUT", "/_sim/clock", { now: new Date(this.env.clock.now()).toISOString() });
      const spent = await this.call(surface, p.rateExhausted, params);
      const outcome = surfaceModule(surface).codec.decodeResponse(p.rateExhausted, spent);
      if (outcome.kind === "malformed")
        throw new SuiteError("ENIC_BAD_RESPONSE", `spending the rate limit: ${outcome.reason}`);
      return {};
    }
    if ("clientToken" in p) return this.clientToken(surface, state, p);
    throw new SuiteError("ENIC_CONFIG", `unknown provider state "${state.name}"`);
  }

  /** After the interaction's request was sent: the next one is signed normally again. */
  consumeMode(): SigningMode {
    const m = this.mode;
    this.mode = "account";
    return m;
  }

  /** Sign `req` for `surface` afresh as the current signing mode says (the mode is used up). */
  async sign(surface: Surface, req: WireRequest): Promise<{ request: WireRequest; replayFirst: boolean }> {
    const mode = this.consumeMode();
    const fixtures = await this.env.fixtures(surface);
    const account = this.env.credentials(surface);
    // How a signing state signs is the mutation registry's (src/mutations/signing.ts).
    const signing = mode === "replayed-nonce" ? "account" : mode;
    const credentials = credentialsFor(signing, account, this.env.limitedCredentials(surface));
    const clock = clockFor(signing, this.env.clock.now()) ?? this.env.clock;
    const request = resign(
      surface,
      { ...req, headers: { ...req.headers, host: this.env.host(surface) } },
      {
        credentials,
        clock,
        random: this.env.random,
        region: fixtures?.region ?? surfaceModule(surface).defaults.region,
      },
    );
    return { request, replayFirst: mode === "replayed-nonce" };
  }

  private requireControl(state: ProviderState) {
    const control = this.env.control;
    if (!control)
      throw new SuiteError("ENIC_CONFIG", `"${state.name}" needs the target's control plane (/_sim/)`);
    return control;
  }

  private async roleValues(surface: Surface, roles: Record<string, string>): Promise<Record<string, string>> {
    const fixtures = await this.env.fixtures(surface);
    if (!fixtures) throw new SuiteError("ENIC_FIXTURE_MISSING", `no fixtures for ${surface}`);
    const out: Record<string, string> = {};
    for (const [param, role] of Object.entries(roles)) {
      const id = fixtures.roles[role];
      if (id === undefined)
        throw new SuiteError("ENIC_FIXTURE_MISSING", `fixture role ${role} of ${surface} is missing`);
      out[param] = id;
    }
    return out;
  }

  /** Encode, sign and send one call (for setting a state up). */
  private async call(
    surface: Surface,
    operation: string,
    params: Record<string, unknown>,
  ): Promise<WireResponse> {
    const m = surfaceModule(surface);
    const fixtures = await this.env.fixtures(surface);
    const region = fixtures?.region ?? m.defaults.region;
    const encoded = m.codec.encodeRequest(operation, params, { region, host: this.env.host(surface) });
    const signed = m.signer.sign(encoded, {
      credentials: this.env.credentials(surface),
      clock: this.env.clock,
      random: this.env.random,
      region,
    });
    return this.env.send(signed);
  }

  private async clientToken(
    surface: Surface,
    state: ProviderState,
    p: ClientTokenState,
  ): Promise<Record<string, string>> {
    const control = this.requireControl(state);
    const params: Record<string, unknown> = await this.roleValues(surface, p.given);
    const token = this.env.random.uuid();
    const fixtures = await this.env.fixtures(surface);
    const earlier = earlierCall(surface, p, params, fixtures?.roles ?? {});
    if (earlier.before.state === "completed") await control("PUT", "/_sim/progress", "immediate");
    if (earlier.before.state === "in-flight")
      await control("PUT", "/_sim/progress", { polls: earlier.before.polls });
    const first = await this.call(surface, p.operation, { ...earlier.params, [p.tokenParam]: token });
    const outcome = surfaceModule(surface).codec.decodeResponse(p.operation, first);
    if (outcome.kind !== "success") {
      throw new SuiteError(
        "ENIC_BAD_RESPONSE",
        `the earlier ${p.operation} call did not succeed: ${outcome.kind === "error" ? outcome.code : outcome.reason}`,
      );
    }
    return { [p.tokenParam]: token };
  }
}

/** The params of a client-token state. */
export type ClientTokenState = Extract<StateParams, { clientToken: string }>;

/**
 * The earlier call a client-token state makes (without its token): the state's given parameters
 * (`filled` with the fixture ids) changed as the mutation registry's token reuse says, and what
 * must have become of it before the interaction's request.
 */
export function earlierCall(
  surface: Surface,
  p: ClientTokenState,
  filled: Record<string, unknown>,
  roles: Readonly<Record<string, string>>,
): { params: Record<string, unknown>; before: EarlierCall } {
  const { play } = perturbationOf({
    surface,
    ruleCase: {
      operation: p.operation,
      given: p.given,
      mutate: { kind: `idempotency.token-reused-${p.clientToken}` },
    },
    params: filled,
    roles,
    pick: 0,
  });
  if (play.kind !== "token-reuse")
    throw new SuiteError("ENIC_INTERNAL", `client token state ${p.clientToken}: no token reuse`);
  return { params: applyEdits(filled, play.earlier), before: play.before };
}
