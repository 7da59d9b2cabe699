/**
 * How much a finding weighs, by where the expectation it breaks comes from (src/contracts/provenance.ts),
 * after the conventions users know from Schemathesis' checks and Spectral's severities:
 * - `error`: it contradicts one of the five documents or another official page of the same vendor;
 * - `warning`: it contradicts only this project's own inference or an SDK observation — a rule the
 *   project derived (unless its refusal follows from a documented rule, `refusalFrom`: accepting the
 *   request breaks that one), or the code of a refusal whose row the project chose (the refusal
 *   itself being documented: an accepted request stays an error);
 * - a broken documented property of a response field (`x-field-properties`) weighs by the property's
 *   own provenance: `error` from a document or vendor page, `warning` from an inference;
 * - `advisory`: an SDK-mode behaviour probe (retries, status independence), which no vendor document
 *   promises.
 * A run fails on errors; `--fail-on warning|advisory` raises the bar.
 */
import type { Finding } from "../checks/types.ts";
import { type SuiteCase, suiteCatalogue } from "./cases.ts";

/** A finding's weight. */
export type Severity = "error" | "warning" | "advisory";

/** From heaviest to lightest. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "advisory"];

/** The checks that report a request the documents refuse as accepted. */
const ACCEPTANCE_CHECKS = new Set(["rule-rejection", "auth-rejection", "negative-data-rejection"]);

/** The statement provenance of `rule` on `surface`, from the catalogue. */
function ruleStatement(rule: string, surface: SuiteCase["surface"]) {
  return suiteCatalogue().rules.find((r) => r.id === rule)?.surfaces[surface]?.provenance;
}

/** The checks that judge which row a refusal is (its code or message), not whether it is refused. */
const ROW_CHECKS = new Set(["expected-code"]);

/** The severity of `finding` on a result of rule `rule` (its catalogue case, where it has one). */
export function severityOf(finding: Finding, c: SuiteCase | undefined, rule: string): Severity {
  if (rule.startsWith("sdk.")) return "advisory";
  if (!c) return "error";
  const weak = (kind: string | undefined) => kind === "inferred" || kind === "sdk";
  // A broken property of a response field weighs what the property rests on, whatever the case.
  if (finding.property !== undefined) {
    const property = suiteCatalogue().fieldProperties.find(
      (p) => p.surface === c.surface && p.id === finding.property,
    );
    return weak(property?.provenance.kind) ? "warning" : "error";
  }
  if (weak(c.statementProvenance.kind)) {
    // An inferred rule whose refusal follows from a documented rule: accepting the request breaks that one.
    const from = c.refusalFrom && ruleStatement(c.refusalFrom, c.surface);
    return from && !weak(from.kind) && ACCEPTANCE_CHECKS.has(finding.check) ? "error" : "warning";
  }
  if (ROW_CHECKS.has(finding.check) && weak(c.ruleCase.provenance?.kind)) return "warning";
  return "error";
}

/** The heaviest of `severities` (undefined for none). */
export function worst(severities: readonly Severity[]): Severity | undefined {
  return SEVERITIES.find((s) => severities.includes(s));
}

/** True when a failure of `severity` fails a run that fails on `failOn` and anything heavier. */
export function failsAt(severity: Severity, failOn: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}
