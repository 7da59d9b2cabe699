/**
 * The real gateways' answers of `src/contracts/fixtures/real-envelopes.jsonl` (test data, see the
 * README beside it) as the checks see them: each record put back on the wire in the formatting its
 * note names, decoded by the surface's codec, and wrapped in the `CheckContext` the runner would
 * build for a documented operation of that surface.
 */
import { readFileSync } from "node:fs";
import type { CheckContext } from "../checks/types.ts";
import type { CallResult } from "../client/client.ts";
import type { Surface } from "../contracts/surfaces.ts";
import type { WireResponse } from "../core/wire.ts";
import { jsonText } from "../sim/adapters/shared.ts";
import { documentedRows, suiteCatalogue } from "../suites-kit/cases.ts";
import { surfaceModule } from "../surfaces/registry.ts";

/** One line of the fixture. */
export interface RealEnvelope {
  /** 1-based line number in the fixture (stable: the file is a verbatim copy). */
  line: number;
  api: "tencent-v3" | "tencent-v2" | "aliyun-ecs" | "jdcloud";
  action: string;
  status: number | null;
  headers: Record<string, string> | null;
  body: unknown;
  kind: "success" | "error";
  source: string;
  note: string;
}

const FILE = new URL("../contracts/fixtures/real-envelopes.jsonl", import.meta.url);

/** Every record of the fixture. */
export function realEnvelopes(): RealEnvelope[] {
  return readFileSync(FILE, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => ({ ...(JSON.parse(l) as Omit<RealEnvelope, "line">), line: i + 1 }));
}

/** The surface a record's gateway is (JD Cloud's OpenAPI gateway is jdcloud-vm's). */
export function surfaceOf(record: RealEnvelope): Surface {
  return record.api === "jdcloud" ? "jdcloud-vm" : record.api;
}

/** The body bytes in the formatting the record's note names (compact when it names none). */
export function wireBody(record: RealEnvelope): string {
  if (/pretty-printed/.test(record.note)) return jsonText(record.body, "indented");
  if (/python-json\.dumps/.test(record.note)) return jsonText(record.body, "spaced");
  return jsonText(record.body, "compact");
}

/**
 * The HTTP status of the record, or where the source did not show it, the one the documents give
 * the answer: 200 for a success and for every Tencent answer, `error.code` for JD Cloud, 400 (the
 * gateway's usual client error) for an Alibaba error.
 */
function statusOf(record: RealEnvelope): number {
  if (record.status !== null) return record.status;
  if (record.kind === "success" || record.api.startsWith("tencent")) return 200;
  const error = (record.body as { error?: { code?: unknown } }).error;
  return typeof error?.code === "number" ? error.code : 400;
}

/** The record as a wire answer (header names lower-cased; Content-Length dropped: the bytes are re-made). */
function wireAnswer(record: RealEnvelope): WireResponse {
  const headers = Object.fromEntries(
    Object.entries(record.headers ?? {})
      .map(([k, v]) => [k.toLowerCase(), v] as const)
      .filter(([k]) => k !== "content-length"),
  );
  return { status: statusOf(record), headers, body: wireBody(record) };
}

/**
 * The client's result of the record, decoded as the answer of the action it answered (what a
 * success must carry depends on the action: Tencent v2's task id) and reported under `operation`.
 */
function callResult(record: RealEnvelope, operation: string): CallResult {
  const surface = surfaceOf(record);
  const response = wireAnswer(record);
  const outcome = surfaceModule(surface).codec.decodeResponse(record.action, response);
  const exchange = { surface, operation, params: {}, attempts: [], outcome: "error" as const };
  if (outcome.kind === "success") {
    return {
      data: outcome.data,
      response,
      exchange,
      ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
    };
  }
  if (outcome.kind === "error") {
    const { kind: _kind, ...error } = outcome;
    return { error, response, exchange };
  }
  return { malformed: outcome.reason, response, exchange };
}

/**
 * The context the checks would see had the record answered the surface's first documented
 * operation that moves an ENI (its attach): envelope-level checks judge any action of the gateway.
 */
export function recordContext(record: RealEnvelope): CheckContext {
  const surface = surfaceOf(record);
  const module = surfaceModule(surface);
  const operation = module.operations.find((o) => o.documented && o.changesState)?.operation;
  const rule = suiteCatalogue().rules.find((r) =>
    r.surfaces[surface]?.cases.some((c) => c.operation === operation),
  );
  const ruleCase = rule?.surfaces[surface]?.cases.find((c) => c.operation === operation);
  if (!operation || !rule || !ruleCase) throw new Error(`${surface}: no documented operation with a case`);
  return {
    surface,
    module,
    operation,
    rule: rule.id,
    ruleCase,
    expectedRows: [],
    documentedRows: documentedRows(surface, operation),
    result: callResult(record, operation),
    observations: {},
  };
}
