/**
 * The catalogue of deliberate departures from the documents the simulator can be told to make, so
 * that the conformance suites can prove they notice each one: per surface, one per rule (the rule
 * is not enforced: success where an error is documented), one per provokable error row (its code
 * misspelt), one per row told apart from others of its code by message (another row's message), and the envelope-level ones (wrong HTTP status, missing request id, wrong field type,
 * error where success is documented, missing async task), and one per documented property of a
 * response field that a check of its own judges (a request id repeated, a bound ENI reading back as
 * primary or at the primary's device index). Built from the rule catalogue, so a new rule, row or
 * field property gets its deviation without code.
 */

import { loadCatalogue } from "../contracts/catalogue.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import { toldApartByMessage } from "../contracts/row-messages.ts";
import { readJson, SURFACES, type Surface } from "../contracts/surfaces.ts";

/** What a deviation does. */
export type DeviationEffect =
  | { kind: "ignore-rule"; rule: string }
  | { kind: "misspell-code"; row: string }
  /** The row's code with the message of another row of that code (rows told apart by message). */
  | { kind: "wrong-message"; row: string; message: string }
  | { kind: "wrong-status" }
  | { kind: "missing-request-id" }
  | { kind: "wrong-field-type" }
  | { kind: "error-on-success" }
  | { kind: "missing-async-task" }
  /**
   * A documented property of a response field broken (`x-field-properties`): every answer with the
   * one request id of the documented form (`request-id`), or every ENI of a describe reading back as a primary ENI
   * or with one device index (`secondary`, `device-index`; `key` is the member the answer spells).
   */
  | { kind: "break-field"; property: string; as: "request-id" | "secondary" | "device-index"; key: string };

/** One catalogued deviation. */
export interface Deviation {
  id: string;
  surface: Surface;
  description: string;
  /** The rule or error row the deviation breaks (envelope-level ones break the envelope). */
  breaks: { rule?: string; row?: string; envelope?: string; property?: string };
  effect: DeviationEffect;
}

const ENVELOPE: { name: string; effect: DeviationEffect; description: string }[] = [
  {
    name: "wrong-status",
    effect: { kind: "wrong-status" },
    description: "answers errors with the wrong HTTP status",
  },
  {
    name: "missing-request-id",
    effect: { kind: "missing-request-id" },
    description: "leaves the request id out of every answer",
  },
  {
    name: "wrong-field-type",
    effect: { kind: "wrong-field-type" },
    description: "sends the request id as a number instead of a string",
  },
  {
    name: "error-on-success",
    effect: { kind: "error-on-success" },
    description: "answers calls that should succeed with the internal error",
  },
  {
    name: "missing-async-task",
    effect: { kind: "missing-async-task" },
    description: "accepts asynchronous calls but never completes them (no task to poll)",
  },
];

/** The field properties a deviation can break, by their check and the cases that exercise them. */
const FIELD_BREAKS: Record<string, "request-id" | "secondary" | "device-index"> = {
  "request-id/answer": "request-id",
  "readback-fields/bound-readback": "secondary",
  "readback-fields/primary-readback": "device-index",
};

let cached: Deviation[] | undefined;

/** Every deviation, in a stable order (surface, then rules, rows, envelope). */
export function deviationCatalogue(): Deviation[] {
  if (cached) return cached;
  const catalogue = loadCatalogue();
  const out: Deviation[] = [];
  for (const surface of SURFACES) {
    for (const rule of catalogue.rules) {
      if (!rule.surfaces[surface]?.cases.some((c) => c.expect === "error" && !c.mutate)) continue;
      out.push({
        id: `${surface}:ignore:${rule.id}`,
        surface,
        description: `does not enforce ${rule.id} (${rule.title}): the call succeeds`,
        breaks: { rule: rule.id },
        effect: { kind: "ignore-rule", rule: rule.id },
      });
    }
    for (const row of catalogue.errorRows.filter((r) => r.surface === surface && r.rules)) {
      out.push({
        id: `${surface}:misspell:${row.id}`,
        surface,
        description: `answers ${row.id} with a misspelt code`,
        breaks: { row: row.id },
        effect: { kind: "misspell-code", row: row.id },
      });
    }
    // Rows one code shares, told apart by message (JD Cloud, F-049): each answered with the next one's message.
    const told = catalogue.errorRows.filter(
      (r) =>
        r.surface === surface &&
        r.rules &&
        toldApartByMessage(
          r,
          catalogue.errorRows.filter((o) => o.surface === surface && o.operation === r.operation),
        ),
    );
    for (const row of told) {
      const peers = told.filter((o) => o.code === row.code && o.operation === row.operation);
      const next = peers[(peers.indexOf(row) + 1) % peers.length];
      out.push({
        id: `${surface}:wrong-message:${row.id}`,
        surface,
        description: `answers ${row.id} with the message of ${next?.id} (same code)`,
        breaks: { row: row.id },
        effect: { kind: "wrong-message", row: row.id, message: String(next?.message) },
      });
    }
    for (const property of catalogue.fieldProperties.filter((p) => p.surface === surface)) {
      const as = FIELD_BREAKS[`${property.check}/${property.exercised}`];
      if (!as || (as === "request-id" && property.id !== "request-id.unique")) continue;
      out.push({
        id: `${surface}:field:${property.id}`,
        surface,
        description: `breaks ${property.id} (${property.title})`,
        breaks: { property: property.id },
        effect: {
          kind: "break-field",
          property: property.id,
          as,
          key: property.field.split(".").at(-1) ?? "",
        },
      });
    }
    for (const e of ENVELOPE) {
      // Tencent v2 answers carry no request id: a missing one is not a departure there.
      if (e.name === "missing-request-id" && !hasRequestId(surface)) continue;
      out.push({
        id: `${surface}:envelope:${e.name}`,
        surface,
        description: e.description,
        breaks: { envelope: e.name },
        effect: e.effect,
      });
    }
  }
  cached = out;
  return out;
}

/** True when the surface's envelopes carry a request id (its error schema defines one). */
function hasRequestId(surface: Surface): boolean {
  const op = loadCatalogue().errorRows.find((r) => r.surface === surface && r.operation)?.operation ?? "";
  const root = readJson(schemaFile(surface, op, "error")) as { $defs?: Record<string, unknown> };
  return Object.keys(root.$defs ?? {}).some((k) => k.toLowerCase() === "requestid");
}

/** A misspelling of `code` that keeps its shape (the last letter changed). */
export function misspell(code: string): string {
  const last = code.at(-1) ?? "x";
  const swap = last === last.toUpperCase() ? (last === "X" ? "Y" : "X") : last === "x" ? "y" : "x";
  return `${code.slice(0, -1)}${swap}`;
}
