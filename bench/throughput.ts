/**
 * Benchmark 1, simulator throughput: signed attach/detach pairs (signature verification, state
 * changes, the cloud's envelopes) on tencent-v3 (TC3), aliyun-ecs (ACS3) and jdcloud-vm (JDCLOUD2)
 * against `eni-conformance sim` in a child process, each next to the same load against a bare
 * node:http server answering a fixed JSON body (same requests, connections and duration, same run).
 * The simulator runs with throttling off and immediate progress, so pairs alternate cleanly.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { createAjv } from "../src/contracts/ajv.ts";
import { schemaFile } from "../src/contracts/json-schema.ts";
import { readJson } from "../src/contracts/surfaces.ts";
import type { World } from "../src/model/world.ts";
import { seedWorldOf } from "../src/sim/adapters/registry.ts";
import { DEFAULT_ACCOUNT } from "../src/sim/state.ts";
import { type LoadOptions, type LoadResult, runLoad } from "./load.ts";
import { cliArgs, control, type ServerProcess, startServer } from "./processes.ts";
import { type PairOptions, type PairStats, type PairSurface, pairWorkload } from "./requests.ts";
import { benchWorld, type Pair, worldCounts } from "./world.ts";

/** The load of every throughput run. */
export const LOAD: LoadOptions = { connections: 8, durationS: 3 };
/**
 * Measured rounds per comparison, the simulator's and its baseline's alternating (after one warm-up
 * of each): the ratio is the median of the rounds' ratios, so that a slow spell of the machine
 * during one server's run does not decide the verdict.
 */
export const LOAD_ROUNDS = 3;
/** Warm-up of each server before its measured rounds (JIT, connections), not counted. */
export const WARMUP_S = 1;

/** The clouds of the bench's surfaces (their simulator adapters' `cloud`). */
type Cloud = "tencent" | "aliyun" | "jdcloud";

const CLOUD_OF: Record<PairSurface, Cloud> = {
  "tencent-v3": "tencent",
  "aliyun-ecs": "aliyun",
  "jdcloud-vm": "jdcloud",
};

/** What one surface's throughput comparison found. */
export interface ThroughputResult {
  surface: PairSurface;
  perRequestSigning: boolean;
  sim: LoadResult;
  bare: LoadResult;
  /** Median of the rounds' ratios (sim over bare); `sim` and `bare` are that round's runs. */
  ratio: number;
  roundRatios: number[];
  /** Answers that were not a success, or broke their response schema (must be none). */
  problems: string[];
  /** Requests the load generator had to sign while the run went on (none when the budget held). */
  signedDuringRun?: number;
}

/** Each cloud's seed world grown by `pairs` attachable (ENI, instance) pairs, and those pairs. */
function pairWorlds(pairs: number): Record<Cloud, { world: World; pairs: Pair[] }> {
  const out: Partial<Record<Cloud, { world: World; pairs: Pair[] }>> = {};
  for (const cloud of ["tencent", "aliyun", "jdcloud"] as const) {
    const seed = worldCounts(seedWorldOf(cloud, DEFAULT_ACCOUNT.accessKeyId));
    out[cloud] = benchWorld(cloud, DEFAULT_ACCOUNT.accessKeyId, {
      instances: seed.instances + pairs,
      enis: seed.enis + 2 * pairs,
    });
  }
  return out as Record<Cloud, { world: World; pairs: Pair[] }>;
}

/** A world file (`--world`) with `pairs` attachable pairs in each cloud, and those pairs. */
export function writePairWorlds(dir: string, pairs: number): { file: string; pairs: Record<Cloud, Pair[]> } {
  const grown = pairWorlds(pairs);
  const file = join(dir, "pair-worlds.json");
  writeFileSync(
    file,
    JSON.stringify({
      tencent: grown.tencent.world,
      aliyun: grown.aliyun.world,
      jdcloud: grown.jdcloud.world,
    }),
  );
  return {
    file,
    pairs: { tencent: grown.tencent.pairs, aliyun: grown.aliyun.pairs, jdcloud: grown.jdcloud.pairs },
  };
}

/**
 * Start the simulator CLI on a world file, throttling off, progress immediate (with a CPU profile
 * written into `profileDir` when one is given).
 */
export async function startBenchSim(worldFile: string, profileDir?: string): Promise<ServerProcess> {
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const sim = await startServer([...profile, ...cliArgs("sim", "--port", "0", "--world", worldFile)]);
  await control(sim.url, "PUT", "/_sim/faults", { throttle: false });
  await control(sim.url, "PUT", "/_sim/progress", "immediate");
  return sim;
}

const ajv = createAjv();
const validators = new Map<string, ValidateFunction>();

/** Problems of a workload's answers: failures, and sampled bodies that break the response schema. */
export function answerProblems(surface: PairSurface, stats: PairStats): string[] {
  return [...failureProblems(stats), ...schemaProblems(surface, stats)];
}

/** Answers that were not a success. */
export function failureProblems(stats: PairStats): string[] {
  return stats.failed > 0 ? [`${stats.failed} answers were not a success; first: ${stats.firstFailure}`] : [];
}

/** The first sampled body that breaks its operation's response schema, if any. */
export function schemaProblems(surface: PairSurface, stats: PairStats): string[] {
  const problems: string[] = [];
  for (const s of stats.samples) {
    const key = `${surface}/${s.operation}`;
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(readJson(schemaFile(surface, s.operation, "response")) as object);
      validators.set(key, validate);
    }
    if (!validate(JSON.parse(s.body))) {
      problems.push(`${s.operation} answer breaks its response schema: ${ajv.errorsText(validate.errors)}`);
      break;
    }
  }
  return problems;
}

/**
 * Requests per second the simulator is given signed ahead per second of a run, where requests are
 * signed one by one (above what it serves on this machine, so that signing stays out of the run).
 */
export const PRESIGN_PER_S = 16_000;

/** One side of a comparison: a server and how to load it. */
export interface PairSide {
  server: ServerProcess;
  options: Omit<PairOptions, "host">;
  /** A simulator: reset to its seed world before each run, and given per-request signatures where its cloud checks nonces. */
  isSim: boolean;
}

/** One measured run of a side. */
export interface PairRun {
  load: LoadResult;
  stats: PairStats;
}

/**
 * One run against a side. A simulator is reset to its seed world first and gets requests signed
 * one by one where its cloud checks nonces; the bare server checks nothing, so its requests are
 * signed once per pair and the load generator does the same work for both.
 */
async function runSide(side: PairSide, durationS: number): Promise<PairRun> {
  const perRequest = side.isSim && side.options.perRequest;
  const measured = pairWorkload({
    ...side.options,
    host: side.server.host,
    perRequest,
    ...(perRequest ? { presign: PRESIGN_PER_S * durationS } : {}),
  });
  if (side.isSim) await control(side.server.url, "POST", "/_sim/reset");
  const load = await runLoad(side.server.url, measured.requests, { ...LOAD, durationS });
  return { load, stats: measured.stats };
}

/** A comparison of two sides over LOAD_ROUNDS alternating rounds. */
export interface Alternated {
  /** The round whose ratio is the median: its runs are the figures shown. */
  a: PairRun;
  b: PairRun;
  /** Median of the rounds' ratios of requests per second, a over b. */
  ratio: number;
  roundRatios: number[];
  /** Every run of side a (for the answer checks). */
  allA: PairRun[];
}

/** The round whose ratio is the median (the upper one of an even count). */
export function medianRound<T extends { ratio: number }>(rounds: readonly T[]): T {
  if (rounds.length === 0) throw new Error("no rounds");
  const sorted = [...rounds].sort((x, y) => x.ratio - y.ratio);
  return sorted[Math.floor(sorted.length / 2)] as T;
}

/** Warm both sides up, then measure them in alternating rounds; the median round decides. */
export async function alternatePairs(a: PairSide, b: PairSide, rounds = LOAD_ROUNDS): Promise<Alternated> {
  await runSide(a, WARMUP_S);
  await runSide(b, WARMUP_S);
  const runs: { a: PairRun; b: PairRun; ratio: number }[] = [];
  for (let i = 0; i < rounds; i++) {
    const ra = await runSide(a, LOAD.durationS);
    const rb = await runSide(b, LOAD.durationS);
    runs.push({ a: ra, b: rb, ratio: ra.load.rps / rb.load.rps });
  }
  const mid = medianRound(runs);
  return {
    a: mid.a,
    b: mid.b,
    ratio: mid.ratio,
    roundRatios: runs.map((r) => r.ratio),
    allA: runs.map((r) => r.a),
  };
}

/** Region of a surface's fixtures on a simulator. */
export async function regionOf(sim: ServerProcess, surface: PairSurface): Promise<string> {
  const f = (await control(sim.url, "GET", `/_sim/fixtures?surface=${surface}`)) as { region: string };
  return f.region;
}

/** Run benchmark 1 on the three surfaces. */
export async function throughputBench(
  tmp: string,
  log: (line: string) => void,
  profileDir?: string,
): Promise<ThroughputResult[]> {
  const worlds = writePairWorlds(tmp, 2 * LOAD.connections);
  const bare = await startServer(["bench/servers/bare-server.js", "--port", "0"]);
  const sim = await startBenchSim(worlds.file, profileDir);
  const results: ThroughputResult[] = [];
  try {
    for (const surface of ["tencent-v3", "aliyun-ecs", "jdcloud-vm"] as const) {
      const perRequest = surface !== "tencent-v3";
      const options = {
        surface,
        region: await regionOf(sim, surface),
        credentials: DEFAULT_ACCOUNT,
        pairs: worlds.pairs[CLOUD_OF[surface]],
        perRequest,
      };
      const m = await alternatePairs(
        { server: sim, options, isSim: true },
        { server: bare, options, isSim: false },
      );
      const result: ThroughputResult = {
        surface,
        perRequestSigning: perRequest,
        sim: m.a.load,
        bare: m.b.load,
        ratio: m.ratio,
        roundRatios: m.roundRatios,
        problems: [...new Set(m.allA.flatMap((r) => answerProblems(surface, r.stats)))],
      };
      const errors = m.allA.reduce((n, r) => n + r.load.errors, 0);
      if (errors > 0) result.problems.push(`${errors} socket errors or timeouts`);
      const signed = m.allA.reduce((n, r) => n + (r.stats.signedDuringRun ?? 0), 0);
      if (signed > 0) result.signedDuringRun = signed;
      results.push(result);
      log(
        `  ${surface}: sim ${m.a.load.rps.toFixed(0)} req/s (p99 ${m.a.load.p99Ms} ms), bare ${m.b.load.rps.toFixed(0)} req/s (p99 ${m.b.load.p99Ms} ms); rounds ${m.roundRatios.map((r) => r.toFixed(2)).join(", ")}`,
      );
    }
  } finally {
    await bare.stop();
    await sim.stop();
  }
  return results;
}
