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
import { buildInteractions, type InteractionDef, type LeftOut } from "./interactions.ts";
import { loadPact } from "./pact-lib.ts";

/** The consumer name of every generated pact. */
export const CONSUMER = "eni-conformance";

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

type PactV4Type = InstanceType<Awaited<ReturnType<typeof loadPact>>["PactV4"]>;
type Template = Parameters<
  Parameters<ReturnType<PactV4Type["addInteraction"]>["withRequest"]>[2] & object
>[0];

async function writeInteraction(pact: PactV4Type, def: InteractionDef): Promise<void> {
  let builder = pact.addInteraction();
  for (const s of def.states) builder = builder.given(s.name, s.params as never);
  builder = builder.uponReceiving(def.description).testName(def.meta.id);
  for (const c of def.comments) builder = builder.comment(c);
  builder = builder.comment({ key: "eni-conformance", value: JSON.stringify(def.meta) });
  const { request, response } = def;
  await builder
    .withRequest(request.method, request.path as never, (b: Template) => {
      if (Object.keys(request.query).length > 0) b.query(request.query as never);
      const { "content-type": contentType, ...headers } = request.headers;
      if (Object.keys(headers).length > 0) b.headers(headers as never);
      if (request.jsonBody !== undefined) b.jsonBody(request.jsonBody);
      else if (contentType !== undefined) b.headers({ "content-type": contentType as never });
    })
    .willRespondWith(response.status as never, (b) => {
      b.headers(response.headers as never);
      b.jsonBody(response.jsonBody);
    })
    .executeTest(async (mock) => {
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
        const core = (pact as unknown as { pact: { mockServerMatchedSuccessfully(port: number): boolean } })
          .pact;
        for (let i = 0; i < 200 && !core.mockServerMatchedSuccessfully(mock.port); i++) {
          await new Promise((r) => setTimeout(r, 10));
        }
      } finally {
        await client.close();
      }
    });
}
