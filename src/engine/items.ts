/**
 * What a run covers, as a list of items in report order: per surface, every catalogue case, then
 * every unprovokable error row (reported as skipped with its reason), and in SDK mode the SDK probes.
 * Pure and synchronous, so a vitest file can declare one test per item before anything starts.
 */
import type { RunConfig } from "../config/run-config.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { PROBES, type Probe } from "../sdk/probes.ts";
import { listCases, listUnprovokable, type SuiteCase, type UnprovokableRow } from "../suites-kit/cases.ts";

/** One item of a run. */
export type RunItem =
  | { kind: "case"; id: string; surface: Surface; case: SuiteCase }
  | { kind: "row"; id: string; surface: Surface; row: UnprovokableRow }
  | { kind: "probe"; id: string; surface: Surface; probe: Probe };

/**
 * The items of a run: the cases of the configured surfaces (only `caseId` when it is set), the
 * unprovokable rows (not with `caseId` in a conformance run), and in SDK mode the probes.
 */
export function planItems(config: Pick<RunConfig, "surfaces" | "caseId" | "client">): RunItem[] {
  const items: RunItem[] = [];
  const sdk = config.client !== undefined;
  for (const surface of config.surfaces) {
    for (const c of listCases([surface])) items.push({ kind: "case", id: c.id, surface, case: c });
    if (sdk || config.caseId === undefined)
      for (const row of listUnprovokable([surface])) items.push({ kind: "row", id: row.id, surface, row });
    if (sdk)
      for (const probe of PROBES) items.push({ kind: "probe", id: `${surface}/${probe}`, surface, probe });
  }
  return config.caseId === undefined ? items : items.filter((i) => i.id === config.caseId);
}

/** The name of an item's test in vitest's output. */
export function itemTitle(item: RunItem, sdk: boolean): string {
  if (sdk) return item.id;
  if (item.kind === "row") return `row ${item.row.row.id} (${item.row.row.code})`;
  if (item.kind === "probe") return item.id;
  const c = item.case;
  const n = c.id.split("#")[1];
  return `${c.rule} #${n} ${c.ruleCase.operation} → ${c.ruleCase.expect}${c.ruleCase.mutate ? ` (${c.ruleCase.mutate.kind})` : ""}`;
}
