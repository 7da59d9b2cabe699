/**
 * The Alibaba Cloud ECS RPC surface (ecs.aliyuncs.com, Version 2014-05-26): ACS3 and signature V1
 * signing, the four wire forms of the official clients, JSON envelopes with 4xx/5xx errors.
 */
import type { SurfaceModule } from "../types.ts";
import { actionOf, codec } from "./codec.ts";
import { REQUEST_ID_HEADER } from "./envelope.ts";
import { errors, retryAfterMs } from "./errors.ts";
import { operations } from "./operations.ts";
import { secrets, signer } from "./signer.ts";
import { readback, stateCalls } from "./state.ts";

/** Everything the ECS surface provides. */
export const aliyunEcs: SurfaceModule = {
  id: "aliyun-ecs",
  signer,
  codec,
  errors,
  operations,
  defaults: { host: "ecs.aliyuncs.com", region: "cn-hangzhou", requestIdHeader: REQUEST_ID_HEADER },
  hosts: ["ecs.aliyuncs.com"],
  credentialEnv: {
    accessKeyId: "ALIBABA_CLOUD_ACCESS_KEY_ID",
    secret: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    token: "ALIBABA_CLOUD_SECURITY_TOKEN",
  },
  actionOf,
  retryAfterMs: retryAfterMs,
  secrets,
  readback,
  stateCalls,
};
