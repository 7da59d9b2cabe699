/**
 * The simulator adapter of JD Cloud VM (004 and its companion pages; protocols §4.4): how the JD
 * world spells ids (`port-` ENIs, `fip-` elastic IPs), regions, zones and instance types, the
 * fixture roles (no task role: JD has no task API), request ids and the fallback row. Serving is in
 * serve.ts, the answers' shapes in render.ts.
 */
import type { Random } from "../../../core/clock.ts";
import type { WorldStyle } from "../../../model/seed.ts";
import type { SimAdapter } from "../../adapter.ts";
import { jdcloudExplainer } from "./explain.ts";
import { vary } from "./render.ts";
import { serve } from "./serve.ts";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const ALPHABET_CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** The character codes of the id being drawn (one array, reused: drawing is synchronous). */
const drawn: number[] = new Array(32).fill(0);

/** A JD request id: 32 lower-case letters or digits (004, Response parameters; spec RequestId). */
function jdRequestId(random: Random): string {
  // One string made from 32 codes, not 32 concatenations (the same draws, the same id).
  for (let i = 0; i < 32; i++) drawn[i] = ALPHABET_CODES[random.uint32() % ALPHABET_CODES.length] as number;
  return String.fromCharCode(...drawn);
}

/**
 * The JD world: `i-` instances and `port-` ENIs with 10 random characters, `fip-` elastic IPs,
 * North China 1 with zones a and b, instance type names of the VM families.
 */
const JDCLOUD_WORLD: WorldStyle = {
  ids: {
    length: 10,
    prefix: { eni: "port", instance: "i", vpc: "vpc", subnet: "subnet", sg: "sg", eip: "fip" },
  },
  region: "cn-north-1",
  zones: ["cn-north-1a", "cn-north-1b"],
  unknownRegion: "cn-atlantis-1",
  types: { standard: "g.n2.large", small: "g.n2.small", burstable: "t.n1.medium", noEni: "bm.n1.large" },
};

/** The jdcloud-vm simulator adapter. */
export const jdcloudVmAdapter: SimAdapter = {
  explainer: jdcloudExplainer,
  surface: "jdcloud-vm",
  cloud: "jdcloud",
  worldStyle: JDCLOUD_WORLD,
  /**
   * For rules 004 states without a return code: eni.same-vpc (API notes item 4; F-041, errorRows
   * empty). Every precondition of 004's API notes that has a code is a FAILED_PRECONDITION (HTTP
   * 400) row, so a VPC mismatch most plausibly is one too; of those rows, "No NetworkInterface
   * permissions." is the one about the ENI not being usable where it is asked for: the model itself
   * reads an ENI outside the VPC a request names as not found there (transitions `lookup`), and the
   * contract already answers a not-found ENI with this row (eni.exists, F-042). Primary ENIs
   * (F-040) do not reach the fallback: rule eni.primary-not-attachable names the attached-elsewhere row.
   */
  fallbackRow: "004/FAILED_PRECONDITION~no-permission",
  // One region per world, under its own name only.
  regionNames: (world) => [world.region],
  requestId: jdRequestId,
  // No JD-specific roles: JD has no task id to spell (protocols §4.4), the world holds every other.
  fixtures: (world) => ({ ...world.roles }),
  accepted: () => ({}),
  serve,
  vary,
};
