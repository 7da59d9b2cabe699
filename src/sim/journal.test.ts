/**
 * The request journal behind `GET /_sim/requests`, over real HTTP with real signatures (the
 * project's client): per account (second keys file under their owner, requests no known key claimed
 * show everywhere), bounded by `journalSize`, filtered by surface, operation, since and limit, and
 * each entry's verdict path — the step that answered, the rule and row, the fault, the deviation,
 * the task a change started — with the fields the request log always had.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "../client/client.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { callControl } from "../testing/control-plane.ts";
import { deviationCatalogue } from "./deviations.ts";
import type { LoggedRequest } from "./journal.ts";
import { type RunningSimulator, startSimulator } from "./server.ts";

const A = { accessKeyId: "AKIDjournalA", secret: "journal-secret-a" };
const A2 = {
  accessKeyId: "AKIDjournalA2",
  secret: "journal-secret-a2",
  allow: "read" as const,
  owner: A.accessKeyId,
};
const B = { accessKeyId: "AKIDjournalB", secret: "journal-secret-b" };
let sim: RunningSimulator;

const control = (method: string, path: string, body?: unknown) => callControl(sim.url, method, path, body);
const journal = async (query = "") =>
  (await control("GET", `/_sim/requests${query}`)).body.requests as LoggedRequest[];
const client = (surface: Surface, creds: { accessKeyId: string; secret: string } = A, region?: string) =>
  createClient({
    surface,
    baseUrl: sim.url,
    credentials: creds,
    retry: false,
    ...(region ? { region } : {}),
  });

async function roles(surface: Surface): Promise<{ region: string; roles: Record<string, string> }> {
  return (await control("GET", `/_sim/fixtures?surface=${surface}`)).body as {
    region: string;
    roles: Record<string, string>;
  };
}

beforeAll(async () => {
  sim = await startSimulator({ accounts: [A, A2, B], journalSize: 5 });
});
afterAll(async () => sim.close());
beforeEach(async () => {
  await control("DELETE", "/_sim/requests");
  await control("POST", "/_sim/reset");
  await control("PUT", "/_sim/deviations", { enable: [] });
  await control("PUT", "/_sim/faults", { errorRate: 0 });
  await control("PUT", "/_sim/progress", "immediate");
  await control("PUT", "/_sim/clock", { real: true });
});

describe("the request journal", () => {
  it("keeps the log's fields and adds time, scheme, latency and the verdict path", async () => {
    await client("tencent-v3").callRaw("DescribeNetworkInterfaces", {});
    const [entry] = await journal();
    expect(entry).toMatchObject({
      account: A.accessKeyId,
      surface: "tencent-v3",
      operation: "DescribeNetworkInterfaces",
      status: 200,
      scheme: "TC3-HMAC-SHA256",
      verdict: { signature: "verified", stage: "served" },
    });
    expect(entry?.code).toBeUndefined();
    expect(entry?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(entry?.time ?? "")).toBeGreaterThan(Date.now() - 60_000);
    // The simulator's clock, not the machine's.
    await control("PUT", "/_sim/clock", { now: "2030-01-02T03:04:05Z" });
    const wrong = await client("tencent-v3", { ...A, secret: "nope-wrong" }).callRaw(
      "DescribeNetworkInterfaces",
      {},
    );
    expect("error" in wrong).toBe(true);
    await control("PUT", "/_sim/clock", { real: true });
    expect((await journal("?limit=1"))[0]?.time).toBe("2030-01-02T03:04:05.000Z");
  });

  it("says which step answered: a rule and its row, the policy, a fault, a started task, a deviation", async () => {
    const f = await roles("tencent-v3");
    const v3 = client("tencent-v3");
    const attach = { NetworkInterfaceId: f.roles["eni.available"], InstanceId: f.roles["instance.running"] };
    await v3.callRaw("AttachNetworkInterface", attach);
    await v3.callRaw("AttachNetworkInterface", attach);
    await client("tencent-v3", A2).callRaw("AttachNetworkInterface", attach);
    await control("PUT", "/_sim/faults", { errorRate: 1 });
    await v3.callRaw("DescribeNetworkInterfaces", {});
    await control("PUT", "/_sim/faults", { errorRate: 0 });
    const [started, refused, denied, faulted] = await journal();
    expect(started?.verdict).toMatchObject({
      stage: "served",
      change: expect.stringMatching(/^started task /),
    });
    expect(refused?.verdict.stage).toBe("rule");
    expect(refused?.verdict.rule).toBeTruthy();
    expect(refused?.verdict.row).toBeTruthy();
    expect(refused?.verdict.change).toBeUndefined();
    expect(denied).toMatchObject({ account: A2.accessKeyId, verdict: { stage: "policy" } });
    expect(faulted).toMatchObject({ verdict: { stage: "fault", fault: "errorRate" } });
    // A deviation that changes the answer is named.
    const missing = deviationCatalogue().find(
      (d) => d.surface === "tencent-v3" && d.effect.kind === "missing-request-id",
    );
    await control("PUT", "/_sim/deviations", { enable: [missing?.id] });
    await v3.callRaw("DescribeNetworkInterfaces", {});
    expect((await journal("?limit=1"))[0]?.verdict.deviations).toEqual([missing?.id]);
  });

  it("files by account (second keys under their owner), bounded per account, and filters", async () => {
    const f = await roles("aliyun-ecs");
    const read = (creds: { accessKeyId: string; secret: string }) =>
      client("aliyun-ecs", creds, f.region).callRaw("DescribeNetworkInterfaces", { RegionId: f.region });
    for (let i = 0; i < 7; i++) await read(A);
    await read(A2);
    await read(B);
    await read({ accessKeyId: "AKIDstranger", secret: "whatever" });
    const mine = await journal(`?account=${A.accessKeyId}`);
    // Five kept for A's ring (A2 files there too), plus the stranger's in every view.
    expect(mine.map((r) => r.account ?? r.key)).toEqual([
      A.accessKeyId,
      A.accessKeyId,
      A.accessKeyId,
      A.accessKeyId,
      A2.accessKeyId,
      "AKIDstranger",
    ]);
    expect(mine.map((r) => r.seq)).toEqual([...mine.map((r) => r.seq)].sort((x, y) => x - y));
    const theirs = await journal(`?account=${B.accessKeyId}`);
    expect(theirs.map((r) => r.account ?? r.key)).toEqual([B.accessKeyId, "AKIDstranger"]);
    const last = mine.at(-3)?.seq as number;
    expect((await journal(`?since=${last}`)).map((r) => r.seq)).toEqual(mine.slice(-2).map((r) => r.seq));
    expect(await journal("?limit=2")).toEqual(mine.slice(-2));
    expect(await journal("?surface=tencent-v3")).toEqual([]);
    expect((await journal("?operation=DescribeNetworkInterfaces&surface=aliyun-ecs")).length).toBe(5);
    expect(await journal(`?since=${encodeURIComponent("2999-01-01T00:00:00Z")}`)).toEqual([]);
    for (const bad of ["?limit=0", "?since=yesterday", "?surface=nowhere"]) {
      expect((await control("GET", `/_sim/requests${bad}`)).status, bad).toBe(400);
    }
    await control("DELETE", "/_sim/requests");
    expect(await journal()).toEqual([]);
  });
});
