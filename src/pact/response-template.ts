/**
 * The response half of a generated interaction: status and code from the catalogue, the body
 * matched per the operation's JSON Schema, checked against the simulator's example answer first (a
 * pact must not contradict the documents).
 */
import { createAjv, formatErrors } from "../contracts/ajv.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import type { PlacedErrorRow } from "../contracts/model.ts";
import { readJson, type Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import type { WireResponse } from "../core/wire.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { equal, oneOf, pathsOfValue, regex, templateFromSchema, type } from "./matchers.ts";

/** Pact's status-code matcher: any of `status`. */
export interface StatusMatcher {
  "pact:matcher:type": "statusCode";
  status: number[];
  value: number;
}

/** The response of an interaction: a status (or, rows of several statuses, a matcher), headers, body. */
export interface ResponseTemplate {
  status: number | StatusMatcher;
  headers: Record<string, unknown>;
  jsonBody: unknown;
}

const ajv = createAjv();
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

export function validatorFor(file: string) {
  let v = validators.get(file);
  if (!v) {
    v = ajv.compile(readJson(file) as object);
    validators.set(file, v);
  }
  return v;
}

/**
 * The response half: status and code from the catalogue, body matched per the JSON Schema. The
 * example answer must agree with both, else generation stops (a pact must not contradict the
 * documents).
 */
export function responseTemplate(
  surface: Surface,
  operation: string,
  expect: "success" | "error",
  rows: PlacedErrorRow[],
  answer: WireResponse,
  id: string,
  documentedBody?: unknown,
): ResponseTemplate {
  const m = surfaceModule(surface);
  const outcome = m.codec.decodeResponse(operation, answer);
  const fail = (why: string) => {
    throw new SuiteError(
      "ENIC_BAD_RESPONSE",
      `${id}: the simulator's example answer ${why}: ${answer.status} ${answer.body.slice(0, 300)}`,
    );
  };
  if (outcome.kind === "malformed") fail(`is malformed (${outcome.reason})`);
  if (outcome.kind !== expect) fail(`is a ${outcome.kind}, the catalogue expects ${expect}`);
  const codes = [...new Set(rows.map((r) => r.code))];
  if (outcome.kind === "error" && codes.length > 0) {
    const seen = [outcome.code, outcome.alternateCode].filter((c): c is string => c !== undefined);
    if (!seen.some((c) => codes.includes(c)))
      fail(`has code ${outcome.code}, not one of ${codes.join(", ")}`);
    const statuses = new Set(rows.map((r) => r.http));
    if (!statuses.has(answer.status)) fail(`has HTTP ${answer.status}, not ${[...statuses].join(" or ")}`);
  }
  const body = documentedBody ?? (JSON.parse(answer.body) as unknown);
  const file = schemaFile(surface, operation, expect === "success" ? "response" : "error");
  const validate = validatorFor(file);
  if (!validate(body)) fail(`does not fit ${file}: ${formatErrors(validate.errors).join("; ")}`);
  const overrides = new Map<string, unknown>();
  if (outcome.kind === "error") {
    const shown = rows.filter((r) => r.code === outcome.code || r.code === outcome.alternateCode);
    if (codes.length > 0) {
      for (const p of pathsOfValue(body, new Set(codes))) {
        const value = valueAt(body, p);
        overrides.set(
          p,
          typeof value === "string"
            ? codes.length === 1
              ? equal(value)
              : regex(oneOf(codes), value)
            : value,
        );
      }
    }
    // Rows told apart only by their message (JD: one code, several documented messages).
    const messages = rows.map((r) => r.message).filter((x): x is string => x !== undefined);
    if (messages.length === rows.length && messages.length > 0 && shown.length > 0) {
      for (const p of pathsOfValue(body, new Set(messages))) {
        overrides.set(p, regex(oneOf([...new Set(messages)]), String(valueAt(body, p))));
      }
    }
  }
  const root = readJson(file) as Record<string, unknown>;
  const jsonBody = templateFromSchema(root, body, root, overrides);
  // The JSON body sets Content-Type (pact compares its media type); the request id header is typed.
  const headers: Record<string, unknown> = {};
  const ridHeader = m.defaults.requestIdHeader;
  const rid = ridHeader ? answer.headers[ridHeader] : undefined;
  if (ridHeader && rid !== undefined) headers[ridHeader] = type(rid);
  const statuses = [...new Set(rows.map((r) => r.http))].sort((a, b) => a - b);
  const status: number | StatusMatcher =
    statuses.length > 1
      ? { "pact:matcher:type": "statusCode", status: statuses, value: answer.status }
      : answer.status;
  return { status, headers, jsonBody };
}

function valueAt(value: unknown, path: string): unknown {
  let v = value;
  for (const part of path
    .slice(2)
    .split(/\.|\[(\d+)\]/)
    .filter((x) => x !== undefined && x !== "")) {
    v = (v as Record<string, unknown>)?.[part];
  }
  return v;
}
