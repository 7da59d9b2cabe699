/**
 * `http-status`: an error comes with the HTTP status its documented row gives (Tencent: always
 * 200; Alibaba and JD: the table's 4xx/5xx), and a success with 200.
 */
import { codesOf } from "./codes.ts";
import type { Check } from "./types.ts";

export const httpStatus: Check = (ctx) => {
  const status = ctx.result.response.status;
  if ("data" in ctx.result) {
    return status === 200
      ? []
      : [{ check: "http-status", message: `a success came with HTTP ${status}, not 200` }];
  }
  if (!("error" in ctx.result)) return [];
  const code = ctx.result.error.code;
  const codes = codesOf(ctx.result);
  const rows = ctx.documentedRows.filter((r) => codes.includes(r.code));
  if (rows.length === 0 || rows.some((r) => r.http === status)) return [];
  const row = rows[0];
  return [
    {
      check: "http-status",
      message: `${code} came with HTTP ${status}; the documented status is ${rows.map((r) => r.http).join(" or ")}`,
      ...(row ? { row: row.id } : {}),
    },
  ];
};
