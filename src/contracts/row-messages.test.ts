/**
 * Telling rows of one code apart by message: a row's documented message is a pattern (its `xx`
 * placeholders stand for something, case and trailing punctuation are free, a gateway's bracketed
 * tags are ignored); only rows that share their code with other rows that have messages need it.
 */
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "./catalogue.ts";
import { messageMatches, toldApartByMessage } from "./row-messages.ts";

describe("messageMatches", () => {
  it.each([
    ["No NetworkInterface permissions.", "No NetworkInterface permissions.", true],
    ["No NetworkInterface permissions.", "no networkinterface permissions", true],
    ["No NetworkInterface permissions.", "No NetworkInterface permissions. [IAM] [gw]", true],
    ["Conflict with underlay task xx", "Conflict with underlay task i-8f2k3j1", true],
    [
      "ElasticIp 'xx' and instance are not in the same az",
      "ElasticIp 'fip-1a2b' and instance are not in the same az.",
      true,
    ],
    ["Invalid instance status xx", "Invalid instance status", false],
    ["NetworkInterface has been attached on other device", "No NetworkInterface permissions.", false],
    ["No NetworkInterface permissions.", "No NetworkInterface permissions for i-1", false],
  ])("%j against %j: %s", (row, answer, want) => {
    expect(messageMatches(row, answer)).toBe(want);
  });
});

describe("toldApartByMessage", () => {
  const rows = loadCatalogue().errorRows;
  it("is the six FAILED_PRECONDITION rows of JD's attach, and no row elsewhere", () => {
    const told = rows.filter((r) =>
      toldApartByMessage(
        r,
        rows.filter((o) => o.surface === r.surface && o.operation === r.operation),
      ),
    );
    expect(told.map((r) => r.id).sort()).toEqual(
      rows
        .filter(
          (r) =>
            r.surface === "jdcloud-vm" &&
            r.code === "FAILED_PRECONDITION" &&
            r.operation === "attachNetworkInterface",
        )
        .map((r) => r.id)
        .sort(),
    );
    expect(told).toHaveLength(6);
  });
});
