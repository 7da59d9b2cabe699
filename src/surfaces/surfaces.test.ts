/**
 * The one shared surface test-suite (STYLE.md: every surface passes the same suite). Per surface:
 * client-encode → sign → verify → decode round trips for every operation and every encoding over
 * arbitrary valid parameters; tampering breaks the signature; every error row of the spec is
 * answered with its HTTP status and a schema-valid envelope; garbage never makes decode or verify
 * throw; and routing sends each surface's requests to that surface only.
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAjv } from "../contracts/ajv.ts";
import { buildCatalogue } from "../contracts/catalogue-build.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import type { Mutation } from "../contracts/model.ts";
import { readJson, SURFACES } from "../contracts/surfaces.ts";
import { fixedClock, seededRandom } from "../core/clock.ts";
import { ApiError, type NeutralError } from "../core/errors.ts";
import type { WireRequest } from "../core/wire.ts";
import { arbitraryFor, paramsArbitrary } from "../suites-kit/arbitraries.ts";
import { routeRequest, surfaceModule } from "./registry.ts";
import { surfaceRows } from "./shared/error-table.ts";

const credentials = { accessKeyId: "AKIDtest", secret: "testkey" };
const clock = fixedClock("2026-11-22T00:00:00Z");
const verifyContext = { lookupSecret: (id: string) => (id === "AKIDtest" ? "testkey" : undefined), clock };
const host = "127.0.0.1:8080";
const RUNS = { numRuns: 40 };
const catalogue = buildCatalogue();

/** The neutral refusal a surface must answer a rule case's request mutation with. */
const REFUSAL: Partial<Record<Mutation["kind"], NeutralError>> = {
  "param.omit": "param.missing",
  "param.malformed": "param.malformed",
  "param.wrong-type": "param.invalid",
  "param.unknown": "param.unknown",
  "action.unknown": "action.unknown",
  "sign.bad-signature": "auth.bad-signature",
  "sign.unknown-key": "auth.unknown-key",
  "sign.expired-timestamp": "auth.expired",
  "sign.reused-nonce": "auth.nonce-reused",
  "rate.burst": "rate.throttled",
};

/** Params as a flattened query or form carries them: empty arrays and objects vanish (as in the SDKs). */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const w = withoutEmpty(v);
      if ((Array.isArray(w) && w.length === 0) || (w && typeof w === "object" && Object.keys(w).length === 0))
        continue;
      out[k] = w;
    }
    return out;
  }
  return value;
}

/** A request id of the surface's own format (from the error schema's RequestId definition). */
function sampleRequestId(surface: (typeof SURFACES)[number], operation: string): string {
  const root = readJson(schemaFile(surface, operation, "error")) as Record<string, unknown>;
  const defs = (root.$defs ?? {}) as Record<string, unknown>;
  const name = Object.keys(defs).find((k) => k.toLowerCase() === "requestid");
  if (!name) return "req-0001";
  return String(fc.sample(arbitraryFor({ $ref: `#/$defs/${name}` }, root), { numRuns: 1, seed: 1 })[0]);
}

function tamper(req: WireRequest): WireRequest {
  if (req.body !== "") return { ...req, body: `${req.body} ` };
  return { ...req, url: `${req.url}${req.url.includes("?") ? "&" : "?"}Tampered=1` };
}

describe.each(SURFACES)("surface %s", (surface) => {
  const m = surfaceModule(surface);
  const region = m.defaults.region;
  const pairs = m.operations.flatMap((o) => m.codec.encodings.map((e) => [o.operation, e] as const));

  it.each(pairs)(
    "round-trips %s over the %s encoding: encode → sign → verify → decode",
    (operation, encoding) => {
      fc.assert(
        fc.property(paramsArbitrary(surface, operation), fc.integer(), (params, seed) => {
          const wire = m.codec.encodeRequest(operation, params, { region, host, encoding });
          const signed = m.signer.sign(wire, { credentials, clock, random: seededRandom(seed), region });
          const verified = m.signer.verify(signed, verifyContext);
          expect(verified).toMatchObject({ ok: true, accessKeyId: "AKIDtest" });
          const decoded = m.codec.decode(signed);
          if (!decoded.ok) throw new Error(`decode refused: ${decoded.error.code} ${decoded.error.message}`);
          expect(decoded.value.operation).toBe(operation);
          expect(decoded.value.encoding).toBe(encoding);
          const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
          const got = plain(decoded.value.params);
          expect(
            isDeepStrictEqual(got, plain(params)) || isDeepStrictEqual(got, plain(withoutEmpty(params))),
            `decoded ${JSON.stringify(got)} from ${JSON.stringify(params)}`,
          ).toBe(true);
          expect(routeRequest(signed)?.id).toBe(surface);
          expect(m.signer.verify(tamper(signed), verifyContext).ok).toBe(false);
          expect(m.signer.verify(signed, { ...verifyContext, lookupSecret: () => "not-the-secret" }).ok).toBe(
            false,
          );
        }),
        RUNS,
      );
    },
  );

  it("answers every error row of the spec with the row's HTTP status and a schema-valid envelope", () => {
    const ajv = createAjv();
    const rows = surfaceRows(surface);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const operation = row.operation ?? m.operations[0]?.operation ?? "";
      const validate =
        ajv.getSchema(`urn:eni-conformance:schemas:${surface}:${operation}.error`) ??
        ajv.compile(readJson(schemaFile(surface, operation, "error")) as object);
      const res = m.codec.encodeError(
        new ApiError(row.code, `message for ${row.id}`, row.id),
        sampleRequestId(surface, operation),
      );
      expect(res.status, row.id).toBe(row.http);
      const body = JSON.parse(res.body);
      expect(validate(body), `${row.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      const outcome = m.codec.decodeResponse(operation, res);
      expect(outcome.kind, row.id).toBe("error");
      if (outcome.kind === "error") expect(res.body, row.id).toContain(row.code);
    }
  });

  it("answers each request-level refusal with a row the rule catalogue expects for it", () => {
    let checked = 0;
    for (const rule of catalogue.rules) {
      for (const c of rule.surfaces[surface]?.cases ?? []) {
        const kind = c.mutate ? REFUSAL[c.mutate.kind] : undefined;
        if (!c.mutate || !kind) continue;
        const params = c.mutate.param ? [c.mutate.param] : Object.keys(c.given);
        for (const param of params) {
          const error = m.errors.error(kind, "refused", param);
          expect(c.errorRows, `${rule.id} ${c.mutate.kind}(${param}) → ${error.rowId}`).toContain(
            error.rowId,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("answers the refusals of an environment (a denied permission, an unknown region) with its rows", () => {
    const ids = surfaceRows(surface).map((r) => r.id);
    const [forbidden, region] = (["auth.forbidden", "region.unknown"] as const).map(
      (kind) => m.errors.error(kind, "refused").rowId,
    );
    expect(ids).toContain(forbidden);
    expect(ids).toContain(region);
    // A permission denial is no authentication failure of the request itself.
    expect(forbidden).not.toBe(m.errors.error("auth.bad-signature", "refused").rowId);
    // Where a rule case names a region the cloud lacks, it expects the row the surface answers.
    for (const rule of catalogue.rules) {
      for (const c of rule.surfaces[surface]?.cases ?? []) {
        if (!c.mutate && Object.values(c.given).includes("region.unknown"))
          expect(c.errorRows, `${rule.id} ${c.operation}`).toContain(region);
      }
    }
  });

  it("never throws on arbitrary requests, and refuses them with the cloud's own envelope", () => {
    const rows = surfaceRows(surface);
    const statuses = new Set(rows.map((r) => r.http));
    const request = fc.record({
      method: fc.constantFrom("GET", "POST", "PUT", "DELETE"),
      url: fc.oneof(
        fc.constantFrom(
          "/",
          "/v2/index.php",
          "/v1/regions/cn-north-1/instances/i-abc:attachNetworkInterface",
        ),
        fc.string({ unit: "binary-ascii" }).map((s) => `/${s}`),
        fc.string({ unit: "binary-ascii" }).map((s) => `/?${s}`),
      ),
      headers: fc.dictionary(
        fc.constantFrom(
          "content-type",
          "authorization",
          "x-tc-action",
          "x-acs-action",
          "host",
          "x-jdcloud-date",
        ),
        fc.string({ unit: "binary-ascii" }),
      ),
      body: fc.oneof(fc.string(), fc.json()),
    });
    fc.assert(
      fc.property(request, (req) => {
        const decoded = m.codec.decode(req);
        const verified = m.signer.verify(req, verifyContext);
        if (!decoded.ok) expect(statuses).toContain(m.codec.encodeError(decoded.error, "req-0001").status);
        if (!verified.ok) expect(statuses).toContain(m.codec.encodeError(verified.error, "req-0001").status);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses an unsigned request with an auth error, not a success", () => {
    const first = m.operations[0];
    if (!first) throw new Error("no operations");
    const sample = fc.sample(paramsArbitrary(surface, first.operation), { numRuns: 1, seed: 7 })[0] ?? {};
    const wire = m.codec.encodeRequest(first.operation, sample, { region, host });
    const verified = m.signer.verify(wire, verifyContext);
    expect(verified.ok).toBe(false);
    if (!verified.ok) expect(surfaceRows(surface).map((r) => r.code)).toContain(verified.error.code);
  });
});
