import { describe, expect, it } from "vitest";
import type { JsonObject } from "./spec.ts";
import { listOperations, primaryOperations } from "./spec.ts";
import { parseSpecSource } from "./spec-source.ts";
import { SURFACES } from "./surfaces.ts";

describe.each(SURFACES)("spec %s", (surface) => {
  const spec = parseSpecSource(surface);
  const ops = listOperations(surface, spec);
  const documents = (spec["x-documents"] ?? []) as { file: string; operations: string[] }[];

  it("names its surface and the vendor documents it derives from", () => {
    expect(spec["x-surface"]).toBe(surface);
    expect(documents.length).toBeGreaterThan(0);
    for (const d of documents) expect(d.file).toMatch(/^[0-9]{3}_[0-9a-f]{16}\.txt$/);
  });

  it("gives every operation an x-source: document sections, or the companion vendor page", () => {
    for (const op of ops) {
      const source = op.op["x-source"] as JsonObject | undefined;
      expect(source, op.operationId).toBeDefined();
      if (source && "document" in source) {
        expect(
          documents.map((d) => d.file),
          op.operationId,
        ).toContain(source.document);
        expect((source.sections as string[]).length, op.operationId).toBeGreaterThan(0);
      } else {
        expect((source?.companion as JsonObject | undefined)?.page, op.operationId).toEqual(
          expect.any(String),
        );
      }
    }
  });

  it("documents each operation the seed documents describe, and keeps error rows on those only", () => {
    const primary = primaryOperations(surface, spec);
    for (const d of documents) {
      for (const name of d.operations) {
        const op = primary.find((o) => o.operationId === name);
        if (!op) throw new Error(`${surface}: ${name} is not an operation of the spec`);
        expect((op.op["x-source"] as JsonObject).document).toBe(d.file);
        expect((op.op["x-error-rows"] as unknown[]).length, name).toBeGreaterThan(0);
      }
    }
  });

  it("has one defining operation per action; other wire forms point at it with x-same-as", () => {
    const primary = primaryOperations(surface, spec);
    expect(new Set(primary.map((o) => o.action)).size).toBe(primary.length);
    for (const op of ops.filter((o) => o.sameAs !== undefined)) {
      const target = primary.find((o) => o.operationId === op.sameAs);
      expect(target?.action, op.operationId).toBe(op.action);
      expect(op.op["x-error-rows"], op.operationId).toBeUndefined();
    }
  });

  it("keys RPC operations as <wire path>#<Action> and REST operations by their real path (one style per spec)", () => {
    const rpc = ops.filter((op) => op.path.includes("#"));
    for (const op of rpc) expect(op.path.split("#")[1]).toBe(op.action);
    expect([0, ops.length]).toContain(rpc.length);
  });
});
