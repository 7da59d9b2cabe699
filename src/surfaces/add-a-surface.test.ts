/**
 * CONTRIBUTING.md's "Recipe: add a surface", rehearsed: src/testing/add-a-surface.ts copies the
 * project into a temporary folder and follows the recipe's steps there to add a fifth surface,
 * `acme-vm` (JD Cloud's REST surface under another name, with its own spec, hosts, document and
 * cloud). The recipe must name every file those steps touched; and after those edits alone and
 * `npm run gen`, the new surface must work end to end: `tsc` passes, the shared surface suites, the
 * contract checks and the simulator's faithful test pass for it, and `eni-conformance run --surface
 * acme-vm` passes every case or skips it with a reason, at full coverage. A place the recipe misses
 * shows here, as an edit it does not name or as a failure after the named edits.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromRoot, SURFACES } from "../contracts/surfaces.ts";
import {
  copyProject,
  isNamed,
  NEW_SURFACE,
  recipePaths,
  rehearseRecipe,
  type Workspace,
  workspace,
} from "../testing/add-a-surface.ts";

/** Bound of each command in the copy (they take seconds; the bound is for a machine under load). */
const COMMAND_TIMEOUT_MS = 240_000;

/** The test files run in the copy: the shared surface suites, the contract checks, the simulator's. */
const SUITES = [
  "src/surfaces/surfaces.test.ts",
  "src/surfaces/surface-knowledge.test.ts",
  "src/sim/adapters/registry.test.ts",
  "src/sim/faithful.test.ts",
  "src/contracts/catalogue.test.ts",
  "src/contracts/spec.test.ts",
  "src/contracts/examples.test.ts",
];

interface Finished {
  code: number | null;
  output: string;
}

/** The environment of the commands: this one's, without the settings of the vitest running us. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST") && name !== "NODE_OPTIONS"),
);

/** Run `node ...args` in `dir` to completion (or its bound). */
function node(dir: string, args: string[]): Promise<Finished> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: dir, env: { ...env, NO_COLOR: "1" }, timeout: COMMAND_TIMEOUT_MS, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, output: `${stdout}${stderr}`.slice(-8000) });
      },
    );
  });
}

interface VitestJson {
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

let dir: string;
let ws: Workspace;
let tsc: Finished;
let suites: Finished;
let run: Finished;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "enic-add-a-surface-"));
  copyProject(dir);
  ws = workspace(dir);
  rehearseRecipe(ws, () => {
    execFileSync(process.execPath, ["src/cli/bin.js", "gen"], {
      cwd: dir,
      env,
      timeout: COMMAND_TIMEOUT_MS,
      stdio: "pipe",
    });
  });
  [tsc, suites, run] = await Promise.all([
    node(dir, ["node_modules/typescript/bin/tsc", "--noEmit"]),
    node(dir, [
      "node_modules/vitest/vitest.mjs",
      "run",
      ...SUITES,
      // Every test but those about one of the surfaces there were alone (the project's own,
      // passing in it). One worker sharing the modules: the files load the same catalogue,
      // schemas and simulator.
      "--testNamePattern",
      `${NEW_SURFACE}|^(?!.*(?:${SURFACES.join("|")}))`,
      "--no-isolate",
      "--maxWorkers=1",
      "--reporter=json",
      `--outputFile=${join(dir, "suites.json")}`,
    ]),
    node(dir, ["src/cli/bin.js", "run", "--surface", NEW_SURFACE, "--runs", "1", "--report-dir", "report"]),
  ]);
}, 2 * COMMAND_TIMEOUT_MS);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the recipe 'add a surface', followed for a fifth surface", () => {
  it("names every file its steps created or edited", () => {
    const named = recipePaths(readFileSync(fromRoot("CONTRIBUTING.md"), "utf8"), NEW_SURFACE);
    const unnamed = [...ws.touched].filter(([path]) => !isNamed(path, named));
    expect(unnamed, "files the recipe does not name (path, step)").toEqual([]);
    // Each step that edits something left its mark (step 3 and the optional 6 and 7 do not).
    expect(new Set(ws.touched.values())).toEqual(new Set(["1", "2", "4", "5"]));
  });

  it("type-checks (tsc --noEmit over the whole project)", () => {
    expect(tsc.code, tsc.output).toBe(0);
  });

  it("passes the shared surface suites, the contract checks and the simulator's faithful test", () => {
    expect(existsSync(join(dir, "suites.json")), suites.output).toBe(true);
    const all = (
      JSON.parse(readFileSync(join(dir, "suites.json"), "utf8")) as VitestJson
    ).testResults.flatMap((file) => file.assertionResults);
    const ran = all.filter((r) => r.status !== "skipped" && r.status !== "pending");
    expect(ran.filter((r) => r.status !== "passed").map((r) => r.fullName)).toEqual([]);
    expect(suites.code, suites.output).toBe(0);
    const results = all.filter((r) => r.fullName.includes(NEW_SURFACE));
    expect(results.filter((r) => r.status !== "passed").map((r) => r.fullName)).toEqual([]);
    for (const suite of [
      `surface ${NEW_SURFACE}`,
      `surface ${NEW_SURFACE} knows`,
      `${NEW_SURFACE}: read-back and state calls against the simulator`,
      `simulator on ${NEW_SURFACE}`,
      `spec ${NEW_SURFACE}`,
    ]) {
      expect(
        results.filter((r) => r.fullName.startsWith(`${suite} `)).length,
        `tests of ${suite}`,
      ).toBeGreaterThan(0);
    }
  });

  it("runs: every case of the new surface passes or is skipped with a reason, at full coverage", () => {
    expect(run.code, run.output).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "report", "report.json"), "utf8")) as {
      run: { surfaces: string[] };
      coverage: Record<string, { covered: number; total: number }>;
      cases: { id: string; surface: string; status: string; reason?: string }[];
    };
    expect(report.run.surfaces).toEqual([NEW_SURFACE]);
    expect(report.cases.length).toBeGreaterThan(0);
    for (const c of report.cases) {
      expect(c.surface).toBe(NEW_SURFACE);
      if (c.status === "skipped") expect(c.reason, c.id).toMatch(/\S/);
      else expect(c.status, c.id).toBe("passed");
    }
    for (const [what, { covered, total }] of Object.entries(report.coverage)) {
      expect(covered, what).toBe(total);
    }
  });
});
