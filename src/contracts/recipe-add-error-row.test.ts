/**
 * CONTRIBUTING's "Recipe: add an error row", followed once in memory, on a copy of the parsed specs
 * and the hand-transcribed code lists (src/testing/contract-sources.ts): a documented row (the
 * tenth of JD Cloud's attach table, linked to the rule that provokes it and added to that rule's
 * case, its code and status added to src/contracts/fixtures/) and a cloud-wide row nothing can
 * provoke (with the reason). Followed in full, the catalogue builds, every cross-check passes, and
 * the rows show where the recipe promises: on their operation, in the case that expects them, in
 * the suites' list of unprovokable rows, in the rules reference. Then each step is left out or done
 * wrong once, and the build or a cross-check fails with a message naming it.
 */
import { describe, expect, it } from "vitest";
import { listCases, listUnprovokable } from "../suites-kit/cases.ts";
import {
  caseOf,
  commonRowsOf,
  copySources,
  docLine,
  type Omission,
  rowOf,
  rulesDocDrift,
  type Sources,
  soundCatalogue,
  tableOf,
  verdict,
} from "../testing/contract-sources.ts";
import { rowCountsByDocument } from "./catalogue.ts";
import type { ErrorRow } from "./model.ts";
import { renderRulesDoc } from "./rules-doc.ts";

const JD_DOC = "004_ecfc7aabf49a3848.txt";
const ROW = "004/RECIPE_EXAMPLE";
const PROVOKED_BY = "instance.eni-limit";
const COMMON = "tencent-v3/RecipeExample";
const REASON = "No black-box request provokes it: an example row the recipe test adds in memory.";

/** The recipe's steps 1–4 for a documented row, and 1–3 for a common row (step 5 is the drift test). */
function addRows(s: Sources): void {
  // 1–2: the tenth row of the JD document's table, spelt and numbered as the document does.
  tableOf(s, "jdcloud-vm", "attachNetworkInterface").push({
    id: ROW,
    kind: "documented",
    code: "RECIPE_EXAMPLE",
    http: 409,
    httpFrom: "document",
    meaning: "An example row of the recipe test.",
    source: { document: JD_DOC, section: "Return codes (返回码)", row: 10 },
    // 3: the rule that provokes it ...
    rules: [PROVOKED_BY],
  });
  // ... and the row in that rule's case.
  caseOf(s, "jdcloud-vm", PROVOKED_BY).errorRows?.push(ROW);
  // 4: the code and the status in the hand-transcribed lists.
  s.lists.codes[JD_DOC]?.push("RECIPE_EXAMPLE");
  s.lists.statuses[JD_DOC]?.push(409);
  // 1–3: a cloud-wide row nothing can provoke, with the reason.
  commonRowsOf(s, "tencent-v3").push({
    id: COMMON,
    kind: "common",
    code: "RecipeExample",
    http: 200,
    httpFrom: "protocol",
    meaning: "An example common row of the recipe test.",
    source: { companion: "Tencent Cloud API 3.0 common error codes" },
    unprovokable: REASON,
  });
}

const jdRow = (s: Sources) => rowOf(s, "jdcloud-vm", ROW);
const at = (what: string) => new RegExp(`jdcloud-vm row ${ROW}${what}`);
const inList = (what: string) => new RegExp(`document ${JD_DOC} row 10: ${ROW}${what}`);

const omissions: Omission[] = [
  [
    "1. an id that is not <document number>/<Code>",
    {
      undo: (s) => Object.assign(jdRow(s), { id: "RECIPE_EXAMPLE" }),
      want: /jdcloud-vm row RECIPE_EXAMPLE: \/id must match pattern/,
    },
  ],
  [
    "1. a code the table already has, without ~<slug>",
    {
      undo: (s) => Object.assign(jdRow(s), { id: "004/NOT_FOUND", code: "NOT_FOUND" }),
      want: /row 004\/NOT_FOUND: duplicate row id/,
    },
  ],
  [
    "1. a documented row without its row number",
    {
      undo: (s) => void delete (jdRow(s).source as { row?: number }).row,
      want: at(": /source must have required property 'row'"),
    },
  ],
  [
    "1. a row number that is not its place in the table",
    { undo: (s) => Object.assign(jdRow(s).source, { row: 11 }), want: inList(" says source.row 11") },
  ],
  ...(["http", "httpFrom"] as const).map(
    (field): Omission => [
      `2. no ${field}`,
      {
        undo: (s) => void delete (jdRow(s) as Partial<ErrorRow>)[field],
        want: at(`: / must have required property '${field}'`),
      },
    ],
  ),
  [
    "3. neither rules nor unprovokable",
    { undo: (s) => void delete jdRow(s).rules, want: at(": / must have required property 'unprovokable'") },
  ],
  [
    "3. rules, but the row not added to the rule's case",
    {
      undo: (s) => {
        const c = caseOf(s, "jdcloud-vm", PROVOKED_BY);
        c.errorRows = (c.errorRows ?? []).filter((r) => r !== ROW);
      },
      want: at(`: names rule ${PROVOKED_BY}, but no case of it expects this row`),
    },
  ],
  [
    "3. rules naming a rule the surface does not define",
    {
      undo: (s) => Object.assign(jdRow(s), { rules: [PROVOKED_BY, "eni.recipe-missing"] }),
      want: at(": names rule eni.recipe-missing, which jdcloud-vm does not define"),
    },
  ],
  [
    "3. unprovokable without a reason",
    {
      undo: (s) => Object.assign(rowOf(s, "tencent-v3", COMMON), { unprovokable: "" }),
      want: new RegExp(
        `tencent-v3 common row ${COMMON}: /unprovokable must NOT have fewer than 10 characters`,
      ),
    },
  ],
  [
    "4. the code not added to document-error-codes.json",
    {
      undo: (s) => void s.lists.codes[JD_DOC]?.pop(),
      want: inList(" \\(RECIPE_EXAMPLE\\) is not in src/contracts/fixtures/document-error-codes.json"),
    },
  ],
  [
    "4. the code spelt differently in document-error-codes.json",
    {
      undo: (s) => void s.lists.codes[JD_DOC]?.splice(-1, 1, "RECIPE_EXAMPEL"),
      want: inList(" spells RECIPE_EXAMPLE, src/contracts/fixtures/document-error-codes.json RECIPE_EXAMPEL"),
    },
  ],
  [
    "4. the status not added to document-http-statuses.json",
    {
      undo: (s) => void s.lists.statuses[JD_DOC]?.pop(),
      want: inList(" has no status in src/contracts/fixtures/document-http-statuses.json"),
    },
  ],
  [
    "4. another status in document-http-statuses.json",
    {
      undo: (s) => void s.lists.statuses[JD_DOC]?.splice(-1, 1, 400),
      want: inList(
        " answers HTTP 409 \\(document\\), src/contracts/fixtures/document-http-statuses.json 400",
      ),
    },
  ],
];

describe("recipe: add an error row", () => {
  const sources = copySources();
  addRows(sources);

  it("followed in full: the catalogue builds and every cross-check passes", () => {
    expect(verdict(sources).messages).toEqual([]);
  });

  it.each(omissions)("each step is needed — %s", (_step, { undo, want }) => {
    const broken = copySources();
    addRows(broken);
    undo(broken);
    expect(verdict(broken).messages.join("\n")).toMatch(want);
  });

  it("5. needs `npm run gen`: docs/rules.md and the suites' catalogue are derived files", () => {
    expect(rulesDocDrift(soundCatalogue(sources), sources.findings)).toEqual(["docs/rules.md"]);
    // The suites read src/generated/contracts.json, which only `npm run gen` rewrites.
    expect(listUnprovokable().some((u) => u.row.id === COMMON)).toBe(false);
  });

  it("the documented row: on its operation, expected by its rule's case, in the reference both ways", () => {
    const catalogue = soundCatalogue(sources);
    expect(catalogue.errorRows.find((r) => r.id === ROW)).toMatchObject({
      surface: "jdcloud-vm",
      operation: "attachNetworkInterface",
      rules: [PROVOKED_BY],
    });
    const c = listCases(["jdcloud-vm"], catalogue).find((x) => x.id === `jdcloud-vm/${PROVOKED_BY}#1`);
    expect(c?.rows.map((r) => r.id)).toContain(ROW);
    const doc = renderRulesDoc(catalogue, sources.findings);
    expect(docLine(doc, `| \`${ROW}\` |`)).toBe(
      `| \`${ROW}\` | documented | \`RECIPE_EXAMPLE\` | 409 |  | An example row of the recipe test. | \`${JD_DOC}\` Return codes (返回码), row 10 | \`${PROVOKED_BY}\` |  |`,
    );
    expect(docLine(doc, "| jdcloud-vm | **document:** The number of ENIs bound")).toContain(`or \`${ROW}\``);
    // The document's row count grows too: the count catalogue.test.ts pins is the recipe's to update.
    expect(rowCountsByDocument(catalogue)[JD_DOC]).toBe(10);
  });

  it("the unprovokable row: listed by the suites as skipped with its reason, and in the reference", () => {
    const catalogue = soundCatalogue(sources);
    expect(listUnprovokable(["tencent-v3"], catalogue).find((u) => u.row.id === COMMON)).toMatchObject({
      id: `tencent-v3/row:${COMMON}`,
      reason: REASON,
    });
    const doc = renderRulesDoc(catalogue, sources.findings);
    expect(docLine(doc, `| \`${COMMON}\` |`)).toMatch(new RegExp(`\\| unprovokable: ${REASON} \\| {2}\\|$`));
  });
});
