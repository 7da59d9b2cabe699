/**
 * Renders docs/fields.md, the field matrix as a reference: per surface and operation the suite
 * calls, every response field with its type and format, the check that judges it, and the
 * documented properties the specs give it (`x-field-properties`) with their provenance, citation and
 * check. Pure: (catalogue, schemas) => markdown; `npm run gen` writes it and the drift test keeps it.
 */
import type { Catalogue } from "../contracts/model.ts";
import { PROVENANCE_LABEL } from "../contracts/provenance.ts";
import { citeText } from "../contracts/rules-doc.ts";
import type { JsonObject } from "../contracts/spec.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { fieldMatrix, type MatrixRow } from "./fields.ts";

/** Project-relative path of the field reference. */
const FIELDS_DOC_FILE = "docs/fields.md";

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

const VIA: Record<MatrixRow["via"][number], string> = {
  answer: "the answers of the cases",
  readback: "the read-back after a case",
  task: "the task query after an accepted call",
};

const EXERCISED: Record<string, string> = {
  answer: "any answer of the operation",
  "bound-readback": "the read-back after a case bound an ENI",
  "primary-readback":
    "the read-back of a case that also reads the instance's primary ENI (`then: attached-secondary`)",
  task: "the task query of a `then: task-final` case",
};

/** The generated files of this module, for `npm run gen` (src/contracts/generate.ts' `Derived`). */
export function fieldsDocFiles(
  catalogue: Catalogue,
  schemaOf: (surface: Surface, operation: string) => JsonObject,
): Map<string, string> {
  return new Map([[FIELDS_DOC_FILE, renderFieldsDoc(catalogue, schemaOf)]]);
}

/** docs/fields.md for `catalogue`, reading each operation's response schema with `schemaOf`. */
function renderFieldsDoc(
  catalogue: Catalogue,
  schemaOf: (surface: Surface, operation: string) => JsonObject,
): string {
  const matrix = fieldMatrix(SURFACES, catalogue, schemaOf);
  const out = [
    "<!-- generated from specs/*.openapi.yaml by `npm run gen` — do not edit -->",
    "",
    "# Response fields and what the documents say of them",
    "",
    "Every field of every answer the suite reads — the answers of its cases, the describe it reads the",
    "ENI back with and the task query — with its type and format (from the spec's schema, judged by",
    "`response-schema` on the cases' answers and `readback-fields` on the reads) and the properties the",
    "documents give it beyond that: uniqueness, value ranges, relations to the request and to the world",
    "(each spec's `x-field-properties`). A property is labelled with its provenance: a **document**",
    "sentence, a **vendor page**, or this project's **inferred** reading with the finding that explains",
    "it; a target that breaks an inferred property gets a warning, not an error. `report.json` counts the",
    "fields and properties a run exercised (`coverage.fields`, `coverage.fieldProperties`).",
    "",
  ];
  for (const surface of SURFACES) {
    out.push(`## ${surface}`, "");
    const properties = catalogue.fieldProperties.filter((p) => p.surface === surface);
    if (properties.length > 0) {
      out.push(
        "| property | field | statement | provenance | source | check | exercised by |",
        "|---|---|---|---|---|---|---|",
      );
      for (const p of properties) {
        const provenance = `${PROVENANCE_LABEL[p.provenance.kind]}${p.finding ? `, [${p.finding}](rules.md#${p.finding.toLowerCase()})` : ""}`;
        out.push(
          `| \`${p.id}\` | ${p.operations.includes("*") ? "every operation" : p.operations.join(", ")}: \`${p.field}\` | ${cell(p.statement)} | ${provenance} | ${cell(p.source.map(citeText).join("; "))} | \`${p.check}\` | ${EXERCISED[p.exercised]} |`,
        );
      }
      out.push("");
    }
    const operations = [...new Set(matrix.filter((r) => r.surface === surface).map((r) => r.operation))];
    for (const operation of operations) {
      const rows = matrix.filter((r) => r.surface === surface && r.operation === operation);
      const via = (rows[0]?.via ?? []).map((v) => VIA[v]).join("; ");
      out.push(
        `### ${operation}`,
        "",
        `Read in ${via}.`,
        "",
        "| field | type and format | checked by | documented properties |",
        "|---|---|---|---|",
      );
      for (const row of rows) {
        const [type, ...documented] = row.properties;
        out.push(
          `| \`${row.field}\` | ${cell(row.type)} | \`${type?.check ?? ""}\` | ${documented.map((p) => `\`${p.id}\` (${PROVENANCE_LABEL[p.provenance]}, \`${p.check}\`)`).join("<br>")} |`,
        );
      }
      out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
