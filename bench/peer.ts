/**
 * Benchmark 2, peer comparison: the same signed tencent-v3 attach/detach pairs against Stoplight
 * Prism (`@stoplight/prism-cli`, a static mock of specs/tencent-v3.openapi.yaml) with the same load,
 * in the same run, alternating rounds with a simulator on the same world. Prism routes by path, so
 * each request goes to the spec's path for its action (`/%23AttachNetworkInterface`); headers and
 * body are the same bytes. Prism logs at `warn`, so it is
 * not slowed by a log line per request. When Prism is not installed the comparison is reported as
 * not measured, never estimated.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fromRoot } from "../src/contracts/surfaces.ts";
import { DEFAULT_ACCOUNT } from "../src/sim/state.ts";
import type { LoadResult } from "./load.ts";
import { freePort, startServer } from "./processes.ts";
import {
  alternatePairs,
  answerProblems,
  failureProblems,
  LOAD,
  regionOf,
  schemaProblems,
  startBenchSim,
  writePairWorlds,
} from "./throughput.ts";

/** What the peer comparison found, or why it was not measured. */
export type PeerResult =
  | {
      measured: true;
      /** The simulator's and Prism's runs of the median round, and the median of the rounds' ratios. */
      sim: LoadResult;
      prism: LoadResult;
      ratio: number;
      roundRatios: number[];
      version: string;
      problems: string[];
      notes: string[];
    }
  | { measured: false; reason: string };

/** The Prism CLI's entry file and version, when the package is installed. */
function prismCli(): { bin: string; version: string } | undefined {
  try {
    const require = createRequire(fromRoot("package.json"));
    const manifest = require.resolve("@stoplight/prism-cli/package.json");
    const pkg = require(manifest) as { version: string; bin: Record<string, string> | string };
    const rel = typeof pkg.bin === "string" ? pkg.bin : pkg.bin.prism;
    const bin = rel ? join(dirname(manifest), rel) : "";
    return existsSync(bin) ? { bin, version: pkg.version } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Run the tencent-v3 pair load against Prism and against the simulator (started here on the same
 * pair world as benchmark 1), in alternating rounds.
 */
export async function peerBench(tmp: string): Promise<PeerResult> {
  const cli = prismCli();
  if (!cli) return { measured: false, reason: "@stoplight/prism-cli is not installed" };
  const worlds = writePairWorlds(tmp, 2 * LOAD.connections);
  const pairs = worlds.pairs.tencent;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const prism = await startServer(
    [cli.bin, "mock", "-h", "127.0.0.1", "-p", String(port), "-v", "warn", "specs/tencent-v3.openapi.yaml"],
    { pollUrl: `${origin}/`, timeoutMs: 60_000 },
  );
  const sim = await startBenchSim(worlds.file);
  try {
    const region = await regionOf(sim, "tencent-v3");
    const options = {
      surface: "tencent-v3" as const,
      region,
      credentials: DEFAULT_ACCOUNT,
      pairs,
      perRequest: false,
    };
    const m = await alternatePairs(
      { server: sim, options, isSim: true },
      {
        server: prism,
        options: {
          ...options,
          path: (operation) => `/%23${operation}`,
        },
        isSim: false,
      },
    );
    const problems = [...new Set(m.allA.flatMap((r) => answerProblems("tencent-v3", r.stats)))];
    const prismRun = m.b;
    problems.push(...failureProblems(prismRun.stats));
    if (prismRun.load.errors > 0) problems.push(`${prismRun.load.errors} socket errors or timeouts`);
    // Prism's answers are its own business; that they break our schemas is worth saying, not fatal.
    const notes = schemaProblems("tencent-v3", prismRun.stats);
    return {
      measured: true,
      sim: m.a.load,
      prism: prismRun.load,
      ratio: m.ratio,
      roundRatios: m.roundRatios,
      version: cli.version,
      problems,
      notes,
    };
  } finally {
    await prism.stop();
    await sim.stop();
  }
}
