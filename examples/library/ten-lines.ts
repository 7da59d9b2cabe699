/**
 * The README's "API in ten lines" (section "Install in your project"), kept as a file so that the
 * consumer test type-checks and runs it against the packed package (src/cli/package.test.ts also
 * checks that the README shows exactly this code).
 */
import { createClient, runConformance, startSimulator } from "eni-conformance";

const sim = await startSimulator(); // 127.0.0.1, a free port, account AKIDtest / testkey
const { region, roles } = await sim.control.fixtures("tencent-v3"); // the control plane, typed
const client = createClient({
  surface: "tencent-v3",
  baseUrl: sim.url,
  region,
  credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
});
const res = await client.call("AttachNetworkInterface", {
  NetworkInterfaceId: "eni-00000000",
  InstanceId: roles["instance.running"] ?? "",
});
if ("error" in res) console.log(res.error.code); // ResourceNotFound: vendor errors are values
await sim.close();
const report = await runConformance({ surfaces: ["tencent-v3"], runs: 1 }); // the canonical report.json
console.log(report.summary); // { passed, failed, skipped, errored, total }
