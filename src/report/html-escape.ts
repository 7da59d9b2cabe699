/**
 * Escaping for the HTML report. Everything a target can influence (case text, findings, exchanges)
 * goes through these functions before it reaches the page: text and attribute values are
 * entity-escaped, data embedded in a `<script>` element has every `<`, `>`, `&` and line separator
 * written as a `\u` escape so no string can close the element, and element ids are derived from
 * case ids by an injective encoding.
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** `text` as HTML text or as a quoted attribute value. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** `value` as JSON fit for the inside of a `<script type="application/json">` element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * A stable element id for a case id: letters, digits and `-` are kept, every other character is
 * written as `_` and its code in hex, so two case ids never share an element id.
 */
export function caseAnchor(caseId: string): string {
  return `case-${caseId.replace(/[^A-Za-z0-9-]/g, (ch) => `_${ch.codePointAt(0)?.toString(16) ?? ""}_`)}`;
}

/** A citation as plain text: markdown links `[text](url)` become `text (url)`, never a link. */
export function citationText(citation: string): string {
  return citation.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, "$1 ($2)").replaceAll("`", "");
}

/**
 * The Content-Security-Policy of a self-contained page (the report, the documentation site): no
 * fetch of any kind, inline styles, and only the page's own script, allowed by its hash.
 */
export function selfContainedCsp(scriptHash: string): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src ${scriptHash}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The opening lines of a self-contained page, up to and including its (already escaped) title. */
export function pageOpening(csp: string, title: string): string[] {
  return [
    "<!doctype html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${title}</title>`,
  ];
}
