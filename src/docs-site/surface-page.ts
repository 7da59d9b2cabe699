/**
 * The page of one surface: its hosts and documents, the error envelope, and each operation with its
 * source, asynchronous behaviour, rate limit, common and action parameters, success envelope,
 * the documented properties of its answer's fields, documented examples, error rows and the rules
 * with cases on it; last, the surface's common and
 * companion error rows. Everything from the surface's spec; pure.
 */
import type { Citation } from "../contracts/model.ts";
import { PROVENANCE_LABEL } from "../contracts/provenance.ts";
import {
  errorSchemaRef,
  type Json,
  type JsonObject,
  listOperations,
  paramsSchemaRef,
  resolvePointer,
  type SpecOperation,
  successSchema,
} from "../contracts/spec.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { esc } from "../report/html-escape.ts";
import { appliesTo } from "../suites-kit/fields.ts";
import { rowTable } from "./document-page.ts";
import { citation, findingRef, jsonBlock, rowRef } from "./fragments.ts";
import { page, type SitePage } from "./layout.ts";
import { anchor, documentPage, href, rulePage, surfacePage } from "./links.ts";
import { fieldRows, resolved, typeText } from "./schema-text.ts";
import { type SiteData, sortedRules } from "./site-data.ts";

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function fieldTable(spec: JsonObject, schema: Json | undefined, testid: string): string {
  const rows = fieldRows(spec, schema);
  if (rows.length === 0) return `<p class="muted">No fields.</p>`;
  return [
    `<table data-testid="${testid}"><thead><tr><th>field</th><th>type</th><th>required</th><th>description</th></tr></thead><tbody>`,
    ...rows.map(
      (r) =>
        `<tr><td><code>${esc(r.path)}</code></td><td>${esc(r.type)}</td><td>${r.required ? "yes" : ""}</td><td>${esc(r.description)}</td></tr>`,
    ),
    `</tbody></table>`,
  ].join("\n");
}

/** The documented properties of the operation's answer fields beyond their type (`x-field-properties`). */
function fieldProperties(data: SiteData, surface: Surface, op: SpecOperation, from: string): string {
  const properties = data.catalogue.fieldProperties.filter(
    (p) => p.surface === surface && appliesTo(p, op.operationId),
  );
  if (properties.length === 0) return "";
  const rows = properties.map(
    (p) =>
      `<tr data-testid="field-property" data-id="${esc(p.id)}"><td><code>${esc(p.field)}</code></td><td>${esc(p.statement)}</td><td>${esc(PROVENANCE_LABEL[p.provenance.kind])}${p.finding ? `, ${findingRef(from, p.finding)}` : ""}</td><td>${p.source.map((c) => citation(from, c)).join("<br>")}</td><td><code>${esc(p.check)}</code></td></tr>`,
  );
  return [
    `<h3>What the documents say of its answer's fields</h3>`,
    `<table><tr><th>field</th><th>property</th><th>provenance</th><th>source</th><th>check</th></tr>`,
    ...rows,
    `</table>`,
  ].join("\n");
}

function source(from: string, op: SpecOperation): string {
  const x = op.op["x-source"];
  if (!isObject(x)) return "";
  if (typeof x.document === "string") {
    const sections = Array.isArray(x.sections) ? x.sections.map(String).join("; ") : "";
    return `<a href="${esc(href(from, documentPage(x.document)))}"><code>${esc(x.document)}</code></a> ${esc(sections)}`;
  }
  return citation(from, x as unknown as Citation);
}

function commonParams(spec: JsonObject, op: SpecOperation): string {
  const params = (Array.isArray(op.op.parameters) ? op.op.parameters : []).map((p) => resolved(spec, p));
  if (params.length === 0) return `<p class="muted">None.</p>`;
  return [
    `<table data-testid="common-params"><thead><tr><th>name</th><th>in</th><th>type</th><th>required</th><th>description</th></tr></thead><tbody>`,
    ...params.map(
      (p) =>
        `<tr><td><code>${esc(String(p.name ?? ""))}</code></td><td>${esc(String(p.in ?? ""))}</td><td>${esc(typeText(spec, p.schema))}</td><td>${p.required ? "yes" : ""}</td><td>${esc(String(p.description ?? ""))}</td></tr>`,
    ),
    `</tbody></table>`,
  ].join("\n");
}

function examples(op: SpecOperation, from: string): string {
  const out: string[] = [];
  for (const ex of (op.op["x-request-examples"] ?? []) as JsonObject[]) {
    const f = typeof ex["x-finding"] === "string" ? ` — finding ${findingRef(from, ex["x-finding"])}` : "";
    out.push(
      `<h4>Request example <code>${esc(String(ex.id ?? ""))}</code>${f}</h4>`,
      jsonBlock(ex.params, "request-example"),
    );
  }
  const responses = isObject(op.op.responses) ? op.op.responses : {};
  for (const [status, res] of Object.entries(responses)) {
    const content = isObject(res) && isObject(res.content) ? res.content : {};
    for (const [media, m] of Object.entries(content)) {
      const exs = isObject(m) && isObject(m.examples) ? m.examples : {};
      for (const [name, ex] of Object.entries(exs)) {
        if (!isObject(ex)) continue;
        const f =
          typeof ex["x-finding"] === "string" ? ` — finding ${findingRef(from, ex["x-finding"])}` : "";
        const shown =
          typeof ex.value === "string"
            ? `<pre data-testid="response-example">${esc(ex.value)}</pre>`
            : jsonBlock(ex.value, "response-example");
        out.push(
          `<h4>Response example <code>${esc(name)}</code> (HTTP ${esc(status)}, ${esc(media)})${f}</h4>`,
          shown,
        );
      }
    }
  }
  return out.length > 0 ? out.join("\n") : `<p class="muted">The sources give no example.</p>`;
}

function operationSection(
  data: SiteData,
  surface: Surface,
  op: SpecOperation,
  dupes: SpecOperation[],
): string {
  const spec = data.specs[surface];
  const from = surfacePage(surface);
  const rows = data.catalogue.errorRows.filter(
    (r) => r.surface === surface && r.operation === op.operationId,
  );
  const rules = sortedRules(data).filter((r) =>
    r.surfaces[surface]?.cases.some((c) => c.operation === op.operationId),
  );
  const rate = isObject(op.op["x-rate-limit"]) ? op.op["x-rate-limit"] : undefined;
  const asyncInfo = op.op["x-async"];
  const success = (() => {
    try {
      return fieldTable(spec, successSchema(spec, op), "success-envelope");
    } catch {
      return `<p class="muted">No success schema.</p>`;
    }
  })();
  return [
    `<section id="${anchor("op", op.operationId)}" data-testid="operation" data-operation="${esc(op.operationId)}">`,
    `<h2>${esc(op.action)} <span class="muted">${esc(String(op.op.summary ?? ""))}</span></h2>`,
    ...dupes.map((d) => `<span id="${anchor("op", d.operationId)}"></span>`),
    `<dl class="facts">`,
    `<dt>wire</dt><dd><code>${esc(op.method.toUpperCase())} ${esc(op.path)}</code>${dupes.map((d) => `; also <code>${esc(d.method.toUpperCase())} ${esc(d.path)}</code>`).join("")}</dd>`,
    `<dt>source</dt><dd>${source(from, op)}</dd>`,
    typeof op.op.description === "string" ? `<dt>notes</dt><dd>${esc(op.op.description)}</dd>` : "",
    asyncInfo !== undefined
      ? `<dt>asynchronous</dt><dd><code>${esc(JSON.stringify(asyncInfo))}</code></dd>`
      : "",
    rate
      ? `<dt>rate limit</dt><dd>${esc(String(rate.perSecond))} requests per second${isObject(rate.source) ? ` (${citation(from, rate.source as unknown as Citation)})` : ""}${typeof rate["x-finding"] === "string" ? `, finding ${findingRef(from, rate["x-finding"])}` : ""}</dd>`
      : "",
    `</dl>`,
    `<h3>Common parameters</h3>`,
    commonParams(spec, op),
    `<h3>Action parameters</h3>`,
    fieldTable(spec, resolvePointer(spec, paramsSchemaRef(op)), "action-params"),
    `<h3>Success envelope</h3>`,
    success,
    fieldProperties(data, surface, op, from),
    `<h3>Examples from the sources</h3>`,
    examples(op, from),
    `<h3>Error rows (${rows.length})</h3>`,
    rows.length > 0
      ? `<ul>${rows.map((r) => `<li>${rowRef(from, r)} — ${esc(r.meaning)}</li>`).join("")}</ul>`
      : `<p class="muted">None of its own.</p>`,
    `<h3>Rules with cases on it (${rules.length})</h3>`,
    `<ul>${rules.map((r) => `<li><a href="${esc(href(from, `${rulePage(r.id)}#${surface}`))}"><code>${esc(r.id)}</code></a> — ${esc(r.title)}</li>`).join("")}</ul>`,
    `</section>`,
  ].join("\n");
}

/** The page of `surface`. */
export function surfacePageOf(data: SiteData, surface: Surface): SitePage {
  const spec = data.specs[surface];
  const from = surfacePage(surface);
  const ops = listOperations(surface, spec);
  const primary = ops.filter((o) => o.sameAs === undefined);
  const servers = (Array.isArray(spec.servers) ? spec.servers : []).filter(isObject);
  const docs = data.documents.filter((d) => d.surface === surface);
  const common = data.catalogue.errorRows.filter((r) => r.surface === surface && r.kind !== "documented");
  const body = [
    `<h1 data-testid="surface-title">${esc(surface)}</h1>`,
    `<p>${esc(String((isObject(spec.info) && spec.info.title) || ""))}</p>`,
    `<dl class="facts">`,
    `<dt>hosts</dt><dd>${servers.map((s) => `<code>${esc(String(s.url))}</code> <span class="muted">${esc(String(s.description ?? ""))}</span>`).join("<br>")}</dd>`,
    `<dt>documents</dt><dd>${docs.map((d) => `<a href="${esc(href(from, documentPage(d.file)))}"><code>${esc(d.file)}</code></a> ${esc(d.title)}`).join("<br>")}</dd>`,
    `<dt>operations</dt><dd>${primary.map((o) => `<a href="#${anchor("op", o.operationId)}">${esc(o.action)}</a>`).join(", ")}</dd>`,
    `</dl>`,
    `<h2 id="error-envelope">Error envelope</h2>`,
    fieldTable(spec, resolvePointer(spec, errorSchemaRef(spec)), "error-envelope"),
    ...primary.map((op) =>
      operationSection(
        data,
        surface,
        op,
        ops.filter((d) => d.sameAs === op.operationId),
      ),
    ),
    `<h2 id="common-rows">Common and companion error rows (${common.length})</h2>`,
    `<p class="muted">Errors of the cloud as a whole (authentication, parameters, throttling) and of the companion operations, from other pages of the vendor.</p>`,
    rowTable(data, from, common),
  ].join("\n");
  return page(data, from, surface, body);
}
