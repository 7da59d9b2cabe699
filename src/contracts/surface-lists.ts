/**
 * The surface lists inside the hand-kept JSON Schemas (the rule catalogue, the report, the config
 * file, the baseline): `npm run gen` spells each from SURFACES, rewriting only those values and
 * leaving the rest of each file as it was written, so that adding a surface is one edit of
 * SURFACES. A list is either an enum of surface ids or a pattern that opens with their alternation
 * (`^(tencent-v2|...)/...`).
 */
import { readFileSync } from "node:fs";
import { fromRoot, SURFACES } from "./surfaces.ts";

/** Each hand-kept schema and the JSON pointers of its surface lists. */
export const SURFACE_LIST_PLACES: Readonly<Record<string, readonly string[]>> = {
  "schemas/rules.schema.json": ["/$defs/surface/enum"],
  "schemas/report.schema.json": ["/$defs/surface/enum"],
  "schemas/config.schema.json": [
    "/properties/surfaces/items/enum",
    "/properties/rateLimits/propertyNames/pattern",
    "/properties/accounts/propertyNames/enum",
    "/properties/limitedAccounts/propertyNames/enum",
  ],
  "schemas/baseline.schema.json": ["/properties/knownFailures/items/properties/case/pattern"],
};

/** The leading surface alternation of a pattern (`^(a|b|c)`). */
const ALTERNATION = /^\^\(([a-z0-9|-]+)\)/;

function at(root: unknown, pointer: string, file: string): unknown {
  let value = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof value !== "object" || value === null || !(key in value)) {
      throw new Error(`${file}: nothing at ${pointer}`);
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `items` as a JSON array laid out as `written` was: on one line, or one item per line. */
function arrayLike(written: string, items: readonly string[]): string {
  const quoted = items.map((i) => JSON.stringify(i));
  const lines = /^\[(\n[ \t]*)[\s\S]*?(\n[ \t]*)\]$/.exec(written);
  if (!lines) return `[${quoted.join(", ")}]`;
  return `[${quoted.map((q) => `${lines[1]}${q}`).join(",")}${lines[2]}]`;
}

/**
 * `text` (the schema `file`) with each of its surface lists spelled from `surfaces`; the text as
 * it is when they already are. Throws when a place is missing or is not a surface list.
 */
export function withSurfaceLists(file: string, text: string, surfaces: readonly string[] = SURFACES): string {
  const places = SURFACE_LIST_PLACES[file];
  if (!places) throw new Error(`${file} holds no surface lists`);
  const root: unknown = JSON.parse(text);
  let out = text;
  // Equal lists are written alike: the first place of a list rewrites all of its copies.
  const done = new Set<string>();
  for (const pointer of places) {
    const value = at(root, pointer, file);
    if (done.has(JSON.stringify(value))) continue;
    done.add(JSON.stringify(value));
    if (Array.isArray(value)) {
      if (value.join("|") === surfaces.join("|")) continue;
      const written = new RegExp(
        `\\[${value.map((v) => `\\s*${escapeRegex(JSON.stringify(v))}\\s*`).join(",")}\\]`,
        "g",
      );
      const before = out;
      out = out.replace(written, (match) => arrayLike(match, surfaces));
      if (out === before) throw new Error(`${file}: the enum at ${pointer} is not written as a plain array`);
    } else if (typeof value === "string" && ALTERNATION.test(value)) {
      const wanted = value.replace(ALTERNATION, `^(${surfaces.join("|")})`);
      if (wanted !== value) out = out.split(JSON.stringify(value)).join(JSON.stringify(wanted));
    } else {
      throw new Error(`${file}: ${pointer} is neither an enum of surfaces nor a pattern opening with them`);
    }
  }
  return out;
}

/** Each hand-kept schema whose surface lists differ from SURFACES: path → its text as it should be. */
export function staleSurfaceLists(): Map<string, string> {
  const stale = new Map<string, string>();
  for (const file of Object.keys(SURFACE_LIST_PLACES)) {
    const now = readFileSync(fromRoot(file), "utf8");
    const wanted = withSurfaceLists(file, now);
    if (wanted !== now) stale.set(file, wanted);
  }
  return stale;
}
