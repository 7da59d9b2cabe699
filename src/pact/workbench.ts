/**
 * The workbench pact generation answers its example requests on: an in-process simulator at a fixed
 * time and seed, set up by the same state code (`provider.ts`) a verifier uses, so every generated
 * interaction is played once before it is written.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { fixedClock, seededRandom } from "../core/clock.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { inProcess } from "../sim/in-process.ts";
import { createSimulator } from "../sim/simulator.ts";
import { DEFAULT_LIMITED_KEY } from "../sim/state.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Credentials } from "../surfaces/types.ts";
import { type ProviderEnv, StateRunner } from "./provider.ts";
import type { ProviderState } from "./states.ts";

/** The default account of the simulator (key id only goes into pacts; the secret never does). */
export const PACT_ACCOUNT: Credentials = { accessKeyId: "AKIDtest", secret: "testkey" };
/** The default account's limited key on the simulator (a read-only second key of PACT_ACCOUNT). */
const PACT_LIMITED_KEY: Credentials = {
  accessKeyId: DEFAULT_LIMITED_KEY.accessKeyId,
  secret: DEFAULT_LIMITED_KEY.secret,
};
/** The time example requests are signed at, so pact files are the same on every generation. */
export const GENERATED_AT = "2026-01-01T00:00:00Z";

/** Everything needed to build a surface's interactions: an in-process simulator and its state runner. */
export class Workbench {
  readonly sim = createSimulator({ seed: 1 });
  readonly clock = fixedClock(GENERATED_AT);
  readonly random = seededRandom(7);
  readonly runner: StateRunner;
  private fixtureCache = new Map<Surface, { region: string; roles: Record<string, string> }>();

  constructor() {
    const { send: handle, control } = inProcess(this.sim);
    const env: ProviderEnv = {
      control,
      send: handle,
      fixtures: async (surface) => {
        const hit = this.fixtureCache.get(surface);
        if (hit) return hit;
        const f = (await control("GET", `/_sim/fixtures?surface=${surface}`)) as {
          region: string;
          roles: Record<string, string>;
        };
        this.fixtureCache.set(surface, f);
        return f;
      },
      credentials: () => PACT_ACCOUNT,
      limitedCredentials: () => PACT_LIMITED_KEY,
      host: (surface) => surfaceModule(surface).defaults.host,
      clock: this.clock,
      random: this.random,
    };
    this.runner = new StateRunner(env);
    this.env = env;
  }
  readonly env: ProviderEnv;

  async start(): Promise<void> {
    await this.env.control?.("PUT", "/_sim/clock", { now: GENERATED_AT });
    await this.runner.init();
  }

  /** Set up the states, sign and send the request as a verifier would; the answer and injected values. */
  async play(
    surface: Surface,
    states: ProviderState[],
    build: (values: Record<string, string>) => WireRequest,
  ): Promise<{ request: WireRequest; response: WireResponse }> {
    await this.runner.beforeEach();
    await this.env.control?.("PUT", "/_sim/clock", { now: GENERATED_AT });
    const values: Record<string, string> = {};
    for (const s of states) Object.assign(values, await this.runner.setup(surface, s));
    const { request, replayFirst } = await this.runner.sign(surface, build(values));
    if (replayFirst) await this.env.send(request);
    return { request, response: await this.env.send(request) };
  }
}
