/** The one test of the floor run (bench/floor/vitest.config.ts): it does nothing. */
import { it } from "vitest";

it("starts", () => {});
