/**
 * Test helper of the contract tests: the hand-transcribed error codes and HTTP statuses of the
 * documents' error tables (src/contracts/fixtures/), and the comparison of a catalogue's documented
 * rows with them. The lists are kept apart from the specs on purpose: a typo in either, or a row
 * added to one and not the other, is a problem that names the document, the row and the list.
 */
import type { Problem } from "../contracts/catalogue.ts";
import type { Catalogue, PlacedErrorRow } from "../contracts/model.ts";
import { readJson } from "../contracts/surfaces.ts";

/** Project-relative paths of the two hand-transcribed lists. */
const CODES_FILE = "src/contracts/fixtures/document-error-codes.json";
const STATUSES_FILE = "src/contracts/fixtures/document-http-statuses.json";

/** The lists: document file → codes (every row of its table, in table order) / statuses (where given). */
export interface DocumentCodeLists {
  codes: Record<string, string[]>;
  statuses: Record<string, number[]>;
}

function list<T>(relative: string): Record<string, T[]> {
  const { $comment: _comment, ...lists } = readJson(relative) as Record<string, T[]>;
  return lists;
}

/** Both lists as the fixtures hold them (a fresh copy each call). */
export function loadDocumentCodeLists(): DocumentCodeLists {
  return { codes: list<string>(CODES_FILE), statuses: list<number>(STATUSES_FILE) };
}

/** The documented rows of `document`, in the order of their `source.row`. */
function documentedRows(catalogue: Catalogue, document: string): PlacedErrorRow[] {
  const rowOf = (r: PlacedErrorRow) => ("row" in r.source ? (r.source.row ?? 0) : 0);
  return catalogue.errorRows
    .filter((r) => r.kind === "documented" && "document" in r.source && r.source.document === document)
    .sort((a, b) => rowOf(a) - rowOf(b));
}

/**
 * Every difference between the catalogue's documented rows and the lists (empty when they agree):
 * each document's rows carry its list's codes in table order, numbered 1..n by `source.row`, and,
 * where the statuses list has the document, its statuses (`httpFrom: document`).
 */
export function checkDocumentCodes(catalogue: Catalogue, lists: DocumentCodeLists): Problem[] {
  const problems: Problem[] = [];
  const documents = new Set([
    ...Object.keys(lists.codes),
    ...catalogue.errorRows.flatMap((r) =>
      r.kind === "documented" && "document" in r.source ? [r.source.document] : [],
    ),
  ]);
  for (const document of documents) {
    const rows = documentedRows(catalogue, document);
    const codes = lists.codes[document];
    if (codes === undefined) {
      problems.push({
        where: `document ${document}`,
        problem: `has documented rows but no list in ${CODES_FILE}`,
      });
      continue;
    }
    for (let i = 0; i < Math.max(rows.length, codes.length); i++) {
      const row = rows[i];
      const where = `document ${document} row ${i + 1}`;
      if (row === undefined) {
        problems.push({ where, problem: `${CODES_FILE} lists ${codes[i]}, which no documented row has` });
        continue;
      }
      const number = "row" in row.source ? row.source.row : undefined;
      if (number !== i + 1) problems.push({ where, problem: `${row.id} says source.row ${number}` });
      if (codes[i] === undefined)
        problems.push({ where, problem: `${row.id} (${row.code}) is not in ${CODES_FILE}` });
      else if (codes[i] !== row.code)
        problems.push({ where, problem: `${row.id} spells ${row.code}, ${CODES_FILE} ${codes[i]}` });
    }
    const statuses = lists.statuses[document];
    if (statuses === undefined) continue;
    for (const [i, row] of rows.entries()) {
      const where = `document ${document} row ${i + 1}`;
      if (statuses[i] === undefined)
        problems.push({ where, problem: `${row.id} has no status in ${STATUSES_FILE}` });
      else if (statuses[i] !== row.http || row.httpFrom !== "document")
        problems.push({
          where,
          problem: `${row.id} answers HTTP ${row.http} (${row.httpFrom}), ${STATUSES_FILE} ${statuses[i]} (document)`,
        });
    }
    if (statuses.length > rows.length)
      problems.push({
        where: `document ${document}`,
        problem: `${STATUSES_FILE} has ${statuses.length} statuses for ${rows.length} rows`,
      });
  }
  return problems;
}
