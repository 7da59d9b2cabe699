/**
 * The SDK mode notices a broken SDK: the example adapter (examples/sdk-adapter/my-adapter.ts) keeps
 * every catalogue promise it can express, and the same adapter with a bug — errors swallowed into a
 * success value, or the error code dropped — fails exactly the cases that show the bug. With
 * run-client.test.ts it follows CONTRIBUTING's "Recipe: write an SDK adapter": the steps an adapter
 * must take are each shown needed (a client that catches, a normalise that drops the code, the
 * SDK's timeout left unset, an adapter without cannotExpress). Also: loading adapters by name, by
 * path (default export or `adapter`), and refusing modules that are not adapters.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import example from "../../examples/sdk-adapter/my-adapter.ts";
import { readJson } from "../contracts/surfaces.ts";
import { planItems } from "../engine/items.ts";
import { listCases } from "../suites-kit/cases.ts";
import type { SdkAdapter } from "./adapter.ts";
import { BUILTIN_ADAPTER_NAMES, builtinAdapterNeeds, loadAdapter } from "./adapters/index.ts";
import { INEXPRESSIBLE, type SdkCaseResult } from "./executor.ts";
import { runSdkItem, type SdkSession, startSdkSession } from "./session.ts";

const SURFACE = "tencent-v3";

/** The example with errors swallowed: every failed call "succeeds" with an empty value. */
const swallowing: SdkAdapter = {
  ...example,
  name: "example that swallows errors",
  create(endpoint, credentials, region, options) {
    const client = example.create(endpoint, credentials, region, options);
    return { call: (operation, params) => client.call(operation, params).catch(() => ({})) };
  },
};

/** The example whose normalise forgets the error code. */
const codeless: SdkAdapter = {
  ...example,
  name: "example that drops codes",
  normalise(settled, surface) {
    const { code: _dropped, ...rest } = example.normalise(settled, surface);
    return rest;
  },
};

/** The example with the SDK's own timeout left at its default instead of `options.timeoutMs`. */
const untimed: SdkAdapter = {
  ...example,
  name: "example without the timeout asked for",
  create: (endpoint, credentials, region) =>
    example.create(endpoint, credentials, region, { timeoutMs: 60_000 }),
};

/** The example that never sends (it throws before the SDK is called) and declares nothing inexpressible. */
const { cannotExpress: _declared, ...undeclared } = example;
const refusing: SdkAdapter = {
  ...undeclared,
  name: "example that refuses everything",
  create: () => ({
    call: () => {
      throw new Error("not implemented");
    },
  }),
};

let session: SdkSession | undefined;
beforeAll(async () => {
  session = await startSdkSession({ adapter: example, seed: 7, runs: 1, replayArgs: "" });
});
afterAll(async () => {
  await session?.close();
});

/** Every catalogue case of the surface through `adapter` (probes left out: they are not about the bug). */
async function catalogueRun(adapter: SdkAdapter): Promise<SdkCaseResult[]> {
  if (!session) throw new Error("the simulator did not start");
  const out: SdkCaseResult[] = [];
  for (const item of planItems({ surfaces: [SURFACE], client: adapter.name }).filter(
    (i) => i.kind === "case",
  )) {
    out.push(await runSdkItem({ ...session, adapter }, item));
  }
  return out;
}

/** One SDK probe of the surface through `adapter`. */
async function probeRun(adapter: SdkAdapter, probe: string): Promise<SdkCaseResult> {
  if (!session) throw new Error("the simulator did not start");
  const item = planItems({ surfaces: [SURFACE], client: adapter.name }).find(
    (i) => i.id === `${SURFACE}/${probe}`,
  );
  if (!item) throw new Error(`no probe ${probe}`);
  return runSdkItem({ ...session, adapter }, item);
}

/** The cases the example's GET configuration cannot send (its `cannotExpress`). */
const wrongTypeIds = new Set(
  listCases([SURFACE])
    .filter((c) => c.ruleCase.mutate?.kind === "param.wrong-type")
    .map((c) => c.id),
);

const errorCases = listCases([SURFACE]).filter((c) => c.ruleCase.expect === "error");

describe("a broken adapter fails cases", () => {
  it("the example adapter as shipped fails nothing", async () => {
    const results = await catalogueRun(example);
    expect(results.filter((r) => r.status === "failed" || r.status === "errored").map((r) => r.id)).toEqual(
      [],
    );
    expect(results.filter((r) => r.status === "passed").length).toBeGreaterThan(20);
    // Step 4: what its configuration cannot send is skipped with the reason its cannotExpress gives.
    const wrongType = results.filter((r) => wrongTypeIds.has(r.id));
    expect(wrongType.length).toBeGreaterThan(0);
    for (const r of wrongType) {
      expect(r.status, r.id).toBe("skipped");
      expect(r.reason).toContain(
        example.cannotExpress?.("AttachNetworkInterface", "param.wrong-type", SURFACE),
      );
    }
  });

  it("without cannotExpress, a case the configuration cannot send fails (a wrong verdict) instead of being skipped", async () => {
    const results = await catalogueRun({ ...undeclared, name: "example without cannotExpress" });
    const wrongType = results.filter((r) => wrongTypeIds.has(r.id));
    expect(wrongType.length).toBeGreaterThan(0);
    for (const r of wrongType) expect(r.status, r.id).toBe("failed");
  });

  it("the SDK's timeout set to options.timeoutMs gives up by itself; left at its default, sdk.timeout fails", async () => {
    const timed = await probeRun(example, "sdk.timeout");
    expect(timed.status, timed.sdk.surfaced).toBe("passed");
    const untimedResult = await probeRun(untimed, "sdk.timeout");
    expect(untimedResult.status).toBe("failed");
    expect(untimedResult.findings.map((f) => f.check)).toEqual(["sdk-timeout"]);
  });

  it("swallowing errors fails every documented error the SDK could send, with the sdk-outcome check", async () => {
    const results = await catalogueRun(swallowing);
    const sent = results.filter((r) => r.status !== "skipped");
    const failed = sent.filter((r) => r.status === "failed");
    const errorIds = new Set(errorCases.map((c) => c.id));
    expect(failed.length).toBeGreaterThan(10);
    for (const r of sent) {
      if (errorIds.has(r.id)) {
        expect(r.status, r.id).toBe("failed");
        expect(r.findings.map((f) => f.check)).toContain("sdk-outcome");
        expect(r.sdk.ok).toBe(false);
        expect(r.sdk.surfaced).toMatch(/^SDK returned a value/);
      } else {
        expect(r.status, r.id).toBe("passed");
      }
    }
  });

  it("dropping the error code fails every error case with a documented code, with the sdk-code check", async () => {
    const results = await catalogueRun(codeless);
    const withRows = new Set(errorCases.filter((c) => c.rows.length > 0).map((c) => c.id));
    const sent = results.filter((r) => r.status !== "skipped" && withRows.has(r.id));
    expect(sent.length).toBeGreaterThan(10);
    for (const r of sent) {
      expect(r.status, r.id).toBe("failed");
      expect(r.findings.map((f) => f.check)).toEqual(["sdk-code"]);
      expect(r.sdk.surfaced).toContain("no code");
    }
  });

  it("refusing every call locally fails the well-formed cases; only perturbed parameters are skipped", async () => {
    const results = await catalogueRun(refusing);
    expect(results.some((r) => r.status === "passed")).toBe(false);
    for (const c of listCases([SURFACE])) {
      const r = results.find((x) => x.id === c.id);
      const kind = c.ruleCase.mutate?.kind ?? "";
      if (kind in INEXPRESSIBLE) continue;
      if (kind.startsWith("param.")) {
        expect(r?.status, c.id).toBe("skipped");
        expect(r?.reason).toContain("refused the request locally");
      } else {
        expect(r?.status, c.id).toBe("failed");
        expect(r?.findings[0]?.message).toContain("refused a well-formed request locally");
      }
    }
  });
});

describe("loading adapters", () => {
  it("finds the built-in adapters by name and the example by path", async () => {
    for (const name of BUILTIN_ADAPTER_NAMES) expect((await loadAdapter(name)).name).toBe(name);
    expect((await loadAdapter("./examples/sdk-adapter/my-adapter.ts")).name).toBe(example.name);
  });

  it("names, for each official SDK, packages that are optional peer dependencies (and dev dependencies, for these tests)", () => {
    const pkg = readJson("package.json") as {
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
      devDependencies: Record<string, string>;
    };
    for (const name of BUILTIN_ADAPTER_NAMES) {
      for (const [needed, range] of Object.entries(builtinAdapterNeeds(name) ?? {})) {
        expect(pkg.peerDependencies[needed], `${name} needs ${needed}`).toBe(range);
        expect(pkg.peerDependenciesMeta[needed]?.optional, needed).toBe(true);
        expect(pkg.devDependencies[needed], needed).toBeDefined();
      }
    }
    expect(Object.keys(builtinAdapterNeeds("tencentcloud-sdk-nodejs") ?? {})).toEqual([
      "tencentcloud-sdk-nodejs",
    ]);
    expect(builtinAdapterNeeds("eni-conformance")).toEqual({});
  });

  it("takes an adapter exported as `adapter` when there is no default export", async () => {
    const dir = mkdtempSync(join(tmpdir(), "enic-adapter-"));
    const source =
      "export const adapter = { name: 'named', surfaces: ['tencent-v3'], create() {}, normalise() {} };\n";
    writeFileSync(join(dir, "named.mjs"), source);
    expect((await loadAdapter(join(dir, "named.mjs"))).name).toBe("named");
  });

  it("refuses an unknown name and a module that is not an adapter, saying why", async () => {
    await expect(loadAdapter("no-such-sdk")).rejects.toThrow(/unknown SDK adapter no-such-sdk: use one of/);
    const dir = mkdtempSync(join(tmpdir(), "enic-adapter-"));
    writeFileSync(join(dir, "not-an-adapter.mjs"), "export default { name: 'x', surfaces: [] };\n");
    await expect(loadAdapter(join(dir, "not-an-adapter.mjs"))).rejects.toThrow(
      /is not an SDK adapter: surfaces must list surfaces; create must be a function; normalise must be a function/,
    );
    await expect(loadAdapter(join(dir, "missing.ts"))).rejects.toThrow(/cannot load the SDK adapter/);
  });
});
