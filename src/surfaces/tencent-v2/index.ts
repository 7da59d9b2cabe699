/**
 * The Tencent Cloud legacy v2 surface (`vpc.api.qcloud.com/v2/index.php`): HmacSHA1/HmacSHA256
 * signed GET or POST-form requests, HTTP 200 answers with `code`/`codeDesc` (protocols.md §1).
 */
import { retryAfterSeconds } from "../shared/wire-hints.ts";
import type { SurfaceModule } from "../types.ts";
import { actionOf, codec } from "./codec.ts";
import { errors } from "./errors.ts";
import { operations } from "./operations.ts";
import { secrets, signer } from "./signer.ts";
import { readback, stateCalls } from "./state.ts";

/**
 * The tencent-v2 surface module. Default region `gz`: the legacy short code of the common-parameter
 * table (protocols.md §1.1); the long form `ap-guangzhou` is accepted too. There is no request-id
 * header (protocols.md §1.4 envelopes carry none).
 */
export const tencentV2: SurfaceModule = {
  id: "tencent-v2",
  signer,
  codec,
  errors,
  operations,
  defaults: { host: "vpc.api.qcloud.com", region: "gz" },
  hosts: ["vpc.api.qcloud.com"],
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
