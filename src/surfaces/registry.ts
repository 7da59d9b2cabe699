/**
 * The four surface modules, by surface id; request routing (the first surface whose codec
 * recognises a request's shape gets it); and the union of every surface's secret names, for code
 * that redacts requests without knowing their surface (a cassette).
 */
import type { Surface } from "../contracts/surfaces.ts";
import type { SecretNames } from "../core/redact.ts";
import type { WireRequest } from "../core/wire.ts";
import { aliyunEcs } from "./aliyun-ecs/index.ts";
import type { Params as AliyunEcsParams } from "./aliyun-ecs/operations.ts";
import { jdcloudVm } from "./jdcloud-vm/index.ts";
import type { Params as JdcloudVmParams } from "./jdcloud-vm/operations.ts";
import { tencentV2 } from "./tencent-v2/index.ts";
import type { Params as TencentV2Params } from "./tencent-v2/operations.ts";
import { tencentV3 } from "./tencent-v3/index.ts";
import type { Params as TencentV3Params } from "./tencent-v3/operations.ts";
import type { SurfaceModule } from "./types.ts";

/** Every surface module. */
export const SURFACE_MODULES: Readonly<Record<Surface, SurfaceModule>> = {
  "tencent-v2": tencentV2,
  "tencent-v3": tencentV3,
  "aliyun-ecs": aliyunEcs,
  "jdcloud-vm": jdcloudVm,
};

/** Typed action parameters per surface and operation. */
export interface SurfaceParams {
  "tencent-v2": TencentV2Params;
  "tencent-v3": TencentV3Params;
  "aliyun-ecs": AliyunEcsParams;
  "jdcloud-vm": JdcloudVmParams;
}

/** True when `operation` of `surface` moves an ENI (attach, detach, migrate: `OperationInfo.changesState`). */
export function changesState(surface: Surface, operation: string): boolean {
  return SURFACE_MODULES[surface].operations.some((o) => o.operation === operation && o.changesState);
}

/** The module of a surface. */
export function surfaceModule(surface: Surface): SurfaceModule {
  return SURFACE_MODULES[surface];
}

/**
 * The surface a request is meant for, judged by its shape: Tencent v2 by its path, JD by its REST
 * path, Tencent API 3.0 and Aliyun by their action headers, signature schemes and versions.
 */
export function routeRequest(req: WireRequest): SurfaceModule | undefined {
  for (const m of MODULE_LIST) if (m.codec.matches(req)) return m;
  return undefined;
}

/** The modules in SURFACE_MODULES order (routing tries them in it, on every request to an IP host). */
const MODULE_LIST: readonly SurfaceModule[] = Object.values(SURFACE_MODULES);

/** Every header and parameter name some surface holds secret, each once. */
export const SECRET_NAMES: SecretNames = {
  headers: [...new Set(Object.values(SURFACE_MODULES).flatMap((m) => m.secrets.headers))],
  params: [...new Set(Object.values(SURFACE_MODULES).flatMap((m) => m.secrets.params))],
};
