/**
 * A short summary of a V8 CPU profile (`node --cpu-prof`): where the samples fall, by function
 * (self time) and by file (self time summed), so that a missed target can say where the time goes.
 * `npm run bench -- --profile DIR` writes the simulator's profiles into DIR and prints these.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** One line of a summary: a function or a file, its self time in ms and share of all samples. */
export interface ProfileLine {
  name: string;
  selfMs: number;
  share: number;
}

/** Self time by function and by file, and total (inclusive) time by function, largest first. */
export interface ProfileSummary {
  totalMs: number;
  functions: ProfileLine[];
  files: ProfileLine[];
  /** Time in a function or anything it called (a recursive function counted once per sample). */
  inclusive: ProfileLine[];
}

function shortUrl(url: string): string {
  if (url === "") return "(native)";
  const path = url.replace(/^file:\/\//, "");
  const i = path.lastIndexOf("/node_modules/");
  if (i !== -1) return path.slice(i + 1);
  const src = path.search(/\/(src|bench)\//);
  return src === -1 ? path : path.slice(src + 1);
}

/** Summarise the profile in `file`, keeping the `top` largest entries of each list. */
export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const nameOf = (node: ProfileNode) => {
    const f = node.callFrame;
    return `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}${f.url ? `:${f.lineNumber + 1}` : ""}`;
  };
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const where = shortUrl(node.callFrame.url);
    fns.set(nameOf(node), (fns.get(nameOf(node)) ?? 0) + us);
    files.set(where, (files.get(where) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n || n.callFrame.functionName === "(root)") continue;
      const name = nameOf(n);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const lines = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: us / 1000, share: total > 0 ? us / total : 0 }));
  return { totalMs: total / 1000, functions: lines(fns), files: lines(files), inclusive: lines(inclusive) };
}

/** The summary as text. */
export function profileText(title: string, s: ProfileSummary): string {
  const row = (l: ProfileLine) =>
    `  ${(l.share * 100).toFixed(1).padStart(5)}%  ${l.selfMs.toFixed(0).padStart(7)} ms  ${l.name}`;
  return [
    `${title}: ${s.totalMs.toFixed(0)} ms sampled`,
    " self time by file:",
    ...s.files.map(row),
    " self time by function:",
    ...s.functions.map(row),
    " total time by function (with what it calls):",
    ...s.inclusive.map(row),
    "",
  ].join("\n");
}
