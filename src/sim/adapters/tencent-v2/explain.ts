/**
 * The signature diagnosis of Tencent Cloud's legacy v2 signature (HmacSHA1, HmacSHA256): the
 * source string the verifier signs (METHOD + Host + path + `?` + the sorted parameters,
 * surfaces/tencent-v2/canonical.ts). Only the Host header takes part.
 */
import { rawPath, type WireRequest } from "../../../core/wire.ts";
import {
  hashFor,
  type Pairs,
  paramValue,
  requestParams,
  signatureOf,
  sourceString,
} from "../../../surfaces/tencent-v2/canonical.ts";
import type { Explainer } from "../../diagnose/explainer.ts";

function pairsOf(req: WireRequest): Pairs | undefined {
  const read = requestParams(req);
  return read.ok ? read.pairs : undefined;
}

function source(req: WireRequest, pairs: Pairs): string {
  return sourceString(req.method, req.headers.host ?? "", rawPath(req.url), pairs);
}

export const tencentV2Explainer: Explainer = {
  read(req) {
    const pairs = pairsOf(req);
    const id = pairs && paramValue(pairs, "SecretId");
    const signature = pairs && paramValue(pairs, "Signature");
    if (!pairs || !id || !signature) return undefined;
    const ts = paramValue(pairs, "Timestamp") ?? "";
    const hash = hashFor(paramValue(pairs, "SignatureMethod"));
    return {
      scheme: hash === "sha256" ? "HmacSHA256" : "HmacSHA1",
      accessKeyId: id,
      signature,
      ...(/^\d{1,12}$/.test(ts) ? { time: Number(ts) * 1000 } : {}),
    };
  },
  computed(req) {
    const pairs = pairsOf(req);
    return pairs && { stringToSign: source(req, pairs), signedHeaders: ["host"] };
  },
  signatures(req, secret) {
    const pairs = pairsOf(req);
    if (!pairs) return [];
    return [signatureOf(secret, source(req, pairs), hashFor(paramValue(pairs, "SignatureMethod")))];
  },
};
