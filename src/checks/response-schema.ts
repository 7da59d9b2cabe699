/**
 * `response-schema`: a success body validates against the operation's generated response schema
 * and an error body against its error schema (schemas/<surface>/<operation>.{response,error}.json).
 */
import type { ValidateFunction } from "ajv";
import { createAjv, formatErrors } from "../contracts/ajv.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import { readJson, type Surface } from "../contracts/surfaces.ts";
import type { Check } from "./types.ts";

const ajv = createAjv();
const compiled = new Map<string, ValidateFunction>();

/** The compiled validator of one operation's response or error schema (compiled once). */
export function validator(surface: Surface, operation: string, kind: "response" | "error"): ValidateFunction {
  const key = `${surface}/${operation}/${kind}`;
  let fn = compiled.get(key);
  if (!fn) {
    fn = ajv.compile(readJson(schemaFile(surface, operation, kind)) as object);
    compiled.set(key, fn);
  }
  return fn;
}

export const responseSchema: Check = (ctx) => {
  if ("malformed" in ctx.result) return [];
  const kind = "data" in ctx.result ? "response" : "error";
  let body: unknown;
  try {
    body = JSON.parse(ctx.result.response.body);
  } catch {
    return [{ check: "response-schema", message: "the answer body is not JSON" }];
  }
  const validate = validator(ctx.surface, ctx.operation, kind);
  if (validate(body)) return [];
  return [
    {
      check: "response-schema",
      message: `the ${kind} body breaks its schema: ${formatErrors(validate.errors).join("; ")}`,
    },
  ];
};
