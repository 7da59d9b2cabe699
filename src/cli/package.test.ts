/**
 * The consumer test: the project packed as `npm pack` packs it for the registry, the tarball
 * installed into an empty project (offline, from the npm cache; src/testing/package.ts), and there,
 * as a user would: `npx eni-conformance run` against the embedded simulator, `replay`, `report`,
 * `contracts`, `sim` with `doctor` against it, `pacts`, `docs`, the
 * messages for an optional peer dependency that is missing, the examples of examples/ type-checked
 * against the published declarations and run, and a CommonJS `require`. One pack and one install
 * serve every test; nothing may be written inside node_modules meanwhile.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromRoot } from "../contracts/surfaces.ts";
import type { Report } from "../report/model.ts";
import { reportErrors } from "../report/validate.ts";
import { installTarball, packProject } from "../testing/package.ts";

const exec = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), "enic-consumer-"));
const project = join(root, "project");
const installed = join(project, "node_modules", "eni-conformance");
let packed: Awaited<ReturnType<typeof packProject>>;
let offline = false;
/** Every file under node_modules with its size and modification time, once installed. */
let tree: Map<string, string>;
const children: ChildProcess[] = [];

/** Every file under `dir` (relative path → size and mtime). */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const s = statSync(p);
        out.set(relative(dir, p), `${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out;
}

/** `npx eni-conformance ...args` in the consumer project. */
async function npx(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec("npx", ["--no-install", "eni-conformance", ...args], {
      cwd: project,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: "false" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** `node file` in the consumer project. */
async function node(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return exec(process.execPath, args, { cwd: project, maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(async () => {
  mkdirSync(project);
  packed = await packProject(root);
  offline = (await installTarball(project, packed.tarball, ["@pact-foundation/pact"])).offline;
  tree = files(join(project, "node_modules"));
  // A vitest config of the consumer's own that would break a run that read it.
  writeFileSync(
    join(project, "vitest.config.ts"),
    'throw new Error("the project\'s own vitest config was read");\n',
  );
}, 300_000);

afterAll(async () => {
  for (const c of children) c.kill("SIGTERM");
  // The throwaway project holds a whole node_modules: removing it takes a while on a busy machine.
  await rm(root, { recursive: true, force: true });
}, 120_000);

describe("the packed package", () => {
  it("installs offline from the npm cache, small, with compiled code and the data its commands read — no tests, bench or fixtures", () => {
    expect(offline, "npm ci --offline needed the registry: the npm cache lacks a tarball").toBe(true);
    expect(packed.size).toBeLessThan(1_000_000);
    const shipped = [...files(installed).keys()];
    expect(shipped).toContain("src/cli/bin.js");
    expect(shipped).toContain("dist/src/index.js");
    expect(shipped).toContain("dist/src/index.d.ts");
    expect(shipped).toContain("dist/suites/conformance.test.js");
    expect(shipped).toContain("dist/src/pact/pact-v4.schema.json");
    expect(shipped).toContain("src/generated/contracts.json");
    expect(shipped).toContain("specs/tencent-v3.openapi.yaml");
    expect(shipped).toContain("schemas/report.schema.json");
    expect(shipped).toContain("docs/rules.md");
    expect(shipped).toContain("CHANGELOG.md");
    const unwanted = shipped.filter(
      (f) =>
        (/\.test\.(ts|js)$/.test(f) && f !== "dist/suites/conformance.test.js") ||
        /(^|\/)(bench|fixtures|testing|examples)\//.test(f) ||
        (f.endsWith(".ts") && !f.endsWith(".d.ts")),
    );
    expect(unwanted).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg.private).toBeUndefined();
    expect(pkg.engines).toEqual({ node: ">=20.19" });
  });

  it("runs `npx eni-conformance run` on the embedded simulator: exit 0, every report in the project's reports/latest/", async () => {
    const run = await npx(["run", "--runs", "1"]);
    expect(run.code, run.stderr).toBe(0);
    for (const f of [
      "report.json",
      "report.md",
      "report.html",
      "junit.xml",
      "contracts.json",
      "contracts.md",
    ])
      expect(existsSync(join(project, "reports", "latest", f)), f).toBe(true);
    const report = JSON.parse(
      readFileSync(join(project, "reports", "latest", "report.json"), "utf8"),
    ) as Report;
    expect(reportErrors(report)).toEqual([]);
    expect(report.run.surfaces).toEqual(["tencent-v2", "tencent-v3", "aliyun-ecs", "jdcloud-vm"]);
    expect(report.summary.failed).toBe(0);
    expect(report.summary.passed).toBeGreaterThan(100);
    expect(report.coverage.rules.covered).toBe(report.coverage.rules.total);
    // What replay, report and contracts read is in the package too.
    const [replay, diff, contracts] = await Promise.all([
      npx(["replay", "reports/latest/report.json", "tencent-v3/eni.exists#1"]),
      npx(["report", "diff", "reports/latest/report.json", "reports/latest/report.json"]),
      npx(["contracts", "--report-dir", join(root, "contracts")]),
    ]);
    expect(replay.code, replay.stderr).toBe(0);
    expect(replay.stdout).toContain("tencent-v3/eni.exists#1");
    expect(diff.code, diff.stderr).toBe(0);
    expect(contracts.code, contracts.stderr).toBe(0);
  }, 120_000);

  it("serves the simulator with `npx eni-conformance sim`", async () => {
    // What npx runs, started directly: one process, which the test stops.
    const child = spawn(
      process.execPath,
      [join(project, "node_modules", ".bin", "eni-conformance"), "sim", "--port", "0"],
      {
        cwd: project,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    children.push(child);
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d) => {
        out += d;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.on("exit", (code) => reject(new Error(`sim exited ${code}: ${out}`)));
    });
    expect(await (await fetch(`${url}/_sim/health`)).json()).toEqual({ ok: true });
    const fixtures = (await (await fetch(`${url}/_sim/fixtures?surface=aliyun-ecs`)).json()) as {
      roles: object;
    };
    expect(Object.keys(fixtures.roles)).toContain("eni.available");
    // The doctor checks it as it would check a staging account.
    const doctor = await npx([
      "doctor",
      "--target",
      url,
      "--surface",
      "aliyun-ecs",
      "--account",
      "AKIDtest:testkey",
    ]);
    expect(doctor.code, doctor.stdout + doctor.stderr).toBe(0);
    expect(doctor.stdout).toMatch(/^ok\s+aliyun-ecs credentials/m);
    child.kill("SIGTERM");
  });

  it("writes the pacts with `npx eni-conformance pacts`, and names the package to install when pact is missing", async () => {
    const written = await npx(["pacts", "--surface", "tencent-v3"]);
    expect(written.code, written.stderr).toBe(0);
    const pact = JSON.parse(
      readFileSync(join(project, "reports", "latest", "pacts", "eni-conformance-tencent-v3.json"), "utf8"),
    ) as { interactions: unknown[] };
    expect(pact.interactions.length).toBeGreaterThan(10);
    const away = join(root, "pact-away");
    renameSync(join(project, "node_modules", "@pact-foundation"), away);
    try {
      const missing = await npx(["pacts", "--surface", "tencent-v3", "--out", join(root, "no-pacts")]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(
        /@pact-foundation\/pact, which is not installed .*: npm install --save-dev @pact-foundation\/pact@"\^16/,
      );
    } finally {
      renameSync(away, join(project, "node_modules", "@pact-foundation"));
    }
  }, 60_000);

  it("builds the documentation site with `npx eni-conformance docs`, statuses from the run's report", async () => {
    const out = join(root, "site");
    const built = await npx(["docs", "--report", join("reports", "latest", "report.json"), "--out", out]);
    expect(built.code, built.stdout + built.stderr).toBe(0);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("eni-conformance");
    expect(readdirSync(join(out)).length).toBeGreaterThan(5);
  }, 60_000);

  it("names the package to install for an official SDK's adapter, and tsx for an adapter in TypeScript", async () => {
    const sdk = await npx(["run", "--client", "tencentcloud-sdk-nodejs", "--runs", "1"]);
    expect(sdk.code).toBe(2);
    expect(sdk.stderr).toContain(
      'the SDK adapter tencentcloud-sdk-nodejs needs the package tencentcloud-sdk-nodejs, which is not installed (an optional peer dependency of eni-conformance): npm install --save-dev tencentcloud-sdk-nodejs@"^4',
    );
    cpSync(fromRoot("examples/sdk-adapter/my-adapter.ts"), join(project, "my-adapter.ts"));
    const ts = await npx(["run", "--client", "./my-adapter.ts", "--runs", "1"]);
    expect(ts.code).toBe(2);
    expect(ts.stderr).toContain("an adapter written in TypeScript needs tsx to load");
    const gen = await npx(["gen"]);
    expect(gen.code).toBe(2);
    expect(gen.stderr).toContain("the installed package ships them generated");
  }, 60_000);

  it("type-checks the examples against the published declarations, and runs them", async () => {
    for (const f of readdirSync(fromRoot("examples/library")).filter((n) => n.endsWith(".ts")))
      cpSync(fromRoot(`examples/library/${f}`), join(project, f));
    cpSync(fromRoot("examples/sdk-adapter/my-adapter.ts"), join(project, "my-adapter.ts"));
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: true,
          types: ["node"],
          typeRoots: [fromRoot("node_modules/@types")],
          outDir: "build",
          rootDir: ".",
        },
        include: ["*.ts"],
        exclude: ["vitest.config.ts"],
      }),
    );
    const tsc = fromRoot("node_modules/typescript/bin/tsc");
    await node([tsc, "-p", "tsconfig.json"]).catch((error: { stdout?: string }) => {
      throw new Error(`the examples do not type-check against the package:\n${error.stdout}`);
    });
    const client = await node(["build/simulator-and-client.js"]);
    expect(client.stdout).toMatch(/^attached \(request [0-9a-f-]{36}\); a missing ENI: ResourceNotFound$/m);
    const run = await node(["build/run-conformance.js"]);
    expect(run.stdout).toMatch(/^\d+ passed, 0 failed, \d+ skipped, 0 errored; rules (\d+)\/\1$/m);
    const pact = await node(["build/pact-consumer.js"]);
    expect(pact.stdout).toContain("the pact's answer to a missing ENI: ResourceNotFound");
    // The README's "API in ten statements" is examples/library/ten-lines.ts, word for word.
    const tenLines = readFileSync(fromRoot("examples/library/ten-lines.ts"), "utf8");
    expect(readFileSync(fromRoot("README.md"), "utf8")).toContain(
      `\`\`\`ts\n${tenLines.slice(tenLines.indexOf("import {"))}\`\`\`\n`,
    );
    const ten = await node(["build/ten-lines.js"]);
    expect(ten.stdout).toMatch(/^ResourceNotFound$/m);
    expect(ten.stdout).toMatch(/failed: 0/);
  }, 120_000);

  it("loads with a CommonJS require", async () => {
    writeFileSync(
      join(project, "require.cjs"),
      'const m = require("eni-conformance");\nconsole.log(typeof m.createClient, typeof m.runConformance);\n',
    );
    const { stdout } = await node(["require.cjs"]);
    expect(stdout.trim()).toBe("function function");
  });

  it("wrote nothing inside node_modules (no cache, no build, no report)", () => {
    const now = files(join(project, "node_modules"));
    const changed = [...now].filter(([f, v]) => tree.get(f) !== v).map(([f]) => f);
    expect(changed).toEqual([]);
    expect([...tree.keys()].filter((f) => !now.has(f))).toEqual([]);
  });
});
