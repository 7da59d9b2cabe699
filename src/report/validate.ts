/**
 * Validates a report against schemas/report.schema.json.
 */
import { createAjv, formatErrors, readJson } from "../contracts/ajv.ts";

let validator: ReturnType<ReturnType<typeof createAjv>["compile"]> | undefined;

/** The schema errors of `report` (empty when it is valid). */
export function reportErrors(report: unknown): string[] {
  validator ??= createAjv().compile(readJson("schemas/report.schema.json") as object);
  return validator(report) ? [] : formatErrors(validator.errors);
}
