/**
 * The simulator adapters by surface, the clouds they serve (Tencent v2 and v3 share the Tencent
 * world; Aliyun and JD have their own), and each cloud's seed world spelled in the style its
 * adapters declare.
 */
import type { Surface } from "../../contracts/surfaces.ts";
import { seedWorld, type WorldStyle } from "../../model/seed.ts";
import type { Cloud, World } from "../../model/world.ts";
import type { SimAdapter } from "../adapter.ts";
import { aliyunEcsAdapter } from "./aliyun-ecs/index.ts";
import { jdcloudVmAdapter } from "./jdcloud-vm/index.ts";
import { tencentV2Adapter } from "./tencent-v2/index.ts";
import { tencentV3Adapter } from "./tencent-v3/index.ts";

/** Every surface's simulator adapter. */
export const SIM_ADAPTERS: Readonly<Record<Surface, SimAdapter>> = {
  "tencent-v2": tencentV2Adapter,
  "tencent-v3": tencentV3Adapter,
  "aliyun-ecs": aliyunEcsAdapter,
  "jdcloud-vm": jdcloudVmAdapter,
};

/** The clouds the adapters serve, each once, in the order of their first adapter. */
export const SIM_CLOUDS: readonly Cloud[] = [...new Set(Object.values(SIM_ADAPTERS).map((a) => a.cloud))];

/**
 * How `cloud` spells its world, as its adapters declare it (the first one's; adapters of one cloud
 * declare the same). Throws on a cloud no adapter serves.
 */
export function worldStyleOf(cloud: Cloud): WorldStyle {
  const adapter = Object.values(SIM_ADAPTERS).find((a) => a.cloud === cloud);
  if (!adapter) throw new Error(`no simulator adapter serves the cloud ${cloud}`);
  return adapter.worldStyle;
}

/** The seed world of `cloud` for the account `accountId`, spelled in the cloud's style. */
export function seedWorldOf(cloud: Cloud, accountId: string): World {
  return seedWorld(cloud, accountId, worldStyleOf(cloud));
}
