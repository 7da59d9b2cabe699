/**
 * Shared set-up of the official-SDK interop tests: a simulator on 127.0.0.1 reached over real HTTP
 * (no proxy), its control plane, the catalogue cases each test file turns into a table, and the
 * loading of SDK packages whose module shape TypeScript and vitest read differently.
 *
 * SDK facts relied on here come from probing these exact versions: shared/facts/sdk-clients.md.
 */
import { createRequire } from "node:module";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { loadCatalogue } from "../contracts/catalogue.ts";
import type { Mutation, PlacedErrorRow } from "../contracts/model.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { clearProxyEnv } from "../sdk/executor.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { type Account, DEFAULT_ACCOUNT } from "../sim/state.ts";

/**
 * `require` for CommonJS SDK packages. A default import of a CJS package is typed by TypeScript
 * (NodeNext) as the whole `module.exports`, but vitest hands back `module.exports.default`; a plain
 * `require` means the same thing under both, and `typeof import(...)` types it.
 */
export const sdkRequire: NodeJS.Require = createRequire(import.meta.url);

/** The account the simulator knows (the dummy key of the captured SDK requests). */
export const ACCOUNT: Account = DEFAULT_ACCOUNT;
/** The known key with a secret that is not its own. */
export const WRONG_SECRET: Account = { accessKeyId: DEFAULT_ACCOUNT.accessKeyId, secret: "not-the-secret" };
/** A key the simulator does not know. */
export const UNKNOWN_KEY: Account = { accessKeyId: "AKIDnobody", secret: "testkey" };

/** One vendor request as the simulator logged it (`GET /_sim/requests`). */
export interface ServedRequest {
  account?: string;
  surface?: string;
  operation?: string;
  status: number;
  code?: string;
}

/** A simulator started for one SDK's tests, with the control-plane calls they need. */
export interface InteropSim {
  readonly url: string;
  readonly port: number;
  /** Back to the seed worlds of the default account. */
  reset(): Promise<void>;
  /** Fixture role → id as `surface` spells it, plus the surface's region. */
  fixtures(surface: Surface): Promise<{ region: string; roles: Record<string, string> }>;
  /** The last vendor request the simulator served. */
  lastRequest(): Promise<ServedRequest | undefined>;
  /** Stop the simulator and restore the proxy variables. */
  close(): Promise<void>;
}

/**
 * Start a simulator on 127.0.0.1, port 0, with async progress set to immediate. The proxy variables
 * are cleared for the life of the simulator: the Tencent SDK honours `http_proxy`.
 */
async function startInteropSim(): Promise<InteropSim> {
  const restoreEnv = clearProxyEnv();
  let sim: RunningSimulator;
  try {
    sim = await startSimulator({ port: 0, host: "127.0.0.1", accounts: [ACCOUNT] });
  } catch (error) {
    restoreEnv();
    throw error;
  }
  const control = async (method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(`${sim.url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`control ${method} ${path}: HTTP ${res.status} ${text}`);
    return JSON.parse(text);
  };
  await control("PUT", "/_sim/progress", "immediate");
  await control("PUT", "/_sim/clock", { real: true });
  return {
    url: sim.url,
    port: sim.port,
    reset: async () => {
      await control("POST", "/_sim/reset");
    },
    fixtures: async (surface) => {
      const body = (await control("GET", `/_sim/fixtures?surface=${surface}`)) as {
        region: string;
        roles: Record<string, string>;
      };
      return { region: body.region, roles: body.roles };
    },
    lastRequest: async () => {
      const { requests } = (await control("GET", "/_sim/requests")) as { requests: ServedRequest[] };
      return requests.at(-1);
    },
    close: async () => {
      await sim.close();
      restoreEnv();
    },
  };
}

/** What every interop test file works with: its simulator, and the surface's region and fixture ids. */
export interface InteropContext {
  sim: InteropSim;
  region: string;
  roles: Record<string, string>;
}

/**
 * Register the hooks every interop test file needs: one simulator for the file (closed after it),
 * and before each test a reset to the seed worlds and a fresh read of `surface`'s fixtures. The
 * returned object is filled in by those hooks; read it inside tests, not at collection time.
 */
export function useInteropSim(surface: Surface): InteropContext {
  const ctx: Partial<InteropContext> = {};
  beforeAll(async () => {
    ctx.sim = await startInteropSim();
  });
  afterAll(async () => {
    await ctx.sim?.close();
  });
  beforeEach(async () => {
    const sim = ctx.sim;
    if (!sim) throw new Error("interop simulator did not start (see the beforeAll error)");
    await sim.reset();
    Object.assign(ctx, await sim.fixtures(surface));
  });
  return ctx as InteropContext;
}

/** Parameter → fixture id for a case's `given` (param → role); throws on a role with no fixture. */
export function resolveGiven(
  given: Readonly<Record<string, string>>,
  roles: Record<string, string>,
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [param, role] of Object.entries(given)) {
    const id = roles[role];
    if (id === undefined)
      throw new Error(`the simulator has no fixture for role ${role} (parameter ${param})`);
    params[param] = id;
  }
  return params;
}

/** The value of a required parameter; throws when the case does not give it. */
export function need(params: Readonly<Record<string, string>>, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`the case gives no ${name}`);
  return value;
}

/** What a catalogue case accepts as an answer: the codes of its rows and the HTTP statuses of each code. */
export interface ExpectedError {
  /** Row ids, for messages. */
  rows: readonly string[];
  codes: readonly string[];
  /** code → the statuses its rows give (two rows may share a code). */
  statusOf: ReadonlyMap<string, readonly number[]>;
}

/** One provokable error case of an operation, from the catalogue. */
export interface ErrorCase extends ExpectedError {
  rule: string;
  given: Readonly<Record<string, string>>;
}

const catalogue = loadCatalogue();

function expectedOf(rowIds: readonly string[]): ExpectedError {
  const rows = rowIds.map((id) => {
    const row = catalogue.errorRows.find((r) => r.id === id);
    if (!row) throw new Error(`the catalogue has no error row ${id}`);
    return row;
  });
  const statusOf = new Map<string, number[]>();
  for (const row of rows) statusOf.set(row.code, [...(statusOf.get(row.code) ?? []), row.http]);
  return { rows: rowIds, codes: [...statusOf.keys()], statusOf };
}

/**
 * Every provokable error case of `operation` on `surface`, as `[name, case]` table rows: cases that
 * expect an error, need no request mutation and name at least one error row. A new rule adds a row.
 */
export function provokableErrorCases(surface: Surface, operation: string): [string, ErrorCase][] {
  return catalogue.rules.flatMap((rule) =>
    (rule.surfaces[surface]?.cases ?? []).flatMap((c, i): [string, ErrorCase][] => {
      const rows = c.errorRows ?? [];
      if (c.operation !== operation || c.expect !== "error" || c.mutate !== undefined || rows.length === 0)
        return [];
      const name = `${rule.id} #${i + 1} (${Object.values(c.given).join(", ")})`;
      return [[name, { rule: rule.id, given: c.given, ...expectedOf(rows) }]];
    }),
  );
}

/** The answer the catalogue expects when `rule`'s case with mutation `kind` is played on `operation`. */
export function mutationExpectation(
  surface: Surface,
  operation: string,
  rule: string,
  kind: Mutation["kind"],
): ExpectedError {
  const found = catalogue.rules
    .find((r) => r.id === rule)
    ?.surfaces[surface]?.cases.find((c) => c.operation === operation && c.mutate?.kind === kind);
  if (!found?.errorRows?.length)
    throw new Error(`${surface} has no ${rule} case with mutation ${kind} and rows`);
  return expectedOf(found.errorRows);
}

/** The catalogue row of `code` among a case's rows (for messages). */
export function rowOf(expected: ExpectedError, code: string): PlacedErrorRow | undefined {
  return catalogue.errorRows.find((r) => expected.rows.includes(r.id) && r.code === code);
}

// --- jdcloud-sdk-js ships no type declarations: the part of its API these tests use. ---

/** The HTTP response node-fetch gave the JD SDK (it attaches it as `responseObj`). */
export interface JdResponseObj {
  status: number;
  headers: { get(name: string): string | null };
}

/** JD Cloud's error envelope. */
export interface JdErrorBody {
  code: number;
  status: string;
  message: string;
}

/** What `attachNetworkInterface` resolves with, and (on a non-2xx) rejects with: a plain object. */
export interface JdAnswer {
  requestId: string;
  result?: unknown;
  error?: JdErrorBody;
  responseObj?: JdResponseObj;
}

/** The vm v1 client's attach call. */
export interface JdVmClient {
  attachNetworkInterface(
    opts: { instanceId: string; networkInterfaceId: string; autoDelete?: boolean },
    regionId?: string,
  ): Promise<JdAnswer>;
}

/** JD's logger: `(message, level)`. */
export type JdLogger = (message: string, level?: string) => void;

/** The `jdcloud-sdk-js` module: the VM service and the global config (whose logger prints every call). */
export interface JdSdk {
  VM: new (config: {
    credentials: { accessKeyId: string; secretAccessKey: string };
    regionId: string;
    endpoint: { host: string; protocol: "http" | "https" };
  }) => JdVmClient;
  config: { logger: JdLogger; update(options: { logger: JdLogger }): void };
}
