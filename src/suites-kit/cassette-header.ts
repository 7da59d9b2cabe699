/**
 * What a recorded run writes about its target into the cassette (`cassette.json`): kind, origin,
 * control plane, opt-ins, the fixture map of every surface and the key ids (masked; the limited
 * key's too) — what
 * `run --playback` needs to stand in for the target offline.
 */
import { maskKeyId } from "../client/cassette.ts";
import type { Surface } from "../contracts/surfaces.ts";
import type { Target } from "./target.ts";

/** Write the cassette header for a run against `target` over `surfaces` (when the target records). */
export async function describeForCassette(
  target: Target,
  run: { seed: number; runs: number; surfaces: readonly Surface[] },
): Promise<void> {
  const cassette = target.cassette;
  if (cassette?.mode !== "record") return;
  const surfaces = run.surfaces;
  cassette.useTape("run");
  const fixtures: Record<string, unknown> = {};
  const keys: Record<string, string> = {};
  const limitedKeys: Record<string, string> = {};
  for (const surface of surfaces) {
    const f = await target.fixtures(surface);
    if (f) fixtures[surface] = f;
    try {
      keys[surface] = maskKeyId(target.credentials(surface).accessKeyId);
    } catch {
      // No credentials for this surface: its cases will say so; the cassette just has no key for it.
    }
    try {
      const limited = target.limitedCredentials(surface);
      if (limited) limitedKeys[surface] = maskKeyId(limited.accessKeyId);
    } catch {
      // Its variables are unset: the auth.permitted cases will say so.
    }
  }
  cassette.writeHeader({
    target: {
      kind: target.kind,
      origin: target.baseUrl,
      hasControl: target.hasControl,
      allowMutations: target.allowMutations,
    },
    run: { seed: run.seed, runs: run.runs, surfaces: [...surfaces] },
    fixtures,
    keys,
    ...(Object.keys(limitedKeys).length > 0 ? { limitedKeys } : {}),
  });
}
