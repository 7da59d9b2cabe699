/**
 * Tencent Cloud API 3.0 (vpc.tencentcloudapi.com, version 2017-03-12): the surface module that the
 * client, the simulator and the suites use for the ENI operations.
 */
import { retryAfterSeconds } from "../shared/wire-hints.ts";
import type { SurfaceModule } from "../types.ts";
import { actionOf, codec } from "./codec.ts";
import { errors } from "./errors.ts";
import { operations } from "./operations.ts";
import { secrets, signer } from "./signer.ts";
import { readback, stateCalls } from "./state.ts";

/** The tencent-v3 surface. RequestId travels only in the body, so there is no request-id header. */
export const tencentV3: SurfaceModule = {
  id: "tencent-v3",
  signer,
  codec,
  errors,
  operations,
  defaults: { host: "vpc.tencentcloudapi.com", region: "ap-guangzhou" },
  hosts: ["vpc.tencentcloudapi.com", "vpc.intl.tencentcloudapi.com"],
  credentialEnv: {
    accessKeyId: "TENCENTCLOUD_SECRET_ID",
    secret: "TENCENTCLOUD_SECRET_KEY",
    token: "TENCENTCLOUD_SESSION_TOKEN",
  },
  actionOf,
  retryAfterMs: retryAfterSeconds,
  secrets,
  readback,
  stateCalls,
};
