/**
 * The shell of every page: the strict Content-Security-Policy, the inline stylesheet, the top bar
 * (site name, navigation, search box) and the one inline script. Pure.
 */
import { esc, pageOpening } from "../report/html-escape.ts";
import { CSP, SCRIPT, STYLE } from "./assets.ts";
import { FINDINGS_PAGE, href, INDEX_PAGE, SEARCH_PAGE, surfacePage } from "./links.ts";
import type { SiteData } from "./site-data.ts";

/** One page of the site: its path from the root and its HTML. */
export interface SitePage {
  path: string;
  html: string;
}

/** Wrap `body` into a whole page at `path`. */
export function page(data: SiteData, path: string, title: string, body: string, extraScripts = ""): SitePage {
  const link = (to: string, text: string) => `<a href="${esc(href(path, to))}">${esc(text)}</a>`;
  const nav = [
    link(INDEX_PAGE, "rules"),
    ...data.surfaces.map((s) => link(surfacePage(s), s)),
    link(`${INDEX_PAGE}#documents`, "documents"),
    link(FINDINGS_PAGE, "findings"),
    link(SEARCH_PAGE, "search"),
  ].join(" ");
  const html = [
    ...pageOpening(CSP, `${esc(title)} — eni-conformance`),
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<div class="top" data-testid="top">`,
    `<a class="brand" href="${esc(href(path, INDEX_PAGE))}" data-testid="home">eni-conformance</a>`,
    `<nav data-testid="nav">${nav}</nav>`,
    `<form id="site-search-form" role="search" data-search-page="${esc(href(path, SEARCH_PAGE))}">`,
    `<input id="site-search" type="search" placeholder="search rules, codes, findings…" aria-label="search" data-testid="site-search">`,
    `</form>`,
    `</div>`,
    "<main>",
    body,
    "</main>",
    extraScripts,
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
  return { path, html };
}
