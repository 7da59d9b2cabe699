/**
 * Benchmark 4, scale: the simulator CLI loaded (`--world FILE`) with a Tencent world of 100,000
 * ENIs and 50,000 instances next to one of 100 ENIs and 50 instances, in the same run. For each, the
 * latency of signed tencent-v3 attach, detach and describe (DescribeNetworkInterfaces by id, what
 * the suites' read-back sends) over one connection, and the resident memory of the simulator
 * process once the world is in use (current and peak).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_ACCOUNT } from "../src/sim/state.ts";
import { surfaceModule } from "../src/surfaces/registry.ts";
import { type LatencyStats, measureSteps, sequentialClient } from "./latency.ts";
import { rssMiB } from "./processes.ts";
import { pairWorkload, signCall } from "./requests.ts";
import { medianRound, regionOf, startBenchSim } from "./throughput.ts";
import { benchWorld, type WorldSize, worldCounts } from "./world.ts";

/** The two worlds. */
export const SMALL: WorldSize = { instances: 50, enis: 100 };
export const LARGE: WorldSize = { instances: 50_000, enis: 100_000 };
/** Bounds of each latency loop (per round). */
const LOOP = { maxMs: 1000, maxSteps: 1500 };
/** Rounds, the two worlds' loops alternating. */
export const SCALE_ROUNDS = 3;
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

/** A simulator loaded with one world, ready to be measured in rounds. */
interface OpenWorld {
  counts: WorldSize;
  readyS: number;
  /** One latency loop of attach/detach pairs and one of describes. */
  measure(
    bounds: typeof LOOP,
  ): Promise<{ attach: LatencyStats; detach: LatencyStats; describe: LatencyStats }>;
  memory(): { rssMiB?: number; peakRssMiB?: number };
  close(): Promise<void>;
}

async function openWorld(tmp: string, size: WorldSize, problems: string[]): Promise<OpenWorld> {
  const { world, pairs } = benchWorld("tencent", DEFAULT_ACCOUNT.accessKeyId, size);
  const file = join(tmp, `world-${size.enis}.json`);
  writeFileSync(file, JSON.stringify({ tencent: world }));
  const counts = worldCounts(world);
  const sim = await startBenchSim(file);
  const client = sequentialClient(sim.url);
  const close = async () => {
    await client.close();
    await sim.stop();
  };
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
    return {
      counts,
      readyS: sim.readyMs / 1000,
      async measure(bounds) {
        const pairStats = await measureSteps(pairStep, bounds);
        const describeStats = await measureSteps(describeStep, bounds);
        return {
          attach: pairStats.attach as LatencyStats,
          detach: pairStats.detach as LatencyStats,
          describe: describeStats.describe as LatencyStats,
        };
      },
      memory() {
        const rss = rssMiB(sim.pid);
        const peak = rssMiB(sim.pid, true);
        return {
          ...(rss === undefined ? {} : { rssMiB: rss }),
          ...(peak === undefined ? {} : { peakRssMiB: peak }),
        };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Run benchmark 4: both simulators stay up, and their latency loops alternate over SCALE_ROUNDS
 * rounds; each ratio is the median of the rounds' ratios, and the figures shown are that round's.
 */
export async function scaleBench(tmp: string, log: (line: string) => void): Promise<ScaleResult> {
  const problems: string[] = [];
  const small = await openWorld(tmp, SMALL, problems);
  let large: OpenWorld | undefined;
  try {
    large = await openWorld(tmp, LARGE, problems);
    type Round = Awaited<ReturnType<OpenWorld["measure"]>>;
    const rounds: { small: Round; large: Round }[] = [];
    for (let i = 0; i < SCALE_ROUNDS; i++) {
      rounds.push({ small: await small.measure(LOOP), large: await large.measure(LOOP) });
    }
    const pick = (op: "attach" | "describe") =>
      medianRound(rounds.map((r) => ({ ...r, ratio: r.large[op].p50Us / r.small[op].p50Us })));
    const attach = pick("attach");
    const describe = pick("describe");
    const figures = (w: OpenWorld, side: "small" | "large"): WorldFigures => ({
      size: w.counts,
      attach: attach[side].attach,
      detach: attach[side].detach,
      describe: describe[side].describe,
      ...w.memory(),
      loadS: w.readyS,
    });
    const result: ScaleResult = {
      small: figures(small, "small"),
      large: figures(large, "large"),
      attachRatio: attach.ratio,
      describeRatio: describe.ratio,
      problems,
    };
    for (const w of [result.small, result.large]) {
      log(
        `  ${w.size.enis} ENIs / ${w.size.instances} instances: attach p50 ${w.attach.p50Us.toFixed(0)} µs, describe p50 ${w.describe.p50Us.toFixed(0)} µs, RSS ${w.rssMiB?.toFixed(0)} MiB (peak ${w.peakRssMiB?.toFixed(0)})`,
      );
    }
    log(
      `  attach ratio by round ${rounds.map((r) => (r.large.attach.p50Us / r.small.attach.p50Us).toFixed(2)).join(", ")}`,
    );
    return result;
  } finally {
    await small.close();
    await large?.close();
  }
}
