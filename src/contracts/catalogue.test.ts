import { describe, expect, it } from "vitest";
import { checkDocumentCodes, loadDocumentCodeLists } from "../testing/document-codes.ts";
import { validateRulesDef } from "./ajv.ts";
import { checkCatalogue, rowCountsByDocument } from "./catalogue.ts";
import { buildCatalogue } from "./catalogue-build.ts";
import { loadFindings } from "./findings.ts";
import type { Catalogue } from "./model.ts";
import { parseAllSpecSources } from "./spec-source.ts";
import { SURFACES } from "./surfaces.ts";

const specs = parseAllSpecSources();
const catalogue = buildCatalogue(specs);
const findings = loadFindings();

describe("rule catalogue", () => {
  it("has every error row of every document, as many as its transcribed table (the seed documents: 4 + 4 + 14 + 30 + 9 = 61)", () => {
    const counts = rowCountsByDocument(catalogue);
    const transcribed = Object.entries(loadDocumentCodeLists().codes);
    expect(counts).toEqual(
      Object.fromEntries(transcribed.map(([document, codes]) => [document, codes.length])),
    );
    expect(counts).toMatchObject({
      "000_16111b594cb926bd.txt": 4,
      "001_8b4093e192508f22.txt": 4,
      "002_d0807661e42b6160.txt": 14,
      "003_0dfbc968b9326d2c.txt": 30,
      "004_ecfc7aabf49a3848.txt": 9,
    });
  });

  it("spells codes and statuses as the hand-transcribed lists of src/contracts/fixtures/ do, in table order", () => {
    expect(checkDocumentCodes(catalogue, loadDocumentCodeLists())).toEqual([]);
  });

  it("has the common errors of every surface for each situation the issue names", () => {
    const needed = [
      "auth.signature-valid",
      "auth.key-known",
      "auth.timestamp-fresh",
      "param.required",
      "action.known",
    ];
    for (const surface of SURFACES) {
      const common = catalogue.errorRows.filter((r) => r.surface === surface && r.kind === "common");
      const provoked = new Set(common.flatMap((r) => r.rules ?? []));
      for (const rule of needed) expect(provoked, `${surface} ${rule}`).toContain(rule);
      expect(
        common.some((r) => r.rules?.some((id) => id.startsWith("rate-limit."))),
        `${surface} throttling`,
      ).toBe(true);
    }
  });

  it("is sound: every link between rules, rows, operations, parameters and findings resolves", () => {
    expect(checkCatalogue(catalogue, findings, specs)).toEqual([]);
  });

  it("validates against schemas/rules.schema.json", () => {
    expect(validateRulesDef("", catalogue)).toEqual([]);
  });

  it("cites a source for every rule on every surface", () => {
    for (const rule of catalogue.rules) {
      for (const entry of Object.values(rule.surfaces)) expect(entry?.source.length).toBeGreaterThan(0);
    }
  });

  it("uses the rule ids the design names", () => {
    const ids = new Set(catalogue.rules.map((r) => r.id));
    for (const id of [
      "eni.single-attachment",
      "instance.state-running-or-stopped",
      "eni.same-zone",
      "eni.primary-not-migratable",
      "eni.needs-security-group",
      "instance.eni-limit",
      "jd.eip-zone",
      "async.task-completes",
      "rate-limit.100-per-second",
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe("catalogue checks notice broken contracts", () => {
  function clone(): Catalogue {
    return structuredClone(catalogue);
  }

  it("notices a row that names a rule no case provokes it with", () => {
    const broken = clone();
    const row = broken.errorRows.find((r) => r.rules && r.rules.length > 0);
    if (!row?.rules) throw new Error("no row with rules");
    row.rules = [...row.rules, "eni.same-zone"];
    const problems = checkCatalogue(broken, findings, specs);
    expect(problems.some((p) => p.where.includes(row.id))).toBe(true);
  });

  it("notices a case that expects a row of another surface", () => {
    const broken = clone();
    const rule = broken.rules.find((r) => r.surfaces["tencent-v3"]?.cases.some((c) => c.expect === "error"));
    const c = rule?.surfaces["tencent-v3"]?.cases.find((x) => x.expect === "error");
    if (!c) throw new Error("no error case");
    c.errorRows = ["003/MissingParameter"];
    expect(
      checkCatalogue(broken, findings, specs).some((p) => p.problem.includes("not a row of tencent-v3")),
    ).toBe(true);
  });

  it("notices a case whose given lacks a required parameter", () => {
    const broken = clone();
    const c = broken.rules.find((r) => r.id === "eni.same-zone")?.surfaces["tencent-v3"]?.cases[0];
    if (!c) throw new Error("no case");
    delete c.given.InstanceId;
    expect(checkCatalogue(broken, findings, specs).some((p) => p.problem.includes("InstanceId"))).toBe(true);
  });

  it("notices a finding that nothing refers to", () => {
    const extra = { ...findings[0], id: "F-999" } as (typeof findings)[number];
    expect(checkCatalogue(catalogue, [...findings, extra], specs)).toContainEqual({
      where: "finding F-999",
      problem: "not referenced from any spec",
    });
  });

  it("rejects a role outside the vocabulary and an error case without rows", () => {
    const rule = {
      id: "eni.example",
      title: "Example",
      statement: "An example statement.",
      source: [{ document: "002_d0807661e42b6160.txt", section: "1" }],
      cases: [
        { operation: "AttachNetworkInterface", given: { InstanceId: "instance.sleepy" }, expect: "error" },
      ],
    };
    const errors = validateRulesDef("specRule", rule);
    expect(errors.join("\n")).toMatch(/given\/InstanceId must be equal to one of the allowed values/);
    expect(errors.join("\n")).toMatch(/must have required property 'errorRows'/);
  });

  it("rejects a row that is both provokable and unprovokable", () => {
    const row = catalogue.errorRows.find((r) => r.kind === "documented" && r.rules);
    if (!row) throw new Error("no row");
    const { surface: _s, operation: _o, ...plain } = row;
    expect(
      validateRulesDef("errorRow", { ...plain, unprovokable: "both at once is not allowed" }),
    ).not.toEqual([]);
  });
});
