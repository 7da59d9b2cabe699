/**
 * Renders docs/rules.md, the rules reference: rule id → its statement per surface (paraphrased,
 * labelled with its provenance) → expected outcome → the outcome's provenance, then every error row
 * (with its message, and the uncertainties and findings that concern it) and every finding.
 * Pure: (catalogue, findings) => markdown.
 */
import type { Catalogue, Citation, DocumentationFinding, ErrorRow, Provenance, RuleCase } from "./model.ts";
import { PROVENANCE_LABEL } from "./provenance.ts";
import { SURFACES } from "./surfaces.ts";

/** Project-relative path of the rules reference. */
export const RULES_DOC_FILE = "docs/rules.md";

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** A citation as short text: `002 §6. Error Code` or the companion page. */
export function citeText(c: Citation): string {
  if ("document" in c) return `\`${c.document}\` ${c.section}${c.row ? `, row ${c.row}` : ""}`;
  if ("sdk" in c) return `SDK ${c.sdk}${c.detail ? ` (${c.detail})` : ""}`;
  return c.url ? `[${c.companion}](${c.url})` : `${c.companion} (companion)`;
}

function caseText(c: RuleCase): string {
  const given = [...Object.entries(c.given), ...Object.entries(c.with ?? {})]
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(", ");
  const mutate = c.mutate ? ` with ${c.mutate.kind}${c.mutate.param ? `(${c.mutate.param})` : ""}` : "";
  const outcome =
    c.expect === "success"
      ? `success${c.then ? `, then ${c.then}` : ""}`
      : (c.errorRows ?? []).length > 0
        ? `error ${(c.errorRows ?? []).map((r) => `\`${r}\``).join(" or ")}`
        : "error (no documented code)";
  return `${c.operation}(${given})${mutate} ⇒ ${outcome}`;
}

/** Where a case's expected outcome comes from, in words, with its finding and a missing code said. */
function caseProvenance(c: RuleCase): string {
  const parts: string[] = [PROVENANCE_LABEL[c.provenance?.kind ?? "inferred"]];
  if (c.expect === "error" && (c.errorRows ?? []).length === 0) parts.push("no documented code");
  const finding = c.provenance?.finding ?? c.finding;
  if (finding) parts.push(`[${finding}](#${finding.toLowerCase()})`);
  return parts.join(", ");
}

/** A statement labelled with where it comes from: only a `document` statement is what the document says. */
function statementText(
  statement: string,
  provenance: Provenance,
  finding: string | undefined,
  refusalFrom: string | undefined,
): string {
  const label = PROVENANCE_LABEL[provenance.kind];
  const why = `${provenance.kind === "inferred" && finding ? `, [${finding}](#${finding.toLowerCase()})` : ""}${
    refusalFrom ? `; the refusal follows from \`${refusalFrom}\`` : ""
  }`;
  return `**${label}${why}:** ${statement}`;
}

/** What is uncertain about a row, and the findings that concern it (linked). */
function rowNotes(row: ErrorRow): string {
  const findings = [row["x-finding"] ?? []].flat();
  const links = findings.map((f) => `[${f}](#${f.toLowerCase()})`).join(", ");
  return [row["x-uncertain"] ? `uncertain: ${row["x-uncertain"]}` : "", links].filter(Boolean).join(" — ");
}

/** The whole rules reference as markdown. */
export function renderRulesDoc(catalogue: Catalogue, findings: DocumentationFinding[]): string {
  const out: string[] = [];
  const documented = catalogue.errorRows.filter((r) => r.kind === "documented");
  const cases = catalogue.rules.flatMap((r) => Object.values(r.surfaces).flatMap((s) => s?.cases ?? []));
  out.push(
    "<!-- generated from specs/*.openapi.yaml and specs/findings.yaml by `npm run gen` — do not edit -->",
  );
  out.push("");
  out.push("# Rules reference");
  out.push("");
  out.push(
    `${catalogue.rules.length} rules with ${cases.length} cases over ${SURFACES.length} surfaces; ` +
      `${documented.length} documented error rows, ` +
      `${catalogue.errorRows.length - documented.length} common and companion rows; ${findings.length} findings.`,
  );
  out.push("");
  out.push(
    "Statements paraphrase their sources; each is labelled with where it comes from — **document** (one of the five vendor documents: only these say what the document says), **vendor page** (another page of the same vendor, named in the source), **SDK** (an official SDK's observed behaviour) or **inferred** (this project's reading, with the finding that explains it). The expected outcome of each case is labelled the same way: never stronger than its statement, nor than the error rows it accepts.",
  );
  out.push("A case reads `Operation(parameter=fixture role, ...) ⇒ expected outcome`.");
  out.push("");
  out.push("## Rules");
  for (const rule of [...catalogue.rules].sort((a, b) => a.id.localeCompare(b.id))) {
    out.push("");
    out.push(`### \`${rule.id}\` — ${rule.title}`);
    out.push("");
    out.push("| surface | statement | source | expected outcome | provenance of the outcome |");
    out.push("|---|---|---|---|---|");
    for (const surface of SURFACES) {
      const entry = rule.surfaces[surface];
      if (!entry) continue;
      const outcome = entry.cases.map(caseText).join("<br>");
      const status = entry.cases.map(caseProvenance).join("<br>");
      out.push(
        `| ${surface} | ${cell(statementText(entry.statement, entry.provenance, entry.finding, entry.refusalFrom))} | ${cell(entry.source.map(citeText).join("; "))} | ${cell(outcome)} | ${cell(status)} |`,
      );
    }
  }
  out.push("");
  out.push("## Error rows");
  for (const surface of SURFACES) {
    out.push("");
    out.push(`### ${surface}`);
    out.push("");
    // The message column: where a document tells rows of one code apart by message, only it does.
    out.push("| id | kind | code | HTTP | message | meaning | source | provoked by | notes |");
    out.push("|---|---|---|---|---|---|---|---|---|");
    for (const row of catalogue.errorRows.filter((r) => r.surface === surface)) {
      const by = row.rules
        ? row.rules.map((r) => `\`${r}\``).join(", ")
        : `unprovokable: ${row.unprovokable}`;
      const http = `${row.http}${row.httpFrom === "document" ? "" : " (protocol)"}`;
      out.push(
        `| \`${row.id}\` | ${row.kind} | \`${row.code}\` | ${http} | ${row.message ? `\`${row.message}\`` : ""} | ${cell(row.meaning)} | ${cell(citeText(row.source))} | ${cell(by)} | ${cell(rowNotes(row))} |`,
      );
    }
  }
  out.push("");
  out.push("## Documentation findings");
  out.push("");
  out.push("| id | kind | surfaces | finding | citations | what the project does |");
  out.push("|---|---|---|---|---|---|");
  for (const f of findings) {
    out.push(
      `| <a id="${f.id.toLowerCase()}"></a>${f.id} | ${f.kind} | ${f.surfaces.join(", ")} | **${cell(f.title)}** ${cell(f.detail)} | ${cell(f.citations.map(citeText).join("; "))} | ${cell(f.resolution)} |`,
    );
  }
  out.push("");
  return out.join("\n");
}
