/**
 * No false positives on the real gateways: every answer of `src/contracts/fixtures/real-envelopes.jsonl`
 * (public recordings of the four gateways, test data) is put back on the wire in the formatting it
 * was sent in, decoded by its surface's codec as the kind it was (success or error, its code and
 * request id, read from the record's own body), and accepted by the envelope-level checks:
 * `envelope`, `request-id`, `http-status` (where the source showed the status) and, for errors, the
 * error-envelope shape of `response-schema`. Success members are not judged: they belong to other
 * actions than ours. A record the checks reject is named here with the finding that records the
 * document's strictness (specs/findings.yaml), or with what makes it no wire body at all.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  type RealEnvelope,
  realEnvelopes,
  recordContext,
  surfaceOf,
  wireBody,
} from "../testing/real-envelopes.ts";
import { type CheckId, runChecks } from "./registry.ts";

const RECORDS = realEnvelopes();

/** Records the checks reject on purpose: line → the finding that says why, and the check that rejects. */
const NAMED: Record<number, { finding: string; check: CheckId }> = {
  29: { finding: "F-051", check: "response-schema" },
};

/** Records that are not what the gateway sent: line → why (read from the record's note). */
const NOT_WIRE: Record<number, RegExp> = {
  24: /NOT the whole wire body/,
};

/** What the record's own body says it is, read as the surface's documents describe the envelope. */
function said(record: RealEnvelope): { code: string | undefined; requestId: string | undefined } {
  const b = record.body as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  switch (record.api) {
    case "tencent-v3": {
      const r = b.Response as { RequestId?: unknown; Error?: { Code?: unknown } };
      return { code: text(r.Error?.Code), requestId: text(r.RequestId) };
    }
    case "tencent-v2":
      return {
        code: record.kind === "error" ? text(b.codeDesc) || String(b.code) : undefined,
        requestId: undefined,
      };
    case "aliyun-ecs":
      return { code: record.kind === "error" ? text(b.Code) : undefined, requestId: text(b.RequestId) };
    case "jdcloud":
      return {
        code: text((b.error as { status?: unknown } | undefined)?.status),
        requestId: text(b.requestId),
      };
  }
}

/** The envelope-level checks that judge a record. */
function checksOf(record: RealEnvelope): CheckId[] {
  return [
    "envelope",
    "request-id",
    ...(record.status !== null ? (["http-status"] as const) : []),
    ...(record.kind === "error" ? (["response-schema"] as const) : []),
  ];
}

const wire = RECORDS.filter((r) => !(r.line in NOT_WIRE));

describe("every real answer of the four gateways", () => {
  it("covers the four surfaces, successes and errors", () => {
    expect(new Set(RECORDS.map(surfaceOf))).toEqual(
      new Set(["tencent-v3", "tencent-v2", "aliyun-ecs", "jdcloud-vm"]),
    );
    expect(new Set(RECORDS.map((r) => r.kind))).toEqual(new Set(["success", "error"]));
  });

  it.each(wire.map((r) => [r.line, r.api, r.action, r] as const))(
    "line %i (%s %s) decodes as the kind, code and request id it carries",
    (_line, _api, _action, record) => {
      const { result } = recordContext(record);
      const { code, requestId } = said(record);
      if (record.kind === "success") {
        expect("data" in result ? { requestId: result.requestId } : result).toEqual({ requestId });
      } else {
        expect(
          "error" in result ? { code: result.error.code, requestId: result.error.requestId } : result,
        ).toEqual({ code, requestId });
      }
    },
  );

  it.each(
    wire.map((r) => {
      const named = NAMED[r.line];
      const verdict = named ? `reject it (${named.check}), as finding ${named.finding} records` : "accept it";
      return [r.line, r.api, r.action, verdict, r] as const;
    }),
  )("line %i (%s %s): the envelope-level checks %s", (line, _api, _action, _verdict, record) => {
    const findings = runChecks(recordContext(record), checksOf(record));
    const named = NAMED[line];
    if (!named) return expect(findings).toEqual([]);
    expect(findings.map((f) => f.check)).toEqual([named.check]);
  });

  it("names only findings that exist and concern the record's surface", () => {
    const findings = parse(readFileSync(new URL("../../specs/findings.yaml", import.meta.url), "utf8")) as {
      id: string;
      surfaces: string[];
    }[];
    for (const [line, { finding }] of Object.entries(NAMED)) {
      const record = RECORDS[Number(line) - 1] as RealEnvelope;
      expect(findings.find((f) => f.id === finding)?.surfaces, `line ${line}`).toContain(surfaceOf(record));
    }
  });

  it.each(Object.entries(NOT_WIRE))(
    "line %s is no wire body (its note says so), and the codec does not read it as one",
    (line, note) => {
      const record = RECORDS[Number(line) - 1] as RealEnvelope;
      expect(record.note).toMatch(note);
      expect(runChecks(recordContext(record), ["envelope"]).map((f) => f.check)).toEqual(["envelope"]);
    },
  );
});

describe("the wire formatting of the records", () => {
  it("Tencent VPC answers are pretty-printed with escaped slashes, as recorded", () => {
    const vpc = RECORDS.filter((r) => /pretty-printed/.test(r.note));
    expect(vpc.length).toBeGreaterThan(0);
    for (const r of vpc) {
      const body = wireBody(r);
      expect(body).toMatch(/^\{\n {4}"Response": \{/);
      if (JSON.stringify(r.body).includes("/")) expect(body).toContain("\\/");
    }
  });
});
