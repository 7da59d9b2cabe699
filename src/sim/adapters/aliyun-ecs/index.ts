/**
 * The simulator adapter of Alibaba Cloud ECS (003 and protocols.md §3.5–§3.7): how the Aliyun world
 * spells ids, regions, zones and instance types, the fixture roles (no task role: ECS has no task
 * ids), request ids (upper-case UUIDs, 003's examples) and the fallback row. Serving is in serve.ts,
 * the answers' shapes in render.ts.
 */
import type { WorldStyle } from "../../../model/seed.ts";
import type { SimAdapter } from "../../adapter.ts";
import { aliyunExplainer } from "./explain.ts";
import { vary } from "./render.ts";
import { accepted, serve } from "./serve.ts";

/**
 * The Aliyun world: `i-` instances and `vsw-` VSwitches with 20 random characters, Hangzhou with
 * zones h and i, instance type names of the ECS families.
 */
const ALIYUN_WORLD: WorldStyle = {
  ids: {
    length: 20,
    prefix: { eni: "eni", instance: "i", vpc: "vpc", subnet: "vsw", sg: "sg", eip: "eip" },
  },
  region: "cn-hangzhou",
  zones: ["cn-hangzhou-h", "cn-hangzhou-i"],
  unknownRegion: "cn-atlantis",
  types: {
    standard: "ecs.g6.large",
    small: "ecs.g6.small",
    burstable: "ecs.t5-lc1m2.large",
    noEni: "ecs.ebmg6.26xlarge",
  },
};

/** The aliyun-ecs simulator adapter. */
export const aliyunEcsAdapter: SimAdapter = {
  explainer: aliyunExplainer,
  surface: "aliyun-ecs",
  cloud: "aliyun",
  worldStyle: ALIYUN_WORLD,
  /**
   * Rules 003 states without an error code: the two missing-error-code findings of this surface
   * (F-028 stopped-only families, F-030 instances running since before April 2018) are both instance
   * preconditions, and F-028's resolution answers InvalidOperation.InvalidEcsState ("the operation is
   * not supported in the instance's current state", HTTP 400), the table's generic precondition row.
   * The same row answers any other rule the document states without a code.
   */
  fallbackRow: "003/InvalidOperation.InvalidEcsState",
  // One region per world, under its own name only.
  regionNames: (world) => [world.region],
  requestId: (random) => random.uuid().toUpperCase(),
  // ECS has no task ids (protocols.md §3.6), so no `task.missing` role: the world's roles are all.
  fixtures: (world) => ({ ...world.roles }),
  accepted,
  serve,
  vary,
};
