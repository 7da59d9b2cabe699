/**
 * No secret of the accounts used reaches anything a run writes: a run against a standalone
 * simulator with a deviation (so failed cases carry their exchanges) and a distinctive secret, and
 * then every file in the report directory is scanned for the secret, raw and percent-encoded.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterAll, describe, expect, it } from "vitest";
import { fromRoot, SURFACES } from "../contracts/surfaces.ts";

const SECRET = "Sec/ret+Value=42-do-not-leak";
const bin = fromRoot("src/cli/bin.js");
let sim: ChildProcess | undefined;
afterAll(() => {
  sim?.kill("SIGTERM");
});

function startSim(): Promise<string> {
  sim = spawn(
    process.execPath,
    [
      bin,
      "sim",
      "--port",
      "0",
      "--account",
      `AKIDscan:${SECRET}`,
      "--deviate",
      "aliyun-ecs:envelope:wrong-status",
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    sim?.stdout?.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    sim?.on("exit", (code) => reject(new Error(`sim exited ${code}`)));
  });
}

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [bin, "run", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, out })));
}

describe("secrets", () => {
  it("never reach a report file, the console output, or a recorded exchange", async () => {
    const url = await startSim();
    const fixtures: Record<string, unknown> = {};
    for (const s of SURFACES) {
      fixtures[s] = await (await request(`${url}/_sim/fixtures?surface=${s}&account=AKIDscan`)).body.json();
    }
    const file = join(mkdtempSync(join(tmpdir(), "enic-secrets-")), "fixtures.json");
    writeFileSync(file, JSON.stringify(fixtures));
    const dir = mkdtempSync(join(tmpdir(), "enic-secrets-report-"));
    const { code, out } = await run([
      ...["--target", url, "--account", `AKIDscan:${SECRET}`, "--fixtures", file, "--allow-mutations"],
      ...["--runs", "1", "--surface", "aliyun-ecs", "--surface", "tencent-v3", "--report-dir", dir],
    ]);
    expect(code).toBe(1); // the deviation makes cases fail, so their exchanges are in the report
    const files = readdirSync(dir);
    expect(files).toEqual(
      expect.arrayContaining(["report.json", "junit.xml", "report.md", "contracts.json"]),
    );
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.cases.some((c: { exchange?: unknown }) => c.exchange !== undefined)).toBe(true);
    for (const name of files) {
      const text = readFileSync(join(dir, name), "utf8");
      expect(text, name).not.toContain(SECRET);
      expect(text, name).not.toContain(encodeURIComponent(SECRET));
    }
    expect(out).not.toContain(SECRET);
  });
});
