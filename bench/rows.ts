/**
 * From each benchmark's figures to the rows of the results table: what was measured, the baseline,
 * the ratio and its target (the targets of issue 9), plus the settings every run used. A benchmark
 * that failed to run gives its rows with no value and the error as their note.
 */
import type { PeerResult } from "./peer.ts";
import { grouped, type Row, type Target } from "./results.ts";
import { LARGE, SCALE_ROUNDS, type ScaleResult, SMALL } from "./scale.ts";
import { ROUNDS, type StartupResult } from "./startup.ts";
import { BARE_EXCHANGES, BARE_WARMUP, RUNS, type SuiteResult } from "./suite.ts";
import { LOAD, LOAD_ROUNDS, PRESIGN_PER_S, type ThroughputResult, WARMUP_S } from "./throughput.ts";

const at = (op: Target["op"], value: number, unit: Target["unit"] = "x", eachRound?: number): Target => ({
  op,
  value,
  unit,
  ...(eachRound === undefined ? {} : { eachRound }),
});
/** Throughput: the median round at least 0.6× of bare node:http, and no round below 0.5×. */
const THROUGHPUT_TARGET = at(">=", 0.6, "x", 0.5);
/** Peer: at least 5× Prism's throughput in every round, not only in the median. */
const PEER_TARGET = at(">=", 5, "x", 5);
/** Suite: the bare round trip's CPU per exchange over ours, at least 0.5. */
const EXCHANGE_TARGET = at(">=", 0.5);
const MB = (mib: number | undefined) => (mib === undefined ? Number.NaN : (mib * 2 ** 20) / 1e6);
const us = (v: number) => `${v.toFixed(0)} µs`;
/** autocannon's latencies are whole milliseconds. */
const ms = (v: number) => (v < 1 ? "< 1 ms" : `${v} ms`);

/** How every run was set up (listed in the docs page). */
export const SETTINGS: string[] = [
  `Load: autocannon, ${LOAD.connections} connections, on 127.0.0.1; after a ${WARMUP_S} s warm-up of each server, ${LOAD_ROUNDS} rounds of ${LOAD.durationS} s alternating between the simulator and its baseline (bare node:http, or Prism); the ratio is the median of the rounds' ratios, and the figures shown are that round's; every round's ratio is listed, and each must also meet its bound (throughput: no round below 0.5×; peer: every round at least 5×). The simulator (\`eni-conformance sim --world FILE\`) and the baselines run in child processes, the load generator in the bench process.`,
  'Simulator settings for throughput and scale: throttling off (`PUT /_sim/faults {"throttle": false}`, the documented 100/s limit of Tencent API 3.0 AttachNetworkInterface would cap the load) and progress `"immediate"` (`PUT /_sim/progress`), so attach/detach pairs alternate cleanly; the world is reset before each run.',
  "Every request the simulator gets is verified (signature, timestamp, nonce where the cloud checks one), decoded and validated, changes the world, and is answered in the cloud's envelope; every answer is read with the surface's codec and must be a success, and the first 20 answers of each operation are validated against the response schemas.",
  `TC3 requests are signed once per (ENI, instance) pair: TC3 has no nonce and a signature stays valid for 5 minutes. ACS3 and JDCLOUD2 requests carry nonces the simulator remembers, so each request the simulator gets is signed on its own with its own nonce — ahead of the run (up to ${grouped(PRESIGN_PER_S)} per second of run), so that signing in the load generator does not cap the run. The bare server checks nothing, so its requests are signed once per pair: the load generator does the same work in both runs.`,
  `Suite: the CPU time (all threads, start to exit) of \`eni-conformance run --runs ${RUNS}\` (what \`npm run conformance\` runs, each case's property ${RUNS} times) against the embedded simulator, divided by the HTTP exchanges the run made (signed vendor calls and control-plane calls, counted from the cassette of the same run recorded with \`--record\`: same seed, same runs, its report.json compared with the timed run's), next to the CPU per exchange (client and server process) of ${grouped(BARE_EXCHANGES)} sequential undici \`request\` → bare node:http round trips with a fixed JSON answer after ${grouped(BARE_WARMUP)} of warm-up, in the same run. The same for \`run --runs ${RUNS} --transport in-process\` (the opt-in without sockets; its exchanges from its own recorded cassette), against the same bare round trip. The wall times of \`run --runs ${RUNS}\` and of the default run are shown for reference.`,
  `Scale: Tencent worlds of ${grouped(LARGE.enis)} ENIs / ${grouped(LARGE.instances)} instances and ${SMALL.enis} ENIs / ${SMALL.instances} instances loaded with \`--world\`, both up at once; sequential signed requests over one connection, the two worlds' loops alternating over ${SCALE_ROUNDS} rounds, p50 compared, the median round's ratio taken; resident memory (VmRSS, 1 MB = 10^6 bytes) of the simulator process after the latency loops.`,
  `Start-up: spawn to the first successful answer (a signed DescribeNetworkInterfaces sent when the \`listening on\` line appears, a GET for the bare server), median of ${ROUNDS} alternating rounds after one warm-up round each.`,
];

function failed(ids: [string, string, Target | undefined][], error: string): Row[] {
  return ids.map(([id, benchmark, target]) => ({
    id,
    benchmark,
    measured: "—",
    baseline: "—",
    value: null,
    ...(target ? { target } : {}),
    problems: [],
    note: `not measured: ${error}`,
  }));
}

const SURFACES = [
  ["tencent-v3", "TC3"],
  ["aliyun-ecs", "ACS3"],
  ["jdcloud-vm", "JDCLOUD2"],
] as const;

/** The rows of one benchmark (`result` undefined when it threw `error`). */
export function rowsOf(name: string, result: unknown, error = ""): Row[] {
  switch (name) {
    case "throughput": {
      const ids = SURFACES.map(
        ([s, scheme]) =>
          [`throughput.${s}`, `1. throughput, ${s} (${scheme}) attach/detach`, THROUGHPUT_TARGET] as [
            string,
            string,
            Target,
          ],
      );
      if (!result) return failed(ids, error);
      return (result as ThroughputResult[]).map((r, i) => ({
        id: ids[i]?.[0] ?? r.surface,
        benchmark: ids[i]?.[1] ?? r.surface,
        measured: `${grouped(r.sim.rps)} req/s, p99 ${ms(r.sim.p99Ms)}`,
        baseline: `bare node:http ${grouped(r.bare.rps)} req/s, p99 ${ms(r.bare.p99Ms)}`,
        value: r.ratio,
        target: THROUGHPUT_TARGET,
        rounds: r.roundRatios,
        problems: r.problems,
        note: r.perRequestSigning
          ? `each request signed on its own (nonces)${r.signedDuringRun ? `, ${grouped(r.signedDuringRun)} of them during the run` : ", all ahead of the run"}`
          : "signed once per pair (no nonce)",
      }));
    }
    case "peer": {
      const ids: [string, string, Target][] = [
        ["peer.prism", "2. peer, tencent-v3 pairs vs Prism", PEER_TARGET],
      ];
      const r = result as PeerResult | undefined;
      if (!r) return failed(ids, error);
      if (!r.measured) return failed(ids, r.reason);
      return [
        {
          id: "peer.prism",
          benchmark: "2. peer, tencent-v3 pairs vs Prism",
          measured: `${grouped(r.sim.rps)} req/s, p99 ${ms(r.sim.p99Ms)}`,
          baseline: `Prism ${r.version} ${grouped(r.prism.rps)} req/s, p99 ${ms(r.prism.p99Ms)}`,
          value: r.ratio,
          target: PEER_TARGET,
          rounds: r.roundRatios,
          problems: r.problems,
          note: `@stoplight/prism-cli ${r.version} \`mock -v warn specs/tencent-v3.openapi.yaml\` (static examples, no signature check); requests go to /%23<Action>, the spec's path${r.notes.length > 0 ? `; Prism's answers: ${r.notes.join("; ")}` : ""}`,
        },
      ];
    }
    case "suite": {
      const ids: [string, string, Target | undefined][] = [
        [
          "suite.exchange-cost",
          `3. suite, CPU per exchange of run --runs ${RUNS} vs a bare undici → node:http round trip`,
          EXCHANGE_TARGET,
        ],
        [
          "suite.exchange-cost.in-process",
          `3. suite, CPU per exchange of run --runs ${RUNS} --transport in-process (opt-in, no sockets) vs the same bare round trip`,
          EXCHANGE_TARGET,
        ],
        ["suite.wall-time", `3. suite, run --runs ${RUNS} wall time (reference)`, undefined],
        ["suite.default-runs", "3. suite, run (default --runs 3) wall time (reference)", undefined],
      ];
      const r = result as SuiteResult | undefined;
      if (!r) return failed(ids, error);
      const e = r.exchanges;
      const ip = r.inProcess.exchanges;
      return [
        {
          id: "suite.exchange-cost",
          benchmark: ids[0]?.[1] ?? "",
          measured: `${us(e.cpuPerExchangeUs)} CPU per exchange: ${grouped(e.total)} exchanges (${grouped(e.vendor)} signed, ${grouped(e.control)} control) in ${r.suiteCpuS.toFixed(1)} s of CPU; ${e.perPropertyRun.toFixed(1)} exchanges per property run, ${grouped(r.propertyRunsPerS)} property runs/s`,
          baseline: `bare undici → node:http ${us(e.bare.cpuPerExchangeUs)} CPU per exchange (client ${us(e.bare.clientUs)} + server ${us(e.bare.serverUs)}, ${grouped(e.bare.exchanges)} sequential exchanges)`,
          value: e.bare.cpuPerExchangeUs / e.cpuPerExchangeUs,
          target: EXCHANGE_TARGET,
          problems: r.problems,
          note: `CPU of the whole \`run --runs ${RUNS}\` process, all threads, start to exit (signing, sending, the embedded simulator, decoding, checks, fast-check, reports); exchanges counted from the cassette of the same run recorded with \`--record\` (same seed and runs; its report.json ${e.sameReport ? "is identical" : "DIFFERS"}), signed vendor exchanges and control-plane calls alike`,
        },
        {
          id: "suite.exchange-cost.in-process",
          benchmark: ids[1]?.[1] ?? "",
          measured: `${us(ip.cpuPerExchangeUs)} CPU per exchange: ${grouped(ip.total)} exchanges (${grouped(ip.vendor)} signed, ${grouped(ip.control)} control) in ${r.inProcess.suiteCpuS.toFixed(1)} s of CPU, ${r.inProcess.suiteS.toFixed(1)} s wall`,
          baseline: `bare undici → node:http ${us(e.bare.cpuPerExchangeUs)} CPU per exchange (the same measurement)`,
          value: e.bare.cpuPerExchangeUs / ip.cpuPerExchangeUs,
          target: EXCHANGE_TARGET,
          problems: r.inProcess.problems,
          note: `the same run with the opt-in \`--transport in-process\` (the client's exchanges reach the embedded simulator's handler through an undici dispatcher, without sockets; the reports name it), measured and counted the same way, exchanges from its own recorded cassette (its report.json ${ip.sameReport ? "is identical" : "DIFFERS"}); its verdicts ${r.inProcess.sameVerdicts ? "are" : "are NOT"} the real-HTTP run's (report.json equal but for \`run.transport\`)`,
        },
        {
          id: "suite.wall-time",
          benchmark: ids[2]?.[1] ?? "",
          measured: `${r.suiteS.toFixed(1)} s (CPU ${r.suiteCpuS.toFixed(1)} s), ${r.casesRun} cases, ${r.casesPerS.toFixed(1)} cases/s, ${grouped(r.propertyRunsPerS)} property runs/s, ≥ ${r.minRunsPerRule} runs per rule`,
          baseline: "—",
          value: r.suiteS,
          unit: "s",
          problems: [],
        },
        {
          id: "suite.default-runs",
          benchmark: ids[3]?.[1] ?? "",
          measured: `${r.defaultRun.s.toFixed(1)} s (CPU ${r.defaultRun.cpuS.toFixed(1)} s)`,
          baseline: "—",
          value: r.defaultRun.s,
          unit: "s",
          problems: [],
        },
      ];
    }
    case "scale": {
      const ids: [string, string, Target][] = [
        ["scale.attach", "4. scale, attach latency 100k vs 100 ENIs", at("<=", 1.5)],
        ["scale.describe", "4. scale, describe latency 100k vs 100 ENIs", at("<=", 1.5)],
        ["scale.memory", "4. scale, simulator RSS with 100k ENIs", at("<=", 300, "MB")],
      ];
      const r = result as ScaleResult | undefined;
      if (!r) return failed(ids, error);
      const lat = (s: ScaleResult["small"]["attach"]) => `p50 ${us(s.p50Us)}, p99 ${us(s.p99Us)}`;
      return [
        {
          id: "scale.attach",
          benchmark: ids[0]?.[1] ?? "",
          measured: lat(r.large.attach),
          baseline: lat(r.small.attach),
          value: r.attachRatio,
          target: at("<=", 1.5),
          problems: r.problems,
        },
        {
          id: "scale.describe",
          benchmark: ids[1]?.[1] ?? "",
          measured: lat(r.large.describe),
          baseline: lat(r.small.describe),
          value: r.describeRatio,
          target: at("<=", 1.5),
          problems: r.problems,
        },
        {
          id: "scale.memory",
          benchmark: ids[2]?.[1] ?? "",
          measured: `RSS ${MB(r.large.rssMiB).toFixed(0)} MB (peak ${MB(r.large.peakRssMiB).toFixed(0)} MB), listening ${r.large.loadS.toFixed(1)} s after spawn`,
          baseline: `100-ENI world: RSS ${MB(r.small.rssMiB).toFixed(0)} MB`,
          value: MB(r.large.rssMiB),
          target: at("<=", 300, "MB"),
          problems: [],
        },
      ];
    }
    case "startup": {
      const ids: [string, string, Target][] = [
        ["startup", "5. start-up, sim vs bare node:http", at("<=", 2)],
      ];
      const r = result as StartupResult | undefined;
      if (!r) return failed(ids, error);
      return [
        {
          id: "startup",
          benchmark: ids[0]?.[1] ?? "",
          measured: `${r.simMs.toFixed(0)} ms to first answer (listening at ${r.simListeningMs.toFixed(0)} ms)`,
          baseline: `bare node:http ${r.bareMs.toFixed(0)} ms`,
          value: r.ratio,
          target: at("<=", 2),
          problems: r.problems,
        },
      ];
    }
    default:
      return [];
  }
}
