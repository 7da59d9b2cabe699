/**
 * The generated interactions in a consumer test: `addInteraction` registers one interaction (states,
 * request template with its matchers, expected response) on a pact-js `PactV4`, so an SDK's own
 * test can run the SDK against pact's mock server — which accepts the SDK's freshly signed request
 * by format and answers with the documented response — and write the pact the provider verifies.
 * The pact generator uses the same function.
 */
import type { InteractionDef } from "./interactions.ts";
import type { loadPact } from "./pact-lib.ts";

/** A pact-js PactV4 (the class comes from `loadPact()`, which switches tracking off first). */
export type PactV4Like = InstanceType<Awaited<ReturnType<typeof loadPact>>["PactV4"]>;

type Unconfigured = ReturnType<PactV4Like["addInteraction"]>;
type RequestBuilder = Parameters<NonNullable<Parameters<Unconfigured["withRequest"]>[2]>>[0];
type Configured = ReturnType<ReturnType<Unconfigured["withRequest"]>["willRespondWith"]>;

/**
 * Register `def` (from {@link buildInteractions}) on a pact-js `PactV4`; call `.executeTest(fn)` on
 * the result to run your client against pact's mock server. Needs `@pact-foundation/pact`, an
 * optional peer dependency; set `PACT_DO_NOT_TRACK=true` before loading it.
 *
 * @example
 * ```ts
 * const { PactV4 } = await import("@pact-foundation/pact");
 * const pact = new PactV4({ consumer: "my-sdk", provider: "tencent-v3", dir: "pacts" });
 * await addInteraction(pact, missingEni).executeTest(async (mock) => {
 *   // your SDK against mock.url: it must surface the documented code (ResourceNotFound)
 * }); // the whole test: examples/library/pact-consumer.ts
 * ```
 */
export function addInteraction(pact: PactV4Like, def: InteractionDef): Configured {
  let builder = pact.addInteraction();
  for (const s of def.states) builder = builder.given(s.name, s.params as never);
  builder = builder.uponReceiving(def.description).testName(def.meta.id);
  for (const c of def.comments) builder = builder.comment(c);
  builder = builder.comment({ key: "eni-conformance", value: JSON.stringify(def.meta) });
  const { request, response } = def;
  return builder
    .withRequest(request.method, request.path as never, (b: RequestBuilder) => {
      if (Object.keys(request.query).length > 0) b.query(request.query as never);
      const { "content-type": contentType, ...headers } = request.headers;
      if (Object.keys(headers).length > 0) b.headers(headers as never);
      if (request.jsonBody !== undefined) b.jsonBody(request.jsonBody);
      else if (contentType !== undefined) b.headers({ "content-type": contentType as never });
    })
    .willRespondWith(response.status as never, (b) => {
      b.headers(response.headers as never);
      b.jsonBody(response.jsonBody);
    });
}

/**
 * Wait until pact's mock server on `port` has booked its expected requests as matched: it books a
 * match just after answering, and pact-js reads the bookings as soon as the test function returns,
 * so a matched request could otherwise be reported as "not received".
 */
export async function matchBooked(pact: PactV4Like, port: number, timeoutMs = 2000): Promise<void> {
  const core = (pact as unknown as { pact: { mockServerMatchedSuccessfully(port: number): boolean } }).pact;
  for (let waited = 0; waited < timeoutMs && !core.mockServerMatchedSuccessfully(port); waited += 10) {
    await new Promise((r) => setTimeout(r, 10));
  }
}
