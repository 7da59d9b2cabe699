/**
 * Restoring fixtures on a target without a control plane (a staging account): after a case that
 * changed where an ENI is attached, put it back where the preflight saw it — detach what a case
 * attached, re-attach what it detached, move back what it migrated — waiting for each change to
 * settle. What cannot be restored is reported, never silently left dirty.
 */
import type { Client } from "../client/client.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { EniView } from "../surfaces/types.ts";
import { pollTimed } from "./poll.ts";
import { READERS } from "./readback.ts";
import type { Fixtures, Target } from "./target.ts";

/**
 * Read the ENI until it has settled and two reads in a row agree — or, with `on`, until it shows on
 * that instance (undefined: detached). Bounded by the run's async wait. A change still in flight
 * (Tencent v2 and JD show no binding until it is applied; Aliyun shows the old instance while
 * Detaching) is read through to where it lands.
 */
export async function settled(
  target: Target,
  client: Client<Surface>,
  surface: Surface,
  region: string,
  eniId: string,
  on?: { instanceId: string | undefined },
): Promise<EniView> {
  let previous: EniView | undefined;
  const polled = await pollTimed(
    () => READERS[surface].eni(client, region, eniId),
    (v) => {
      const agreed = JSON.stringify(v) === JSON.stringify(previous);
      previous = v;
      return on ? v.settled && v.instanceId === on.instanceId : v.settled && agreed;
    },
    { waitMs: target.asyncWaitMs, sleep: target.sleep },
  );
  return polled.value;
}

/**
 * Put `eniId` back on `wanted` (undefined: detached). Throws SuiteError ENIC_RESTORE when the target
 * refuses a restoring call, ENIC_TIMEOUT when the ENI does not show the change within the wait.
 */
export async function restoreEni(
  target: Target,
  client: Client<Surface>,
  fixtures: Fixtures,
  eniId: string,
  wanted: string | undefined,
): Promise<void> {
  const surface = client.surface;
  const calls = surfaceModule(surface).stateCalls;
  const now = await settled(target, client, surface, fixtures.region, eniId);
  if (now.instanceId === wanted) return;
  if (now.instanceId !== undefined) {
    const r = await client.callRaw(calls.detach, calls.params(fixtures, eniId, now.instanceId));
    if (!("data" in r))
      throw new SuiteError("ENIC_RESTORE", `could not detach ${eniId} from ${now.instanceId} to restore it`);
    const view = await settled(target, client, surface, fixtures.region, eniId, { instanceId: undefined });
    if (view.instanceId !== undefined)
      throw new SuiteError("ENIC_TIMEOUT", `${eniId} did not show as detached in time to restore it`);
  }
  if (wanted !== undefined) {
    const r = await client.callRaw(calls.attach, calls.params(fixtures, eniId, wanted));
    if (!("data" in r))
      throw new SuiteError("ENIC_RESTORE", `could not re-attach ${eniId} to ${wanted} to restore it`);
    const view = await settled(target, client, surface, fixtures.region, eniId, { instanceId: wanted });
    if (view.instanceId !== wanted)
      throw new SuiteError("ENIC_TIMEOUT", `${eniId} did not show on ${wanted} in time to restore it`);
  }
}
