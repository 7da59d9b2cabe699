/**
 * Rate discipline against a staging-like target: a target that throttles an operation below what
 * the run would send gets throttling answers, which the run retries (no case fails or errors for
 * it); with that operation's rate configured below the target's limit (`--rate`), the target never
 * has to throttle it. A rate above the documented one, or for an unknown operation, is refused.
 */
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { surfaceModule } from "../surfaces/registry.ts";
import { cli, saveFixtures, startSimProcess, stopChildren } from "../testing/cli.ts";

const OPERATION = "tencent-v3/DescribeNetworkInterfaces";
const CASE = "tencent-v3/async.task-completes#1";
/** The code tencent-v3 answers throttling with. */
const THROTTLED = surfaceModule("tencent-v3").errors.error("rate.throttled", "").code;
let url = "";
let fixtures = "";

beforeAll(async () => {
  url = await startSimProcess();
  fixtures = await saveFixtures(url);
  // The target allows 4 describes per second: fewer than the run's read-backs would send.
  await request(`${url}/_sim/faults`, {
    method: "PUT",
    body: JSON.stringify({ throttle: { [OPERATION]: 4 } }),
  });
});
afterAll(stopChildren);

/** Run the case; resolve to the exit code and the throttling answers the target gave the describe. */
async function runCase(
  extra: string[],
): Promise<{ code: number | null; throttled: number; served: number; why: string }> {
  await request(`${url}/_sim/requests`, { method: "DELETE" });
  // A fresh throttling window: the run before may have sent its last describes less than a second
  // ago (the command starts fast), and the target would count them against this run.
  await request(`${url}/_sim/reset`, { method: "POST" });
  const { code, stdout, stderr } = await cli([
    ...["run", "--target", url, "--account", "AKIDtest:testkey", "--fixtures", fixtures],
    ...["--allow-mutations", "--no-control-plane", "--runs", "3", "--surface", "tencent-v3", "--case", CASE],
    ...["--report-dir", `${fixtures}.report-${extra.length}`],
    ...extra,
  ]);
  const log = JSON.parse(await (await request(`${url}/_sim/requests`)).body.text()) as {
    requests: { operation?: string; code?: string }[];
  };
  const describes = log.requests.filter((r) => r.operation === "DescribeNetworkInterfaces");
  return {
    code,
    throttled: describes.filter((r) => r.code === THROTTLED).length,
    served: describes.length,
    why: `${stdout.slice(-1500)}\n${stderr.slice(-1500)}`,
  };
}

describe("rate limits", () => {
  it("retries the target's throttling without a failed or errored case, and a configured rate avoids it", async () => {
    const free = await runCase([]);
    expect(free.code, free.why).toBe(0);
    expect(free.throttled).toBeGreaterThan(0);
    // Half the target's limit: the client's window counts sends, the target's counts arrivals, and
    // on a loaded machine a burst sent a second after another can arrive closer to it than that.
    const paced = await runCase(["--rate", `${OPERATION}=2`]);
    expect(paced.code, paced.why).toBe(0);
    expect(paced.served).toBeGreaterThan(4);
    expect(paced.throttled).toBe(0);
  }, 120_000);

  it.each([
    [["--rate", "tencent-v3/AttachNetworkInterface=1000"], /above the documented 100\/s/],
    [["--rate", "tencent-v3/NoSuchOperation=1"], /tencent-v3 has no operation NoSuchOperation/],
    [["--rate", "tencent-v3/AttachNetworkInterface"], /must be <surface>\/<Operation>=N/],
  ])(
    "refuses %j with a clear message",
    async (extra, message) => {
      const { code, stderr } = await cli(["run", "--surface", "tencent-v3", ...extra]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    },
    60_000,
  );
});
