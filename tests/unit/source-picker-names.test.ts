/** The source picker offers no new source under a name a suggestion already goes by. */
import { describe, expect, it } from "vitest";
import type { SourceSuggestion } from "@/lib/sources/suggest-sources";
import { nameTaken } from "@/components/editor/source-picker";

const bloomberg: SourceSuggestion = {
  id: "s-1",
  slug: "bloomberg",
  name: "بلومبرج",
  nameEn: "Bloomberg",
  aliases: ["بلومبرغ", "بلومبيرغ"],
  kind: "outlet",
  status: "active",
};

describe("nameTaken", () => {
  it("finds the typed name among a suggestion's name, English name and aliases", () => {
    expect(nameTaken([bloomberg], "بلومبرج")).toBe(true);
    expect(nameTaken([bloomberg], "بلومبرغ")).toBe(true);
    expect(nameTaken([bloomberg], "bloomberg")).toBe(true);
  });

  it("compares the names Arabic-normalized: diacritics, tatweel, alef forms and spaces do not count", () => {
    expect(nameTaken([bloomberg], "  بلومـبرغ ")).toBe(true);
    expect(nameTaken([{ ...bloomberg, name: "الإمارات اليوم", aliases: [] }], "الامارات  اليوم")).toBe(true);
    expect(nameTaken([{ ...bloomberg, name: "رُويترز", aliases: [] }], "رويترز")).toBe(true);
  });

  it("leaves a name only spelled like a suggestion's, or only part of one, free to propose", () => {
    expect(nameTaken([bloomberg], "بلومبرغ نيوز")).toBe(false);
    expect(nameTaken([bloomberg], "بلوم")).toBe(false);
    expect(nameTaken([], "بلومبرغ")).toBe(false);
  });
});
