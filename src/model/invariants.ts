/**
 * The invariants every world keeps after every step: an ENI is attached to at most one instance and
 * only to an instance that exists; no instance carries more ENIs than its type allows; a primary
 * ENI stays attached to its own instance at device index 0; device indexes are unique per instance.
 */
import { enisOf, type World } from "./world.ts";

/** Every broken invariant, as a sentence (empty when the world is sound). */
export function brokenInvariants(world: World): string[] {
  const broken: string[] = [];
  for (const eni of Object.values(world.enis)) {
    const a = eni.attachment;
    if (a && !world.instances[a.instanceId])
      broken.push(`${eni.id} is attached to a missing instance ${a.instanceId}`);
    if (eni.primary) {
      const owner = Object.values(world.instances).find((i) => i.primaryEniId === eni.id);
      if (!owner) broken.push(`primary ${eni.id} has no owner`);
      else if (a?.instanceId !== owner.id || a.deviceIndex !== 0 || a.status !== "attached") {
        broken.push(`primary ${eni.id} moved away from ${owner.id}`);
      }
    }
  }
  for (const instance of Object.values(world.instances)) {
    const enis = enisOf(world, instance.id);
    const limit = world.instanceTypes[instance.type]?.eniLimit ?? 1;
    if (enis.length > limit) broken.push(`${instance.id} has ${enis.length} ENIs, above its limit ${limit}`);
    const indexes = enis.map((e) => e.attachment?.deviceIndex);
    if (new Set(indexes).size !== indexes.length) broken.push(`${instance.id} has a duplicate device index`);
  }
  return broken;
}
