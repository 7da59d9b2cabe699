/**
 * The SDK conformance suite (`eni-conformance run --client <adapter>`): drives an SDK, through its
 * adapter (src/sdk/adapter.ts), over every catalogue case of the surfaces it speaks, every
 * unprovokable row (skipped with its reason) and the SDK probes (retries, timeout, error shape),
 * against the embedded simulator served on 127.0.0.1. Each case hands its result, with what the
 * document promises and what the SDK surfaced, to the reporter through the test's metadata.
 *
 * Without ENIC_CLIENT (a plain `vitest run`) there is no SDK to drive: the suite says so as a
 * skipped test. The adapters themselves are tested in src/sdk/*.test.ts.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import { loadAdapter } from "../src/sdk/adapters/index.ts";
import type { SdkCaseResult } from "../src/sdk/executor.ts";
import { runSdkItem, type SdkSession, sdkItems, startSdkSession } from "../src/sdk/session.ts";
import { suiteConfig } from "../src/suites-kit/config.ts";

const config = suiteConfig();
const spec = config.client;

/** Hand the case's result to the reporter (src/report/vitest-reporter.ts) through the test's metadata. */
function record(task: { meta: object }, result: SdkCaseResult): void {
  Object.assign(task.meta, { enic: result });
}

if (!spec) {
  it.skip("SDK mode needs an adapter: eni-conformance run --client <adapter> (or ENIC_CLIENT)", () => {});
} else {
  const adapter = await loadAdapter(spec);
  const surfaces = config.surfaces.filter((s) => adapter.surfaces.includes(s));
  if (config.target !== "sim")
    throw new Error("SDK mode runs against the embedded simulator only (--target sim)");
  if (surfaces.length === 0) {
    throw new Error(
      `${adapter.name} speaks ${adapter.surfaces.join(", ")}, none of ${config.surfaces.join(", ")}`,
    );
  }
  let session: SdkSession | undefined;
  beforeAll(async () => {
    session = await startSdkSession({
      adapter,
      seed: config.seed,
      runs: config.runs,
      replayArgs: config.replayArgs || `--client ${spec}`,
      ...(config.account ? { account: config.account } : {}),
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const surface of surfaces) {
    describe(`${adapter.name} · ${surface}`, () => {
      for (const item of sdkItems([surface], config.caseId)) {
        it(item.id, async (ctx) => {
          if (!session) throw new Error("harness error: the simulator did not start (see beforeAll)");
          const result = await runSdkItem(session, item);
          record(ctx.task, result);
          if (result.status === "skipped") ctx.skip(result.reason);
          if (result.status === "errored")
            throw new Error(`harness error (not a verdict on the SDK): ${result.reason}`);
          if (result.status === "failed") {
            const lines = result.findings.map((f) => `  [${f.check}] ${f.message}`);
            throw new Error(
              `${result.id} through ${adapter.name}\n  promised: ${result.sdk.promised}\n  surfaced: ${result.sdk.surfaced}\n${lines.join("\n")}\n  replay: ${result.replay}`,
            );
          }
        });
      }
    });
  }
}
