/**
 * The library in ten lines: start the simulator in this process, ask its control plane for fixture
 * ids, and call it with the signed client — an accepted attach, and the documented refusal of a
 * missing ENI, returned as a value (never thrown).
 *
 * Run it in a project that installed the package: `npx tsx simulator-and-client.ts` (or compile it).
 */
import { createClient, startSimulator } from "eni-conformance";

const sim = await startSimulator(); // 127.0.0.1, a free port, the test account AKIDtest / testkey
try {
  const { region, roles } = await sim.control.fixtures("tencent-v3");
  const client = createClient({
    surface: "tencent-v3",
    baseUrl: sim.url,
    credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
    region,
  });
  const instance = roles["instance.running"] ?? "";
  const attached = await client.call("AttachNetworkInterface", {
    NetworkInterfaceId: roles["eni.available"] ?? "",
    InstanceId: instance,
  });
  if (!("data" in attached)) throw new Error(`the attach was refused: ${JSON.stringify(attached)}`);
  const missing = await client.call("AttachNetworkInterface", {
    NetworkInterfaceId: "eni-00000000",
    InstanceId: instance,
  });
  if (!("error" in missing)) throw new Error("an ENI that does not exist was attached");
  console.log(`attached (request ${attached.requestId}); a missing ENI: ${missing.error.code}`);
} finally {
  await sim.close();
}
