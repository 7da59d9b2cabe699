/**
 * Tencent Cloud API 3.0 (vpc.tencentcloudapi.com, version 2017-03-12): the surface module that the
 * client, the simulator and the suites use for the ENI operations.
 */
import type { SurfaceModule } from "../types.ts";
import { codec } from "./codec.ts";
import { errors } from "./errors.ts";
import { operations } from "./operations.ts";
import { signer } from "./signer.ts";

/** The tencent-v3 surface. RequestId travels only in the body, so there is no request-id header. */
export const tencentV3: SurfaceModule = {
  id: "tencent-v3",
  signer,
  codec,
  errors,
  operations,
  defaults: { host: "vpc.tencentcloudapi.com", region: "ap-guangzhou" },
  credentialEnv: {
    accessKeyId: "TENCENTCLOUD_SECRET_ID",
    secret: "TENCENTCLOUD_SECRET_KEY",
    token: "TENCENTCLOUD_SESSION_TOKEN",
  },
};
