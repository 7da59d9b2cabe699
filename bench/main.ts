/**
 * `npm run bench`: runs the five benchmarks (start-up, throughput, peer, scale, suite) in one go,
 * each against a baseline measured in the same run, prints every ratio next to its target, and
 * writes bench/results/latest.json and docs/benchmarks.md (generated from it). Targets are
 * reported, never asserted: the exit code is 1 only when a benchmark could not run or got answers
 * that were not what they should be.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fromRoot } from "../src/contracts/surfaces.ts";
import { describeMachine } from "./machine.ts";
import { peerBench } from "./peer.ts";
import { profileText, summarizeProfile } from "./profile.ts";
import { type BenchResults, markdownReport, type Row, textTable, verdict } from "./results.ts";
import { rowsOf, SETTINGS } from "./rows.ts";
import { scaleBench } from "./scale.ts";
import { startupBench } from "./startup.ts";
import { suiteBench } from "./suite.ts";
import { throughputBench } from "./throughput.ts";

const BENCHMARKS = ["startup", "throughput", "peer", "scale", "suite"] as const;
type Name = (typeof BENCHMARKS)[number];

const log = (line: string) => process.stdout.write(`${line}\n`);

/** The hand-kept profile evidence appended to docs/benchmarks.md, if the file is there. */
function readAnalysis(): string | undefined {
  const file = fromRoot("bench/where-the-time-goes.md");
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** Run the benchmarks named by `argv` (all by default); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: "string" },
      profile: { type: "string" },
      "no-write": { type: "boolean", default: false },
      render: { type: "boolean", default: false },
    },
  });
  // After editing bench/where-the-time-goes.md: the docs page again from the last results, no run.
  if (values.render) {
    const last = JSON.parse(readFileSync(fromRoot("bench/results/latest.json"), "utf8")) as BenchResults;
    writeFileSync(fromRoot("docs/benchmarks.md"), markdownReport(last, readAnalysis()));
    log("wrote docs/benchmarks.md from bench/results/latest.json");
    return 0;
  }
  const only = values.only?.split(",").filter(Boolean) ?? [...BENCHMARKS];
  for (const name of only) {
    if (!(BENCHMARKS as readonly string[]).includes(name)) {
      process.stderr.write(`bench: unknown benchmark ${name} (${BENCHMARKS.join(", ")})\n`);
      return 2;
    }
  }
  const profileDir = values.profile ? resolve(values.profile) : undefined;
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    log(`profiling the simulator into ${values.profile}: figures of this run are perturbed by the profiler`);
  }
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const machine = describeMachine();
  log(`eni-conformance benchmarks on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}`);
  const tmp = mkdtempSync(join(tmpdir(), "enic-bench-"));
  const details: Record<string, unknown> = {};
  const rows: Row[] = [];
  let harnessError = false;
  const run = async <T>(name: Name, title: string, bench: () => Promise<T>) => {
    if (!only.includes(name)) return;
    log(`\n${title}`);
    const t0 = performance.now();
    try {
      const result = await bench();
      details[name] = result;
      rows.push(...rowsOf(name, result));
    } catch (error) {
      harnessError = true;
      const message = (error as Error).message.split("\n")[0] ?? "";
      log(`  error: ${message}`);
      rows.push(...rowsOf(name, undefined, message));
    }
    log(`  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  };
  try {
    await run("startup", "5. start-up: eni-conformance sim vs bare node:http", () => startupBench(log));
    await run("throughput", "1. throughput: signed attach/detach pairs vs bare node:http", () =>
      throughputBench(tmp, log, profileDir),
    );
    await run("peer", "2. peer: the same tencent-v3 pairs against Prism", async () => {
      const r = await peerBench(tmp);
      log(
        r.measured
          ? `  sim ${r.sim.rps.toFixed(0)} req/s, Prism ${r.prism.rps.toFixed(0)} req/s (p99 ${r.prism.p99Ms} ms); rounds ${r.roundRatios.map((x) => x.toFixed(2)).join(", ")}`
          : `  ${r.reason}`,
      );
      return r;
    });
    await run("scale", "4. scale: 100,000-ENI world vs 100-ENI world", () => scaleBench(tmp, log));
    await run(
      "suite",
      "3. suite: CPU per exchange of eni-conformance run --runs 100 vs bare undici → node:http",
      () => suiteBench(tmp, log),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const results: BenchResults = {
    version: 1,
    startedAt,
    durationS: (performance.now() - started) / 1000,
    machine,
    settings: SETTINGS,
    rows,
    details,
  };
  log(`\n${textTable(results)}`);
  if (profileDir) {
    for (const file of readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"))) {
      log(profileText(file, summarizeProfile(join(profileDir, file))));
    }
  }
  if (values.only === undefined && !values["no-write"]) {
    mkdirSync(fromRoot("bench/results"), { recursive: true });
    writeFileSync(fromRoot("bench/results/latest.json"), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(fromRoot("docs/benchmarks.md"), markdownReport(results, readAnalysis()));
    log("wrote bench/results/latest.json and docs/benchmarks.md");
  }
  log(`took ${results.durationS.toFixed(0)} s`);
  return harnessError || rows.some((r) => verdict(r) === "invalid") ? 1 : 0;
}
