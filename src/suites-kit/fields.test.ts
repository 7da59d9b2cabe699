/**
 * The field matrix: every response field of the operations the suite calls, with its type row and
 * the documented properties of the specs' `x-field-properties`, each judged by a check that exists
 * and exercised by a case of the catalogue; and the field coverage a run reports.
 */
import { describe, expect, it } from "vitest";
import { CHECKS } from "../checks/registry.ts";
import { leafFields, typeText } from "../contracts/field-matrix.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import type { JsonObject } from "../contracts/spec.ts";
import { readJson, SURFACES } from "../contracts/surfaces.ts";
import { listCases, suiteCatalogue } from "./cases.ts";
import { appliesTo, calledOperations, exercises, fieldCoverage, fieldMatrix } from "./fields.ts";

describe("leafFields", () => {
  it("walks references, arrays, unions and skips forbidden members", () => {
    const schema: JsonObject = {
      $ref: "#/$defs/Root",
      $defs: {
        Root: {
          type: "object",
          properties: {
            Error: false,
            Id: { $ref: "#/$defs/Id" },
            Items: { type: "array", items: { type: "object", properties: { Index: { type: "integer" } } } },
            Free: { type: "object" },
          },
          oneOf: [{ properties: { A: { type: "string" } } }, { properties: { B: { type: "boolean" } } }],
        },
        Id: { type: "string", pattern: "^x$" },
      },
    };
    const fields = leafFields(schema);
    expect(fields.map((f) => f.path)).toEqual(["Id", "Items[].Index", "Free", "A", "B"]);
    expect(typeText(fields[0]?.schema ?? {})).toBe("string, pattern `^x$`");
  });

  it("ends a reference cycle at the member that closes it", () => {
    const schema: JsonObject = {
      $ref: "#/$defs/Node",
      $defs: {
        Node: { type: "object", properties: { Next: { $ref: "#/$defs/Node" }, V: { type: "integer" } } },
      },
    };
    expect(leafFields(schema).map((f) => f.path)).toEqual(["Next", "V"]);
  });
});

describe("the field matrix", () => {
  const catalogue = suiteCatalogue();
  const matrix = fieldMatrix();

  it("has every field of every operation the suite calls, each with its type row first", () => {
    for (const surface of SURFACES) {
      for (const called of calledOperations(surface)) {
        const schema = readJson(schemaFile(surface, called.operation, "response")) as JsonObject;
        const fields = leafFields(schema).map((f) => f.path);
        expect(fields.length, `${surface} ${called.operation}`).toBeGreaterThan(0);
        const rows = matrix.filter((r) => r.surface === surface && r.operation === called.operation);
        expect(rows.map((r) => r.field)).toEqual(fields);
        for (const row of rows) expect(row.properties[0]?.id).toBe("type");
      }
    }
  });

  it("reads every surface's describe and, where there is one, its task query", () => {
    expect(calledOperations("tencent-v3").map((o) => o.operation)).toEqual(
      expect.arrayContaining([
        "AttachNetworkInterface",
        "DescribeNetworkInterfaces",
        "DescribeVpcTaskResult",
      ]),
    );
    expect(
      calledOperations("jdcloud-vm").find((o) => o.operation === "describeNetworkInterface")?.via,
    ).toEqual(["answer", "readback"]); // JD Cloud's describe is also a case's operation (async.attach-observable)
  });

  it("names only checks of the registry", () => {
    const checks = new Set(Object.keys(CHECKS));
    for (const row of matrix) {
      for (const p of row.properties) {
        for (const check of p.check.split(", "))
          expect(checks.has(check), `${row.surface} ${p.id}: ${check}`).toBe(true);
      }
    }
  });

  it("places every documented property on a field that the operations it names answer with", () => {
    for (const p of catalogue.fieldProperties) {
      const ops = calledOperations(p.surface).filter((o) => appliesTo(p, o.operation));
      expect(ops.length, `${p.surface} ${p.id}`).toBeGreaterThan(0);
      for (const o of ops) {
        const fields = leafFields(readJson(schemaFile(p.surface, o.operation, "response")) as JsonObject);
        expect(
          fields.some((f) => f.path === p.field),
          `${p.surface} ${p.id}: ${o.operation} has no field ${p.field}`,
        ).toBe(true);
      }
    }
  });

  it("gives an inferred property the finding that explains it, and every property a case of the catalogue", () => {
    for (const p of catalogue.fieldProperties) {
      if (p.provenance.kind === "inferred") expect(p.finding, `${p.surface} ${p.id}`).toMatch(/^F-\d{3}$/);
      const operations = p.operations.includes("*")
        ? calledOperations(p.surface).map((o) => o.operation)
        : p.operations;
      expect(
        listCases([p.surface]).some((c) => exercises(c, p.exercised, operations)),
        `${p.surface} ${p.id}: no case exercises it`,
      ).toBe(true);
    }
  });
});

describe("field coverage", () => {
  const all = listCases();

  it("is complete when every case ran, and empty when none did", () => {
    const full = fieldCoverage(new Set(all.map((c) => c.id)));
    expect(full.fields.covered).toBe(full.fields.total);
    expect(full.fieldProperties.covered).toBe(full.fieldProperties.total);
    expect(full.fields.total).toBe(fieldMatrix().length);
    const none = fieldCoverage(new Set());
    expect(none.fields.covered).toBe(0);
    expect(none.fieldProperties.covered).toBe(0);
  });

  it("counts what the cases that ran exercise: one successful attach reads the describe, not the task query", () => {
    const attach = "tencent-v3/instance.state-running-or-stopped#1";
    const cov = fieldCoverage(new Set([attach]), ["tencent-v3"]);
    const matrix = fieldMatrix(["tencent-v3"]);
    const typed = (operation: string) => matrix.filter((r) => r.operation === operation).length;
    expect(cov.fields.covered).toBe(typed("AttachNetworkInterface") + typed("DescribeNetworkInterfaces"));
    // request-id ×2 and the bound ENI's attachment and Primary; not the task id nor the device index.
    expect(cov.fieldProperties.covered).toBe(4);
  });
});
