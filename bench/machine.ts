/**
 * The description of the machine a benchmark run happened on (for the results and the docs page).
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import type { Machine } from "./results.ts";

function osName(): string {
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync("/etc/os-release", "utf8"));
    if (m) return `${m[1]}, ${type()} ${release()}`;
  } catch {
    // not Linux
  }
  return `${type()} ${release()}`;
}

/** This machine. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    memoryGiB: totalmem() / 2 ** 30,
    os: osName(),
    node: process.version,
    loadAverage: loadavg()[0] ?? 0,
  };
}
