/**
 * `eni-conformance gen [--check]`: writes every generated file (schemas, types, rules and field
 * references),
 * the generated parts of hand-kept files (the option list in README.md from src/config/options.ts,
 * the surface lists of the hand-kept schemas from SURFACES), or with `--check` lists the files that
 * drifted from their sources and exits 1.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { withRunOptions } from "../config/help.ts";
import { driftedFiles, generateAll, writeGenerated } from "../contracts/generate.ts";
import { staleSurfaceLists } from "../contracts/surface-lists.ts";
import { fromRoot } from "../contracts/surfaces.ts";
import { fieldsDocFiles } from "../suites-kit/fields-doc.ts";

/** README.md as it is, and as it should be (its option list generated from the option table). */
function readme(): { path: string; now: string; wanted: string } {
  const path = fromRoot("README.md");
  const now = readFileSync(path, "utf8");
  return { path, now, wanted: withRunOptions(now) };
}

/** Run `gen`; resolves to the exit code. */
export async function genCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { check: { type: "boolean", default: false } } });
  const doc = readme();
  // The surface lists first: the catalogue built below is validated against the rules schema.
  const lists = staleSurfaceLists();
  if (values.check) {
    const drifted = [...lists.keys()].map((path) => `${path} (the surface lists)`);
    if (lists.size === 0) drifted.push(...driftedFiles(await generateAll(fieldsDocFiles)));
    if (doc.now !== doc.wanted) drifted.push("README.md (the option list)");
    for (const path of drifted) process.stdout.write(`drifted: ${path}\n`);
    process.stdout.write(drifted.length === 0 ? "generated files are up to date\n" : "run `npm run gen`\n");
    return drifted.length === 0 ? 0 : 1;
  }
  for (const [path, text] of lists) writeFileSync(fromRoot(path), text);
  const written = [...lists.keys(), ...(await writeGenerated(fieldsDocFiles))];
  if (doc.now !== doc.wanted) {
    writeFileSync(doc.path, doc.wanted);
    written.push("README.md");
  }
  process.stdout.write(`wrote ${written.length} generated files\n`);
  return 0;
}
