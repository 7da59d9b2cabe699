/**
 * Validates a report against schemas/report.schema.json.
 */
import { createAjv, formatErrors } from "../contracts/ajv.ts";
import { readJson } from "../contracts/surfaces.ts";

let validator: ReturnType<ReturnType<typeof createAjv>["compile"]> | undefined;

/** The schema errors of `report` (empty when it is valid). */
export function reportErrors(report: unknown): string[] {
  validator ??= createAjv().compile(readJson("schemas/report.schema.json") as object);
  return validator(report) ? [] : formatErrors(validator.errors);
}
