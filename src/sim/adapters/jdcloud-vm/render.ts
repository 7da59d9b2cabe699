/**
 * How JD Cloud shows the world (protocols §4.4): VPC `NetworkInterface` and VM `Instance` with its
 * `InstanceNetworkInterfaceAttachment`s, plus the per-attachment `autoDelete` flag the model does not
 * hold, kept in the world's own bookkeeping so that it never leaks across worlds.
 *
 * Device indexes: JD numbers the primary ENI 1 and attached secondaries 2 to 8, and shows a detached
 * secondary with 0 (protocols §4.4, §5); the model numbers the primary 0 and secondaries from 1, so
 * JD's index is the model's plus one while attached.
 *
 * And the variations of the gateway's answers (`vary`).
 */
import type { WireResponse } from "../../../core/wire.ts";
import type { Eni, Instance, World } from "../../../model/world.ts";
import type { VaryContext } from "../../adapter.ts";
import { jsonObject, jsonText, keyMoved, pickOne, shuffledKeys } from "../shared.ts";

/** Reserved prefix of the autoDelete records in `world.idempotency` (JD has no client token). */
const AUTO_DELETE = "jdcloud-vm/autoDelete/";

/** Remember `autoDelete` of the attachment of `eniId` to `instanceId` (004, Request parameters). */
export function rememberAutoDelete(
  world: World,
  eniId: string,
  instanceId: string,
  autoDelete: boolean,
): void {
  world.idempotency[`${AUTO_DELETE}${eniId}`] = {
    token: eniId,
    fingerprint: JSON.stringify({ instanceId, autoDelete }),
  };
}

/** Forget the autoDelete record of `eniId` (its detach was accepted). */
export function forgetAutoDelete(world: World, eniId: string): void {
  delete world.idempotency[`${AUTO_DELETE}${eniId}`];
}

/**
 * `autoDelete` of the ENI's current attachment: true for a primary ENI (it goes with its instance),
 * the remembered flag for a secondary attached through this surface, else false (004: default false).
 */
function autoDeleteOf(world: World, eni: Eni): boolean {
  if (eni.primary) return true;
  const record = world.idempotency[`${AUTO_DELETE}${eni.id}`];
  if (!record || !eni.attachment) return false;
  const { instanceId, autoDelete } = JSON.parse(record.fingerprint) as {
    instanceId: string;
    autoDelete: boolean;
  };
  return instanceId === eni.attachment.instanceId && autoDelete;
}

/**
 * JD's attachment of an ENI: `attached` once the model's attachment has settled and while a detach
 * is still running (the status moves only when the operation completes: detached → attached on
 * attach, attached → detached on detach; spec x-async of attach and detach), else `detached`.
 */
function jdAttachment(eni: Eni): { attached: boolean; instanceId: string; deviceIndex: number } {
  const a = eni.attachment;
  if (a && (a.status === "attached" || a.status === "detaching")) {
    return { attached: true, instanceId: a.instanceId, deviceIndex: a.deviceIndex + 1 };
  }
  return { attached: false, instanceId: "", deviceIndex: 0 };
}

function primaryIp(eni: Eni): Record<string, unknown> {
  return { privateIpAddress: eni.privateIp, ...(eni.eip ? { elasticIpId: eni.eip.id } : {}) };
}

/** An ENI as VPC describeNetworkInterface returns it (`result.networkInterface`, protocols §4.4). */
export function renderNetworkInterface(eni: Eni): Record<string, unknown> {
  const a = jdAttachment(eni);
  return {
    networkInterfaceId: eni.id,
    networkInterfaceName: eni.primary ? "primary" : "secondary",
    role: eni.primary ? "Primary" : "Secondary",
    macAddress: eni.macAddress,
    vpcId: eni.vpcId,
    subnetId: eni.subnetId,
    networkSecurityGroupIds: eni.securityGroupIds,
    sanityCheck: 1,
    primaryIp: primaryIp(eni),
    secondaryIps: [],
    // The kind of resource the ENI is bound to; the simulator binds ENIs to VM instances only.
    instanceType: a.attached ? "compute" : "",
    instanceId: a.instanceId,
    instanceOwnerId: "",
    deviceIndex: a.deviceIndex,
    attachmentStatus: a.attached ? "attached" : "detached",
    networkInterfaceStatus: "enabled",
    az: eni.zone,
    azType: "standard",
    tags: [],
  };
}

/** An ENI as an `InstanceNetworkInterfaceAttachment` of VM describeInstance (protocols §4.4). */
function renderAttachment(world: World, eni: Eni): Record<string, unknown> {
  return {
    deviceIndex: jdAttachment(eni).deviceIndex,
    autoDelete: autoDeleteOf(world, eni),
    networkInterface: {
      networkInterfaceId: eni.id,
      macAddress: eni.macAddress,
      vpcId: eni.vpcId,
      subnetId: eni.subnetId,
      securityGroups: eni.securityGroupIds.map((groupId) => ({ groupId })),
      sanityCheck: 1,
      primaryIp: primaryIp(eni),
      secondaryIps: [],
    },
  };
}

/**
 * An instance as VM describeInstance returns it (`result.instance`): its status (the model's states
 * are JD's own names, protocols §4.4), the primary ENI and the secondaries JD shows as attached.
 */
export function renderInstance(world: World, instance: Instance): Record<string, unknown> {
  const primary = world.enis[instance.primaryEniId];
  const secondaries = Object.values(world.enis)
    .filter((e) => !e.primary && jdAttachment(e).instanceId === instance.id)
    .sort((x, y) => jdAttachment(x).deviceIndex - jdAttachment(y).deviceIndex);
  return {
    instanceId: instance.id,
    instanceName: instance.id,
    instanceType: instance.type,
    vpcId: instance.vpcId,
    ...(primary ? { subnetId: primary.subnetId } : {}),
    az: instance.zone,
    status: instance.state,
    ...(primary ? { primaryNetworkInterface: renderAttachment(world, primary) } : {}),
    secondaryNetworkInterfaces: secondaries.map((e) => renderAttachment(world, e)),
  };
}

/**
 * A JD Cloud answer as the OpenAPI gateway also sends it (public recordings,
 * src/contracts/fixtures/real-envelopes.jsonl; protocols §4.3 fixes only the members): `error` or
 * `result` before `requestId`; an error's members in another order; the gateway's own refusals
 * (HTTP 401 and 403) with their message tagged ` [gw]`, or ` [IAM] [gw]` on a 403; `Content-Type:
 * application/json` without charset.
 */
export function vary(answer: WireResponse, ctx: VaryContext): WireResponse {
  let body = jsonObject(answer.body);
  if (!body) return answer;
  const error = body.error;
  if (typeof error === "object" && error !== null) {
    let e = error as Record<string, unknown>;
    if ((answer.status === 401 || answer.status === 403) && typeof e.message === "string") {
      const tag = answer.status === 403 ? pickOne(ctx.random, [" [gw]", " [IAM] [gw]"] as const) : " [gw]";
      e = { ...e, message: `${e.message}${tag}` };
    }
    body = { ...body, error: shuffledKeys(e, ctx.random) };
  }
  body = keyMoved(body, "requestId", ctx.random);
  return {
    ...answer,
    headers: { ...answer.headers, "content-type": "application/json" },
    body: jsonText(body, "compact"),
  };
}
