/**
 * `run --transport in-process`, end to end in child processes: on the same seed it reaches the same
 * verdicts as the default real-HTTP run, its reports differ from that run's only where they name the
 * transport, and its cassette holds the same exchanges (the same requests by shape, in the same
 * order on the same tapes, with the same answers). It is refused where it cannot apply: a URL
 * target, SDK mode, a playback; an unknown transport is a configuration error.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TapeEntry } from "../client/cassette.ts";
import { cli } from "../testing/cli.ts";

const run = (args: string[]) => cli(["run", ...args]);

/** Each tape's exchanges as what must agree: shape, status and the answer's header names and body shape. */
function tapes(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of readdirSync(join(dir, "tapes")).sort()) {
    const entries = readFileSync(join(dir, "tapes", file), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as TapeEntry);
    out[file] = entries.map((e) => {
      const headers = Object.keys(e.response?.headers ?? {}).join(",");
      // Bodies carry fresh request ids, tokens and times: their keys and the codes in them agree.
      const body = (e.response?.body ?? "").replace(/"[^"]*"/g, (s) => (/^"[A-Za-z.]+"$/.test(s) ? s : '""'));
      return `${e.shape} → ${e.response?.status ?? e.failure?.kind} [${headers}] ${e.kind === "control" ? "" : body}`;
    });
  }
  return out;
}

describe("eni-conformance run --transport in-process", () => {
  it("reaches the verdicts of the real-HTTP run on the same seed, names the transport, and records the same exchanges", async () => {
    const dirs = ["http", "inproc"].map((n) => mkdtempSync(join(tmpdir(), `enic-transport-${n}-`)));
    const cassettes = ["http", "inproc"].map((n) => mkdtempSync(join(tmpdir(), `enic-transport-tape-${n}-`)));
    // tencent-v2 (query and form) and jdcloud-vm (REST, JSON bodies); not tencent-v3, whose burst of
    // more than 100 calls in a second cannot be sent on a loaded machine (a harness error by design).
    const args = ["--runs", "2", "--seed", "7", "--surface", "tencent-v2", "--surface", "jdcloud-vm"];
    const [http, inproc] = await Promise.all([
      run([...args, "--report-dir", dirs[0] as string, "--record", cassettes[0] as string]),
      run([
        ...args,
        "--transport",
        "in-process",
        "--report-dir",
        dirs[1] as string,
        "--record",
        cassettes[1] as string,
      ]),
    ]);
    expect(http.code, http.stderr).toBe(0);
    expect(inproc.code, inproc.stderr).toBe(0);
    expect(http.stdout).not.toContain("in-process");
    expect(inproc.stdout).toContain(
      "target sim over the in-process transport (no sockets; opt-in), 2 runs per case",
    );
    const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
    const [a, b] = dirs.map((d) => JSON.parse(read(d, "report.json")));
    expect(a.run.transport).toBeUndefined();
    expect(b.run.transport).toBe("in-process");
    expect(b.summary.total).toBeGreaterThan(40);
    delete b.run.transport;
    expect(b).toEqual(a);
    expect(read(dirs[1] as string, "report.md")).toContain("target `sim` over the in-process transport");
    expect(read(dirs[0] as string, "report.md")).not.toContain("in-process");
    expect(read(dirs[1] as string, "report.html")).toContain('data-testid="run-transport"');
    expect(read(dirs[1] as string, "junit.xml")).toBe(read(dirs[0] as string, "junit.xml"));
    const [recordedHttp, recordedInproc] = cassettes.map((c) => tapes(c as string));
    expect(Object.values(recordedHttp ?? {}).flat().length).toBeGreaterThan(100);
    expect(recordedInproc).toEqual(recordedHttp);
  }, 120_000);

  it("is refused for a URL target, SDK mode and a playback; an unknown transport is a configuration error", async () => {
    const cases: [string[], RegExp][] = [
      [
        ["--target", "http://127.0.0.1:9"],
        /reaches the embedded simulator only, not http:\/\/127\.0\.0\.1:9/,
      ],
      [["--client", "tencentcloud-sdk-nodejs"], /is for the conformance run's own client: SDK mode/],
      [
        ["--playback", mkdtempSync(join(tmpdir(), "enic-no-cassette-"))],
        /--playback answers every request from the tape/,
      ],
    ];
    for (const [extra, message] of cases) {
      const { code, stderr } = await run(["--transport", "in-process", ...extra]);
      expect(code, stderr).toBe(2);
      expect(stderr).toMatch(message);
    }
    const unknown = await run(["--transport", "pigeon"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--transport must be http or in-process, got pigeon");
  }, 60_000);
});
