/**
 * The simulator adapter of Tencent Cloud API 3.0 (002 and its companion pages): the Tencent world it
 * shares with the legacy v2 API, how that world spells ids, regions, zones and instance types, the
 * task id that names no task, request ids (UUIDs, also the task ids) and the fallback row. Serving
 * is in serve.ts, the answers' shapes in render.ts.
 */
import type { WorldStyle } from "../../../model/seed.ts";
import type { SimAdapter } from "../../adapter.ts";
import { tc3Explainer } from "./explain.ts";
import { vary } from "./render.ts";
import { serve } from "./serve.ts";

/** A well-formed task id (a UUID) that names no task. */
const MISSING_TASK = "00000000-0000-4000-8000-000000000000";

/**
 * The Tencent world (tencent-v2 shares it): `ins-` and `eni-` ids with 8
 * random characters, Guangzhou with zones 3 and 4, instance type names of the CVM families.
 */
export const TENCENT_WORLD: WorldStyle = {
  ids: {
    length: 8,
    prefix: { eni: "eni", instance: "ins", vpc: "vpc", subnet: "subnet", sg: "sg", eip: "eip" },
  },
  region: "ap-guangzhou",
  zones: ["ap-guangzhou-3", "ap-guangzhou-4"],
  unknownRegion: "ap-atlantis",
  types: { standard: "S5.LARGE8", small: "S5.SMALL1", burstable: "T2.MEDIUM4", noEni: "BMS5.24XLARGE384" },
};

/** The tencent-v3 simulator adapter. */
export const tencentV3Adapter: SimAdapter = {
  explainer: tc3Explainer,
  surface: "tencent-v3",
  cloud: "tencent",
  worldStyle: TENCENT_WORLD,
  fallbackRow: "002/UnsupportedOperation",
  // One region per world, under its own name only.
  regionNames: (world) => [world.region],
  requestId: (random) => random.uuid(),
  fixtures: (world) => ({ ...world.roles, "task.missing": MISSING_TASK }),
  accepted: () => ({}),
  serve,
  vary,
};
