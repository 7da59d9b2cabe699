/**
 * The ECS operations of this surface (from the spec) and their parameter and result types (from the
 * generated contract types). The `...Post` operations of the spec are the ACS3 wire form of the same
 * actions and share these types.
 */
import type { components } from "../../generated/aliyun-ecs.ts";
import { operationTable } from "../shared/operations.ts";

type Schemas = components["schemas"];

/** One entry per action, in spec order. */
export const operations = operationTable("aliyun-ecs");

/**
 * The action parameters of each operation, as they travel: flat keys, lists as `Name.N` from 1
 * (`NetworkInterfaceId.1`), exactly as the request schemas model them.
 */
export interface Params {
  AttachNetworkInterface: Schemas["AttachNetworkInterfaceRequest"];
  DetachNetworkInterface: Schemas["DetachNetworkInterfaceRequest"];
  DescribeNetworkInterfaces: Schemas["DescribeNetworkInterfacesRequest"];
}
