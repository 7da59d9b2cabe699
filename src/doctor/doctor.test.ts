/**
 * The doctor against a simulator played as a staging account (a standalone simulator on 127.0.0.1,
 * port 0, its control plane not used by the run) and against targets that are not one: each
 * misconfiguration is named as what it is — the check it fails, the cause in the result and the fix
 * — with the credentials' origin and never their value; a right configuration is ready.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../client/client.ts";
import { loadRunConfig } from "../config/load.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { listCases } from "../suites-kit/cases.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { FixtureIds } from "../surfaces/types.ts";
import { saveFixtures } from "../testing/cli.ts";
import { diagnose, diagnosisText } from "./doctor.ts";
import type { Diagnosis } from "./types.ts";

const STAGING = { accessKeyId: "AKIDstaging", secret: "staging-Secret-0001" };
const READER = { accessKeyId: "AKIDreader", secret: "reader-Secret-0003", allow: "read" as const };
const OTHER = { accessKeyId: "AKIDother", secret: "other-Secret-0002" };
/** A read-only second key of STAGING's account (the limited key a run's auth.permitted cases need). */
const LIMITED = {
  accessKeyId: "AKIDstagingro",
  secret: "ro-Secret-0004",
  allow: "read" as const,
  owner: "AKIDstaging",
};
/** A second key of STAGING's account that may do everything: no limited key at all. */
const UNLIMITED = { accessKeyId: "AKIDstagingrw", secret: "rw-Secret-0005", owner: "AKIDstaging" };

let sim: RunningSimulator;
let fixtures: string;
let otherFixtures: string;
let readerFixtures: string;
const servers: Server[] = [];

beforeAll(async () => {
  sim = await startSimulator({ accounts: [STAGING, OTHER, READER, LIMITED, UNLIMITED] });
  fixtures = await saveFixtures(sim.url, STAGING.accessKeyId);
  otherFixtures = await saveFixtures(sim.url, OTHER.accessKeyId);
  readerFixtures = await saveFixtures(sim.url, READER.accessKeyId);
});
afterAll(async () => {
  await sim.close();
  for (const s of servers) s.close();
});

/** A server on 127.0.0.1 answering every request with `body` (of `type`, with `status`). */
async function serve(status: number, type: string, body: string): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Diagnose with run's options (as `eni-conformance doctor ...args` would), staging credentials by default. */
function doctor(args: string[], env: Record<string, string> = {}): Promise<Diagnosis> {
  return diagnose(
    loadRunConfig({
      argv: ["--no-control-plane", "--fixtures", fixtures, ...args],
      env,
      cwd: process.cwd(),
    }),
  );
}

const account = (a: { accessKeyId: string; secret: string }) => ["--account", `${a.accessKeyId}:${a.secret}`];
const problems = (d: Diagnosis) => d.checks.filter((c) => c.status === "problem");
const surfaceArgs = (s: Surface) => ["--surface", s];

describe("the doctor names each misconfiguration", () => {
  it("a right configuration is ready: every surface's protocol, credentials, clock and fixtures are ok", async () => {
    const d = await doctor(["--target", sim.url, ...account(STAGING)]);
    expect(problems(d), diagnosisText(d)).toEqual([]);
    expect(d.ok).toBe(true);
    for (const s of SURFACES) {
      const kinds = d.checks.filter((c) => c.surface === s).map((c) => c.check);
      expect(kinds, s).toEqual(["protocol", "credentials", "region", "clock", "fixtures"]);
    }
  });

  it.each(SURFACES)(
    "%s: a wrong secret is a credentials problem naming the secret's origin, never its value",
    async (s) => {
      const d = await doctor([
        "--target",
        sim.url,
        ...surfaceArgs(s),
        "--account",
        `${STAGING.accessKeyId}:wrong-Secret`,
      ]);
      expect(d.ok).toBe(false);
      const [p] = problems(d);
      expect(p).toMatchObject({ surface: s, check: "credentials" });
      expect(p?.result).toContain("secret does not belong to the key id");
      expect(p?.result).toContain(surfaceModule(s).errors.error("auth.bad-signature", "").code);
      expect(p?.fix).toContain("--account");
      expect(JSON.stringify(d)).not.toContain("wrong-Secret");
      // Nothing about the fixtures is claimed when the read was refused.
      expect(d.checks.find((c) => c.surface === s && c.check === "fixtures")?.status).toBe("skipped");
    },
  );

  it.each(SURFACES)("%s: an unknown key id is named as such", async (s) => {
    const d = await doctor([
      "--target",
      sim.url,
      ...surfaceArgs(s),
      "--account",
      "AKIDnobody:whatever-Secret",
    ]);
    const [p, ...more] = problems(d);
    expect(more).toEqual([]);
    expect(p?.check).toBe("credentials");
    // JD Cloud answers an unknown key and a missing permission alike: both are named then.
    expect(p?.result).toMatch(/^the target does not know the key id[ ,(]/);
    expect(p?.result).toContain(surfaceModule(s).errors.error("auth.unknown-key", "").code);
  });

  it("credentials from the cloud's standard variables are named by the variables", async () => {
    const d = await doctor(["--target", sim.url, "--surface", "aliyun-ecs"], {
      ALIBABA_CLOUD_ACCESS_KEY_ID: STAGING.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "typo-Secret",
    });
    const [p] = problems(d);
    expect(p?.fix).toContain("ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    expect(JSON.stringify(d)).not.toContain("typo-Secret");
  });

  it.each(SURFACES)("%s: a region the cloud does not have is named, with the fix", async (s) => {
    const unknown = (
      JSON.parse(readFileSync(fixtures, "utf8")) as Record<string, { roles: Record<string, string> }>
    )[s]?.roles["region.unknown"];
    expect(unknown).toBeDefined();
    const d = await doctor([
      "--target",
      sim.url,
      ...surfaceArgs(s),
      ...account(STAGING),
      "--region",
      String(unknown),
    ]);
    const [p] = problems(d);
    expect(p?.result).toContain("the cloud does not know the region");
    expect(p?.fix).toContain(`check the region (${unknown})`);
  });

  it.each(SURFACES)(
    "%s: a read-only key is ready for a read-only run, and lacks permission for --allow-mutations",
    async (s) => {
      // The reader's own fixtures (a later --fixtures wins).
      const reader = ["--account", `${READER.accessKeyId}:${READER.secret}`, "--fixtures", readerFixtures];
      const readOnly = await doctor(["--target", sim.url, ...surfaceArgs(s), ...reader]);
      expect(problems(readOnly), diagnosisText(readOnly)).toEqual([]);
      const mutating = await doctor(["--target", sim.url, ...surfaceArgs(s), ...reader, "--allow-mutations"]);
      const [p, ...more] = problems(mutating);
      expect(more).toEqual([]);
      expect(p).toMatchObject({ surface: s, check: "credentials" });
      expect(p?.result).toContain("lacks permission");
      expect(p?.fix).toMatch(/RAM \/ CAM \/ IAM/);
      // A key with the permission passes the same probe.
      const staging = await doctor([
        "--target",
        sim.url,
        ...surfaceArgs(s),
        ...account(STAGING),
        "--allow-mutations",
      ]);
      expect(problems(staging)).toEqual([]);
      expect(
        staging.checks.find((c) => c.check === "credentials" && c.what.includes("eni.missing"))?.result,
      ).toContain("the key may attach");
    },
  );

  it.each(SURFACES)(
    "%s: the limited key — it must authenticate and be refused an attach; none given is a warning for --allow-mutations",
    async (s) => {
      const args = ["--target", sim.url, ...surfaceArgs(s), ...account(STAGING), "--allow-mutations"];
      const limitedKey = (k: { accessKeyId: string; secret: string }) => [
        "--limited-account",
        `${k.accessKeyId}:${k.secret}`,
      ];
      const limitedChecks = (d: Diagnosis) => d.checks.filter((c) => c.check === "limited-key");
      const right = await doctor([...args, ...limitedKey(LIMITED)]);
      expect(problems(right), diagnosisText(right)).toEqual([]);
      expect(limitedChecks(right).map((c) => [c.status, c.result])).toEqual([
        ["ok", "the key authenticates"],
        ["ok", expect.stringMatching(/^refused as its policy says \(/)],
      ]);
      // A second key that may attach is no limited key: its cases would blame the cloud for its policy.
      // Where the cloud answers a missing ENI with one of the permission rows (the eni.exists case
      // accepts one), the harmless probe cannot tell, and says so.
      const unlimited = await doctor([...args, ...limitedKey(UNLIMITED)]);
      const rowsOf = (rule: string) => listCases([s]).find((c) => c.rule === rule)?.ruleCase.errorRows ?? [];
      const shared = rowsOf("eni.exists").some((row) => rowsOf("auth.permitted").includes(row));
      const [last] = limitedChecks(unlimited).slice(-1);
      if (shared) {
        expect(problems(unlimited)).toEqual([]);
        expect(last).toMatchObject({ status: "warning", result: expect.stringContaining("cannot be told") });
      } else {
        expect(problems(unlimited)).toEqual([last]);
        expect(last?.result).toMatch(/^the key may attach/);
        expect(last?.fix).toContain("--limited-account");
      }
      // A wrong secret for it is named as such, with where it came from.
      const wrong = await doctor([...args, ...limitedKey({ ...LIMITED, secret: "wrong-Secret" })]);
      expect(problems(wrong)).toEqual([
        expect.objectContaining({
          check: "limited-key",
          result: expect.stringContaining("secret does not belong to the key id"),
          fix: expect.stringContaining("--limited-account"),
        }),
      ]);
      expect(JSON.stringify(wrong)).not.toContain("wrong-Secret");
      // None given: a run that changes state is told what it does without; a read-only one is not.
      const none = await doctor(args);
      expect(limitedChecks(none)).toEqual([
        expect.objectContaining({ status: "warning", result: expect.stringContaining("will be skipped") }),
      ]);
      expect(
        limitedChecks(await doctor(["--target", sim.url, ...surfaceArgs(s), ...account(STAGING)])),
      ).toEqual([]);
    },
  );

  it("a limited key refused with a code the documents do not give is left to the auth.permitted case, not a problem", async () => {
    const row = listCases(["tencent-v3"]).find((c) => c.rule === "auth.permitted")?.ruleCase.errorRows?.[0];
    const deviation = `tencent-v3:misspell:${row}`;
    await request(`${sim.url}/_sim/deviations`, {
      method: "PUT",
      body: JSON.stringify({ enable: [deviation] }),
    });
    try {
      const d = await doctor([
        ...["--target", sim.url, "--surface", "tencent-v3", ...account(STAGING), "--allow-mutations"],
        ...["--limited-account", `${LIMITED.accessKeyId}:${LIMITED.secret}`],
      ]);
      expect(problems(d)).toEqual([]);
      expect(d.checks.at(-1)).toMatchObject({
        check: "limited-key",
        status: "warning",
        result: expect.stringContaining("the auth.permitted cases will judge it"),
      });
    } finally {
      await request(`${sim.url}/_sim/deviations`, { method: "PUT", body: JSON.stringify({ enable: [] }) });
    }
  });

  it("as a run's preflight, a target with a control plane is judged from its seed world (the run resets it first)", async () => {
    const s = "tencent-v3";
    const f = (JSON.parse(readFileSync(fixtures, "utf8")) as Record<string, FixtureIds>)[s] as FixtureIds;
    const calls = surfaceModule(s).stateCalls;
    const client = createClient({
      surface: s,
      baseUrl: sim.url,
      credentials: STAGING,
      region: f.region,
      retry: false,
    });
    // An earlier run left eni.available attached.
    const moved = await client.callRaw(
      calls.attach,
      calls.params(f, String(f.roles["eni.available"]), String(f.roles["instance.running"])),
    );
    expect("data" in moved).toBe(true);
    const config = loadRunConfig({
      argv: ["--target", sim.url, "--fixtures", fixtures, "--surface", s, ...account(STAGING)],
      env: {},
      cwd: process.cwd(),
    });
    const alone = await diagnose(config);
    expect(problems(alone).map((p) => p.result)).toEqual([
      expect.stringMatching(/^fixture eni.available \(.*\) is attached to /),
    ]);
    expect(problems(await diagnose(config, { beforeRun: true }))).toEqual([]);
  });

  it("fixtures of another account: every ENI fixture is 'not found', with the fix", async () => {
    const d = await doctor([
      "--target",
      sim.url,
      "--surface",
      "jdcloud-vm",
      ...account(STAGING),
      "--fixtures",
      otherFixtures,
    ]);
    const found = problems(d);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p).toMatchObject({ surface: "jdcloud-vm", check: "fixtures" });
      expect(p.result).toMatch(/was not found on the target/);
      expect(p.fix).toMatch(/from this account and region/);
    }
  });

  it("the target's clock 20 minutes ahead: stale signatures, with the skew measured from its Date header", async () => {
    const ahead = new Date(Date.now() + 20 * 60_000).toISOString();
    await request(`${sim.url}/_sim/clock`, { method: "PUT", body: JSON.stringify({ now: ahead }) });
    try {
      const d = await doctor(["--target", sim.url, "--surface", "tencent-v3", ...account(STAGING)]);
      const [p] = problems(d);
      expect(p).toMatchObject({ surface: "tencent-v3", check: "clock" });
      expect(p?.fix).toMatch(/the target's clock is (19 min 5\d|20 min \d) s ahead of this machine's/);
    } finally {
      await request(`${sim.url}/_sim/clock`, { method: "PUT", body: JSON.stringify({ real: true }) });
    }
  });

  it("a web server answering HTML is not the cloud's API", async () => {
    const url = await serve(404, "text/html", "<html><body>Not Found</body></html>");
    const d = await doctor(["--target", url, "--surface", "tencent-v3", ...account(STAGING)]);
    const [p] = problems(d);
    expect(p).toMatchObject({ check: "protocol" });
    expect(p?.result).toContain("an HTML page (HTTP 404)");
    expect(p?.fix).toMatch(/--target/);
  });

  it("another cloud's envelope is named by the cloud", async () => {
    const aliyun = surfaceModule("aliyun-ecs").codec.encodeError(
      surfaceModule("aliyun-ecs").errors.error("action.unknown", "no such action"),
      "5B4B9A8A-8E5B-4F4E-9A3C-1B2C3D4E5F60",
    );
    const url = await serve(aliyun.status, "application/json", aliyun.body);
    const d = await doctor(["--target", url, "--surface", "jdcloud-vm", ...account(STAGING)]);
    const [p] = problems(d);
    expect(p?.check).toBe("protocol");
    expect(p?.result).toContain("aliyun-ecs's envelope");
  });

  it("TLS to a plain-HTTP port says to use http://", async () => {
    const d = await doctor(["--target", sim.url.replace("http:", "https:"), ...account(STAGING)]);
    expect(problems(d)).toEqual([
      expect.objectContaining({
        check: "reachability",
        result: expect.stringContaining("does not speak TLS"),
      }),
    ]);
    expect(problems(d)[0]?.fix).toContain("use http://");
  });

  it("nothing listening is named with host and port", async () => {
    const idle = await serve(200, "text/plain", "");
    const port = new URL(idle).port;
    await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
    const d = await doctor(["--target", `http://ops:Sekr3tPass@127.0.0.1:${port}/api`, ...account(STAGING)]);
    // The target is named by its origin: no user, password or path.
    expect(d.target).toBe(`http://127.0.0.1:${port}`);
    expect(JSON.stringify(d) + diagnosisText(d)).not.toContain("Sekr3tPass");
    expect(problems(d)).toEqual([
      expect.objectContaining({
        check: "reachability",
        result: `nothing listens on 127.0.0.1:${port} (connection refused)`,
      }),
    ]);
  });

  it("a name that does not resolve is named", async () => {
    const d = await doctor(["--target", "http://no-such-host.invalid:8080", ...account(STAGING)]);
    expect(problems(d)).toEqual([
      expect.objectContaining({ check: "reachability", result: expect.stringContaining("does not resolve") }),
    ]);
  });
});
