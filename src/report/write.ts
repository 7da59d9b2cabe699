/**
 * Writing report files atomically: each file goes to a temporary name and is renamed into place, so a
 * crash leaves the previous files intact. By default a run writes `reports/<run-id>/` and replaces
 * `reports/latest/`; with `--report-dir DIR` it writes straight into DIR.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Folders other commands write into `latest/` that a new run carries over (`eni-conformance pacts`). */
const KEPT_IN_LATEST = ["pacts"];

/** Write `content` to `file` atomically. */
export function writeAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

/** Write a set of files (name → content) into `dir`, each atomically. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) writeAtomic(join(dir, name), content);
}

/**
 * Write `files` into `reportsRoot/<runId>/`, then make `reportsRoot/latest/` a copy of it: the new
 * `latest` is written beside the old one and swapped in by rename.
 */
export function writeRun(reportsRoot: string, runId: string, files: Record<string, string>): string {
  const runDir = join(reportsRoot, runId);
  writeFiles(runDir, files);
  const latest = join(reportsRoot, "latest");
  const next = join(reportsRoot, `.latest.${process.pid}.tmp`);
  rmSync(next, { recursive: true, force: true });
  writeFiles(next, files);
  const old = join(reportsRoot, `.latest.${process.pid}.old`);
  rmSync(old, { recursive: true, force: true });
  // What other commands keep in latest (the pact files of `eni-conformance pacts`) stays there.
  for (const kept of KEPT_IN_LATEST) {
    if (existsSync(join(latest, kept)) && !(kept in files)) renameSync(join(latest, kept), join(next, kept));
  }
  try {
    renameSync(latest, old);
  } catch {
    // no previous latest
  }
  renameSync(next, latest);
  rmSync(old, { recursive: true, force: true });
  return runDir;
}
