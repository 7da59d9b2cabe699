/**
 * Model-based suite (fc.commands): random sequences of attach, detach, describe and task polling
 * against the target, compared with a small reference model of what the documents promise for the
 * fixture roles — an available secondary ENI attaches to a running or stopped instance of its zone
 * and VPC, an attached ENI refuses a second instance, a detached one can be attached again, and
 * describe (after polling to completion) shows where each ENI is. Needs a control plane to start
 * every sequence from the seed world; skipped with the reason otherwise.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Client } from "../src/client/client.ts";
import { defaultRunConfig } from "../src/config/load.ts";
import type { Surface } from "../src/contracts/surfaces.ts";
import { PROVIDED_CONFIG } from "../src/engine/vitest-context.ts";
import { suiteCatalogue } from "../src/suites-kit/cases.ts";
import { READERS } from "../src/suites-kit/readback.ts";
import { createTarget, type Fixtures, type Target } from "../src/suites-kit/target.ts";
import { surfaceModule } from "../src/surfaces/registry.ts";

const config = inject(PROVIDED_CONFIG) ?? defaultRunConfig();
let target: Target;
beforeAll(async () => {
  target = await createTarget(config);
});
afterAll(async () => target?.close());

/** True when a documented rule of the surface refuses attaching the fixture of `role`. */
function refusesRole(surface: Surface, role: string): boolean {
  return suiteCatalogue().rules.some((r) =>
    r.surfaces[surface]?.cases.some(
      (c) => c.expect === "error" && !c.mutate && Object.values(c.given).includes(role),
    ),
  );
}

const ENIS = ["eni.available", "eni.attached", "eni.no-security-group"] as const;
const INSTANCES = ["instance.running", "instance.stopped", "instance.holder", "instance.pending"] as const;
/** Instances the documents let an ENI of the main zone and VPC attach to (all surfaces). */
const TARGETS = new Set(["instance.running", "instance.stopped", "instance.holder"]);

interface Ref {
  /** ENI role → instance role it is on (the seed: eni.attached on instance.holder). */
  on: Map<string, string | undefined>;
}
interface Real {
  surface: Surface;
  client: Client<Surface>;
  f: Fixtures;
}

async function settle(real: Real, eniRole: string): Promise<string | undefined> {
  const id = real.f.roles[eniRole] as string;
  let view = await READERS[real.surface].eni(real.client, real.f.region, id);
  for (let i = 0; i < 6 && !view.settled; i++)
    view = await READERS[real.surface].eni(real.client, real.f.region, id);
  // Tencent v2 and JD show an attachment only once settled: one more read moves a pending task on.
  const again = await READERS[real.surface].eni(real.client, real.f.region, id);
  const roleOf = Object.entries(real.f.roles).find(([, v]) => v === again.instanceId)?.[0];
  return roleOf;
}

class Attach implements fc.AsyncCommand<Ref, Real> {
  constructor(
    readonly eni: string,
    readonly inst: string,
  ) {}
  check = () => true;
  async run(ref: Ref, real: Real): Promise<void> {
    const call = surfaceModule(real.surface).stateCalls;
    const r = await real.client.callRaw(
      call.attach,
      call.params(real.f, real.f.roles[this.eni] as string, real.f.roles[this.inst] as string),
    );
    const expected =
      ref.on.get(this.eni) === undefined && this.eni !== "eni.no-security-group" && TARGETS.has(this.inst);
    // eni.no-security-group only breaks a rule where the surface's catalogue says so.
    if (this.eni === "eni.no-security-group" && !refusesRole(real.surface, this.eni)) {
      if ("data" in r) ref.on.set(this.eni, this.inst);
      return;
    }
    expect("data" in r, `${this}: ${JSON.stringify("error" in r ? r.error : r)}`).toBe(expected);
    if ("data" in r) ref.on.set(this.eni, this.inst);
  }
  toString = () => `attach(${this.eni}, ${this.inst})`;
}

class Detach implements fc.AsyncCommand<Ref, Real> {
  constructor(readonly eni: string) {}
  check = (ref: Readonly<Ref>) => ref.on.get(this.eni) !== undefined;
  async run(ref: Ref, real: Real): Promise<void> {
    const call = surfaceModule(real.surface).stateCalls;
    const inst = ref.on.get(this.eni) as string;
    await settle(real, this.eni);
    const r = await real.client.callRaw(
      call.detach,
      call.params(real.f, real.f.roles[this.eni] as string, real.f.roles[inst] as string),
    );
    expect("data" in r, `${this}: ${JSON.stringify("error" in r ? r.error : r)}`).toBe(true);
    ref.on.set(this.eni, undefined);
  }
  toString = () => `detach(${this.eni})`;
}

class Describe implements fc.AsyncCommand<Ref, Real> {
  constructor(readonly eni: string) {}
  check = () => true;
  async run(ref: Ref, real: Real): Promise<void> {
    expect(await settle(real, this.eni), `describe(${this.eni})`).toBe(ref.on.get(this.eni));
  }
  toString = () => `describe(${this.eni})`;
}

const commands = [
  fc.tuple(fc.constantFrom(...ENIS), fc.constantFrom(...INSTANCES)).map(([e, i]) => new Attach(e, i)),
  fc.constantFrom(...ENIS).map((e) => new Detach(e)),
  fc.constantFrom(...ENIS).map((e) => new Describe(e)),
];

describe.each(config.surfaces)("model-based sequences on %s", (surface) => {
  it("the target agrees with the reference model over random attach/detach/describe sequences", async (ctx) => {
    if (!target.hasControl) ctx.skip("needs a control plane to start each sequence from the seed world");
    const f = (await target.fixtures(surface)) as Fixtures;
    const client = target.client(surface, f.region);
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 8 }), async (cmds) => {
        await target.control("POST", "/_sim/reset");
        const ref: Ref = { on: new Map<string, string | undefined>([["eni.attached", "instance.holder"]]) };
        await fc.asyncModelRun(() => ({ model: ref, real: { surface, client, f } }), cmds);
      }),
      { numRuns: Math.max(10, config.runs * 5), seed: config.seed, interruptAfterTimeLimit: 30_000 },
    );
  });
});
