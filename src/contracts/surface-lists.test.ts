import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SURFACE_LIST_PLACES, withSurfaceLists } from "./surface-lists.ts";
import { fromRoot, SURFACES } from "./surfaces.ts";

const files = Object.keys(SURFACE_LIST_PLACES);
const text = (file: string) => readFileSync(fromRoot(file), "utf8");

/** The value at a JSON pointer. */
function at(root: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce((v, key) => (v as Record<string, unknown>)[key], root);
}

describe("the surface lists of the hand-kept schemas", () => {
  it.each(files)("%s spells them from SURFACES (run `npm run gen` after adding a surface)", (file) => {
    expect(withSurfaceLists(file, text(file))).toBe(text(file));
  });

  it.each(files)("%s spells the surfaces nowhere else (every list is one gen writes)", (file) => {
    const places = SURFACE_LIST_PLACES[file] ?? [];
    for (const surface of SURFACES) {
      expect(text(file).split(surface).length - 1, `${surface} in ${file}`).toBe(places.length);
    }
  });

  it.each(files)("%s takes a fifth surface at each place, laid out as written, and gives it back", (file) => {
    const five = [...SURFACES, "acme-vm"];
    const written = withSurfaceLists(file, text(file), five);
    const root: unknown = JSON.parse(written);
    for (const pointer of SURFACE_LIST_PLACES[file] ?? []) {
      const value = at(root, pointer);
      if (Array.isArray(value)) expect(value, pointer).toEqual(five);
      else expect(String(value), pointer).toMatch(new RegExp(`^\\^\\(${five.join("\\|")}\\)`));
    }
    // Only the lists changed: without the fifth surface the file is byte for byte what it was.
    expect(withSurfaceLists(file, written)).toBe(text(file));
  });

  it("refuses a schema whose place is gone or holds no surface list", () => {
    expect(() => withSurfaceLists("schemas/rules.schema.json", "{}")).toThrow(/nothing at \/\$defs\/surface/);
    const notAList = JSON.stringify({ $defs: { surface: { enum: "tencent-v2" } } });
    expect(() => withSurfaceLists("schemas/rules.schema.json", notAList)).toThrow(/neither an enum/);
    expect(() => withSurfaceLists("schemas/other.json", "{}")).toThrow(/holds no surface lists/);
  });
});
