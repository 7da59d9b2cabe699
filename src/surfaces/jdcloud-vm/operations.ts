/**
 * The operations of JD Cloud VM (attach and detach on `vm`, describeNetworkInterface on `vpc`,
 * describeInstance on `vm`) as read from the spec, with their parameter and result types.
 */
import type { components } from "../../generated/jdcloud-vm.ts";
import { operationTable } from "../shared/operations.ts";

type Schemas = components["schemas"];

/** The operation table, in spec order. */
export const operations = operationTable("jdcloud-vm");

/** The flat action parameters of each operation (path parameters plus body fields). */
export interface Params {
  attachNetworkInterface: Schemas["AttachNetworkInterfaceRequest"];
  detachNetworkInterface: Schemas["DetachNetworkInterfaceRequest"];
  describeNetworkInterface: Schemas["DescribeNetworkInterfaceRequest"];
  describeInstance: Schemas["DescribeInstanceRequest"];
}
