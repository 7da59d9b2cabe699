/**
 * A configuration the user got wrong (an unknown option value, a bad file) is a harness problem
 * with a stable code, ENIC_CONFIG, never a plain Error: the commands print its message and exit 2,
 * and a program using the library can match it by code (`isSuiteError`).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { isSuiteError } from "../core/errors.ts";
import { verifyPacts } from "../pact/verify.ts";
import { mergeReports } from "../report/merge.ts";
import { assertAdapter } from "../sdk/adapter.ts";
import { loadAdapter } from "../sdk/adapters/index.ts";
import { createSimulator } from "../sim/simulator.ts";
import { parseSurfaces } from "./pacts-command.ts";

const dir = mkdtempSync(join(tmpdir(), "enic-config-errors-"));
writeFileSync(join(dir, "eni-conformance-tencent-v3.json"), "{ not json");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows: [string, { given: () => unknown; want: RegExp }][] = [
  ["an unknown surface", { given: () => parseSurfaces(["tencent-v4"]), want: /unknown surface tencent-v4/ }],
  [
    "a seed world under a key that is not a cloud",
    { given: () => createSimulator({ worldsJson: JSON.stringify({ moon: {} }) }), want: /key moon/ },
  ],
  [
    "an unknown deviation",
    { given: () => createSimulator({ deviations: ["nope"] }), want: /unknown deviation nope/ },
  ],
  ["no reports to merge", { given: () => mergeReports([]), want: /nothing to merge/ }],
  [
    "a module that is not an SDK adapter",
    { given: () => assertAdapter({}, "x.ts"), want: /not an SDK adapter/ },
  ],
  ["an unknown SDK adapter name", { given: () => loadAdapter("no-such-sdk"), want: /unknown SDK adapter/ }],
  [
    "an SDK adapter module that does not load",
    { given: () => loadAdapter("./no-such-adapter.ts", dir), want: /cannot load the SDK adapter/ },
  ],
  [
    "a pact file that is not JSON",
    {
      given: () => verifyPacts({ target: { target: "sim" }, pactsDir: dir, surfaces: ["tencent-v3"] }),
      want: /cannot read pact/,
    },
  ],
];

it.each(rows)("%s is a SuiteError ENIC_CONFIG", async (_, { given, want }) => {
  const error = await (async () => given())().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isSuiteError(error) && error.code).toBe("ENIC_CONFIG");
  expect((error as Error).message).toMatch(want);
});
