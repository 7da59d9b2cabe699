import { describe, expect, expectTypeOf, it } from "vitest";
import type { components as AliyunEcs } from "../generated/aliyun-ecs.ts";
import type { components as JdcloudVm } from "../generated/jdcloud-vm.ts";
import type { components as TencentV2 } from "../generated/tencent-v2.ts";
import type { components as TencentV3 } from "../generated/tencent-v3.ts";
import { SURFACES } from "./surfaces.ts";
import { generateTypes } from "./types-gen.ts";

// The type assertions below are checked by `tsc --noEmit` (part of `npm test`): a spec change that
// drops a required parameter or an envelope member breaks the build, not only this file's run.
describe("generated types", () => {
  it("require the documented parameters of each attach request", () => {
    expectTypeOf<TencentV2["schemas"]["AttachNetworkInterfaceRequest"]>().toEqualTypeOf<{
      vpcId: string;
      networkInterfaceId: string;
      instanceId: string;
    }>();
    expectTypeOf<TencentV3["schemas"]["AttachNetworkInterfaceRequest"]>()
      .pick<"NetworkInterfaceId" | "InstanceId">()
      .toEqualTypeOf<{ NetworkInterfaceId: string; InstanceId: string }>();
    expectTypeOf<AliyunEcs["schemas"]["AttachNetworkInterfaceRequest"]>()
      .pick<"RegionId" | "InstanceId" | "NetworkInterfaceId">()
      .toEqualTypeOf<{ RegionId: string; InstanceId: string; NetworkInterfaceId: string }>();
    expectTypeOf<JdcloudVm["schemas"]["AttachNetworkInterfaceRequest"]["autoDelete"]>().toEqualTypeOf<
      boolean | undefined
    >();
  });

  it("model each cloud's error envelope", () => {
    expectTypeOf<TencentV3["schemas"]["ErrorResponse"]["Response"]["Error"]>().toMatchTypeOf<{
      Code: string;
      Message: string;
    }>();
    expectTypeOf<AliyunEcs["schemas"]["ErrorResponse"]>().toMatchTypeOf<{ Code: string; Message: string }>();
    expectTypeOf<JdcloudVm["schemas"]["ErrorResponse"]["error"]>().toMatchTypeOf<{
      code: number;
      status: string;
    }>();
    expectTypeOf<TencentV2["schemas"]["ErrorResponse"]>().toHaveProperty("codeDesc");
  });

  it.each(SURFACES)("for %s open with the generated — do not edit header", async (surface) => {
    expect((await generateTypes(surface)).split("\n")[1]).toContain("— do not edit");
  });
});
