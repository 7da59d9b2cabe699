/**
 * Test harness of the aliyun-ecs simulator adapter tests (src/sim/adapters/aliyun-ecs/): a simulator
 * on 127.0.0.1 (the real signed client speaks HTTP through undici, so these tests serve it on a
 * port rather than in-process), the control plane, and a `call` that checks every success body
 * against the generated response schema and the upper-case UUID RequestId (003's examples).
 */

import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { type CallResult, createClient } from "../client/client.ts";
import { createAjv, formatErrors } from "../contracts/ajv.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import { readJson } from "../contracts/surfaces.ts";
import type { Clock } from "../core/clock.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { controlOk } from "./control-plane.ts";

const UPPER_UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;
const ajv = createAjv();
const schemas = new Map(
  ["AttachNetworkInterface", "DetachNetworkInterface", "DescribeNetworkInterfaces"].map((op) => [
    op,
    ajv.compile(readJson(schemaFile("aliyun-ecs", op, "response")) as object),
  ]),
);

/** What a test file gets from `aliyunHarness()`. */
export interface AliyunHarness {
  /** Fixture role → id of the fresh seed world (refreshed before each test). */
  roles(): Record<string, string>;
  /** A control-plane request; throws unless it answers 200. */
  control(method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<Record<string, unknown>>;
  /** Sign later calls with `clock` (the simulator checks the signature time against its own clock). */
  useClock(clock: Clock): void;
  /** Call `operation` in the main region (unless `params` names one), schema-checking a success. */
  call(operation: string, params: Record<string, unknown>): Promise<CallResult>;
  /** The ENI `id` as DescribeNetworkInterfaces shows it (one poll). */
  eni(id: string): Promise<Record<string, unknown>>;
}

/** `{code, status}` of an error answer, or the result itself (so a mismatch shows it). */
export const errorOf = (result: CallResult) =>
  "error" in result ? { code: result.error.code, status: result.error.status } : result;

/**
 * Register the hooks of a test file: one simulator for the file; before each test the seed world,
 * the real clock, `{polls: 2}` progress and a client on the real clock.
 */
export function aliyunHarness(): AliyunHarness {
  let sim: RunningSimulator;
  let roles: Record<string, string> = {};
  let client: ReturnType<typeof createClient<"aliyun-ecs">>;
  const makeClient = (clock?: Clock) =>
    createClient({
      surface: "aliyun-ecs",
      baseUrl: sim.url,
      credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
      retry: false,
      ...(clock ? { clock } : {}),
    });
  const control: AliyunHarness["control"] = (method, path, body) => controlOk(sim.url, method, path, body);
  const call: AliyunHarness["call"] = async (operation, params) => {
    const result = await client.callRaw(operation, { RegionId: roles["region.main"], ...params });
    if ("data" in result) {
      const validate = schemas.get(operation);
      const body = JSON.parse(result.response.body);
      expect(validate?.(body), formatErrors(validate?.errors).join("; ")).toBe(true);
      expect(body.RequestId).toMatch(UPPER_UUID);
    }
    return result;
  };
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });
  beforeEach(async () => {
    client = makeClient();
    await control("POST", "/_sim/reset");
    await control("PUT", "/_sim/clock", { real: true });
    await control("PUT", "/_sim/progress", { polls: 2 });
    const fixtures = (await control("GET", "/_sim/fixtures?surface=aliyun-ecs")) as {
      roles: Record<string, string>;
    };
    roles = fixtures.roles;
  });
  return {
    roles: () => roles,
    control,
    useClock: (clock) => {
      client = makeClient(clock);
    },
    call,
    async eni(id) {
      const result = await call("DescribeNetworkInterfaces", { "NetworkInterfaceId.1": id });
      if (!("data" in result)) throw new Error(JSON.stringify(result));
      const sets = result.data.NetworkInterfaceSets as { NetworkInterfaceSet: Record<string, unknown>[] };
      expect(sets.NetworkInterfaceSet).toHaveLength(1);
      return sets.NetworkInterfaceSet[0] as Record<string, unknown>;
    },
  };
}
