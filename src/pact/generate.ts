/**
 * Writes one Pact V4 file per surface (`eni-conformance-<surface>.json`) with pact-js's PactV4
 * builder: every interaction of `buildInteractions` is registered and then exercised once against
 * pact's own mock server with the concrete request our codec and signer produced, so a pact is only
 * written when its matchers accept the real wire request of the cloud.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Client } from "undici";
import { send } from "../client/transport.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { addInteraction, matchBooked, type PactV4Like } from "./consumer.ts";
import { buildInteractions, type InteractionDef, type LeftOut } from "./interactions.ts";
import { loadPact } from "./pact-lib.ts";

/** The consumer name of every generated pact. */
const CONSUMER = "eni-conformance";

/** The pact file of a surface inside `dir`. */
export function pactFile(dir: string, surface: Surface): string {
  return join(dir, `${CONSUMER}-${surface}.json`);
}

/** What was written for one surface. */
export interface GeneratedPact {
  surface: Surface;
  file: string;
  interactions: number;
  leftOut: LeftOut[];
}

/** Generate the pact of each surface into `dir` (replacing an older file of the same surface). */
export async function generatePacts(surfaces: readonly Surface[], dir: string): Promise<GeneratedPact[]> {
  const { PactV4 } = await loadPact();
  mkdirSync(dir, { recursive: true });
  const out: GeneratedPact[] = [];
  for (const surface of surfaces) {
    const { interactions, leftOut } = await buildInteractions(surface);
    const file = pactFile(dir, surface);
    // pact-js merges into an existing file; a fresh generation must not keep stale interactions.
    if (existsSync(file)) rmSync(file);
    const pact = new PactV4({ consumer: CONSUMER, provider: surface, dir, logLevel: "error" });
    for (const def of interactions) await writeInteraction(pact, def);
    if (!existsSync(file)) throw new SuiteError("ENIC_INTERNAL", `pact-js wrote no ${file}`);
    out.push({ surface, file, interactions: interactions.length, leftOut });
  }
  return out;
}

async function writeInteraction(pact: PactV4Like, def: InteractionDef): Promise<void> {
  await addInteraction(pact, def).executeTest(async (mock) => {
    const client = new Client(mock.url);
    try {
      const res = await send(mock.url, def.concrete, { timeoutMs: 10_000, dispatcher: client });
      if (res.status >= 500 && /mismatch|expected|unexpected/i.test(res.body)) {
        throw new SuiteError(
          "ENIC_INTERNAL",
          `${def.meta.id}: the pact does not match its own request: ${res.body}`,
        );
      }
      // The mock server books a match just after it answers; wait for the booking before pact-js
      // reads it, or a matched request can be reported as "not received".
      await matchBooked(pact, mock.port);
    } finally {
      await client.close();
    }
  });
}
