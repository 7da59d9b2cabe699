/**
 * Builds the rule catalogue from the specs (what `npm run gen` writes into
 * src/generated/contracts.json): every entry validated against schemas/rules.schema.json with ajv,
 * rules merged by id across surfaces. Run time reads the built catalogue (`loadCatalogue`) instead.
 */
import { validateRulesDef } from "./ajv.ts";
import { loadAllSpecs } from "./catalogue.ts";
import type {
  Catalogue,
  CatalogueRule,
  PlacedErrorRow,
  PlacedFieldProperty,
  RuleCase,
  SpecRule,
} from "./model.ts";
import { outcomeProvenance, statementProvenance } from "./provenance.ts";
import {
  commonErrorRows,
  type OpenApiDoc,
  operationErrorRows,
  primaryOperations,
  specFieldProperties,
  specRules,
} from "./spec.ts";
import { SURFACES, type Surface } from "./surfaces.ts";

/** Build the merged catalogue from the four specs; throws on schema errors of any entry. */
export function buildCatalogue(specs: Record<Surface, OpenApiDoc> = loadAllSpecs()): Catalogue {
  const errors: string[] = [];
  const rules = new Map<string, CatalogueRule>();
  const errorRows: PlacedErrorRow[] = [];
  const fieldProperties: PlacedFieldProperty[] = [];
  for (const surface of SURFACES) {
    const spec = specs[surface];
    for (const op of primaryOperations(surface, spec)) {
      for (const row of operationErrorRows(op)) {
        for (const e of validateRulesDef("errorRow", row)) errors.push(`${surface} row ${row.id}: ${e}`);
        errorRows.push({ ...row, surface, operation: op.operationId });
      }
    }
    for (const row of commonErrorRows(spec)) {
      for (const e of validateRulesDef("errorRow", row)) errors.push(`${surface} common row ${row.id}: ${e}`);
      errorRows.push({ ...row, surface });
    }
    for (const rule of specRules(spec)) {
      const invalid = validateRulesDef("specRule", rule);
      for (const e of invalid) errors.push(`${surface} rule ${rule.id}: ${e}`);
      // An invalid rule is reported, not merged: its provenance cannot be computed.
      if (invalid.length === 0) mergeRule(rules, surface, rule, errors, errorRows);
    }
    for (const property of specFieldProperties(spec)) {
      const invalid = validateRulesDef("fieldProperty", property);
      for (const e of invalid) errors.push(`${surface} field property ${property.id}: ${e}`);
      if (fieldProperties.some((p) => p.surface === surface && p.id === property.id))
        errors.push(`${surface} field property ${property.id}: defined twice`);
      // Provenance is computed from the sources, as a rule statement's is.
      if (invalid.length === 0)
        fieldProperties.push({ ...property, surface, provenance: statementProvenance(property) });
    }
  }
  const catalogue: Catalogue = { version: 1, rules: [...rules.values()], errorRows, fieldProperties };
  for (const e of validateRulesDef("", catalogue)) errors.push(`catalogue: ${e}`);
  if (errors.length > 0) throw new Error(`the rule catalogue is invalid:\n${errors.join("\n")}`);
  return catalogue;
}

function mergeRule(
  rules: Map<string, CatalogueRule>,
  surface: Surface,
  rule: SpecRule,
  errors: string[],
  rows: readonly PlacedErrorRow[],
): void {
  // Provenance is computed, never written in a spec (src/contracts/provenance.ts).
  const provenance = statementProvenance(rule);
  const cases = rule.cases.map((c): RuleCase => {
    if (c.provenance)
      errors.push(`rule ${rule.id} on ${surface}: a case's provenance is computed, not written`);
    const accepted = (c.errorRows ?? []).flatMap((id) =>
      rows.filter((r) => r.surface === surface && r.id === id),
    );
    return { ...c, provenance: outcomeProvenance(c, provenance, accepted) };
  });
  const entry = {
    statement: rule.statement,
    source: rule.source,
    provenance,
    ...(rule.finding ? { finding: rule.finding } : {}),
    ...(rule.refusalFrom ? { refusalFrom: rule.refusalFrom } : {}),
    cases,
  };
  const known = rules.get(rule.id);
  if (!known) {
    rules.set(rule.id, { id: rule.id, title: rule.title, surfaces: { [surface]: entry } });
    return;
  }
  if (known.title !== rule.title) {
    errors.push(`rule ${rule.id}: title "${rule.title}" on ${surface} differs from "${known.title}"`);
  }
  if (known.surfaces[surface]) errors.push(`rule ${rule.id}: defined twice on ${surface}`);
  known.surfaces[surface] = entry;
}
