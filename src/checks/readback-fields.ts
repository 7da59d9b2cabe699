/**
 * `readback-fields`: the fields of the answers the runner read back with — the describe after the
 * call and the task query — hold what the schemas and the documents say of them (the field matrix,
 * src/suites-kit/fields.ts):
 * - each read answer validates against its operation's response schema (type and format);
 * - an ENI the call bound reads back as a secondary ENI (the property of `exercised: bound-readback`
 *   in the surface's `x-field-properties`);
 * - its device index is not the one of the instance's primary ENI, where the case also read that
 *   ENI (`then: attached-secondary`; the property of `exercised: primary-readback`).
 * A broken property weighs by the property's provenance (src/suites-kit/severity.ts).
 */
import type { CallResult } from "../client/client.ts";
import { formatErrors } from "../contracts/ajv.ts";
import { loadCatalogue } from "../contracts/catalogue.ts";
import { validator } from "./response-schema.ts";
import type { Check, CheckContext, Finding } from "./types.ts";

const BOUND = new Set(["attached", "attached-secondary", "migrated", "task-final"]);

/** The id of the surface's property that this check judges on reads of kind `exercised`. */
function propertyId(ctx: CheckContext, exercised: string): string | undefined {
  return loadCatalogue().fieldProperties.find(
    (p) => p.surface === ctx.surface && p.check === "readback-fields" && p.exercised === exercised,
  )?.id;
}

function schemaFindings(ctx: CheckContext, operation: string | undefined, answer: CallResult | undefined) {
  if (!operation || !answer || !("data" in answer)) return [];
  let body: unknown;
  try {
    body = JSON.parse(answer.response.body);
  } catch {
    return [{ check: "readback-fields", message: `the ${operation} answer read back is not JSON` }];
  }
  const validate = validator(ctx.surface, operation, "response");
  if (validate(body)) return [];
  return [
    {
      check: "readback-fields",
      message: `the ${operation} answer read back breaks its schema: ${formatErrors(validate.errors).join("; ")}`,
    },
  ];
}

export const readbackFields: Check = (ctx) => {
  const { eniRead, taskRead, eniAfter, primaryAfter, expectedInstance } = ctx.observations;
  const { eni, task } = ctx.module.readback;
  const findings: Finding[] = [
    ...schemaFindings(ctx, eni.operation, eniRead),
    ...schemaFindings(ctx, task?.operation, taskRead),
  ];
  const then = ctx.ruleCase.then;
  const bound =
    then !== undefined &&
    BOUND.has(then) &&
    "data" in ctx.result &&
    eniAfter?.instanceId !== undefined &&
    eniAfter.instanceId === expectedInstance;
  if (!bound || !eniAfter) return findings;
  const secondary = propertyId(ctx, "bound-readback");
  if (secondary && eniAfter.primary === true) {
    findings.push({
      check: "readback-fields",
      message: `the ENI the call bound to ${eniAfter.instanceId} reads back as a primary ENI`,
      property: secondary,
    });
  }
  const slot = propertyId(ctx, "primary-readback");
  if (
    slot &&
    primaryAfter !== undefined &&
    primaryAfter.instanceId === eniAfter.instanceId &&
    eniAfter.deviceIndex !== undefined &&
    eniAfter.deviceIndex === primaryAfter.deviceIndex
  ) {
    findings.push({
      check: "readback-fields",
      message: `the ENI the call bound reads back with device index ${eniAfter.deviceIndex}, the index of the instance's primary ENI`,
      property: slot,
    });
  }
  return findings;
};
