/**
 * The plan printed before a run changes anything on a real target: per surface, which fixtures the
 * state-changing cases touch, how many such cases and calls, and which cases would be skipped.
 * Pure: (cases, fixtures, options) => text.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { changesState } from "../surfaces/registry.ts";
import type { SuiteCase } from "./cases.ts";
import type { Fixtures } from "./target.ts";

/** What the run would do to a target. */
export function planText(
  cases: SuiteCase[],
  fixtures: Partial<Record<Surface, Fixtures | undefined>>,
  options: { target: string; runs: number; allowMutations: boolean },
): string {
  const lines = [`plan for ${options.target} (${options.runs} runs per case):`];
  const surfaces = [...new Set(cases.map((c) => c.surface))];
  for (const surface of surfaces) {
    const mine = cases.filter((c) => c.surface === surface);
    const changing = mine.filter((c) => changesState(c.surface, c.ruleCase.operation));
    const f = fixtures[surface];
    const roles = new Set(changing.flatMap((c) => Object.values(c.ruleCase.given)));
    const touched = [...roles]
      .filter((r) => r.startsWith("eni.") || r.startsWith("instance."))
      .sort()
      .map((r) => `${r}=${f?.roles[r] ?? "(missing)"}`);
    lines.push(
      `  ${surface}: ${mine.length} cases, ${changing.length} of them call attach/detach/migrate` +
        (options.allowMutations
          ? ` (≤ ${changing.length * options.runs * 3} state-changing calls with restores)`
          : " — skipped without --allow-mutations"),
    );
    if (!f) lines.push("    no fixtures: every case of this surface is skipped");
    else if (options.allowMutations && touched.length > 0) lines.push(`    touches ${touched.join(", ")}`);
    else if (!options.allowMutations) {
      // Why the cases that do run are safe: the operation each one calls changes nothing.
      const reads = mine.filter((c) => !changing.includes(c));
      const operations = [...new Set(reads.map((c) => c.ruleCase.operation))].sort();
      lines.push(
        reads.length === 0
          ? "    runs no case read-only: every case of this surface changes state"
          : `    runs ${reads.length} read-only: they call only ${operations.join(", ")}, which change no state — ${reads.map((c) => c.id).join(", ")}`,
      );
    }
  }
  if (options.allowMutations) {
    lines.push(
      "  every ENI a case moves is put back where the preflight found it; a final check lists anything left.",
    );
  } else {
    lines.push("  read-only: no state-changing call is sent (pass --allow-mutations to run those cases).");
  }
  return `${lines.join("\n")}\n`;
}
