/**
 * The JD Cloud VM surface (REST v1 on vm.jdcloud-api.com; describeNetworkInterface on
 * vpc.jdcloud-api.com): JDCLOUD2/JDCLOUD3 signatures, the `rest-json` codec, the error table.
 */
import { retryAfterSeconds } from "../shared/wire-hints.ts";
import type { SurfaceModule } from "../types.ts";
import { actionOf, codec } from "./codec.ts";
import { REQUEST_ID_HEADER } from "./envelope.ts";
import { errors } from "./errors.ts";
import { operations } from "./operations.ts";
import { secrets, signer } from "./signer.ts";
import { readback, stateCalls } from "./state.ts";

/** Everything the jdcloud-vm surface provides. */
export const jdcloudVm: SurfaceModule = {
  id: "jdcloud-vm",
  signer,
  codec,
  errors,
  operations,
  defaults: { host: "vm.jdcloud-api.com", region: "cn-north-1", requestIdHeader: REQUEST_ID_HEADER },
  // describeNetworkInterface is a VPC operation (its own host in the spec).
  hosts: ["vm.jdcloud-api.com", "vpc.jdcloud-api.com"],
  credentialEnv: { accessKeyId: "JDCLOUD_ACCESS_KEY", secret: "JDCLOUD_SECRET_KEY" },
  actionOf,
  retryAfterMs: retryAfterSeconds,
  secrets,
  readback,
  stateCalls,
};
