/**
 * The contract report a run starts with (parsing the four YAML specs, building and checking the
 * catalogue, validating the documented examples: about half a second of CPU, the largest part of a
 * run's fixed cost after vitest itself), kept beside the command line's precompiled bundle
 * (src/cli/compiled.js) and reused while nothing it is made from changed. The bundle's folder is
 * already named by a stamp of every source file (so a change of code gets a new folder); the file
 * here is named by a stamp of every file under specs/ and schemas/ (path, size, modification time),
 * which holds everything the report reads. Run from the sources (tsx) or from the published package,
 * there is no bundle folder and the report is built every time. Any problem with the cache (a
 * read-only node_modules, a torn file) builds the report as if there were none.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ContractReport } from "../../contracts/contract-report.ts";
import { fromRoot } from "../../contracts/surfaces.ts";

/** What the contract report is made from, besides the code: every file under these folders. */
const INPUTS = ["specs", "schemas"];

/** A stamp of every file under the INPUTS folders of `root`. */
function inputStamp(root: string): string {
  const hash = createHash("sha1");
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  for (const input of INPUTS) walk(join(root, input));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The contract report `build` makes, or the one it made before from the same inputs with the same
 * code. `bundle` is the folder of the precompiled bundle this module runs from (undefined: none),
 * `root` the project the inputs are read from.
 */
export function cachedContractReport(
  build: () => ContractReport,
  where: { bundle?: string | undefined; root?: string } = {},
): ContractReport {
  const bundle = "bundle" in where ? where.bundle : import.meta.dirname;
  if (!bundle || !existsSync(join(bundle, "main.mjs"))) return build();
  let file: string;
  try {
    file = join(bundle, `contract-report-${inputStamp(where.root ?? fromRoot("."))}.json`);
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as ContractReport;
  } catch {
    return build();
  }
  const report = build();
  try {
    // Written whole, then renamed: a run started beside this one reads all of it or none.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(report));
    renameSync(tmp, file);
  } catch {
    // best effort
  }
  return report;
}
