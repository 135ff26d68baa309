import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { describeSnapshot, valueParts } from "@/lib/revisions/diff-snapshots";

const ADDRESS = "https://kuwait.example/denies-report-2024-01-26";

describe("valueParts", () => {
  it("cuts an appearance's description around its address, leaving the separator after it to the text", () => {
    const [appearances] = describeSnapshot(
      { appearances: [{ id: "a", sourceId: "s", source: { name: "كويت نيوز" }, url: ADDRESS, title: "الكرملين ينفي", viaId: null }] },
      { t: translator("ar"), prefs: DEFAULT_PREFERENCES },
    );
    expect(valueParts(appearances!.value)).toEqual([
      { text: "الناقل: كويت نيوز؛ مصدر أصلي؛ الرابط: ", isLink: false },
      { text: ADDRESS, isLink: true },
      { text: "؛ العنوان: الكرملين ينفي", isLink: false },
    ]);
  });

  it("finds every address, at the end of a line or of the value, with English separators too", () => {
    expect(valueParts(`Denial · ${ADDRESS} · https://archive.example/x?a=1;b=2\nSecond · http://b.example/y; note`)).toEqual([
      { text: "Denial · ", isLink: false },
      { text: ADDRESS, isLink: true },
      { text: " · ", isLink: false },
      { text: "https://archive.example/x?a=1;b=2", isLink: true },
      { text: "\nSecond · ", isLink: false },
      { text: "http://b.example/y", isLink: true },
      { text: "; note", isLink: false },
    ]);
  });

  it("leaves a value without addresses whole", () => {
    expect(valueParts("بوتين يجس نبض واشنطن: https مذكورة بلا رابط")).toEqual([{ text: "بوتين يجس نبض واشنطن: https مذكورة بلا رابط", isLink: false }]);
  });
});
