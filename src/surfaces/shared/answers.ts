/**
 * Small readers of decoded answers that the surfaces' read-backs share: a value as an object (or an
 * empty one), and the view of an ENI nobody found.
 */
import type { EniView } from "../types.ts";

/** `v` when it is an object, else an empty object (answers are read defensively). */
export const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" ? (v as Record<string, unknown>) : {};

/** The view of an ENI the target does not know (or whose describe did not succeed). */
export const NOT_FOUND: EniView = { settled: true, found: false };
