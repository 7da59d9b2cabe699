/**
 * Validates decoded action parameters against the generated request schemas
 * (schemas/<surface>/<operation>.request.json) and turns the first violation into a neutral refusal
 * (missing, unknown, malformed, invalid) that the surface maps to its own error code. Parameters
 * that arrive as text (query strings, form bodies, paths) are coerced to the schema's types first;
 * JSON bodies are taken as they are, so a wrong JSON type is an error.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { type ParamMode, validatorExportName } from "../../contracts/json-schema.ts";
import type { Surface } from "../../contracts/surfaces.ts";
import type { NeutralError } from "../../core/errors.ts";
import { SuiteError } from "../../core/errors.ts";
import * as jsonValidators from "../../generated/request-validators-json.ts";
import * as textValidators from "../../generated/request-validators-text.ts";

/** A parameter problem, cloud-neutral. */
export interface ParamProblem {
  kind: Extract<NeutralError, "param.missing" | "param.unknown" | "param.malformed" | "param.invalid">;
  param: string;
  message: string;
}

/** Outcome of validating parameters. */
export type ParamResult =
  | { ok: true; params: Record<string, unknown> }
  | { ok: false; problem: ParamProblem };

// The validators are ajv's standalone code for the generated request schemas, precompiled by
// `npm run gen` (src/contracts/validators-gen.ts, with the options of each mode there): the
// simulator does not load ajv's compiler or compile a schema at run time.
const precompiled: Record<ParamMode, Record<string, ValidateFunction | undefined>> = {
  text: textValidators as unknown as Record<string, ValidateFunction>,
  json: jsonValidators as unknown as Record<string, ValidateFunction>,
};

function validator(surface: Surface, operation: string, mode: ParamMode): ValidateFunction {
  // Found once per surface, operation and mode (every request asks).
  const key = `${mode}/${surface}`;
  let byOperation = found.get(key);
  if (!byOperation) {
    byOperation = new Map();
    found.set(key, byOperation);
  }
  const known = byOperation.get(operation);
  if (known) return known;
  const fn = lookUp(surface, operation, mode);
  byOperation.set(operation, fn);
  return fn;
}

const found = new Map<string, Map<string, ValidateFunction>>();

function lookUp(surface: Surface, operation: string, mode: ParamMode): ValidateFunction {
  const fn = precompiled[mode][validatorExportName(surface, operation)];
  if (!fn)
    throw new SuiteError(
      "ENIC_INTERNAL",
      `no precompiled ${mode} request validator for ${surface} ${operation} (npm run gen)`,
    );
  return fn;
}

const RANK: Record<ParamProblem["kind"], number> = {
  "param.missing": 0,
  "param.unknown": 1,
  "param.malformed": 2,
  "param.invalid": 3,
};

function problemOf(e: ErrorObject): ParamProblem {
  const path = e.instancePath.split("/").filter(Boolean);
  const top = path[0] ?? "";
  const p = e.params as Record<string, unknown>;
  if (e.keyword === "required") {
    const name =
      path.length === 0 ? String(p.missingProperty) : `${path.join(".")}.${String(p.missingProperty)}`;
    return { kind: "param.missing", param: name, message: `The parameter ${name} is required.` };
  }
  if (e.keyword === "additionalProperties" || e.keyword === "unevaluatedProperties") {
    const extra = String(p.additionalProperty ?? p.unevaluatedProperty);
    const name = path.length === 0 ? extra : `${path.join(".")}.${extra}`;
    return {
      kind: "param.unknown",
      param: name,
      message: `The parameter ${name} is not defined for this action.`,
    };
  }
  if (e.keyword === "pattern" || e.keyword === "format") {
    return { kind: "param.malformed", param: top, message: `The value of ${path.join(".")} is malformed.` };
  }
  return {
    kind: "param.invalid",
    param: top,
    message: `The value of ${path.join(".") || "the request"} is invalid: it ${e.message ?? "does not match"}.`,
  };
}

/**
 * A deep copy of decoded parameters. Text encodings mostly give flat objects of strings: for those
 * a shallow copy is the same copy as structuredClone's (same own keys, same order) at a fraction of
 * its cost; nested values (lists, objects) are cloned in full.
 */
function copyOf(params: Record<string, unknown>): Record<string, unknown> {
  for (const key in params) {
    const value = params[key];
    if (typeof value === "object" && value !== null) return structuredClone(params);
  }
  return { ...params };
}

/**
 * Validate (and, for text encodings, coerce) `params` for `operation`; the most telling problem
 * wins (missing > unknown > malformed > invalid). Text parameters are coerced in a copy; JSON
 * parameters are only read (no coercion, no defaults), so they come back as they are.
 */
export function validateParams(
  surface: Surface,
  operation: string,
  params: Record<string, unknown>,
  mode: ParamMode,
): ParamResult {
  const copy = mode === "text" ? copyOf(params) : params;
  const validate = validator(surface, operation, mode);
  if (validate(copy)) return { ok: true, params: copy };
  const problems = (validate.errors ?? [])
    .filter((e) => !["oneOf", "anyOf", "allOf", "if", "not"].includes(e.keyword))
    .map(problemOf);
  problems.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  const first = problems[0] ?? {
    kind: "param.invalid",
    param: "",
    message: "The request parameters are invalid.",
  };
  return { ok: false, problem: first };
}
