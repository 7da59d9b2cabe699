/**
 * Signature diagnosis on the real simulator (in-process, the same handler node:http serves): each
 * request is built and signed by the surfaces' own signers, then broken the way clients break
 * them — a wrong secret, another key's secret, an unknown key, the wrong service in the TC3 scope,
 * JD's `:` signed as `%3A` and the reverse, a body hashed differently, a header changed after
 * signing, a clock off, a nonce sent twice — and the journal entry must name that cause, hold what
 * the simulator computed, and keep every secret and signature out, while the cloud's answer carries
 * none of it.
 */
import { describe, expect, it } from "vitest";
import type { Surface } from "../../contracts/surfaces.ts";
import { seededRandom, systemClock } from "../../core/clock.ts";
import { rawPath, type WireRequest } from "../../core/wire.ts";
import { surfaceModule } from "../../surfaces/registry.ts";
import {
  canonicalRequest,
  formatAuthorization,
  parseAuthorization,
  payloadHash,
  stringToSign,
  stripPort,
  tc3Signature,
} from "../../surfaces/tencent-v3/canonical.ts";
import type { LoggedRequest } from "../journal.ts";
import { createSimulator, type Simulator } from "../simulator.ts";

const A = { accessKeyId: "AKIDdiagA", secret: "secret-of-account-a" };
const B = { accessKeyId: "AKIDdiagB", secret: "secret-of-account-b" };
const TOKEN = "temporary-token-value-0123456789";

/** A read of each surface: signed, refused or not, it changes nothing. (Partial: a surface being added has none yet.) */
const READS: Partial<Record<Surface, [string, Record<string, unknown>]>> = {
  "tencent-v2": ["DescribeNetworkInterfaces", {}],
  "tencent-v3": ["DescribeNetworkInterfaces", {}],
  "aliyun-ecs": ["DescribeNetworkInterfaces", { RegionId: "cn-hangzhou" }],
  "jdcloud-vm": ["describeInstance", { regionId: "cn-north-1", instanceId: "i-diag0001" }],
};

let nonce = 1;

function signed(
  surface: Surface,
  creds: { accessKeyId: string; secret: string; token?: string } = A,
  op: [string, Record<string, unknown>] = READS[surface] ?? ["DescribeNetworkInterfaces", {}],
  encoding?: string,
): WireRequest {
  const m = surfaceModule(surface);
  const wire = m.codec.encodeRequest(op[0], op[1], {
    region: m.defaults.region,
    host: m.defaults.host,
    ...(encoding ? { encoding } : {}),
  });
  return m.signer.sign(wire, {
    credentials: creds,
    clock: systemClock,
    random: seededRandom(nonce++),
    region: m.defaults.region,
  });
}

async function journalOf(sim: Simulator, req: WireRequest): Promise<{ entry: LoggedRequest; body: string }> {
  const res = await sim.handleWire(req);
  if (res === "drop") throw new Error("dropped");
  const log = await sim.handleWire({
    method: "GET",
    url: `/_sim/requests?account=${A.accessKeyId}&limit=1`,
    headers: {},
    body: "",
  });
  if (log === "drop") throw new Error("dropped");
  const entry = (JSON.parse(log.body) as { requests: LoggedRequest[] }).requests[0] as LoggedRequest;
  // The diagnosis lives in the control plane only: never in the cloud's answer.
  expect(res.body).not.toContain("canonical");
  expect(res.body).not.toContain("secret differs");
  // No secret and no signature in the journal.
  for (const secret of [A.secret, B.secret, TOKEN]) expect(log.body).not.toContain(secret);
  const sent = /Signature=([0-9a-f]{64})/.exec(req.headers.authorization ?? "")?.[1];
  if (sent) expect(log.body).not.toContain(sent);
  return { entry, body: log.body };
}

const sim = () => createSimulator({ accounts: [A, B] });

describe("signature diagnosis", () => {
  it.each(["tencent-v2", "tencent-v3", "aliyun-ecs", "jdcloud-vm"] as Surface[])(
    "%s: a wrong secret is named as the cause, with what the simulator computed",
    async (surface) => {
      const { entry } = await journalOf(sim(), signed(surface, { ...A, secret: "a-wrong-secret" }));
      expect(entry.verdict).toMatchObject({ signature: "refused", stage: "signature" });
      expect(entry.key).toBe(A.accessKeyId);
      expect(entry.account).toBeUndefined();
      expect(entry.diagnosis?.cause).toBe("secret-differs");
      expect(entry.diagnosis?.summary).toContain(
        `differs from the one the simulator has for ${A.accessKeyId}`,
      );
      expect(entry.diagnosis?.scheme).toBe(entry.scheme);
      expect(entry.diagnosis?.computed?.stringToSign.length).toBeGreaterThan(10);
      expect(entry.diagnosis?.request.method).toBe(signed(surface).method);
    },
  );

  it("computes each scheme's parts: canonical request, string to sign, signed headers, payload hash, scope", async () => {
    const tc3 = (await journalOf(sim(), signed("tencent-v3", { ...A, secret: "x-wrong" }))).entry.diagnosis;
    expect(tc3?.computed).toMatchObject({
      signedHeaders: ["content-type", "host"],
      credentialScope: expect.stringMatching(/^\d{4}-\d{2}-\d{2}\/vpc\/tc3_request$/),
      hashedPayload: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(tc3?.computed?.canonicalRequest?.startsWith("POST\n/\n\ncontent-type:application/json")).toBe(
      true,
    );
    expect(tc3?.computed?.stringToSign.startsWith("TC3-HMAC-SHA256\n")).toBe(true);
    const jd = (await journalOf(sim(), signed("jdcloud-vm", { ...A, secret: "x-wrong" }))).entry.diagnosis;
    expect(jd?.scheme).toBe("JDCLOUD2-HMAC-SHA256");
    expect(jd?.computed?.credentialScope).toMatch(/^\d{8}\/cn-north-1\/vm\/jdcloud2_request$/);
    expect(jd?.computed?.signedHeaders).toContain("x-jdcloud-nonce");
    const acs3 = (await journalOf(sim(), signed("aliyun-ecs", { ...A, secret: "x-wrong" }))).entry.diagnosis;
    expect(acs3?.scheme).toBe("ACS3-HMAC-SHA256");
    expect(acs3?.computed?.stringToSign).toMatch(/^ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
    const v2 = (await journalOf(sim(), signed("tencent-v2", { ...A, secret: "x-wrong" }))).entry.diagnosis;
    expect(v2?.computed).toMatchObject({ signedHeaders: ["host"] });
    expect(v2?.computed?.stringToSign).toMatch(/^GETvpc\.api\.qcloud\.com\/v2\/index\.php\?Action=/);
  });

  it("names the other key whose secret the signature verifies with, and an unknown key", async () => {
    const { entry } = await journalOf(sim(), signed("tencent-v3", { ...A, secret: B.secret }));
    expect(entry.diagnosis?.cause).toBe("secret-differs");
    expect(entry.diagnosis?.summary).toContain(`verifies with the secret of the key ${B.accessKeyId}`);
    const unknown = await journalOf(
      sim(),
      signed("aliyun-ecs", { accessKeyId: "AKIDnobody", secret: A.secret }),
    );
    expect(unknown.entry.diagnosis?.cause).toBe("unknown-key");
    expect(unknown.entry.diagnosis?.summary).toContain(`verifies with the secret of ${A.accessKeyId}`);
  });

  it("tencent-v3: a client signing the wrong service name in the TC3 scope", async () => {
    const req = signed("tencent-v3");
    const auth = parseAuthorization(req.headers.authorization as string);
    if (!auth) throw new Error("no TC3 authorization");
    const ts = req.headers["x-tc-timestamp"] as string;
    const canonical = canonicalRequest({
      method: req.method,
      uri: rawPath(req.url),
      query: "",
      headers: auth.signedHeaders.map(
        (n) =>
          [n, n === "host" ? stripPort(req.headers.host as string) : (req.headers[n] as string)] as const,
      ),
      payloadHash: payloadHash(req.headers, req.body),
    });
    const signature = tc3Signature(A.secret, auth.date, "cvm", stringToSign(ts, auth.date, "cvm", canonical));
    // The scope says cvm, and the signature is computed for cvm: the service does not match the host.
    const declared = { ...auth, service: "cvm", signature };
    const both = { ...req, headers: { ...req.headers, authorization: formatAuthorization(declared) } };
    const one = (await journalOf(sim(), both)).entry.diagnosis;
    expect(one?.cause).toBe("scope-service");
    expect(one?.summary).toContain('names the service "cvm"');
    // The scope says vpc, but the signature was computed for cvm.
    const mixed = { ...auth, signature };
    const other = { ...req, headers: { ...req.headers, authorization: formatAuthorization(mixed) } };
    const two = (await journalOf(sim(), other)).entry.diagnosis;
    expect(two?.cause).toBe("scope-service");
    expect(two?.summary).toContain('computed for the service "cvm"');
  });

  it("jdcloud-vm: a path signed with %3A but sent with ':', and the reverse", async () => {
    const attach: [string, Record<string, unknown>] = [
      "attachNetworkInterface",
      { regionId: "cn-north-1", instanceId: "i-diag0001", networkInterfaceId: "port-diag0001" },
    ];
    const req = signed("jdcloud-vm", A, attach);
    expect(req.url).toContain("%3AattachNetworkInterface");
    const colon = { ...req, url: req.url.replace("%3A", ":") };
    const one = (await journalOf(sim(), colon)).entry.diagnosis;
    expect(one?.cause).toBe("path-encoding");
    expect(one?.summary).toContain("%3AattachNetworkInterface");
    // Signed with ':' (as a hand-written client may), sent with %3A.
    const byColon = signed("jdcloud-vm", A, attach);
    const m = surfaceModule("jdcloud-vm");
    const unsigned = m.codec.encodeRequest(attach[0], attach[1], {
      region: "cn-north-1",
      host: m.defaults.host,
    });
    const signedColon = m.signer.sign(
      { ...unsigned, url: unsigned.url.replace("%3A", ":") },
      { credentials: A, clock: systemClock, random: seededRandom(nonce++), region: "cn-north-1" },
    );
    const sentEncoded = { ...signedColon, url: byColon.url };
    const two = (await journalOf(sim(), sentEncoded)).entry.diagnosis;
    expect(two?.cause).toBe("path-encoding");
    expect(two?.summary).toContain(":attachNetworkInterface");
  });

  it("a body hashed differently, and a header changed after signing", async () => {
    const req = signed("tencent-v3");
    const body = await journalOf(sim(), { ...req, body: `${req.body}\n` });
    expect(body.entry.diagnosis?.cause).toBe("body-hash");
    expect(body.entry.diagnosis?.summary).toContain("without its trailing newline");
    const type = { ...req, headers: { ...req.headers, "content-type": "application/json; charset=utf-8" } };
    const header = (await journalOf(sim(), type)).entry.diagnosis;
    expect(header?.cause).toBe("header-changed");
    expect(header?.summary).toContain("content-type: application/json,");
    const host = { ...req, headers: { ...req.headers, host: "127.0.0.1:8080" } };
    const proxied = (await journalOf(sim(), host)).entry.diagnosis;
    expect(proxied?.cause).toBe("header-changed");
    expect(proxied?.summary).toContain("host: vpc.tencentcloudapi.com");
    // Aliyun ACS3 declares the body's hash: an empty body's hash on a non-empty body.
    const ecs = signed("aliyun-ecs", A, ["DescribeNetworkInterfaces", { RegionId: "cn-hangzhou" }]);
    const declared = await journalOf(sim(), { ...ecs, body: "RegionId=cn-hangzhou" });
    expect(declared.entry.diagnosis?.cause).toBe("body-hash");
    expect(declared.entry.diagnosis?.summary).toContain("x-acs-content-sha256");
  });

  it("a clock outside the window, and a nonce sent twice", async () => {
    const s = sim();
    await s.handleWire({
      method: "PUT",
      url: "/_sim/clock",
      headers: {},
      body: JSON.stringify({ now: new Date(Date.now() + 3_600_000).toISOString() }),
    });
    const late = (await journalOf(s, signed("jdcloud-vm"))).entry.diagnosis;
    expect(late?.cause).toBe("timestamp-window");
    expect(late?.summary).toMatch(/is 3[56]\d\d s behind the simulator's clock/);
    const twice = sim();
    const req = signed("aliyun-ecs");
    expect((await journalOf(twice, req)).entry.status).toBe(200);
    const again = (await journalOf(twice, req)).entry;
    expect(again.code).toBe("SignatureNonceUsed");
    expect(again.diagnosis?.cause).toBe("nonce-reused");
  });

  it("a request without a readable signature is diagnosed from its refusal", async () => {
    const req = signed("tencent-v3");
    const { authorization: _dropped, ...headers } = req.headers;
    const { entry } = await journalOf(sim(), { ...req, headers });
    expect(entry.diagnosis?.cause).toBe("malformed");
    expect(entry.diagnosis?.summary).toContain("no signature the simulator can read");
    expect(entry.diagnosis?.computed).toBeUndefined();
  });

  it("masks temporary-credential tokens in the computed strings and the request", async () => {
    for (const surface of ["jdcloud-vm", "aliyun-ecs", "tencent-v2"] as Surface[]) {
      const { entry, body } = await journalOf(
        sim(),
        signed(surface, { ...A, secret: "x-wrong", token: TOKEN }),
      );
      expect(entry.diagnosis?.cause, surface).toBe("secret-differs");
      expect(body, surface).toContain("[REDACTED]");
    }
    const base64 = Buffer.from(TOKEN).toString("base64");
    const { body } = await journalOf(sim(), signed("jdcloud-vm", { ...A, secret: "x-wrong", token: TOKEN }));
    expect(body).not.toContain(base64);
  });

  it("aliyun-ecs signature V1 (pop-core's form) gets its string to sign and the cause", async () => {
    const m = surfaceModule("aliyun-ecs");
    const encoding = m.codec.encodings.find((e) => e.startsWith("rpc")) as string;
    const { entry } = await journalOf(
      sim(),
      signed(
        "aliyun-ecs",
        { ...A, secret: B.secret },
        READS["aliyun-ecs"] ?? ["DescribeNetworkInterfaces", {}],
        encoding,
      ),
    );
    expect(entry.scheme).toBe("HMAC-SHA1");
    expect(entry.diagnosis?.computed?.stringToSign).toMatch(/^(GET|POST)&%2F&/);
    expect(entry.diagnosis?.summary).toContain(B.accessKeyId);
  });
});
