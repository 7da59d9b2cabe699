import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { describe, expect, it } from "vitest";
import { createClient } from "../client/client.ts";
import { fromRoot } from "../contracts/surfaces.ts";
import { seedWorldOf } from "../sim/adapters/registry.ts";

function startCli(args: string[]) {
  const child = spawn(process.execPath, [fromRoot("src/cli/bin.js"), "sim", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr.on("data", (d) => {
    err += d;
  });
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes("accounts:")) resolve(out);
    });
    child.on("exit", (code) => reject(new Error(`sim exited ${code}: ${err}`)));
  });
  return { child, ready, stderr: () => err, stdout: () => out };
}

describe("eni-conformance sim", () => {
  it("prints one listening line, lists account key ids (not secrets), serves (--vary on), and stops on SIGTERM; :readonly limits an account, :readonly:OWNER makes a second key of one", async () => {
    const { child, ready } = startCli([
      "--port",
      "0",
      "--account",
      "AKIDone:secret-one",
      "--account",
      "AKIDtwo:secret:two:readonly",
      "--account",
      "AKIDthree:secret-three:readonly:AKIDone",
      "--vary",
    ]);
    const out = await ready;
    const lines = out.trim().split("\n");
    expect(lines[0]).toMatch(/^eni-conformance simulator listening on http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines[1]).toBe("accounts: AKIDone, AKIDtwo (readonly), AKIDthree (readonly, a key of AKIDone)");
    expect(out).not.toContain("secret-one");
    const url = lines[0]?.split(" ").at(-1) as string;
    const health = await request(`${url}/_sim/health`);
    expect(await health.body.json()).toEqual({ ok: true });
    // --vary starts with the vary fault on.
    expect(await (await request(`${url}/_sim/faults`)).body.json()).toMatchObject({ vary: true });
    const accounts = await request(`${url}/_sim/accounts`);
    expect(await accounts.body.json()).toEqual({
      accounts: [
        { accessKeyId: "AKIDone", allow: "all" },
        { accessKeyId: "AKIDtwo", allow: "read" },
        { accessKeyId: "AKIDthree", allow: "read", owner: "AKIDone" },
      ],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("uses the documented default account AKIDtest when none is given, and loads --world seed worlds", async () => {
    const world = seedWorldOf("aliyun", "some-other-account");
    const file = join(mkdtempSync(join(tmpdir(), "enic-world-")), "world.json");
    writeFileSync(file, JSON.stringify({ aliyun: world }));
    const { child, ready } = startCli(["--world", file]);
    const out = await ready;
    expect(out).toContain("accounts: AKIDtest, AKIDtestlimited (readonly, a key of AKIDtest)");
    const url = out.split("\n")[0]?.split(" ").at(-1) as string;
    const fixtures = (await (await request(`${url}/_sim/fixtures?surface=aliyun-ecs`)).body.json()) as {
      roles: Record<string, string>;
    };
    expect(fixtures.roles["eni.available"]).toBe(world.roles["eni.available"]);
    // Without --vary the faults read as they always did: no vary member.
    expect(await (await request(`${url}/_sim/faults`)).body.json()).not.toHaveProperty("vary");
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it.each(["json", "pretty"])(
    "--log %s prints one line per request, with the diagnosis of a refused signature and no secret; --journal-size bounds the journal",
    async (format) => {
      const { child, ready, stdout } = startCli([
        "--account",
        "AKIDlog:log-secret-1",
        "--log",
        format,
        "--journal-size",
        "2",
      ]);
      const url = (await ready).split("\n")[0]?.split(" ").at(-1) as string;
      const read = (secret: string) =>
        createClient({
          surface: "tencent-v3",
          baseUrl: url,
          credentials: { accessKeyId: "AKIDlog", secret },
          retry: false,
        }).callRaw("DescribeNetworkInterfaces", {});
      await read("log-secret-1");
      await read("log-wrong-secret");
      await read("log-secret-1");
      const lines = () => stdout().trim().split("\n").slice(2);
      for (let i = 0; i < 50 && lines().length < 3; i++) await new Promise((r) => setTimeout(r, 20));
      const logged = lines();
      expect(logged).toHaveLength(3);
      if (format === "json") {
        const entries = logged.map((l) => JSON.parse(l) as Record<string, unknown>);
        // API 3.0 answers its errors with HTTP 200: the code tells them apart.
        expect(entries.map((e) => e.code)).toEqual([undefined, "AuthFailure.SignatureFailure", undefined]);
        expect(entries[1]).toMatchObject({ key: "AKIDlog", diagnosis: { cause: "secret-differs" } });
      } else {
        expect(logged[0]).toMatch(
          /^\d{4}-\d\d-\d\dT\S+ tencent-v3 DescribeNetworkInterfaces AKIDlog 200 OK [\d.]+ms served$/,
        );
        expect(logged[1]).toContain("AKIDlog (not authenticated) 200 AuthFailure.SignatureFailure");
        expect(logged[1]).toContain("diagnosis: The signature matches no variant");
      }
      for (const secret of ["log-secret-1", "log-wrong-secret"]) expect(stdout()).not.toContain(secret);
      const journal = (await (await request(`${url}/_sim/requests`)).body.json()) as { requests: unknown[] };
      expect(journal.requests).toHaveLength(2);
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    },
  );

  it("refuses a bad option with usage and exit code 2", async () => {
    const child = spawn(process.execPath, [fromRoot("src/cli/bin.js"), "sim", "--account", "nocolon"], {
      stdio: "pipe",
    });
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/--account must be KEYID:SECRET/);
    for (const [flag, value, message] of [
      ["--log", "yaml", /--log must be pretty or json/],
      ["--journal-size", "0", /--journal-size must be a whole number/],
    ] as const) {
      const bad = spawn(process.execPath, [fromRoot("src/cli/bin.js"), "sim", flag, value], {
        stdio: "pipe",
      });
      let text = "";
      bad.stderr.on("data", (d) => {
        text += d;
      });
      expect(await new Promise<number | null>((resolve) => bad.on("exit", resolve))).toBe(2);
      expect(text).toMatch(message);
    }
  });
});
