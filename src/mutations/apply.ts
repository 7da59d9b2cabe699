/**
 * Putting a perturbation's data to work: parameter edits applied to a parameter set, and the wire
 * change as a request transform. Pure; every mode interprets a perturbation with these.
 */
import { renameAction, type WireRequest } from "../core/wire.ts";
import type { ParamEdit, Perturbation, WireChange } from "./types.ts";

/** The perturbation of a case without `mutate`: its request as filled, signed by the account, once. */
export const UNPERTURBED: Perturbation = { edits: [], signing: "account", play: { kind: "single" } };

/**
 * `params` with `edits` applied, in order. Parameters keep their positions (the encoded request
 * lists them in that order); a parameter the request did not have is added at the end.
 */
export function applyEdits(
  params: Readonly<Record<string, unknown>>,
  edits: readonly ParamEdit[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  for (const edit of edits) {
    if ("omit" in edit) delete out[edit.param];
    else if ("suffix" in edit) out[edit.param] = `${String(out[edit.param])}${edit.suffix}`;
    else out[edit.param] = edit.value;
  }
  return out;
}

/** The wire change as a transform of the encoded, not yet signed request. */
export function wireTransform(change: WireChange): (req: WireRequest) => WireRequest {
  return renameAction(change.renameAction.from, change.renameAction.to);
}
