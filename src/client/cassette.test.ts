/**
 * Cassettes through the real client: recording through the cassette's undici interceptor (composed
 * onto an Agent and passed as the client's dispatcher) against a verifying node:http server writes
 * tapes with every secret masked — also the ones an answer echoes, and failures to get an answer —
 * and playing them back answers the same requests with no server at all: matched by shape in any
 * order, a request the tape has no answer for raising ENIC_PLAYBACK, recorded dropped connections
 * and timeouts replayed as such. (The header and the shapes: cassette-format.test.ts.)
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Agent } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import type { Surface } from "../contracts/surfaces.ts";
import { ApiError } from "../core/errors.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import {
  answerSigned,
  KNOWN,
  REQUEST_ID,
  type Script,
  sampleCall,
  startSignedServer,
  stopSignedServers,
} from "../testing/signed-server.ts";
import { CASSETTE_VERSION, Cassette, type CassetteHeader, maskKeyId, type TapeEntry } from "./cassette.ts";
import { type CallResult, type ClientOptions, createClient } from "./client.ts";

const agents: Agent[] = [];
afterEach(async () => {
  await stopSignedServers();
  await Promise.all(agents.splice(0).map((a) => a.close()));
});

const surface: Surface = "aliyun-ecs";
const m = surfaceModule(surface);
const attach = sampleCall(surface, 1, "AttachNetworkInterface");
const detach = sampleCall(surface, 2, "DetachNetworkInterface");
const noWait = async () => {};
const tmp = () => mkdtempSync(join(tmpdir(), "enic-cassette-"));

const HEADER: Omit<CassetteHeader, "version" | "tool"> = {
  target: { kind: "http", origin: "http://127.0.0.1:1", hasControl: false, allowMutations: true },
  run: { seed: 1, runs: 1, surfaces: [surface] },
  fixtures: {},
  keys: { [surface]: maskKeyId(KNOWN.accessKeyId) },
};

/** A client of `surface` sending through the cassette's interceptor. */
function clientOf(cassette: Cassette, baseUrl: string, options: Partial<ClientOptions<Surface>> = {}) {
  const agent = new Agent();
  agents.push(agent);
  return createClient({
    surface,
    baseUrl,
    credentials: cassette.mode === "playback" ? { accessKeyId: "AKIDplayback", secret: "stand-in" } : KNOWN,
    dispatcher: agent.compose(cassette.interceptor()),
    sleep: noWait,
    retry: false,
    ...options,
  });
}

/** A recording cassette whose run's secret is registered, as a target registers it. */
function recording(dir = tmp()): Cassette {
  const c = Cassette.record(dir);
  c.registerSecret(KNOWN.secret);
  c.writeHeader(HEADER);
  return c;
}

const tape = (dir: string, name: string): TapeEntry[] =>
  readFileSync(join(dir, "tapes", `${name}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TapeEntry);

const outcome = (r: CallResult) => ("data" in r ? "data" : "error" in r ? r.error.code : "malformed");

describe("recording", () => {
  it("writes each exchange on the tape of the moment, with the signature and the secret masked", async () => {
    // The answer echoes the secret: the tape must not keep it, whatever the target sends.
    const echo: Script = (req, n, v) =>
      n === 2
        ? m.codec.encodeError(
            new ApiError("InvalidParameter", `the key ${KNOWN.secret} is wrong`),
            REQUEST_ID,
          )
        : answerSigned(surface)(req, n, v);
    const { baseUrl, seen } = await startSignedServer(surface, echo);
    const dir = tmp();
    const cassette = recording(dir);
    const client = clientOf(cassette, baseUrl);
    cassette.useTape("aliyun-ecs/eni.exists#1");
    expect(outcome(await client.callRaw(attach.operation, attach.params))).toBe("data");
    expect(outcome(await client.callRaw(detach.operation, detach.params))).toBe("InvalidParameter");
    cassette.useTape("teardown");
    await client.callRaw(attach.operation, attach.params);
    expect(seen.every((s) => s.verified.ok)).toBe(true);

    expect(readdirSync(join(dir, "tapes")).sort()).toEqual([
      "aliyun-ecs_eni.exists_1.jsonl",
      "teardown.jsonl",
    ]);
    const first = tape(dir, "aliyun-ecs_eni.exists_1");
    expect(first.map((e) => e.shape)).toEqual([
      `vendor POST / AttachNetworkInterface`,
      `vendor POST / DetachNetworkInterface`,
    ]);
    expect(first.map((e) => e.response?.status)).toEqual([200, 400]);
    expect(tape(dir, "teardown")).toHaveLength(1);
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      if (!name.endsWith(".json") && !name.endsWith(".jsonl")) continue;
      const text = readFileSync(join(dir, name), "utf8");
      expect(text, name).not.toContain(KNOWN.secret);
    }
    // The header names the key by its first characters only (the tapes' requests carry it, as signed).
    expect(readFileSync(join(dir, "cassette.json"), "utf8")).not.toContain(KNOWN.accessKeyId);
    const text = JSON.stringify(first);
    expect(text).toContain("[REDACTED]");
    // The ACS3 signature itself (64 hex digits after Signature=) never reaches the tape.
    expect(text).not.toMatch(/Signature=[0-9a-f]{64}/);
    expect(first[1]?.response?.body).toContain("the key [REDACTED] is wrong");
  });

  it("keeps an answer on the tape its request went out on, even when the next case began meanwhile", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const ok = answerSigned(surface);
    const { baseUrl, seen } = await startSignedServer(surface, (req, n, v) => held.then(() => ok(req, n, v)));
    const dir = tmp();
    const cassette = recording(dir);
    const client = clientOf(cassette, baseUrl);
    cassette.useTape("case-a");
    const pending = client.callRaw(attach.operation, attach.params);
    while (seen.length === 0) await new Promise((r) => setImmediate(r));
    // The request is out, its answer held back: the next case begins.
    cassette.useTape("case-b");
    release();
    expect(outcome(await pending)).toBe("data");
    expect(tape(dir, "case-a")).toHaveLength(1);
    expect(readdirSync(join(dir, "tapes"))).toEqual(["case-a.jsonl"]);
  });

  it("keeps failures to get an answer: a dropped connection and a timeout", async () => {
    const { baseUrl } = await startSignedServer(surface, (_req, n) => (n === 1 ? "reset" : "hang"));
    const dir = tmp();
    const cassette = recording(dir);
    const client = clientOf(cassette, baseUrl, { timeoutMs: 300 });
    cassette.useTape("failures");
    await expect(client.callRaw(attach.operation, attach.params)).rejects.toMatchObject({
      code: "ENIC_TARGET_UNREACHABLE",
    });
    await expect(client.callRaw(attach.operation, attach.params)).rejects.toMatchObject({
      code: "ENIC_TIMEOUT",
    });
    const entries = tape(dir, "failures");
    expect(entries.map((e) => [e.failure?.kind, e.response])).toEqual([
      ["network", undefined],
      ["timeout", undefined],
    ]);
    expect(JSON.stringify(entries)).not.toContain(KNOWN.secret);
  });

  it("records control-plane calls by method, path and query, with their JSON answers", async () => {
    const dir = tmp();
    const cassette = recording(dir);
    cassette.useTape("control");
    let calls = 0;
    const answer = await cassette.control("PUT", "/_sim/progress?account=AKIDx", { polls: 3 }, async () => {
      calls++;
      return { kind: "polls", polls: 3 };
    });
    expect(answer).toEqual({ kind: "polls", polls: 3 });
    expect(calls).toBe(1);
    expect(tape(dir, "control")).toEqual([
      {
        kind: "control",
        shape: "control PUT /_sim/progress account=AKIDx",
        request: { method: "PUT", url: "/_sim/progress?account=AKIDx", headers: {}, body: '{"polls":3}' },
        response: { status: 200, headers: {}, body: '{"kind":"polls","polls":3}' },
      },
    ]);
  });
});

describe("playback", () => {
  /** Record `calls` on tape `name` against a verifying server, then close the server; returns the cassette dir. */
  async function recorded(script: Script, calls: { operation: string; params: Record<string, unknown> }[]) {
    const { baseUrl, close } = await startSignedServer(surface, script);
    const dir = tmp();
    const cassette = recording(dir);
    const client = clientOf(cassette, baseUrl, { timeoutMs: 300 });
    cassette.useTape("case");
    const answers: string[] = [];
    for (const c of calls) {
      answers.push(
        await client.callRaw(c.operation, c.params).then(
          (r) => `${outcome(r)} ${r.response.body}`,
          (e) => String(e.code),
        ),
      );
    }
    await close();
    return { dir, baseUrl, answers };
  }

  it("answers the recorded requests from the tape with no server, in any order, concurrently too", async () => {
    const answerOf: Script = (req, n, v) =>
      req.headers["x-acs-action"] === "DetachNetworkInterface"
        ? m.codec.encodeError(new ApiError("InvalidEniId.NotFound", "not found"), REQUEST_ID)
        : answerSigned(surface)(req, n, v);
    const { dir, baseUrl, answers } = await recorded(answerOf, [attach, detach]);
    expect(answers.map((a) => a.split(" ")[0])).toEqual(["data", "InvalidEniId.NotFound"]);

    const playback = Cassette.playback(dir);
    expect(playback.header).toMatchObject({ version: CASSETTE_VERSION, target: HEADER.target });
    const client = clientOf(playback, baseUrl);
    playback.useTape("case");
    const [d, a] = await Promise.all([
      client.callRaw(detach.operation, detach.params),
      client.callRaw(attach.operation, attach.params),
    ]);
    expect(`${outcome(a)} ${a.response.body}`).toBe(answers[0]);
    expect(`${outcome(d)} ${d.response.body}`).toBe(answers[1]);
  });

  it("raises ENIC_PLAYBACK for a request the tape has no (more) answer for, naming the tape and shape", async () => {
    const { dir, baseUrl } = await recorded(answerSigned(surface), [attach]);
    const playback = Cassette.playback(dir);
    const client = clientOf(playback, baseUrl);
    playback.useTape("case");
    expect(outcome(await client.callRaw(attach.operation, attach.params))).toBe("data");
    const table: [string, () => Promise<unknown>][] = [
      ["an answer already used", () => client.callRaw(attach.operation, attach.params)],
      ["a request of another shape", () => client.callRaw(detach.operation, detach.params)],
      [
        "a tape that was never recorded",
        () => {
          playback.useTape("never");
          return client.callRaw(attach.operation, attach.params);
        },
      ],
    ];
    for (const [name, call] of table) {
      const error = (await call().catch((e) => e)) as { code?: string; message?: string };
      expect(error.code, name).toBe("ENIC_PLAYBACK");
      expect(error.message, name).toMatch(
        /^the playback left the recording: tape \w+ has no answer for vendor POST \//,
      );
    }
  });

  it("replays a recorded dropped connection and timeout as such, and a retried call as retried", async () => {
    const ok = answerSigned(surface);
    const { dir, baseUrl, answers } = await recorded(
      (req, n, v) => (n === 1 ? "reset" : n === 2 ? "hang" : ok(req, n, v)),
      [attach, attach, attach],
    );
    expect(answers.map((a) => a.split(" ")[0])).toEqual(["ENIC_TARGET_UNREACHABLE", "ENIC_TIMEOUT", "data"]);
    const playback = Cassette.playback(dir);
    playback.useTape("case");
    // Played back, a timeout is raised at once: the recording already took its time (a client
    // waiting for its own 30 s timer would not be done within 10 s).
    const once = clientOf(playback, baseUrl, { timeoutMs: 30_000 });
    const started = Date.now();
    await expect(once.callRaw(attach.operation, attach.params)).rejects.toMatchObject({
      code: "ENIC_TARGET_UNREACHABLE",
    });
    await expect(once.callRaw(attach.operation, attach.params)).rejects.toMatchObject({
      code: "ENIC_TIMEOUT",
    });
    expect(Date.now() - started).toBeLessThan(10_000);

    // The same tape again, read by a client that retries every failure: three attempts, one call.
    const again = Cassette.playback(dir);
    again.useTape("case");
    const retrying = clientOf(again, baseUrl, {
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, transport: "any" },
    });
    const r = await retrying.callRaw(attach.operation, attach.params);
    expect(r).toMatchObject({ data: {}, retries: 2 });
    expect(r.exchange.attempts.map((x) => x.failure?.kind ?? x.response?.status)).toEqual([
      "network",
      "timeout",
      200,
    ]);
  });

  it("answers control-plane calls from the tape without calling the target, and never waits", async () => {
    const dir = tmp();
    const rec = recording(dir);
    rec.useTape("control");
    await rec.control("GET", "/_sim/fixtures?surface=aliyun-ecs", undefined, async () => ({
      region: "cn-hangzhou",
    }));
    const playback = Cassette.playback(dir);
    playback.useTape("control");
    const answer = await playback.control("GET", "/_sim/fixtures?surface=aliyun-ecs", undefined, () => {
      throw new Error("a playback called its target");
    });
    expect(answer).toEqual({ region: "cn-hangzhou" });
    await expect(
      playback.control("GET", "/_sim/fixtures?surface=aliyun-ecs", undefined, async () => ({})),
    ).rejects.toMatchObject({ code: "ENIC_PLAYBACK" });
    // Waiting: a playback resolves at once (before a macrotask), a recording really waits.
    const first = (p: Promise<void>) =>
      Promise.race([p.then(() => "slept"), new Promise((r) => setImmediate(() => r("still waiting")))]);
    expect(await first(playback.sleep(60_000))).toBe("slept");
    expect(await first(rec.sleep(20))).toBe("still waiting");
  });
});
