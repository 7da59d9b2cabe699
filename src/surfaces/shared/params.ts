/**
 * Validates decoded action parameters against the generated request schemas
 * (schemas/<surface>/<operation>.request.json) and turns the first violation into a neutral refusal
 * (missing, unknown, malformed, invalid) that the surface maps to its own error code. Parameters
 * that arrive as text (query strings, form bodies, paths) are coerced to the schema's types first;
 * JSON bodies are taken as they are, so a wrong JSON type is an error.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { readJson } from "../../contracts/ajv.ts";
import { schemaFile } from "../../contracts/json-schema.ts";
import type { Surface } from "../../contracts/surfaces.ts";
import type { NeutralError } from "../../core/errors.ts";

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

// validateSchema: false — the request schemas are generated files that the drift test compiles
// (and so checks against the 2020-12 meta-schema) in strict ajv; checking them again here would
// compile the meta-schema on the first request of a surface (about 35 ms of start-up).
const ajvs = {
  text: new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes: "array",
    useDefaults: false,
    validateSchema: false,
  }),
  json: new Ajv2020({ strict: false, allErrors: true, useDefaults: false, validateSchema: false }),
};
const compiled = new Map<string, ValidateFunction>();

function validator(surface: Surface, operation: string, mode: "text" | "json"): ValidateFunction {
  const key = `${mode}:${surface}:${operation}`;
  let fn = compiled.get(key);
  if (!fn) {
    fn = ajvs[mode].compile(readJson(schemaFile(surface, operation, "request")) as object);
    compiled.set(key, fn);
  }
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
 * Validate (and, for text encodings, coerce) `params` for `operation`; the most telling problem
 * wins (missing > unknown > malformed > invalid). Text parameters are coerced in a copy; JSON
 * parameters are only read (no coercion, no defaults), so they come back as they are.
 */
export function validateParams(
  surface: Surface,
  operation: string,
  params: Record<string, unknown>,
  mode: "text" | "json",
): ParamResult {
  const copy = mode === "text" ? structuredClone(params) : params;
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
