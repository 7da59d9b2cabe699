/**
 * The pass/fail chart of the HTML report: one horizontal stacked bar per surface (passed, failed,
 * errored, skipped), drawn as inline SVG with no library and no external reference. Bars share one
 * scale, so surfaces with more cases draw longer bars.
 */
import { esc } from "./html-escape.ts";
import type { CaseStatus, Report } from "./model.ts";

/** Bar order. */
const STATUS_ORDER: readonly CaseStatus[] = ["passed", "failed", "errored", "skipped"];

/** Status colours, shared by the chart, the matrix and the badges. */
export const STATUS_COLOUR: Record<CaseStatus, string> = {
  passed: "#2da44e",
  failed: "#cf222e",
  errored: "#d4a72c",
  skipped: "#8c959f",
};

const LABEL = 120;
const BAR = 440;
const ROW = 30;
const TOP = 28;

/** The chart as an `<svg>` element. */
export function chartSvg(report: Report): string {
  const surfaces = report.run.surfaces;
  const max = Math.max(1, ...surfaces.map((s) => report.bySurface[s]?.total ?? 0));
  const height = TOP + surfaces.length * ROW + 4;
  const width = LABEL + BAR + 60;
  const out: string[] = [
    `<svg data-testid="chart" id="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="chart-title">Cases per surface by status</title>`,
  ];
  let x = LABEL;
  for (const status of STATUS_ORDER) {
    out.push(
      `<rect x="${x}" y="6" width="10" height="10" fill="${STATUS_COLOUR[status]}"/>`,
      `<text x="${x + 14}" y="15" class="legend">${status}</text>`,
    );
    x += 90;
  }
  surfaces.forEach((surface, i) => {
    const counts = report.bySurface[surface];
    const y = TOP + i * ROW;
    out.push(
      `<g data-testid="chart-bar" data-surface="${esc(surface)}">`,
      `<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end" class="label">${esc(surface)}</text>`,
    );
    let at = LABEL;
    for (const status of STATUS_ORDER) {
      const n = counts?.[status] ?? 0;
      if (n === 0) continue;
      const w = (n / max) * BAR;
      out.push(
        `<rect data-status="${status}" x="${at.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="20" fill="${STATUS_COLOUR[status]}"><title>${esc(surface)}: ${n} ${status}</title></rect>`,
      );
      at += w;
    }
    out.push(
      `<text x="${(at + 6).toFixed(1)}" y="${y + 15}" class="count">${counts?.passed ?? 0}/${counts?.total ?? 0}</text>`,
      "</g>",
    );
  });
  out.push("</svg>");
  return out.join("\n");
}
