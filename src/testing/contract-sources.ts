/**
 * Test helper of the recipe tests (src/contracts/recipe-*.test.ts): an in-memory copy of what a
 * contributor edits — the parsed specs, the findings and the hand-transcribed code lists — and the
 * project's verdict on it: the errors of `buildCatalogue`, or the problems of `checkCatalogue` and
 * `checkDocumentCodes`, as one list of messages. Nothing is written.
 */
import { checkCatalogue } from "../contracts/catalogue.ts";
import { buildCatalogue } from "../contracts/catalogue-build.ts";
import { loadFindings } from "../contracts/findings.ts";
import { driftedFiles } from "../contracts/generate.ts";
import type { Catalogue, DocumentationFinding, ErrorRow, SpecRule } from "../contracts/model.ts";
import { RULES_DOC_FILE, renderRulesDoc } from "../contracts/rules-doc.ts";
import {
  commonErrorRows,
  type OpenApiDoc,
  operationErrorRows,
  primaryOperations,
  specRules,
} from "../contracts/spec.ts";
import { parseAllSpecSources } from "../contracts/spec-source.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { checkDocumentCodes, type DocumentCodeLists, loadDocumentCodeLists } from "./document-codes.ts";

/** What a contributor edits: the specs, the findings and the two hand-transcribed lists. */
export interface Sources {
  specs: Record<Surface, OpenApiDoc>;
  findings: DocumentationFinding[];
  lists: DocumentCodeLists;
}

/** A step of a recipe left out or done wrong (`undo`, applied after following the recipe) and the message that must name it. */
export type Omission = [step: string, { undo: (s: Sources) => void; want: RegExp }];

let original: Sources | undefined;

/** A fresh copy of the sources as they are in the project (parsed once). */
export function copySources(): Sources {
  original ??= { specs: parseAllSpecSources(), findings: loadFindings(), lists: loadDocumentCodeLists() };
  return structuredClone(original);
}

/** What the project's tests say about `s`: its catalogue, and every message of the build or the cross-checks. */
export function verdict(s: Sources): { catalogue?: Catalogue; messages: string[] } {
  let catalogue: Catalogue;
  try {
    catalogue = buildCatalogue(s.specs);
  } catch (error) {
    return { messages: (error as Error).message.split("\n").slice(1) };
  }
  const problems = [
    ...checkCatalogue(catalogue, s.findings, s.specs),
    ...checkDocumentCodes(catalogue, s.lists),
  ];
  return { catalogue, messages: problems.map((p) => `${p.where}: ${p.problem}`) };
}

/** The catalogue of `s`; throws with every message when it does not build or check. */
export function soundCatalogue(s: Sources): Catalogue {
  const { catalogue, messages } = verdict(s);
  if (!catalogue || messages.length > 0)
    throw new Error(`the sources are not sound:\n${messages.join("\n")}`);
  return catalogue;
}

/**
 * Whether docs/rules.md rendered from `catalogue` differs from the committed one: `[RULES_DOC_FILE]`
 * or `[]`, as the drift test (`driftedFiles`) finds it.
 */
export function rulesDocDrift(catalogue: Catalogue, findings: DocumentationFinding[]): string[] {
  const files = new Map([[RULES_DOC_FILE, renderRulesDoc(catalogue, findings)]]);
  return driftedFiles(files).filter((path) => files.has(path)); // not the generated files left out here
}

/** The line of a rendered docs/rules.md that starts with `start`. */
export function docLine(doc: string, start: string): string {
  const found = doc.split("\n").find((l) => l.startsWith(start));
  if (found === undefined) throw new Error(`docs/rules.md has no line starting ${start}`);
  return found;
}

/** The `x-error-rows` of an operation of `surface` (the array itself, to edit). */
export function tableOf(s: Sources, surface: Surface, operationId: string): ErrorRow[] {
  const op = primaryOperations(surface, s.specs[surface]).find((o) => o.operationId === operationId);
  if (!op) throw new Error(`${surface} has no operation ${operationId}`);
  return operationErrorRows(op);
}

/** The root `x-rules` of `surface` (the array itself, to edit). */
export function rulesOf(s: Sources, surface: Surface): SpecRule[] {
  return specRules(s.specs[surface]);
}

/** The root `x-common-error-rows` of `surface` (the array itself, to edit). */
export function commonRowsOf(s: Sources, surface: Surface): ErrorRow[] {
  return commonErrorRows(s.specs[surface]);
}

/** A rule entry of `surface` (the object itself, to edit). */
export function ruleOf(s: Sources, surface: Surface, id: string): SpecRule {
  const rule = rulesOf(s, surface).find((r) => r.id === id);
  if (!rule) throw new Error(`${surface} has no rule ${id}`);
  return rule;
}

/** The first case of a rule entry of `surface` (the object itself, to edit). */
export function caseOf(s: Sources, surface: Surface, id: string): SpecRule["cases"][number] {
  const c = ruleOf(s, surface, id).cases[0];
  if (!c) throw new Error(`${surface} rule ${id} has no case`);
  return c;
}

/** An error row of `surface`, of an operation or common (the object itself, to edit). */
export function rowOf(s: Sources, surface: Surface, id: string): ErrorRow {
  const all = [
    ...primaryOperations(surface, s.specs[surface]).flatMap(operationErrorRows),
    ...commonRowsOf(s, surface),
  ];
  const row = all.find((r) => r.id === id);
  if (!row) throw new Error(`${surface} has no row ${id}`);
  return row;
}
