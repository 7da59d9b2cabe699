/**
 * Benchmark 2, peer comparison: the same signed tencent-v3 attach/detach pairs against Stoplight
 * Prism (`@stoplight/prism-cli`, a static mock of specs/tencent-v3.openapi.yaml) with the same load,
 * in the same run. Prism routes by path, so each request goes to the spec's path for its action
 * (`/%23AttachNetworkInterface`); headers and body are the same bytes. Prism logs at `warn`, so it is
 * not slowed by a log line per request. When Prism is not installed the comparison is reported as
 * not measured, never estimated.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fromRoot } from "../src/contracts/surfaces.ts";
import { DEFAULT_ACCOUNT } from "../src/sim/simulator.ts";
import type { LoadResult } from "./load.ts";
import { freePort, startServer } from "./processes.ts";
import { failureProblems, LOAD, measurePairs, pairWorlds, schemaProblems } from "./throughput.ts";

/** What the peer comparison found, or why it was not measured. */
export type PeerResult =
  | { measured: true; prism: LoadResult; version: string; problems: string[]; notes: string[] }
  | { measured: false; reason: string };

/** The Prism CLI's entry file and version, when the package is installed. */
export function prismCli(): { bin: string; version: string } | undefined {
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

/** Run the tencent-v3 pair load against Prism (the simulator's figure comes from benchmark 1). */
export async function peerBench(): Promise<PeerResult> {
  const cli = prismCli();
  if (!cli) return { measured: false, reason: "@stoplight/prism-cli is not installed" };
  const { world, pairs } = pairWorlds(2 * LOAD.connections).tencent;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const prism = await startServer(
    [cli.bin, "mock", "-h", "127.0.0.1", "-p", String(port), "-v", "warn", "specs/tencent-v3.openapi.yaml"],
    { pollUrl: `${origin}/`, timeoutMs: 60_000 },
  );
  try {
    const { load, stats } = await measurePairs(
      prism,
      {
        surface: "tencent-v3",
        region: world.region,
        credentials: DEFAULT_ACCOUNT,
        pairs,
        perRequest: false,
        path: (operation) => `/%23${operation}`,
      },
      false,
    );
    const problems = failureProblems(stats);
    if (load.errors > 0) problems.push(`${load.errors} socket errors or timeouts`);
    // Prism's answers are its own business; that they break our schemas is worth saying, not fatal.
    const notes = schemaProblems("tencent-v3", stats);
    return { measured: true, prism: load, version: cli.version, problems, notes };
  } finally {
    await prism.stop();
  }
}
