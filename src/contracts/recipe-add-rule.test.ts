/**
 * CONTRIBUTING's "Recipe: add a rule", followed once in memory, on a copy of the parsed specs and
 * findings (src/testing/contract-sources.ts): a new rule on two surfaces, each with a case (the
 * operation, a fixture role for every required parameter, the row it expects) and the row's
 * back-link. Followed in full, the catalogue builds, every cross-check passes, and the rule shows
 * as one suite case per surface (`listCases`), in the rules reference (docs/rules.md) and among the
 * rules its row is provoked by. Then each step is left out or done wrong once, and the build or a
 * cross-check fails with a message naming it: every step the recipe asks for is needed.
 */
import { describe, expect, it } from "vitest";
import { listCases } from "../suites-kit/cases.ts";
import {
  caseOf,
  copySources,
  docLine,
  type Omission,
  rowOf,
  ruleOf,
  rulesDocDrift,
  rulesOf,
  type Sources,
  soundCatalogue,
  verdict,
} from "../testing/contract-sources.ts";
import type { SpecRule } from "./model.ts";
import { renderRulesDoc } from "./rules-doc.ts";
import { SURFACES } from "./surfaces.ts";

const RULE = "eni.recipe-example";
const TITLE = "Example rule of the recipe test";
const STATEMENT = "An example constraint, added in memory by the recipe test only.";
const V3_ROW = "002/UnsupportedOperation.InvalidState";
const JD_ROW = "004/FAILED_PRECONDITION~instance-status";

/** Where the sentence applies: each surface's document, operation, fixture roles and the row it expects. */
const ENTRIES = {
  "tencent-v3": {
    source: { document: "002_d0807661e42b6160.txt", section: "1. API Description" },
    operation: "AttachNetworkInterface",
    given: { NetworkInterfaceId: "eni.available", InstanceId: "instance.running" },
    row: V3_ROW,
  },
  "jdcloud-vm": {
    source: { document: "004_ecfc7aabf49a3848.txt", section: "API notes (接口说明), item 1" },
    operation: "attachNetworkInterface",
    given: { regionId: "region.main", instanceId: "instance.running", networkInterfaceId: "eni.available" },
    row: JD_ROW,
  },
} as const;

/**
 * The recipe's steps 1–4. Step 5 (the simulator keeps the rule) is suites/conformance.test.ts's to
 * judge; step 6 (`npm run gen`) is the drift test below.
 */
function addRule(s: Sources): void {
  for (const surface of ["tencent-v3", "jdcloud-vm"] as const) {
    const at = ENTRIES[surface];
    // 1–3: an entry on every surface the sentence applies to, one id and title; a case that gives a
    // fixture role to every required parameter and names the row it expects.
    rulesOf(s, surface).push({
      id: RULE,
      title: TITLE,
      statement: STATEMENT,
      source: [{ ...at.source }],
      cases: [{ operation: at.operation, given: { ...at.given }, expect: "error", errorRows: [at.row] }],
    });
    // 4: the row names the rule back.
    const row = rowOf(s, surface, at.row);
    row.rules = [...(row.rules ?? []), RULE];
  }
}

const v3 = (s: Sources) => ruleOf(s, "tencent-v3", RULE);
const v3Case = (s: Sources) => caseOf(s, "tencent-v3", RULE);
const at = (what: string) => new RegExp(`tencent-v3 rule ${RULE}${what}`);

const omissions: Omission[] = [
  [
    "1. an id that is not kebab-case, dotted by subject",
    {
      undo: (s) => Object.assign(v3(s), { id: "RecipeExample" }),
      want: /tencent-v3 rule RecipeExample: \/id must match pattern/,
    },
  ],
  [
    "1. the rule on another surface without its exact title",
    {
      undo: (s) => Object.assign(ruleOf(s, "jdcloud-vm", RULE), { title: "Example rule of the recipe" }),
      want: new RegExp(`rule ${RULE}: title "Example rule of the recipe" on jdcloud-vm differs`),
    },
  ],
  ...(["title", "statement", "source", "cases"] as const).map(
    (field): Omission => [
      `2. no ${field}`,
      {
        undo: (s) => void delete (v3(s) as Partial<SpecRule>)[field],
        want: at(`: / must have required property '${field}'`),
      },
    ],
  ),
  [
    "2. a source the spec does not derive from",
    {
      undo: (s) => Object.assign(v3(s), { source: [{ document: "003_0dfbc968b9326d2c.txt", section: "1" }] }),
      want: at(": cites 003_0dfbc968b9326d2c.txt"),
    },
  ],
  [
    "3. a case of an operation the spec does not have",
    {
      undo: (s) => Object.assign(v3Case(s), { operation: "AttachNetworkInterfaces" }),
      want: at(" case 1: unknown operation AttachNetworkInterfaces"),
    },
  ],
  [
    "3. a required parameter without a role in given",
    {
      undo: (s) => void delete v3Case(s).given.InstanceId,
      want: at(" case 1: given lacks required parameter InstanceId"),
    },
  ],
  [
    "3. given names a parameter the operation does not have",
    {
      undo: (s) => Object.assign(v3Case(s).given, { InstanceIds: "instance.running" }),
      want: at(" case 1: given names unknown InstanceIds"),
    },
  ],
  [
    "3. a role that does not exist",
    {
      undo: (s) => Object.assign(v3Case(s).given, { InstanceId: "instance.sleepy" }),
      want: at(": /cases/0/given/InstanceId must be equal to one of the allowed values"),
    },
  ],
  [
    "3. an error case without errorRows",
    {
      undo: (s) => void delete v3Case(s).errorRows,
      want: at(": /cases/0 must have required property 'errorRows'"),
    },
  ],
  [
    "3. no documented code (errorRows empty) and no finding",
    {
      undo: (s) => Object.assign(v3Case(s), { errorRows: [] }),
      want: at(": /cases/0 must have required property 'finding'"),
    },
  ],
  [
    "3. no documented code, and a finding specs/findings.yaml does not have",
    {
      undo: (s) => Object.assign(v3Case(s), { errorRows: [], finding: "F-998" }),
      want: /finding F-998: referenced but not in findings.yaml/,
    },
  ],
  [
    "3. a row of another surface",
    {
      undo: (s) => Object.assign(v3Case(s), { errorRows: ["003/MissingParameter"] }),
      want: at(" case 1: error row 003/MissingParameter is not a row of tencent-v3"),
    },
  ],
  [
    "4. the expected row does not name the rule",
    {
      undo: (s) => {
        const row = rowOf(s, "tencent-v3", V3_ROW);
        row.rules = (row.rules ?? []).filter((r) => r !== RULE);
      },
      want: at(` case 1: error row ${V3_ROW} does not list rule ${RULE}`),
    },
  ],
];

describe("recipe: add a rule", () => {
  const sources = copySources();
  addRule(sources);

  it("followed in full: the catalogue builds and every cross-check passes", () => {
    expect(verdict(sources).messages).toEqual([]);
  });

  it.each(omissions)("each step is needed — %s", (_step, { undo, want }) => {
    const broken = copySources();
    addRule(broken);
    undo(broken);
    expect(verdict(broken).messages.join("\n")).toMatch(want);
  });

  it("6. needs `npm run gen`: docs/rules.md and the suites' catalogue are derived files", () => {
    const catalogue = soundCatalogue(sources);
    expect(rulesDocDrift(soundCatalogue(copySources()), sources.findings)).toEqual([]);
    expect(rulesDocDrift(catalogue, sources.findings)).toEqual(["docs/rules.md"]);
    // The suites read src/generated/contracts.json, which only `npm run gen` rewrites.
    expect(listCases().some((c) => c.rule === RULE)).toBe(false);
  });

  it("shows as one suite case per surface, expecting its row, which names the rule back", () => {
    const catalogue = soundCatalogue(sources);
    const before = new Set(listCases(SURFACES, soundCatalogue(copySources())).map((c) => c.id));
    const added = listCases(SURFACES, catalogue).filter((c) => !before.has(c.id));
    expect(added.map((c) => [c.id, c.rows.map((r) => r.id)])).toEqual([
      [`tencent-v3/${RULE}#1`, [V3_ROW]],
      [`jdcloud-vm/${RULE}#1`, [JD_ROW]],
    ]);
    for (const c of added) expect(c.rows[0]?.rules).toContain(RULE);
  });

  it("shows in the rules reference with its cases, and among the rules its rows are provoked by", () => {
    const doc = renderRulesDoc(soundCatalogue(sources), sources.findings);
    expect(doc).toContain(`### \`${RULE}\` — ${TITLE}`);
    expect(docLine(doc, `| tencent-v3 | **document:** ${STATEMENT} |`)).toContain(
      `AttachNetworkInterface(NetworkInterfaceId=eni.available, InstanceId=instance.running) ⇒ error \`${V3_ROW}\``,
    );
    expect(docLine(doc, `| jdcloud-vm | **document:** ${STATEMENT} |`)).toContain(
      `attachNetworkInterface(regionId=region.main, instanceId=instance.running, networkInterfaceId=eni.available) ⇒ error \`${JD_ROW}\``,
    );
    expect(docLine(doc, `| \`${V3_ROW}\` |`)).toMatch(
      /\| `instance.state-running-or-stopped`, `eni.recipe-example` \|[^|]*\|$/,
    );
    expect(docLine(doc, `| \`${JD_ROW}\` |`)).toMatch(/, `eni.recipe-example` \|[^|]*\|$/);
  });
});
