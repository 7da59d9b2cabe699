/**
 * `eni-conformance replay <report.json> <case-id>`: re-runs exactly one case of a report with the
 * report's seed and fast-check path (and its number of runs), so the same inputs are drawn again;
 * requests are signed afresh (new timestamps and nonces). The target defaults to the report's when
 * that was the embedded simulator; a report of a URL target holds no credentials, so the user passes
 * `--target` (and `--account`, `--fixtures`) again — resolved like `run`'s options (src/config/), and
 * run by the same case engine (src/engine/), without vitest. Exit 0 passed or skipped, 1 failed, 2
 * errored or bad input (an unknown case id lists the similar ones).
 */
import { parseArgs } from "node:util";
import { loadRunConfig } from "../config/load.ts";
import type { RunConfig } from "../config/run-config.ts";
import { isSurface } from "../contracts/surfaces.ts";
import { isSuiteError } from "../core/errors.ts";
import { type Engine, openEngine } from "../engine/engine.ts";
import type { ReportCase } from "../report/model.ts";
import type { CaseResult } from "../suites-kit/runner.ts";
import { loadReport } from "./report-command.ts";

export const REPLAY_USAGE = `usage: eni-conformance replay <report.json> <case-id> [--target sim|URL] [--account KEYID:SECRET]
                             [--fixtures FILE] [--allow-mutations] [--no-control-plane]`;

const OPTIONS = {
  target: { type: "string" },
  account: { type: "string" },
  fixtures: { type: "string" },
  "allow-mutations": { type: "boolean", default: false },
  "no-control-plane": { type: "boolean", default: false },
} as const;

function fail(message: string, usage = false): number {
  process.stderr.write(`eni-conformance replay: ${message}\n${usage ? `${REPLAY_USAGE}\n` : ""}`);
  return 2;
}

/** Edit distance of two strings (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** Up to `n` ids closest to `wanted`: those containing it first, then by edit distance. */
export function similarIds(wanted: string, ids: readonly string[], n = 5): string[] {
  const score = (id: string) => (id.includes(wanted) ? 0 : distance(wanted, id));
  return ids
    .map((id) => ({ id, score: score(id) }))
    .sort((x, y) => x.score - y.score || x.id.localeCompare(y.id))
    .slice(0, n)
    .map((x) => x.id);
}

function outcomeText(c: ReportCase, result: CaseResult): string {
  const lines = [`${result.status.toUpperCase()} ${c.id} — rule ${c.rule} (${c.citation})`];
  if (result.reason) lines.push(`  reason: ${result.reason}`);
  for (const f of result.findings) lines.push(`  [${f.check}] ${f.message}`);
  if (result.status === "failed" && result.path && result.path !== c.path) {
    lines.push(`  counterexample path now ${result.path}`);
  }
  lines.push(`  the report had: ${c.status}`);
  return `${lines.join("\n")}\n`;
}

/** Run `replay`; resolves to the exit code. */
export async function replayCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return fail((error as Error).message, true);
  }
  const { values, positionals } = parsed;
  const [file, id] = positionals;
  if (positionals.length !== 2 || file === undefined || id === undefined) {
    return fail("takes a report file and a case id", true);
  }
  const loaded = loadReport(file);
  if ("problem" in loaded) return fail(loaded.problem);
  const { report } = loaded;
  const c = report.cases.find((x) => x.id === id);
  if (!c) {
    const similar = similarIds(
      id,
      report.cases.map((x) => x.id),
    );
    return fail(`no case ${id} in ${file}; similar ids:\n${similar.map((s) => `  ${s}`).join("\n")}`);
  }
  if (c.rule.startsWith("row:")) {
    process.stdout.write(
      `SKIPPED ${c.id} — an unprovokable error row: ${c.reason ?? "no request provokes it"}\n`,
    );
    return 0;
  }
  const targetName = values.target ?? (report.run.target === "sim" ? "sim" : undefined);
  if (targetName === undefined) {
    return fail(
      `the report ran against ${report.run.target}; pass --target URL again, with --account and --fixtures as that run had them (reports never hold credentials)`,
    );
  }
  if (!isSurface(c.surface)) return fail(`${id} is of no surface this version knows`);
  let config: RunConfig;
  try {
    const given = loadRunConfig({
      argv: [
        ...["--target", targetName],
        ...(values.account ? ["--account", values.account] : []),
        ...(values.fixtures ? ["--fixtures", values.fixtures] : []),
        ...(values["allow-mutations"] ? ["--allow-mutations"] : []),
        ...(values["no-control-plane"] ? ["--no-control-plane"] : []),
      ],
      env: process.env,
      cwd: process.cwd(),
    });
    config = {
      ...given,
      surfaces: [c.surface],
      caseId: id,
      seed: c.seed,
      runs: Math.max(1, report.run.runs),
      ...(c.path ? { path: c.path } : {}),
    };
  } catch (error) {
    if (isSuiteError(error)) return fail(error.message);
    throw error;
  }
  let engine: Engine;
  try {
    engine = await openEngine(config);
  } catch (error) {
    if (isSuiteError(error)) return fail(error.message);
    throw error;
  }
  let result: CaseResult;
  try {
    const item = engine.items.find((x) => x.id === id);
    if (!item) return fail(`${id} is no longer a case of the rule catalogue`);
    process.stdout.write(
      `replay ${c.id} against ${targetName}: seed ${c.seed}${c.path ? `, path ${c.path}` : ""}, ${report.run.runs} run(s)\n`,
    );
    result = await engine.run(item);
  } finally {
    // Leaves a target with a control plane in its seed world, as a run does.
    await engine.close().catch((error: Error) => {
      process.stderr.write(`eni-conformance replay: could not reset the target: ${error.message}\n`);
    });
  }
  process.stdout.write(outcomeText(c, result));
  return result.status === "errored" ? 2 : result.status === "failed" ? 1 : 0;
}
