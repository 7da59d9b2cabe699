/**
 * Child processes of the benchmarks: servers started with `node`, ready when they print their
 * `listening on http://HOST:PORT` line, stopped with SIGTERM (SIGKILL after a grace period), and
 * their resident memory (or `ps` where there is no /proc) and CPU time read from /proc. Every child is bounded:
 * a server that does not get ready in time is killed, and so is one still running at exit.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { fromRoot } from "../src/contracts/surfaces.ts";

/** A running server process. */
export interface ServerProcess {
  readonly url: string;
  readonly host: string;
  readonly pid: number;
  /** Milliseconds from spawn to the `listening` line. */
  readonly readyMs: number;
  stop(): Promise<void>;
}

const LISTENING = /listening on (http:\/\/[^\s/]+)/;
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Node arguments that run the project's CLI (`eni-conformance ...`). */
export function cliArgs(...args: string[]): string[] {
  return [fromRoot("src/cli/bin.js"), ...args];
}

/**
 * Start `node ...args` in the project root and wait for its `listening on` line. `started` is when
 * the spawn was asked for (`performance.now()`), so that a caller can time up to its own request.
 */
export function startServer(
  args: string[],
  options: { timeoutMs?: number; env?: Record<string, string>; pollUrl?: string } = {},
): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: fromRoot("."),
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let err = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-4000);
  });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        running.delete(child);
        resolve();
        return;
      }
      const kill = setTimeout(() => child.kill("SIGKILL"), 3000);
      child.once("exit", () => {
        clearTimeout(kill);
        running.delete(child);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      void stop();
      reject(
        new Error(`${args.join(" ")} was not listening within ${options.timeoutMs ?? 60_000} ms\n${err}`),
      );
    }, options.timeoutMs ?? 60_000);
    const ready = (url: string) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners("data");
      child.stdout?.resume();
      resolve({
        url,
        host: new URL(url).host,
        pid: child.pid as number,
        readyMs: performance.now() - started,
        stop,
      });
    };
    const pollUrl = options.pollUrl;
    if (pollUrl) {
      // A server that prints no line when ready (Prism at log level warn): poll until it answers.
      child.stdout?.resume();
      const poll = () => {
        if (child.exitCode !== null) return;
        fetch(pollUrl).then(
          () => ready(new URL(pollUrl).origin),
          () => setTimeout(poll, 50),
        );
      };
      poll();
      return;
    }
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = LISTENING.exec(out);
      if (m) ready(m[1] as string);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      running.delete(child);
      reject(new Error(`${args.join(" ")} exited with ${code} before listening\n${err}`));
    });
  });
}

/** Resident set size of a process, in MiB (`peak`: the high-water mark), or undefined if unknown. */
export function rssMiB(pid: number, peak = false): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const m = new RegExp(`^${peak ? "VmHWM" : "VmRSS"}:\\s+(\\d+) kB`, "m").exec(status);
    if (m) return Number(m[1]) / 1024;
  } catch {
    // no /proc: ask ps (current RSS only)
  }
  try {
    const kb = Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim());
    return Number.isFinite(kb) && kb > 0 ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

let clockTicks: number | undefined;

/**
 * CPU time a process has used so far (user + system, all its threads), in microseconds, from
 * /proc/PID/stat (clock-tick resolution, usually 10 ms); undefined where there is no /proc.
 */
export function cpuMicros(pid: number): number | undefined {
  try {
    const fields = (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
    clockTicks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1e6) / clockTicks : undefined;
  } catch {
    return undefined;
  }
}

/** Call the simulator's control plane; throws unless it answers 2xx. */
export async function control(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  return text === "" ? undefined : JSON.parse(text);
}

/** A TCP port on 127.0.0.1 that was free a moment ago (for servers that cannot take port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
