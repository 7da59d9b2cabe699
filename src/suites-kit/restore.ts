/**
 * Restoring fixtures on a target without a control plane (a staging account): after a case that
 * changed where an ENI is attached, put it back where the preflight saw it — detach what a case
 * attached, re-attach what it detached, move back what it migrated — waiting for each change to
 * settle. What cannot be restored is reported, never silently left dirty.
 */
import type { Client } from "../client/client.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { STATE_CALLS } from "./calls.ts";
import { type EniView, READERS } from "./readback.ts";
import type { Fixtures } from "./target.ts";

async function settled(
  client: Client<Surface>,
  surface: Surface,
  region: string,
  eniId: string,
): Promise<EniView> {
  let previous = await READERS[surface].eni(client, region, eniId);
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 20));
    const next = await READERS[surface].eni(client, region, eniId);
    if (next.settled && JSON.stringify(next) === JSON.stringify(previous)) return next;
    previous = next;
  }
  return previous;
}

/** Put `eniId` back on `wanted` (undefined: detached). Throws SuiteError ENIC_RESTORE when it cannot. */
export async function restoreEni(
  client: Client<Surface>,
  surface: Surface,
  fixtures: Fixtures,
  eniId: string,
  wanted: string | undefined,
): Promise<void> {
  const calls = STATE_CALLS[surface];
  const now = await settled(client, surface, fixtures.region, eniId);
  if (now.instanceId === wanted) return;
  if (now.instanceId !== undefined) {
    const r = await client.callRaw(calls.detach, calls.params(fixtures, eniId, now.instanceId));
    if (!("data" in r))
      throw new SuiteError("ENIC_INTERNAL", `could not detach ${eniId} from ${now.instanceId} to restore it`);
    await settled(client, surface, fixtures.region, eniId);
  }
  if (wanted !== undefined) {
    const r = await client.callRaw(calls.attach, calls.params(fixtures, eniId, wanted));
    if (!("data" in r))
      throw new SuiteError("ENIC_INTERNAL", `could not re-attach ${eniId} to ${wanted} to restore it`);
    await settled(client, surface, fixtures.region, eniId);
  }
}
