/**
 * Where each thing lives on the site: the file of every page and the anchor of every rule entry,
 * case, operation, error row and finding. Paths are relative to the site's root; `href(from, to)`
 * makes the relative link a page writes, so the site works from `file://` and from any folder.
 */
import type { PlacedErrorRow } from "../contracts/model.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { caseAnchor } from "../report/html-escape.ts";

/** A stable anchor for any id: letters, digits, `.`, `-` kept, every other character as `_<hex>_` (injective). */
export function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9.-]/g, (ch) => `_${ch.codePointAt(0)?.toString(16) ?? ""}_`)}`;
}

export const INDEX_PAGE = "index.html";
export const FINDINGS_PAGE = "findings.html";
export const SEARCH_PAGE = "search.html";

/** The page of a rule. */
export function rulePage(ruleId: string): string {
  return `rules/${anchor("rule", ruleId)}.html`;
}

/** The page of a surface (operations, envelopes, examples, common rows). */
export function surfacePage(surface: Surface | string): string {
  return `surfaces/${surface}.html`;
}

/** The page of one of the five documents (cited by file name: `002_d0807661e42b6160.txt`). */
export function documentPage(file: string): string {
  return `documents/${file.replace(/\.txt$/, "").replace(/[^A-Za-z0-9_.-]/g, "_")}.html`;
}

/** A rule's section for one surface, on the rule's page. */
export function ruleSurfaceLink(ruleId: string, surface: string): string {
  return `${rulePage(ruleId)}#${surface}`;
}

/** A case (`<surface>/<rule>#<n>`), on its rule's page; its anchor is the HTML report's. */
export function caseLink(ruleId: string, caseId: string): string {
  return `${rulePage(ruleId)}#${caseAnchor(caseId)}`;
}

/** An operation, on its surface's page. */
export function operationLink(surface: string, operationId: string): string {
  return `${surfacePage(surface)}#${anchor("op", operationId)}`;
}

/** Where an error row is listed: its document's table, or (common, companion) its surface's page. */
export function rowLink(row: PlacedErrorRow): string {
  const page =
    row.kind === "documented" && "document" in row.source
      ? documentPage(row.source.document)
      : surfacePage(row.surface);
  return `${page}#${anchor("row", row.id)}`;
}

/** A finding, on the findings page. */
export function findingLink(id: string): string {
  return `${FINDINGS_PAGE}#${id}`;
}

/** The link from page `from` to `to` (both relative to the site's root, `to` maybe with `#anchor`). */
export function href(from: string, to: string): string {
  const depth = from.split("/").length - 1;
  return `${"../".repeat(depth)}${to}`;
}
