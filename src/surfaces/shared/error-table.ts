/**
 * Builds a surface's error table from its spec (the error rows of the rule catalogue) plus the
 * surface's mapping of neutral refusals to its own codes. The HTTP status of every code comes from
 * the spec, never from code, so envelopes and statuses cannot drift from the contracts.
 */
import { loadCatalogue } from "../../contracts/catalogue.ts";
import type { PlacedErrorRow } from "../../contracts/model.ts";
import type { Surface } from "../../contracts/surfaces.ts";
import { ApiError, type NeutralError } from "../../core/errors.ts";
import type { SurfaceErrors } from "../types.ts";

let rows: PlacedErrorRow[] | undefined;

/** Every error row of every surface (catalogue loaded once). */
function allErrorRows(): PlacedErrorRow[] {
  rows ??= loadCatalogue().errorRows;
  return rows;
}

/** A surface's error rows. */
export function surfaceRows(surface: Surface): PlacedErrorRow[] {
  return allErrorRows().filter((r) => r.surface === surface);
}

/** For each neutral refusal: the row id the cloud answers with, or a function choosing it by parameter. */
export type NeutralMap = Record<NeutralError, string | ((param: string | undefined) => string)>;

/**
 * A SurfaceErrors for `surface`. `neutral` names a row id per neutral refusal; every row id must
 * exist in the surface's spec (checked here, so a typo fails at load). `retryable` decides which
 * answers a client may retry.
 */
export function createSurfaceErrors(
  surface: Surface,
  neutral: NeutralMap,
  retryable: (code: string, status: number) => boolean,
): SurfaceErrors & { rows: PlacedErrorRow[]; rowFor(kind: NeutralError, param?: string): PlacedErrorRow } {
  const mine = surfaceRows(surface);
  const byId = new Map(mine.map((r) => [r.id, r]));
  const rowFor = (kind: NeutralError, param?: string): PlacedErrorRow => {
    const entry = neutral[kind];
    const id = typeof entry === "function" ? entry(param) : entry;
    const row = byId.get(id);
    if (!row)
      throw new Error(`${surface}: neutral ${kind} maps to ${id}, which is not an error row of the spec`);
    return row;
  };
  for (const kind of Object.keys(neutral) as NeutralError[]) {
    if (typeof neutral[kind] === "string") rowFor(kind);
  }
  return {
    rows: mine,
    rowFor,
    error(kind, message, param) {
      const row = rowFor(kind, param);
      return new ApiError(row.code, message, row.id);
    },
    httpStatus(code, rowId) {
      const row = (rowId ? byId.get(rowId) : undefined) ?? mine.find((r) => r.code === code);
      return row?.http ?? 500;
    },
    retryable,
  };
}
