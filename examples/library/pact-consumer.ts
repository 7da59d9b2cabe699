/**
 * A consumer test with the generated pact interactions: register the documented "missing ENI" case
 * on pact's mock server and check that a client (here this package's own; in your test, your SDK)
 * gets the documented code. Needs `@pact-foundation/pact` (an optional peer dependency).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addInteraction, buildInteractions, createClient, reify } from "eni-conformance";

process.env.PACT_DO_NOT_TRACK = "true"; // before pact is loaded: nothing leaves the machine
const { PactV4 } = await import("@pact-foundation/pact");

const { interactions } = await buildInteractions("tencent-v3");
const missingEni = interactions.find((i) => i.meta.id === "tencent-v3/eni.exists#1");
if (!missingEni) throw new Error("no interaction tencent-v3/eni.exists#1");
const dir = mkdtempSync(join(tmpdir(), "pacts-"));
const pact = new PactV4({ consumer: "my-sdk", provider: "tencent-v3", dir, logLevel: "error" });
await addInteraction(pact, missingEni).executeTest(async (mock) => {
  const client = createClient({
    surface: "tencent-v3",
    baseUrl: mock.url,
    credentials: { accessKeyId: "AKIDconsumer", secret: "consumer-secret" },
    region: String(reify(missingEni.request.headers["x-tc-region"])),
  });
  const params = reify(missingEni.request.jsonBody) as { NetworkInterfaceId: string; InstanceId: string };
  const result = await client.call("AttachNetworkInterface", params);
  if (!("error" in result)) throw new Error("the missing ENI was attached");
  console.log(`the pact's answer to a missing ENI: ${result.error.code}`);
});
