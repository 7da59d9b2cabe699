/**
 * The conformance suite: one test per item of the run — every case of every rule of the catalogue
 * (a fast-check property against the target), every unprovokable error row (skipped with its
 * reason), and in SDK mode the SDK probes — executed by the case engine (src/engine/). vitest is the
 * runner: `eni-conformance run` provides the run configuration and collects each result from the
 * test's metadata; a plain `vitest run` tests the embedded simulator with the defaults. Adding a
 * rule or a row to a spec adds tests here without new test code.
 */
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { defaultRunConfig } from "../src/config/load.ts";
import { type Engine, itemTimeoutMs, openEngine } from "../src/engine/engine.ts";
import { itemTitle, planItems } from "../src/engine/items.ts";
import { PROVIDED_CONFIG } from "../src/engine/vitest-context.ts";
import type { SdkOutcome } from "../src/sdk/executor.ts";
import type { CaseResult } from "../src/suites-kit/runner.ts";

const config = inject(PROVIDED_CONFIG) ?? defaultRunConfig();
const sdk = config.client !== undefined;
const items = planItems(config);
let engine: Engine | undefined;

beforeAll(async () => {
  engine = await openEngine(config);
});
afterAll(async () => {
  await engine?.close();
});

/** Why a result is not a pass, as the test's failure (a harness error is never a contract failure). */
function failure(result: CaseResult): Error {
  if (result.status === "errored") {
    return new Error(
      `harness error (${sdk ? "not a verdict on the SDK" : "not a contract failure"}): ${result.reason}`,
    );
  }
  const lines = result.findings.map((f) => `  [${f.check}] ${f.message}`);
  const through = (result as { sdk?: SdkOutcome }).sdk;
  const head = through
    ? `${result.id} through ${through.client}\n  promised: ${through.promised}\n  surfaced: ${through.surfaced}`
    : `${result.id} breaks ${result.rule} (${result.citation})`;
  return new Error(
    `${head}\n${lines.join("\n")}\n  seed ${result.seed}${result.path ? ` path ${result.path}` : ""}\n  replay: ${result.replay}`,
  );
}

for (const surface of config.surfaces) {
  describe(surface, () => {
    for (const item of items.filter((i) => i.surface === surface)) {
      it(
        itemTitle(item, sdk),
        async (ctx) => {
          if (!engine) throw new Error("harness error: the engine did not open (see beforeAll)");
          const result = await engine.run(item);
          ctx.task.meta.enic = result;
          if (result.status === "skipped") ctx.skip(result.reason);
          if (result.status === "errored" || result.status === "failed") throw failure(result);
        },
        itemTimeoutMs(config),
      );
    }
  });
}
