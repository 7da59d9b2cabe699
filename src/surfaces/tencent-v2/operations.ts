/**
 * The operations of the Tencent Cloud legacy v2 surface (from specs/tencent-v2.openapi.yaml) and
 * their parameter and result types. Each action has a GET operation (the defining one) and a POST
 * form twin (`<Action>Post`, `x-same-as`); the table lists each action once.
 */
import { listOperations } from "../../contracts/spec.ts";
import type { components } from "../../generated/tencent-v2.ts";
import { operationTable } from "../shared/operations.ts";
import type { OperationInfo } from "../types.ts";

type Schemas = components["schemas"];

/** The operation table, one entry per action, in spec order. */
export const operations: readonly OperationInfo[] = operationTable("tencent-v2");

/** `T` with the members `K` optional: openapi-typescript makes members with a default required. */
type DefaultsOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** Action parameters of each operation (parameters with a spec default may be left out). */
export interface Params {
  AttachNetworkInterface: Schemas["AttachNetworkInterfaceRequest"];
  MigrateNetworkInterface: Schemas["MigrateNetworkInterfaceRequest"];
  DetachNetworkInterface: Schemas["DetachNetworkInterfaceRequest"];
  DescribeNetworkInterfaces: DefaultsOptional<
    Schemas["DescribeNetworkInterfacesRequest"],
    "offset" | "limit" | "orderField" | "orderDirection"
  >;
  DescribeVpcTaskResult: Schemas["DescribeVpcTaskResultRequest"];
}

/** The members of a success envelope other than `code`, `message` and `codeDesc`. */
type Members<T> = Omit<T, "code" | "message" | "codeDesc">;

/**
 * Result members of each operation, as the codec puts them next to `code`/`message`/`codeDesc`.
 * The task actions answer `data.taskId`, as the current Chinese page, 000's example and the Go SDK
 * read it; the English output tables put `taskId` at the top level instead (finding F-001), which
 * the success schema accepts as well.
 */
export interface Results {
  AttachNetworkInterface: { data: Schemas["TaskData"] };
  MigrateNetworkInterface: { data: Schemas["TaskData"] };
  DetachNetworkInterface: { data: Schemas["TaskData"] };
  DescribeNetworkInterfaces: Members<Schemas["DescribeNetworkInterfacesResponse"]>;
  DescribeVpcTaskResult: Members<Schemas["DescribeVpcTaskResultResponse"]>;
}

/** An operation as the codec resolves it: its defining operation, action and default encoding. */
export interface ResolvedOperation {
  operation: string;
  action: string;
  encoding: "get" | "post-form";
}

const resolved = new Map<string, ResolvedOperation>(
  listOperations("tencent-v2").map((o) => [
    o.operationId,
    {
      operation: o.sameAs ?? o.operationId,
      action: o.action,
      encoding: o.method === "post" ? "post-form" : "get",
    },
  ]),
);

/** Resolve an operationId (the GET one or its `...Post` twin); undefined when the spec has none. */
export function resolveOperation(operationId: string): ResolvedOperation | undefined {
  return resolved.get(operationId);
}

const byAction = new Map(operations.map((o) => [o.action, o.operation]));

/** The defining operationId of a wire action name; undefined for an action the surface lacks. */
export function operationOfAction(action: string): string | undefined {
  return byAction.get(action);
}

/** The task-returning actions (protocols.md §1.2: output `taskId`). */
export const TASK_OPERATIONS: ReadonlySet<string> = new Set([
  "AttachNetworkInterface",
  "MigrateNetworkInterface",
  "DetachNetworkInterface",
]);
