/**
 * The signature diagnosis of JD Cloud (JDCLOUD2/JDCLOUD3-HMAC-SHA256): the canonical request over
 * the headers the Authorization names and the path as sent (JDCLOUD2: `:` and `%3A` differ), the
 * string to sign and the scope `date/region/service/terminator` (surfaces/jdcloud-vm/canonical.ts).
 */
import { sha256Hex } from "../../../core/crypto.ts";
import { rawPath, type WireRequest } from "../../../core/wire.ts";
import { type ParsedAuthorization, parseAuthorization } from "../../../surfaces/jdcloud-vm/authorization.ts";
import {
  algorithmOf,
  canonicalRequest,
  computeSignature,
  parseJdDate,
  terminatorOf,
} from "../../../surfaces/jdcloud-vm/canonical.ts";
import { route } from "../../../surfaces/jdcloud-vm/routes.ts";
import { declaredHashSummary, type Explainer } from "../../diagnose/explainer.ts";

function authOf(req: WireRequest): ParsedAuthorization | undefined {
  const header = req.headers.authorization;
  const auth = header === undefined ? undefined : parseAuthorization(header);
  return auth && !("problem" in auth) ? auth : undefined;
}

function scopeOf(auth: ParsedAuthorization, service: string): string {
  return `${auth.date}/${auth.region}/${service}/${terminatorOf(auth.version)}`;
}

export const jdcloudExplainer: Explainer = {
  read(req) {
    const auth = authOf(req);
    if (!auth) return undefined;
    const time = parseJdDate(req.headers["x-jdcloud-date"] ?? "");
    return {
      scheme: algorithmOf(auth.version),
      accessKeyId: auth.accessKeyId,
      signature: auth.signature,
      ...(time === undefined ? {} : { time }),
    };
  },
  computed(req) {
    const auth = authOf(req);
    const canonical = auth && canonicalRequest(auth.version, req, auth.signedHeaders);
    if (!auth || canonical === undefined) return undefined;
    const scope = scopeOf(auth, auth.service);
    return {
      canonicalRequest: canonical,
      stringToSign: [
        algorithmOf(auth.version),
        req.headers["x-jdcloud-date"] ?? "",
        scope,
        sha256Hex(canonical),
      ].join("\n"),
      signedHeaders: [...auth.signedHeaders],
      hashedPayload: sha256Hex(req.body),
      credentialScope: scope,
    };
  },
  signatures(req, secret, service) {
    const auth = authOf(req);
    const canonical = auth && canonicalRequest(auth.version, req, auth.signedHeaders);
    if (!auth || canonical === undefined) return [];
    const datetime = req.headers["x-jdcloud-date"] ?? "";
    return [
      computeSignature(
        auth.version,
        secret,
        datetime,
        { ...auth, service: service ?? auth.service },
        canonical,
      ),
    ];
  },
  services(req) {
    const found = route(req.method, rawPath(req.url));
    const declared = authOf(req)?.service;
    return [...new Set([found.kind === "found" ? found.service : "vm", "vm", "vpc"])].filter(
      (s) => s !== declared,
    );
  },
  notes(req) {
    const declared = req.headers["x-jdcloud-content-sha256"];
    if (declared === undefined || declared === sha256Hex(req.body)) return undefined;
    return {
      cause: "body-hash",
      summary: declaredHashSummary("x-jdcloud-content-sha256", declared, req.body),
    };
  },
};
