import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { fromRoot } from "../contracts/surfaces.ts";
import { cli, stopChildren } from "../testing/cli.ts";
import { compiledMain } from "./compiled.js";

afterAll(stopChildren);

/** A throwaway project: src/cli/main.ts and a module it imports, and the real esbuild. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "enic-compiled-"));
  mkdirSync(join(root, "src", "cli"), { recursive: true });
  mkdirSync(join(root, "node_modules"));
  symlinkSync(fromRoot("node_modules/esbuild"), join(root, "node_modules", "esbuild"), "dir");
  writeFileSync(
    join(root, "src", "lib.ts"),
    [
      "export const where: string = import.meta.url;",
      'export const text: string = "the words import.meta.url in a string stay";',
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(root, "src", "cli", "main.ts"),
    [
      'import { text, where } from "../lib.ts";',
      "export async function main(argv: string[]): Promise<number> {",
      "  return argv.length;",
      "}",
      "export const info = { where, text, self: import.meta.url, version: 1 };",
      "",
    ].join("\n"),
  );
  return root;
}

describe("the precompiled command line (src/cli/compiled.js)", () => {
  it("bundles the sources into the cache, keeps each module's own import.meta.url, and rebuilds when a source changes", async () => {
    const root = project();
    try {
      const first = await compiledMain(root);
      expect(first).toBeDefined();
      const mod = (await import(pathToFileURL(first as string).href)) as {
        main: (argv: string[]) => Promise<number>;
        info: { where: string; text: string; self: string; version: number };
      };
      expect(await mod.main(["a", "b"])).toBe(2);
      expect(mod.info.where).toBe(pathToFileURL(join(root, "src", "lib.ts")).href);
      expect(mod.info.self).toBe(pathToFileURL(join(root, "src", "cli", "main.ts")).href);
      expect(mod.info.text).toBe("the words import.meta.url in a string stay");
      // Unchanged sources: the same build.
      expect(await compiledMain(root)).toBe(first);
      // An edit (new content and modification time): a new build with the new code.
      const main = join(root, "src", "cli", "main.ts");
      writeFileSync(main, readFileSync(main, "utf8").replace("version: 1", "version: 2"));
      utimesSync(main, new Date(), new Date(Date.now() + 5_000));
      const second = await compiledMain(root);
      expect(second).toBeDefined();
      expect(second).not.toBe(first);
      const mod2 = (await import(pathToFileURL(second as string).href)) as { info: { version: number } };
      expect(mod2.info.version).toBe(2);
      expect(
        readdirSync(join(root, "node_modules", ".cache", "eni-conformance")).length,
      ).toBeGreaterThanOrEqual(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("gives up (so that the command loads through tsx) when a source does not build", async () => {
    const root = project();
    try {
      writeFileSync(join(root, "src", "cli", "main.ts"), "export const = ;\n");
      expect(await compiledMain(root)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("builds this project's own command line (else every start would quietly fall back to tsx)", async () => {
    const entry = await compiledMain();
    expect(entry).toBeDefined();
    const mod = (await import(pathToFileURL(entry as string).href)) as { main?: unknown };
    expect(mod.main).toBeTypeOf("function");
  });

  it("runs the command line the same way with ENIC_COMPILE=0 (through tsx)", async () => {
    const compiled = await cli(["help"]);
    const tsx = await cli(["help"], { ENIC_COMPILE: "0" });
    expect(compiled.code).toBe(0);
    expect(tsx).toEqual(compiled);
    expect(compiled.stdout).toContain("usage: eni-conformance");
  });
});
