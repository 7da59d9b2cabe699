/**
 * Test harness of the jdcloud-vm simulator adapter tests (src/sim/adapters/jdcloud-vm/): a real
 * simulator on port 0 (the real signed client speaks HTTP through undici, so these tests serve it
 * on a port rather than in-process), the control plane, one clock shared by both (so signatures
 * stay fresh when a test moves time), and calls whose answers are validated against the generated
 * response and error schemas.
 */
import type { ValidateFunction } from "ajv";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { type Client, createClient } from "../client/client.ts";
import { createAjv } from "../contracts/ajv.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import { readJson } from "../contracts/surfaces.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";

const SURFACE = "jdcloud-vm";
const KEY = { accessKeyId: "AKIDtest", secret: "testkey" };
/** The time every test starts at. */
export const T0 = Date.parse("2030-01-01T00:00:00Z");

const ajv = createAjv();
const validators = new Map<string, ValidateFunction>();

/** Expect `body` to validate against the operation's generated response or error schema. */
export function validate(operation: string, kind: "response" | "error", body: string): void {
  const file = schemaFile(SURFACE, operation, kind);
  let fn = validators.get(file);
  if (!fn) {
    fn = ajv.compile(readJson(file) as object);
    validators.set(file, fn);
  }
  expect(fn(JSON.parse(body)), `${operation} ${kind}: ${JSON.stringify(fn.errors)}`).toBe(true);
}

/** A row's message as a pattern, its `xx` placeholder a wildcard (F-049). */
export function template(message: string): RegExp {
  const parts = message.split("xx").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}

/** What `describeInstance` shows, as far as the tests look. */
export interface ShownInstance {
  status: string;
  primaryNetworkInterface: unknown;
  secondaryNetworkInterfaces: unknown[];
}

/** The harness a test file gets from `jdHarness()`; `roles` is refreshed before each test. */
export interface JdHarness {
  sim: RunningSimulator;
  jd: Client<"jdcloud-vm">;
  roles: Record<string, string>;
  /** A role's id (throws on an unknown role). */
  role(name: string): string;
  /** A client of another region, same account and clock. */
  client(region: string): Client<"jdcloud-vm">;
  control(method: string, path: string, body?: unknown): Promise<Record<string, unknown>>;
  setClock(t: number): Promise<void>;
  ok(
    operation: string,
    params: Record<string, unknown>,
    client?: Client<"jdcloud-vm">,
  ): Promise<Record<string, unknown>>;
  fails(
    operation: string,
    params: Record<string, unknown>,
    client?: Client<"jdcloud-vm">,
  ): Promise<{ status: number; code: string; message: string }>;
  eni(id: string): Promise<Record<string, unknown>>;
  instance(id: string): Promise<ShownInstance>;
}

/**
 * Register the hooks of a test file (start, stop; before each test: reset the account, clock at T0,
 * progress `{polls: 2}`, fresh fixtures) and return the harness.
 */
export function jdHarness(): JdHarness {
  const clock = { t: T0, now: () => clock.t };
  const client = (region: string) =>
    createClient({ surface: SURFACE, baseUrl: h.sim.url, credentials: KEY, clock, retry: false, region });
  const h: JdHarness = {
    sim: undefined as unknown as RunningSimulator,
    jd: undefined as unknown as Client<"jdcloud-vm">,
    roles: {},
    role(name) {
      const id = h.roles[name];
      if (id === undefined) throw new Error(`no fixture role ${name}`);
      return id;
    },
    client,
    async control(method, path, body) {
      const res = await fetch(`${h.sim.url}${path}`, {
        method,
        ...(body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
      });
      expect(res.status).toBe(200);
      return (await res.json()) as Record<string, unknown>;
    },
    async setClock(t) {
      clock.t = t;
      await h.control("PUT", "/_sim/clock", { now: new Date(t).toISOString() });
    },
    async ok(operation, params, c = h.jd) {
      const r = await c.callRaw(operation, { regionId: "cn-north-1", ...params });
      if (!("data" in r))
        throw new Error(`${operation}: ${JSON.stringify("error" in r ? r.error : r.malformed)}`);
      validate(operation, "response", r.response.body);
      return r.data;
    },
    async fails(operation, params, c = h.jd) {
      const r = await c.callRaw(operation, { regionId: "cn-north-1", ...params });
      if (!("error" in r)) throw new Error(`${operation}: expected an error, got ${r.response.body}`);
      validate(operation, "error", r.response.body);
      return { status: r.error.status, code: r.error.code, message: r.error.message };
    },
    async eni(id) {
      const data = await h.ok("describeNetworkInterface", { networkInterfaceId: id });
      return (data as { networkInterface: Record<string, unknown> }).networkInterface;
    },
    async instance(id) {
      const data = await h.ok("describeInstance", { instanceId: id });
      return (data as { instance: ShownInstance }).instance;
    },
  };
  beforeAll(async () => {
    h.sim = await startSimulator({ port: 0 });
    h.jd = client("cn-north-1");
  });
  afterAll(() => h.sim.close());
  beforeEach(async () => {
    await h.control("POST", "/_sim/reset");
    await h.setClock(T0);
    await h.control("PUT", "/_sim/progress", { polls: 2 });
    h.roles = (await h.control("GET", `/_sim/fixtures?surface=${SURFACE}`)).roles as Record<string, string>;
  });
  return h;
}
