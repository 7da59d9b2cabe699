/**
 * `request-id`: every answer carries a request id of the cloud's documented format (where the
 * surface documents one: Tencent API 3.0 UUID, Alibaba UUID, JD 32 characters; the v2 API has none),
 * and no answer of the run repeats an earlier answer's id (the runner notes every answer's id:
 * src/suites-kit/request-ids.ts). The field properties it judges are the specs'
 * `request-id.every-answer` and `request-id.unique`.
 */

import { schemaFile } from "../contracts/json-schema.ts";
import { readJson, type Surface } from "../contracts/surfaces.ts";
import type { Check, Finding } from "./types.ts";

const patterns = new Map<Surface, RegExp | null>();

function pattern(surface: Surface, operation: string): RegExp | null {
  if (!patterns.has(surface)) {
    const root = readJson(schemaFile(surface, operation, "error")) as {
      $defs?: Record<string, { pattern?: string }>;
    };
    const name = Object.keys(root.$defs ?? {}).find((k) => k.toLowerCase() === "requestid");
    const p = name ? root.$defs?.[name]?.pattern : undefined;
    patterns.set(surface, p ? new RegExp(p, "u") : null);
  }
  return patterns.get(surface) ?? null;
}

export const requestId: Check = (ctx) => {
  if ("malformed" in ctx.result) return [];
  const re = pattern(ctx.surface, ctx.operation);
  if (!re) return [];
  const id = "data" in ctx.result ? ctx.result.requestId : ctx.result.error.requestId;
  if (id === undefined)
    return [
      {
        check: "request-id",
        message: "the answer carries no request id",
        property: "request-id.every-answer",
      },
    ];
  const findings: Finding[] = [];
  if (!re.test(id))
    findings.push({
      check: "request-id",
      message: `the request id ${JSON.stringify(id)} is not of the documented form`,
    });
  const reused = ctx.observations.requestIdReused;
  if (reused)
    findings.push({
      check: "request-id",
      message: `the request id ${JSON.stringify(reused.requestId)} was already given to an earlier answer of the run (case ${reused.firstIn})`,
      property: "request-id.unique",
    });
  return findings;
};
