/**
 * Bursts against a real verifying server on 127.0.0.1: every request of a burst is signed before the
 * first is sent and carries a valid signature; a burst that shows the throttling, or that fits in
 * one second, is sent once; one that took longer without showing it is sent again, and after three
 * such bursts the outcome is a harness error naming the time they took (the clock that measures
 * the bursts is scripted: the test does not depend on the machine's speed).
 */
import { afterEach, describe, expect, it } from "vitest";
import { type CallResult, createClient } from "../client/client.ts";
import { isSuiteError } from "../core/errors.ts";
import { KNOWN, sampleCall, startSignedServer, stopSignedServers } from "../testing/signed-server.ts";
import { BURST_TRIES, sendBurst } from "./burst.ts";

afterEach(stopSignedServers);

const SURFACE = "tencent-v3";
const SIZE = 6;

/** A clock that advances `stepsMs[i]` during burst `i` (one reading before, one after each). */
function scriptedClock(stepsMs: number[]): () => number {
  let t = 0;
  let reading = 0;
  return () => {
    if (reading % 2 === 1) t += stepsMs[Math.floor(reading / 2)] ?? 0;
    reading++;
    return t;
  };
}

async function setUp() {
  const server = await startSignedServer(SURFACE);
  const client = createClient({
    surface: SURFACE,
    baseUrl: server.baseUrl,
    credentials: KNOWN,
    retry: false,
  });
  const { operation, params } = sampleCall(SURFACE);
  return { server, client, operation, params };
}

const never = (_: CallResult) => false;

describe("sendBurst", () => {
  it("sends one burst of validly signed requests when it fits in one second", async () => {
    const { server, client, operation, params } = await setUp();
    const burst = await sendBurst(client, operation, params, {}, SIZE, never, scriptedClock([400]));
    expect(burst.answers).toHaveLength(SIZE);
    expect(burst.elapsedMs).toBe(400);
    expect(server.seen).toHaveLength(SIZE);
    expect(server.seen.every((s) => s.verified.ok)).toBe(true);
  });

  it("sends one burst when it shows the throttling, however long it took", async () => {
    const { server, client, operation, params } = await setUp();
    const burst = await sendBurst(client, operation, params, {}, SIZE, () => true, scriptedClock([5000]));
    expect(burst.elapsedMs).toBe(5000);
    expect(server.seen).toHaveLength(SIZE);
  });

  it("sends again a burst that took longer than a second and showed nothing, until one fits", async () => {
    const { server, client, operation, params } = await setUp();
    const burst = await sendBurst(
      client,
      operation,
      params,
      {},
      SIZE,
      never,
      scriptedClock([1500, 1200, 300]),
    );
    expect(burst.elapsedMs).toBe(300);
    expect(server.seen).toHaveLength(3 * SIZE);
  });

  it(`gives up after ${BURST_TRIES} bursts that never fitted, as a harness error naming their times`, async () => {
    const { server, client, operation, params } = await setUp();
    const error = await sendBurst(
      client,
      operation,
      params,
      {},
      SIZE,
      never,
      scriptedClock([1500, 1800, 2100]),
    ).catch((e: unknown) => e);
    expect(isSuiteError(error) && error.code).toBe("ENIC_TIMEOUT");
    expect((error as Error).message).toContain("1500, 1800, 2100 ms");
    expect(server.seen).toHaveLength(BURST_TRIES * SIZE);
  });
});
