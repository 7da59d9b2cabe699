/**
 * The signature diagnosis of Alibaba Cloud ECS: ACS3-HMAC-SHA256 (the canonical request over the
 * signed headers, whose payload hash is the `x-acs-content-sha256` the request declares) and
 * signature V1 (HMAC-SHA1 over the sorted parameters), from surfaces/aliyun-ecs/canonical.ts.
 */
import { sha256Hex } from "../../../core/crypto.ts";
import { rawPath, type WireRequest } from "../../../core/wire.ts";
import {
  ACS3,
  type Acs3Authorization,
  acs3CanonicalRequest,
  acs3Signature,
  parseAcs3Authorization,
  parseIsoSeconds,
  V1,
  v1Signature,
  v1StringToSign,
} from "../../../surfaces/aliyun-ecs/canonical.ts";
import { claimedScheme, first, readPairs } from "../../../surfaces/aliyun-ecs/wire-params.ts";
import { declaredHashSummary, type Explainer } from "../../diagnose/explainer.ts";

function acs3Of(req: WireRequest): Acs3Authorization | undefined {
  const header = req.headers.authorization;
  return header === undefined ? undefined : parseAcs3Authorization(header);
}

function acs3Canonical(req: WireRequest, auth: Acs3Authorization): string | undefined {
  const query = readPairs(req)?.query;
  return (
    query &&
    acs3CanonicalRequest({
      method: req.method,
      path: rawPath(req.url),
      query,
      headers: req.headers,
      signedHeaders: auth.signedHeaders,
      payloadHash: req.headers["x-acs-content-sha256"] ?? "",
    })
  );
}

/** The V1 parameters (query and form body), when the request is V1-signed. */
function v1Pairs(req: WireRequest): [string, string][] | undefined {
  const pairs = readPairs(req);
  if (claimedScheme(req, pairs) !== "v1" || !pairs) return undefined;
  return [...pairs.query, ...pairs.form];
}

export const aliyunExplainer: Explainer = {
  read(req) {
    const v1 = v1Pairs(req);
    if (v1) {
      const id = first(v1, "AccessKeyId");
      const signature = first(v1, "Signature");
      const time = parseIsoSeconds(first(v1, "Timestamp") ?? "");
      if (!id || !signature) return undefined;
      return { scheme: V1, accessKeyId: id, signature, ...(time === undefined ? {} : { time }) };
    }
    const auth = acs3Of(req);
    if (!auth) return undefined;
    const time = parseIsoSeconds(req.headers["x-acs-date"] ?? "");
    return {
      scheme: ACS3,
      accessKeyId: auth.accessKeyId,
      signature: auth.signature,
      ...(time === undefined ? {} : { time }),
    };
  },
  computed(req) {
    const v1 = v1Pairs(req);
    if (v1) return { stringToSign: v1StringToSign(req.method, v1), signedHeaders: [] };
    const auth = acs3Of(req);
    const canonical = auth && acs3Canonical(req, auth);
    if (!auth || canonical === undefined) return undefined;
    return {
      canonicalRequest: canonical,
      stringToSign: `${ACS3}\n${sha256Hex(canonical)}`,
      signedHeaders: [...auth.signedHeaders],
      hashedPayload: req.headers["x-acs-content-sha256"] ?? "",
    };
  },
  signatures(req, secret) {
    const v1 = v1Pairs(req);
    if (v1) return [v1Signature(secret, v1StringToSign(req.method, v1))];
    const auth = acs3Of(req);
    const canonical = auth && acs3Canonical(req, auth);
    return canonical === undefined ? [] : [acs3Signature(secret, canonical)];
  },
  notes(req) {
    const declared = req.headers["x-acs-content-sha256"];
    if (v1Pairs(req) || declared === undefined || declared === sha256Hex(req.body)) return undefined;
    return { cause: "body-hash", summary: declaredHashSummary("x-acs-content-sha256", declared, req.body) };
  },
};
