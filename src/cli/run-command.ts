/**
 * `eni-conformance run`: runs the conformance suites (vitest, programmatically) against a target —
 * the embedded simulator by default — shows progress, prints the summary table and the coverage,
 * writes report.json and summary.md, and exits 0 when every case passed or was skipped with a
 * reason, 1 when any case failed, 2 on a harness error.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fromRoot, isSurface, PROJECT_ROOT } from "../contracts/surfaces.ts";
import { ENV } from "../suites-kit/config.ts";
import type { CaseResult } from "../suites-kit/runner.ts";
import { runReport, summaryText } from "../suites-kit/summary.ts";

export const RUN_USAGE = `usage: eni-conformance run [--surface S]... [--target sim|URL] [--account KEYID:SECRET] [--region R]
                          [--fixtures FILE] [--allow-mutations] [--no-control-plane] [--runs N] [--seed N]
                          [--case ID] [--path P] [--report-dir DIR]`;

const OPTIONS = {
  surface: { type: "string", multiple: true },
  target: { type: "string", default: "sim" },
  account: { type: "string" },
  region: { type: "string" },
  fixtures: { type: "string" },
  "allow-mutations": { type: "boolean", default: false },
  "no-control-plane": { type: "boolean", default: false },
  runs: { type: "string", default: "3" },
  seed: { type: "string", default: "42" },
  case: { type: "string" },
  path: { type: "string" },
  "report-dir": { type: "string" },
} as const;

/** Run `run`; resolves to the exit code. */
export async function runCommand(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS }>>["values"];
  try {
    values = parseArgs({ args: argv, options: OPTIONS }).values;
    for (const s of values.surface ?? []) if (!isSurface(s)) throw new Error(`unknown surface ${s}`);
    for (const [name, v] of [
      ["--runs", values.runs],
      ["--seed", values.seed],
    ] as const) {
      if (!/^\d+$/.test(v)) throw new Error(`${name} must be a whole number`);
    }
  } catch (error) {
    process.stderr.write(`eni-conformance run: ${(error as Error).message}\n${RUN_USAGE}\n`);
    return 2;
  }
  const dir = values["report-dir"] ?? fromRoot("reports/latest");
  mkdirSync(dir, { recursive: true });
  const resultsFile = join(dir, "cases.jsonl");
  rmSync(resultsFile, { force: true });
  const replayArgs = [
    values.target !== "sim" ? `--target ${values.target}` : "",
    values.fixtures ? `--fixtures ${values.fixtures}` : "",
    values["allow-mutations"] ? "--allow-mutations" : "",
    values["no-control-plane"] ? "--no-control-plane" : "",
  ]
    .filter(Boolean)
    .join(" ");
  const env: Record<string, string> = {
    [ENV.target]: values.target,
    [ENV.runs]: values.runs,
    [ENV.seed]: values.seed,
    [ENV.results]: resultsFile,
    [ENV.allowMutations]: values["allow-mutations"] ? "1" : "0",
    [ENV.noControl]: values["no-control-plane"] ? "1" : "0",
    [ENV.surfaces]: (values.surface ?? []).join(","),
    [ENV.replayArgs]: replayArgs,
  };
  if (values.account) env[ENV.account] = values.account;
  if (values.region) env[ENV.region] = values.region;
  if (values.fixtures) env[ENV.fixtures] = values.fixtures;
  if (values.case) env[ENV.caseId] = values.case;
  if (values.path) env[ENV.path] = values.path;
  Object.assign(process.env, env);
  process.stdout.write(
    `eni-conformance run: target ${values.target}, ${values.runs} runs per case, seed ${values.seed}\n`,
  );
  const { startVitest } = await import("vitest/node");
  const vitest = await startVitest("test", ["suites/conformance.test.ts"], {
    root: PROJECT_ROOT,
    run: true,
    watch: false,
    reporters: ["dot"],
    passWithNoTests: false,
  });
  await vitest?.close();
  process.exitCode = 0;
  const results: CaseResult[] = existsSync(resultsFile)
    ? readFileSync(resultsFile, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as CaseResult)
    : [];
  if (results.length === 0) {
    process.stderr.write("eni-conformance run: no case ran (a harness error: see the output above)\n");
    return 2;
  }
  const surfaces = (values.surface?.length ? values.surface : undefined) as Parameters<typeof summaryText>[1];
  const text = summaryText(results, surfaces, { coverage: values.case === undefined });
  process.stdout.write(`\n${text}`);
  const report = runReport(results, {
    target: values.target,
    seed: Number(values.seed),
    runs: Number(values.runs),
    surfaces: surfaces ? [...surfaces] : ["tencent-v2", "tencent-v3", "aliyun-ecs", "jdcloud-vm"],
  });
  writeFileSync(join(dir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, "summary.md"), `# Conformance run\n\n\`\`\`\n${text}\`\`\`\n`);
  process.stdout.write(`wrote ${join(dir, "report.json")} and summary.md\n`);
  if (results.some((r) => r.status === "errored")) return 2;
  if (results.some((r) => r.status === "failed")) return 1;
  return 0;
}
