// Loads the command line as precompiled JavaScript: the TypeScript sources under src/ are bundled
// with esbuild (one chunk per command, so `sim` loads only what it needs) into
// node_modules/.cache/eni-conformance/<stamp>/, keyed by a stamp of every file under src/ (path,
// size, modification time) and the esbuild version. A fresh checkout or any edit builds once
// (about 0.2 s); every later start imports the plain JavaScript, which is about 0.15 s faster than
// transforming each module through tsx's loader (docs/benchmarks.md, start-up).
//
// Bundling keeps each module's own `import.meta.url` (a plugin writes the source file's URL in),
// so files found relative to a module (specs, fixtures, createRequire) resolve as from the
// sources. Packages stay external and resolve from the project's node_modules.
//
// Each chunk has a source map beside it: `NODE_OPTIONS=--enable-source-maps` maps stack traces to
// the sources (not on by default: reading the maps costs about 10 ms of start-up).
//
// ENIC_COMPILE=0 loads the sources through tsx instead; so does any problem with the cache (a
// read-only node_modules, a failed build), silently: the only difference is start-up time.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The conformance suite (outside src/), built beside the command line. */
const SUITE = join("suites", "conformance.test.ts");
// Bump when the build options below change, so that older builds are not reused.
const BUILD_VERSION = "3";

/** A stamp of every file under src/ and the build's own inputs; any change gives a new one. */
function stamp(root) {
  const hash = createHash("sha1");
  hash.update(`${BUILD_VERSION}\0${process.version}\0`);
  try {
    hash.update(readFileSync(join(root, "node_modules", "esbuild", "package.json")));
  } catch {
    return undefined;
  }
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk(join(root, "src"));
  // The conformance suite is built too (see `build`).
  try {
    const s = statSync(join(root, SUITE));
    hash.update(`${SUITE}\0${s.size}\0${s.mtimeMs}\n`);
  } catch {
    // A checkout without the suite builds the command line alone.
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Bundle `root`/src/cli/main.ts into `outdir` with esbuild, and beside it the conformance suite
 * (`conformance.test.mjs`, sharing its chunks): `run` gives that file to vitest, whose workers then
 * import plain JavaScript from node_modules (natively, as vitest loads any dependency) instead of
 * transforming every source module through vite and sending it to them.
 */
async function build(root, outdir) {
  const { build: esbuild, transform } = await import("esbuild");
  const suite = join(root, SUITE);
  await esbuild({
    entryPoints: {
      main: join(root, "src", "cli", "main.ts"),
      ...(existsSync(suite) ? { "conformance.test": suite } : {}),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "silent",
    plugins: [
      {
        name: "own-import-meta-url",
        setup(b) {
          // `define` works on the syntax tree: the same words inside a string stay as they are.
          b.onLoad({ filter: /\.ts$/ }, async (args) => {
            const { code } = await transform(readFileSync(args.path, "utf8"), {
              loader: "ts",
              format: "esm",
              target: "node20",
              sourcefile: args.path,
              sourcemap: "inline",
              define: { "import.meta.url": JSON.stringify(pathToFileURL(args.path).href) },
            });
            return { contents: code, loader: "js" };
          });
        },
      },
    ],
  });
}

/**
 * The path of an up-to-date compiled main module of the project at `root`, building it if needed;
 * undefined when that is not possible.
 */
export async function compiledMain(root = ROOT) {
  const key = stamp(root);
  if (!key) return undefined;
  const cache = join(root, "node_modules", ".cache", "eni-conformance");
  const dir = join(cache, key);
  const entry = join(dir, "main.mjs");
  if (existsSync(entry)) {
    // In use: not one of the "earlier builds" a rebuild clears out below.
    try {
      const now = new Date();
      utimesSync(dir, now, now);
    } catch {
      // best effort
    }
    return entry;
  }
  mkdirSync(cache, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  try {
    await build(root, tmp);
    try {
      renameSync(tmp, dir);
    } catch {
      // Another process built the same stamp at the same time: use theirs.
      rmSync(tmp, { recursive: true, force: true });
    }
  } catch {
    rmSync(tmp, { recursive: true, force: true });
    return undefined;
  }
  // Builds of earlier stamps: remove those not used for a day (a run started from one may still
  // load its chunks lazily; each start touches its build).
  for (const old of readdirSync(cache)) {
    if (old === key) continue;
    try {
      const p = join(cache, old);
      if (Date.now() - statSync(p).mtimeMs > 86_400_000) rmSync(p, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }
  return existsSync(entry) ? entry : undefined;
}

/** The command line's `main`, from the compiled cache when it can be used, else through tsx. */
export async function loadMain() {
  const entry = process.env.ENIC_COMPILE === "0" ? undefined : await compiledMain().catch(() => undefined);
  if (entry) {
    return (await import(pathToFileURL(entry).href)).main;
  }
  const { register } = await import("tsx/esm/api");
  register();
  return (await import("./main.ts")).main;
}
