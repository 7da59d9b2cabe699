/**
 * The simulator adapters by surface. Tencent v2 and v3 share the Tencent world; Aliyun and JD have
 * their own.
 */
import type { Surface } from "../../contracts/surfaces.ts";
import type { SimAdapter } from "../adapter.ts";
import { aliyunEcsAdapter } from "./aliyun-ecs.ts";
import { jdcloudVmAdapter } from "./jdcloud-vm.ts";
import { tencentV2Adapter } from "./tencent-v2.ts";
import { tencentV3Adapter } from "./tencent-v3.ts";

/** Every surface's simulator adapter. */
export const SIM_ADAPTERS: Readonly<Record<Surface, SimAdapter>> = {
  "tencent-v2": tencentV2Adapter,
  "tencent-v3": tencentV3Adapter,
  "aliyun-ecs": aliyunEcsAdapter,
  "jdcloud-vm": jdcloudVmAdapter,
};
