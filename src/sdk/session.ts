/**
 * An SDK run: the embedded simulator served on 127.0.0.1 (SDKs need a URL), the proxy variables
 * cleared (the Tencent SDK honours `http_proxy`), asynchronous progress immediate and the real
 * clock, and the list of what the run reports per surface — every catalogue case, every
 * unprovokable row (skipped with its reason) and the SDK probes.
 */
import { citeText } from "../contracts/rules-doc.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { listCases, listUnprovokable, type SuiteCase, type UnprovokableRow } from "../suites-kit/cases.ts";
import { createTarget } from "../suites-kit/target.ts";
import type { SdkAdapter } from "./adapter.ts";
import { clearProxyEnv, runSdkCase, type SdkCaseResult, type SdkRunContext } from "./executor.ts";
import { PROBES, type Probe, runProbe } from "./probes.ts";

/** A started SDK run. */
export interface SdkSession extends SdkRunContext {
  close(): Promise<void>;
}

/** Start the simulator for an SDK run. */
export async function startSdkSession(options: {
  adapter: SdkAdapter;
  seed: number;
  runs: number;
  replayArgs: string;
  /** `KEYID:SECRET` the simulator knows and the SDK signs with (default `AKIDtest:testkey`). */
  account?: string;
}): Promise<SdkSession> {
  const restoreEnv = clearProxyEnv();
  try {
    const target = await createTarget({
      target: "sim",
      ...(options.account ? { account: options.account } : {}),
    });
    await target.control("PUT", "/_sim/progress", "immediate");
    await target.control("PUT", "/_sim/clock", { real: true });
    const { account: _account, ...context } = options;
    return {
      ...context,
      target,
      close: async () => {
        await target.close();
        restoreEnv();
      },
    };
  } catch (error) {
    restoreEnv();
    throw error;
  }
}

/** One entry of an SDK run's plan. */
export type SdkItem =
  | { kind: "case"; id: string; surface: Surface; case: SuiteCase }
  | { kind: "row"; id: string; surface: Surface; row: UnprovokableRow }
  | { kind: "probe"; id: string; surface: Surface; probe: Probe };

/** What an SDK run covers on the given surfaces (those of the adapter), optionally only one id. */
export function sdkItems(surfaces: readonly Surface[], only?: string): SdkItem[] {
  const items: SdkItem[] = [];
  for (const surface of surfaces) {
    for (const c of listCases([surface])) items.push({ kind: "case", id: c.id, surface, case: c });
    for (const row of listUnprovokable([surface])) items.push({ kind: "row", id: row.id, surface, row });
    for (const probe of PROBES) items.push({ kind: "probe", id: `${surface}/${probe}`, surface, probe });
  }
  return only ? items.filter((i) => i.id === only) : items;
}

/** Run one item; never throws. */
export async function runSdkItem(session: SdkRunContext, item: SdkItem): Promise<SdkCaseResult> {
  if (item.kind === "case") return runSdkCase(session, item.case);
  if (item.kind === "probe") return runProbe(session, item.surface, item.probe);
  const row = item.row.row;
  const reason = `unprovokable: ${item.row.reason}`;
  return {
    id: item.id,
    surface: item.surface,
    operation: row.operation ?? "",
    rule: `row:${row.id}`,
    citation: citeText(row.source),
    status: "skipped",
    findings: [],
    reason,
    seed: session.seed,
    runs: 0,
    replay: "",
    durationMs: 0,
    sdk: {
      client: session.adapter.name,
      promised: `error row \`${row.id}\` (${row.code}, HTTP ${row.http})`,
      surfaced: `not sent: ${reason}`,
      ok: false,
    },
  };
}
