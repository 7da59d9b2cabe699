/**
 * The conformance suite: one case per case of every rule of the catalogue, for every surface, run
 * as a fast-check property against the target (the embedded simulator by default, or the target
 * `eni-conformance run` names), plus every unprovokable error row listed as skipped with its reason.
 * Adding a rule or a row to a spec adds cases here without new test code.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import { recording, useTape } from "../src/client/cassette.ts";
import { listCases, listUnprovokable } from "../src/suites-kit/cases.ts";
import { describeForCassette } from "../src/suites-kit/cassette-header.ts";
import { suiteConfig } from "../src/suites-kit/config.ts";
import { type CaseResult, caseTimeoutMs, runCase } from "../src/suites-kit/runner.ts";
import { createTarget, type Target } from "../src/suites-kit/target.ts";

const config = suiteConfig();
let target: Target;

beforeAll(async () => {
  target = await createTarget({
    target: config.target,
    ...(config.account ? { account: config.account } : {}),
    ...(config.fixturesFile ? { fixturesFile: config.fixturesFile } : {}),
    allowMutations: config.allowMutations,
    useControl: !config.noControl,
    ...(config.accountsEnv ? { accountsEnv: config.accountsEnv } : {}),
    ...(config.region ? { region: config.region } : {}),
  });
  if (recording()) await describeForCassette(target, config);
});
afterAll(async () => {
  useTape("teardown");
  // Leave a target with a control plane in its seed world, as the run found it.
  if (target?.hasControl) await target.control("POST", "/_sim/reset");
  await target?.close();
});

/** Hand the case's result to the reporter (src/report/vitest-reporter.ts) through the test's metadata. */
function record(task: { meta: object }, result: CaseResult): void {
  Object.assign(task.meta, { enic: result });
}

const cases = listCases(config.surfaces).filter((c) => !config.caseId || c.id === config.caseId);

for (const surface of config.surfaces) {
  describe(surface, () => {
    for (const c of cases.filter((x) => x.surface === surface)) {
      const name = `${c.rule} #${c.id.split("#")[1]} ${c.ruleCase.operation} → ${c.ruleCase.expect}${c.ruleCase.mutate ? ` (${c.ruleCase.mutate.kind})` : ""}`;
      it(
        name,
        async (ctx) => {
          const result = await runCase(target, c, {
            runs: config.runs,
            seed: config.seed,
            ...(config.path ? { path: config.path } : {}),
            ...(config.replayArgs ? { replayArgs: config.replayArgs } : {}),
          });
          record(ctx.task, result);
          if (result.status === "skipped") ctx.skip(result.reason);
          if (result.status === "errored")
            throw new Error(`harness error (not a contract failure): ${result.reason}`);
          if (result.status === "failed") {
            const lines = result.findings.map((f) => `  [${f.check}] ${f.message}`);
            throw new Error(
              `${c.id} breaks ${c.rule} (${c.citations.map((x) => ("document" in x ? `${x.document} ${x.section}` : x.companion)).join("; ")})\n${lines.join("\n")}\n  seed ${result.seed}${result.path ? ` path ${result.path}` : ""}\n  replay: ${result.replay}`,
            );
          }
        },
        caseTimeoutMs(config.target === "sim" ? "sim" : "http"),
      );
    }
    if (!config.caseId) {
      for (const u of listUnprovokable([surface])) {
        it(`row ${u.row.id} (${u.row.code})`, (ctx) => {
          record(ctx.task, {
            id: u.id,
            surface,
            operation: u.row.operation ?? "",
            rule: `row:${u.row.id}`,
            citation:
              "document" in u.row.source
                ? `${u.row.source.document} ${u.row.source.section}`
                : u.row.source.companion,
            status: "skipped",
            findings: [],
            reason: `unprovokable: ${u.reason}`,
            seed: config.seed,
            runs: 0,
            replay: "",
            durationMs: 0,
          });
          ctx.skip(`unprovokable: ${u.reason}`);
        });
      }
    }
  });
}
