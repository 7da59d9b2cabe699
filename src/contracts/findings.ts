/**
 * Loads the hand-kept documentation findings (specs/findings.yaml) and validates them against the
 * `finding` definition of schemas/rules.schema.json.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { validateRulesDef } from "./ajv.ts";
import type { DocumentationFinding } from "./model.ts";
import { FINDINGS_FILE, fromRoot } from "./surfaces.ts";

/** Every finding, validated; throws with all schema errors when the file is invalid. */
export function loadFindings(): DocumentationFinding[] {
  const data: unknown = parse(readFileSync(fromRoot(FINDINGS_FILE), "utf8"));
  const errors = validateRulesDef("findings", data);
  if (errors.length > 0) throw new Error(`${FINDINGS_FILE} is invalid:\n${errors.join("\n")}`);
  return data as DocumentationFinding[];
}
