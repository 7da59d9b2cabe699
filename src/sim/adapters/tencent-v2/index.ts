/**
 * The simulator adapter of the Tencent Cloud legacy v2 API (protocols.md §1): the Tencent world it
 * shares with API 3.0 (so an ENI bound through one shows bound through the other), how that world
 * spells ids, regions, zones and instance types, the task id that names no task, request ids, and
 * the fallback row. Serving is in serve.ts, the answers' shapes in render.ts.
 */
import type { SimAdapter } from "../../adapter.ts";
// One Tencent world for both APIs: API 3.0's adapter spells it.
import { TENCENT_WORLD } from "../tencent-v3/index.ts";
import { tencentV2Explainer } from "./explain.ts";
import { regionNames, vary } from "./render.ts";
import { accepted, MISSING_TASK, serve } from "./serve.ts";

/** The tencent-v2 simulator adapter. */
export const tencentV2Adapter: SimAdapter = {
  explainer: tencentV2Explainer,
  surface: "tencent-v2",
  cloud: "tencent",
  worldStyle: TENCENT_WORLD,
  /**
   * The rules v2 documents without a code (instance state F-012, zone and VPC F-013, migrating a
   * primary ENI F-014, the ENI limit F-015, detaching a primary ENI F-016, and an unknown taskId of
   * DescribeVpcTaskResult, which documents no code at all) answer the common 4000 "invalid request
   * parameter, details in message": protocols.md §1.4's own error example pairs 4000 with a
   * business refusal (`(100004)projectIdIncorrect`), it is not retryable, and every business row
   * names a cause that would mislead (NotFound says the resource is missing, AlreadyAssociated that
   * the ENI is bound — false for a zone mismatch or a full instance); 6000/6100/4400 are server,
   * action and throttling failures a client would retry or misread.
   */
  fallbackRow: "tencent-v2/4000",
  // The world's region by its long name or its legacy short code (`gz`, protocols.md §1.1).
  regionNames,
  // v2 answers carry no request id (protocols.md §1.4); this one is only the simulator's own.
  requestId: (random) => random.uuid(),
  fixtures: (world) => ({ ...world.roles, "task.missing": MISSING_TASK }),
  accepted,
  serve,
  vary,
};
