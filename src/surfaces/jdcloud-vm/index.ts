/**
 * The JD Cloud VM surface (REST v1 on vm.jdcloud-api.com; describeNetworkInterface on
 * vpc.jdcloud-api.com): JDCLOUD2/JDCLOUD3 signatures, the `rest-json` codec, the error table.
 */
import type { SurfaceModule } from "../types.ts";
import { codec } from "./codec.ts";
import { REQUEST_ID_HEADER } from "./envelope.ts";
import { errors } from "./errors.ts";
import { operations } from "./operations.ts";
import { signer } from "./signer.ts";

/** Everything the jdcloud-vm surface provides. */
export const jdcloudVm: SurfaceModule = {
  id: "jdcloud-vm",
  signer,
  codec,
  errors,
  operations,
  defaults: { host: "vm.jdcloud-api.com", region: "cn-north-1", requestIdHeader: REQUEST_ID_HEADER },
  credentialEnv: { accessKeyId: "JDCLOUD_ACCESS_KEY", secret: "JDCLOUD_SECRET_KEY" },
};
