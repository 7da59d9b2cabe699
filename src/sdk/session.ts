/**
 * An SDK run: the embedded simulator served on 127.0.0.1 (SDKs need a URL), the proxy variables
 * cleared (the Tencent SDK honours `http_proxy`), asynchronous progress immediate and the real
 * clock, and the list of what the run reports per surface — every catalogue case, every
 * unprovokable row (skipped with its reason) and the SDK probes.
 */
import type { RunConfig } from "../config/run-config.ts";
import { citeText } from "../contracts/rules-doc.ts";
import type { Surface } from "../contracts/surfaces.ts";
import type { SuiteCase, UnprovokableRow } from "../suites-kit/cases.ts";
import { createTarget } from "../suites-kit/target.ts";
import type { SdkAdapter } from "./adapter.ts";
import { clearProxyEnv, runSdkCase, type SdkCaseResult, type SdkRunContext } from "./executor.ts";
import { type Probe, runProbe } from "./probes.ts";

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
  /** The account the simulator knows and the SDK signs with (`--account`; default `AKIDtest:testkey`). */
  credentials?: RunConfig["credentials"];
}): Promise<SdkSession> {
  const restoreEnv = clearProxyEnv();
  try {
    const target = await createTarget({
      target: "sim",
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });
    await target.control("PUT", "/_sim/progress", "immediate");
    await target.control("PUT", "/_sim/clock", { real: true });
    const { credentials: _credentials, ...context } = options;
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
