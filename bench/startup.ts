/**
 * Benchmark 5, start-up: from spawning `eni-conformance sim --port 0` to its first successful answer
 * (a signed tencent-v3 DescribeNetworkInterfaces, sent as soon as the `listening on` line appears),
 * next to a bare node:http server from spawn to its first answer, alternated over a few rounds in the
 * same run; the medians are compared.
 */
import { DEFAULT_ACCOUNT } from "../src/sim/state.ts";
import { surfaceModule } from "../src/surfaces/registry.ts";
import { median, sequentialClient } from "./latency.ts";
import { cliArgs, startServer } from "./processes.ts";
import { signCall } from "./requests.ts";

/** Rounds of each (alternating). */
export const ROUNDS = 5;

/** Start-up figures in milliseconds (medians over the rounds). */
export interface StartupResult {
  simMs: number;
  simListeningMs: number;
  bareMs: number;
  bareListeningMs: number;
  rounds: number;
  ratio: number;
  problems: string[];
}

async function once(kind: "sim" | "bare", problems: string[]): Promise<{ total: number; listening: number }> {
  const server = await startServer(
    kind === "sim" ? cliArgs("sim", "--port", "0") : ["bench/servers/bare-server.js", "--port", "0"],
  );
  const client = sequentialClient(server.url);
  try {
    const req =
      kind === "sim"
        ? signCall(
            "tencent-v3",
            "DescribeNetworkInterfaces",
            {},
            {
              host: server.host,
              region: surfaceModule("tencent-v3").defaults.region,
              credentials: DEFAULT_ACCOUNT,
            },
          )
        : { method: "GET", url: "/", headers: { host: server.host }, body: "" };
    const res = await client.send(req);
    const ok =
      kind === "sim"
        ? surfaceModule("tencent-v3").codec.decodeResponse("DescribeNetworkInterfaces", {
            ...res,
            headers: {},
          }).kind === "success"
        : res.status === 200;
    if (!ok) problems.push(`${kind}: the first answer was not a success: ${res.body.slice(0, 200)}`);
    return { total: server.readyMs + res.us / 1000, listening: server.readyMs };
  } finally {
    await client.close();
    await server.stop();
  }
}

/** Run benchmark 5. */
export async function startupBench(log: (line: string) => void): Promise<StartupResult> {
  const problems: string[] = [];
  const sim: number[] = [];
  const simListening: number[] = [];
  const bare: number[] = [];
  const bareListening: number[] = [];
  // One unmeasured start of each first: the OS file cache and tsx's transform cache are warm.
  await once("bare", problems);
  await once("sim", problems);
  for (let i = 0; i < ROUNDS; i++) {
    const b = await once("bare", problems);
    bare.push(b.total);
    bareListening.push(b.listening);
    const s = await once("sim", problems);
    sim.push(s.total);
    simListening.push(s.listening);
  }
  const result: StartupResult = {
    simMs: median(sim),
    simListeningMs: median(simListening),
    bareMs: median(bare),
    bareListeningMs: median(bareListening),
    rounds: ROUNDS,
    ratio: median(sim) / median(bare),
    problems,
  };
  log(
    `  sim ${result.simMs.toFixed(0)} ms to first answer (listening at ${result.simListeningMs.toFixed(0)} ms), bare ${result.bareMs.toFixed(0)} ms`,
  );
  return result;
}
