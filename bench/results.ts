/**
 * The benchmark results (bench/results/latest.json) and what is made of them: each row's verdict
 * against its target, the table printed at the end of `npm run bench`, and docs/benchmarks.md.
 * Pure functions of the results, so the table and the page are tested without running anything.
 */

/** Units of values: a ratio, megabytes (10^6 bytes), seconds (reference rows). */
export type Unit = "x" | "MB" | "s";

/**
 * A target: the value (a ratio, or megabytes) must be at least or at most `value`; with
 * `eachRound`, so must every round's ratio be against that bound (e.g. "no round below 0.5×").
 */
export interface Target {
  op: ">=" | "<=";
  value: number;
  unit: Unit;
  eachRound?: number;
}

/** One line of the table. */
export interface Row {
  id: string;
  /** What is measured, e.g. "1. throughput, tencent-v3 attach/detach pairs". */
  benchmark: string;
  /** Our absolute figures, as text (never asserted). */
  measured: string;
  /** The baseline's absolute figures, as text. */
  baseline: string;
  /** The ratio (or megabytes) compared with the target; null when not measured. */
  value: number | null;
  /** Absent for a reference row: a figure shown for context, with no target. */
  target?: Target | undefined;
  /** The unit of a reference row's value (a row with a target takes the target's). */
  unit?: Unit;
  /** The ratio of each measured round, where the comparison ran in rounds (`value` is their median). */
  rounds?: number[];
  /** Reasons the measurement is not valid (failed answers, errors); empty when it is. */
  problems: string[];
  /** Why it was not measured, or how it was measured. */
  note?: string;
}

/** The machine the figures come from. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** 1-minute load average when the run started (other work on the machine). */
  loadAverage: number;
}

/** Everything one `npm run bench` found. */
export interface BenchResults {
  version: 1;
  /** When the run started (ISO 8601). */
  startedAt: string;
  durationS: number;
  machine: Machine;
  /** How the runs were set up (connections, durations, simulator settings). */
  settings: string[];
  rows: Row[];
  /** The raw figures of each benchmark. */
  details: Record<string, unknown>;
}

/** How a row stands against its target. */
export type Verdict = "met" | "missed" | "not measured" | "invalid" | "reference";

const holds = (op: Target["op"], x: number, bound: number) => (op === ">=" ? x >= bound : x <= bound);

/** The verdict of a row: its value against the target, and every round against `eachRound`. */
export function verdict(row: Row): Verdict {
  if (row.value === null || !Number.isFinite(row.value)) return "not measured";
  if (row.problems.length > 0) return "invalid";
  const t = row.target;
  if (!t) return "reference";
  if (!holds(t.op, row.value, t.value)) return "missed";
  const bound = t.eachRound;
  return bound === undefined || (row.rounds ?? []).every((r) => holds(t.op, r, bound)) ? "met" : "missed";
}

function number(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A value in its unit: `0.31×`, `388 MB`. */
export function valueText(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (unit === "s") return `${value.toFixed(1)} s`;
  return unit === "x" ? `${number(value)}×` : `${value.toFixed(0)} MB`;
}

/** The unit of a row's value. */
const unitOf = (row: Row): Unit => row.target?.unit ?? row.unit ?? "x";

/** A target as text: `≥ 0.60×`, `≤ 300 MB`, `≥ 0.60×, each round ≥ 0.50×`; `—` for none. */
export function targetText(target: Target | undefined): string {
  if (!target) return "—";
  const op = target.op === ">=" ? "≥" : "≤";
  const each =
    target.eachRound === undefined ? "" : `, each round ${op} ${valueText(target.eachRound, target.unit)}`;
  return `${op} ${valueText(target.value, target.unit)}${each}`;
}

/** The rounds' ratios as text: `0.55×, 0.61×, 0.58×`. */
function roundsText(row: Row): string {
  return (row.rounds ?? []).map((r) => valueText(r, unitOf(row))).join(", ");
}

/** Integer with thousands separators. */
export function grouped(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

const COLUMNS = ["benchmark", "ours", "baseline", "ratio", "target", "verdict"] as const;

function cells(row: Row): string[] {
  const value = valueText(row.value, unitOf(row));
  return [
    row.benchmark,
    row.measured,
    row.baseline,
    row.rounds && row.rounds.length > 0 ? `${value} (rounds ${roundsText(row)})` : value,
    targetText(row.target),
    verdict(row),
  ];
}

/** The table printed at the end of a run (plain text, aligned). */
export function textTable(results: BenchResults): string {
  const lines = [[...COLUMNS], ...results.rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? "").length)));
  const out = lines.map((l) =>
    l
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  const notes = results.rows.flatMap((r) => [
    ...(r.note ? [`${r.id}: ${r.note}`] : []),
    ...r.problems.map((p) => `${r.id}: INVALID: ${p}`),
  ]);
  return `${out.join("\n")}\n${notes.length > 0 ? `\n${notes.join("\n")}\n` : ""}`;
}

const escapeCell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * docs/benchmarks.md, generated from the results; `analysis` (hand-kept markdown, the profile
 * evidence of bench/where-the-time-goes.md) is appended as it is.
 */
export function markdownReport(results: BenchResults, analysis?: string): string {
  const m = results.machine;
  const table = [
    `| ${COLUMNS.join(" | ")} |`,
    `| ${COLUMNS.map((c) => (c === "benchmark" ? "---" : c === "ratio" ? "---:" : "---")).join(" | ")} |`,
    ...results.rows.map((r) => `| ${cells(r).map(escapeCell).join(" | ")} |`),
  ];
  const misses = results.rows.filter((r) => verdict(r) !== "met" && verdict(r) !== "reference");
  return [
    "<!-- generated by `npm run bench` from bench/results/latest.json — do not edit -->",
    "",
    "# Benchmarks",
    "",
    "`npm run bench` measures the simulator and the conformance run against baselines measured in",
    "the same run on the same machine, and compares each ratio with its target. Absolute figures are",
    "shown for reference only: the machines are noisy, so only the ratios carry a target, and no",
    "figure is asserted. Everything runs on 127.0.0.1; each benchmark stops by itself.",
    "",
    `Run started ${results.startedAt}, took ${results.durationS.toFixed(0)} s.`,
    "",
    "## Machine",
    "",
    `- CPU: ${m.cpu}, ${m.cores} cores`,
    `- memory: ${m.memoryGiB.toFixed(0)} GiB`,
    `- OS: ${m.os}`,
    `- Node.js: ${m.node}`,
    `- load average when the run started: ${m.loadAverage.toFixed(2)}`,
    "",
    "## Results",
    "",
    ...table,
    "",
    "## How they were measured",
    "",
    ...results.settings.map((s) => `- ${s}`),
    ...results.rows.filter((r) => r.note).map((r) => `- \`${r.id}\`: ${r.note}`),
    "",
    "`npm run bench -- --only throughput --profile DIR` also writes CPU profiles of the simulator under",
    "load into DIR and prints where its time goes.",
    "",
    "## Targets not met",
    "",
    ...(misses.length === 0
      ? ["None."]
      : misses.map(
          (r) =>
            `- \`${r.id}\` (${verdict(r)}): ${valueText(r.value, unitOf(r))}${r.rounds && r.rounds.length > 0 ? ` (rounds ${roundsText(r)})` : ""} against ${targetText(r.target)}${r.problems.length > 0 ? ` — ${r.problems.join("; ")}` : ""}`,
        )),
    "",
    ...(analysis === undefined ? [] : [analysis.trimEnd(), ""]),
  ].join("\n");
}
