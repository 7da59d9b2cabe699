/**
 * The field matrix: every response field of the operations the suite calls (its cases' operations,
 * the read-back's describe and the task query), crossed with what the documents say of it — its type
 * and format (the schemas) and the properties of the specs' `x-field-properties` (uniqueness, value
 * ranges, relations to the request and the world) — each with the check that judges it and the
 * cases that exercise it. `coverage` counts what a run exercised; `renderFieldsDoc` writes
 * docs/fields.md.
 */
import { leafFields, type ResponseField, typeText } from "../contracts/field-matrix.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import type { Catalogue, PlacedFieldProperty, ProvenanceKind, RuleCase } from "../contracts/model.ts";
import type { JsonObject } from "../contracts/spec.ts";
import { readJson, SURFACES, type Surface } from "../contracts/surfaces.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { SurfaceModule } from "../surfaces/types.ts";
import { listCases, type SuiteCase, suiteCatalogue } from "./cases.ts";

/** How the suite meets an operation's answers. */
export type Via = "answer" | "readback" | "task";

/**
 * Which cases exercise a property: `x-field-properties`' `exercised`, or `type` for a type row (a
 * success answer of the operation, or its read-back or task query answer).
 */
export type Exercise = PlacedFieldProperty["exercised"] | "type";

/** One property of a field in the matrix. */
export interface MatrixProperty {
  /** `type` for the type and format the schema gives; else the property's id in its spec. */
  id: string;
  title: string;
  provenance: ProvenanceKind;
  check: string;
  exercised: Exercise;
  /** The operations whose cases exercise it (for `answer` and `type`). */
  operations: string[];
}

/** One field of one operation's answer, with its properties. */
export interface MatrixRow {
  surface: Surface;
  operation: string;
  via: Via[];
  field: string;
  type: string;
  properties: MatrixProperty[];
}

/** An operation the suite calls on a surface, and the ways it meets its answers. */
export interface CalledOperation {
  operation: string;
  via: Via[];
}

/** The operations the suite calls on `surface`: its cases' operations, the read-back's and the task query's. */
export function calledOperations(surface: Surface, c: Catalogue = suiteCatalogue()): CalledOperation[] {
  const out: CalledOperation[] = [];
  const add = (operation: string, via: Via) => {
    const known = out.find((o) => o.operation === operation);
    if (!known) out.push({ operation, via: [via] });
    else if (!known.via.includes(via)) known.via.push(via);
  };
  for (const sc of listCases([surface], c)) add(sc.ruleCase.operation, "answer");
  // A surface being added has no module until its files exist (CONTRIBUTING's recipe generates its
  // types first): its reads join the matrix once it has one.
  const module = surfaceModule(surface) as SurfaceModule | undefined;
  if (!module) return out;
  const { eni, task } = module.readback;
  add(eni.operation, "readback");
  if (task) add(task.operation, "task");
  return out;
}

const responseSchema = (surface: Surface, operation: string) =>
  readJson(schemaFile(surface, operation, "response")) as JsonObject;

/** The provenance kind the type rows of an operation's answer rest on: the document, or a companion page. */
function typeProvenance(called: CalledOperation, c: Catalogue, surface: Surface): ProvenanceKind {
  if (!called.via.includes("answer")) return "vendor-page";
  const documented = c.errorRows.some(
    (r) => r.surface === surface && r.operation === called.operation && r.kind === "documented",
  );
  return documented ? "document" : "vendor-page";
}

/** The field matrix of `surfaces`. */
export function fieldMatrix(
  surfaces: readonly Surface[] = SURFACES,
  c: Catalogue = suiteCatalogue(),
  schemaOf: (surface: Surface, operation: string) => JsonObject = responseSchema,
): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const surface of surfaces) {
    const properties = c.fieldProperties.filter((p) => p.surface === surface);
    for (const called of calledOperations(surface, c)) {
      const fields: ResponseField[] = leafFields(schemaOf(surface, called.operation));
      for (const field of fields) {
        const type: MatrixProperty = {
          id: "type",
          title: "type and format",
          provenance: typeProvenance(called, c, surface),
          check: called.via
            .map((v) => (v === "answer" ? "response-schema" : "readback-fields"))
            .filter((v, i, all) => all.indexOf(v) === i)
            .join(", "),
          exercised: "type",
          operations: [called.operation],
        };
        const documented = properties
          .filter((p) => p.field === field.path && appliesTo(p, called.operation))
          .map(
            (p): MatrixProperty => ({
              id: p.id,
              title: p.title,
              provenance: p.provenance.kind,
              check: p.check,
              exercised: p.exercised,
              operations: p.operations.includes("*")
                ? calledOperations(surface, c).map((o) => o.operation)
                : p.operations,
            }),
          );
        rows.push({
          surface,
          operation: called.operation,
          via: called.via,
          field: field.path,
          type: typeText(field.schema),
          properties: [type, ...documented],
        });
      }
    }
  }
  return rows;
}

/** True when property `p` is given for the answers of `operation`. */
export function appliesTo(p: Pick<PlacedFieldProperty, "operations">, operation: string): boolean {
  return p.operations.includes("*") || p.operations.includes(operation);
}

const BOUND: readonly (RuleCase["then"] | undefined)[] = [
  "attached",
  "attached-secondary",
  "migrated",
  "task-final",
];

/** True when case `sc` exercises a property that `exercised` describes, on one of `operations`. */
export function exercises(sc: SuiteCase, exercised: Exercise, operations: readonly string[]): boolean {
  const rc = sc.ruleCase;
  switch (exercised) {
    case "answer":
      return operations.includes(rc.operation);
    case "type": {
      const { eni, task } = surfaceModule(sc.surface).readback;
      return operations.some(
        (op) =>
          (op === rc.operation && rc.expect === "success") ||
          (op === eni.operation && rc.then !== undefined) ||
          (op === task?.operation && rc.then === "task-final"),
      );
    }
    case "bound-readback":
      return rc.expect === "success" && BOUND.includes(rc.then);
    case "primary-readback":
      return rc.then === "attached-secondary";
    case "task":
      return rc.then === "task-final" && surfaceModule(sc.surface).readback.task !== undefined;
  }
}

/**
 * Field coverage of a run: the fields whose type a check judged on an answer of a case that ran
 * (`fields`), and the documented properties a case that ran exercised (`fieldProperties`).
 */
export function fieldCoverage(ranIds: ReadonlySet<string>, surfaces: readonly Surface[] = SURFACES) {
  const ran = listCases(surfaces).filter((sc) => ranIds.has(sc.id));
  const matrix = fieldMatrix(surfaces);
  const hit = (surface: Surface, p: MatrixProperty) =>
    ran.some((sc) => sc.surface === surface && exercises(sc, p.exercised, p.operations));
  const typed = matrix.filter((row) => hit(row.surface, row.properties[0] as MatrixProperty)).length;
  const documented = new Map<string, boolean>();
  for (const row of matrix) {
    for (const p of row.properties.slice(1)) {
      const key = `${row.surface}/${p.id}`;
      documented.set(key, (documented.get(key) ?? false) || hit(row.surface, p));
    }
  }
  return {
    fields: { covered: typed, total: matrix.length },
    fieldProperties: { covered: [...documented.values()].filter(Boolean).length, total: documented.size },
  };
}
