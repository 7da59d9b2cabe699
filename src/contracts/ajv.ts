/**
 * One configured ajv (JSON Schema 2020-12, strict, all errors) for the contract schemas: the
 * generated per-operation schemas and the hand-kept rules schema.
 */
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { readJson } from "./surfaces.ts";

/** A new ajv instance with the project's settings. */
export function createAjv(): Ajv2020 {
  return new Ajv2020({
    strict: true,
    strictRequired: false,
    strictTypes: false,
    allErrors: true,
    allowUnionTypes: true,
  });
}

/** The project-relative file of the rule catalogue schema. */
const RULES_SCHEMA_FILE = "schemas/rules.schema.json";
/** The `$id` of the rule catalogue schema. */
const RULES_SCHEMA_ID = "urn:eni-conformance:schemas:rules";

let rulesAjv: Ajv2020 | undefined;

/** An ajv that has the rules schema loaded, so `#/$defs/...` entry points can be used. */
function rulesValidator(): Ajv2020 {
  if (!rulesAjv) {
    rulesAjv = createAjv();
    rulesAjv.addSchema(readJson(RULES_SCHEMA_FILE) as object);
  }
  return rulesAjv;
}

/** Validate `data` against `#/$defs/<def>` (or the root when `def` is empty) of the rules schema. */
export function validateRulesDef(def: string, data: unknown): string[] {
  const ref = def === "" ? RULES_SCHEMA_ID : `${RULES_SCHEMA_ID}#/$defs/${def}`;
  const validate = rulesValidator().getSchema(ref);
  if (!validate) throw new Error(`no schema ${ref}`);
  return validate(data) ? [] : formatErrors(validate.errors);
}

/** Human-readable ajv errors. */
export function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}${paramsText(e)}`);
}

function paramsText(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if ("allowedValues" in p) return ` (${JSON.stringify(p.allowedValues)})`;
  if ("additionalProperty" in p) return ` (${String(p.additionalProperty)})`;
  if ("unevaluatedProperty" in p) return ` (${String(p.unevaluatedProperty)})`;
  return "";
}
