/**
 * The option table rendered for people: the usage text of `eni-conformance run --help`, and the
 * option list of the README (between `<!-- run-options:start -->` and `<!-- run-options:end -->`,
 * written by `npm run gen` and kept equal by a test).
 */
import { RUN_OPTIONS, type RunOption } from "./options.ts";

const synopsis = (o: RunOption) => `${o.flag}${o.arg ? ` ${o.arg}` : ""}`;

/** Where else an option can be set, in words: `ENIC_RUNS, config runs`. */
function sources(o: RunOption): string[] {
  return [...(o.env ? [o.env] : []), ...(o.file ? [`config ${o.key}`] : [])];
}

/** The usage text of `eni-conformance run`. */
export function runUsage(): string {
  const width = Math.max(...RUN_OPTIONS.map((o) => synopsis(o).length)) + 2;
  const lines = RUN_OPTIONS.map((o: RunOption) => {
    const notes = [
      ...(o.multiple ? ["repeatable"] : []),
      ...sources(o),
      ...(o.defaultText ? [`default: ${o.defaultText}`] : []),
    ];
    const text = `${o.help}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
    return `  ${synopsis(o).padEnd(width)}${text}`;
  });
  return [
    "usage: eni-conformance run [options]",
    "",
    "Runs every documented rule and error row against a target (the embedded simulator by default)",
    "and writes report.json, report.md, report.html and junit.xml. An option set on the command line",
    "wins over its environment variable, which wins over the config file, which wins over the default.",
    "",
    "options:",
    ...lines,
  ].join("\n");
}

/** The README's option list (a Markdown table). */
export function runOptionsMarkdown(): string {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const rows = RUN_OPTIONS.map(
    (o: RunOption) =>
      `| \`${cell(synopsis(o))}\`${o.multiple ? " (repeatable)" : ""} | ${o.env ? `\`${o.env}\`` : ""} | ${
        o.file ? `\`${o.key}\`` : ""
      } | ${cell(o.defaultText ?? "")} | ${cell(o.help)} |`,
  );
  return [
    "| option | environment | config file | default | what it does |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** The markers around the option list in README.md. */
export const README_MARKERS = {
  start: "<!-- run-options:start (generated from src/config/options.ts by npm run gen) -->",
  end: "<!-- run-options:end -->",
} as const;

/** `readme` with its option list replaced by the current one (unchanged when it has no markers). */
export function withRunOptions(readme: string): string {
  const start = readme.indexOf(README_MARKERS.start);
  const end = readme.indexOf(README_MARKERS.end);
  if (start === -1 || end < start) return readme;
  return `${readme.slice(0, start + README_MARKERS.start.length)}\n${runOptionsMarkdown()}\n${readme.slice(end)}`;
}
