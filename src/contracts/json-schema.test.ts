import { describe, expect, it } from "vitest";
import { createAjv } from "./ajv.ts";
import { operationSchemas } from "./json-schema.ts";
import { loadSpec, primaryOperations } from "./spec.ts";
import type { Surface } from "./surfaces.ts";

interface Given {
  operation: string;
  valid: Record<string, unknown>;
  idParam: string;
  success: unknown;
  error: unknown;
}

const uuid = "f23d1450-ed00-4442-98d4-be409e625e6c";
const table: [Surface, Given][] = [
  [
    "tencent-v2",
    {
      operation: "AttachNetworkInterface",
      valid: { vpcId: "vpc-7t9nf3pu", networkInterfaceId: "eni-m6dyj72l", instanceId: "ins-xx44545f" },
      idParam: "instanceId",
      success: { code: 0, message: "", codeDesc: "Success", data: { taskId: 16284 } },
      error: { code: 4000, message: "(100004)projectIdIncorrect", codeDesc: "InvalidParameter" },
    },
  ],
  [
    "tencent-v3",
    {
      operation: "AttachNetworkInterface",
      valid: { NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy" },
      idParam: "NetworkInterfaceId",
      success: { Response: { RequestId: uuid } },
      error: { Response: { Error: { Code: "ResourceNotFound", Message: "x" }, RequestId: uuid } },
    },
  ],
  [
    "aliyun-ecs",
    {
      operation: "AttachNetworkInterface",
      valid: {
        RegionId: "cn-hangzhou",
        InstanceId: "i-bp16qstyvxj9gpqw0001",
        NetworkInterfaceId: "eni-bp17pdijfczax1huji0001",
      },
      idParam: "InstanceId",
      success: { RequestId: "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E" },
      error: {
        RequestId: "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
        HostId: "ecs.aliyuncs.com",
        Code: "InvalidEniId.NotFound",
        Message: "The specified NetworkInterfaceId does not exist.",
      },
    },
  ],
  [
    "jdcloud-vm",
    {
      operation: "attachNetworkInterface",
      valid: {
        regionId: "cn-north-1",
        instanceId: "i-eumm0001d6",
        networkInterfaceId: "port-n2h70001se",
        autoDelete: false,
      },
      idParam: "networkInterfaceId",
      success: { requestId: "c2hmmaan8w06w19qcdfuic4w03f7ft2d", result: {} },
      error: {
        requestId: "c2hmmaan8w06w19qcdfuic4w03f7ft2d",
        error: { code: 404, status: "NOT_FOUND", message: "Instance 'i-eumm0001d6' not found." },
      },
    },
  ],
];

describe.each(table)("generated schemas of %s", (surface, given) => {
  const spec = loadSpec(surface);
  const op = primaryOperations(surface, spec).find((o) => o.operationId === given.operation);
  if (!op) throw new Error(`${surface} has no ${given.operation}`);
  const ajv = createAjv();
  const schemas = operationSchemas(spec, op);
  const request = ajv.compile(schemas.request);
  const response = ajv.compile(schemas.response);
  const error = ajv.compile(schemas.error);

  it("accept a well-formed request", () => {
    expect(request(given.valid), JSON.stringify(request.errors)).toBe(true);
  });

  it("reject a request missing any required parameter", () => {
    const required = (schemas.request.$defs as Record<string, { required?: string[] }>)[
      String(schemas.request.$ref).replace("#/$defs/", "")
    ]?.required;
    expect(required?.length).toBeGreaterThan(0);
    for (const name of required ?? []) {
      const { [name]: _omitted, ...rest } = given.valid;
      expect(request(rest), `without ${name}`).toBe(false);
    }
  });

  it("reject an undefined parameter and a malformed id", () => {
    expect(request({ ...given.valid, Bogus: "1" })).toBe(false);
    expect(request({ ...given.valid, [given.idParam]: "not-an-id" })).toBe(false);
  });

  it("tell the success envelope from the error envelope", () => {
    expect(response(given.success), JSON.stringify(response.errors)).toBe(true);
    expect(error(given.error), JSON.stringify(error.errors)).toBe(true);
    expect(response(given.error)).toBe(false);
    expect(error(given.success)).toBe(false);
  });
});
