/**
 * Where each expectation of the catalogue comes from. A rule's statement: `document` when one of its
 * sources is one of the five documents, else `vendor-page` (another page of the same vendor) or
 * `sdk` (an official SDK's observed behaviour) — or `inferred` where the spec says the rule is this
 * project's reading (with the finding that explains it). A case's expected outcome is never
 * stronger than the statement it follows: for a refusal, the rows it accepts decide too (a row of
 * one of the five documents is `document`, a common or companion row `vendor-page`), and a case
 * whose link from rule to row is `confidence: inferred` is `inferred`.
 */
import type { Citation, PlacedErrorRow, Provenance, ProvenanceKind, RuleCase, SpecRule } from "./model.ts";

/** The kinds from strongest to weakest. */
export const PROVENANCE_ORDER: readonly ProvenanceKind[] = ["document", "vendor-page", "sdk", "inferred"];

/** Each kind in words, as reports and the rules reference label an expectation. */
export const PROVENANCE_LABEL: Readonly<Record<ProvenanceKind, string>> = {
  document: "document",
  "vendor-page": "vendor page",
  sdk: "SDK",
  inferred: "inferred",
};

/** The kind a citation is evidence of. */
export function citationKind(c: Citation): Exclude<ProvenanceKind, "inferred"> {
  return "document" in c ? "document" : "companion" in c ? "vendor-page" : "sdk";
}

/** The weaker of two kinds. */
function weaker(a: ProvenanceKind, b: ProvenanceKind): ProvenanceKind {
  return PROVENANCE_ORDER.indexOf(a) >= PROVENANCE_ORDER.indexOf(b) ? a : b;
}

/** The provenance of a rule's statement on one surface. */
export function statementProvenance(rule: Pick<SpecRule, "source" | "provenance" | "finding">): Provenance {
  if (rule.provenance === "inferred")
    return { kind: "inferred", citations: rule.source, ...(rule.finding ? { finding: rule.finding } : {}) };
  for (const kind of PROVENANCE_ORDER) {
    const citations = rule.source.filter((c) => citationKind(c) === kind);
    if (citations.length > 0) return { kind, citations };
  }
  return { kind: "inferred", citations: [] };
}

/** The provenance of a case's expected outcome, given its statement's and the rows it accepts. */
export function outcomeProvenance(
  c: RuleCase,
  statement: Provenance,
  rows: readonly PlacedErrorRow[],
): Provenance {
  const finding = c.finding ?? statement.finding;
  const withFinding = (p: Omit<Provenance, "finding">): Provenance => (finding ? { ...p, finding } : p);
  if (c.confidence === "inferred")
    return withFinding({ kind: "inferred", citations: rows.map((r) => r.source) });
  if (c.expect === "success" || rows.length === 0)
    return withFinding({ kind: statement.kind, citations: statement.citations });
  const rowKind = rows
    .map((r): ProvenanceKind => (r.kind === "documented" ? citationKind(r.source) : "vendor-page"))
    .reduce(weaker);
  const kind = weaker(statement.kind, rowKind);
  return withFinding({ kind, citations: [...statement.citations, ...rows.map((r) => r.source)] });
}
