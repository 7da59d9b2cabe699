/**
 * Ctrl-C in the middle of a staging-like run (a standalone simulator used without its control
 * plane, so the run must restore fixtures by its own calls): at ten different moments, the run
 * stops, restores, and either leaves every ENI where it found it (exit 130) or exits 3 naming
 * exactly what it left out of place. A second Ctrl-C aborts restoring and names what is left.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, saveFixtures, startSimProcess, stopChildren } from "./test-support.ts";

let url = "";
let fixtures = "";

beforeAll(async () => {
  url = await startSimProcess();
  fixtures = await saveFixtures(url);
});
afterAll(stopChildren);

async function attachments(): Promise<string[]> {
  const state = JSON.parse(await (await request(`${url}/_sim/state`)).body.text()) as {
    worlds: Record<string, { enis: Record<string, { attachment?: { instanceId: string; status: string } }> }>;
  };
  return Object.values(state.worlds).flatMap((w) =>
    Object.entries(w.enis).map(
      ([id, e]) => `${id}:${e.attachment?.instanceId ?? "-"}:${e.attachment?.status ?? "-"}`,
    ),
  );
}

async function interruptedRun(
  delayMs: number,
  signals: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [
      BIN,
      "run",
      "--target",
      url,
      "--account",
      "AKIDtest:testkey",
      "--fixtures",
      fixtures,
      "--allow-mutations",
    ].concat([
      "--no-control-plane",
      "--runs",
      "2",
      "--surface",
      "tencent-v3",
      "--report-dir",
      mkdtempSync(join(tmpdir(), "enic-int-")),
    ]),
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const started = new Promise<void>((resolve) => {
    child.stdout?.on("data", (d) => {
      stdout += d;
      if (stdout.includes("runs per case, seed")) resolve();
    });
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await started;
  await new Promise((r) => setTimeout(r, delayMs));
  child.kill("SIGINT");
  if (signals > 1) {
    await new Promise((r) => setTimeout(r, 150));
    child.kill("SIGINT");
  }
  return { code: await exit, stdout, stderr };
}

describe("interrupting a run against a staging-like target", () => {
  const before = { value: [] as string[] };
  beforeAll(async () => {
    before.value = await attachments();
  });

  it.each([300, 700, 1100, 1500, 1900, 2300, 2700, 3100, 3500, 4200])(
    "Ctrl-C %i ms in: restores everything, or exits 3 naming what is left",
    async (delay) => {
      const { code, stdout, stderr } = await interruptedRun(delay, 1);
      const after = await attachments();
      if (code === 3) {
        const left = after.filter((a) => !before.value.includes(a));
        expect(left.length).toBeGreaterThan(0);
        for (const a of left) expect(stderr).toContain(a.split(":")[0]);
      } else {
        // Interrupted (130), or the run ended before the signal (0).
        expect([0, 130]).toContain(code);
        expect(after).toEqual(before.value);
        expect(stdout).toContain("leak check: every fixture is where the preflight found it");
      }
    },
    60_000,
  );

  it("a second Ctrl-C aborts restoring and names what is left dirty (or nothing is)", async () => {
    const { code, stderr } = await interruptedRun(1200, 2);
    const after = await attachments();
    const left = after.filter((a) => !before.value.includes(a));
    if (left.length > 0) {
      expect(code).toBe(3);
      expect(stderr).toContain("LEFT DIRTY");
    } else {
      expect([0, 130]).toContain(code);
    }
    // Put the world back for whatever runs next.
    await request(`${url}/_sim/reset`, { method: "POST" });
  }, 60_000);
});
