/**
 * Test support for the consumer test (src/cli/package.test.ts): pack this project as `npm pack` does
 * for the registry, and install the tarball into a throwaway project as a user would — offline,
 * from the npm cache that `npm ci` filled. The throwaway project gets a package-lock.json cut from
 * this project's own (the tarball's dependency tree at the versions CI installed), so `npm ci
 * --offline` needs no registry metadata; only when the cache lacks a tarball does the install ask
 * the registry (`--prefer-offline`).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { fromRoot } from "../contracts/surfaces.ts";

const run = promisify(execFile);

/** npm, run by the Node that runs the tests (npm's own script, found beside it). */
function npm(args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  return run("npm", args, {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_update_notifier: "false",
    },
  });
}

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optional?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  link?: boolean;
  [key: string]: unknown;
}

/** `npm pack` this project into `dir` (prepack builds dist/); returns the tarball's path and sizes. */
export async function packProject(
  dir: string,
): Promise<{ tarball: string; size: number; unpackedSize: number }> {
  const { stdout } = await npm(["pack", "--json", "--pack-destination", dir], fromRoot("."));
  const info = JSON.parse(stdout.slice(stdout.indexOf("["))) as {
    filename: string;
    size: number;
    unpackedSize: number;
  }[];
  const first = info[0];
  if (!first) throw new Error(`npm pack printed no tarball: ${stdout}`);
  return { tarball: join(dir, first.filename), size: first.size, unpackedSize: first.unpackedSize };
}

/**
 * The lock entries of `roots` (package names) and everything they need, as they sit in this
 * project's package-lock.json: dependencies, optional dependencies (platform builds) and peers that
 * are not optional, resolved the way Node resolves them through the nested node_modules folders.
 */
function lockClosure(roots: readonly string[]): Record<string, LockEntry> {
  const lock = JSON.parse(readFileSync(fromRoot("package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const found: Record<string, LockEntry> = {};
  const locate = (from: string, name: string): string | undefined => {
    for (let dir = from; ; ) {
      const path = `${dir ? `${dir}/` : ""}node_modules/${name}`;
      if (lock.packages[path]) return path;
      if (!dir) return undefined;
      const at = dir.lastIndexOf("/node_modules/");
      dir = at === -1 ? "" : dir.slice(0, at);
    }
  };
  const visit = (from: string, name: string, optional: boolean) => {
    const path = locate(from, name);
    if (!path) {
      if (optional) return;
      throw new Error(`package-lock.json has no ${name} for ${from || "the root"}`);
    }
    if (found[path]) return;
    const entry = lock.packages[path] as LockEntry;
    found[path] = entry;
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(path, dep, false);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(path, dep, true);
    for (const dep of Object.keys(entry.peerDependencies ?? {}))
      if (!entry.peerDependenciesMeta?.[dep]?.optional) visit(path, dep, true);
  };
  for (const name of roots) visit("", name, false);
  return found;
}

/** The sha512 integrity of a file, as npm writes it in a lock. */
function integrityOf(file: string): string {
  return `sha512-${createHash("sha512").update(readFileSync(file)).digest("base64")}`;
}

/**
 * Make `dir` a project whose dev dependencies are the tarball and `extra` packages (at the versions
 * of this project's lock), and install them with `npm ci --offline` (else `--prefer-offline`).
 * Returns how the install went.
 */
export async function installTarball(
  dir: string,
  tarball: string,
  extra: readonly string[],
): Promise<{ offline: boolean }> {
  const pkg = JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as {
    name: string;
    version: string;
    license?: string;
    bin?: Record<string, string>;
    engines?: Record<string, string>;
    dependencies: Record<string, string>;
    peerDependencies?: Record<string, string>;
    peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    devDependencies: Record<string, string>;
  };
  const file = `file:${basename(tarball)}`;
  const closure = lockClosure([...Object.keys(pkg.dependencies), ...extra]);
  const packages: Record<string, LockEntry> = {
    "": {
      name: "consumer",
      version: "1.0.0",
      devDependencies: { [pkg.name]: file, ...pick(pkg.devDependencies, extra) },
    },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: file,
      integrity: integrityOf(tarball),
      dev: true,
      ...(pkg.license ? { license: pkg.license } : {}),
      dependencies: pkg.dependencies,
      ...(pkg.bin ? { bin: pkg.bin } : {}),
      ...(pkg.engines ? { engines: pkg.engines } : {}),
      ...(pkg.peerDependencies ? { peerDependencies: pkg.peerDependencies } : {}),
      ...(pkg.peerDependenciesMeta ? { peerDependenciesMeta: pkg.peerDependenciesMeta } : {}),
    },
  };
  for (const [path, entry] of Object.entries(closure)) {
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
    packages[path] = { ...rest, dev: true };
  }
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module", devDependencies: packages[""]?.devDependencies }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, "package-lock.json"),
    `${JSON.stringify({ name: "consumer", version: "1.0.0", lockfileVersion: 3, requires: true, packages }, null, 2)}\n`,
  );
  try {
    await npm(["ci", "--offline", "--no-audit", "--no-fund"], dir);
    return { offline: true };
  } catch {
    await npm(["ci", "--prefer-offline", "--no-audit", "--no-fund"], dir);
    return { offline: false };
  }
}

function pick(from: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, from[n] ?? "*"]));
}
