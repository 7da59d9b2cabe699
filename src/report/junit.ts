/**
 * `junit.xml`: one testsuite per surface, one testcase per case; failures carry the finding text,
 * harness errors are `<error>`, skips carry their reason. Plain JUnit XML that common CI parsers
 * (GitHub, GitLab, Jenkins) read. Pure: (report) => string.
 */
import type { Report, ReportCase } from "./model.ts";

/** Characters XML 1.0 does not allow (control characters other than tab, newline, return). */
function allowed(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function xml(text: string): string {
  return [...text]
    .filter(allowed)
    .join("")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** SDK mode: the promise and what the SDK surfaced, in one line. */
function sdkLine(sdk: NonNullable<ReportCase["sdk"]>): string {
  return `SDK ${sdk.client}: promised ${sdk.promised}; surfaced ${sdk.surfaced} ${sdk.ok ? "✓" : "✗"}`;
}

function testcase(c: ReportCase): string {
  const open = `    <testcase classname="${xml(`${c.surface}.${c.operation}`)}" name="${xml(`${c.id} — ${c.title}`)}" time="0">`;
  const detail = [
    `rule ${c.rule} (${c.citation})`,
    `expected: ${c.expected}`,
    ...c.findings.map((f) => `[${f.check}, ${f.severity}] ${f.message}`),
    ...(c.reason ? [c.reason] : []),
    ...(c.sdk ? [sdkLine(c.sdk)] : []),
    `seed ${c.seed}${c.path ? ` path ${c.path}` : ""}`,
    c.replay ? `replay: ${c.replay}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  switch (c.status) {
    case "failed":
      return `${open}\n      <failure message="${xml(c.findings[0]?.message ?? "failed")}" type="${xml(c.findings[0]?.check ?? "conformance")}">${xml(detail)}</failure>\n    </testcase>`;
    case "errored":
      return `${open}\n      <error message="${xml(c.reason ?? "harness error")}" type="harness">${xml(detail)}</error>\n    </testcase>`;
    case "skipped":
      return `${open}\n      <skipped message="${xml(c.reason ?? "skipped")}"/>\n    </testcase>`;
    default:
      // SDK mode: a passed case still says what the SDK surfaced.
      return c.sdk
        ? `${open}\n      <system-out>${xml(sdkLine(c.sdk))}</system-out>\n    </testcase>`
        : `${open}</testcase>`;
  }
}

/** The report as JUnit XML. */
export function junitXml(report: Report): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const s = report.summary;
  lines.push(
    `<testsuites name="eni-conformance" tests="${s.total}" failures="${s.failed}" errors="${s.errored}" skipped="${s.skipped}" time="0">`,
  );
  for (const surface of report.run.surfaces) {
    const cases = report.cases.filter((c) => c.surface === surface);
    const b = report.bySurface[surface] ?? { total: 0, failed: 0, errored: 0, skipped: 0 };
    lines.push(
      `  <testsuite name="${xml(surface)}" tests="${cases.length}" failures="${b.failed}" errors="${b.errored}" skipped="${b.skipped}" time="0">`,
    );
    for (const c of cases) lines.push(testcase(c));
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>", "");
  return lines.join("\n");
}
