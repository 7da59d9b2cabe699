/**
 * Validates every example the documents give (kept verbatim in the specs: `x-request-examples` and
 * native response examples) against the generated JSON Schemas. A mismatch is a documentation
 * finding; the contract tests require each one to be recorded in specs/findings.yaml.
 */
import { createAjv, formatErrors } from "./ajv.ts";
import { bundle, operationSchemas } from "./json-schema.ts";
import type { Json, JsonObject, OpenApiDoc } from "./spec.ts";
import { deref, primaryOperations } from "./spec.ts";
import type { Surface } from "./surfaces.ts";

/** The outcome of validating one documented example. */
export interface ExampleResult {
  id: string;
  surface: Surface;
  operation: string;
  kind: "request" | "response";
  status: "valid" | "invalid" | "not-json";
  errors: string[];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Validate every example of one spec. */
export function validateExamples(surface: Surface, spec: OpenApiDoc): ExampleResult[] {
  const ajv = createAjv();
  const results: ExampleResult[] = [];
  for (const op of primaryOperations(surface, spec)) {
    const base = { surface, operation: op.operationId };
    const requests = (op.op["x-request-examples"] ?? []) as JsonObject[];
    if (requests.length > 0) {
      const validate = ajv.compile(operationSchemas(spec, op).request);
      for (const ex of requests) {
        const ok = validate(ex.params);
        results.push({
          ...base,
          id: String(ex.id),
          kind: "request",
          status: ok ? "valid" : "invalid",
          errors: ok ? [] : formatErrors(validate.errors),
        });
      }
    }
    const responses = isObject(op.op.responses) ? op.op.responses : {};
    for (const [status, raw] of Object.entries(responses)) {
      const response = deref(spec, raw);
      if (!isObject(response) || !isObject(response.content)) continue;
      for (const [mediaType, media] of Object.entries(response.content)) {
        if (!isObject(media) || !isObject(media.examples)) continue;
        const json = mediaType.includes("json");
        const validate = json
          ? ajv.compile(
              bundle(spec, media.schema ?? {}, {
                id: `urn:eni-conformance:examples:${surface}:${op.operationId}:${status}:${mediaType}`,
                comment: "example validation",
                title: `${op.operationId} ${status}`,
              }),
            )
          : undefined;
        for (const [id, rawExample] of Object.entries(media.examples)) {
          const example = deref(spec, rawExample);
          const value = isObject(example) ? example.value : undefined;
          if (!validate) {
            results.push({ ...base, id, kind: "response", status: "not-json", errors: [] });
            continue;
          }
          const ok = validate(value);
          results.push({
            ...base,
            id,
            kind: "response",
            status: ok ? "valid" : "invalid",
            errors: ok ? [] : formatErrors(validate.errors),
          });
        }
      }
    }
  }
  return results;
}
