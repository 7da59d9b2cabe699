/**
 * The `eni-conformance` command line: dispatches to one module per command and returns the exit
 * code. Commands: `gen` (regenerate schemas, types and the rules reference from the specs),
 * `contracts` (check the contracts and write the contract report) and `sim` (serve the simulator).
 */

const USAGE = `usage: eni-conformance <command> [options]

commands:
  run [options]                  run the conformance suites against a target (default: the
                                 embedded simulator); write report.json, report.md,
                                 report.html and junit.xml; with --client, drive an SDK through
                                 its adapter against the simulator; --record keeps every exchange
                                 (redacted) as a cassette, --playback re-runs the checks offline
                                 against one (run --help lists every option)
  doctor [run options]           check the target before a run: reachability, the cloud's
                                 protocol, credentials (and why refused), clock, region and
                                 every fixture's state; one line per check with what to do
                                 (exit 0 ready, 2 not ready)
  report --update-baseline [--from reports/latest/report.json] [--baseline reports/baseline.json]
                                 record the report's failed cases as the baseline of known failures
  report diff A.json B.json      list the cases whose status changed between two reports
                                 (exit 0 nothing changed, 1 something did)
  report merge DIR A.json B.json ...
                                 merge the reports of shards into one (json, junit, md, html)
  replay <report.json> <case-id> [--target sim|URL] [--account KEYID:SECRET] [--fixtures FILE]
      [--allow-mutations] [--no-control-plane]
                                 re-run one case of a report with its seed and fast-check path
  contracts [--report-dir DIR]   check specs, rule catalogue, findings and documented examples;
                                 write contracts.json and contracts.md (default reports/latest/)
  gen [--check]                  regenerate schemas/, src/generated/ and docs/rules.md from specs/;
                                 with --check, only report files that differ
  pacts [--surface S]... [--out DIR]
                                 write one Pact V4 file per surface (default reports/latest/pacts/)
                                 from the specs and the rule catalogue
  verify-pacts [--target sim|URL] [--pacts DIR] [--surface S]... [--account KEYID:SECRET]
      [--fixtures FILE] [--no-control-plane]
                                 verify the pacts with pact's Verifier against the simulator or a
                                 URL (exit 0 verified, 1 a verification failed, 2 harness error)
  docs [--report FILE] [--out DIR]
                                 write the documentation site (default reports/site/): every
                                 rule with its provenance, cases, a signed example request and
                                 the simulator's answer; operations, error tables, findings and
                                 a search box; static and self-contained (works from file://);
                                 with --report, each case's status in that report.json
  sim [--port 0] [--host 127.0.0.1] [--account KEYID:SECRET]... [--world FILE] [--deviate ID]...
      [--progress immediate|polls:N|ms:N] [--seed N] [--vary] [--log pretty|json] [--journal-size N]
                                 serve the stateful simulator of all four surfaces on one port;
                                 its page is http://HOST:PORT/_sim/
  help                           this text
`;

/** Run the command line with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Each command loads only its own modules: `sim` starts without the generators' TypeScript
    // compiler or the run's reporters (about half the start-up time and memory).
    case "gen":
      // Compiled (the installed package), the generated files ship as they are: there is nothing to
      // regenerate, and the generators' TypeScript tooling is not installed.
      if (import.meta.url.endsWith(".js")) {
        process.stderr.write(
          "eni-conformance gen regenerates the files of a development checkout from its specs (npm run gen there); the installed package ships them generated\n",
        );
        return 2;
      }
      return (await import("./gen-command.ts")).genCommand(rest);
    case "contracts":
      return (await import("./contracts-command.ts")).contractsCommand(rest);
    case "sim":
      return (await import("./sim-command.ts")).simCommand(rest);
    case "run":
      return (await import("./run-command.ts")).runCommand(rest);
    case "doctor":
      return (await import("./doctor-command.ts")).doctorCommand(rest);
    case "report":
      return (await import("./report-command.ts")).reportCommand(rest);
    case "replay":
      return (await import("./replay-command.ts")).replayCommand(rest);
    case "pacts":
      return (await import("./pacts-command.ts")).pactsCommand(rest);
    case "verify-pacts":
      return (await import("./verify-pacts-command.ts")).verifyPactsCommand(rest);
    case "docs":
      return (await import("./docs-command.ts")).docsCommand(rest);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`eni-conformance: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
