/**
 * The tencent-v3 operations (from the spec) and their typed action parameters and result members
 * (from the generated types of specs/tencent-v3.openapi.yaml).
 */
import type { components } from "../../generated/tencent-v3.ts";
import { operationTable } from "../shared/operations.ts";

type Schemas = components["schemas"];

/**
 * `T` with the members `K` optional. The generated types mark every member with a schema `default`
 * as required (openapi-typescript's defaultNonNullable), but a caller may leave those out.
 */
type WithDefaults<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** The operation table of Tencent Cloud API 3.0 (vpc 2017-03-12). */
export const operations = operationTable("tencent-v3");

/** Action parameters per operation. */
export interface Params {
  AttachNetworkInterface: WithDefaults<Schemas["AttachNetworkInterfaceRequest"], "AttachType">;
  DetachNetworkInterface: Schemas["DetachNetworkInterfaceRequest"];
  DescribeNetworkInterfaces: WithDefaults<Schemas["DescribeNetworkInterfacesRequest"], "Offset" | "Limit">;
  DescribeVpcTaskResult: Schemas["DescribeVpcTaskResultRequest"];
}
