/**
 * Sending the very same signed request twice, against a real simulator: on every surface whose
 * signature carries a nonce the second send is refused as a replay (with the row the catalogue's
 * `sign.reused-nonce` case names); on the simulator nothing is retried, on a real target a first send
 * met by a transient answer is sent again, freshly signed, before the replay.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { CallResult } from "../client/client.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { DEFAULT_ACCOUNT } from "../sim/state.ts";
import { listCases, type SuiteCase } from "./cases.ts";
import { resendSigned } from "./resend.ts";
import { createTarget, type Fixtures, type Target, type TargetConfig } from "./target.ts";

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

async function target(config: TargetConfig): Promise<Target> {
  const t = await createTarget(config);
  opened.push(t);
  return t;
}

async function sim(): Promise<RunningSimulator> {
  const s = await startSimulator();
  opened.push(s);
  return s;
}

/** The catalogue's replayed-nonce cases: one per surface whose signature has a nonce. */
const NONCE_CASES = listCases().filter((c) => c.ruleCase.mutate?.kind === "sign.reused-nonce");

/** The case's parameters: each given parameter is the fixture its role names. */
function paramsOf(c: SuiteCase, f: Fixtures): Record<string, unknown> {
  return Object.fromEntries(Object.entries(c.ruleCase.given).map(([param, role]) => [param, f.roles[role]]));
}

const codes = (r: CallResult) => ("error" in r ? [r.error.code, r.error.alternateCode] : ["(no error)"]);

/** The vendor requests a simulator served, as `<operation> <code or status>`. */
async function served(t: Target): Promise<string[]> {
  const log = (await t.control("GET", "/_sim/requests")) as {
    requests: { operation?: string; status: number; code?: string }[];
  };
  return log.requests.map((r) => `${r.operation ?? "-"} ${r.code ?? r.status}`);
}

describe("resendSigned", () => {
  it("has a replayed-nonce case on each nonce surface (Tencent v2, Aliyun, JD Cloud; and any a new surface brings)", () => {
    const surfaces = NONCE_CASES.map((c) => c.surface);
    expect(new Set(surfaces).size).toBe(surfaces.length);
    expect(surfaces).toEqual(expect.arrayContaining(["aliyun-ecs", "jdcloud-vm", "tencent-v2"]));
  });

  it.each(NONCE_CASES.map((c) => [c.surface, c] as const))(
    "on %s: the first send is served, the same bytes again are refused as a replayed nonce",
    async (_surface, c) => {
      const t = await target({ target: "sim" });
      const f = (await t.fixtures(c.surface)) as Fixtures;
      const client = t.client(c.surface, f.region);
      let betweenSaw: string[] = [];
      const second = await resendSigned(t, client, c.ruleCase.operation, paramsOf(c, f), {}, async () => {
        betweenSaw = await served(t);
      });
      // `between` ran after the first answer and before the second send.
      expect(betweenSaw).toEqual([`${c.ruleCase.operation} 200`]);
      const want = c.rows.map((r) => r.code);
      expect(want.length).toBeGreaterThan(0);
      expect(
        codes(second).some((code) => code !== undefined && want.includes(code)),
        String(codes(second)),
      ).toBe(true);
      expect(second.retries).toBeUndefined();
      expect(await served(t)).toHaveLength(2);
    },
  );

  const aliyun = NONCE_CASES.find((c) => c.surface === "aliyun-ecs") as SuiteCase;

  it("on the simulator: a transient first answer is not sent again (its answers are seen as they are)", async () => {
    const t = await target({ target: "sim" });
    const f = (await t.fixtures("aliyun-ecs")) as Fixtures;
    await t.control("PUT", "/_sim/faults", { errorRate: 1 });
    const second = await resendSigned(
      t,
      t.client("aliyun-ecs", f.region),
      aliyun.ruleCase.operation,
      paramsOf(aliyun, f),
      {},
      async () => {},
    );
    // The replay is refused before any fault is drawn: the signature is checked first.
    expect(codes(second)).toContain("SignatureNonceUsed");
    expect(await served(t)).toEqual([`${aliyun.ruleCase.operation} InternalError`, "- SignatureNonceUsed"]);
  });

  it("on the simulator: a first send that gets no answer is a harness error, and nothing is replayed", async () => {
    const t = await target({ target: "sim" });
    const f = (await t.fixtures("aliyun-ecs")) as Fixtures;
    await t.control("PUT", "/_sim/faults", { dropRate: 1 });
    let between = 0;
    const error = await resendSigned(
      t,
      t.client("aliyun-ecs", f.region),
      aliyun.ruleCase.operation,
      paramsOf(aliyun, f),
      {},
      async () => {
        between++;
      },
    ).catch((e) => e);
    expect(error).toMatchObject({ code: "ENIC_TARGET_UNREACHABLE" });
    expect(between).toBe(0);
  });

  it("on a real target: a transient first answer shows nothing, so the pair is sent again freshly signed", async () => {
    const s = await sim();
    const t = await target({
      target: s.url,
      credentials: { "aliyun-ecs": { ...DEFAULT_ACCOUNT, from: "--account" } },
    });
    const f = (await t.fixtures("aliyun-ecs")) as Fixtures;
    const op = "DescribeNetworkInterfaces";
    // Virtual time: the simulator's clock stands still except when the resend waits, and then it
    // moves by exactly the wait — so its one-call-per-second window passes after the same waits
    // however loaded the machine is.
    let virtual = Date.now();
    const setClock = () => t.control("PUT", "/_sim/clock", { now: new Date(virtual).toISOString() });
    await setClock();
    const waits: number[] = [];
    const waiting: Target = {
      ...t,
      sleep: async (ms) => {
        waits.push(ms);
        virtual += ms;
        await setClock();
      },
    };
    await t.control("PUT", "/_sim/faults", { throttle: { [`aliyun-ecs/${op}`]: 1 } });
    const client = t.client("aliyun-ecs", f.region);
    expect(await client.callRaw(op, { RegionId: f.region })).toHaveProperty("data");
    await t.control("DELETE", "/_sim/requests");
    const second = await resendSigned(waiting, client, op, { RegionId: f.region }, {}, async () => {});
    expect(codes(second)).toContain("SignatureNonceUsed");
    // Throttled first sends (each signed afresh, so each accepted as new) until a second has passed,
    // one served, then the replay refused.
    const log = await served(t);
    expect(log.slice(-2)).toEqual([`${op} 200`, "- SignatureNonceUsed"]);
    expect(log.slice(0, -2).every((l) => l.startsWith(`${op} Throttling`))).toBe(true);
    expect(second.retries).toBe(log.length - 2);
    expect(second.retries).toBe(waits.length);
    expect(waits.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(1000);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1000);
  });
});
