/**
 * Provenance of the catalogue's expectations: a statement is as strong as its best source; an
 * expected outcome never stronger than its statement, nor than the rows it accepts, and `inferred`
 * wherever the case's link from rule to row is this project's reading. Checked on the built
 * catalogue against examples the issue names, and on small hand-made rules.
 */
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "./catalogue.ts";
import type { PlacedErrorRow, RuleCase } from "./model.ts";
import { citationKind, outcomeProvenance, PROVENANCE_ORDER, statementProvenance } from "./provenance.ts";

const DOC = { document: "002_d0807661e42b6160.txt", section: "6. Error Code" };
const PAGE = { companion: "Tencent Cloud API 3.0 common error codes" };
const SDK = { sdk: "tencentcloud-sdk-nodejs@4.1.313", detail: "common/abstract_client.js" };
const row = (kind: PlacedErrorRow["kind"], source = kind === "documented" ? DOC : PAGE): PlacedErrorRow => ({
  id: `x/${kind}`,
  kind,
  code: "Code",
  http: 200,
  httpFrom: "protocol",
  meaning: "m",
  source,
  surface: "tencent-v3",
});
const errorCase = (extra: Partial<RuleCase> = {}): RuleCase => ({
  operation: "AttachNetworkInterface",
  given: {},
  expect: "error",
  errorRows: ["x"],
  ...extra,
});

describe("statementProvenance", () => {
  it.each([
    ["a document among its sources", [PAGE, DOC], "document"],
    ["only another page of the vendor", [PAGE], "vendor-page"],
    ["only an SDK", [SDK], "sdk"],
  ] as const)("%s: %s", (_name, source, kind) => {
    expect(statementProvenance({ source: [...source] }).kind).toBe(kind);
    expect(citationKind(source[0])).toBe(source.length > 1 ? "vendor-page" : kind);
  });

  it("is inferred, with its finding, where the spec says so, whatever the sources", () => {
    expect(statementProvenance({ source: [DOC], provenance: "inferred", finding: "F-001" })).toEqual({
      kind: "inferred",
      citations: [DOC],
      finding: "F-001",
    });
  });
});

describe("outcomeProvenance", () => {
  const doc = statementProvenance({ source: [DOC] });
  it("is the weakest of the statement and the rows it accepts", () => {
    expect(outcomeProvenance(errorCase(), doc, [row("documented")]).kind).toBe("document");
    expect(outcomeProvenance(errorCase(), doc, [row("documented"), row("common")]).kind).toBe("vendor-page");
    expect(
      outcomeProvenance(errorCase(), statementProvenance({ source: [PAGE] }), [row("documented")]).kind,
    ).toBe("vendor-page");
  });
  it("is inferred, naming the case's finding, where the link from rule to row is", () => {
    expect(
      outcomeProvenance(errorCase({ confidence: "inferred", finding: "F-042" }), doc, [row("documented")]),
    ).toMatchObject({
      kind: "inferred",
      finding: "F-042",
    });
  });
  it("is the statement's for a success, and for a refusal the document gives no code", () => {
    expect(outcomeProvenance({ ...errorCase(), expect: "success", errorRows: [] }, doc, []).kind).toBe(
      "document",
    );
    expect(outcomeProvenance({ ...errorCase(), errorRows: [] }, doc, []).kind).toBe("document");
  });
  it("orders the kinds from strongest to weakest", () => {
    expect(PROVENANCE_ORDER).toEqual(["document", "vendor-page", "sdk", "inferred"]);
  });
});

describe("the built catalogue", () => {
  const catalogue = loadCatalogue();
  const caseOf = (rule: string, surface: "tencent-v2" | "tencent-v3" | "aliyun-ecs" | "jdcloud-vm", n = 0) =>
    catalogue.rules.find((r) => r.id === rule)?.surfaces[surface]?.cases[n];

  it("gives every statement and every case a provenance", () => {
    for (const rule of catalogue.rules)
      for (const entry of Object.values(rule.surfaces)) {
        expect(PROVENANCE_ORDER, rule.id).toContain(entry.provenance.kind);
        for (const c of entry.cases) expect(PROVENANCE_ORDER, rule.id).toContain(c.provenance?.kind);
      }
  });

  it("labels the v2 codes that come from other Tencent pages as vendor-page, not document", () => {
    // tencent-v2 param.required ⇒ 4000 and action.known ⇒ 6100 are common rows of other pages.
    expect(caseOf("param.required", "tencent-v2")?.provenance?.kind).toBe("vendor-page");
    expect(caseOf("action.known", "tencent-v2")?.provenance?.kind).toBe("vendor-page");
  });

  it("labels a case whose row the project chose as inferred", () => {
    expect(caseOf("eni.exists", "jdcloud-vm")?.provenance).toMatchObject({
      kind: "inferred",
      finding: "F-042",
    });
  });
});
