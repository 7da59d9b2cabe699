/**
 * Small helpers every simulator adapter uses: turning a model outcome into an adapter outcome, the
 * attach time the describe operations show, and what the variation mode (`vary`) draws from: JSON
 * layouts, a drawn item, member orders.
 */
import type { Random } from "../../core/clock.ts";
import type { Outcome } from "../../model/transitions.ts";
import type { Eni } from "../../model/world.ts";
import type { SimCall, SimOutcome } from "../adapter.ts";

/** A transition's outcome as an adapter outcome: the surface's error for the broken rule, or `result`. */
export function outcomeOf(call: SimCall, outcome: Outcome, result: Record<string, unknown>): SimOutcome {
  if (!outcome.ok) return { error: call.refuse(outcome.refusal.rule, outcome.refusal.message) };
  return { result, taskId: outcome.task.id };
}

/** When the ENI's current attachment started, `YYYY-MM-DD hh:mm:ss` UTC (the seed's are at epoch). */
export function attachTime(eni: Eni): string {
  return new Date(eni.attachment?.since ?? 0).toISOString().replace("T", " ").slice(0, 19);
}

/** How a JSON answer may be laid out on the wire; the same value in every layout. */
export type JsonLayout = "compact" | "spaced" | "indented";

/**
 * `value` as JSON text: `compact` (`JSON.stringify`), `spaced` (`", "` and `": "` between members
 * and non-ASCII as `\uXXXX`, as Python's `json.dumps` writes it) or `indented` (four spaces, every
 * `/` escaped as `\/`, as PHP's `json_encode` with pretty print writes it).
 */
export function jsonText(value: unknown, layout: JsonLayout): string {
  if (layout === "indented") return JSON.stringify(value, null, 4).replaceAll("/", "\\/");
  if (layout === "compact") return JSON.stringify(value);
  const spaced = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(spaced).join(", ")}]`;
    if (typeof v === "object" && v !== null) {
      return `{${Object.entries(v)
        .map(([k, m]) => `${spaced(k)}: ${spaced(m)}`)
        .join(", ")}}`;
    }
    return JSON.stringify(v).replace(
      /[\u0080-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
  };
  return spaced(value);
}

/** One of `items`, drawn from `random`. */
export function pickOne<T>(random: Random, items: readonly [T, ...T[]]): T {
  return items[random.uint32() % items.length] as T;
}

/** A copy of `record` with the members named in `first` first (those it has), the rest after in their order. */
export function withKeysFirst(
  record: Record<string, unknown>,
  first: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of first) if (k in record) out[k] = record[k];
  for (const [k, v] of Object.entries(record)) if (!(k in out)) out[k] = v;
  return out;
}

/** A copy of `record` with its members in a drawn order. */
export function shuffledKeys(record: Record<string, unknown>, random: Random): Record<string, unknown> {
  const keys = Object.keys(record);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = random.uint32() % (i + 1);
    [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
  }
  return withKeysFirst(record, keys);
}

/** A copy of `record` with its member `key` moved to a drawn position among the others. */
export function keyMoved(
  record: Record<string, unknown>,
  key: string,
  random: Random,
): Record<string, unknown> {
  if (!(key in record)) return record;
  const others = Object.keys(record).filter((k) => k !== key);
  others.splice(random.uint32() % (others.length + 1), 0, key);
  return withKeysFirst(record, others);
}

/** The JSON object an answer's body holds, or undefined (not JSON, or not an object). */
export function jsonObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
