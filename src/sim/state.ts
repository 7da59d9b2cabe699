/**
 * The mutable state of a simulator, shared by its vendor handler (simulator.ts) and its control
 * plane (control.ts): the accounts, the per-account worlds seeded on first use, the clock, async
 * progress, faults, enabled deviations, nonce memories, throttling windows and the request journal.
 * Its own module so that the handler and the control plane both depend on it, not on each other.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { type Clock, fixedClock, type Random, seededRandom, systemClock } from "../core/clock.ts";
import { SuiteError } from "../core/errors.ts";
import type { Progress } from "../model/transitions.ts";
import { type Cloud, liveWorld, type World } from "../model/world.ts";
import { SURFACE_MODULES } from "../surfaces/registry.ts";
import { createNonceStore, type NonceStore } from "../surfaces/shared/nonce-store.ts";
import type { Allow } from "./access.ts";
import { SIM_CLOUDS, seedWorldOf } from "./adapters/registry.ts";
import { type Deviation, deviationCatalogue } from "./deviations.ts";
import { DEFAULT_FAULTS, type Faults, type WindowCounter } from "./faults.ts";
import { DEFAULT_JOURNAL_SIZE, Journal } from "./journal.ts";

/**
 * A key the simulator knows: key id, secret and what its policy allows (default: all). A key with
 * an `owner` is a second key of that account (a RAM user's, a CAM sub-account's, an IAM
 * sub-user's): it acts on the owner's world, under its own policy.
 */
export interface Account {
  accessKeyId: string;
  secret: string;
  allow?: Allow;
  /** The key id of the account whose world this key acts on (absent: its own). */
  owner?: string;
}

/** The documented default test account (the dummy key the official-SDK captures use). */
export const DEFAULT_ACCOUNT: Account = { accessKeyId: "AKIDtest", secret: "testkey" };

/**
 * The default account's limited key: a second key of `AKIDtest` whose policy allows only the calls
 * that change nothing (a read-only RAM user, CAM sub-account or IAM sub-user). The cases of rule
 * `auth.permitted` sign with it on the embedded simulator.
 */
export const DEFAULT_LIMITED_KEY: Account = {
  accessKeyId: "AKIDtestlimited",
  secret: "testkey-limited",
  allow: "read",
  owner: DEFAULT_ACCOUNT.accessKeyId,
};

/** Options of a simulator. */
export interface SimulatorOptions {
  accounts?: Account[];
  /** Seed of request ids and fault draws (default 1). */
  seed?: number;
  /** Async progress of attach/detach/migrate (default: settles on the second poll). */
  progress?: Progress;
  /** Deviation ids to enable from the start. */
  deviations?: string[];
  /** Seed worlds to use instead of the built-in ones, per cloud. */
  worlds?: Partial<Record<Cloud, World>>;
  /**
   * Seed worlds as JSON text, `{"tencent": World, ...}` (the `--world FILE` option): instead of
   * `worlds`, for large worlds — the simulator keeps the text as the seed and uses the objects it
   * parsed from it as the first live worlds, so a world is held once as objects.
   */
  worldsJson?: string;
  /** Largest request body accepted, bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Start with the `vary` fault on (answers varied as the real gateways vary them; `sim --vary`). */
  vary?: boolean;
  /** Requests the journal keeps per account (default 10,000; `sim --journal-size`). */
  journalSize?: number;
}

/**
 * Parse seed worlds from JSON text `{"<cloud>": World, ...}`; throws SuiteError ENIC_CONFIG on a key
 * that is not a cloud of the adapters.
 */
function parseWorldsJson(text: string): Partial<Record<Cloud, World>> {
  const data = JSON.parse(text) as Record<string, World>;
  const out: Partial<Record<Cloud, World>> = {};
  const names = `${SIM_CLOUDS.slice(0, -1).join(", ")} or ${SIM_CLOUDS.at(-1)}`;
  for (const [cloud, world] of Object.entries(data)) {
    if (!SIM_CLOUDS.includes(cloud) || world?.cloud !== cloud) {
      throw new SuiteError(
        "ENIC_CONFIG",
        `--world: key ${cloud} must be ${names} and match the world's "cloud"`,
      );
    }
    out[cloud as Cloud] = liveWorld(world);
  }
  return out;
}

/** The mutable state of a simulator, shared by the vendor handler and the control plane. */
export class SimulatorState {
  readonly accounts: Account[];
  readonly maxBodyBytes: number;
  clock: Clock & { real?: boolean };
  progress: Progress;
  faults: Faults = { ...DEFAULT_FAULTS };
  enabled = new Set<string>();
  readonly random: Random;
  /** The requests answered, per account (journal.ts). */
  readonly journal: Journal;
  private readonly worlds = new Map<string, World>();
  /**
   * The seed worlds given in the options, kept as JSON text (`{"<cloud>": World}`, possibly with
   * other clouds) rather than as a second object graph next to the live worlds: a 100,000-ENI world
   * is held once as objects, and a world seeded after a reset is parsed afresh from the text (the
   * worlds are plain JSON data, so this copies exactly what structuredClone did).
   */
  private readonly seeds: Partial<Record<Cloud, string>> = {};
  /** Worlds parsed from `worldsJson` that no account uses yet: the first to need one takes it. */
  private readonly unused: Partial<Record<Cloud, World>> = {};
  readonly nonces = new Map<Surface, NonceStore>();
  readonly counters = new Map<string, WindowCounter>();
  private readonly catalogue: Map<string, Deviation>;

  constructor(options: SimulatorOptions) {
    // Copies: the control plane changes an account's policy, never the caller's objects or the default.
    this.accounts = (
      options.accounts && options.accounts.length > 0
        ? options.accounts
        : [DEFAULT_ACCOUNT, DEFAULT_LIMITED_KEY]
    ).map((a) => ({ ...a }));
    for (const a of this.accounts) {
      if (
        a.owner !== undefined &&
        !this.accounts.some((o) => o.accessKeyId === a.owner && o.owner === undefined)
      )
        throw new SuiteError(
          "ENIC_CONFIG",
          `key ${a.accessKeyId}: its owner ${a.owner} is not an account of the simulator`,
        );
    }
    this.maxBodyBytes = options.maxBodyBytes ?? 1 << 20;
    this.journal = new Journal(options.journalSize ?? DEFAULT_JOURNAL_SIZE, (id) =>
      this.account(id) ? this.ownerOf(id) : undefined,
    );
    this.clock = { ...systemClock, real: true };
    this.progress = options.progress ?? { kind: "polls", polls: 2 };
    this.random = seededRandom(options.seed ?? 1);
    if (options.vary) this.faults.vary = true;
    if (options.worlds && options.worldsJson !== undefined)
      throw new SuiteError("ENIC_CONFIG", "give worlds or worldsJson, not both");
    for (const [cloud, world] of Object.entries(options.worlds ?? {}) as [Cloud, World][]) {
      // A task record copied as a plain Map (structuredClone) still written as `{id: task}`.
      this.seeds[cloud] = JSON.stringify({ [cloud]: world }, (_key, value: unknown) =>
        value instanceof Map ? Object.fromEntries(value) : value,
      );
    }
    if (options.worldsJson !== undefined) {
      const text = options.worldsJson;
      for (const [cloud, world] of Object.entries(parseWorldsJson(text)) as [Cloud, World][]) {
        this.seeds[cloud] = text;
        this.unused[cloud] = world;
      }
    }
    this.catalogue = new Map(deviationCatalogue().map((d) => [d.id, d]));
    for (const id of options.deviations ?? []) this.enableDeviation(id);
    for (const surface of Object.keys(SURFACE_MODULES) as Surface[]) {
      this.nonces.set(surface, createNonceStore({ now: () => this.clock.now() }));
    }
  }

  /** Enable a deviation by id; throws on an unknown id. */
  enableDeviation(id: string): void {
    if (!this.catalogue.has(id))
      throw new SuiteError("ENIC_CONFIG", `unknown deviation ${id} (GET /_sim/deviations lists them)`);
    this.enabled.add(id);
  }

  /** The enabled deviations of a surface. */
  deviationsOf(surface: Surface): Deviation[] {
    // Asked on every request: nothing to look up while no deviation is on (the usual case).
    if (this.enabled.size === 0) return [];
    return [...this.enabled]
      .map((id) => this.catalogue.get(id) as Deviation)
      .filter((d) => d.surface === surface);
  }

  /** Set the clock: a fixed ISO time, or the machine's clock. */
  setClock(spec: { now?: string; real?: boolean }): void {
    if (spec.real) this.clock = { ...systemClock, real: true };
    else if (spec.now !== undefined) this.clock = fixedClock(spec.now);
  }

  /** The account with `accessKeyId` (or the first one). */
  account(accessKeyId?: string): Account | undefined {
    return accessKeyId === undefined
      ? this.accounts[0]
      : this.accounts.find((a) => a.accessKeyId === accessKeyId);
  }

  /** The key id whose world `accessKeyId` acts on: its owner's, or its own. */
  ownerOf(accessKeyId: string): string {
    return this.account(accessKeyId)?.owner ?? accessKeyId;
  }

  /** The world of an account (or of the owner of a second key) and cloud, seeded on first use. */
  world(accessKeyId: string, cloud: Cloud): World {
    const owner = this.ownerOf(accessKeyId);
    const key = `${owner}/${cloud}`;
    let world = this.worlds.get(key);
    if (!world) {
      const seed = this.seeds[cloud];
      world = this.unused[cloud];
      delete this.unused[cloud];
      world ??=
        seed === undefined
          ? seedWorldOf(cloud, owner)
          : liveWorld((JSON.parse(seed) as Partial<Record<Cloud, World>>)[cloud] as World);
      this.worlds.set(key, world);
    }
    return world;
  }

  /** Back to the seed worlds of one account (the owner's, for a second key), and a fresh throttling window. */
  reset(accessKeyId: string): void {
    const owner = this.ownerOf(accessKeyId);
    for (const key of [...this.worlds.keys()]) if (key.startsWith(`${owner}/`)) this.worlds.delete(key);
    for (const key of [...this.counters.keys()])
      if (key.startsWith(`${accessKeyId}/`)) this.counters.delete(key);
  }
}
