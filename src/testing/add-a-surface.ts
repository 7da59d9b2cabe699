/**
 * The rehearsal of CONTRIBUTING.md's "Recipe: add a surface" (src/surfaces/add-a-surface.test.ts):
 * a throwaway copy of the project, and each numbered step of the recipe applied to it to add a
 * fifth surface, `acme-vm`: JD Cloud's REST surface under another name, with its own spec (paths
 * under `/acme`, its own hosts and document), its own surface folder and a simulator adapter of its
 * own cloud (`acme`: its own ids, region, zones and instance types). The steps only create or edit
 * files; every one they touch is recorded, so that the test can hold the recipe to naming them all.
 * Every text edit must find what it replaces: when the template (jdcloud-vm) changes shape, the
 * rehearsal says where instead of quietly building something else.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fromRoot } from "../contracts/surfaces.ts";

/** The surface the rehearsal adds, and the one it is cloned from. */
export const NEW_SURFACE = "acme-vm";
const TEMPLATE = "jdcloud-vm";
const TEMPLATE_DOCUMENT = "004_ecfc7aabf49a3848.txt";
/** The new surface's vendor document (a made-up one: a new surface brings a document of its own). */
const NEW_DOCUMENT = "005_000000000000ac3e.txt";

/** What the copy holds: everything `tsc`, `npm run gen`, vitest and the command read. */
const PROJECT_ENTRIES = [
  "package.json",
  "tsconfig.json",
  "vitest.config.ts",
  "README.md",
  "reports/baseline.json",
  "specs",
  "schemas",
  "src",
  "suites",
  "bench",
  "examples",
  "docs",
];

/**
 * Copy the project into `dir` (which must exist and be empty). `node_modules` becomes a folder of
 * links to the project's packages (their caches excepted: the command's bundle and vitest's caches
 * of the copy stay in the copy and go with it).
 */
export function copyProject(dir: string): void {
  for (const entry of PROJECT_ENTRIES) cpSync(fromRoot(entry), join(dir, entry), { recursive: true });
  const modules = fromRoot("node_modules");
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(modules)) {
    if (name.startsWith(".") && name !== ".bin") continue;
    symlinkSync(join(modules, name), join(dir, "node_modules", name));
  }
}

/** A project copy whose files the recipe's steps create and edit, each touch recorded with its step. */
export interface Workspace {
  root: string;
  /** Project-relative path → the step that created or edited it. */
  touched: Map<string, string>;
  read(path: string): string;
  /** Create a file (a new one; its folders too). */
  create(path: string, text: string, step: string): void;
  /** Edit a file; the edit must change it. */
  edit(path: string, change: (text: string) => string, step: string): void;
}

/** A workspace over the project copy in `root`. */
export function workspace(root: string): Workspace {
  const touched = new Map<string, string>();
  const read = (path: string) => readFileSync(join(root, path), "utf8");
  return {
    root,
    touched,
    read,
    create(path, text, step) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text, { flag: "wx" });
      touched.set(path, step);
    },
    edit(path, change, step) {
      const before = read(path);
      const after = change(before);
      if (after === before) throw new Error(`step ${step}: the edit of ${path} changed nothing`);
      writeFileSync(join(root, path), after);
      touched.set(path, step);
    },
  };
}

/** `text` with every `from` replaced by `to`; throws when `from` is not there. */
function swap(text: string, from: string | RegExp, to: string, where: string): string {
  const found = typeof from === "string" ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`${where}: ${String(from)} not found (has the template changed?)`);
  return typeof from === "string" ? text.split(from).join(to) : text.replace(from, to);
}

/** `text` with each pair swapped in turn (each must be found). */
function swapAll(text: string, pairs: [string | RegExp, string][], where: string): string {
  return pairs.reduce((t, [from, to]) => swap(t, from, to, where), text);
}

/** The renames every file of the clone takes where they occur: the surface's id and names. */
function renamed(text: string): string {
  return text
    .replaceAll(TEMPLATE, NEW_SURFACE)
    .replaceAll("jdcloudVm", "acmeVm")
    .replaceAll("JdcloudVm", "AcmeVm")
    .replaceAll('"004/', '"005/');
}

/** Clone every file of a template folder (tests and fixtures excepted) into the new surface's one. */
function cloneFolder(
  ws: Workspace,
  from: string,
  to: string,
  step: string,
  edits: Record<string, [string | RegExp, string][]> = {},
): void {
  const names = readdirSync(join(ws.root, from), { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => e.name);
  for (const name of Object.keys(edits)) {
    if (!names.includes(name)) throw new Error(`step ${step}: the template has no ${from}/${name}`);
  }
  for (const name of names) {
    const text = renamed(ws.read(`${from}/${name}`));
    ws.create(`${to}/${name}`, swapAll(text, edits[name] ?? [], `${to}/${name}`), step);
  }
}

/** Insert `line` after the (one) line of `text` that contains `anchor`. */
function insertAfter(text: string, anchor: string, line: string, where: string): string {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.includes(anchor));
  if (at < 0) throw new Error(`${where}: no line with ${anchor}`);
  lines.splice(at + 1, 0, line);
  return lines.join("\n");
}

/**
 * Step 1, the spec: JD's, with its own surface id, document (row ids `005/...`), hosts, paths under
 * `/acme` (so that routing by shape tells the two apart) and ids of its own world's style.
 */
function acmeSpec(jd: string, finding: string): string {
  // renamed(): the surface id everywhere (`x-surface`, the common rows' ids).
  return swapAll(
    renamed(jd),
    [
      [TEMPLATE_DOCUMENT, NEW_DOCUMENT],
      [/\b004\//g, "005/"],
      [/\b004-example/g, "005-example"],
      [/https:\/\/(vm|vpc)\.jdcloud-api\.com/g, "https://$1.acme-api.example"],
      [/^ {2}\/v1\/regions\//gm, "  /acme/v1/regions/"],
      ['pattern: "^i-[a-z0-9]{10}$"', 'pattern: "^vm-[a-z0-9]{12}$"'],
      ['pattern: "^port-[a-z0-9]{10}$"', 'pattern: "^nic-[a-z0-9]{12}$"'],
      ["x-finding: [F-038, F-039]", `x-finding: ${finding}`],
    ],
    `specs/${NEW_SURFACE}.openapi.yaml`,
  );
}

/** The next free finding id of specs/findings.yaml. */
function nextFinding(findings: string): string {
  const last = Math.max(...[...findings.matchAll(/^- id: F-(\d{3})$/gm)].map((m) => Number(m[1])));
  return `F-${String(last + 1).padStart(3, "0")}`;
}

/** A finding of the new document: its request example masks the ids, as JD's does (step 1). */
function maskedExampleFinding(id: string): string {
  return `
- id: ${id}
  kind: example-mismatch
  surfaces: [${NEW_SURFACE}]
  title: The request example masks the instance and ENI ids
  citations:
    - { document: ${NEW_DOCUMENT}, section: "Request example" }
  detail: The request example shows the ids with \`*\` for hidden characters, so they match no id pattern.
  resolution: The example is kept verbatim and fails the id patterns, which this finding records.
  example: 005-example-request
`;
}

/** The fixtures' entries of the template's document, copied for the new document (step 1). */
function withNewDocument(text: string, path: string): string {
  const data = JSON.parse(text) as Record<string, unknown>;
  if (data[TEMPLATE_DOCUMENT] === undefined) throw new Error(`${path}: no ${TEMPLATE_DOCUMENT}`);
  const entry = JSON.stringify(data[TEMPLATE_DOCUMENT]);
  const at = text.lastIndexOf("\n}");
  return `${text.slice(0, at)},\n  "${NEW_DOCUMENT}": ${entry}${text.slice(at)}`;
}

/** The Acme world: `vm-` instances and `nic-` ENIs with 12 characters, its own region and types. */
const ACME_WORLD = `const ACME_WORLD: WorldStyle = {
  ids: {
    length: 12,
    prefix: { eni: "nic", instance: "vm", vpc: "net", subnet: "sn", sg: "fw", eip: "pip" },
  },
  region: "ac-east-1",
  zones: ["ac-east-1a", "ac-east-1b"],
  unknownRegion: "ac-nowhere-9",
  types: { standard: "a1.large", small: "a1.small", burstable: "b1.medium", noEni: "m1.metal" },
};`;

/**
 * Apply the recipe's steps to the copy in `ws`, each as CONTRIBUTING.md numbers it. `gen` runs
 * `npm run gen` in the copy (step 1 ends with it).
 */
export function rehearseRecipe(ws: Workspace, gen: () => void): void {
  const surfaceDir = `src/surfaces/${NEW_SURFACE}`;
  const adapterDir = `src/sim/adapters/${NEW_SURFACE}`;

  // Step 1. Spec: specs/<surface>.openapi.yaml and its document's findings (here: a request
  // example that fails its schema); the document's codes and statuses in the fixtures; the surface
  // in SURFACES; npm run gen.
  const finding = nextFinding(ws.read("specs/findings.yaml"));
  const spec = acmeSpec(ws.read(`specs/${TEMPLATE}.openapi.yaml`), finding);
  ws.create(`specs/${NEW_SURFACE}.openapi.yaml`, spec, "1");
  ws.edit("specs/findings.yaml", (t) => `${t.trimEnd()}\n${maskedExampleFinding(finding)}`, "1");
  for (const file of ["document-error-codes.json", "document-http-statuses.json"]) {
    const path = `src/contracts/fixtures/${file}`;
    ws.edit(path, (t) => withNewDocument(t, path), "1");
  }
  ws.edit(
    "src/contracts/surfaces.ts",
    (t) => swap(t, `"${TEMPLATE}"] as const`, `"${TEMPLATE}", "${NEW_SURFACE}"] as const`, "SURFACES"),
    "1",
  );
  gen();

  // Step 2. Surface folder: the same files as the template's, under the new name; its codec
  // routes requests under /acme/v1/regions/, and it answers on its own hosts in its own region.
  cloneFolder(ws, `src/surfaces/${TEMPLATE}`, surfaceDir, "2", {
    "codec.ts": [['startsWith("/v1/regions/")', 'startsWith("/acme/v1/regions/")']],
    "routes.ts": [['"vm.jdcloud-api.com"', '"vm.acme-api.example"']],
    "index.ts": [
      [/(vm|vpc)\.jdcloud-api\.com/g, "$1.acme-api.example"],
      ['region: "cn-north-1"', 'region: "ac-east-1"'],
      [/JDCLOUD_(ACCESS|SECRET)_KEY/g, "ACME_$1_KEY"],
    ],
  });

  // Step 3. Pin the signer: a made-up cloud has no published vectors and no official SDK to
  // capture; the clone's signer is the template's, pinned by the template's tests (the shared
  // suite still proves sign → verify, and tampering refused, for the new surface).

  // Step 4. Register the module and its Params.
  ws.edit(
    "src/surfaces/registry.ts",
    (t) => {
      let out = insertAfter(
        t,
        `from "./${TEMPLATE}/index.ts"`,
        `import { acmeVm } from "./acme-vm/index.ts";`,
        "4",
      );
      out = insertAfter(
        out,
        `from "./${TEMPLATE}/operations.ts"`,
        `import type { Params as AcmeVmParams } from "./acme-vm/operations.ts";`,
        "4",
      );
      out = insertAfter(out, `"${TEMPLATE}": jdcloudVm,`, `  "${NEW_SURFACE}": acmeVm,`, "4");
      return insertAfter(out, `"${TEMPLATE}": JdcloudVmParams;`, `  "${NEW_SURFACE}": AcmeVmParams;`, "4");
    },
    "4",
  );

  // Step 5. Simulator adapter folder: index.ts (the Acme cloud and its world style), serve.ts,
  // render.ts; registered in SIM_ADAPTERS.
  cloneFolder(ws, `src/sim/adapters/${TEMPLATE}`, adapterDir, "5", {
    "index.ts": [
      ['cloud: "jdcloud"', 'cloud: "acme"'],
      [/const JDCLOUD_WORLD: WorldStyle = \{[\s\S]*?\n\};/, ACME_WORLD],
      ["worldStyle: JDCLOUD_WORLD", "worldStyle: ACME_WORLD"],
    ],
  });
  ws.edit(
    "src/sim/adapters/registry.ts",
    (t) => {
      const out = insertAfter(
        t,
        `from "./${TEMPLATE}/index.ts"`,
        `import { acmeVmAdapter } from "./acme-vm/index.ts";`,
        "5",
      );
      return insertAfter(out, `"${TEMPLATE}": jdcloudVmAdapter,`, `  "${NEW_SURFACE}": acmeVmAdapter,`, "5");
    },
    "5",
  );

  // Step 6 is optional (an SDK adapter, an interop test): a made-up cloud has no SDK.

  // Step 7. Docs (README.md's surface tables, specs/README.md's list of specs): for readers; no
  // test reads them, so the rehearsal leaves them.
}

/**
 * The project paths CONTRIBUTING.md's "Recipe: add a surface" names (backquoted, with `<surface>`
 * spelled `surface`); a name ending in `/` stands for everything under it.
 */
export function recipePaths(contributing: string, surface: string): string[] {
  const start = contributing.indexOf("## Recipe: add a surface");
  if (start < 0) throw new Error("CONTRIBUTING.md has no recipe 'add a surface'");
  const end = contributing.indexOf("\n## ", start + 1);
  const section = contributing.slice(start, end < 0 ? undefined : end);
  const paths = new Set<string>();
  for (const m of section.matchAll(/`([^`\s]+)`/g)) {
    const name = (m[1] ?? "").replaceAll("<surface>", surface);
    if (/^[\w.-]+(\/[\w.-]*)*$/.test(name) && /\/|\.(ts|json|yaml|md)$/.test(name)) paths.add(name);
  }
  return [...paths];
}

/** True when `path` is one of `named` or lies under a named folder. */
export function isNamed(path: string, named: readonly string[]): boolean {
  return named.some((n) => n === path || (n.endsWith("/") && path.startsWith(n)));
}
