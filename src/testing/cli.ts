/**
 * Test support for the command-line tests: run `eni-conformance` in a child process like a user
 * does, start a standalone simulator on a free port, and save its fixtures to a file. Child
 * processes are tracked and stopped by `stopChildren()`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { fromRoot, SURFACES } from "../contracts/surfaces.ts";

/** The command's entry point. */
export const BIN = fromRoot("src/cli/bin.js");

const children: ChildProcess[] = [];

/** Stop every child process started here. */
export function stopChildren(): void {
  for (const c of children.splice(0)) c.kill("SIGTERM");
}

/** Run `eni-conformance ...args` to completion. */
export function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

/** Start `eni-conformance sim --port 0 ...args`; resolves to its base URL once it listens. */
export function startSimProcess(args: string[] = []): Promise<string> {
  const child = spawn(process.execPath, [BIN, "sim", "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`sim exited ${code}`)));
  });
}

/** Save the simulator's fixtures of every surface (for `account`) as one JSON file; returns its path. */
export async function saveFixtures(url: string, account = "AKIDtest"): Promise<string> {
  const all: Record<string, unknown> = {};
  for (const s of SURFACES) {
    all[s] = await (await request(`${url}/_sim/fixtures?surface=${s}&account=${account}`)).body.json();
  }
  const file = join(mkdtempSync(join(tmpdir(), "enic-fixtures-")), "fixtures.json");
  writeFileSync(file, JSON.stringify(all, null, 2));
  return file;
}
