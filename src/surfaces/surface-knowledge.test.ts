/**
 * The shared suite of what each surface knows besides its wire protocol (SurfaceModule): the hosts
 * it answers on, the action a request names, the server's retry hint, the secret headers and
 * parameters redaction masks, the read-back and the state calls, `changesState`; and the fixed file
 * set of every surface folder (src/surfaces/<surface>/) and simulator adapter folder
 * (src/sim/adapters/<surface>/), so that adding a surface is filling in a known template.
 */
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadSpec, primaryOperations } from "../contracts/spec.ts";
import { SURFACES } from "../contracts/surfaces.ts";
import { fixedClock, seededRandom } from "../core/clock.ts";
import { REDACTED, redactRequest } from "../core/redact.ts";
import type { WireRequest } from "../core/wire.ts";
import { paramsArbitrary } from "../suites-kit/arbitraries.ts";
import { SECRET_NAMES, SURFACE_MODULES, surfaceModule } from "./registry.ts";

const clock = fixedClock("2026-11-22T00:00:00Z");
const TOKEN = "session-token-4f2a9c";
const credentials = { accessKeyId: "AKIDtest", secret: "testkey", token: TOKEN };

/** The files every surface folder has (besides its own helpers and tests). */
const SURFACE_FILES = ["codec.ts", "errors.ts", "index.ts", "operations.ts", "signer.ts", "state.ts"];
/** The files every simulator adapter folder has, and nothing else but their tests and the optional ones. */
const ADAPTER_FILES = ["index.ts", "render.ts", "serve.ts"];
/** The files an adapter folder may have: its signature explainer (`SimAdapter.explainer`). */
const OPTIONAL_ADAPTER_FILES = ["explain.ts"];

const filesOf = (folder: string) =>
  readdirSync(new URL(folder, import.meta.url), { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

describe("every surface's folders", () => {
  it("the surface folders are exactly the surfaces, and each has the fixed files", () => {
    const folders = readdirSync(new URL("./", import.meta.url), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== "shared")
      .map((e) => e.name);
    expect(folders.sort()).toEqual([...SURFACES].sort());
    for (const surface of SURFACES)
      expect(filesOf(`./${surface}/`)).toEqual(expect.arrayContaining(SURFACE_FILES));
  });

  it("the simulator adapter folders are exactly the surfaces, each with exactly the fixed files and their tests", () => {
    const folders = readdirSync(new URL("../sim/adapters/", import.meta.url), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual([...SURFACES].sort());
    for (const surface of SURFACES) {
      const files = filesOf(`../sim/adapters/${surface}/`);
      const own = files.filter((f) => !f.endsWith(".test.ts") && !OPTIONAL_ADAPTER_FILES.includes(f));
      expect(own.sort(), surface).toEqual(ADAPTER_FILES);
      for (const test of files.filter((f) => f.endsWith(".test.ts"))) {
        expect(
          [...ADAPTER_FILES, ...OPTIONAL_ADAPTER_FILES],
          `${surface}/${test} tests a fixed file`,
        ).toContain(test.replace(".test.ts", ".ts"));
      }
    }
  });
});

describe("no host is claimed by two surfaces", () => {
  it("each vendor host belongs to one surface", () => {
    const hosts = Object.values(SURFACE_MODULES).flatMap((m) => m.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});

describe.each(SURFACES)("surface %s knows", (surface) => {
  const m = surfaceModule(surface);
  const region = m.defaults.region;
  const sample = (operation: string) =>
    fc.sample(paramsArbitrary(surface, operation), { numRuns: 1, seed: 11 })[0] ?? {};
  const signed = (operation: string, encoding: string): WireRequest =>
    m.signer.sign(
      m.codec.encodeRequest(operation, sample(operation), { region, host: m.defaults.host, encoding }),
      {
        credentials,
        clock,
        random: seededRandom(3),
        region,
      },
    );

  it("its hosts: the default host first, every operation's own host among them", () => {
    expect(m.hosts[0]).toBe(m.defaults.host);
    for (const op of m.operations) if (op.host !== undefined) expect(m.hosts).toContain(op.host);
  });

  it("the action each of its requests names, in every encoding, and none for a request that names none", () => {
    for (const op of m.operations) {
      for (const encoding of m.codec.encodings)
        expect(m.actionOf(signed(op.operation, encoding))).toBe(op.action);
    }
    expect(m.actionOf({ method: "GET", url: "/", headers: {}, body: "" })).toBe("");
  });

  it("the standard retry-after hint (seconds), and no hint from garbage", () => {
    expect(m.retryAfterMs({ status: 503, headers: { "retry-after": "2" }, body: "" })).toBe(2000);
    expect(m.retryAfterMs({ status: 503, headers: { "retry-after": "soon" }, body: "" })).toBeUndefined();
    expect(m.retryAfterMs({ status: 503, headers: {}, body: "" })).toBeUndefined();
  });

  it("where its signer puts a security token and a signature: redaction with its names masks them", () => {
    for (const op of m.operations) {
      for (const encoding of m.codec.encodings) {
        const req = signed(op.operation, encoding);
        expect(JSON.stringify(req), `${op.operation} ${encoding} carries the token`).toMatch(
          new RegExp(`${TOKEN}|${Buffer.from(TOKEN).toString("base64")}`),
        );
        // No literal secrets given: only the names (and the Authorization scheme) mask.
        const text = JSON.stringify(redactRequest(req, [], m.secrets));
        expect(text, `${op.operation} ${encoding}`).not.toContain(TOKEN);
        expect(text).not.toContain(Buffer.from(TOKEN).toString("base64"));
        expect(text).not.toMatch(/Signature=(?!%5BREDACTED%5D|\[REDACTED\])[^&",\s]/);
      }
    }
  });

  it("each secret header and parameter it names is masked, with its names and with every surface's", () => {
    const query = m.secrets.params.map((p, i) => `${p}=value-${i}-x7`).join("&");
    const req: WireRequest = {
      method: "POST",
      url: `/?${query}`,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...Object.fromEntries(m.secrets.headers.map((h, i) => [h, `header-${i}-x7`])),
      },
      body: query,
    };
    expect(m.secrets.headers.length + m.secrets.params.length).toBeGreaterThan(0);
    for (const names of [m.secrets, SECRET_NAMES]) {
      const out = redactRequest(req, [], names);
      expect(JSON.stringify(out)).not.toMatch(/-x7/);
      for (const h of m.secrets.headers) expect(out.headers[h]).toBe(REDACTED);
    }
  });

  it("which operations change state: exactly its state calls, exactly the spec's x-async operations", () => {
    const changing = m.operations.filter((o) => o.changesState).map((o) => o.operation);
    const calls = [
      m.stateCalls.attach,
      m.stateCalls.detach,
      ...(m.stateCalls.migrate ? [m.stateCalls.migrate.operation] : []),
    ];
    expect(changing.sort()).toEqual(calls.sort());
    const async = primaryOperations(surface, loadSpec(surface))
      .filter((op) => op.op["x-async"] !== undefined)
      .map((op) => op.operationId);
    expect(changing.sort()).toEqual(async.sort());
  });

  it("a read-back over its own operations that reads a refused or unreadable describe as not found (real answers: src/sim/adapters/registry.test.ts)", () => {
    const names = m.operations.map((o) => o.operation);
    expect(names).toContain(m.readback.eni.operation);
    if (m.readback.task) expect(names).toContain(m.readback.task.operation);
    expect(m.readback.eni.view({ error: { code: "AnyCode" } })).toEqual({ settled: true, found: false });
    expect(m.readback.eni.view({ malformed: "not JSON" })).toEqual({ settled: true, found: false });
    expect(m.readback.eni.view({ data: {} })).toEqual({ settled: true, found: false });
  });
});
