import { describe, expect, it } from "vitest";
import { loadAllSpecs } from "./catalogue.ts";
import { validateExamples } from "./examples.ts";
import { loadFindings } from "./findings.ts";
import { SURFACES } from "./surfaces.ts";

const specs = loadAllSpecs();
const results = SURFACES.flatMap((s) => validateExamples(s, specs[s]));
const findings = loadFindings();

describe("documented examples", () => {
  it("every document contributes at least one request and one response example", () => {
    for (const surface of SURFACES) {
      const mine = results.filter((r) => r.surface === surface);
      expect(
        mine.some((r) => r.kind === "request"),
        `${surface} request`,
      ).toBe(true);
      expect(
        mine.some((r) => r.kind === "response"),
        `${surface} response`,
      ).toBe(true);
    }
  });

  it("each example that fails its schema is recorded as an example-mismatch finding, and only those", () => {
    const invalid = results.filter((r) => r.status === "invalid").map((r) => r.id);
    const recorded = findings.filter((f) => f.kind === "example-mismatch").map((f) => f.example);
    expect(new Set(invalid)).toEqual(new Set(recorded));
  });

  it("every example id is unique", () => {
    const ids = results.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("validates JSON examples rather than skipping them", () => {
    const json = results.filter((r) => r.status !== "not-json");
    expect(json.length).toBeGreaterThanOrEqual(10);
  });
});
