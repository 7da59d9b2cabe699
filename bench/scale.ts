/**
 * Benchmark 4, scale: the simulator CLI loaded (`--world FILE`) with a Tencent world of 100,000
 * ENIs and 50,000 instances next to one of 100 ENIs and 50 instances, in the same run. For each, the
 * latency of signed tencent-v3 attach, detach and describe (DescribeNetworkInterfaces by id, what
 * the suites' read-back sends) over one connection, and the resident memory of the simulator
 * process once the world is in use (current and peak).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_ACCOUNT } from "../src/sim/simulator.ts";
import { surfaceModule } from "../src/surfaces/registry.ts";
import { type LatencyStats, measureSteps, sequentialClient } from "./latency.ts";
import { rssMiB } from "./processes.ts";
import { pairWorkload, signCall } from "./requests.ts";
import { regionOf, startBenchSim } from "./throughput.ts";
import { benchWorld, type WorldSize, worldCounts } from "./world.ts";

/** The two worlds. */
export const SMALL: WorldSize = { instances: 50, enis: 100 };
export const LARGE: WorldSize = { instances: 50_000, enis: 100_000 };
/** Bounds of each latency loop. */
const LOOP = { maxMs: 2500, maxSteps: 4000 };
const WARMUP = { maxMs: 500, maxSteps: 300 };

/** What one world measured. */
export interface WorldFigures {
  size: WorldSize;
  attach: LatencyStats;
  detach: LatencyStats;
  describe: LatencyStats;
  rssMiB?: number;
  peakRssMiB?: number;
  /** Seconds from spawn to listening (the world file is read and parsed in that time). */
  loadS: number;
}

/** What benchmark 4 found. */
export interface ScaleResult {
  small: WorldFigures;
  large: WorldFigures;
  attachRatio: number;
  describeRatio: number;
  problems: string[];
}

async function measureWorld(tmp: string, size: WorldSize, problems: string[]): Promise<WorldFigures> {
  const { world, pairs } = benchWorld("tencent", DEFAULT_ACCOUNT.accessKeyId, size);
  const file = join(tmp, `world-${size.enis}.json`);
  writeFileSync(file, JSON.stringify({ tencent: world }));
  const counts = worldCounts(world);
  const sim = await startBenchSim(file);
  const client = sequentialClient(sim.url);
  try {
    const region = await regionOf(sim, "tencent-v3");
    const pair = pairs[0];
    if (!pair) throw new Error("the world has no attachable pair");
    const workload = pairWorkload({
      surface: "tencent-v3",
      host: sim.host,
      region,
      credentials: DEFAULT_ACCOUNT,
      pairs: [pair],
      perRequest: false,
    });
    const [attach, detach] = workload.signedPair(pair);
    const m = surfaceModule("tencent-v3");
    const describe = signCall(
      "tencent-v3",
      "DescribeNetworkInterfaces",
      { NetworkInterfaceIds: [pair.eniId] },
      { host: sim.host, region, credentials: DEFAULT_ACCOUNT },
    );
    let failures = 0;
    const timed = async (req: typeof attach, operation: string) => {
      const r = await client.send(req);
      if (m.codec.decodeResponse(operation, { ...r, headers: {} }).kind !== "success") {
        failures++;
        if (failures === 1) problems.push(`${counts.enis}-ENI world, ${operation}: ${r.body.slice(0, 200)}`);
      }
      return r.us;
    };
    const pairStep = async () => ({
      attach: await timed(attach, "AttachNetworkInterface"),
      detach: await timed(detach, "DetachNetworkInterface"),
    });
    const describeStep = async () => ({ describe: await timed(describe, "DescribeNetworkInterfaces") });
    await measureSteps(pairStep, WARMUP);
    await measureSteps(describeStep, WARMUP);
    const pairStats = await measureSteps(pairStep, LOOP);
    const describeStats = await measureSteps(describeStep, LOOP);
    const rss = rssMiB(sim.pid);
    const peak = rssMiB(sim.pid, true);
    return {
      size: counts,
      attach: pairStats.attach as LatencyStats,
      detach: pairStats.detach as LatencyStats,
      describe: describeStats.describe as LatencyStats,
      ...(rss === undefined ? {} : { rssMiB: rss }),
      ...(peak === undefined ? {} : { peakRssMiB: peak }),
      loadS: sim.readyMs / 1000,
    };
  } finally {
    await client.close();
    await sim.stop();
  }
}

/** Run benchmark 4. */
export async function scaleBench(tmp: string, log: (line: string) => void): Promise<ScaleResult> {
  const problems: string[] = [];
  const small = await measureWorld(tmp, SMALL, problems);
  const large = await measureWorld(tmp, LARGE, problems);
  for (const w of [small, large]) {
    log(
      `  ${w.size.enis} ENIs / ${w.size.instances} instances: attach p50 ${w.attach.p50Us.toFixed(0)} µs, describe p50 ${w.describe.p50Us.toFixed(0)} µs, RSS ${w.rssMiB?.toFixed(0)} MiB (peak ${w.peakRssMiB?.toFixed(0)})`,
    );
  }
  return {
    small,
    large,
    attachRatio: large.attach.p50Us / small.attach.p50Us,
    describeRatio: large.describe.p50Us / small.describe.p50Us,
    problems,
  };
}
