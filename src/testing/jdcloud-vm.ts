/**
 * Test helpers of the jdcloud-vm surface tests (src/surfaces/jdcloud-vm/): the captured
 * jdcloud-sdk-js requests (src/surfaces/jdcloud-vm/fixtures/, copied from the SDK capture; dummy key
 * AKIDtest/testkey only), a Random whose nonce is fixed, so published vectors can be signed exactly,
 * and a verify context over fixed keys and time; and the signature test vectors (protocols §4.2,
 * "Published vectors"): the JDCLOUD2 vectors of jdcloud-sdk-go-signer `core/Signer_test.go`, the
 * JDCLOUD3 vectors of jdcloud-sdk-python `jdcloud_sdk/core/signer_test.py` (all of them whose path
 * holds no `?`), and the DERIVED JDCLOUD2 attach vector in both wire forms of the custom-verb colon.
 */
import { readFileSync } from "node:fs";
import { fixedClock, type Random } from "../core/clock.ts";
import type { WireRequest } from "../core/wire.ts";
import type { VerifyContext } from "../surfaces/types.ts";

/** One request as the capture server received it. */
export interface CapturedRequest extends WireRequest {
  receivedAt: string;
}

interface CaptureFile {
  scenarios: Record<
    string,
    {
      response: { status: number; headers?: Record<string, string>; body: unknown };
      requests: CapturedRequest[];
    }
  >;
}

/** The capture of jdcloud-sdk-js 1.2.202 calling attachNetworkInterface. */
export const capture: CaptureFile = JSON.parse(
  readFileSync(
    new URL("../surfaces/jdcloud-vm/fixtures/jdcloud-vm-attachNetworkInterface.json", import.meta.url),
    "utf8",
  ),
) as CaptureFile;

/** Every captured request, named `<scenario>#<n>`, as a WireRequest plus its arrival time. */
export const capturedRequests: [string, CapturedRequest][] = Object.entries(capture.scenarios).flatMap(
  ([name, s]) =>
    s.requests.map((r, i): [string, CapturedRequest] => [
      `${name}#${i}`,
      { method: r.method, url: r.url, headers: r.headers, body: r.body, receivedAt: r.receivedAt },
    ]),
);

/** A Random whose uuid() is always `nonce` (the vectors' nonces are not UUIDs). */
export function fixedNonce(nonce: string): Random {
  return { uuid: () => nonce, uint32: () => 0, hex: (n) => "0".repeat(n * 2), float: () => 0 };
}

/** The first captured request (scenario `success`), the base of the one-change refusal rows. */
export const sample: CapturedRequest = (capturedRequests[0] as [string, CapturedRequest])[1];

/** A verify context at `at` that knows the given access keys (and, optionally, a nonce store). */
export function verifyContext(
  at: string | number,
  keys: Record<string, string>,
  extra: Partial<VerifyContext> = {},
): VerifyContext {
  return { lookupSecret: (ak) => keys[ak], clock: fixedClock(at), ...extra };
}

/** Everything needed to sign one vector, and the signature it must give. */
export interface Vector {
  name: string;
  req: WireRequest;
  at: string;
  ak: string;
  sk: string;
  nonce: string;
  scheme?: string;
  /** Explicit scope service; absent = derived from the path, as signer.sign does. */
  service?: string;
  want: string;
}

const goQuery = "?filters.1.name=id&filters.1.values.1=v1&filters.1.values.2=v2";
const go = { at: "2019-02-14T10:45:14Z", ak: "access key", sk: "secret key", nonce: "test nonce" };

function goVector(name: string, method: string, host: string | undefined, want: string): Vector {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (host !== undefined) headers.host = host;
  const req = { method, url: `/v1/region/cn-north-1/test${goQuery}`, headers, body: "this is body" };
  return { name, req, ...go, service: "test", want };
}

function attachVector(name: string, url: string, want: string): Vector {
  const headers = { "content-type": "application/json", host: "vm.jdcloud-api.com" };
  const body = '{"networkInterfaceId":"port-abc","autoDelete":false}';
  return { name, req: { method: "POST", url, headers, body }, ...go, want };
}

function pyVector(name: string, url: string, want: string): Vector {
  const headers = {
    "content-type": "application/json",
    host: "apigw-internal-dev.cn-north-1.jcloudcs.com:8000",
  };
  return {
    name,
    req: { method: "GET", url, headers, body: "" },
    at: "2019-09-17T06:47:08Z",
    ak: "ak",
    sk: "sk",
    nonce: "X-Jdcloud-Nonce",
    scheme: "JDCLOUD3-HMAC-SHA256",
    service: "apigatewaytestproductline",
    want,
  };
}

const py = "/v1/regions/cn-north-1/instances";
const attach = "/v1/regions/cn-north-1/instances/i-abc";
const encodedPath =
  "/v1/regions/cn-north-1/instances/%20/%60%21%40%23%24%25%5E%26%2A%28%29%3D%2B/0123456789/" +
  "%5B%5D%5C%5C%3B%27%2C%3C%3E%3F%3A%5C%22%7B%7D%7C/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~%3AGET";

/** Every vector, in the order protocols §4.2 lists them. */
export const VECTORS: Vector[] = [
  goVector(
    "go-signer POST with body",
    "POST",
    "test.cn-north-1.jdcloud-api.net",
    "ab7f411c1af4d3938f69a24539572418fa4dcdb40e3c0dd4aa329fbca091688e",
  ),
  goVector(
    "go-signer PATCH without host",
    "PATCH",
    undefined,
    "1912eba02012ce6eb482302bae29cfa8e721ad66c188c533f9070e69aad2c896",
  ),
  pyVector("python v3 path null", "", "44c5ec30b6185516986ae171d8276552bc0f37f6a536a44e4f578958fc1c12be"),
  attachVector(
    "derived attach, literal colon",
    `${attach}:attachNetworkInterface`,
    "bc0f01f46d350e36b5185c50d3c68ea48141547618c3c038d50a894f50ea743d",
  ),
  attachVector(
    "derived attach, %3A",
    `${attach}%3AattachNetworkInterface`,
    "a4af9d7b375bcf5a257244a850d146fe0498b9c5f1fced6498c5e255a513277c",
  ),
  pyVector(
    "python v3 path chinese",
    `${py}/中文:GET`,
    "936ed2dcb6fb4271ad640e0f46f1fe61763a0bad8bb4f4eb1224261f969612fa",
  ),
  pyVector(
    "python v3 path without slash",
    "v1",
    "92cd3ed582c13af58b4c81ddad150c350e656c6cc9e78ec154d7385e499b91b6",
  ),
  pyVector(
    "python v3 path end slash",
    "v1/",
    "035689ae2ce6a3603928ac3d60a6d2fbfb550d33c5da983342a6356419ccd914",
  ),
  pyVector(
    "python v3 path encoded",
    encodedPath,
    "027b5bbd35956b84b8773eb450c0405cb4e424eab13f64828926ee41838c48d0",
  ),
  pyVector(
    "python v3 path encoded slashes",
    "%2Fv1%2Fregions%2F%2F%2Fcn-north-1%2Finstances",
    "33df199719f9edc6de860e6b53c61d4824e1f389e6030fd37ddc977fda29e467",
  ),
  pyVector(
    "python v3 path wrong escapes",
    "/v1/%2/%2f/%2b%f",
    "6610271450ea321baab326f8debc51a2e4dd7e73b04200275a1d9b3897045caf",
  ),
  pyVector(
    "python v3 path plus and space",
    "/v1%2Fregions/cn-north-1%2F%2F%2Finstances/ + /+/ +/+ /%2B%20%2B%2F%2F",
    "7286237483a7fcc51ff7621c9a5c586a0ec85fd06cbf91c20adde2ec3b5e4d97",
  ),
  pyVector(
    "python v3 query null key",
    `${py}?=a&a=a`,
    "43efb5fb00e86faf35d8bf0bed3b72e84cfc98ee4754065e29c3caa7bcaa12cb",
  ),
  pyVector(
    "python v3 query repeated",
    `${py}?aa=aa&aa%3Daa=&aa=aa%3D&aa=&aa=aaa&aaa=aaa&aaa=aa&aaa=a&ab=aa&ab=aa&cc=&cc=&bb=aa&bb=`,
    "8ccc3c9af11e964b3c5d6020d2af49e97e27fbb23e2b8f57bdc84815e471d54b",
  ),
  pyVector(
    "python v3 query part-encoded",
    `${py}? =blank&%20=blank&+= 2&%2b= 1&blank= &blank=+&blank=%20`,
    "78c0a4db84050d773533c78c1a0f73bf974faf5df881e39b18c3e0de8110324e",
  ),
  pyVector(
    "python v3 query wrong escapes",
    `${py}? =blank&%2=blank&+=jia0&%2b=jia1&%2B=jia2&blank= %2b%2f%2/&blank=+&%2/blank=%0%f`,
    "972987a6f95be456935cde8be8f106114e2ad27465a507644e61f021a98a7218",
  ),
];
